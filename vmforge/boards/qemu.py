"""Run board firmware under QEMU: UART on stdout, semihosting for the image file (a path
relative to QEMU's working directory), stderr and the exit status, and a timeout, because
QEMU never notices a hung guest."""
from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .board import Board

HANG_STATUS = 1


@dataclass
class RunResult:
    status: int
    stdout: bytes
    stderr: bytes
    timed_out: bool = False
    instructions: int | None = None     # with icount: the guest's count (from its tick counter)


def qemu_command(board: Board, elf: Path, image: str | None = None, *, icount: bool = False,
                 program_args: list[str] | None = None, extra: list[str] | None = None) -> list[str]:
    semi = "enable=on,target=native"
    if image is not None:
        words = [elf.name, *(["--icount"] if icount else []), image, *(program_args or [])]
        for w in words:
            if "," in w or " " in w or not w:
                raise ValueError(f"argument {w!r} must be non-empty without ',' or ' ' "
                                 "(semihosting's command line)")
        semi += "".join(f",arg={w}" for w in words)
    cmd = [board.qemu_binary, "-M", board.qemu_machine, *board.qemu_args,
           "-display", "none", "-monitor", "none", "-serial", "stdio",
           "-semihosting-config", semi, "-kernel", str(elf)]
    if icount:
        cmd += ["-icount", "shift=0"]
    return cmd + list(extra or [])


def missing_qemu(board: Board) -> str | None:
    return None if shutil.which(board.qemu_binary) else board.qemu_binary


def run(board: Board, elf: Path, image: Path | None = None, *, timeout: float | None = None,
        icount: bool = False, program_args: list[str] | None = None, extra: list[str] | None = None,
        capture: bool = True) -> RunResult:
    """Run elf (reading image over semihosting, when given) and return its status and output.
    QEMU runs in the image's folder so that the path it reads is a plain file name."""
    cwd = image.resolve().parent if image is not None else Path.cwd()
    cmd = qemu_command(board, elf.resolve(), image.name if image is not None else None,
                       icount=icount, program_args=program_args, extra=extra)
    pipe = subprocess.PIPE if capture else None     # None: QEMU writes to our stdout/stderr
    proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=pipe, stderr=pipe)
    try:
        out, err = proc.communicate(timeout=timeout or board.timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        return RunResult(HANG_STATUS, out or b"", err or b"", timed_out=True)
    result = RunResult(proc.returncode, out or b"", err or b"")
    if icount:
        _take_ticks(board, result)
    return result


_TICKS = re.compile(rb"vmforge: guest ticks: (\d+)\n")


def _take_ticks(board: Board, result: RunResult) -> None:
    """Replace the firmware's tick line with the instruction count it stands for."""
    m = _TICKS.search(result.stderr)
    if m is None:
        return
    result.instructions = int(m.group(1)) * 1_000_000_000 // board.tick_hz
    step = max(1, 1_000_000_000 // board.tick_hz)
    line = f"vmforge: guest instructions: {result.instructions}" + (f" (+-{step})" if step > 1 else "")
    result.stderr = result.stderr[:m.start()] + line.encode() + b"\n" + result.stderr[m.end():]
