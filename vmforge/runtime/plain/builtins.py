"""The builtins a VM program sees, and the built-in modules it can import.

Most builtins are Python's own (values are host objects); the ones that need the VM's
state are replaced: __build_class__, compile, exec, eval, globals, locals, dir, vars,
__import__.
"""
from __future__ import annotations

import builtins as host_builtins
import math
import sys
import types

from .objects import NULL, Cell, CompiledCode, Frame, Function

# Host builtins a VM program must not reach: they would hand source to CPython or leave
# the sandbox of the VM's own module system.
_HIDDEN = {"breakpoint", "help", "copyright", "credits", "license", "exit", "quit", "open",
           "memoryview", "__loader__", "__spec__", "__package__"}


def make(vm) -> dict:
    table = {k: v for k, v in vars(host_builtins).items() if k not in _HIDDEN}

    def __build_class__(func, name, *bases, metaclass=None, **kwds):
        if type(func) is not Function:
            raise TypeError("__build_class__: func must be a function")
        namespace = {"__module__": func.__globals__.get("__name__", "__main__"),
                     "__qualname__": func.__qualname__}
        code = func.code
        fast = [NULL] * code.n_state
        for i, cell in enumerate(func.__closure__):
            fast[i] = cell
        for index in code.cells:
            if index >= len(func.__closure__):
                fast[index] = Cell()
        frame = Frame(code, fast, func.__globals__, namespace)
        class_cell = vm.run_frame(frame)
        if metaclass is None:
            metaclass = type(bases[0]) if bases else type
        cls = metaclass(name, bases, namespace, **kwds)
        if isinstance(class_cell, Cell):
            class_cell.contents = cls
        return cls

    def _compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1):
        if isinstance(source, CompiledCode):
            return source
        if isinstance(source, bytes):
            source = source.decode("utf-8")
        if mode not in ("exec", "eval", "single"):
            raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
        from ...compiler import CompileError
        try:
            img = vm.compile(source, filename, "eval" if mode == "eval" else "exec")
        except CompileError as exc:
            err = SyntaxError(exc.message, (exc.filename, exc.line, (exc.column or 0) + 1, exc.source_line))
            raise err from None
        return CompiledCode(img, filename, mode)

    def _namespaces(globals_, locals_):
        if globals_ is None:
            globals_ = vm.globals
            if locals_ is None:
                locals_ = vm.locals if vm.locals is not None else _frame_locals(vm.frame)
        elif locals_ is None:
            locals_ = globals_
        return globals_, locals_

    def _exec(source, globals=None, locals=None):
        code = source if isinstance(source, CompiledCode) else _compile(source, "<string>", "exec")
        g, l = _namespaces(globals, locals)
        vm.exec_code(code, g, l)
        return None

    def _eval(source, globals=None, locals=None):
        if isinstance(source, str):
            source = source.strip(" \t\n")
        code = source if isinstance(source, CompiledCode) else _compile(source, "<string>", "eval")
        g, l = _namespaces(globals, locals)
        return vm.exec_code(code, g, l)

    def _globals():
        return vm.globals

    def _locals():
        return vm.locals if vm.locals is not None else _frame_locals(vm.frame)

    def _dir(*args):
        if args:
            return dir(*args)
        return sorted(_locals())

    def _vars(*args):
        if args:
            return vars(*args)
        return _locals()

    def __import__(name, globals=None, locals=None, fromlist=(), level=0):
        return vm.import_name(name, fromlist or None, level)

    table.update({
        "__build_class__": __build_class__, "compile": _compile, "exec": _exec, "eval": _eval,
        "globals": _globals, "locals": _locals, "dir": _dir, "vars": _vars, "__import__": __import__, "__name__": "builtins",
    })
    return table


def _frame_locals(frame) -> dict:
    """locals() inside a function: its bound local variables by name."""
    if frame is None:
        return {}
    out = {}
    for name, value in zip(frame.code.local_names, frame.fast):
        if isinstance(value, Cell):
            value = value.contents
        if value is not NULL:
            out[name] = value
    return out


def builtin_module(vm, name: str):
    """The built-in modules VM programs can import: sys (the VM's view) and math."""
    if name == "math":
        return math
    if name == "sys":
        module = types.ModuleType("sys")
        module.argv = vm.argv
        module.exit = sys.exit
        module.maxsize = sys.maxsize
        module.byteorder = sys.byteorder
        module.stdout = sys.stdout
        module.stderr = sys.stderr
        module.stdin = sys.stdin
        module.version = sys.version
        module.version_info = sys.version_info
        module.platform = sys.platform
        module.implementation = sys.implementation
        module.modules = vm.modules
        module.path = [str(p) for p in vm.path]
        module.float_info = sys.float_info
        module.int_info = sys.int_info
        module.getrecursionlimit = lambda: vm.recursion_limit

        def setrecursionlimit(limit: int) -> None:
            if not isinstance(limit, int) or limit < 1:
                raise ValueError("recursion limit must be greater or equal than 1")
            vm.recursion_limit = limit
        module.setrecursionlimit = setrecursionlimit
        module.getsizeof = sys.getsizeof
        module.intern = sys.intern
        return module
    if name == "builtins":
        module = types.ModuleType("builtins")
        module.__dict__.update(vm.builtins)
        return module
    return None
