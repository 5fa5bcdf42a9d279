"""The generated opcode tables, assembler and disassembler: every opcode of the spec
assembles, decodes, disassembles and round-trips through to_asm; errors name their line."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SPEC
from generator import driver
from genpkg import load_generated

SPEC_MODEL = driver.load_spec()
INT_SAMPLES = {"varint": 300, "svarint": -70, "byte": 2, "u16": 1000, "u16_excess": -5}


@pytest.fixture(scope="module")
def gen(tmp_path_factory):
    return load_generated(tmp_path_factory.mktemp("gen"))


def sample_line(gen, op):
    """Assembler text for op with representative operands, and the operands expected back
    (labels as label names, qstrs as their text)."""
    words, expected = [op.name], []
    for o in op.operands:
        if o.kind.label:
            label = "after" if o.kind.label == "forward" else "before"
            words.append(label)
            expected.append(("label", label))
        elif o.kind.type == "qstr":
            words.append("some_name")
            expected.append(("qstr", "some_name"))
        elif o.kind.enum:
            value = SPEC_MODEL.enums[o.kind.enum].values[-1]
            words.append(value.lower())              # names are case-insensitive
            expected.append(("int", len(SPEC_MODEL.enums[o.kind.enum].values) - 1))
        elif (op.name, o.name) in gen.asm.FIELD_LAYOUT:
            layout = gen.asm.FIELD_LAYOUT[(op.name, o.name)]
            fields = {f: 1 for f, _, _ in layout}
            words += [f"{f}={v}" for f, v in fields.items()]
            expected.append(("int", gen.asm.compose_fields(op.name, o.name, fields)))
        else:
            value = INT_SAMPLES[o.kind.codec]
            words.append(str(value))
            expected.append(("int", value))
    return " ".join(words), expected


def program(line: str) -> str:
    return f"""# one instruction between two labels
before:
    LOAD_CONST_NONE
    POP_TOP
    {line}
after:
    RETURN_VALUE
