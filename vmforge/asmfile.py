"""Assembly files (.s) to module images and back, around the generated assembler.

The generated assembler reads instructions and labels; this file adds the directives that
make a module image out of them:

    .file NAME        source file name recorded in the image (default: the .s file's name)
    .locals N         number of local variables (default: 1 + the highest local index used)

n_state and n_exc_stack come from the generated verifier's analysis, not from the text.
"""
from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

from . import image
from .generated_vm import submodule

_DIRECTIVE = re.compile(r"^\s*\.(\w+)\s*(.*?)\s*(#.*)?$")
_LOCAL_OPS = {"LOAD_FAST_N", "STORE_FAST_N", "LOAD_DEREF", "STORE_DEREF"}


class AsmFileError(ValueError):
    def __init__(self, message: str, filename: str, line: int):
        super().__init__(f"{filename}:{line}: {message}")


def assemble_file(text: str, filename: str, vm: ModuleType) -> bytes:
    asm, opcodes, verify = (submodule(vm, n) for n in ("asm", "opcodes", "verify"))
    directives = {"file": Path(filename).name, "locals": None}
    body_lines = []
    for number, line in enumerate(text.splitlines(), start=1):
        m = _DIRECTIVE.match(line)
        if m and m.group(1) == "string":          # the generated assembler's own directive
            body_lines.append(line)
        elif m:
            if m.group(1) not in directives:
                raise AsmFileError(f"unknown directive .{m.group(1)} (known: .file, .locals)", filename, number)
            directives[m.group(1)] = m.group(2)
            body_lines.append("")               # keep line numbers
        else:
            body_lines.append(line)
    try:
        assembled = asm.assemble("\n".join(body_lines), filename)
    except asm.AsmError as exc:
        raise AsmFileError(exc.message, filename, exc.line) from None
    code = assembled.code
    strings = list(assembled.strings)
    n_locals = _locals_used(code, opcodes)
    if directives["locals"] is not None:
        try:
            n_locals = max(n_locals, int(directives["locals"]))
        except ValueError:
            raise AsmFileError(".locals takes a number", filename, 1) from None
    try:
        verified = verify.verify(code, 0, len(code), n_locals=n_locals, n_strings=len(strings))
    except verify.VerifyError as exc:
        line = _line_for(assembled.lines, exc.offset)
        raise AsmFileError(str(exc), filename, line) from None

    def intern(s: str) -> int:
        if s not in strings:
            strings.append(s)
        return strings.index(s)

    source, block = intern(directives["file"]), intern("<module>")
    body = image.build_code(code, source_file=source, block_name=block,
                            n_state=n_locals + verified.max_depth, n_exc_stack=verified.max_blocks,
                            lines=assembled.lines)
    names = [intern(f"local{i}") for i in range(n_locals)]
    code_object = image.CodeObject(body, local_names=names, qualname=block)
    return image.dump(image.Image(strings, [code_object], vm.SPEC_HASH, vm.FORMAT_VERSION))


def _locals_used(code: bytes, opcodes: ModuleType) -> int:
    highest = -1
    for insn in opcodes.iter_instructions(code):
        if insn.name in _LOCAL_OPS:
            highest = max(highest, insn.operands[0])
        elif insn.name[-2:] in ("_0", "_1", "_2") and insn.name[:-2] in ("LOAD_FAST", "STORE_FAST"):
            highest = max(highest, int(insn.name[-1]))
    return highest + 1


def _line_for(lines: list[tuple[int, int]], offset: int) -> int:
    best = 1
    for off, line in lines:
        if off <= offset:
            best = line
    return best


def disassemble_image(data: bytes, vm: ModuleType) -> str:
    dis = submodule(vm, "dis")
    img = image.load(data, spec_hash=vm.SPEC_HASH, format_version=vm.FORMAT_VERSION, spec_name=vm.SPEC_NAME)
    out = _disassemble_unit(img, dis)
    for m in img.modules:
        out.append(f"\nbundled module {m.name}:")
        out += _disassemble_unit(m.image, dis)
    for i, e in enumerate(img.sources):
        what = f"{e.error[0]}: {e.error[1]}" if e.error else f"{len(e.image.codes)} code object(s)"
        out.append(f"\nsource {i} ({e.mode}) {e.text!r}: {what}")
    return "\n".join(out)


def _disassemble_unit(img: image.Image, dis: ModuleType) -> list[str]:
    out = []
    for i, c in enumerate(img.codes):
        name = img.strings[c.block_name]
        out.append(f"code {i}: {name} in {img.strings[c.source_file]} "
                   f"(n_state {c.n_state}, n_exc_stack {c.n_exc_stack}, cells {c.cells}, "
                   f"{len(c.code) - c.bytecode_start} bytes of bytecode)")
        out.append(dis.disassemble(c.code, c.bytecode_start, len(c.code), strings=img.strings, lines=c.lines()))
    return out
