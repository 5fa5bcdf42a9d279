"""Read and check a board file (boards/NAME.toml): every error names the file and the key."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

FAMILIES = ("cortex-m", "riscv32")
UART_KINDS = ("cmsdk", "nrf51", "ns16550")
LIBCS = ("newlib-nano", "picolibc")
# Feature flags: each becomes -DVMFORGE_FEATURE_<NAME>=0/1. The runtime cannot drop any of
# these parts yet: the flags are recorded and passed, and a board that turns one off says so.
FEATURES = ("float", "bigint", "generators", "classes", "exceptions_traceback")


class BoardError(Exception):
    """A board file is missing or invalid; the message names the file and the key."""


@dataclass(frozen=True)
class Region:
    origin: int
    length: int


@dataclass(frozen=True)
class Board:
    path: Path
    name: str
    description: str
    family: str
    cc: str
    cflags: list[str]
    extra_defines: list[str]
    libc: str
    irqs: int
    flash: Region
    ram: Region
    heap: int
    stack: int
    libc_heap: int
    recursion_limit: int
    uart_kind: str
    uart_base: int
    qemu_binary: str
    qemu_machine: str
    qemu_args: list[str]
    timeout: float
    tick_hz: int
    features: dict[str, bool] = field(default_factory=dict)

    def defines(self) -> list[str]:
        """The -D flags of the board sources: the runtime's and the board's own."""
        return self.runtime_defines() + self.port_defines()

    def runtime_defines(self) -> list[str]:
        """The -D flags the runtime and the generated loop see (features, table sizes)."""
        out = [f"-D{d}" for d in self.extra_defines]
        return out + [f"-DVMFORGE_FEATURE_{k.upper()}={int(v)}" for k, v in sorted(self.features.items())]

    def port_defines(self) -> list[str]:
        """The -D flags only the bare-metal sources (vmforge/runtime/board/) see."""
        return [f"-DVMFORGE_BOARD_{re.sub(r'[^A-Za-z0-9]', '_', self.name).upper()}=1",
                f"-DVMFORGE_HEAP_SIZE={self.heap}", f"-DVMFORGE_LIBC_HEAP={self.libc_heap}",
                f"-DVMFORGE_RECURSION_LIMIT={self.recursion_limit}",
                f"-DVMFORGE_UART_BASE=0x{self.uart_base:08x}u", f"-DVMFORGE_IRQ_COUNT={self.irqs}"]


def board_dir() -> Path:
    """The project's boards/ folder (next to the vmforge package, or inside it when installed)."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent.parent / "boards", here / "files"):
        if candidate.is_dir():
            return candidate
    return here.parent.parent / "boards"


def list_boards() -> list[Path]:
    return sorted(board_dir().glob("*.toml"))


