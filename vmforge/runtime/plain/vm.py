"""The plain backend: the generated Python dispatch loop and the runtime it calls.

A PlainVM is also the loop's `rt`: its attributes are the spec's primitives. Primitives
take no frame argument (as in the seed), so the VM keeps the running frame's globals and
locals as current state, swapped on every call.
"""
from __future__ import annotations

import collections
import operator
import os
import sys
import types
from pathlib import Path

from ... import image as image_format
from ...generated_vm import load as load_generated, submodule
from . import builtins as vm_builtins
from .calls import bind, keywords
from .objects import NULL, Cell, CodeInfo, CompiledCode, Frame, Function, Generator
from .tracebacks import add_entry

DEFAULT_RECURSION_LIMIT = 1000


class CountingInsns(list):
    """Decoded instructions that count how often each opcode runs (the debug mode):
    the dispatch loop reads `insns[ip]` once per instruction."""
    __slots__ = ("counts",)

    def __init__(self, insns, counts):
        super().__init__(insns)
        self.counts = counts

    def __getitem__(self, ip):
        insn = list.__getitem__(self, ip)
        self.counts[insn[0]] += 1
        return insn


class BudgetedInsns(list):
    """Decoded instructions that stop the program after a budget of instructions (for
    fuzzing and untrusted images): the budget is shared by every code object of a VM."""
    __slots__ = ("vm",)

    def __init__(self, insns, vm):
        super().__init__(insns)
        self.vm = vm

    def __getitem__(self, ip):
        self.vm.steps_left -= 1
        if self.vm.steps_left < 0:
            raise TimeoutError("instruction budget exhausted")
        return list.__getitem__(self, ip)


class LoadedImage:
    """An image whose code objects are verified and decoded, ready to run."""

    def __init__(self, vm: "PlainVM", img: image_format.Image, label: str):
        self.label = label                     # where it came from: tracebacks read source there
        self.image = img
        self.strings = img.strings
        verify = vm.gen.verify
        self.codes: list[CodeInfo] = []
        for index, raw in enumerate(img.codes):
            try:
                verify.verify(raw.code, raw.bytecode_start, len(raw.code), n_state=raw.n_state,
                              n_locals=len(raw.local_names), n_strings=len(img.strings),
                              n_codes=len(img.codes), n_exc_stack=raw.n_exc_stack,
                              bound=[*range(raw.n_params), *raw.cells])
            except verify.VerifyError as exc:
                raise image_format.ImageError(f"{label}: code {index} fails verification: {exc}") from None
            insns = vm.gen.loop_plain.predecode(raw.code, raw.bytecode_start, len(raw.code), img.strings)
            if vm.counts is not None:
                insns = CountingInsns(insns, vm.counts)
            elif vm.steps_left is not None:
                insns = BudgetedInsns(insns, vm)
            self.codes.append(CodeInfo(self, index, raw, insns, img.strings))


