"""The plain backend's outputs: the package's __init__ and the Python dispatch loop."""
from __future__ import annotations

from .emit_base import TargetError
from .emit_python import emit_case
from .model import Spec


def _override(env, op) -> str:
    name = f"python/overrides/{op.name}.py.j2"
    try:
        source = env.loader.get_source(env, name)[0]
    except Exception:
        raise TargetError(f"the plain backend has no override template {name}", opcode=op.name) from None
    return source.rstrip("\n")


LINEAR = 8          # hot opcodes tested one by one before the binary search
LEAF = 3            # opcodes tested one by one at the bottom of the search


def _case(op, cases: dict, keyword: str) -> list[str]:
    lines = [f"{keyword} bc == 0x{op.number:02x}:  # {op.name}: {op.stack}"]
    lines += ["    " + l for l in cases[op.name].splitlines()]
    return lines


def _search(ops: list, cases: dict) -> list[str]:
    """An if/else tree over opcodes sorted by number, with short chains at the leaves."""
    if len(ops) <= LEAF:
        lines = []
        for i, op in enumerate(ops):
            lines += _case(op, cases, "if" if i == 0 else "elif")
        return lines + ["else:", "    raise_(rt.unknown_opcode(bc, insn[-1]))"]
    mid = len(ops) // 2
    lines = [f"if bc < 0x{ops[mid].number:02x}:"]
    lines += ["    " + l for l in _search(ops[:mid], cases)]
    lines += ["else:"]
    lines += ["    " + l for l in _search(ops[mid:], cases)]
    return lines


def dispatch(spec: Spec, cases: dict) -> str:
    hot = spec.dispatch_order()[:LINEAR]
    rest = sorted((op for op in spec.opcodes if op not in hot), key=lambda o: o.number)
    lines = []
    for i, op in enumerate(hot):
        lines += _case(op, cases, "if" if i == 0 else "elif")
    lines += ["else:"] + ["    " + l for l in _search(rest, cases)]
    return "\n".join(lines)


def outputs(spec: Spec, env, ctx) -> dict[str, str]:
    cases = {}
    for op in spec.opcodes:
        try:
            cases[op.name] = _override(env, op) if op.is_override else emit_case(spec, op)
        except TargetError as exc:
            raise TargetError(f"plain: {exc}", opcode=op.name) from None
    loop = env.get_template("python/loop_plain.py.j2").render(
        spec=spec, ctx=ctx, dispatch=dispatch(spec, cases))
    init = env.get_template("python/__init__.py.j2").render(spec=spec, ctx=ctx)
    return {"__init__.py": init, "loop_plain.py": loop}
