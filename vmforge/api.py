"""The public API: pick a backend, compile and run programs.

    vm = vmforge.load(backend="plain")     # or "jit", "c", "auto"; VMFORGE_BACKEND sets the default
    status = vm.run_file("prog.py")
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from .compiler import CompileError
from .image import Image, ImageError, dump
from .runner import in_big_stack, run_guarded

BACKENDS = ("plain", "jit", "c", "auto")


class BackendUnavailable(RuntimeError):
    """The backend asked for is not built (yet) or cannot run here."""


class VM:
    """A loaded VM: compile Python source for it and run programs on it."""

    def __init__(self, backend: str, build=None, count_opcodes: bool = False, max_steps: int | None = None):
        if backend == "jit":
            from .runtime.jit import JitVM as runtime
        else:
            from .runtime.plain.vm import PlainVM as runtime
        self.backend = backend
        self.build = build
        # the jit runtime is plain's with function frames run by the compiled loop
        self._plain = runtime(build, count_opcodes=count_opcodes, max_steps=max_steps)
        self.gen = self._plain.gen

    @property
    def opcode_counts(self) -> dict[str, int]:
        """Executions per opcode name, when loaded with count_opcodes=True (plain debug mode)."""
        counts = self._plain.counts or {}
        names = {n: info.name for n, info in self.gen.opcodes.OPCODES.items()}
        return {names[n]: c for n, c in counts.items()}

    def compile(self, source: str, filename: str = "<string>") -> bytes:
        """Source to image bytes (raises CompileError)."""
        return dump(self._plain.compile(source, filename))

    def compile_image(self, source: str, filename: str = "<string>") -> Image:
        return self._plain.compile(source, filename)

    def run_source(self, source: str, filename: str = "<string>", argv=None) -> int:
        img = self._plain.compile(source, filename)
        return self._run(lambda: self._plain.loaded(img, filename), filename, argv)

    def run_file(self, path, argv=None) -> int:
        path = Path(path)
        if path.suffix == ".vmi":
            return self.run_image(path.read_bytes(), str(path), argv)
        source = path.read_text(encoding="utf-8")
        img = self._plain.compile(source, path.name)
        return self._run(lambda: self._plain.loaded(img, str(path)), str(path), argv)

    def run_image(self, data: bytes, filename: str = "<image>", argv=None) -> int:
        loaded = self._plain.load_image(data, filename)        # raises ImageError first
        return self._run(lambda: loaded, filename, argv)

    def _run(self, load, filename: str, argv) -> int:
        vm = self._plain
        path = Path(filename)
        vm.argv = list(argv) if argv is not None else [filename]
        vm.path = [path.parent if str(path.parent) else Path(".")]

        def body() -> int:
            loaded = load()
            module = vm.main_module(path.name if path.suffix else filename)
            vm.run_module(loaded, module.__dict__)
            return 0

        return in_big_stack(lambda: run_guarded(body))


JIT_NEEDS_NUMBA = "the jit backend needs Numba: pip install 'vmforge[jit]'"


def _numba_missing() -> str | None:
    """Why the jit backend cannot run here, or None when Numba (and numpy) import."""
    try:
        import numba  # noqa: F401
        import numpy  # noqa: F401
    except ImportError as exc:
        return f"Numba cannot be imported: {exc}"
    return None


def resolve_backend(backend: str | None, verbose: bool = False) -> str:
    choice = backend or os.environ.get("VMFORGE_BACKEND") or "plain"
    if choice not in BACKENDS:
        raise BackendUnavailable(f"unknown backend {choice!r} (choose from {', '.join(BACKENDS)})")
    if choice == "auto":
        missing = _numba_missing()
        chosen, why = ("plain", missing) if missing else ("jit", "Numba imports")
        if verbose:
            print(f"vmforge: backend auto -> {chosen} ({why})", file=sys.stderr)
        return chosen
    if choice == "jit" and _numba_missing():
        raise BackendUnavailable(JIT_NEEDS_NUMBA)
    if choice == "c" and shutil.which("gcc") is None:
        raise BackendUnavailable("the c backend needs gcc to build the C VM")
    return choice


def load(backend: str | None = None, build=None, verbose: bool = False) -> VM:
    """A VM for `backend` (default: $VMFORGE_BACKEND or plain) generated in `build`."""
    choice = resolve_backend(backend, verbose)
    if choice == "c":
        from .cbackend import CVM
        from .cbuild import BuildError
        try:
            return CVM(build)
        except BuildError as exc:
            raise BackendUnavailable(f"the c backend could not be built: {exc}") from None
    return VM(choice, build)


__all__ = ["load", "VM", "CompileError", "ImageError", "BackendUnavailable"]