class PlainVM:
    backend = "plain"

    def __init__(self, build=None, recursion_limit: int = DEFAULT_RECURSION_LIMIT, count_opcodes: bool = False,
                 max_steps: int | None = None):
        self.gen = load_generated(build)
        for name in ("opcodes", "codecs", "verify", "loop_plain"):
            submodule(self.gen, name)
        self.NULL = NULL
        # debug mode: executions per opcode number
        self.counts = collections.Counter() if count_opcodes else None
        self.steps_left = max_steps         # None: no budget
        self.recursion_limit = recursion_limit
        self.depth = 0
        self.globals: dict = {}
        self.locals = None
        self.frame: Frame | None = None
        self.modules: dict[str, types.ModuleType] = {}
        self.bundle: dict[str, image_format.Image] = {}     # modules compiled into the images run
        self.path: list[Path] = []
        self.argv: list[str] = []
        self.binary_ops = self._operator_table("binary_op", _BINARY)
        self.unary_ops = self._operator_table("unary_op", _UNARY)
        self.builtins = vm_builtins.make(self)
        self.execute = self.gen.loop_plain.make_execute(self)
        # what run_frame runs a frame with; another backend (jit) puts its own here
        self.enter = self.execute

    def _operator_table(self, enum: str, functions: dict) -> list:
        names = self.gen.opcodes.ENUMS[enum]
        table = []
        for name in names:
            fn = functions.get(name)
            if fn is None:
                def fn(*args, _name=name):
                    raise SystemError(f"operator {_name} is not supported by the plain runtime")
            table.append(fn)
        return table

    # --- images ---------------------------------------------------------------------
    def load_image(self, data: bytes, label: str = "<image>") -> LoadedImage:
        gen = self.gen
        img = image_format.load(data, spec_hash=gen.SPEC_HASH, format_version=gen.FORMAT_VERSION,
                                spec_name=gen.SPEC_NAME)
        loaded = LoadedImage(self, img, label)
        for m in img.modules:
            self.bundle.setdefault(m.name, m.image)
        return loaded

    def loaded(self, img: image_format.Image, label: str) -> LoadedImage:
        return LoadedImage(self, img, label)

    def compile(self, source: str, filename: str, mode: str = "exec") -> image_format.Image:
        from ...compiler import compile_source
        return compile_source(source, filename, self.gen, mode)

    def run_module(self, loaded: LoadedImage, module_globals: dict, module_locals=None):
        code = loaded.codes[0]
        frame = Frame(code, [NULL] * code.n_state, module_globals,
                      module_globals if module_locals is None else module_locals)
        return self.run_frame(frame)

    def new_module(self, name: str, filename: str) -> types.ModuleType:
        module = types.ModuleType(name)
        module.__file__ = filename
        module.__dict__["__builtins__"] = self.builtins
        return module

    # --- frames and calls -------------------------------------------------------------
    def run_frame(self, frame: Frame, inject=NULL):
        if self.depth >= self.recursion_limit:
            raise RecursionError("maximum recursion depth exceeded")
        saved = self.globals, self.locals, self.frame
        self.globals, self.locals, self.frame = frame.globals, frame.locals, frame
        self.depth += 1
        try:
            return self.enter(frame, inject)
        finally:
            self.depth -= 1
            self.globals, self.locals, self.frame = saved

    def call_function(self, fn: Function, args: list, kwargs: dict | None):
        code = fn.code
        if not kwargs and len(args) == code.n_params == code.n_pos:
            fast = args + [NULL] * (code.n_state - len(args))
        else:
            fast = bind(fn, args, kwargs)
        if fn.__closure__:
            base = code.n_params
            for i, cell in enumerate(fn.__closure__):
                fast[base + i] = cell
        for index in code.cells:
            if index >= len(fn.__closure__) + code.n_params or index < code.n_params:
                fast[index] = Cell(fast[index])
        frame = Frame(code, fast, fn.__globals__)
        if code.flags & image_format.CODE_GENERATOR:
            return Generator(self, frame, fn.__name__, fn.__qualname__)
        return self.run_frame(frame)

    def call(self, fn, args: list, kwargs: dict | None):
        if type(fn) is Function:
            return self.call_function(fn, args, kwargs)
        if kwargs:
            return fn(*args, **kwargs)
        return fn(*args)

    # --- primitives: constants and names ----------------------------------------------
    def load_const_int(self, text: str):
        return int(text)

    def load_const_dec(self, text: str):
        if text.endswith("j"):
            return complex(0, float(text[:-1]))
        return float(text)

    def load_const_str(self, text: str):
        return text

    def load_const_bytes(self, text: str):
        return text.encode("latin-1")

    def load_name(self, name: str):
        try:
            return self.locals[name]
        except KeyError:
            return self.load_global(name)

    def load_global(self, name: str):
        try:
            return self.globals[name]
        except KeyError:
            pass
        try:
            return self.builtins[name]
        except KeyError:
            raise NameError(f"name '{name}' is not defined", name=name) from None

    def store_name(self, name: str, value) -> None:
        self.locals[name] = value

    def store_global(self, name: str, value) -> None:
        self.globals[name] = value

    def delete_name(self, name: str) -> None:
        try:
            del self.locals[name]
        except KeyError:
            raise NameError(f"name '{name}' is not defined", name=name) from None

    def delete_global(self, name: str) -> None:
        try:
            del self.globals[name]
        except KeyError:
            raise NameError(f"name '{name}' is not defined", name=name) from None

    def unbound_local(self, name: str):
        return UnboundLocalError(f"cannot access local variable '{name}' where it is not associated with a value")

    def get_cell(self, cell):
        value = cell.contents
        if value is NULL:
            raise NameError("cannot access free variable where it is not associated with a value in enclosing scope")
        return value

    def set_cell(self, cell, value) -> None:
        cell.contents = value

    # --- attributes and items -----------------------------------------------------------
    load_attr = staticmethod(getattr)
    store_attr = staticmethod(setattr)
    delete_attr = staticmethod(delattr)

    def load_method(self, base, name: str):
        return getattr(base, name), NULL

    def store_subscr(self, base, index, value) -> None:
        base[index] = value

    def delete_subscr(self, base, index) -> None:
        del base[index]

    def load_build_class(self):
        return self.builtins["__build_class__"]

    # --- operators ----------------------------------------------------------------------
    is_true = staticmethod(operator.truth)

    def unary_op(self, op: int, value):
        return self.unary_ops[op](value)

    def binary_op(self, op: int, lhs, rhs):
        return self.binary_ops[op](lhs, rhs)

    # --- iteration and containers ----------------------------------------------------
    get_iter = staticmethod(iter)

    def iternext(self, it):
        return next(it, NULL)

    def build_tuple(self, n: int, items: list):
        return tuple(items)

    def build_list(self, n: int, items: list):
        return items

    def build_set(self, n: int, items: list):
        return set(items)

    def build_map(self, n: int):
        return {}

    def build_slice(self, n: int, items: list):
        return slice(*items)

    def list_append(self, lst, value) -> None:
        lst.append(value)

    def set_add(self, s, value) -> None:
        s.add(value)

    def store_map(self, m, key, value) -> None:
        m[key] = value

    def unpack_sequence(self, seq, n: int) -> list:
        if type(seq) is tuple or type(seq) is list:
            items = seq
        else:
            try:
                it = iter(seq)
            except TypeError:
                raise TypeError(f"cannot unpack non-iterable {type(seq).__name__} object") from None
            items = []
            for item in it:
                items.append(item)
                if len(items) > n:
                    raise ValueError(f"too many values to unpack (expected {n})")
        if len(items) != n:
            if len(items) > n:
                raise ValueError(f"too many values to unpack (expected {n})")
            raise ValueError(f"not enough values to unpack (expected {n}, got {len(items)})")
        return list(reversed(items))

    def unpack_ex(self, seq, before: int, after: int, n: int) -> list:
        try:
            items = list(seq)
        except TypeError:
            raise TypeError(f"cannot unpack non-iterable {type(seq).__name__} object") from None
        if len(items) < before + after:
            raise ValueError(f"not enough values to unpack (expected at least {before + after}, got {len(items)})")
        middle = items[before:len(items) - after]
        result = items[:before] + [middle] + items[len(items) - after:]
        return list(reversed(result))

    def format_value(self, value, conversion: int, spec: list, has_spec: int):
        if conversion == 1:
            value = str(value)
        elif conversion == 2:
            value = repr(value)
        elif conversion == 3:
            value = ascii(value)
        return format(value, spec[0] if has_spec else "")

    def dict_merge(self, m, other) -> None:
        for key in other.keys():
            if key in m:
                raise TypeError(f"got multiple values for keyword argument '{key}'")
            m[key] = other[key]

    def build_string(self, n: int, items: list):
        return "".join(items)

    # --- functions and calls -------------------------------------------------------------
    def _code(self, code_id: int) -> CodeInfo:
        return self.frame.code.unit.codes[code_id]

    def make_function(self, code_id: int, defargs):
        code = self._code(code_id)
        return Function(self, code, self.globals, () if defargs is NULL else defargs)

    def make_closure(self, code_id: int, cells, defargs):
        code = self._code(code_id)
        return Function(self, code, self.globals, () if defargs is NULL else defargs, None, cells)

    def make_function_kw(self, code_id: int, defargs, kwdefs, cells):
        code = self._code(code_id)
        return Function(self, code, self.globals, () if defargs is NULL else defargs,
                        None if kwdefs is NULL else kwdefs, () if cells is NULL else cells)

    def call_function_n_kw(self, fn, n_pos: int, n_kw: int, args: list):
        if n_kw:
            kwargs = keywords(args, n_pos, n_kw)
            del args[n_pos:]
        else:
            kwargs = None
        if type(fn) is Function:
            return self.call_function(fn, args, kwargs)
        if kwargs:
            return fn(*args, **kwargs)
        return fn(*args)

    def call_method_n_kw(self, meth, self_, n_pos: int, n_kw: int, args: list):
        if self_ is not NULL:
            args.insert(0, self_)
            n_pos += 1
        return self.call_function_n_kw(meth, n_pos, n_kw, args)

    def _star_args(self, fn, n_pos: int, n_kw: int, args: list, star, dstar):
        kwargs = keywords(args, n_pos, n_kw) if n_kw else {}
        positional = args[:n_pos]
        if star is not NULL:
            try:
                positional.extend(star)
            except TypeError:
                raise TypeError(f"{_callable_name(fn)} argument after * must be an iterable, "
                                f"not {type(star).__name__}") from None
        if dstar is not NULL:
            for key in dstar:
                if key in kwargs:
                    raise TypeError(f"{_callable_name(fn)} got multiple values for keyword argument '{key}'")
                kwargs[key] = dstar[key]
        return positional, kwargs

    def call_function_var_kw(self, fn, n_pos, n_kw, args, star, dstar):
        positional, kwargs = self._star_args(fn, n_pos, n_kw, args, star, dstar)
        return self.call(fn, positional, kwargs)

    def call_method_var_kw(self, meth, self_, n_pos, n_kw, args, star, dstar):
        if self_ is not NULL:
            args.insert(0, self_)
            n_pos += 1
        return self.call_function_var_kw(meth, n_pos, n_kw, args, star, dstar)

    # --- exceptions ----------------------------------------------------------------------
    def make_raise_obj(self, value):
        if isinstance(value, type) and issubclass(value, BaseException):
            return value()
        if isinstance(value, BaseException):
            return value
        raise TypeError("exceptions must derive from BaseException")

    def make_raise_obj_from(self, value, cause):
        exc = self.make_raise_obj(value)
        if cause is None:
            exc.__cause__ = None
        elif isinstance(cause, type) and issubclass(cause, BaseException):
            exc.__cause__ = cause()
        elif isinstance(cause, BaseException):
            exc.__cause__ = cause
        else:
            raise TypeError("exception causes must derive from BaseException")
        return exc

    def raise_(self, exc):
        raise exc

    def exception_type(self, exc):
        return type(exc)

    def add_traceback(self, exc, frame, offset: int) -> None:
        add_entry(exc, frame, offset)

    def unknown_opcode(self, number: int, offset: int):
        return SystemError(f"unknown opcode 0x{number:02x} at offset {offset}")

    # --- with and generators ---------------------------------------------------------
    def with_enter(self, ctx):
        cls = type(ctx)
        if not hasattr(cls, "__enter__"):
            raise TypeError(f"'{cls.__name__}' object does not support the context manager protocol")
        if not hasattr(cls, "__exit__"):
            raise TypeError(f"'{cls.__name__}' object does not support the context manager protocol "
                            "(missed __exit__ method)")
        exit_ = ctx.__exit__
        return exit_, ctx.__enter__()

    def yield_from(self, it, sent, exc):
        """One step of `yield from it`: (True, value) when it yields, (False, result) at its end."""
        if exc is not NULL:
            if isinstance(exc, GeneratorExit):
                close = getattr(it, "close", None)
                if close is not None:
                    close()
                raise exc
            throw = getattr(it, "throw", None)
            if throw is None:
                raise exc
            try:
                return True, throw(exc)
            except StopIteration as stop:
                return False, stop.value
        try:
            if sent is None:
                return True, next(it)
            return True, it.send(sent)
        except StopIteration as stop:
            return False, stop.value

    # --- imports -------------------------------------------------------------------------
    def import_name(self, name: str, fromlist, level):
        module = self.import_module(name)
        if fromlist is None or fromlist == ():
            top = name.split(".")[0]
            return self.modules.get(top, module)
        return module

    def import_module(self, name: str) -> types.ModuleType:
        if name in self.modules:
            return self.modules[name]
        builtin = vm_builtins.builtin_module(self, name)
        if builtin is not None:
            self.modules[name] = builtin
            return builtin
        if name in self.bundle:
            return self._load_bundled(name, self.bundle[name])
        for directory in self.path:
            for suffix in (".py", ".vmi"):
                candidate = directory / (name.replace(".", os.sep) + suffix)
                if candidate.is_file():
                    return self._load_module_file(name, candidate)
        raise ModuleNotFoundError(f"No module named '{name}'", name=name)

    def _load_module_file(self, name: str, path: Path) -> types.ModuleType:
        if path.suffix == ".py":
            img = self.compile(path.read_text(encoding="utf-8"), path.name)
            loaded = self.loaded(img, str(path))
        else:
            loaded = self.load_image(path.read_bytes(), str(path))
        return self._run_new_module(name, str(path), loaded)

    def _run_new_module(self, name: str, filename: str, loaded: LoadedImage) -> types.ModuleType:
        module = self.new_module(name, filename)
        self.modules[name] = module
        try:
            self.run_module(loaded, module.__dict__)
        except BaseException:
            self.modules.pop(name, None)
            raise
        return module

    def _load_bundled(self, name: str, img: image_format.Image) -> types.ModuleType:
        directory = self.path[0] if self.path else Path(".")
        path = directory / img.strings[img.codes[0].source_file]    # where its source was
        loaded = self.loaded(img, str(path))
        return self._run_new_module(name, str(path), loaded)

    def import_from(self, module, name: str):
        try:
            return getattr(module, name)
        except AttributeError:
            where = getattr(module, "__file__", None)
            suffix = f" ({where})" if where else " (unknown location)"
            raise ImportError(f"cannot import name '{name}' from '{module.__name__}'{suffix}",
                              name=module.__name__) from None

    def import_all(self, module) -> None:
        names = getattr(module, "__all__", None)
        if names is None:
            names = [n for n in vars(module) if not n.startswith("_")]
        for n in names:
            self.locals[n] = getattr(module, n)

    # --- programs ------------------------------------------------------------------------
    def main_module(self, filename: str) -> types.ModuleType:
        module = self.new_module("__main__", filename)
        self.modules["__main__"] = module
        return module

    def exec_code(self, code: CompiledCode, globals_: dict, locals_):
        loaded = self.loaded(code.image, code.co_filename)
        globals_.setdefault("__builtins__", self.builtins)
        return self.run_module(loaded, globals_, locals_)


