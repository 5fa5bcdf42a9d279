"""The jit target: render loop_jit.py from the spec, compile it with Numba, run bytecode.

Programs are assembled here by hand from the spec's operand codecs, so the tests depend
on nothing but the generator and the generated loop.
"""
from __future__ import annotations

import importlib.util
import operator
import re
import sys
from pathlib import Path

import pytest

np = pytest.importorskip("numpy", reason="the jit backend needs numpy")
pytest.importorskip("numba", reason="the jit backend needs Numba (pip install vmforge[jit])")

from hypothesis import given, settings, strategies as st  # noqa: E402

from generator import analyzer, driver, emit_jit, loader, render  # noqa: E402
from generator.emit_base import TargetError  # noqa: E402
from vmforge.runtime.jit.loop import run_alone  # noqa: E402

SPEC_PATH = driver.DEFAULT_SPEC
SMALL_MIN, SMALL_MAX = -(1 << 62), (1 << 62) - 1


def small(v: int) -> int:
    """The documented word of a small int."""
    return (v << 1) | 1


# --- loading the generated module --------------------------------------------------------

def render_loop(spec) -> str:
    """loop_jit.py as render.render makes it (only this emitter: the others are not tested here)."""
    return emit_jit.outputs(spec, render.make_env(), render.Context(spec, "spec/opcodes.toml"))["loop_jit.py"]


def write_and_import(spec, directory: Path, name: str):
    source = render_loop(spec)
    path = directory / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    module_spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[name] = module          # Numba's cache wants the module importable
    module_spec.loader.exec_module(module)
    return module, source


@pytest.fixture(scope="module")
def spec():
    return driver.load_spec()


@pytest.fixture(scope="module")
def loop(spec, tmp_path_factory):
    """The generated module; Numba caches it in a fresh tmp dir, so the first run is cold."""
    module, source = write_and_import(spec, tmp_path_factory.mktemp("jit"), "loop_jit_under_test")
    module.SOURCE = source
    return module


# --- a small assembler ------------------------------------------------------------------

def varint(n: int) -> bytes:
    groups = [n & 0x7F]
    while n > 0x7F:
        n >>= 7
        groups.append(n & 0x7F)
    groups.reverse()
    return bytes([g | 0x80 for g in groups[:-1]] + [groups[-1]])


def svarint(n: int) -> bytes:
    groups = []
    while True:
        groups.append(n & 0x7F)
        n >>= 7
        if (n == 0 and not groups[-1] & 0x40) or (n == -1 and groups[-1] & 0x40):
            break
    groups.reverse()
    return bytes([g | 0x80 for g in groups[:-1]] + [groups[-1]])


def assemble(spec, program) -> tuple[bytes, dict[str, int]]:
    """`program`: "label:" strings and (OPCODE, operand...) tuples; labels by name.

    Returns the bytecode and the address of every label and of every instruction
    (as "#<index>", counting tuples only).
    """
    def encode(labels):
        out = bytearray()
        where = {}
        count = 0
        for item in program:
            if isinstance(item, str):
                where[item.rstrip(":")] = len(out)
                continue
            name, *args = item
            op = spec.by_name[name]
            where[f"#{count}"] = len(out)
            count += 1
            out.append(op.number)
            assert len(args) == len(op.operands), name
            for operand, arg in zip(op.operands, args):
                codec = operand.kind.codec
                if operand.kind.label:
                    offset = labels.get(arg, len(out) + 2) - (len(out) + 2)
                    arg = offset + 0x8000 if codec == "u16_excess" else offset
                    assert 0 <= arg <= 0xFFFF
                if codec == "varint":
                    out += varint(arg)
                elif codec == "svarint":
                    out += svarint(arg)
                elif codec in ("u16", "u16_excess"):
                    out += bytes([arg & 0xFF, arg >> 8])
                else:
                    out.append(arg)
        return bytes(out), where

    _, where = encode({})
    code, where2 = encode(where)
    assert where2 == where
    return code, where


