"""Emitter for the tools: opcode tables, operand codecs, assembler, disassembler, verifier.

Renders templates/python/{opcodes,codecs,asm,dis,verify}.py.j2. The templates hold the
generic code; what differs per opcode comes from here as small pieces of Python source:
stack-effect and operand-field functions, the assembler's field layouts, and the
verifier's rules (how an opcode changes the abstract stack and the block stack).
"""
from __future__ import annotations

import ast
import json

from .emit_base import TargetError, common_prefix, layout, names_in
from .model import CODEC_RANGES, Opcode, Spec
from .stack_effect import Item, StackEffect, paren

MODULES = ("codecs", "opcodes", "asm", "dis", "verify")

# Override opcodes whose verifier rule templates/python/verify.py.j2 writes by hand (and
# templates/c/verify.c.j2, for the C loader's verifier).
VERIFIER_OVERRIDES = ("WITH_CLEANUP", "END_FINALLY", "UNWIND_JUMP", "YIELD_VALUE", "YIELD_FROM",
                      "POP_FINALLY")

# What the verifier makes of each intrinsic a body may call. Control-flow intrinsics are
# read from the body's calls; local access is checked against n_locals; the rest change
# nothing the verifier tracks. A new intrinsic must be placed here first.
_CONTROL_INTRINSICS = {"jump", "push_block", "pop_block", "pop_except", "return_"}
_LOCAL_INTRINSICS = {"load_fast", "store_fast"}
_PLAIN_INTRINSICS = {"small_int", "current_exception"}

_UNSIGNED_CODECS = {"varint", "u16", "byte"}


