"""Emitter for the C bytecode verifier: c/verify.h and c/verify.c.

The C verifier (templates/c/verify.c.j2) runs the rules of the Python one
(templates/python/verify.py.j2) for the C loader. What differs per opcode comes from here as
table rows and small C functions: the operand kinds an opcode decodes, its operand fields and
counted stack effects, and its verifier rule (the shapes of its exits, the block it pushes or
pops, the locals it touches), derived from the spec exactly as emit_tools derives the Python
rules. The override opcodes' rules are the template's, one hand-written function each.
"""
from __future__ import annotations

import ast

from .emit_base import TargetError
from .emit_tools import (
    VERIFIER_OVERRIDES, _block_setup, _calls, _check_intrinsics, _check_overrides, _effect_doc,
    _jump_effect, _local_access, _local_indexes, _never_negative, _null_ok, _Shape,
)
from .model import CODEC_RANGES, Opcode, Spec
from .stack_effect import Item

MAX_STATES_PER_OFFSET = 256        # as in the Python verifier

_C_OPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.BitAnd: "&", ast.BitOr: "|",
          ast.BitXor: "^", ast.LShift: "<<", ast.RShift: ">>"}


def c_int(expr: str, op: Opcode) -> str:
    """An int expression of operands and fields (a count or a field) in C, fully bracketed."""
    def walk(node: ast.expr, top: bool) -> str:
        if isinstance(node, ast.Constant) and type(node.value) is int:
            return str(node.value)
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return f"-{walk(node.operand, False)}"
        if isinstance(node, ast.BinOp) and type(node.op) in _C_OPS:
            text = f"{walk(node.left, False)} {_C_OPS[type(node.op)]} {walk(node.right, False)}"
            return text if top else f"({text})"
        raise TargetError(f"C verifier: cannot translate `{expr}` to C", opcode=op.name)
    return walk(ast.parse(expr, mode="eval").body, True)


def _uses(exprs: list[str]) -> set[str]:
    return {n.id for e in exprs for n in ast.walk(ast.parse(e, mode="eval")) if isinstance(n, ast.Name)}


def _arg_reads(op: Opcode, exprs: list[str], indent: str = "    ") -> list[str]:
    """`const int64_t name = a[i];` for the operands and fields the expressions use."""
    used = _uses(exprs)
    return [f"{indent}const int64_t {name} = a[{i}];" for i, name in enumerate(op.scalar_names)
            if name in used]


def _fields_function(op: Opcode) -> str | None:
    fields = [(f, e) for o in op.operands for f, e in o.fields]
    if not fields:
        return None
    n_operands = len(op.operands)
    lines = [f"// {', '.join(f for f, _ in fields)}", f"static void fields_{op.name}(int64_t *a) {{"]
    used = _uses([e for _, e in fields])
    lines += [f"    const int64_t {o.name} = a[{i}];" for i, o in enumerate(op.operands) if o.name in used]
    for k, (name, expr) in enumerate(fields):
        lines.append(f"    a[{n_operands + k}] = {c_int(expr, op)}; // {name}")
    lines.append("}")
    return "\n".join(lines)


def _effect(op: Opcode) -> tuple[str, str | None]:
    """(the row's effect initializer, the source of its function when the effect is counted)."""
    eff, jump = op.stack, _jump_effect(op)
    sizes = (eff.size_expr(eff.inputs), eff.size_expr(eff.outputs),
             "-1" if jump is None else jump.size_expr(jump.outputs))
    if not eff.counted and not (jump and jump.counted):
        return f".effect = {{{', '.join(sizes)}}}", None
    items = [i for e in (eff, jump) if e for i in e.inputs + e.outputs if i.counted]
    exprs = list(sizes) + [i.size for i in items]
    lines = [f"// {_effect_doc(op)}",
             f"static const char *effect_{op.name}(const int64_t *a, vf_effect_t *e) {{"]
    lines += _arg_reads(op, [x for x in exprs if x != "-1"])
    checked: list[str] = []
    for item in items:
        if str(item) not in checked and not _never_negative(item.size, op):
            checked.append(str(item))
            lines.append(f"    if ({c_int(item.size, op)} < 0) {{")
            lines.append(f"        return \"{item}\";")
            lines.append("    }")
    lines.append(f"    e->n_in = {c_int(sizes[0], op)};")
    lines.append(f"    e->n_out = {c_int(sizes[1], op)};")
    lines.append(f"    e->n_jump = {c_int(sizes[2], op)};")
    lines.append("    return NULL;")
    lines.append("}")
    return f".effect_fn = effect_{op.name}", "\n".join(lines)


def _shape(op: Opcode, outputs: tuple[Item, ...], suffix: str) -> tuple[str, int]:
    """(the vf_shape_t initializer of one exit, how many slots it writes)."""
    s = _Shape(op, outputs, suffix)
    rest_in, rest_out = s.ins[s.prefix:], outputs[s.prefix:]
    fresh = all(s.tags[i.name] == "OBJ" for i in rest_out)
    if fresh and not s.prefix:
        return "VF_REPLACE_SHAPE", 0
    if any(i.counted for i in rest_in + rest_out):
        raise TargetError("C verifier: an exit that moves or tags items needs fixed-size items "
                          "above what it leaves in place", opcode=op.name)
    outs = []
    for item in rest_out:
        tag = s.tags[item.name]
        if tag is None:
            below = s.ins[[i.name for i in s.ins].index(item.name) + 1:]
            if any(i.counted for i in below):
                raise TargetError("C verifier: a moved item must sit at a fixed depth", opcode=op.name)
            outs.append(f"VF_SLOT({len(below)})")
        else:
            outs.append(f"VF_TAG(VF_{tag})")
    return (f"{{VF_MOVE, {len(rest_in)}, {len(outs)}, {{{', '.join(outs)}}}}}"
            if outs else f"{{VF_MOVE, {len(rest_in)}, 0, {{0}}}}"), len(outs)


