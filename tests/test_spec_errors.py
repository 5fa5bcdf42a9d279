"""A malformed spec gets a SpecError naming file, line, opcode and problem; nothing is written."""
import re

import pytest

from conftest import SPEC
from generator import driver
from generator.errors import SpecError

BASE = SPEC.read_text(encoding="utf-8")


def edited(tmp_path, old: str, new: str, count: int = 1):
    assert BASE.count(old) >= 1, f"test edit anchor not in spec: {old!r}"
    path = tmp_path / "spec.toml"
    path.write_text(BASE.replace(old, new, count), encoding="utf-8")
    return path


def line_of(path, needle: str, nth: int = 1) -> int:
    lines = path.read_text().splitlines()
    hits = [i + 1 for i, l in enumerate(lines) if needle in l]
    return hits[nth - 1]


def spec_error(path) -> SpecError:
    with pytest.raises(SpecError) as info:
        driver.load_spec(path)
    return info.value


def test_real_spec_is_valid():
    spec = driver.load_spec()
    assert len([o for o in spec.opcodes if o.seed]) == 76


def test_duplicate_number(tmp_path):
    path = edited(tmp_path, 'name = "LOAD_CONST_NONE"\nnumber = 0x11', 'name = "LOAD_CONST_NONE"\nnumber = 0x10')
    err = spec_error(path)
    assert err.opcode == "LOAD_CONST_NONE"
    assert "duplicate opcode number 0x10" in err.message and "LOAD_CONST_FALSE" in err.message
    assert err.line == line_of(path, "number = 0x10", 2)
    assert str(err).startswith(f"{path}:{err.line}: opcode LOAD_CONST_NONE:")


def test_duplicate_name(tmp_path):
    path = edited(tmp_path, 'name = "LOAD_CONST_NONE"', 'name = "LOAD_CONST_FALSE"')
    err = spec_error(path)
    assert err.opcode == "LOAD_CONST_FALSE" and "duplicate opcode name" in err.message
    assert err.line == line_of(path, 'name = "LOAD_CONST_FALSE"', 2)


def test_number_out_of_range(tmp_path):
    path = edited(tmp_path, "number = 0xe2", "number = 0x1e2")
    err = spec_error(path)
    assert err.opcode == "IMPORT_STAR" and "outside 0..255" in err.message
    assert err.line == line_of(path, "number = 0x1e2")


def test_unknown_operand_kind(tmp_path):
    path = edited(tmp_path, 'operands = [{ kind = "small_int", name = "num" }]',
                  'operands = [{ kind = "tiny_int", name = "num" }]')
    err = spec_error(path)
    assert err.opcode == "LOAD_CONST_SMALL_INT" and "unknown operand kind `tiny_int`" in err.message
    assert err.line == line_of(path, "tiny_int")


def test_stack_effect_does_not_parse(tmp_path):
    path = edited(tmp_path, 'stack = "lhs rhs -- res"', 'stack = "lhs rhs res"')
    err = spec_error(path)
    assert err.opcode == "BINARY_OP" and "--" in err.message
    assert err.line == line_of(path, 'stack = "lhs rhs res"')


def test_stack_count_uses_unknown_name(tmp_path):
    path = edited(tmp_path, 'stack = "items[n] -- tup"', 'stack = "items[m] -- tup"')
    err = spec_error(path)
    assert err.opcode == "BUILD_TUPLE" and "`m`" in err.message


def test_stack_effect_contradicts_body_unassigned_output(tmp_path):
    path = edited(tmp_path, 'stack = "v -- it"', 'stack = "v -- it extra"')
    err = spec_error(path)
    assert err.opcode == "GET_ITER" and "output `extra` is not assigned" in err.message


def test_stack_effect_contradicts_body_unknown_input(tmp_path):
    path = edited(tmp_path, 'stack = "lhs rhs -- res"', 'stack = "left rhs -- res"')
    err = spec_error(path)
    assert err.opcode == "BINARY_OP" and "unknown name `lhs`" in err.message
    assert err.line == line_of(path, 'body = "res = binary_op(op, lhs, rhs)"')


def test_body_does_not_parse(tmp_path):
    path = edited(tmp_path, 'body = "res = binary_op(op, lhs, rhs)"', 'body = "res = binary_op(op, lhs,, rhs)"')
    err = spec_error(path)
    assert err.opcode == "BINARY_OP" and "does not parse" in err.message


def test_body_outside_language(tmp_path):
    path = edited(tmp_path, '''body = """
item = iternext(it)
if item is NULL:
    jump(target)
"""''', '''body = """
item = iternext(it)
while item is NULL:
    jump(target)
"""''')
    err = spec_error(path)
    assert err.opcode == "FOR_ITER" and "While is not in the body language" in err.message
    assert err.line == line_of(path, "while item is NULL")


def test_body_calls_undeclared_primitive(tmp_path):
    path = edited(tmp_path, 'body = "it = get_iter(v)"', 'body = "it = get_iterator(v)"')
    err = spec_error(path)
    assert err.opcode == "GET_ITER" and "`get_iterator`, which the spec does not declare" in err.message
    assert err.line == line_of(path, "get_iterator")


def test_body_calls_intrinsic_no_target_provides(tmp_path):
    path = edited(tmp_path, 'current_exception = { sig', 'frobnicate = { sig = "(v: obj)", doc = "new" }\ncurrent_exception = { sig')
    path.write_text(path.read_text().replace('body = "import_all(mod)"', 'body = "frobnicate(mod)"'))
    out = tmp_path / "out"
    with pytest.raises(SpecError) as info:
        driver.generate(path, out)
    assert info.value.opcode == "IMPORT_STAR" and "frobnicate" in info.value.message
    assert not out.exists(), "a failed generation must write nothing"


def test_argument_type_mismatch(tmp_path):
    path = edited(tmp_path, 'body = "v = load_fast(n)"', 'body = "v = load_fast(v)"')
    err = spec_error(path)
    assert err.opcode == "LOAD_FAST_N"


def test_flag_contradicts_body(tmp_path):
    path = edited(tmp_path, 'stack = "v -- it"\n', 'stack = "v -- it"\nflags = ["jump"]\n')
    err = spec_error(path)
    assert err.opcode == "GET_ITER" and "flag `jump`" in err.message


def test_not_toml(tmp_path):
    path = tmp_path / "spec.toml"
    path.write_text(BASE.replace('[vm]\nname = "vmforge-mp"', '[vm]\nname = "vmforge-mp'))
    err = spec_error(path)
    assert "not valid TOML" in err.message and err.line == line_of(path, 'name = "vmforge-mp')


def test_error_leaves_generator_usable(tmp_path):
    bad = edited(tmp_path, "number = 0xe2", "number = 300")
    spec_error(bad)
    assert len([o for o in driver.load_spec().opcodes if o.seed]) == 76


@pytest.mark.parametrize("key, old, new, words", [
    ("nullable", 'nullable = ["star", "dstar"]', 'nullable = ["star", "kwargs"]',
     "`nullable` names `kwargs`, which is not an input of the stack effect"),
    ("nullable_out", 'nullable_out = ["self_"]', 'nullable_out = ["self"]',
     "`nullable_out` names `self`, which is not an output of the stack effect"),
])
def test_nullable_names_a_stack_item(tmp_path, key, old, new, words):
    path = edited(tmp_path, old, new)
    err = spec_error(path)
    assert words in str(err) and err.line == line_of(path, new)
