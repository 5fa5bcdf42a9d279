"""Emitter for the jit backend: the Numba dispatch loop, build/gen/loop_jit.py.

Values are tagged int64 words (FIXED_HANDLES and SMALL_BITS below). The loop runs inline the opcodes whose bodies
use only jit intrinsics and jit primitives; every other opcode traps: the loop returns to
the host with the instruction not executed. A jit primitive has a hand-written fast path
(templates/jit/fast/NAME.py.j2) that returns MISS when it cannot decide, so each call is a
trap point: it is hoisted into a temporary checked right after the call, and nothing may
change the VM state (store_fast) before it. Stack inputs are read without moving `sp`;
outputs are written when the body falls through or jumps, so a trap leaves the stack as
it was.

Calls between bytecode functions stay in the loop: a few opcodes whose spec bodies need
host objects have a hand-written inline case in templates/jit/inline/NAME.py.j2 (a global
load from the host's per-entry table of words, a call of a function the host
registered or of range for a for loop, FOR_ITER over such a range), and `return_` pops
a loop frame. A hand-written case must keep the trap contract: nothing changed before
it returns TRAP or STACK_FULL. Call frames live in the `frames` array
(FRAME_FIELDS), code objects in `codes` (CODE_FIELDS); loop_jit's docstring says how.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass

import jinja2

from .emit_base import BodyWalker, TargetError, layout
from .model import CODEC_RANGES, Opcode, Spec
from .stack_effect import Item, StackEffect, paren

TEMPLATE = "jit/loop_jit.py.j2"

# The word of handle h is h << 1; a small int v is (v << 1) | 1. Handles 0..4 are fixed.
FIXED_HANDLES = ("NULL", "None", "False", "True", "Ellipsis")
WORD_NAMES = {name: name.upper() for name in FIXED_HANDLES}
SMALL_BITS = 63                                   # a small int is a 63-bit signed value
SMALL_MIN, SMALL_MAX = -(1 << (SMALL_BITS - 1)), (1 << (SMALL_BITS - 1)) - 1
MISS = -2                                         # even and negative: never a word
LOOP_BASE = 1 << 40                               # handles of objects the loop makes
_WORD_CMP = {"is": "==", "is not": "!="}

STATUSES = (
    ("TRAP", "the instruction at ip needs the host; nothing was done"),
    ("RETURN", "the instruction at ip returns stack[sp - 1]; nothing was done (the host unwinds)"),
    ("PAUSE", "out of fuel after a jump; the state is consistent, call run() again"),
    ("STACK_FULL", "the instruction at ip would push past the end of `stack`; nothing was done"),
)

# One row of `frames` per loop frame (row 0: the host's entry frame), one row of `codes` per
# code object the host registered. The host reads them back to rebuild plain frames.
FRAME_FIELDS = (
    ("CODE", "the code object's row in `codes`"),
    ("FP", "index of its local 0 in `fast`"),
    ("SBASE", "index of its first stack slot in `stack`"),
    ("CALL", "address of the caller's CALL_FUNCTION that made it"),
    ("RET", "address the caller continues at when it returns"),
    ("GBASE", "index of its global table (slot of qstr 0) in `globs`"),
    ("FN", "stack index of the called function: its result goes there"),
)
CODE_FIELDS = (
    ("START", "address of its first instruction in `code`"),
    ("NSTATE", "number of locals (a loop frame has no use for the rest of the state)"),
    ("NARGS", "positional arguments a call passes for the loop to run it; -1: never"),
    ("GBASE", "index of its global table in `globs`"),
)
INLINE_DIR = "jit/inline"           # hand-written inline cases of host opcodes

# Names the loop and the module's helpers use: no body variable or spec constant may take one.
RESERVED = ({"code", "ip", "start", "opcode", "stack", "sp", "base", "fast", "fp", "fuel", "_",
             "run", "jit", "int64", "small_int", "small_int_or_miss", "is_small", "int_of",
             "is_fixed", "int_binary_op", "MISS", "SMALL_MIN", "SMALL_MAX", "FIRST_HANDLE",
             "INLINE", "TRAPS", "N_FRAME_FIELDS", "N_CODE_FIELDS",
             "depth", "frames", "codes", "globs", "hcode", "max_depth", "gbase", "ret_at",
             "ftop", "objs", "LOOP_BASE", "RANGE_FN", "word_in_use", "new_range_iter",
             "jit_inline", "binary_op_rest"}
            | {"global_q", "global_w", "call_argc", "call_at", "call_row", "call_fp", "call_n",
               "call_k", "iter_w", "iter_row", "iter_cur"}     # the hand-written cases' variables
            | {f"F_{n}" for n, _ in FRAME_FIELDS} | {f"C_{n}" for n, _ in CODE_FIELDS}
            | {f"decode_{c}" for c in CODEC_RANGES} | set(WORD_NAMES.values())
            | {name for name, _ in STATUSES})


def _fast_path_template(name: str) -> str:
    return f"jit/fast/{name}.py.j2"


def check_jit_primitives(spec: Spec, env: jinja2.Environment) -> list[str]:
    """Templates of the fast paths; a jit primitive must fit the MISS convention."""
    out = []
    for p in spec.primitives:
        if not p.jit:
            continue
        try:
            env.get_template(_fast_path_template(p.name))
        except jinja2.TemplateNotFound:
            raise TargetError(f"primitive `{p.name}` is marked jit, but templates/"
                              f"{_fast_path_template(p.name)} (its fast path) does not exist") from None
        if p.sig.results not in (("obj",), ("bool",)) or any(t == "objs" for _, t in p.sig.params):
            raise TargetError(f"jit primitive `{p.name}{p.sig}`: a fast path takes scalars and values "
                              f"and returns one obj or bool (MISS when it cannot decide)")
        out.append(_fast_path_template(p.name))
    return out


# --- which opcodes run inline --------------------------------------------------------------

def _assigned(op: Opcode) -> set[str]:
    names = set()
    for stmt in op.info.tree if op.info else []:
        for node in ast.walk(stmt):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
    return names


def _calls(op: Opcode, name: str) -> list[ast.Call]:
    return [n for stmt in op.info.tree for n in ast.walk(stmt)
            if isinstance(n, ast.Call) and n.func.id == name]  # type: ignore[union-attr]


def moved_outputs(op: Opcode, outputs: tuple[Item, ...]) -> list:
    """Output slots that need a write: not the same unassigned input at the same offset."""
    in_place = {(s.item, s.offset) for s in layout(op.stack.inputs)}
    assigned = _assigned(op)
    return [s for s in layout(outputs)
            if (s.item, s.offset) not in in_place or s.item.name in assigned]


def trap_reason(spec: Spec, op: Opcode) -> str | None:
    """Why the jit loop traps on op, or None when it runs op inline."""
    if op.is_override:
        return "override"
    info = op.info
    missing = [spec.callees[n] for n in info.calls if not spec.callees[n].jit and n != "return_"]
    for callee in sorted(missing, key=lambda c: c.intrinsic):        # primitives say more
        return f"{'uses' if callee.intrinsic else 'calls'} {callee.name}"
    top = op.stack.inputs[-1] if op.stack.inputs else None
    for call in _calls(op, "return_"):
        arg = call.args[0]
        if top is None or top.counted or not (isinstance(arg, ast.Name) and arg.id == top.name) \
                or top.name in _assigned(op):
            return "returns a value that is not the top stack input"
    if info.strings:
        return "uses a string literal"
    for stmt in info.tree:
        for node in ast.walk(stmt):
            if isinstance(node, ast.Compare) and isinstance(node.ops[0], (ast.Is, ast.IsNot)):
                sides = (node.left, node.comparators[0])
                if not any(isinstance(s, ast.Constant) or (isinstance(s, ast.Name) and s.id in WORD_NAMES)
                           for s in sides):
                    return "compares two values with `is`"
    for outs in (op.stack.outputs, op.jump_effect.outputs):
        if any(s.item.counted for s in moved_outputs(op, outs)):
            return "moves a counted stack item"
    return None


# --- one inline case -------------------------------------------------------------------

def _net_effect(inputs: tuple[Item, ...], outputs: tuple[Item, ...]) -> StackEffect:
    """The effect without the items it both takes and gives back: what it adds or removes."""
    ins, outs = list(inputs), list(outputs)
    for item in inputs:
        if item in outs:
            ins.remove(item)
            outs.remove(item)
    return StackEffect(tuple(ins), tuple(outs))


def _falls_through(stmts: list[ast.stmt], spec: Spec) -> bool:
    if not stmts:
        return True
    last = stmts[-1]
    if isinstance(last, ast.Expr) and isinstance(last.value, ast.Call):
        return not spec.callees[last.value.func.id].noreturn  # type: ignore[union-attr]
    if isinstance(last, ast.If):
        return _falls_through(last.body, spec) or _falls_through(last.orelse, spec)
    return True


class JitCase(BodyWalker):
    """The statements of one inline opcode inside `run`'s dispatch chain."""

    def __init__(self, spec: Spec, op: Opcode):
        super().__init__(spec, op)
        self.lines: list[str] = []
        self.depth = 0
        self.temps = 0
        self.assigning: tuple[ast.expr, str] | None = None   # `name = call(...)` being emitted
        self.dirty = False          # a local has been stored: a trap point would lose it
        eff = op.stack
        self.counted = eff.counted or op.jump_effect.counted
        self.in_slots = {s.item.name: s for s in layout(eff.inputs)}
        self.n_in = len(eff.inputs)
        self.ranges = self.operand_ranges()

    def fail(self, message: str) -> TargetError:
        return TargetError(message, opcode=self.op.name)

    def operand_ranges(self) -> dict[str, tuple[int, int]]:
        ranges = {}
        for o in self.op.operands:
            if o.kind.type == "int":
                ranges[o.name] = CODEC_RANGES[o.kind.codec]
        return ranges

    # --- stack addresses -----------------------------------------------------------------
    def addr(self, offset: str) -> str:
        """Stack index of an item at `offset` from the effect's base."""
        if self.counted:
            return "base" if offset == "0" else f"base + {offset}"
        d = self.n_in - int(offset)
        return "sp" if d == 0 else (f"sp - {d}" if d > 0 else f"sp + {-d}")

    def new_sp(self, outputs: tuple[Item, ...]) -> str | None:
        """The statement that moves sp past `outputs` (None when it stays)."""
        eff = self.op.stack
        if self.counted:
            size = eff.size_expr(outputs)
            return "sp = base" if size == "0" else f"sp = base + {paren(size)}"
        d = len(outputs) - self.n_in
        return None if d == 0 else (f"sp += {d}" if d > 0 else f"sp -= {-d}")

    def growth_check(self) -> None:
        """Return STACK_FULL before anything happens when the outputs may not fit."""
        fixed, counted = 0, []
        for outs in (self.op.stack.outputs, self.op.jump_effect.outputs):
            exit_ = _net_effect(self.op.stack.inputs, outs)
            if exit_.fixed_delta() is not None:
                fixed = max(fixed, exit_.fixed_delta())
            elif exit_.delta_expr() not in counted:
                counted.append(exit_.delta_expr())
        tests = (["sp >= len(stack)" if fixed == 1 else f"sp + {fixed} > len(stack)"] if fixed > 0 else [])
        tests += [f"sp + ({d}) > len(stack)" for d in counted]
        for test in tests:
            self.emit(f"if {test}:")
            self.emit("    return STACK_FULL, start, sp, depth")

    @staticmethod
    def local(n: str) -> str:
        return "fp" if n == "0" else f"fp + {paren(n)}"

    # --- expressions ---------------------------------------------------------------------
    def value_constant(self, name: str) -> str:
        return WORD_NAMES[name]

    def int_constant(self, name: str) -> str:
        return name                        # a module-level constant of the same name

    def compare(self, left: str, op: str, right: str) -> str:
        # values are words: identity with a constant is equality (trap_reason keeps out
        # `is` between two non-constants, which would need the host's object identity)
        return f"{left} {_WORD_CMP.get(op, op)} {right}"

    def string(self, text: str) -> str:
        raise self.fail("string literals have no jit value")

    def variable(self, name: str) -> str:
        if self.op.info.types.get(name) == "objs":
            raise self.fail(f"`{name}` is a counted stack item: the jit loop can only index it")
        return name

    def subscript(self, base: str, index: str) -> str:
        slot = self.in_slots.get(base)
        if slot is None:
            raise self.fail(f"`{base}` is not a counted input the jit loop can index")
        if slot.offset.isdigit() and index.isdigit():
            return f"stack[{self.addr(str(int(slot.offset) + int(index)))}]"
        return f"stack[{self.addr(slot.offset)} + {paren(index)}]"

    def expr(self, node: ast.expr, top: bool = True) -> str:
        if isinstance(node, ast.Subscript):        # do not render the counted item as a name
            return self.subscript(node.value.id, self.expr(node.slice))  # type: ignore[union-attr]
        if isinstance(node, ast.BinOp):
            self.int_range(node)                    # refuses known int64 overflow
        return super().expr(node, top)

    def int_range(self, node: ast.expr) -> tuple[int, int] | None:
        """Bounds of an int expression when operand codecs tell them (None: unknown).

        Numba's int64 arithmetic wraps silently, so a body whose known bounds leave int64
        is refused rather than computed wrong.
        """
        if isinstance(node, ast.Constant) and isinstance(node.value, int):
            return node.value, node.value
        if isinstance(node, ast.Name):
            return self.ranges.get(node.id)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            r = self.int_range(node.operand)
            return None if r is None else self.fits(-r[1], -r[0])
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult)):
            a, b = self.int_range(node.left), self.int_range(node.right)
            if a is None or b is None:
                return None
            if isinstance(node.op, ast.Add):
                return self.fits(a[0] + b[0], a[1] + b[1])
            if isinstance(node.op, ast.Sub):
                return self.fits(a[0] - b[1], a[1] - b[0])
            products = [x * y for x in a for y in b]
            return self.fits(min(products), max(products))
        return None

    def fits(self, low: int, high: int) -> tuple[int, int]:
        if low < -2**63 or high >= 2**63:
            raise self.fail("an int expression of the body may overflow int64 in the jit loop")
        return low, high

    def check_clean(self, what: str) -> None:
        """A trap point: the host will run the whole instruction, so nothing may have changed."""
        if self.dirty:
            raise self.fail(f"`{what}` may trap after store_fast has changed a local; "
                            f"the jit loop cannot undo that (store last)")

    def trap_point(self, what: str, call: str, result: str | None = None) -> str:
        """Assign a call that may MISS to `result` (or a new temporary); trap if it missed."""
        self.check_clean(what)
        if result is None:
            result = f"t{self.temps}"
            while result in self.op.info.types:
                self.temps += 1
                result = f"t{self.temps}"
            self.temps += 1
        self.emit(f"{result} = {call}")
        self.emit(f"if {result} == MISS:")
        self.emit("    return TRAP, start, sp, depth")
        return result

    def call(self, name, args, node):
        callee = self.spec.callees[name]
        # `x = call(...)`: x itself can hold a checked result
        result = self.assigning[1] if self.assigning and self.assigning[0] is node else None
        if name == "small_int":
            r = self.int_range(node.args[0])
            if r is not None and SMALL_MIN <= r[0] and r[1] <= SMALL_MAX:
                return f"small_int({args[0]})"
            return self.trap_point(name, f"small_int_or_miss({args[0]})", result)
        if name == "load_fast":
            return f"fast[{self.local(args[0])}]"
        if callee.intrinsic or not callee.jit:
            raise self.fail(f"`{name}` has no value in the jit loop")
        return self.trap_point(name, f"{name}({', '.join(args)})", result)

    # --- statements ----------------------------------------------------------------------
    def statement(self, stmt: ast.stmt) -> None:
        if isinstance(stmt, ast.Pass):
            self.emit("pass")
        elif isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Name):
            target = stmt.targets[0].id
            self.assigning = (stmt.value, target)
            value = self.expr(stmt.value)
            self.assigning = None
            if value != target:
                self.emit(f"{target} = {value}")
        elif isinstance(stmt, ast.Expr):
            self.call_statement(stmt.value)  # type: ignore[arg-type]
        elif isinstance(stmt, ast.If):
            self.if_chain(stmt)
        else:
            raise self.fail(f"cannot emit {type(stmt).__name__} in the jit loop")

    def has_trap_point(self, node: ast.expr) -> bool:
        for n in ast.walk(node):
            if isinstance(n, ast.Call):
                callee = self.spec.callees[n.func.id]  # type: ignore[union-attr]
                if (callee.jit and not callee.intrinsic) or callee.name == "small_int":
                    return True
        return False

    def if_chain(self, stmt: ast.If, keyword: str = "if") -> None:
        self.emit(f"{keyword} {self.expr(stmt.test)}:")
        before = self.dirty
        self.depth += 1
        self.statements(stmt.body)
        self.depth -= 1
        dirty = self.dirty if _falls_through(stmt.body, self.spec) else False
        self.dirty = before
        orelse = stmt.orelse
        if len(orelse) == 1 and isinstance(orelse[0], ast.If) and not self.has_trap_point(orelse[0].test):
            self.if_chain(orelse[0], "elif")    # its test may run here: it cannot trap
        elif orelse:
            self.emit("else:")
            self.depth += 1
            self.statements(orelse)
            self.depth -= 1
        if not orelse or _falls_through(orelse, self.spec):
            dirty = dirty or self.dirty
        self.dirty = dirty

    def call_statement(self, node: ast.Call) -> None:
        name = node.func.id  # type: ignore[union-attr]
        if name == "return_":
            self.check_clean(name)
            self.return_from_frame()
            return
        args = [self.expr(a) for a in node.args]
        if name == "store_fast":
            self.emit(f"fast[{self.local(args[0])}] = {args[1]}")
            self.dirty = True
        elif name == "jump":
            self.write_outputs(self.op.jump_effect.outputs)
            self.emit(f"ip = {args[0]}")
            self.emit("fuel -= 1")
            self.emit("if fuel <= 0:")
            self.emit("    return PAUSE, ip, sp, depth")
            self.emit("continue")
        else:
            callee = self.spec.callees[name]
            if callee.intrinsic or not callee.jit:
                raise self.fail(f"`{name}` cannot run in the jit loop")
            raise self.fail(f"the result of jit primitive `{name}` must be used")

    def return_from_frame(self) -> None:
        """The entry frame returns to the host; a loop frame's result replaces its function
        on the caller's stack (trap_reason made sure the value is the top input)."""
        self.emit("if depth == 0:")
        self.emit("    return RETURN, start, sp, depth")
        self.emit("ret_at = frames[depth, F_FN]")
        self.emit("stack[ret_at] = stack[sp - 1]")
        self.emit("sp = ret_at + 1")
        self.emit("ip = frames[depth, F_RET]")
        self.emit("depth -= 1")
        self.emit("ftop = fp")
        self.emit("fp = frames[depth, F_FP]")
        self.emit("gbase = frames[depth, F_GBASE]")
        self.emit("continue")

    # --- prologue and epilogue -----------------------------------------------------------
    def used_names(self) -> set[str]:
        """Names the body reads, except the value return_ leaves on the stack for the host."""
        handed_over = {id(a) for call in _calls(self.op, "return_") for a in call.args}
        used = {node.id for stmt in self.op.info.tree for node in ast.walk(stmt)
                if isinstance(node, ast.Name) and id(node) not in handed_over}
        return used | self.op.stack.size_names() | self.op.jump_effect.size_names()

    def prologue(self) -> None:
        op = self.op
        used = self.used_names()
        for o in op.operands:
            target = o.name if o.name in used or any(f in used for f, _ in o.fields) else "_"
            self.emit(f"{target}, ip = decode_{o.kind.codec}(code, ip)")
            if o.kind.label and target != "_":
                self.emit(f"{target} += ip")
            for f, expr in o.fields:
                if f in used:
                    self.emit(f"{f} = {expr}")
        self.growth_check()
        if self.counted:
            self.emit(f"base = sp - {paren(op.stack.size_expr(op.stack.inputs))}")
        wanted = used | {s.item.name for outs in (op.stack.outputs, op.jump_effect.outputs)
                         for s in moved_outputs(op, outs)}
        for slot in layout(op.stack.inputs):
            if slot.item.name in wanted and not slot.item.counted:
                self.emit(f"{slot.item.name} = stack[{self.addr(slot.offset)}]")

    def write_outputs(self, outputs: tuple[Item, ...]) -> None:
        for slot in moved_outputs(self.op, outputs):
            self.emit(f"stack[{self.addr(slot.offset)}] = {slot.item.name}")
        move = self.new_sp(outputs)
        if move:
            self.emit(move)

    def render(self) -> list[str]:
        op = self.op
        bad = (set(op.info.types) | set(op.scalar_names)) & RESERVED
        if bad:
            raise self.fail(f"body variable `{sorted(bad)[0]}` is reserved by the jit loop")
        self.prologue()
        self.statements(op.info.tree)
        if op.info.falls_through:
            self.write_outputs(op.stack.outputs)
        if not self.lines:
            self.lines.append("pass")
        return self.lines


