"""The compiler: Python source to a module image for the generated VM.

    image = compile_source(source, "prog.py", vm)
    image = compile_program(Path("prog.py"), vm)     # with the modules it imports (program.py)

`vm` is the generated package (vmforge.generated or one from `vmforge gen --out`); its
opcode tables, encoders and verifier are the compiler's only knowledge of the bytecode.
"""
from __future__ import annotations

import ast
from types import ModuleType

from .. import image
from ..generated_vm import submodule
from . import symtable
from .codegen import CodeGen, Unit
from .errors import CompileError

__all__ = ["CompileError", "compile_source", "compile_program"]


def _parse(source: str, filename: str, mode: str) -> ast.AST:
    try:
        return ast.parse(source, filename, mode=mode)
    except SyntaxError as exc:
        kind = type(exc).__name__
        raise CompileError(exc.msg, filename, exc.lineno, (exc.offset - 1) if exc.offset else None,
                           exc.text, kind=kind) from None
    except ValueError as exc:                      # e.g. source with NUL bytes
        raise CompileError(str(exc), filename, 1, None) from None


def compile_source(source: str, filename: str, vm: ModuleType, mode: str = "exec") -> image.Image:
    """Compile a module (mode "exec") or an expression (mode "eval") into an image."""
    for name in ("opcodes", "codecs", "verify", "asm"):
        submodule(vm, name)
    tree = _parse(source, filename, mode)
    if mode == "eval":
        tree = ast.Module(body=[ast.Return(value=tree.body, lineno=1, col_offset=0)], type_ignores=[])
        ast.fix_missing_locations(tree)
        scope = symtable.analyze(tree, filename)
        scope.kind = "module"
    else:
        scope = symtable.analyze(tree, filename)
    unit = Unit(filename, source.splitlines(), vm)
    gen = CodeGen(unit, scope, "<module>")
    gen.reserve()
    if mode == "eval":
        gen.expr(tree.body[0].value)
        gen.emit("RETURN_VALUE")
    else:
        gen.store_docstring(tree.body)
        gen.body(tree.body)
    gen.finish(tree, 0, 0, 0)
    return image.Image(unit.strings, unit.codes, vm.SPEC_HASH, vm.FORMAT_VERSION)


from .program import compile_program  # noqa: E402  (program.py uses compile_source)