def py(value) -> str:
    """A Python literal (strings in double quotes, one-element tuples with their comma)."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, tuple):
        inner = ", ".join(py(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    return repr(value)


def _tuple_target(names: list[str]) -> str:
    return f"{names[0]}," if len(names) == 1 else ", ".join(names)


# --- opcode table ------------------------------------------------------------------------

def _field_names(op: Opcode) -> list[str]:
    return [f for o in op.operands for f, _ in o.fields]


def _opinfo(op: Opcode) -> str:
    """The OpInfo(...) constructor of one opcode, one keyword per line."""
    parts = [f"{py(op.name)}, 0x{op.number:02x}"]
    if op.operands:
        parts.append("operands=" + py_call_tuple(_operand_call(o) for o in op.operands))
    if _field_names(op):
        parts.append(f"fields={py(tuple(_field_names(op)))}")
    parts.append(f"stack={py(str(op.stack))}")
    if op.stack_on_jump is not None:
        parts.append(f"stack_on_jump={py(str(op.stack_on_jump))}")
    if op.flags:
        parts.append(f"flags={py(tuple(op.flags))}")
    parts.append(f"doc={py(op.doc)}")
    return "OpInfo(\n        " + ",\n        ".join(parts) + ")"


def _operand_call(o) -> str:
    fields = f", {py(tuple(f for f, _ in o.fields))}" if o.fields else ""
    return f"_operand({py(o.name)}, {py(o.kind.name)}{fields})"


def py_call_tuple(items) -> str:
    items = list(items)
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


def _fields_function(op: Opcode) -> str | None:
    fields = [(f, expr) for o in op.operands for f, expr in o.fields]
    if not fields:
        return None
    params = ", ".join(o.name for o in op.operands)
    values = ", ".join(expr for _, expr in fields)
    if len(fields) == 1:
        values += ","
    return (f"def _fields_{op.name}({params}):\n"
            f"    \"\"\"{', '.join(f for f, _ in fields)}\"\"\"\n"
            f"    return {values}")


# --- stack effects -----------------------------------------------------------------------

def _never_negative(expr: str, op: Opcode) -> bool:
    """Whether a count is plainly >= 0: unsigned operands and their bit fields, no minus."""
    unsigned = {o.name for o in op.operands if o.kind.codec in _UNSIGNED_CODECS}
    for o in op.operands:
        if o.name in unsigned:
            unsigned.update(f for f, e in o.fields if _only_unsigned(e, unsigned))
    return _only_unsigned(expr, unsigned)


def _only_unsigned(expr: str, unsigned: set[str]) -> bool:
    for node in ast.walk(ast.parse(expr, mode="eval")):
        if isinstance(node, (ast.Sub, ast.USub, ast.Invert)):
            return False
        if isinstance(node, ast.Name) and node.id not in unsigned:
            return False
    return True


def _jump_effect(op: Opcode) -> StackEffect | None:
    return op.jump_effect if op.has("jump") else None


def _effect(op: Opcode) -> tuple[str, str | None]:
    """(the _EFFECTS entry, the source of its function when the effect is counted)."""
    eff, jump = op.stack, _jump_effect(op)
    n_jump = "None" if jump is None else jump.size_expr(jump.outputs)
    values = f"{eff.size_expr(eff.inputs)}, {eff.size_expr(eff.outputs)}, {n_jump}"
    if not eff.counted and not (jump and jump.counted):
        return f"({values})", None
    name = f"_effect_{op.name}"
    lines = [f"def {name}({', '.join(o.name for o in op.operands)}):",
             f"    \"\"\"{_effect_doc(op)}\"\"\""]
    fields = _field_names(op)
    sizes = [i for e in (eff, jump) if e for i in e.inputs + e.outputs if i.counted]
    used = {n for i in sizes for n in _names(i.size)}
    if used & set(fields):
        lines.append(f"    {_tuple_target(fields)} = _fields_{op.name}("
                     f"{', '.join(o.name for o in op.operands)})")
    checked = []
    for item in sizes:
        if str(item) not in checked and not _never_negative(item.size, op):
            checked.append(str(item))
            lines.append(f"    _check_count({py(op.name)}, {py(str(item))}, {item.size})")
    lines.append(f"    return {values}")
    return name, "\n".join(lines)


def _effect_doc(op: Opcode) -> str:
    jump = _jump_effect(op)
    text = str(op.stack)
    if jump is not None and op.stack_on_jump is not None:
        text += f"; on jump: {jump}"
    return text


def _names(expr: str) -> set[str]:
    return {n.id for n in ast.walk(ast.parse(expr, mode="eval")) if isinstance(n, ast.Name)}


# --- assembler field layouts -------------------------------------------------------------

def _bit_field(operand: str, expr: str) -> tuple[int, int | None] | None:
    """(shift, mask) when expr is `operand`, `operand >> s`, `operand & m` or both;
    None when the field cannot be turned back into the operand."""
    def by_constant(node, op):
        return isinstance(node, ast.BinOp) and isinstance(node.op, op) and isinstance(node.right, ast.Constant)

    node = ast.parse(expr, mode="eval").body
    mask = shift = None
    if by_constant(node, ast.BitAnd):
        mask, node = node.right.value, node.left
        if mask < 0 or (mask + 1) & mask:
            return None                      # not a run of low bits
    if by_constant(node, ast.RShift):
        shift, node = node.right.value, node.left
    if isinstance(node, ast.Name) and node.id == operand:
        return shift or 0, mask
    return None


def _field_layouts(spec: Spec) -> list[tuple[str, str, list[tuple[str, int, int | None]]]]:
    """(opcode, operand, [(field, shift, mask)]) for operands the assembler can compose."""
    out = []
    for op in spec.opcodes:
        for o in op.operands:
            bits = [(f, _bit_field(o.name, e)) for f, e in o.fields]
            if bits and all(b is not None for _, b in bits):
                out.append((op.name, o.name, [(f, b[0], b[1]) for f, b in bits]))
    return out


# --- verifier rules ----------------------------------------------------------------------

def _calls(op: Opcode, name: str) -> list[ast.Call]:
    return [n for stmt in (op.info.tree if op.info else []) for n in ast.walk(stmt)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == name]


def _assignments(op: Opcode) -> dict[str, list[ast.expr | None]]:
    """Every body variable assigned, with the values (None: one result of a call)."""
    out: dict[str, list] = {}
    for stmt in (op.info.tree if op.info else []):
        for node in ast.walk(stmt):
            if isinstance(node, ast.Assign):
                target = node.targets[0]
                if isinstance(target, ast.Name):
                    out.setdefault(target.id, []).append(node.value)
                else:
                    for e in target.elts:       # type: ignore[attr-defined]
                        out.setdefault(e.id, []).append(None)
    return out


def _block_setup(op: Opcode) -> tuple[str, int] | None:
    """(kind constant, keep) of the block the body pushes, if it pushes one."""
    calls = _calls(op, "push_block")
    if not calls:
        return None
    if len(calls) > 1:
        raise TargetError("the verifier handles one push_block() per opcode", opcode=op.name)
    kind, handler, keep = calls[0].args
    labels = [o.name for o in op.label_operands]
    if not isinstance(kind, ast.Name) or not isinstance(keep, ast.Constant) \
            or not isinstance(handler, ast.Name) or handler.id not in labels:
        raise TargetError("the verifier needs push_block(KIND_CONSTANT, label_operand, int)", opcode=op.name)
    return kind.id, keep.value


def _local_indexes(op: Opcode) -> list[str]:
    """The local-variable indexes a body reads or writes, as expressions of its operands."""
    scalars = set(op.scalar_names)
    out = []
    for name in sorted(_LOCAL_INTRINSICS):
        for call in _calls(op, name):
            arg = call.args[0]
            ok = isinstance(arg, ast.Constant) or (isinstance(arg, ast.Name) and arg.id in scalars)
            if not ok:
                raise TargetError(f"the verifier needs {name}() of a constant or an operand", opcode=op.name)
            text = ast.unparse(arg)
            if text not in out:
                out.append(text)
    return out


def _is_null(node) -> bool:
    return isinstance(node, ast.Name) and node.id == "NULL"


def _null_tests(op: Opcode) -> list[ast.expr]:
    """The values a body compares `is NULL` / `is not NULL`."""
    out = []
    for stmt in (op.info.tree if op.info else []):
        for node in ast.walk(stmt):
            if isinstance(node, ast.Compare) and len(node.ops) == 1 \
                    and isinstance(node.ops[0], (ast.Is, ast.IsNot)) and _is_null(node.comparators[0]):
                out.append(node.left)
    return out


def _local_access(op: Opcode) -> tuple[list[str], list[str], list[str]]:
    """(locals read unchecked, locals bound, locals unbound) as expressions of the operands.

    A load_fast() is checked when the body tests its value `is NULL`, directly or through
    the variable it is assigned to."""
    _local_indexes(op)                      # checks the index expressions
    tested = _null_tests(op)
    checked_vars = {t.id for t in tested if isinstance(t, ast.Name)}
    checked_calls = {id(t) for t in tested if isinstance(t, ast.Call)}
    for stmt in (op.info.tree if op.info else []):
        for node in ast.walk(stmt):
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) \
                    and node.targets[0].id in checked_vars and isinstance(node.value, ast.Call):
                checked_calls.add(id(node.value))
    reads, binds, unbinds = [], [], []
    for call in _calls(op, "load_fast"):
        text = ast.unparse(call.args[0])
        if id(call) not in checked_calls and text not in reads:
            reads.append(text)
    for call in _calls(op, "store_fast"):
        text = ast.unparse(call.args[0])
        out = unbinds if _is_null(call.args[1]) else binds
        if text not in out:
            out.append(text)
    if set(binds) & set(unbinds):
        raise TargetError("the verifier needs a local either bound or unbound by an opcode", opcode=op.name)
    return reads, binds, unbinds


def _null_ok(op: Opcode) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(depths from the top, positions from the bottom) of the inputs that may be NULL: the
    spec's `nullable` ones and those the body never reads (moved or dropped)."""
    used = names_in(op.info.tree) if op.info else set()    # inputs are read-only: any use reads
    ins = op.stack.inputs
    top, bottom = [], []
    for k, item in enumerate(ins):
        if item.name in op.nullable or item.name not in used:
            if item.counted:
                if item.name in op.nullable:
                    raise TargetError(f"nullable item {item.name} must not be counted", opcode=op.name)
                continue                        # checked: conservative
            if not any(i.counted for i in ins[:k]):
                bottom.append(k)
            elif not any(i.counted for i in ins[k + 1:]):
                top.append(len(ins) - 1 - k)
            else:
                raise TargetError(f"nullable item {item.name} must sit at a fixed depth", opcode=op.name)
    return tuple(top), tuple(bottom)


