"""Running a program on a VM the way `python prog.py` does: exit statuses, uncaught
exceptions printed as CPython prints them, deep recursion kept off the host's C stack."""
from __future__ import annotations

import sys
import threading

from .runtime.plain.tracebacks import format_exception

# VM calls nest host calls; a worker thread with a large stack keeps deep (but limited)
# VM recursion from overflowing the host's C stack.
_STACK_BYTES = 512 * 1024 * 1024
_HOST_RECURSION = 60000


def exit_status(exc: SystemExit) -> int:
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF if code >= 0 else code % 256
    print(code, file=sys.stderr)
    return 1


def run_guarded(body) -> int:
    """Run body() -> status, mapping SystemExit and uncaught exceptions to a status."""
    try:
        return body()
    except SystemExit as exc:
        return exit_status(exc)
    except KeyboardInterrupt:
        sys.stdout.flush()
        print("\nKeyboardInterrupt", file=sys.stderr)
        return 130
    except BaseException as exc:               # an exception the program did not catch
        sys.stdout.flush()
        sys.stderr.write(format_exception(exc))
        return 1


def in_big_stack(body) -> int:
    """Run body() in a thread with a large stack; Ctrl-C still stops it."""
    result: list[int] = [1]
    error: list[BaseException] = []

    def target():
        try:
            result[0] = body()
        except BaseException as exc:            # reported by the caller's thread
            error.append(exc)

    old_limit = sys.getrecursionlimit()
    old_size = threading.stack_size()
    sys.setrecursionlimit(max(old_limit, _HOST_RECURSION))
    threading.stack_size(_STACK_BYTES)
    try:
        worker = threading.Thread(target=target, name="vmforge-program", daemon=True)
        worker.start()
    finally:
        threading.stack_size(old_size)
    try:
        while worker.is_alive():
            worker.join(0.2)
    except KeyboardInterrupt:
        sys.stdout.flush()
        print("\nKeyboardInterrupt", file=sys.stderr)
        return 130
    finally:
        sys.setrecursionlimit(old_limit)
    if error:
        raise error[0]
    return result[0]
