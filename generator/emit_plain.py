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


def outputs(spec: Spec, env, ctx) -> dict[str, str]:
    cases = {}
    for op in spec.opcodes:
        try:
            cases[op.name] = _override(env, op) if op.is_override else emit_case(spec, op)
        except TargetError as exc:
            raise TargetError(f"plain: {exc}", opcode=op.name) from None
    loop = env.get_template("python/loop_plain.py.j2").render(
        spec=spec, ctx=ctx, order=spec.dispatch_order(), cases=cases)
    init = env.get_template("python/__init__.py.j2").render(spec=spec, ctx=ctx)
    return {"__init__.py": init, "loop_plain.py": loop}