def run(loop, code: bytes, fast=(), stack_size=16, fuel=1 << 40):
    """Run from address 0; returns (status, ip, stack items, locals)."""
    stack = np.full(stack_size, -999, dtype=np.int64)     # -999: a slot never written
    locals_ = np.array(list(fast) + [small(0)] * 4, dtype=np.int64)
    status, ip, sp, depth = run_alone(loop, np.frombuffer(code, dtype=np.uint8), 0, stack, 0,
                                      locals_, fuel)
    assert depth == 0
    return status, ip, list(stack[:sp]), list(locals_), stack


# total = 0; i = 0; while i < n: total = total + (i*i) % 7; i = i + 1; return total
LOOP = [
    ("LOAD_CONST_SMALL_INT", 0), ("STORE_FAST_N", 0),
    ("LOAD_CONST_SMALL_INT", 0), ("STORE_FAST_1",),
    "top:",
    ("LOAD_FAST_1",), ("LOAD_FAST_N", 3), ("BINARY_OP", "LESS"), ("POP_JUMP_IF_FALSE", "end"),
    ("LOAD_FAST_N", 0), ("LOAD_FAST_1",), ("LOAD_FAST_1",), ("BINARY_OP", "MULTIPLY"),
    ("LOAD_CONST_SMALL_INT", 7), ("BINARY_OP", "MODULO"), ("BINARY_OP", "ADD"), ("STORE_FAST_N", 0),
    ("LOAD_FAST_1",), ("LOAD_CONST_SMALL_INT", 1), ("BINARY_OP", "INPLACE_ADD"), ("STORE_FAST_1",),
    ("JUMP", "top"),
    "end:",
    ("LOAD_FAST_0",), "ret:", ("RETURN_VALUE",),
]


def ops(spec, program):
    """Resolve BINARY_OP operator names to their enum numbers."""
    names = spec.enums["binary_op"].values
    return [(i[0], names.index(i[1])) if isinstance(i, tuple) and i[0] == "BINARY_OP" else i
            for i in program]


def loop_result(n: int) -> int:
    total = i = 0
    while i < n:
        total = total + (i * i) % 7
        i = i + 1
    return total


# --- what is generated --------------------------------------------------------------------

def test_render_writes_the_jit_loop(spec):
    assert render.render(spec, "spec/opcodes.toml")["loop_jit.py"] == render_loop(spec)


def test_every_opcode_is_inline_or_traps(spec, loop):
    numbers = {op.number for op in spec.opcodes}
    inline, traps = set(loop.INLINE), set(loop.TRAPS)
    assert inline | traps == numbers and not inline & traps
    for op in spec.opcodes:
        assert re.search(rf"\b{op.name}\b", loop.SOURCE), op.name
        assert getattr(loop, op.name) == op.number
    for op in spec.overrides:
        assert loop.TRAPS[op.number] == "override"
    assert loop.TRAPS[spec.by_name["LOAD_ATTR"].number] == "calls load_attr"
    for name in ("LOAD_GLOBAL", "CALL_FUNCTION", "FOR_ITER"):   # hand-written (templates/jit/inline)
        assert spec.by_name[name].number in loop.INLINE


def test_chain_tests_hot_opcodes_first(spec, loop):
    chain = re.findall(r"^        (?:el)?if opcode == (\w+):", loop.SOURCE, re.M)
    expected = [op.name for op in spec.dispatch_order() if op.number in loop.INLINE]
    assert chain == expected
    assert chain[:3] == [n for n in spec.hot if spec.by_name[n].number in loop.INLINE][:3]


