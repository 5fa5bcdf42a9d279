"""The jit backend: plain's runtime with function frames run by the Numba-compiled loop.

tests/test_corpus.py runs the corpus on jit as it is chosen (the policy decides which
frames enter the loop). Here: the corpus again with every function activation forced
into the loop (so every trap deoptimises somewhere new), random integer programs plain
vs jit across the small-int boundary, the loop cache following a regenerated spec, the
fallback to plain without Numba, and Ctrl-C in an endless compiled loop. In-process runs
share the default build's cached loop: only the cache test compiles cold, in its own dir.
"""
from __future__ import annotations

import contextlib
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("numpy", reason="the jit backend needs numpy")
pytest.importorskip("numba", reason="the jit backend needs Numba (pip install vmforge[jit])")

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

import vmforge  # noqa: E402
from conftest import ROOT  # noqa: E402
from test_corpus import PROGRAMS, expected  # noqa: E402
from regen import normalise_stderr  # noqa: E402
from vmforge.api import VM  # noqa: E402
from vmforge.runtime.jit import JitVM  # noqa: E402
from vmforge.runtime.jit.loop import COLD_MESSAGE  # noqa: E402

SMALL_MIN, SMALL_MAX = -(1 << 62), (1 << 62) - 1


def jit_vm(eager: bool = False) -> VM:
    vm = vmforge.load("jit")
    if eager:
        vm._plain = JitVM(None, eager=True)
    return vm


def run_source(vm: VM, source: str) -> tuple[str, int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = vm.run_source(source, "prog.py", ["prog.py"])
    return out.getvalue(), status, err.getvalue()


def test_load_gives_the_jit_vm():
    vm = vmforge.load("jit")
    assert vm.backend == "jit" and isinstance(vm._plain, JitVM)


def test_hot_loop_runs_in_the_loop_and_returns():
    vm = jit_vm()
    out, status, _ = run_source(vm, "def f(n):\n    t = 0\n    i = 0\n    while i < n:\n"
                                    "        t = t + i * i\n        i = i + 1\n    return t\n"
                                    "print(f(1000), f(10**6))\n")
    assert (out, status) == (f"{sum(i * i for i in range(1000))} {sum(i * i for i in range(10**6))}\n", 0)
    [stats] = vm._plain.jit_stats()
    assert stats["returns"] == 2 and stats["deopts"] == 0


def test_deopt_keeps_the_traceback_line():
    source = ("def f(n, d):\n    i = 0\n    while i < n:\n        i = i + 1\n"
              "    return i // d\nprint(f(50, 0))\n")
    plain = run_source(vmforge.load("plain"), source)
    vm = jit_vm()
    assert run_source(vm, source) == plain
    assert "line 5, in f" in plain[2] and plain[1] == 1
    [stats] = vm._plain.jit_stats()
    assert stats["deopts"] == 1 and stats["traps"] == {"BINARY_OP_FAST_FAST": 1}


def test_trap_heavy_code_goes_back_to_plain():
    # the loop condition traps on a float at once: after a few calls the code stays plain
    vm = jit_vm()
    out, status, _ = run_source(vm, "def f(x):\n    i = 0\n    while i < x:\n        i = i + 1\n"
                                    "    return i\nfor k in range(30):\n    f(2.5)\nprint(f(3))\n")
    assert (out, status) == ("3\n", 0)
    [stats] = vm._plain.jit_stats()
    assert not stats["active"] and stats["calls"] == 8


def test_a_call_while_the_loop_is_busy_runs_on_plain():
    # (only a finalizer run by the garbage collector mid-conversion could do that)
    vm = jit_vm()
    vm._plain.busy = True
    out, status, _ = run_source(vm, "def f(n):\n    i = 0\n    while i < n:\n        i = i + 1\n"
                                    "    return i\nprint(f(100))\n")
    assert (out, status) == ("100\n", 0)
    assert [s["calls"] for s in vm._plain.jit_stats()] == [0]


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_corpus_with_every_function_in_the_loop(program):
    """Every function activation enters the loop and deoptimises at its first trap."""
    want_out, want_status, want_err = expected(program)
    vm = jit_vm(eager=True)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = vm.run_file(program, [program.name])
    assert out.getvalue() == want_out
    assert status == want_status
    assert normalise_stderr(err.getvalue()) == want_err


def test_ctrl_c_stops_an_endless_compiled_loop(tmp_path):
    # run() returns PAUSE every FUEL jumps, so the host sees the signal between calls
    program = tmp_path / "forever.py"
    program.write_text("def f():\n    i = 0\n    while True:\n        i = i + 1\nprint('started')\nf()\n")
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "vmforge", "run", "--backend", "jit", str(program)], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline() == "started\n"
        time.sleep(0.3)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130 and "KeyboardInterrupt" in err