def _check_intrinsics(spec: Spec, op: Opcode) -> None:
    known = _CONTROL_INTRINSICS | _LOCAL_INTRINSICS | _PLAIN_INTRINSICS
    for name in (op.info.calls if op.info else []):
        if spec.callees[name].intrinsic and name not in known:
            raise TargetError(f"the verifier does not know intrinsic `{name}` "
                              f"(add it to generator/emit_tools.py)", opcode=op.name)


class _Shape:
    """Source of the verifier's shape of one exit: old abstract stack -> new one.

    Items the effect leaves in place (a common prefix) are not touched; an output named
    like an input the body does not reassign is that input moved; other outputs are fresh
    values, tagged NONE when the body only ever assigns None, KEPT when a block setup keeps
    them below the handler's depth (SETUP_WITH's exit_), OBJ otherwise.
    """

    def __init__(self, op: Opcode, outputs: tuple[Item, ...], suffix: str):
        self.op = op
        self.ins = op.stack.inputs
        self.outputs = outputs
        self.name = f"_{op.name}{suffix}"
        self.prefix = common_prefix(self.ins, outputs)
        assigned = _assignments(op)
        block = _block_setup(op)
        kept = {i.name for i in outputs[:block[1]]} if block else set()
        in_names = {i.name for i in self.ins}
        self.tags: dict[str, str | None] = {}
        for item in outputs[self.prefix:]:
            if item.name in in_names and item.name not in assigned:
                self.tags[item.name] = None                   # moved, keeps its tag
            elif item.name in kept:
                self.tags[item.name] = "KEPT"
            elif item.name in op.nullable_out or (assigned.get(item.name) and all(
                    _is_null(v) for v in assigned[item.name])):
                self.tags[item.name] = "NULL"
            elif assigned.get(item.name) and all(isinstance(v, ast.Constant) and v.value is None
                                                 for v in assigned[item.name]):
                self.tags[item.name] = "NONE"
            else:
                self.tags[item.name] = "OBJ"

    def rule(self) -> tuple[str, str | None]:
        """(the expression in the rule table, the function source if one is needed)."""
        rest_in, rest_out = self.ins[self.prefix:], self.outputs[self.prefix:]
        fresh = all(self.tags[i.name] == "OBJ" for i in rest_out)
        if fresh and not self.prefix:
            return "REPLACE", None
        if fresh and not any(i.counted for i in rest_in + rest_out):
            return f"_pop_push({len(rest_in)}, {len(rest_out)})", None
        return self.name, self.source()

    def source(self) -> str:
        ins, op = self.ins, self.op
        rest_in, rest_out = ins[self.prefix:], self.outputs[self.prefix:]
        doc = str(StackEffect(ins, self.outputs))
        lines = [f"def {self.name}(stack, args):", f"    \"\"\"{doc}\"\"\""]
        moved = [i for i in ins if self.tags.get(i.name, "") is None]
        sizes = [i.size for i in ins + rest_out if i.counted]
        if {n for s in sizes for n in _names(s)}:
            lines.append(f"    {_tuple_target(op.scalar_names)} = args")
        if not any(i.counted for i in ins):
            n = len(ins)
            if moved and len(moved) == n:
                names = ", ".join(i.name for i in ins)
                lines.append(f"    {names} = stack[-{n}:]" if n > 1 else f"    {names} = stack[-1]")
            else:
                for i in moved:
                    lines.append(f"    {i.name} = stack[{ins.index(i) - n}]")
            kept = f"stack[:-{len(rest_in)}]" if rest_in else "stack"
        else:
            lines.append(f"    base = len(stack) - {paren(op.stack.size_expr(ins))}")
            slots = {s.item.name: s for s in layout(ins)}
            for i in moved:
                start = "base" if slots[i.name].offset == "0" else f"base + {slots[i.name].offset}"
                if i.counted:
                    lines.append(f"    {i.name} = stack[{start}:{start} + {paren(i.size)}]")
                else:
                    lines.append(f"    {i.name} = stack[{start}]")
            cut = op.stack.size_expr(ins[:self.prefix]) if self.prefix else "0"
            kept = "stack[:base]" if cut == "0" else f"stack[:base + {paren(cut)}]"
        terms, group = [kept], []

        def flush():
            if group:
                terms.append(f"({group[0]},)" if len(group) == 1 else f"({', '.join(group)})")
                group.clear()
        for item in rest_out:
            tag = self.tags[item.name]
            if item.counted:
                flush()
                terms.append(item.name if tag is None else f"({tag},) * {paren(item.size)}")
            else:
                group.append(item.name if tag is None else tag)
        flush()
        lines.append(f"    return {' + '.join(terms)}")
        return "\n".join(lines)