def test_runs_as_plain_python_without_numba(spec, tmp_path, monkeypatch):
    """Without Numba the module imports and runs the same loop as plain Python."""
    monkeypatch.setitem(sys.modules, "numba", None)          # `import numba` fails
    plain, _ = write_and_import(spec, tmp_path, "loop_jit_plain_python")
    monkeypatch.delitem(sys.modules, "loop_jit_plain_python")
    assert plain._njit is None
    code, where = assemble(spec, ops(spec, LOOP))
    status, ip, stack, *_ = run(plain, code, fast=[0, 0, 0, small(25)])
    assert (status, ip) == (plain.RETURN, where["ret"]) and stack == [small(loop_result(25))]


# --- running bytecode --------------------------------------------------------------------

@pytest.mark.parametrize("n", [0, 1, 10, 1000, 100_000])
def test_integer_loop(spec, loop, n):
    code, where = assemble(spec, ops(spec, LOOP))
    status, ip, stack, fast, _ = run(loop, code, fast=[0, 0, 0, small(n)])
    assert status == loop.RETURN
    assert ip == where["ret"]                       # the RETURN_VALUE, not executed
    assert stack == [small(loop_result(n))]
    assert fast[:2] == [small(loop_result(n)), small(n)]


# s(n) = n + s(n - 1), s(0) = 0, called by "main"; and a for loop over range(n) in "loop"
CALLS = [
    ("LOAD_GLOBAL", 0), ("LOAD_FAST_0",), "call:", ("CALL_FUNCTION", 1), "after:", ("RETURN_VALUE",),
    "s:",
    ("LOAD_FAST_0",), ("POP_JUMP_IF_FALSE", "zero"),
    ("LOAD_FAST_0",), ("LOAD_GLOBAL", 0), ("LOAD_FAST_0",), ("LOAD_CONST_SMALL_INT", 1),
    ("BINARY_OP", "SUBTRACT"), "inner:", ("CALL_FUNCTION", 1), ("BINARY_OP", "ADD"), ("RETURN_VALUE",),
    "zero:", ("LOAD_CONST_SMALL_INT", 0), ("RETURN_VALUE",),
    "loop:",
    ("LOAD_CONST_SMALL_INT", 0), ("STORE_FAST_1",),
    ("LOAD_GLOBAL", 1), ("LOAD_FAST_0",), ("CALL_FUNCTION", 1), ("GET_ITER",),
    "top:", ("FOR_ITER", "end"), ("LOAD_FAST_1",), ("BINARY_OP", "ADD"), ("STORE_FAST_1",), ("JUMP", "top"),
    "end:", ("LOAD_FAST_1",), "ret:", ("RETURN_VALUE",),
]


def run_calls(loop, spec, entry: str, n: int, max_depth: int = 100):
    """Run CALLS from `entry` with local 0 = n: global 0 is s, global 1 is range."""
    code, where = assemble(spec, ops(spec, CALLS))
    codes = np.zeros((2, loop.N_CODE_FIELDS), dtype=np.int64)
    codes[0, [loop.C_START, loop.C_NSTATE, loop.C_NARGS]] = where[entry], 2, -1
    codes[1, [loop.C_START, loop.C_NSTATE, loop.C_NARGS]] = where["s"], 1, 1
    globs = np.array([loop.FIRST_HANDLE << 1, (loop.FIRST_HANDLE + 1) << 1], dtype=np.int64)
    hcode = np.array([1, loop.RANGE_FN], dtype=np.int64)
    frames = np.zeros((64, loop.N_FRAME_FIELDS), dtype=np.int64)
    fast = np.array([small(n), small(0)] + [-999] * 200, dtype=np.int64)
    stack = np.full(256, -999, dtype=np.int64)
    objs = np.zeros((4, 3), dtype=np.int64)
    status, ip, sp, depth = loop.run(np.frombuffer(code, dtype=np.uint8), where[entry], stack, 0, fast,
                                     0, 1 << 40, frames, codes, globs, hcode, objs, max_depth)
    return status, ip, list(stack[:sp]), depth, frames, where


