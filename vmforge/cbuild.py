"""Build the C VM for the host: the generated loop (build/gen/c/vm.c) plus the hand-written
runtime (vmforge/runtime/c/*.c), compiled by gcc into build/c-host/<config>/vmforge-c.

Configs: release (-O2), debug (-O0 -g), asan (AddressSanitizer and UBSan), m32 (32-bit words,
when `gcc -m32` works here). A binary newer than every source is reused.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

RUNTIME = Path(__file__).resolve().parent / "runtime" / "c"
BASE_FLAGS = ["-std=c11", "-Wall", "-Wextra", "-Werror", "-Wno-unused-parameter"]
CONFIGS = {
    "release": ["-O2"],
    "debug": ["-O0", "-g"],
    "asan": ["-O1", "-g", "-fsanitize=address,undefined", "-fno-omit-frame-pointer",
             "-fno-sanitize-recover=undefined"],
    "m32": ["-O2", "-m32"],
}


class BuildError(Exception):
    """The C VM could not be built; the message says why in one line (or gcc's output)."""


def generated_dir() -> Path:
    # a checkout's own build/gen/c first: the runtime sources are this checkout's too
    own = Path(__file__).resolve().parent.parent / "build" / "gen" / "c"
    if (own / "vm.c").is_file():
        return own
    from .generated_vm import load
    return Path(load().__file__).resolve().parent / "c"


def output_dir() -> Path:
    root = Path(__file__).resolve().parent.parent
    base = root / "build" if (root / "build" / "gen").is_dir() else Path.cwd() / "build"
    return base / "c-host"


def binary_path(config: str = "release") -> Path:
    return output_dir() / config / "vmforge-c"


def m32_works() -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.c"
        probe.write_text("#include <setjmp.h>\n#include <stdio.h>\nint main(void) { return 0; }\n")
        result = subprocess.run(["gcc", "-m32", str(probe), "-o", str(Path(tmp) / "probe")],
                                capture_output=True)
        return result.returncode == 0


def sources() -> list[Path]:
    gen = generated_dir()
    return [gen / "vm.c", *sorted(RUNTIME.glob("*.c"))]


def _headers() -> list[Path]:
    # with the generated .c files other than vm.c: runtime files #include them (verify.c)
    gen = generated_dir()
    return [*gen.glob("*.h"), *(p for p in gen.glob("*.c") if p.name != "vm.c"), *RUNTIME.glob("*.h")]


def is_up_to_date(config: str = "release") -> bool:
    """True when the config's binary exists and is newer than every source."""
    target = binary_path(config)
    return target.exists() and target.stat().st_mtime >= max(p.stat().st_mtime for p in sources() + _headers())


def build(config: str = "release", *, extra_flags: list[str] | None = None, out: Path | None = None,
          force: bool = False, quiet: bool = False) -> Path:
    """Compile the C VM; return the binary's path."""
    if config not in CONFIGS:
        raise BuildError(f"unknown config {config!r} (one of {', '.join(CONFIGS)})")
    if shutil.which("gcc") is None:
        raise BuildError("gcc is not installed")
    if config == "m32" and not m32_works():
        raise BuildError("gcc -m32 cannot build here (no 32-bit libc; install gcc-multilib)")
    target = out or binary_path(config)
    srcs = sources()
    if not force and out is None and not extra_flags:
        if is_up_to_date(config):
            if not quiet:
                print(f"vmforge build c: {target} is up to date", file=sys.stderr)
            return target
    target.parent.mkdir(parents=True, exist_ok=True)
    flags = [*BASE_FLAGS, *CONFIGS[config], *(extra_flags or [])]
    if not quiet:
        print(f"vmforge build c: {config}: gcc {' '.join(CONFIGS[config])} on {len(srcs)} files",
              file=sys.stderr)
    cmd = ["gcc", *flags, f"-I{generated_dir()}", f"-I{RUNTIME}", *map(str, srcs), "-lm", "-o", str(target)]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError(f"gcc failed ({config}):\n{result.stderr}")
    if not quiet:
        print(f"vmforge build c: wrote {target} ({target.stat().st_size} bytes)", file=sys.stderr)
    return target