def _verifier_rule(spec: Spec, op: Opcode) -> tuple[str, list[str]]:
    """(the _RULES row of one opcode, the shape functions it needs)."""
    if op.is_override:
        return "_Rule(),  # override: see _OVERRIDES", []
    _check_intrinsics(spec, op)
    falls, jumps = op.info.falls_through, op.info.jumps
    functions, parts = [], []
    for wanted, outputs, suffix, key in ((falls, op.stack.outputs, "", "fall"),
                                         (jumps, op.jump_effect.outputs, "_on_jump", "jump")):
        if wanted:
            expr, source = _Shape(op, outputs, suffix).rule()
            parts.append(f"{key}={expr}")
            if source:
                functions.append(source)
    block = _block_setup(op)
    if block:
        parts.append(f"block=({block[0]}, {block[1]})")
    for name in ("pop_block", "pop_except"):
        if _calls(op, name):
            parts.append(f"unblock={py(name)}")
    if _calls(op, "return_"):
        parts.append("returns=True")
    params = ", ".join(op.scalar_names)
    lam = f"lambda {params}: " if params else "lambda: "
    locals_ = _local_indexes(op)
    if locals_:
        parts.append(f"local={lam}{py_call_tuple(locals_)}")
    for key, indexes in zip(("reads", "binds", "unbinds"), _local_access(op)):
        if indexes:
            parts.append(f"{key}={lam}{py_call_tuple(indexes)}")
    top, bottom = _null_ok(op)
    if top or bottom:
        parts.append(f"null_ok=({py(top)}, {py(bottom)})")
    row = f"_Rule({', '.join(parts)}),"
    if not (falls or jumps or _calls(op, "return_")):
        row += "  # never goes on: only an exception leaves it"
    return row, functions