# --- random integer programs, plain vs jit -------------------------------------------------

BOUNDARY = [SMALL_MAX, SMALL_MIN, SMALL_MAX + 1, SMALL_MIN - 1, SMALL_MAX // 2, (1 << 63) - 1,
            -(1 << 63), 1 << 31, -(1 << 31), 3037000499, 2147483647, (1 << 61) + 7]
ARGS = st.one_of(st.integers(-20, 20), st.sampled_from(BOUNDARY), st.integers(-(1 << 64), 1 << 64),
                 st.booleans())
OPS = ["+", "-", "*", "//", "%", "&", "|", "^", "<<", ">>", "<", "<=", "==", "!=", ">", ">="]
NAMES = ["a", "b", "c", "t", "i"]


@st.composite
def expressions(draw, depth=2):
    if depth == 0 or draw(st.booleans()):
        if draw(st.integers(0, 3)) == 0:
            return str(draw(st.one_of(st.integers(-70, 70), st.sampled_from(BOUNDARY))))
        return draw(st.sampled_from(NAMES))
    op = draw(st.sampled_from(OPS))
    left = draw(expressions(depth - 1))
    right = draw(expressions(depth - 1))
    if op in ("<<", ">>"):
        right = f"({right}) % 64"        # bounded shifts: no huge ints, no negative counts
    return f"({left} {op} {right})"


@st.composite
def programs(draw):
    """A function with straight-line code, a while loop (maybe with an if), and calls."""
    def assignments(n, modulus=None):
        out = []
        for _ in range(n):
            expr = draw(expressions())
            if modulus:                 # a long loop keeps its values bounded, not small
                expr = f"({expr}) % {modulus}"
            out.append(f"{draw(st.sampled_from(['a', 'b', 'c', 't']))} = {expr}")
        return out

    # short loops return before the policy's probe ends; long ones (bounded by a modulus,
    # which may be past the small-int range) run past it and resume after PAUSE
    long_loop = draw(st.booleans())
    modulus = draw(st.sampled_from([7, 1000003, 1 << 40, SMALL_MAX, 1 << 64])) if long_loop else None
    body = ["t = 0", "i = 0", *assignments(draw(st.integers(0, 2)))]
    body.append(f"while i < {draw(st.integers(20, 60) if long_loop else st.integers(0, 8))}:")
    body += ["    " + s for s in assignments(draw(st.integers(1, 3)), modulus)]
    if draw(st.booleans()):
        body.append(f"    if {draw(expressions())}:")
        body += ["        " + s for s in assignments(1, modulus)]
    body.append("    i = i + 1")
    body.append(f"return {draw(expressions())}")
    lines = ["def f(a, b, c):"] + ["    " + s for s in body]
    for args in draw(st.lists(st.tuples(ARGS, ARGS, ARGS), min_size=1, max_size=4)):
        lines.append("try:")
        lines.append(f"    print(f{args!r})")
        lines.append("except ZeroDivisionError as exc:")
        lines.append("    print('ZeroDivisionError', exc)")
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programs())
def test_random_integer_programs_match_plain(source):
    want = run_source(vmforge.load("plain"), source)
    assert run_source(jit_vm(eager=True), source) == want, source
    assert run_source(jit_vm(), source) == want, source


