"""The C backend seen from Python: programs are compiled to images here (the C VM has no
compiler) and run by the host binary build/c-host/release/vmforge-c, built on first use.

The binary is a separate process: its stdout and stderr are passed through (or captured and
written to sys.stdout/sys.stderr when those are not the process's own, as under pytest).
"""
from __future__ import annotations

import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from . import cbuild
from .image import ImageError, dump


class CVM:
    """The same interface as api.VM (compile, run_file, run_source, run_image) on the C VM."""

    backend = "c"

    def __init__(self, build=None, config: str = "release"):
        from .runtime.plain.vm import PlainVM
        self.build = build
        self.config = config
        self._compiler = PlainVM(build)          # the compiler and image checks only
        self.gen = self._compiler.gen
        # built when the VM is loaded (progress on stderr), not inside a program's run
        self.binary: Path = cbuild.build(self.config, quiet=cbuild.is_up_to_date(self.config))

    def compile(self, source: str, filename: str = "<string>") -> bytes:
        return dump(self._compiler.compile(source, filename))

    def compile_program(self, path) -> bytes:
        """A program file to image bytes, with the modules it imports from beside it and
        the sources its eval/exec/compile calls may see (the C VM has no compiler)."""
        from .compiler.program import compile_program
        return dump(compile_program(Path(path), self.gen))

    def run_source(self, source: str, filename: str = "<string>", argv=None) -> int:
        with tempfile.TemporaryDirectory(prefix="vmforge-c-") as tmp:
            path = Path(tmp) / (Path(filename).name if filename.endswith(".py") else "main.py")
            path.write_text(source, encoding="utf-8")
            data = self.compile_program(path)
        return self.run_image(data, filename, argv)

    def run_file(self, path, argv=None) -> int:
        path = Path(path)
        if path.suffix == ".vmi":
            return self.run_image(path.read_bytes(), str(path), argv)
        return self.run_image(self.compile_program(path), str(path), argv)

    def run_image(self, data: bytes, filename: str = "<image>", argv=None) -> int:
        self._compiler.load_image(data, filename)  # a bad image is an ImageError here, as on plain
        argv = list(argv) if argv is not None else [filename]
        with tempfile.TemporaryDirectory(prefix="vmforge-c-") as tmp:
            image = Path(tmp) / (Path(filename).stem + ".vmi")
            image.write_bytes(data)
            return self._exec([str(self.binary), str(image), *argv[1:]])

    def _exec(self, cmd: list[str]) -> int:
        if _is_process_stream(sys.stdout) and _is_process_stream(sys.stderr):
            sys.stdout.flush()
            sys.stderr.flush()
            try:
                status = subprocess.run(cmd).returncode
            except KeyboardInterrupt:
                print("\nKeyboardInterrupt", file=sys.stderr)
                return 130
        else:
            result = subprocess.run(cmd, capture_output=True)
            sys.stdout.write(result.stdout.decode("utf-8", "replace"))
            sys.stderr.write(result.stderr.decode("utf-8", "replace"))
            status = result.returncode
        if status < 0:                            # killed by a signal: a VM bug, never a program's
            name = signal.Signals(-status).name if -status in signal.Signals._value2member_map_ else -status
            print(f"vmforge: the C VM died of signal {name}", file=sys.stderr)
            return 1
        return status


def _is_process_stream(stream) -> bool:
    """True when stream writes to the process's own file descriptor (1 or 2)."""
    try:
        return stream.fileno() in (1, 2)
    except (AttributeError, OSError, ValueError):
        return False


__all__ = ["CVM", "ImageError"]