def _row(spec: Spec, op: Opcode) -> tuple[dict, list[str], int]:
    """(the opcode's table row fields, the C functions it needs, the most slots an exit writes)."""
    parts = [f".name = \"{op.name}\""]
    functions: list[str] = []
    if op.operands:
        kinds = ", ".join(f"VF_KIND_{o.kind.name.upper()}" for o in op.operands)
        names = ", ".join(f'"{o.name}"' for o in op.operands)
        parts.append(f".n_operands = {len(op.operands)}, .operands = {{{kinds}}}")
        parts.append(f".operand_names = {{{names}}}")
    labels = [i for i, o in enumerate(op.operands) if o.kind.label]
    parts.append(f".label = {labels[0] if labels else -1}")
    fields = _fields_function(op)
    if fields:
        functions.append(fields)
        parts.append(f".fields = fields_{op.name}")
    effect, source = _effect(op)
    parts.append(effect)
    if source:
        functions.append(source)
    widest = 0
    if op.is_override:
        parts.append(f".override = override_{op.name}")
        return {"name": op.name, "parts": parts}, functions, widest
    _check_intrinsics(spec, op)
    for wanted, outputs, suffix, key in ((op.info.falls_through, op.stack.outputs, "", "fall"),
                                         (op.info.jumps, op.jump_effect.outputs, "_on_jump", "jump")):
        if wanted:
            shape, width = _shape(op, outputs, suffix)
            widest = max(widest, width)
            parts.append(f".{key} = {shape}")
    block = _block_setup(op)
    if block:
        parts.append(f".sets_up = true, .block = MP_{block[0]}, .keep = {block[1]}")
    if _calls(op, "pop_block"):
        parts.append(".unblock = VF_POP_BLOCK")
    if _calls(op, "pop_except"):
        parts.append(".unblock = VF_POP_EXCEPT")
    if _calls(op, "return_"):
        parts.append(".returns = true")
    names = op.scalar_names

    def refs(indexes):
        return [f"VF_ARG({names.index(x)})" if x in names else f"VF_CONST({int(x)})" for x in indexes]
    locals_ = _local_indexes(op)
    if locals_:
        parts.append(f".n_locals = {len(locals_)}, .locals = {{{', '.join(refs(locals_))}}}")
    for key, indexes in zip(("reads", "binds", "unbinds"), _local_access(op)):
        if indexes:
            parts.append(f".n_{key} = {len(indexes)}, .{key} = {{{', '.join(refs(indexes))}}}")
    top, bottom = _null_ok(op)
    if any(k >= 8 for k in top + bottom):
        raise TargetError("C verifier: an input that may be NULL must be among the 8 top or bottom ones",
                          opcode=op.name)
    if top:
        parts.append(f".null_top = {sum(1 << k for k in top):#04x}")
    if bottom:
        parts.append(f".null_bottom = {sum(1 << k for k in bottom):#04x}")
    return {"name": op.name, "parts": parts}, functions, widest


def outputs(spec: Spec, env, ctx) -> dict[str, str]:
    _check_overrides(spec)
    rows, functions, widest = [], [], 1
    for op in spec.opcodes:
        try:
            row, fns, width = _row(spec, op)
        except TargetError as exc:
            raise TargetError(str(exc), opcode=exc.opcode or op.name) from None
        row["comment"] = f"{op.name}: {op.stack}" + (
            f"; on jump: {op.stack_on_jump}" if op.stack_on_jump is not None else "")
        rows.append(row)
        functions.extend(fns)
        widest = max(widest, width)
    kinds = []
    for kind in spec.kinds.values():
        if kind.codec not in CODEC_RANGES:
            raise TargetError(f"C verifier: unknown codec {kind.codec}")
        bound = len(spec.enums[kind.enum].values) if kind.enum else 0
        if bound > 255:
            raise TargetError(f"C verifier: enum {kind.enum} has more than 255 values")
        kinds.append({"name": kind.name.upper(), "codec": kind.codec.upper(),
                      "label": "true" if kind.label else "false",
                      "what": "VF_QSTR" if kind.type == "qstr" else "VF_CODE" if kind.refers == "code"
                      else "VF_PLAIN",
                      "enum_size": bound, "enum": kind.enum or "", "doc": kind.doc})
    data = {
        "spec": spec, "ctx": ctx, "rows": rows, "functions": functions, "kinds": kinds,
        "overrides": VERIFIER_OVERRIDES, "max_out": widest,
        "max_operands": max(len(op.operands) for op in spec.opcodes),
        "max_args": max(len(op.scalar_names) for op in spec.opcodes),
        "max_locals": max([len(_local_indexes(op)) for op in spec.opcodes if not op.is_override] + [1]),
        "max_states": MAX_STATES_PER_OFFSET,
    }
    return {"c/verify.h": env.get_template("c/verify.h.j2").render(**data),
            "c/verify.c": env.get_template("c/verify.c.j2").render(**data)}
