"""Emitter for the plain backend: one `elif` case of the Python dispatch loop per opcode.

The loop (templates/python/loop_plain.py.j2) runs over pre-decoded instructions: `insn` is
a tuple (opcode, next_ip, operands..., operand fields...), labels already absolute and
string-table indices already resolved to str. The value stack is a Python list (`stack`,
with `push`/`pop` bound), locals a list (`fast`), blocks a list of tuples (`blocks`).
"""
from __future__ import annotations

import ast
import re

from .emit_base import BodyWalker, TargetError, layout, names_in
from .emit_base import common_prefix as _common_prefix
from .stack_effect import paren
from .model import Opcode, Spec
from .stack_effect import Item

# Names the loop itself uses: a body variable may not take one.
RESERVED = {"stack", "push", "pop", "fast", "blocks", "frame", "ip", "insn", "bc", "insns",
            "in_except", "sp0", "save_ip", "truth", "rt", "execute", "NULL", "unwind_return"}

_VALUE_CONSTANTS = {"None": "None", "True": "True", "False": "False", "NULL": "NULL",
                    "Ellipsis": "Ellipsis"}

# Primitives the loop spells inline: a fast path before the runtime call, or the runtime's
# operator table indexed directly (one call instead of two).
_INLINE = {
    "is_true": lambda a: (f"({a[0]} is True or ({a[0]} is not False and is_true({a[0]})))"
                          if a[0].isidentifier() else
                          f"((truth := {a[0]}) is True or (truth is not False and is_true(truth)))"),
    "binary_op": lambda a: f"binary_ops[{a[0]}]({a[1]}, {a[2]})",
    "unary_op": lambda a: f"unary_ops[{a[0]}]({a[1]})",
}

_ASSIGN = re.compile(r"^(\s*)([A-Za-z_][A-Za-z0-9_]*) = (.+)$")
_PURE = re.compile(r"^(insn\[\d+\]|stack\[-\d+\]|fast\[[A-Za-z0-9_\[\]]+\]|[A-Za-z_][A-Za-z0-9_]*|-?\d+)$")
_MOVES_STACK = ("pop(", "push(", "del ", "+=", "stack[sp0:] =")


def _uses(name: str, text: str) -> int:
    return len(re.findall(rf"(?<![A-Za-z0-9_.]){name}(?![A-Za-z0-9_])", text))


def fold(lines: list[str]) -> list[str]:
    """Substitute single-use temporaries into the next line, where order cannot change:
    a pure read (an operand, a stack slot, a local) into a line that does not move the
    stack, or any value straight into the push or slot store that follows it."""
    changed = True
    while changed:
        changed = False
        for i in range(len(lines) - 1):
            m = _ASSIGN.match(lines[i])
            nxt = lines[i + 1]
            if not m or not nxt.startswith(m.group(1)) or nxt[len(m.group(1)):].startswith(" "):
                continue
            name, expr = m.group(2), m.group(3)
            if "," in name or _uses(name, "\n".join(lines)) != 2 or _uses(name, nxt) != 1:
                continue
            body = nxt.strip()
            into_store = body in (f"push({name})", f"stack[-1] = {name}")
            pure = _PURE.match(expr) and not any(t in nxt for t in _MOVES_STACK)
            if into_store or pure:
                lines[i + 1] = re.sub(rf"(?<![A-Za-z0-9_.]){name}(?![A-Za-z0-9_])", lambda _: expr, nxt)
                del lines[i]
                changed = True
                break
    return lines


def _assigned(op: Opcode) -> set[str]:
    if op.info is None:
        return set()
    return {t.id for stmt in op.info.tree for node in ast.walk(stmt)
            if isinstance(node, ast.Assign) for t in
            (node.targets[0].elts if isinstance(node.targets[0], ast.Tuple) else node.targets)
            if isinstance(t, ast.Name)}


