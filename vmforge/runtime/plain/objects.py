"""The plain backend's own objects: what Python's do not provide.

Values are host Python objects wherever Python has the type (int, str, list, dict, tuple,
classes, instances, exceptions). Functions, generators, cells and loaded code objects
are the VM's: calling one runs the VM's bytecode.
"""
from __future__ import annotations

from types import MethodType


class _Null:
    """No value: an unbound local, an empty cell, an absent optional argument."""
    __slots__ = ()

    def __repr__(self) -> str:
        return "<NULL>"

    def __bool__(self) -> bool:
        return False


NULL = _Null()


class Cell:
    __slots__ = ("contents",)

    def __init__(self, contents=NULL):
        self.contents = contents

    def __repr__(self) -> str:
        return f"<cell: {self.contents!r}>"


class CodeInfo:
    """A loaded code object: the image's code bytes decoded once for the dispatch loop."""
    __slots__ = ("unit", "index", "raw", "insns", "start", "name", "filename", "n_state",
                 "cells", "flags", "n_pos", "n_kwonly", "n_params", "local_names", "qualname", "doc")

    def __init__(self, unit, index: int, raw, insns, strings: list[str]):
        self.unit = unit                   # the LoadedImage it belongs to (for code ids)
        self.index = index
        self.raw = raw
        self.insns = insns
        self.start = raw.bytecode_start
        self.name = strings[raw.block_name]
        self.filename = strings[raw.source_file]
        self.n_state = raw.n_state
        self.cells = raw.cells
        self.flags = raw.flags
        self.n_pos = raw.n_pos_args
        self.n_kwonly = raw.n_kwonly_args
        self.n_params = raw.n_params
        self.local_names = [strings[i] for i in raw.local_names]
        self.qualname = strings[raw.qualname]
        self.doc = None if raw.doc is None else strings[raw.doc]

    def line_of(self, offset: int) -> int:
        return self.raw.line_of(offset)


class Frame:
    """One activation: the seed's state (locals, value stack, blocks) as Python lists."""
    __slots__ = ("code", "insns", "ip", "stack", "fast", "blocks", "in_except", "yielded",
                 "globals", "locals")

    def __init__(self, code: CodeInfo, fast: list, globals_: dict, locals_=None):
        self.code = code
        self.insns = code.insns
        self.ip = code.start
        self.stack: list = []
        self.fast = fast
        self.blocks: list = []
        self.in_except = False
        self.yielded = False
        self.globals = globals_
        self.locals = locals_


class Function:
    """A function (or closure) made by MAKE_FUNCTION / MAKE_CLOSURE: code plus context."""

    def __init__(self, vm, code: CodeInfo, globals_: dict, defaults=(), kwdefaults=None, closure=()):
        self.vm = vm
        self.code = code
        self.__globals__ = globals_
        self.__defaults__ = tuple(defaults) if defaults else ()
        self.__kwdefaults__ = dict(kwdefaults) if kwdefaults else {}
        self.__closure__ = tuple(closure) if closure else ()
        self.__name__ = code.name
        self.__qualname__ = code.qualname
        self.__module__ = globals_.get("__name__", "__main__")
        self.__doc__ = code.doc

    def __get__(self, instance, owner=None):
        return self if instance is None else MethodType(self, instance)

    def __call__(self, *args, **kwargs):
        return self.vm.call_function(self, list(args), kwargs)

    def __repr__(self) -> str:
        return f"<function {self.__qualname__} at {id(self):#x}>"


Function.__name__ = Function.__qualname__ = "function"
Function.__module__ = "builtins"


class Generator:
    """A generator: a suspended frame, resumed by next/send/throw/close."""

    def __init__(self, vm, frame: Frame, name: str, qualname: str):
        self.vm = vm
        self.frame = frame
        self.__name__ = name
        self.__qualname__ = qualname
        self.started = False
        self.running = False
        self.finished = False

    def __iter__(self):
        return self

    def __next__(self):
        return self.resume(None, NULL)

    def send(self, value):
        if not self.started and value is not None:
            raise TypeError("can't send non-None value to a just-started generator")
        return self.resume(value, NULL)

    def throw(self, typ, value=None, traceback=None):
        if isinstance(typ, BaseException):
            exc = typ
        elif isinstance(typ, type) and issubclass(typ, BaseException):
            exc = typ() if value is None else (value if isinstance(value, typ) else typ(value))
        else:
            raise TypeError("exceptions must be classes or instances deriving from BaseException, "
                            f"not {type(typ).__name__}")
        return self.resume(None, exc)

    def close(self):
        if self.finished or not self.started:
            self.finished = True
            return None
        try:
            self.resume(None, GeneratorExit())
        except (GeneratorExit, StopIteration):
            return None
        raise RuntimeError("generator ignored GeneratorExit")

    def resume(self, sent, inject):
        if self.finished:
            if inject is not NULL:
                raise inject
            raise StopIteration
        if self.running:
            raise ValueError("generator already executing")
        frame = self.frame
        if self.started:
            frame.stack[-1] = sent          # the sent value replaces the yielded one
        elif inject is not NULL:
            self.finished = True            # thrown in before it ran: it never runs
            raise inject
        self.started = True
        frame.yielded = False
        self.running = True
        try:
            result = self.vm.run_frame(frame, inject)
        except StopIteration as exc:
            self.finished = True
            raise RuntimeError("generator raised StopIteration") from exc
        except BaseException:
            self.finished = True
            raise
        finally:
            self.running = False
        if frame.yielded:
            return result
        self.finished = True
        if result is None:
            raise StopIteration
        raise StopIteration(result)

    def __repr__(self) -> str:
        return f"<generator object {self.__qualname__} at {id(self):#x}>"


Generator.__name__ = Generator.__qualname__ = "generator"
Generator.__module__ = "builtins"


class CompiledCode:
    """What the VM's compile() returns: an image for exec/eval to run."""

    def __init__(self, image, filename: str, mode: str):
        self.image = image
        self.co_filename = filename
        self.mode = mode

    def __repr__(self) -> str:
        return f"<code object <module> at {id(self):#x}, file \"{self.co_filename}\">"