def _callable_name(fn) -> str:
    name = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None) or type(fn).__name__
    return f"{name}()"


def _exception_match(exc_type, spec) -> bool:
    classes = spec if isinstance(spec, tuple) else (spec,)
    for c in classes:
        if not (isinstance(c, type) and issubclass(c, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
    return issubclass(exc_type, spec)


_BINARY = {
    "SUBSCR": operator.getitem, "OR": operator.or_, "XOR": operator.xor, "AND": operator.and_,
    "LSHIFT": operator.lshift, "RSHIFT": operator.rshift, "ADD": operator.add,
    "SUBTRACT": operator.sub, "MULTIPLY": operator.mul, "FLOOR_DIVIDE": operator.floordiv,
    "TRUE_DIVIDE": operator.truediv, "MODULO": operator.mod, "POWER": operator.pow,
    "INPLACE_OR": operator.ior, "INPLACE_XOR": operator.ixor, "INPLACE_AND": operator.iand,
    "INPLACE_LSHIFT": operator.ilshift, "INPLACE_RSHIFT": operator.irshift,
    "INPLACE_ADD": operator.iadd, "INPLACE_SUBTRACT": operator.isub,
    "INPLACE_MULTIPLY": operator.imul, "INPLACE_FLOOR_DIVIDE": operator.ifloordiv,
    "INPLACE_TRUE_DIVIDE": operator.itruediv, "INPLACE_MODULO": operator.imod,
    "INPLACE_POWER": operator.ipow,
    "LESS": operator.lt, "MORE": operator.gt, "EQUAL": operator.eq, "LESS_EQUAL": operator.le,
    "MORE_EQUAL": operator.ge, "NOT_EQUAL": operator.ne,
    "IN": lambda a, b: a in b, "NOT_IN": lambda a, b: a not in b,
    "IS": operator.is_, "IS_NOT": operator.is_not, "EXCEPTION_MATCH": _exception_match,
}

_UNARY = {"BOOL": bool, "LEN": len, "POSITIVE": operator.pos, "NEGATIVE": operator.neg,
          "INVERT": operator.invert, "NOT": operator.not_}