"""


def test_tables_match_the_spec(gen):
    ops = gen.opcodes
    assert ops.SPEC_HASH == SPEC_MODEL.hash
    assert sorted(ops.OPCODES) == [op.number for op in SPEC_MODEL.opcodes]
    for op in SPEC_MODEL.opcodes:
        info = ops.BY_NAME[op.name]
        assert getattr(ops, op.name) == op.number == info.number
        assert [(o.name, o.kind, o.codec) for o in info.operands] == \
               [(o.name, o.kind.name, o.kind.codec) for o in op.operands]
        assert info.stack == str(op.stack)
        assert info.flags == op.flags
    for e in SPEC_MODEL.enums.values():
        assert ops.ENUMS[e.name] == e.values
        for const, number in e.constants():
            assert getattr(ops, const) == number
    assert ops.BINARY_OP_ADD == 6 and ops.BLOCK_WITH == 2 and ops.UNWIND_REASON_RETURN == 1


@pytest.mark.parametrize("op", SPEC_MODEL.opcodes, ids=lambda op: op.name)
def test_every_opcode_assembles_decodes_and_round_trips(gen, op):
    line, expected = sample_line(gen, op)
    result = gen.asm.assemble(program(line))
    offset = result.lines[2][0]
    insn = gen.opcodes.decode(result.code, offset)
    assert insn.name == op.name and insn.number == op.number
    want = []
    for kind, value in expected:
        if kind == "label":
            want.append(result.labels[value])
        elif kind == "qstr":
            want.append(result.strings.index(value))
        else:
            want.append(value)
    assert insn.operands == tuple(want)
    assert insn.fields == gen.opcodes.fields_of(op.number, insn.operands)
    assert insn.next == result.lines[3][0]

    listing = gen.dis.disassemble(result.code, strings=result.strings)
    row = next(l for l in listing.splitlines() if re.search(rf"\b{offset}  {op.name}\b", l))
    for o, value in zip(op.operands, insn.operands):
        if o.kind.label:
            assert f"to {value}" in row
        elif o.kind.type == "qstr":
            assert "'some_name'" in row
        elif o.kind.enum:
            assert f"({SPEC_MODEL.enums[o.kind.enum].values[value]})" in row
    for name, value in zip(gen.opcodes.BY_NAME[op.name].fields, insn.fields):
        assert f"{name}={value}" in row

    text = gen.dis.to_asm(result.code, result.strings)
    again = gen.asm.assemble(text)
    assert again.code == result.code
    assert again.strings == result.strings


@pytest.mark.parametrize("op", SPEC_MODEL.opcodes, ids=lambda op: op.name)
def test_stack_effect_follows_the_spec(gen, op):
    line, _ = sample_line(gen, op)
    result = gen.asm.assemble(program(line))
    insn = gen.opcodes.decode(result.code, result.lines[2][0])
    scope = dict(zip([o.name for o in op.operands], insn.operands))
    scope.update(zip(gen.opcodes.BY_NAME[op.name].fields, insn.fields))
    size = lambda eff, items: eval(eff.size_expr(items), {}, scope)  # noqa: E731
    jump = op.jump_effect if op.has("jump") else None
    want = (size(op.stack, op.stack.inputs), size(op.stack, op.stack.outputs),
            None if jump is None else size(jump, jump.outputs))
    assert gen.opcodes.stack_effect(op.number, insn.operands) == want


def test_negative_count_is_a_stack_effect_error(gen):
    with pytest.raises(gen.opcodes.StackEffectError, match=r"LIST_APPEND.*under\[n - 1\].*-1"):
        gen.opcodes.stack_effect(gen.opcodes.LIST_APPEND, (0,))


def test_decode_errors(gen):
    ops = gen.opcodes
    with pytest.raises(ops.DecodeError, match="unknown opcode 0xff"):
        ops.decode(b"\xff", 0)
    with pytest.raises(ops.DecodeError, match="LOAD_FAST_N.*past the end") as info:
        ops.decode(bytes([ops.LOAD_FAST_N, 0x80]), 0)
    assert info.value.offset == 0
    jump_far = bytes([ops.JUMP]) + gen.codecs.encode_u16_excess(10)
    with pytest.raises(ops.DecodeError, match="outside the code"):
        ops.decode(jump_far, 0)
    with pytest.raises(ops.DecodeError, match="runs past the end"):
        list(ops.iter_instructions(bytes([ops.LOAD_FAST_N, 5]), 0, 1))


def test_labels_are_relative_to_the_end_of_their_operand(gen):
    # UNWIND_JUMP's label is followed by its n_blocks byte: the label counts from before it.
    result = gen.asm.assemble("top:\n  UNWIND_JUMP top 3\n")
    assert result.code[1:3] == gen.codecs.encode_u16_excess(-3)
    assert result.code[3] == 3
    assert gen.opcodes.decode(result.code, 0).operands == (0, 3)


def test_strings_qstr_forms_and_comments(gen):
    result = gen.asm.assemble("""
.string first
    LOAD_NAME second        # interned after the declared strings
    LOAD_CONST_STRING "hello world"   # a quoted string
    LOAD_CONST_STRING "it's"
    LOAD_NAME #0            # a raw index
    LOAD_NAME first
