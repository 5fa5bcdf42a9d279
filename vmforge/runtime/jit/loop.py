"""The generated Numba loop of a build: import it, keep its disk cache fresh, warm it up.

Numba caches run()'s machine code in __pycache__ next to loop_jit.py (or NUMBA_CACHE_DIR).
Recent Numba versions key that cache on a hash of the source file, older ones on its
mtime and size only; to never run a loop compiled from an older spec, we also keep the
SHA-256 of loop_jit.py beside the cache and drop the loop's cache files when it differs.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import numpy as np

from ...generated_vm import submodule

COLD_MESSAGE = "vmforge: compiling the JIT loop (first run only) ..."
STACK_WORDS = 1 << 15       # the shared value stack (a deeper frame deopts with STACK_FULL)
FAST_WORDS = 1 << 15        # the locals of every loop frame
FRAME_ROWS = 1 << 11        # loop frames: past the recursion limit a call traps anyway
OBJ_ROWS = 1 << 10          # range iterators live at once in the loop (more: a trap)


def _cache_files(run):
    """(cache directory, index file) of the dispatcher's disk cache, or None if it has none."""
    cache = getattr(run, "_cache", None)
    path = getattr(cache, "_cache_path", None)
    index = getattr(getattr(cache, "_cache_file", None), "_index_path", None)
    return (Path(path), Path(index)) if path and index else None


def _ensure_fresh(module, run) -> bool:
    """Drop a stale cache; return whether the loop must be compiled (the cache is cold)."""
    files = _cache_files(run)
    if files is None:
        return True
    directory, index = files
    source = Path(module.__file__)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    marker = directory / f"{source.stem}.vmforge-sha256"
    try:
        fresh = marker.read_text() == digest
    except OSError:
        fresh = False
    if not fresh:
        for old in directory.glob(f"{source.stem}.*.nb[ic]"):
            old.unlink(missing_ok=True)
        try:
            marker.write_text(digest)
        except OSError:
            pass                        # a read-only cache dir: Numba does not save either
        return True
    try:
        return not run._cache._cache_file._load_index()   # {} when missing or stale
    except Exception:                   # Numba internals moved: judge by the file alone
        return not index.exists()


def load_loop(gen):
    """The loop module of generated package `gen`, with run() compiled (or loaded from cache)."""
    module = submodule(gen, "loop_jit")
    if getattr(module, "_vmforge_ready", False):
        return module
    if _ensure_fresh(module, module.run):
        print(COLD_MESSAGE, file=sys.stderr, flush=True)
    # One call with the argument types the VM always uses compiles or loads run().
    code = np.array([module.RETURN_VALUE], dtype=np.uint8)
    stack = np.zeros(STACK_WORDS, dtype=np.int64)
    stack[0] = module.NONE
    run_alone(module, code, 0, stack, 1, np.zeros(1, dtype=np.int64), 1)
    module._vmforge_ready = True
    return module


def empty_frames(loop, rows: int = 1):
    return np.zeros((rows, loop.N_FRAME_FIELDS), dtype=np.int64)


def run_alone(loop, code, ip, stack, sp, fast, fuel):
    """run() on one frame with no globals and nothing to call (warm-up and tests)."""
    return loop.run(code, ip, stack, sp, fast, 0, fuel, empty_frames(loop),
                    np.zeros((1, loop.N_CODE_FIELDS), dtype=np.int64),
                    np.full(1 << 16, loop.MISS, dtype=np.int64), np.full(1, -1, dtype=np.int64),
                    empty_objs(loop), 0)


def empty_objs(loop, rows: int = 1):
    return np.zeros((rows, 3), dtype=np.int64)
