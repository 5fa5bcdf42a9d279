"""Build firmware for a board: the generated loop (build/gen/c/vm.c), the C runtime
(vmforge/runtime/c/*.c without the host's main.c and port_unix.c) and the bare-metal sources
(vmforge/runtime/board/: startup, UART driver, semihosting, port), cross-compiled with the
board's gcc into build/boards/NAME/ with a linker script rendered from templates/board/."""
from __future__ import annotations

import hashlib
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
LIBC_FLAGS = {"newlib-nano": ["--specs=nano.specs"], "picolibc": ["--specs=picolibc.specs"]}
LINK_FLAGS = {"newlib-nano": ["-u", "_printf_float"], "picolibc": []}   # float formatting in printf


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


def board_sources(board: Board, gen_dir: Path | None = None) -> list[Path]:
    from ..cbuild import generated_dir
    startup = {"cortex-m": "startup_cortex_m.c", "riscv32": "startup_riscv32.S"}[board.family]
    return [(gen_dir or generated_dir()) / "vm.c",
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
          quiet: bool = False, gen_dir: Path | None = None, name: str | None = None) -> Firmware:
    """Compile firmware for board (with a frozen (name, image) when given); return it.

    Objects are cached in build/boards/.obj/ by source, flags and headers, so that boards,
    frozen images and variants that share the runtime's flags compile it once. gen_dir: a
    generated C loop other than the project's (an app-specific one, see strip.py); name: the
    firmware's file stem (default firmware, or frozen)."""
    from ..cbuild import generated_dir
    gen = gen_dir or generated_dir()
    missing = missing_tools(board)
    if missing:
        raise BoardBuildError(f"{board.name}: {', '.join(missing)} not installed "
                              "(run scripts/setup-boards.sh to install the toolchains and QEMU)")
    out = out_dir or output_root() / board.name
    out.mkdir(parents=True, exist_ok=True)
    ld = out / "link.ld"
    script = render_linker_script(board)
    if not ld.exists() or ld.read_text() != script:
        ld.write_text(script)
    srcs = board_sources(board, gen)
    elf = out / f"{name or ('firmware' if frozen is None else 'frozen')}.elf"
    port_flags = board.port_defines()
    if frozen is not None:
        name, data = frozen
        frozen_c = out / "frozen_image.c"
        text = render_frozen(board, name, data)
        if not frozen_c.exists() or frozen_c.read_text() != text:
            frozen_c.write_text(text)
        srcs.append(frozen_c)
        port_flags = [*port_flags, "-DVMFORGE_FROZEN=1"]
    common = [*CFLAGS, *board.cflags, *LIBC_FLAGS[board.libc], *board.runtime_defines(), *(extra_flags or []),
              f"-I{gen}", f"-I{RUNTIME_C}", f"-I{RUNTIME_BOARD}"]
    headers = [*RUNTIME_C.glob("*.h"), *RUNTIME_BOARD.glob("*.h"), *gen.glob("*.h")]
    header_key = max((p.stat().st_mtime_ns for p in headers), default=0)
    cache = output_root() / ".obj" / board.cc
    cache.mkdir(parents=True, exist_ok=True)
    objs, todo = [], []
    for src in srcs:
        flags = common + (port_flags if src.parent in (RUNTIME_BOARD, out) else [])
        st = src.stat()
        key = hashlib.sha256(repr((str(src), st.st_mtime_ns, st.st_size, header_key, flags)).encode())
        obj = cache / f"{src.stem}-{key.hexdigest()[:16]}.o"
        objs.append(obj)
        if force or not obj.exists():
            todo.append((src, flags, obj))
    link = [board.cc, *board.cflags, *map(str, objs), *LIBC_FLAGS[board.libc], *LINK_FLAGS[board.libc],
            "-nostartfiles",
            f"-T{ld}", "-Wl,--gc-sections", f"-Wl,-Map={out / (elf.stem + '.map')}", "-lm", "-o", str(elf)]
    stamp = out / (elf.stem + ".cmd")
    link_text = " ".join(link)
    if (not todo and elf.exists() and stamp.exists() and stamp.read_text() == link_text
            and elf.stat().st_mtime >= max(p.stat().st_mtime for p in [ld, board.path, *objs])):
        _say(quiet, f"{board.name}: {elf} is up to date")
        return Firmware(board, elf, *measure(board, elf), heap=board.heap)
    if todo:
        _say(quiet, f"{board.name}: compiling {len(todo)} of {len(srcs)} files with {board.cc} "
                    f"{' '.join(board.cflags)}")
    for src, flags, obj in todo:
        tmp = obj.with_suffix(".tmp.o")
        result = subprocess.run([board.cc, *flags, "-c", str(src), "-o", str(tmp)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise BoardBuildError(f"{board.name}: {board.cc} failed on {src.name}:\n{result.stderr.strip()}")
        tmp.replace(obj)
    result = subprocess.run(link, capture_output=True, text=True)
    if result.returncode != 0:
        raise BoardBuildError(f"{board.name}: linking failed:\n{result.stderr.strip()}")
    stamp.write_text(link_text)
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