def load_board(name_or_path: str | Path) -> Board:
    p = Path(name_or_path)
    if p.suffix != ".toml":
        p = board_dir() / f"{name_or_path}.toml"
        if not p.is_file():
            known = ", ".join(b.stem for b in list_boards()) or "none"
            raise BoardError(f"unknown board {str(name_or_path)!r} (boards: {known})")
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BoardError(f"{p}: cannot read: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise BoardError(f"{p}: not valid TOML: {exc}") from None
    return _Reader(p, data).board()


_SIZE = re.compile(r"^(\d+)\s*([KkMm]?)$")


class _Reader:
    def __init__(self, path: Path, data: dict):
        self.path, self.data = path, data

    def fail(self, key: str, message: str):
        raise BoardError(f"{self.path}: {key}: {message}")

    def get(self, key: str, kind, default=...):
        node = self.data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                if default is ...:
                    self.fail(key, "missing")
                return default
            node = node[part]
        if kind is not None and not isinstance(node, kind) or isinstance(node, bool) and kind is not bool:
            self.fail(key, f"expected {getattr(kind, '__name__', kind)}, got {type(node).__name__} {node!r}")
        return node

    def size(self, key: str, default=...) -> int:
        v = self.get(key, (int, str), default)
        if isinstance(v, int):
            n = v
        else:
            m = _SIZE.match(v.strip())
            if not m:
                self.fail(key, f"expected a size like 4096, \"16K\" or \"4M\", got {v!r}")
            n = int(m.group(1)) * {"": 1, "k": 1024, "m": 1 << 20}[m.group(2).lower()]
        if n < 0:
            self.fail(key, "must not be negative")
        return n

    def choice(self, key: str, choices: tuple[str, ...]) -> str:
        v = self.get(key, str)
        if v not in choices:
            self.fail(key, f"{v!r} is not one of {', '.join(choices)}")
        return v

    def region(self, key: str) -> Region:
        self.get(key, dict)
        self.check_keys(key, {"origin", "length"})
        return Region(self.get(f"{key}.origin", int), self.size(f"{key}.length"))

    def check_keys(self, key: str, allowed: set[str]):
        node = self.get(key, dict) if key else self.data
        for k in node:
            if k not in allowed:
                self.fail(f"{key}.{k}" if key else k, f"unknown key (known: {', '.join(sorted(allowed))})")

    def str_list(self, key: str) -> list[str]:
        v = self.get(key, list, [])
        if not all(isinstance(x, str) for x in v):
            self.fail(key, "expected a list of strings")
        return list(v)

    def board(self) -> Board:
        self.check_keys("", {"name", "description", "cpu", "memory", "uart", "qemu", "features"})
        self.check_keys("cpu", {"family", "cc", "flags", "libc", "irqs", "defines"})
        self.check_keys("memory", {"flash", "ram", "heap", "stack", "libc_heap", "recursion_limit"})
        self.check_keys("uart", {"kind", "base"})
        self.check_keys("qemu", {"binary", "machine", "args", "timeout", "tick_hz"})
        features = self.get("features", dict, {})
        for k, v in features.items():
            if k not in FEATURES:
                self.fail(f"features.{k}", f"unknown feature (known: {', '.join(FEATURES)})")
            if not isinstance(v, bool):
                self.fail(f"features.{k}", f"expected true or false, got {v!r}")
        name = self.get("name", str)
        if name != self.path.stem:
            self.fail("name", f"{name!r} must match the file name {self.path.stem!r}")
        flash, ram = self.region("memory.flash"), self.region("memory.ram")
        heap, stack = self.size("memory.heap"), self.size("memory.stack")
        if heap < 2048:
            self.fail("memory.heap", f"{heap} bytes is too small for the VM (at least 2K)")
        if heap + stack > ram.length:
            self.fail("memory.heap", f"heap {heap} + stack {stack} bytes exceed memory.ram.length {ram.length}")
        timeout = self.get("qemu.timeout", (int, float), 20)
        if timeout <= 0:
            self.fail("qemu.timeout", "must be positive")
        return Board(
            path=self.path, name=name, description=self.get("description", str, name),
            family=self.choice("cpu.family", FAMILIES), cc=self.get("cpu.cc", str),
            cflags=self.str_list("cpu.flags"), extra_defines=self.str_list("cpu.defines"), libc=self.choice("cpu.libc", LIBCS),
            irqs=self.get("cpu.irqs", int, 0), flash=flash, ram=ram, heap=heap, stack=stack,
            libc_heap=self.size("memory.libc_heap", 4096),
            recursion_limit=self.get("memory.recursion_limit", int, 1000),
            uart_kind=self.choice("uart.kind", UART_KINDS), uart_base=self.get("uart.base", int),
            qemu_binary=self.get("qemu.binary", str), qemu_machine=self.get("qemu.machine", str),
            qemu_args=self.str_list("qemu.args"), timeout=float(timeout),
            tick_hz=self.get("qemu.tick_hz", int, 1_000_000_000),
            features={k: features.get(k, True) for k in FEATURES})