class PythonCase(BodyWalker):
    def __init__(self, spec: Spec, op: Opcode):
        super().__init__(spec, op)
        self.lines: list[str] = []
        self.depth = 0
        eff = op.stack
        self.counted = eff.counted or (op.stack_on_jump is not None and op.stack_on_jump.counted)
        self.assigned = _assigned(op)
        self.used = (names_in(op.info.tree) if op.info else set()) | eff.size_names()
        if op.stack_on_jump is not None:
            self.used |= op.stack_on_jump.size_names()

    # --- expressions --------------------------------------------------------------------
    def value_constant(self, name: str) -> str:
        return _VALUE_CONSTANTS[name]

    def string(self, text: str) -> str:
        return repr(text)

    def call(self, name, args, node):
        callee = self.spec.callees[name]
        if callee.intrinsic:
            if name == "small_int":
                return args[0]
            if name == "load_fast":
                return f"fast[{args[0]}]"
            if name == "current_exception":
                return "current_exception(blocks)"
            raise TargetError(f"intrinsic `{name}` has no value in the plain backend")
        if name in _INLINE:
            return _INLINE[name](args)
        return f"{name}({', '.join(args)})"

    # --- statements ---------------------------------------------------------------------
    def statement(self, stmt: ast.stmt) -> None:
        if isinstance(stmt, ast.Pass):
            self.emit("pass")
        elif isinstance(stmt, ast.Assign):
            target = stmt.targets[0]
            lhs = target.id if isinstance(target, ast.Name) else ", ".join(e.id for e in target.elts)  # type: ignore[attr-defined]
            self.emit(f"{lhs} = {self.expr(stmt.value)}")
        elif isinstance(stmt, ast.Expr):
            self.call_statement(stmt.value)  # type: ignore[arg-type]
        elif isinstance(stmt, ast.If):
            self.if_chain(stmt)
        else:
            raise TargetError(f"cannot emit {type(stmt).__name__}")

    def if_chain(self, stmt: ast.If, keyword: str = "if") -> None:
        self.emit(f"{keyword} {self.expr(stmt.test)}:")
        self.depth += 1
        self.statements(stmt.body)
        self.depth -= 1
        if len(stmt.orelse) == 1 and isinstance(stmt.orelse[0], ast.If):
            self.if_chain(stmt.orelse[0], "elif")
        elif stmt.orelse:
            self.emit("else:")
            self.depth += 1
            self.statements(stmt.orelse)
            self.depth -= 1

    def call_statement(self, node: ast.Call) -> None:
        name = node.func.id  # type: ignore[union-attr]
        args = [self.expr(a) for a in node.args]
        if name == "store_fast":
            self.emit(f"fast[{args[0]}] = {args[1]}")
        elif name == "jump":
            self.write_outputs(self.op.jump_effect.outputs)
            self.emit(f"ip = {args[0]}")
            self.emit("continue")
        elif name == "push_block":
            self.emit(f"blocks.append(({args[0]}, {args[1]}, {self.base_depth()} + {args[2]}, in_except))")
            self.emit("in_except = False")
        elif name in ("pop_block", "pop_except"):
            self.emit("in_except = blocks.pop()[3]")
        elif name == "return_":
            self.emit("if blocks:")
            self.emit(f"    ip = unwind_return(blocks, stack, {args[0]})")
            self.emit("    if ip >= 0:")
            self.emit("        continue")
            self.emit(f"return {args[0]}")
        elif self.spec.callees[name].intrinsic:
            raise TargetError(f"intrinsic `{name}` is not provided by the plain backend")
        else:
            self.emit(self.call(name, args, node))

    # --- stack traffic ------------------------------------------------------------------
    def common_prefix(self, a, b) -> int:
        """Bottom items left in place: same name and size, and not reassigned by the body."""
        n = _common_prefix(a, b)
        for i in range(n):
            if a[i].name in self.assigned:
                return i
        return n

    # Fixed-size effects use pop/push and negative indexes; `self.physical` is the list of
    # items above the unchanged prefix that are still on the list after the prologue.
    # Counted effects compute `base` once and use slices.

    def base_depth(self) -> str:
        if self.counted:
            return "sp0"
        return f"len(stack) - {len(self.physical) + self.prefix}" if (self.physical or self.prefix) else "len(stack)"

    def prologue(self) -> None:
        op = self.op
        index = 2
        for o in op.operands:
            if o.name in self.used:
                self.emit(f"{o.name} = insn[{index}]")
            index += 1
        for o in op.operands:
            for f, _ in o.fields:
                if f in self.used:
                    self.emit(f"{f} = insn[{index}]")
                index += 1
        ins = op.stack.inputs
        wanted = self.used | self.names_needed_after()
        if self.counted:
            self.prefix = 0
            self.physical = list(ins)
            self.emit(f"sp0 = len(stack) - {paren(op.stack.size_expr(ins))}")
            for slot in layout(ins):
                if slot.item.name not in wanted:
                    continue
                start = "sp0" if slot.offset == "0" else f"sp0 + {slot.offset}"
                if slot.item.counted:
                    self.emit(f"{slot.item.name} = stack[{start}:{start} + {paren(slot.item.size)}]")
                else:
                    self.emit(f"{slot.item.name} = stack[{start}]")
            return
        outs = op.stack.outputs
        self.prefix = self.common_prefix(ins, outs)
        consumed = list(ins[self.prefix:])
        keep_one = consumed and len(outs) > self.prefix
        popped = consumed[1:] if keep_one else consumed
        for item in reversed(popped):
            self.emit(f"{item.name} = pop()" if item.name in wanted else "pop()")
        self.physical = consumed[:1] if keep_one else []
        for depth, item in enumerate(reversed(list(ins[:self.prefix]) + self.physical), start=1):
            if item.name in wanted:
                self.emit(f"{item.name} = stack[-{depth}]")

    def names_needed_after(self) -> set[str]:
        """Inputs the outputs (of either exit) put back in a different place."""
        op = self.op
        needed = set()
        for eff_outputs in (op.stack.outputs, op.jump_effect.outputs):
            p = self.common_prefix(op.stack.inputs, eff_outputs)
            needed |= {i.name for i in eff_outputs[p:]}
        return needed

    def write_outputs(self, outputs: tuple[Item, ...]) -> None:
        if self.counted:
            ins = self.op.stack.inputs
            p = self.common_prefix(ins, outputs)
            offsets = layout(outputs)
            cut = offsets[p].offset if p < len(outputs) else self.op.stack.size_expr(ins[:p])
            start = "sp0" if cut == "0" else f"sp0 + {cut}"
            rest = outputs[p:]
            if not rest:
                if p < len(ins):
                    self.emit(f"del stack[{start}:]")
                return
            pieces, fixed = [], []
            for item in rest:
                if item.counted:
                    if fixed:
                        pieces.append("[" + ", ".join(fixed) + "]")
                        fixed = []
                    pieces.append(item.name)
                else:
                    fixed.append(item.name)
            if fixed:
                pieces.append("[" + ", ".join(fixed) + "]")
            self.emit(f"stack[{start}:] = {' + '.join(pieces)}")
            return
        phys = list(self.op.stack.inputs[:self.prefix]) + self.physical
        target = list(outputs)
        q = 0
        while q < len(phys) and q < len(target) and phys[q] == target[q]:
            q += 1
        remove = len(phys) - q
        add = target[q:]
        overlap = min(remove, len(add))
        for i in range(overlap):
            self.emit(f"stack[-{remove - i}] = {add[i].name}")
        if len(add) > overlap:
            rest = add[overlap:]
            if len(rest) == 1:
                self.emit(f"push({rest[0].name})")
            else:
                self.emit(f"stack += ({', '.join(i.name for i in rest)},)")
        elif remove > overlap:
            extra = remove - overlap
            self.emit("pop()" if extra == 1 else f"del stack[-{extra}:]")

    def render(self) -> list[str]:
        op = self.op
        bad = (set(op.info.types) if op.info else set()) & RESERVED
        if bad:
            raise TargetError(f"body variable `{sorted(bad)[0]}` is reserved by the plain loop")
        self.prologue()
        self.statements(op.info.tree)
        if op.info.falls_through:
            self.write_outputs(op.stack.outputs)
        if not self.lines:
            self.lines.append("pass")
        return fold(self.lines)


def emit_case(spec: Spec, op: Opcode) -> str:
    """The Python statements of one opcode's case (unindented)."""
    return "\n".join(PythonCase(spec, op).render())