def _check_overrides(spec: Spec) -> None:
    for op in spec.overrides:
        if op.name not in VERIFIER_OVERRIDES:
            raise TargetError(f"override opcode {op.name} has no hand-written verifier rule in "
                              f"templates/python/verify.py.j2", opcode=op.name)


def _verify_imports(spec: Spec) -> list[str]:
    """`from .opcodes import ...` lines of verify.py: what the template and the rules use."""
    names = {"BLOCK_FINALLY", "BLOCK_WITH", "ENUMS", "OPCODES", "StackEffectError", "decode",
             "stack_effect"}
    names |= {b[0] for op in spec.opcodes if (b := _block_setup(op))}
    return _wrap(sorted(names, key=lambda n: (n.islower(), n)), width=88)


def _wrap(names: list[str], width: int) -> list[str]:
    lines, line = [], ""
    for name in names:
        if line and len(line) + len(name) + 2 > width:
            lines.append(line + ",")
            line = ""
        line = f"{line}, {name}" if line else name
    lines.append(line + ",")
    return lines


# --- rendering ---------------------------------------------------------------------------

def _opcode_views(spec: Spec) -> list[dict]:
    views = []
    for op in spec.opcodes:
        effect, effect_source = _effect(op)
        rule, shapes = _verifier_rule(spec, op)
        views.append({
            "op": op,
            "hex": f"0x{op.number:02x}",
            "info": _opinfo(op),
            "fields_source": _fields_function(op),
            "effect": effect,
            "effect_source": effect_source,
            "rule": rule,
            "shapes": shapes,
        })
    return views


def outputs(spec: Spec, env, ctx) -> dict[str, str]:
    _check_overrides(spec)
    env.filters.setdefault("py", py)
    data = {
        "spec": spec,
        "ctx": ctx,
        "ops": _opcode_views(spec),
        "codec_ranges": CODEC_RANGES,
        "field_layouts": _field_layouts(spec),
        "verify_imports": _verify_imports(spec),
    }
    return {f"{name}.py": env.get_template(f"python/{name}.py.j2").render(**data) for name in MODULES}