""")
    assert result.strings == ["first", "second", "hello world", "it's"]
    operands = [insn.operands[0] for insn in gen.opcodes.iter_instructions(result.code)]
    assert operands == [1, 2, 3, 0, 0]


def test_call_fields_and_numbers(gen):
    a = gen.asm.assemble("CALL_FUNCTION n_pos=2 n_kw=1\nCALL_FUNCTION 258\nCALL_METHOD argc=0x102\n")
    insns = list(gen.opcodes.iter_instructions(a.code))
    assert [i.operands for i in insns] == [(258,), (258,), (258,)]
    assert insns[0].fields == (2, 1)
    listing = gen.dis.disassemble(a.code)
    assert "CALL_FUNCTION" in listing and "258 (n_pos=2, n_kw=1)" in listing
    assert "CALL_FUNCTION n_pos=2 n_kw=1" in gen.dis.to_asm(a.code)


def test_disassembly_shows_lines_and_jump_targets(gen):
    text = "\n".join(["loop:", "LOAD_FAST_0", "POP_JUMP_IF_FALSE done", "LOAD_FAST_0",
                      "BINARY_OP ADD", "JUMP loop", "done:", "LOAD_CONST_NONE", "RETURN_VALUE"])
    a = gen.asm.assemble(text)
    listing = gen.dis.disassemble(a.code, lines=a.lines).splitlines()
    first = next(l for l in listing if "LOAD_FAST_0" in l)
    assert first.split()[:3] == ["2", ">>", "0"]            # line 2, a jump target, offset 0
    assert any("POP_JUMP_IF_FALSE" in l and f"to {a.labels['done']}" in l for l in listing)
    assert any("BINARY_OP" in l and "6 (ADD)" in l for l in listing)


def asm_error(gen, text):
    with pytest.raises(gen.asm.AsmError) as info:
        gen.asm.assemble(text, "prog.s")
    return info.value


@pytest.mark.parametrize("text, line, message", [
    ("LOAD_CONST_NONE\nNO_SUCH_OP\n", 2, "unknown opcode"),
    ("LOAD_FAST_N\n", 1, "too few"),
    ("LOAD_CONST_NONE 1\n", 1, "one too many"),
    ("LOAD_FAST_N 1 2\n", 1, "one too many"),
    ("\n\nRAISE_VARARGS 256\n", 3, "out of range"),
    ("LOAD_FAST_N -1\n", 1, "out of range"),
    ("LOAD_CONST_SMALL_INT 0x80000000\n", 1, "out of range"),
    ("JUMP nowhere\n", 1, "unknown label nowhere"),
    ("a:\nLOAD_CONST_NONE\na:\n", 3, "already defined on line 1"),
    ("back:\nLOAD_CONST_NONE\nSETUP_EXCEPT back\n", 3, "only jumps forward"),
    ("BINARY_OP PLUS\n", 1, "not a binary_op value"),
    ("CALL_FUNCTION n_pos=256 n_kw=0\n", 1, "does not fit"),
    ("CALL_FUNCTION n_pos=1\n", 1, "n_kw is missing"),
    ("LOAD_FAST_N ten\n", 1, "not an integer"),
    ("LOAD_NAME 'unterminated\n", 1, "cannot read"),
])
def test_asm_errors_name_the_line(gen, text, line, message):
    error = asm_error(gen, text)
    assert error.line == line
    assert message in error.message
    assert str(error).startswith(f"prog.s:{line}: ")


def test_jump_too_far_for_its_codec(gen):
    body = "LOAD_CONST_NONE\nPOP_TOP\n" * 20000
    error = asm_error(gen, f"JUMP far\n{body}far:\nRETURN_VALUE\n")
    assert error.line == 1 and "out of range" in error.message


def test_varint_labels_settle(tmp_path):
    """With labels coded as varints, label widths depend on distances: the assembler
    widens them until nothing moves, and every jump lands on its label."""
    text = SPEC.read_text(encoding="utf-8")
    for kind, old, new in (("ulabel", "u16", "varint"), ("slabel", "u16_excess", "svarint")):
        text = text.replace(f'[operand_kinds.{kind}]\ncodec = "{old}"', f'[operand_kinds.{kind}]\ncodec = "{new}"')
    assert '[operand_kinds.ulabel]\ncodec = "varint"' in text
    assert '[operand_kinds.slabel]\ncodec = "svarint"' in text
    spec_path = tmp_path / "varint_labels.toml"
    spec_path.write_text(text, encoding="utf-8")
    gen = load_generated(tmp_path, spec_path=spec_path)
    filler = "LOAD_CONST_NONE\nPOP_TOP\n"
    source = ("top:\n" + filler * 30 + "SETUP_EXCEPT mid\nJUMP top\n" + filler * 40 + "mid:\n"
              + "JUMP top\n" + filler * 3000 + "JUMP top\nFOR_ITER mid2\nmid2:\nJUMP end\n"
              + filler * 70 + "end:\nRETURN_VALUE\n")
    result = gen.asm.assemble(source)
    for insn in gen.opcodes.iter_instructions(result.code):
        for o, value in zip(gen.opcodes.OPCODES[insn.number].operands, insn.operands):
            if o.label:
                assert value in result.labels.values()
    again = gen.asm.assemble(gen.dis.to_asm(result.code, result.strings))
    assert again.code == result.code


@settings(max_examples=2000, deadline=None)
@given(body=st.lists(st.one_of(st.sampled_from([op.number for op in SPEC_MODEL.opcodes]),
                               st.integers(0, 255)), max_size=30))
def test_random_bytes_disassemble_and_round_trip(gen, body):
    code = bytes(body)
    gen.dis.disassemble(code, strings=["a"])              # never fails: shows what it cannot decode
    try:
        text = gen.dis.to_asm(code, ["a", "b"])
    except gen.opcodes.DecodeError:
        return
    decoded = lambda c: [(i.name, i.operands) for i in gen.opcodes.iter_instructions(c)]  # noqa: E731
    # The same instructions (bytes differ only where a varint had redundant leading groups).
    assert decoded(gen.asm.assemble(text).code) == decoded(code)
