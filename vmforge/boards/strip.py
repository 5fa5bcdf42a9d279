"""App-specific VMs (`--strip`): the C dispatch loop and verifier generated from the spec
restricted to the opcodes one program uses, so the firmware carries no code for the rest.

The restricted spec keeps the full spec's hash: an image the compiler made for the full VM
runs on the stripped one when it uses only the kept opcodes (anything else is refused as an
unknown opcode at load, by the stripped verifier). The override opcodes are always kept: the
unwinding machinery they share (END_FINALLY re-entering UNWIND_JUMP ...) refers to them.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path


def code_objects(img):
    """Every code object of the image, its bundle and its source table."""
    units = [img, *(m.image for m in img.modules), *(s.image for s in img.sources if s.image is not None)]
    for unit in units:
        yield from unit.codes


def opcodes_used(img, gen) -> set[str]:
    """Names of the opcodes in every code object of the image (see code_objects)."""
    return {ins.name for code in code_objects(img)
            for ins in gen.opcodes.iter_instructions(code.code, code.bytecode_start)}


def stripped_sources(used: set[str], out: Path) -> tuple[Path, list[str]]:
    """Write the restricted vm.c, verify.c and headers into out/c; return (dir, kept names)."""
    from ..generator import emit_c, emit_verify_c, render
    from ..generator.driver import DEFAULT_SPEC, load_spec
    spec = load_spec(DEFAULT_SPEC)
    keep = [op for op in spec.opcodes if op.name in used or op.is_override]
    sub = dataclasses.replace(spec, opcodes=keep, by_name={op.name: op for op in keep},
                              hot=[h for h in spec.hot if h in {op.name for op in keep}])
    env = render.make_env()
    ctx = render.Context(sub, "spec/opcodes.toml (restricted to one program's opcodes: --strip)")
    files = {**emit_c.outputs(sub, env, ctx), **emit_verify_c.outputs(sub, env, ctx)}
    for rel, text in files.items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
    return out / "c", [op.name for op in keep]