@pytest.mark.parametrize("start, step", [(SMALL_MAX - 5, 1), (SMALL_MIN + 5, -1), (1 << 40, 1 << 21)])
def test_crossing_the_small_int_boundary_in_a_loop(start, step):
    # the loop starts on small ints, overflows past the tagged range (a trap: plain goes
    # on with big ints), and a big-int argument comes back as a handle
    source = ("def f(x, s, n):\n    i = 0\n    while i < n:\n        x = x + s\n        i = i + 1\n"
              "    return x - s * n\n"
              f"print(f({start}, {step}, 10), f({start} * 4, {step}, 30), f({start}, {step}, 3))\n")
    want = run_source(vmforge.load("plain"), source)
    assert want[0] == f"{start} {start * 4} {start}\n"
    assert run_source(jit_vm(eager=True), source) == want


# --- the loop cache follows the spec ---------------------------------------------------

CACHE_PROGRAM = """\
def f(n):
    x = 0
    i = 0
    while i < n:
        x = 40
        i = i + 1
    return x
print(f(100))
"""


def vmforge_run(build: Path, program: Path) -> subprocess.CompletedProcess:
    script = ("import sys, vmforge\nvm = vmforge.load('jit', build=sys.argv[1])\n"
              "status = vm.run_file(sys.argv[2])\n"
              "print('returns', sum(s['returns'] for s in vm._plain.jit_stats()))\nsys.exit(status)\n")
    env = {k: v for k, v in os.environ.items() if k != "NUMBA_CACHE_DIR"}
    return subprocess.run([sys.executable, "-c", script, str(build), str(program)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_regenerated_loop_never_runs_a_stale_cache(tmp_path):
    spec_text = (ROOT / "spec" / "opcodes.toml").read_text(encoding="utf-8")
    old_body, new_body = 'body = "v = small_int(num)"', 'body = "v = small_int(num + 2)"'
    assert old_body in spec_text
    spec, build, program = tmp_path / "spec.toml", tmp_path / "vm", tmp_path / "prog.py"
    program.write_text(CACHE_PROGRAM)

    def generate(text):
        spec.write_text(text)
        subprocess.run([sys.executable, "-m", "vmforge", "gen", "--spec", str(spec), "--out", str(build), "-q"],
                       cwd=ROOT, check=True, timeout=120)

    generate(spec_text)
    first = vmforge_run(build, program)
    assert first.stdout == "40\nreturns 1\n" and COLD_MESSAGE in first.stderr
    warm = vmforge_run(build, program)
    assert warm.stdout == "40\nreturns 1\n" and COLD_MESSAGE not in warm.stderr

    loop = build / "loop_jit.py"
    stamp = loop.stat()
    generate(spec_text.replace(old_body, new_body))
    assert b"small_int(num + 2)" in loop.read_bytes()
    # same size is not enough to fool it, nor the old mtime (what older Numbas compare)
    os.utime(loop, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    second = vmforge_run(build, program)
    assert second.stdout == "42\nreturns 1\n", second.stderr
    assert COLD_MESSAGE in second.stderr


# --- without Numba ---------------------------------------------------------------------

NO_NUMBA = "import sys\nsys.modules['numba'] = None\n"


def python(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", NO_NUMBA + code, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_auto_falls_back_to_plain_without_numba(tmp_path):
    program = tmp_path / "hello.py"
    program.write_text("print('hello')\n")
    result = python("from vmforge.cli import main\nsys.exit(main(sys.argv[1:]))\n",
                    "run", "--backend", "auto", "-v", str(program))
    assert result.returncode == 0 and result.stdout == "hello\n"
    assert "vmforge: backend auto -> plain (Numba cannot be imported" in result.stderr


def test_jit_without_numba_says_what_to_install():
    result = python("import vmforge\nfrom vmforge.api import BackendUnavailable\n"
                    "try:\n    vmforge.load('jit')\nexcept BackendUnavailable as exc:\n    print(exc)\n"
                    "print(vmforge.load('auto').backend)\n")
    assert result.stdout == "the jit backend needs Numba: pip install 'vmforge[jit]'\nplain\n", result.stderr


def test_auto_takes_jit_where_numba_imports():
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        vm = vmforge.load("auto", verbose=True)
    assert vm.backend == "jit"
    assert "vmforge: backend auto -> jit (Numba imports)" in err.getvalue()
