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


# --- calls inside the loop -----------------------------------------------------------------

def same_as_plain(source: str) -> VM:
    """Run source on plain, jit and eager jit; all three must agree. Returns the jit VM."""
    want = run_source(vmforge.load("plain"), source)
    vm = jit_vm()
    assert run_source(vm, source) == want, source
    assert run_source(jit_vm(eager=True), source) == want, source
    return vm


def stats_of(vm: VM, name: str) -> dict:
    return next(s for s in vm._plain.jit_stats() if s["code"] == name)


FIB = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n"


def test_recursion_runs_in_the_loop():
    vm = same_as_plain(FIB + "print(fib(20), fib(0), fib(1))\n")
    assert stats_of(vm, "fib")["deopts"] == 0


def test_mutual_recursion_and_deep_frames():
    same_as_plain("def even(n):\n    if n == 0:\n        return True\n    return odd(n - 1)\n"
                  "def odd(n):\n    if n == 0:\n        return False\n    return even(n - 1)\n"
                  "def down(n, acc):\n    if n == 0:\n        return acc\n    return down(n - 1, acc + n)\n"
                  "print(even(900), odd(901), even(7), down(990, 0))\n")


def test_a_global_rebound_between_calls_is_seen():
    same_as_plain("K = 1\ndef g(n):\n    return n + K\ndef f(n):\n    i = 0\n    t = 0\n"
                  "    while i < n:\n        t = t + g(i)\n        i = i + 1\n    return t\n"
                  "print(f(50))\nK = 1000\nprint(f(50))\n"
                  "def g(n):\n    return n * 2\nprint(f(50))\n"
                  "def bump():\n    global K\n    K = K + 1\n"
                  "def h(n):\n    i = 0\n    while i < n:\n        bump()\n        i = i + 1\n    return g(K)\n"
                  "print(h(30), K)\ng = abs\nK = -5\nprint(f(20))\ndel K\n"
                  "try:\n    f(3)\nexcept NameError as exc:\n    print('NameError', exc)\n")


def test_a_trap_deep_in_the_loop_resumes_every_frame():
    # print traps at depth n: every loop frame becomes plain and finishes as plain would
    vm = same_as_plain("def r(n):\n    if n == 0:\n        print('bottom')\n        return 1\n"
                       "    x = r(n - 1)\n    return x + n\n"
                       "def loop(n):\n    i = 0\n    t = 0\n    while i < n:\n"
                       "        t = t + r(i % 5)\n        i = i + 1\n    return t\nprint(loop(40))\n")
    assert stats_of(vm, "loop")["calls"] >= 1


@pytest.mark.parametrize("call", ["f(1)", "f(1, 2, 3)", "f(1, b=2)", "f(*[1, 2])"])
def test_wrong_argument_counts_raise_as_plain(call):
    same_as_plain(f"def f(a, b):\n    return a + b\ndef g(n):\n    if n == 0:\n        return {call}\n"
                  "    return g(n - 1) + 1\ng(30)\n")
    same_as_plain(f"def f(a, b):\n    return a + b\ndef g(n):\n    if n == 0:\n        return {call}\n"
                  "    return g(n - 1) + 1\ntry:\n    g(30)\nexcept TypeError as exc:\n    print(exc)\n")


def test_exceptions_deep_in_the_loop_keep_the_traceback():
    same_as_plain("def f(n, d):\n    if n == 0:\n        return 10 // d\n    return f(n - 1, d) + 1\n"
                  "print(f(30, 2))\nprint(f(30, 0))\n")


@pytest.mark.parametrize("limit_source", [
    "def r(n):\n    return r(n + 1)\nr(0)\n",
    "def r(n):\n    return r(n + 1)\ntry:\n    r(0)\nexcept RecursionError as exc:\n    print('caught', exc)\n",
    "def r(n):\n    if n == 0:\n        return 0\n    return r(n - 1) + 1\n"
    "def deep(n):\n    if n == 0:\n        return r(2000)\n    return deep(n - 1)\n"
    "try:\n    deep(5)\nexcept RecursionError as exc:\n    print('caught', exc)\nprint(r(900))\n",
])
def test_recursion_past_the_limit_is_plains_recursion_error(limit_source):
    same_as_plain(limit_source)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 25), st.integers(-3, 3), st.sampled_from(["+", "-", "*", "//", "<<"]))
def test_random_recursive_programs_match_plain(n, k, op):
    source = (f"def f(n, k):\n    if n <= 0:\n        return k\n"
              f"    return (f(n - 1, k) {op} f(n - 2, k + 1)) % 1000003\nprint(f({n}, {k}))\n")
    want = run_source(vmforge.load("plain"), source)
    assert run_source(jit_vm(), source) == want, source


# --- for loops over range inside the loop ------------------------------------------------

def test_for_range_runs_in_the_loop():
    vm = same_as_plain("def f(n):\n    t = 0\n    for i in range(n):\n        t = t + i * i\n    return t\n"
                       "print(f(0), f(1), f(1000), f(-5))\n")
    assert stats_of(vm, "f")["deopts"] == 0


@pytest.mark.parametrize("args", ["10", "3, 17", "17, 3, -4", "-5, 5, 3", "0, 10, 20", "5, 5", "10, 0, -1"])
def test_for_range_with_break_and_else(args):
    same_as_plain(f"def f(stop):\n    t = 0\n    for i in range({args}):\n        if i == stop:\n"
                  "            break\n        t = t * 3 + i\n    else:\n        t = t + 1000\n    return t\n"
                  "print(f(4), f(1000), f(-4))\n")


def test_nested_for_range_and_iterators_that_outlive_the_loop():
    # many inner loops (their rows are reused), breaks, a deopt with a live iterator (the
    # float), a trap at range(0.5) and step 0, and an iterator that is returned
    same_as_plain("def g(n):\n    t = 0\n    for i in range(n):\n        for j in range(i, 3 * i, 2):\n"
                  "            if j > 50:\n                break\n            t = t + j\n    return t\n"
                  "def h(n, x):\n    t = 0\n    for i in range(n):\n        if i == 7:\n            t = t + x\n"
                  "        t = t + i\n    return t\n"
                  "def it(n):\n    for i in range(n):\n        if i == 2:\n            break\n    r = range(n)\n"
                  "    for k in r:\n        pass\n    return k\n"
                  "print(g(3000), h(20, 1), h(20, 0.5), it(6))\n"
                  "for bad in (0.5, 0):\n    try:\n        print(h(bad, 1))\n    except TypeError as exc:\n"
                  "        print('TypeError', exc)\n"
                  "def z(n):\n    t = 0\n    for i in range(0, n, 0):\n        t = t + 1\n    return t\n"
                  "try:\n    z(3)\nexcept ValueError as exc:\n    print('ValueError', exc)\n")


def test_for_range_with_recursion_and_shadowed_range():
    same_as_plain("def s(n):\n    if n == 0:\n        return 0\n    t = 0\n    for i in range(n):\n"
                  "        t = t + s(i // 2)\n    return t + 1\nprint(s(60))\n"
                  "def range(n):\n    return [n, n]\nprint(s(3))\n")


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
