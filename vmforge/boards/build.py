"""Build firmware for a board: the generated loop (build/gen/c/vm.c), the C runtime
(vmforge/runtime/c/*.c without the host's main.c and port_unix.c) and the bare-metal sources
(vmforge/runtime/board/: startup, UART driver, semihosting, port), cross-compiled with the
board's gcc into build/boards/NAME/ with a linker script rendered from templates/board/."""
from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .board import Board

PACKAGE = Path(__file__).resolve().parent.parent
RUNTIME_C = PACKAGE / "runtime" / "c"
RUNTIME_BOARD = PACKAGE / "runtime" / "board"
HOST_ONLY = {"main.c", "port_unix.c"}
CFLAGS = ["-std=gnu11", "-Os", "-g", "-Wall", "-Wextra", "-Wno-unused-parameter",
          "-ffunction-sections", "-fdata-sections", "-fno-common"]
LIBC_FLAGS = {"newlib-nano": ["--specs=nano.specs", "-u", "_printf_float"],
              "picolibc": ["--specs=picolibc.specs"]}


class BoardBuildError(Exception):
    """Firmware could not be built; the message says why (the compiler's output included)."""


@dataclass
class Firmware:
    board: Board
    elf: Path
    text: int
    data: int
    bss: int
    heap: int

    def size_report(self) -> str:
        return (f"{self.board.name}: text {self.text}  data {self.data}  bss {self.bss}  "
                f"heap {self.heap}  ({self.elf})")


def templates_dir() -> Path:
    for candidate in (PACKAGE.parent / "templates" / "board", PACKAGE / "templates" / "board"):
        if candidate.is_dir():
            return candidate
    raise BoardBuildError("templates/board/ not found")


def _env():
    import jinja2
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates_dir())),
                              trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                              undefined=jinja2.StrictUndefined)


def render_linker_script(board: Board) -> str:
    return _env().get_template("link.ld.j2").render(board=board)


def render_frozen(board: Board, name: str, data: bytes) -> str:
    return _env().get_template("frozen.c.j2").render(board=board, name=name, data=data)


def output_root() -> Path:
    root = PACKAGE.parent
    base = root / "build" if (root / "build" / "gen").is_dir() else Path.cwd() / "build"
    return base / "boards"


def board_sources(board: Board) -> list[Path]:
    from ..cbuild import generated_dir
    startup = {"cortex-m": "startup_cortex_m.c", "riscv32": "startup_riscv32.S"}[board.family]
    return [generated_dir() / "vm.c",
            *(p for p in sorted(RUNTIME_C.glob("*.c")) if p.name not in HOST_ONLY),
            RUNTIME_BOARD / startup, RUNTIME_BOARD / f"uart_{board.uart_kind}.c",
            RUNTIME_BOARD / "semihost.c", RUNTIME_BOARD / "port_board.c",
            *([RUNTIME_BOARD / "syscalls_newlib.c"] if board.libc == "newlib-nano" else [])]


def missing_tools(board: Board) -> list[str]:
    return [t for t in (board.cc, board.cc.replace("gcc", "size")) if shutil.which(t) is None]


def _say(quiet: bool, message: str) -> None:
    if not quiet:
        print(f"vmforge board: {message}", file=sys.stderr)


def build(board: Board, *, frozen: tuple[str, bytes] | None = None, out_dir: Path | None = None,
          extra_flags: list[str] | None = None, force: bool = False,
          quiet: bool = False) -> Firmware:
    """Compile firmware for board (with a frozen (name, image) when given); return it."""
    from ..cbuild import generated_dir
    missing = missing_tools(board)
    if missing:
        raise BoardBuildError(f"{board.name}: {', '.join(missing)} not installed "
                              "(run scripts/setup-boards.sh to install the toolchains and QEMU)")
    out = out_dir or output_root() / board.name
    out.mkdir(parents=True, exist_ok=True)
    ld = out / "link.ld"
    ld.write_text(render_linker_script(board))
    srcs = board_sources(board)
    flags = [*CFLAGS, *board.cflags, *board.defines(), *(extra_flags or [])]
    elf = out / ("firmware.elf" if frozen is None else "frozen.elf")
    if frozen is not None:
        name, data = frozen
        frozen_c = out / "frozen_image.c"
        frozen_c.write_text(render_frozen(board, name, data))
        srcs.append(frozen_c)
        flags.append("-DVMFORGE_FROZEN=1")
    cmd = [board.cc, *flags, f"-I{generated_dir()}", f"-I{RUNTIME_C}", f"-I{RUNTIME_BOARD}",
           *map(str, srcs), *LIBC_FLAGS[board.libc], "-nostartfiles", f"-T{ld}",
           "-Wl,--gc-sections", f"-Wl,-Map={out / (elf.stem + '.map')}", "-lm", "-o", str(elf)]
    inputs = [*srcs, *RUNTIME_C.glob("*.h"), *RUNTIME_BOARD.glob("*.h"),
              *generated_dir().glob("*.h"), board.path, *templates_dir().glob("*.j2")]
    stamp = out / (elf.stem + ".cmd")
    cmd_text = " ".join(cmd)
    if (not force and elf.exists() and stamp.exists() and stamp.read_text() == cmd_text
            and elf.stat().st_mtime >= max(p.stat().st_mtime for p in inputs)):
        _say(quiet, f"{board.name}: {elf} is up to date")
        return Firmware(board, elf, *measure(board, elf), heap=board.heap)
    _say(quiet, f"{board.name}: compiling {len(srcs)} files with {board.cc} {' '.join(board.cflags)}")
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise BoardBuildError(f"{board.name}: {board.cc} failed:\n{result.stderr.strip()}")
    stamp.write_text(cmd_text)
    fw = Firmware(board, elf, *measure(board, elf), heap=board.heap)
    _say(quiet, f"{board.name}: wrote {elf}")
    return fw


def measure(board: Board, elf: Path) -> tuple[int, int, int]:
    """text, data, bss as `size` reports them, the GC arena (.noinit) left out of bss."""
    size = board.cc.replace("gcc", "size")
    result = subprocess.run([size, "-A", str(elf)], capture_output=True, text=True, check=True)
    sections = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].startswith(".") and parts[1].isdigit():
            sections[parts[0]] = int(parts[1])
    text = sum(sections.get(s, 0) for s in (".text", ".ARM.exidx"))
    data = sum(sections.get(s, 0) for s in (".data", ".tdata"))
    bss = sum(sections.get(s, 0) for s in (".tbss_space", ".bss"))
    return text, data, bss