@pytest.mark.parametrize("n", [0, 1, 10, 40])
def test_calls_and_returns_stay_in_the_loop(spec, loop, n):
    status, ip, stack, depth, _, where = run_calls(loop, spec, "#0", n)
    assert (status, ip, depth) == (loop.RETURN, where["after"], 0)
    assert stack == [small(n * (n + 1) // 2)]


def test_a_trap_at_the_depth_limit_leaves_every_frame(spec, loop):
    status, ip, stack, depth, frames, where = run_calls(loop, spec, "#0", 10, max_depth=4)
    assert (status, ip, depth) == (loop.TRAP, where["inner"], 4)     # the call not made
    for d in range(1, 5):                       # each row: the callee, and where its caller was
        row = frames[d]
        assert row[loop.F_CODE] == 1 and row[loop.F_FP] == 2 + d - 1
        assert row[loop.F_CALL] == (where["call"] if d == 1 else where["inner"])
        assert stack[row[loop.F_FN]] == loop.FIRST_HANDLE << 1       # the function stays
    # the innermost frame's stack: n, the function, n - 1 (its call's arguments)
    assert stack[frames[4, loop.F_SBASE]:] == [small(7), loop.FIRST_HANDLE << 1, small(6)]


@pytest.mark.parametrize("n", [0, 1, 5, 100])
def test_for_range_runs_inline(spec, loop, n):
    status, ip, stack, depth, _, where = run_calls(loop, spec, "loop", n)
    assert (status, ip, stack) == (loop.RETURN, where["ret"], [small(n * (n - 1) // 2)])


def test_trap_leaves_the_instruction_undone(spec, loop):
    code, where = assemble(spec, [("LOAD_CONST_SMALL_INT", 5), ("LOAD_GLOBAL", 3),
                                  ("RETURN_VALUE",)])
    status, ip, stack, _, raw = run(loop, code)
    assert (status, ip) == (loop.TRAP, where["#1"])
    assert stack == [small(5)] and raw[1] == -999


@pytest.mark.parametrize("op, a, b", [
    ("MULTIPLY", 1 << 40, 1 << 40),             # 2**80
    ("MULTIPLY", -(1 << 61), 4),
    ("ADD", SMALL_MAX, 1),
    ("SUBTRACT", SMALL_MIN, 1),
    ("LSHIFT", 1, 62),
    ("FLOOR_DIVIDE", SMALL_MIN, -1),
    ("FLOOR_DIVIDE", 7, 0),                    # ZeroDivisionError is the host's to raise
    ("TRUE_DIVIDE", 1, 2),                     # a float: the host's
])
def test_overflow_and_the_rest_trap(spec, loop, op, a, b):
    code, where = assemble(spec, ops(spec, [("LOAD_FAST_0",), ("LOAD_FAST_1",), ("BINARY_OP", op),
                                            ("RETURN_VALUE",)]))
    status, ip, stack, _, raw = run(loop, code, fast=[small(a), small(b)])
    assert (status, ip) == (loop.TRAP, where["#2"])
    assert stack == [small(a), small(b)] and raw[2] == -999


def test_big_products_that_fit_stay_inline(spec, loop):
    code, _ = assemble(spec, ops(spec, [("LOAD_FAST_0",), ("LOAD_FAST_1",), ("BINARY_OP", "MULTIPLY"),
                                        ("RETURN_VALUE",)]))
    for a, b in [(1 << 31, 1 << 30), (-(1 << 40), (1 << 21) - 1), (3, SMALL_MAX // 3)]:
        status, _, stack, *_ = run(loop, code, fast=[small(a), small(b)])
        assert status == loop.RETURN and stack == [small(a * b)]


def test_stack_shuffles_constants_and_not(spec, loop):
    code, _ = assemble(spec, [
        ("LOAD_CONST_SMALL_INT", 1), ("LOAD_CONST_SMALL_INT", 2), ("LOAD_CONST_SMALL_INT", -3),
        ("ROT_THREE",), ("DUP_TOP_TWO",), ("ROT_TWO",), ("DUP_TOP",), ("POP_TOP",),
        ("LOAD_CONST_TRUE",), ("NOT",), ("LOAD_CONST_NONE",), ("NOT",), ("LOAD_CONST_ELLIPSIS",),
        ("LOAD_CONST_FALSE",), ("RETURN_VALUE",)])
    status, _, stack, *_ = run(loop, code)
    assert status == loop.RETURN
    assert stack == [small(-3), small(1), small(2), small(2), small(1),
                     loop.FALSE, loop.TRUE, loop.ELLIPSIS, loop.FALSE]


@pytest.mark.parametrize("cond, truth", [(small(0), False), (small(-5), True), ("TRUE", True),
                                         ("FALSE", False), ("NONE", False), ("ELLIPSIS", True)])
def test_conditional_jumps(spec, loop, cond, truth):
    word = getattr(loop, cond) if isinstance(cond, str) else cond
    for name, jumps_if, keeps in [("POP_JUMP_IF_TRUE", True, False), ("POP_JUMP_IF_FALSE", False, False),
                                  ("JUMP_IF_TRUE_OR_POP", True, True), ("JUMP_IF_FALSE_OR_POP", False, True)]:
        code, _ = assemble(spec, [("LOAD_FAST_0",), (name, "yes"), ("LOAD_CONST_SMALL_INT", 0),
                                  ("RETURN_VALUE",), "yes:", ("LOAD_CONST_SMALL_INT", 1), ("RETURN_VALUE",)])
        status, _, stack, *_ = run(loop, code, fast=[word])
        jumped = truth == jumps_if
        assert status == loop.RETURN
        assert stack == ([word] if jumped and keeps else []) + [small(int(jumped))], name


def test_truth_of_an_object_traps(spec, loop):
    code, where = assemble(spec, [("LOAD_FAST_0",), ("POP_JUMP_IF_TRUE", "end"), "end:", ("RETURN_VALUE",)])
    status, ip, stack, *_ = run(loop, code, fast=[loop.FIRST_HANDLE << 1])
    assert (status, ip, stack) == (loop.TRAP, where["#1"], [loop.FIRST_HANDLE << 1])


def test_fuel_runs_out_at_a_jump(spec, loop):
    code, _ = assemble(spec, ["top:", ("LOAD_CONST_NONE",), ("POP_TOP",), ("JUMP", "top")])
    status, ip, stack, *_ = run(loop, code, fuel=1000)
    assert (status, ip, stack) == (loop.PAUSE, 0, [])


def test_push_past_the_stack_array(spec, loop):
    code, where = assemble(spec, [("LOAD_CONST_TRUE",), ("DUP_TOP",), ("RETURN_VALUE",)])
    status, ip, stack, *_ = run(loop, code, stack_size=1)
    assert (status, ip, stack) == (loop.STACK_FULL, where["#1"], [loop.TRUE])


# --- the fast paths against Python -------------------------------------------------------

ARITH = {"ADD": operator.add, "SUBTRACT": operator.sub, "MULTIPLY": operator.mul,
         "FLOOR_DIVIDE": operator.floordiv, "MODULO": operator.mod, "AND": operator.and_,
         "OR": operator.or_, "XOR": operator.xor, "LSHIFT": operator.lshift, "RSHIFT": operator.rshift}
COMPARE = {"LESS": operator.lt, "MORE": operator.gt, "EQUAL": operator.eq, "LESS_EQUAL": operator.le,
           "MORE_EQUAL": operator.ge, "NOT_EQUAL": operator.ne}
PYTHON_OPS = {**ARITH, **{f"INPLACE_{k}": f for k, f in ARITH.items()}, **COMPARE}


def word_of(loop, v):
    if v is True or v is False:
        return loop.TRUE if v else loop.FALSE
    return small(v)


def python_result(op, a, b):
    if op.endswith("LSHIFT") and a and b > 64:
        return None                                 # too big, and too big to compute
    try:
        r = PYTHON_OPS[op](a, b)
    except (ZeroDivisionError, ValueError):         # negative shift count
        return None
    if isinstance(r, bool) or SMALL_MIN <= r <= SMALL_MAX:
        return r
    return None                                     # a big int: the host's


ints = st.one_of(st.integers(-300, 300), st.integers(SMALL_MIN, SMALL_MAX),
                 st.integers(-(1 << 40), 1 << 40), st.booleans())


@settings(max_examples=400, deadline=None)
@given(op=st.sampled_from(sorted(PYTHON_OPS)), a=ints,
       b=st.one_of(ints, st.integers(0, 70)))
def test_binary_op_fast_path_is_python(spec, loop, op, a, b):
    number = spec.enums["binary_op"].values.index(op)
    res = loop.binary_op(number, word_of(loop, a), word_of(loop, b))
    want = python_result(op, a, b)
    if res != loop.MISS:
        assert want is not None and res == word_of(loop, want)
    elif want is not None:                          # the only results left to the host:
        assert (op.endswith("MULTIPLY") and want == SMALL_MIN) or \
               (op.endswith("LSHIFT") and a == 0 and b >= 63), (op, a, b)


def test_binary_op_identity_and_objects(spec, loop):
    num = spec.enums["binary_op"].values.index
    obj = loop.FIRST_HANDLE << 1
    assert loop.binary_op(num("IS"), loop.NONE, loop.NONE) == loop.TRUE
    assert loop.binary_op(num("IS_NOT"), obj, loop.NONE) == loop.TRUE
    assert loop.binary_op(num("IS"), small(1), loop.TRUE) == loop.FALSE
    assert loop.binary_op(num("IS"), small(1), small(1)) == loop.MISS
    assert loop.binary_op(num("IS"), obj, obj) == loop.MISS
    assert loop.binary_op(num("ADD"), obj, small(1)) == loop.MISS
    assert loop.binary_op(num("SUBSCR"), small(1), small(1)) == loop.MISS


@pytest.mark.parametrize("v", [0, 1, -1, SMALL_MIN, SMALL_MAX, True, False, None])
def test_is_true_fast_path(loop, v):
    word = loop.NONE if v is None else word_of(loop, v)
    assert loop.is_true(word) == int(bool(v))
    assert loop.is_true(loop.FIRST_HANDLE << 1) == loop.MISS


# --- generic emission, on a spec with opcodes of its own ---------------------------------

EXTRA = '''
[[opcode]]
name = "ADD_TO_FAST"
number = 0xf0
operands = [{ kind = "uint", name = "n" }]
stack = "a --"
doc = "local n += a"
body = """
r = binary_op(BINARY_OP_INPLACE_ADD, load_fast(n), a)
store_fast(n, r)
"""

[[opcode]]
name = "SUM_UNDER"
number = 0xf1
operands = [{ kind = "uint", name = "n" }]
stack = "x items[n] -- x items[n] s"
doc = "push the sum of the bottom two of n items"
body = "s = binary_op(BINARY_OP_ADD, items[0], items[1])"

[[opcode]]
name = "SQUARE_CONST"
number = 0xf2
operands = [{ kind = "small_int", name = "k" }]
stack = "-- v"
doc = "push k * k"
body = "v = small_int(k * k)"

[[opcode]]
name = "CLASSIFY"
number = 0xf3
stack = "v -- r"
doc = "0 for None, 1 for true, 2 for false"
body = """
if v is None:
    r = small_int(0)
elif is_true(v):
    r = small_int(1)
else:
    r = small_int(2)
"""
'''


def extended_spec(extra: str):
    text = SPEC_PATH.read_text(encoding="utf-8") + extra
    return analyzer.analyze(loader.parse(text, str(SPEC_PATH)))


@pytest.fixture(scope="module")
def extended(tmp_path_factory):
    spec = extended_spec(EXTRA)
    module, source = write_and_import(spec, tmp_path_factory.mktemp("jit_ext"), "loop_jit_extended")
    return spec, module, source


def test_generic_bodies_run_inline(extended):
    spec, loop, source = extended
    for name in ("ADD_TO_FAST", "SUM_UNDER", "SQUARE_CONST", "CLASSIFY"):
        assert spec.by_name[name].number in loop.INLINE
    assert "base = sp - (1 + n)" in source                         # counted items
    assert "v = small_int_or_miss(k * k)" in source                 # k * k may not be small
    assert "t0 = is_true(v)" in source                              # hoisted out of the elif

    code, _ = assemble(spec, [("LOAD_CONST_SMALL_INT", 40), ("ADD_TO_FAST", 1),
                              ("LOAD_CONST_SMALL_INT", 7), ("LOAD_CONST_SMALL_INT", 10),
                              ("LOAD_CONST_SMALL_INT", 20), ("LOAD_CONST_SMALL_INT", 30),
                              ("SUM_UNDER", 3), ("SQUARE_CONST", -1000), ("RETURN_VALUE",)])
    status, _, stack, fast, _ = run(loop, code, fast=[small(0), small(2)])
    assert status == loop.RETURN
    assert fast[1] == small(42)
    assert stack == [small(7), small(10), small(20), small(30), small(30), small(10 ** 6)]


def test_generic_trap_points(extended):
    spec, loop, _ = extended
    code, where = assemble(spec, [("SQUARE_CONST", -(1 << 31)), ("RETURN_VALUE",)])
    assert run(loop, code)[:3] == (loop.TRAP, 0, [])                # 2**62 is not small

    code, where = assemble(spec, [("LOAD_CONST_SMALL_INT", 1), ("ADD_TO_FAST", 0), ("RETURN_VALUE",)])
    status, ip, stack, fast, _ = run(loop, code, fast=[small(SMALL_MAX)])
    assert (status, ip, stack, fast[0]) == (loop.TRAP, where["#1"], [small(1)], small(SMALL_MAX))

    code, _ = assemble(spec, [("LOAD_FAST_0",), ("CLASSIFY",), ("RETURN_VALUE",)])
    for value, want in [(loop.NONE, small(0)), (loop.TRUE, small(1)), (small(0), small(2))]:
        assert run(loop, code, fast=[value])[:3] == (loop.RETURN, 2, [want])
    assert run(loop, code, fast=[loop.FIRST_HANDLE << 1])[:2] == (loop.TRAP, 1)


@pytest.mark.parametrize("body, message", [
    ("store_fast(0, a)\nr = binary_op(BINARY_OP_ADD, a, a)\nstore_fast(1, r)", "store_fast"),
    ("store_fast(0, a)\nreturn_(a)", "return_"),
])
def test_side_effect_before_a_trap_point_is_refused(body, message):
    spec = extended_spec(f'''
[[opcode]]
name = "BAD"
number = 0xf0
stack = "a --"
doc = "stores, then may trap"
body = """
{body}
"""
''')
    with pytest.raises(TargetError, match=message) as info:
        emit_jit.outputs(spec, render.make_env(), render.Context(spec, "spec"))
    assert info.value.opcode == "BAD"


def test_hand_written_cases_replace_traps(spec):
    cases, traps = emit_jit.plan(spec, render.make_env())
    hand = {"LOAD_GLOBAL", "CALL_FUNCTION", "FOR_ITER"}
    assert hand <= {c.op.name for c in cases} and not hand & {op.name for op, _ in traps}


def test_traps_with_reasons(spec):
    cases, traps = emit_jit.plan(spec)
    reasons = {op.name: why for op, why in traps}
    assert reasons["CALL_FUNCTION"] == "calls call_function_n_kw"
    assert reasons["SETUP_EXCEPT"] == "uses push_block"
    assert all(why == "override" for name, why in reasons.items() if spec.by_name[name].is_override)
    assert {c.op.name for c in cases} >= {"BINARY_OP", "POP_JUMP_IF_FALSE", "RETURN_VALUE", "ROT_THREE"}
