"""Whole programs for a VM without a compiler (the C VM, boards without a file system).

    image = compile_program(Path("prog.py"), vm)

The image carries, besides the program:
  - the bundle: every module the program imports (transitively) that is found beside it,
    compiled with it; an import the compiler cannot resolve is left to run time;
  - the source table: when a module uses the names eval, exec or compile, each of its str
    constants compiled in the modes it could be used in, or the SyntaxError it raises. The
    VM's eval/exec/compile look sources up there.
"""
from __future__ import annotations

import ast
from pathlib import Path
from types import ModuleType

from .. import image
from . import compile_source
from .errors import CompileError

# Modules every backend provides itself: never bundled, so a file beside the program
# cannot shadow them on one backend only.
BUILTIN_MODULES = frozenset({"sys", "math", "builtins"})
SOURCE_FUNCTIONS = frozenset({"eval", "exec", "compile"})
SOURCE_FILE = "<string>"


def compile_program(path: Path, vm: ModuleType, bundle: bool = True) -> image.Image:
    """Compile the program at `path` (raises CompileError); bundle its imports if asked."""
    path = Path(path)
    source = path.read_text(encoding="utf-8")
    main = compile_source(source, path.name, vm)
    trees = [ast.parse(source, path.name)]
    if bundle:
        for name, module_path in _imported_modules(trees[0], path.parent, path.stem):
            text = module_path.read_text(encoding="utf-8")
            main.modules.append(image.BundledModule(name, compile_source(text, module_path.name, vm)))
            trees.append(ast.parse(text, module_path.name))
    main.sources = _source_table(trees, vm)
    return main


# --- the bundle ---------------------------------------------------------------------------

def _import_names(tree: ast.AST) -> list[str]:
    """Absolute imports of a module, in source order (inside functions too)."""
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def _imported_modules(tree: ast.AST, directory: Path, main_name: str) -> list[tuple[str, Path]]:
    """(name, path) of each module found beside the program that it imports, transitively."""
    found: dict[str, Path] = {}
    pending = _import_names(tree)
    while pending:
        name = pending.pop(0)
        if name in found or name in BUILTIN_MODULES or name == main_name:
            continue
        candidate = directory / (name.replace(".", "/") + ".py")
        if not candidate.is_file():
            continue                                    # left to run time
        found[name] = candidate
        try:
            pending.extend(_import_names(ast.parse(candidate.read_text(encoding="utf-8"), candidate.name)))
        except (SyntaxError, ValueError, OSError, UnicodeDecodeError):
            pass                                        # compile_source reports it
    return list(found.items())


# --- the source table ----------------------------------------------------------------------

def _uses_source_functions(tree: ast.AST) -> bool:
    return any(isinstance(n, ast.Name) and n.id in SOURCE_FUNCTIONS for n in ast.walk(tree))


def _direct_modes(call: ast.Call) -> tuple[str, ...]:
    """The modes a call eval(s)/exec(s)/compile(s, f, mode) compiles its literal source in."""
    name = call.func.id
    if name != "compile":
        return (name,)
    mode = call.args[2] if len(call.args) > 2 else next((k.value for k in call.keywords if k.arg == "mode"), None)
    if isinstance(mode, ast.Constant) and mode.value in ("eval", "exec", "single"):
        return ("eval",) if mode.value == "eval" else ("exec",)
    return image.MODES


def _candidates(tree: ast.AST) -> tuple[list[str], dict[tuple[str, str], bool]]:
    """Every str constant of the module, and (text, mode) pairs of literal eval/exec/compile
    arguments (which are recorded even when they do not compile)."""
    strings, direct = [], {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            strings.append(node.value)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in SOURCE_FUNCTIONS
              and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            for mode in _direct_modes(node):
                direct[(_key(node.args[0].value, mode), mode)] = True
    return strings, direct


def _key(text: str, mode: str) -> str:
    # eval() drops leading spaces and tabs before compiling, as CPython does; so does the VM
    return text.lstrip(" \t") if mode == "eval" else text


def _trivial(tree: ast.AST, mode: str) -> bool:
    """Nothing but a bare name or constant (or nothing at all): not worth a table entry."""
    if mode == "eval":
        return isinstance(tree.body, (ast.Name, ast.Constant))
    return not tree.body or (len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr)
                             and isinstance(tree.body[0].value, (ast.Name, ast.Constant)))


def _entry(text: str, mode: str, vm: ModuleType, is_direct: bool) -> tuple[image.SourceEntry | None, ast.AST | None]:
    """The table entry for text in mode (None to skip it), and its tree when it compiled."""
    try:
        tree = ast.parse(text, SOURCE_FILE, mode=mode)
    except (SyntaxError, ValueError):
        tree = None
    if not is_direct and (tree is None or _trivial(tree, mode)):
        return None, None
    try:
        return image.SourceEntry(text, mode, compile_source(text, SOURCE_FILE, vm, mode)), tree
    except Exception as exc:
        # a string that merely looks like code must not stop the program from compiling
        if not is_direct or not isinstance(exc, CompileError):
            if is_direct:
                raise
            return None, None
        kind = exc.kind if exc.kind in image.ERROR_KINDS else "SyntaxError"
        offset = exc.column + 1 if exc.column is not None else 0
        return image.SourceEntry(text, mode, error=(kind, exc.message, exc.line or 0, offset)), None


def _source_table(trees: list[ast.AST], vm: ModuleType) -> list[image.SourceEntry]:
    entries: dict[tuple[str, str], image.SourceEntry] = {}
    pending = [t for t in trees if _uses_source_functions(t)]
    while pending:                                  # a compiled source may use eval too
        strings, direct = _candidates(pending.pop(0))
        keys = list(direct) + [(_key(s, m), m) for s in strings for m in image.MODES]
        for key in keys:
            if key in entries:
                continue
            entry, tree = _entry(key[0], key[1], vm, key in direct)
            if entry is None:
                continue
            entries[key] = entry
            if tree is not None and _uses_source_functions(tree):
                pending.append(tree)
    return list(entries.values())