@dataclass
class Case:
    op: Opcode
    lines: list[str]


def _inline_template(env: jinja2.Environment | None, op: Opcode) -> jinja2.Template | None:
    if env is None:
        return None
    try:
        return env.get_template(f"{INLINE_DIR}/{op.name}.py.j2")
    except jinja2.TemplateNotFound:
        return None


def _hand_written(template: jinja2.Template, op: Opcode) -> list[str]:
    """The lines of a hand-written case; it gets the opcode for its operand decoders."""
    codecs = [o.kind.codec for o in op.operands]
    return [line for line in template.render(op=op, codecs=codecs).splitlines() if line.strip()]


def plan(spec: Spec, env: jinja2.Environment | None = None) -> tuple[list[Case], list[tuple[Opcode, str]]]:
    """Inline cases in dispatch order (hot first), and the trapping opcodes with reasons.
    With `env`, an opcode with a template in templates/jit/inline/ runs that case inline."""
    clash = RESERVED & set(spec.int_constants())
    if clash:
        raise TargetError(f"`{sorted(clash)[0]}` is a name of the jit loop module; rename the "
                          f"opcode or enum value")
    hand = {op.name: t for op in spec.opcodes if (t := _inline_template(env, op)) is not None}
    reasons = {op.name: None if op.name in hand else trap_reason(spec, op) for op in spec.opcodes}
    cases = [Case(op, _hand_written(hand[op.name], op) if op.name in hand else JitCase(spec, op).render())
             for op in spec.dispatch_order() if reasons[op.name] is None]
    traps = [(op, reasons[op.name]) for op in spec.opcodes if reasons[op.name] is not None]
    return cases, traps


def outputs(spec: Spec, env, ctx) -> dict[str, str]:
    fast_paths = check_jit_primitives(spec, env)
    cases, traps = plan(spec, env)
    words = [(WORD_NAMES[name], str(h << 1)) for h, name in enumerate(FIXED_HANDLES)]
    text = env.get_template(TEMPLATE).render(
        header=ctx.header(TEMPLATE), spec=spec, cases=cases, traps=traps, words=words,
        first_handle=len(FIXED_HANDLES), loop_base=LOOP_BASE, small_bits=SMALL_BITS, miss=MISS,
        statuses=list(enumerate(STATUSES)), fast_paths=fast_paths,
        frame_fields=list(enumerate(FRAME_FIELDS)), code_fields=list(enumerate(CODE_FIELDS)),
    )
    return {"loop_jit.py": text}
