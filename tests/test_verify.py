"""The generated verifier: bad bytecode is refused with a message naming the offset and
opcode; code shaped as the compiler emits it passes with the exact stack depth it needs."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import driver
from genpkg import load_generated

OPCODE_NUMBERS = [op.number for op in driver.load_spec().opcodes]


@pytest.fixture(scope="module")
def gen(tmp_path_factory):
    return load_generated(tmp_path_factory.mktemp("gen"))


def asm(gen, text):
    return gen.asm.assemble(text)


def refused(gen, code, **limits):
    with pytest.raises(gen.verify.VerifyError) as info:
        gen.verify.verify(code, **limits)
    error = info.value
    assert isinstance(error, ValueError)
    assert f"offset {error.offset}" in str(error)
    return error


def refused_asm(gen, text, at_label=None, **limits):
    result = asm(gen, text)
    error = refused(gen, result.code, **limits)
    if at_label is not None:
        assert error.offset == result.labels[at_label], str(error)
    return error


# --- bad bytecode ----------------------------------------------------------------------

def test_jump_into_an_operand(gen):
    ops, codecs = gen.opcodes, gen.codecs
    code = bytes([ops.LOAD_CONST_SMALL_INT, 1])              # offsets 0-1
    code += bytes([ops.JUMP]) + codecs.encode_u16_excess(1 - 5)   # at 2: to offset 1
    error = refused(gen, code)
    assert error.offset == 2
    assert "offset 2 (JUMP)" in str(error) and "middle of an instruction" in str(error)


def test_jump_outside_the_code(gen):
    result = asm(gen, "JUMP end\nLOAD_CONST_NONE\nend:\nRETURN_VALUE\n")
    error = refused(gen, result.code, end=result.labels["end"])
    assert error.offset == 0 and "outside the code" in str(error)


def test_stack_underflow(gen):
    error = refused_asm(gen, "LOAD_CONST_NONE\nat:\nBINARY_OP ADD\nRETURN_VALUE\n", "at")
    assert "(BINARY_OP)" in str(error) and "underflow" in str(error)


def test_pop_block_without_a_block(gen):
    error = refused_asm(gen, "LOAD_CONST_NONE\nat:\nPOP_BLOCK\nRETURN_VALUE\n", "at")
    assert "(POP_BLOCK)" in str(error) and "no block" in str(error)


def test_pop_except_outside_a_handler(gen):
    text = "SETUP_EXCEPT h\nat:\nPOP_EXCEPT\nh:\nLOAD_CONST_NONE\nRETURN_VALUE\n"
    error = refused_asm(gen, text, "at")
    assert "(POP_EXCEPT)" in str(error) and "except handler" in str(error)


def test_falling_off_the_end(gen):
    error = refused_asm(gen, "LOAD_CONST_NONE\nat:\nPOP_TOP\n", "at")
    assert "falls off the end" in str(error)


def test_empty_code(gen):
    assert "empty" in str(refused(gen, b""))


def test_stack_growth_in_a_loop(gen):
    error = refused_asm(gen, "LOAD_CONST_NONE\nloop:\nLOAD_CONST_NONE\nJUMP loop\n", "loop")
    assert f"stack depth grows around a loop at offset {error.offset}" in str(error)


def test_block_growth_in_a_loop(gen):
    text = "loop:\nSETUP_EXCEPT h\nJUMP loop\nh:\nLOAD_CONST_NONE\nRETURN_VALUE\n"
    error = refused_asm(gen, text, "loop")
    assert "block stack grows around a loop" in str(error)


def test_qstr_out_of_range(gen):
    result = asm(gen, ".string a\n.string b\nLOAD_CONST_NONE\nPOP_TOP\nLOAD_NAME #2\nRETURN_VALUE\n")
    error = refused(gen, result.code, n_strings=2)
    assert error.offset == 2 and "(LOAD_NAME)" in str(error) and "string table" in str(error)
    gen.verify.verify(result.code, n_strings=3)


@pytest.mark.parametrize("line", ["LOAD_FAST_N 2", "LOAD_FAST_2", "LOAD_DEREF 5",
                                  "LOAD_FAST_CHECK 2 x"])
def test_local_out_of_range(gen, line):
    result = asm(gen, f"{line}\nRETURN_VALUE\n")
    error = refused(gen, result.code, n_locals=2)
    assert error.offset == 0 and "local" in str(error)
    gen.verify.verify(result.code, n_locals=6, bound=range(6))


def test_store_local_out_of_range(gen):
    result = asm(gen, "LOAD_CONST_NONE\nSTORE_FAST_N 4\nLOAD_CONST_NONE\nRETURN_VALUE\n")
    assert refused(gen, result.code, n_locals=4).offset == 1


def test_negative_count(gen):
    error = refused_asm(gen, "BUILD_LIST 0\nLOAD_CONST_NONE\nat:\nLIST_APPEND 0\nRETURN_VALUE\n", "at")
    assert "(LIST_APPEND)" in str(error) and "under[n - 1]" in str(error)


def test_undecodable(gen):
    ops = gen.opcodes
    assert "unknown opcode" in str(refused(gen, bytes([ops.LOAD_CONST_NONE, 0xFF])))
    error = refused(gen, bytes([ops.LOAD_CONST_NONE, ops.LOAD_FAST_N, 0x80]))
    assert error.offset == 1 and "past the end" in str(error)
    error = refused(gen, bytes([ops.LOAD_CONST_NONE, ops.LOAD_FAST_N, 0x81, 0x00]), end=3)
    assert error.offset == 1


def test_enum_value_out_of_range(gen):
    result = asm(gen, "LOAD_CONST_NONE\nLOAD_CONST_NONE\nBINARY_OP 200\nRETURN_VALUE\n")
    assert "not a binary_op value" in str(refused(gen, result.code))


def test_depth_over_n_state(gen):
    text = "LOAD_CONST_NONE\nLOAD_CONST_NONE\nat:\nLOAD_CONST_NONE\nBUILD_TUPLE 3\nRETURN_VALUE\n"
    result = asm(gen, text)
    assert gen.verify.verify(result.code, n_state=5, n_locals=2).max_depth == 3
    error = refused(gen, result.code, n_state=4, n_locals=2)
    assert error.offset == result.labels["at"] and "exceeds" in str(error)


def test_blocks_over_n_exc_stack(gen):
    text = ("SETUP_EXCEPT h1\nSETUP_FINALLY h2\nLOAD_CONST_NONE\nRETURN_VALUE\n"
            "h2:\nh1:\nLOAD_CONST_NONE\nRETURN_VALUE\n")
    result = asm(gen, text)
    assert gen.verify.verify(result.code, n_exc_stack=2).max_blocks == 2
    assert "n_exc_stack" in str(refused(gen, result.code, n_exc_stack=1))


def test_end_finally_on_an_ordinary_value(gen):
    error = refused_asm(gen, "LOAD_FAST_0\nat:\nEND_FINALLY\nLOAD_CONST_NONE\nRETURN_VALUE\n", "at", bound=[0])
    assert "(END_FINALLY)" in str(error)


def test_return_from_a_for_loop_inside_with_cuts_the_stack(gen):
    # The for iterator is still on the stack when RETURN_VALUE runs the with's cleanup;
    # unwinding cuts the stack to the WITH block's depth (as every loop does), so
    # WITH_CLEANUP finds __exit__ under the return value and sentinel.
    text = """
    LOAD_GLOBAL ctx
    SETUP_WITH cleanup
    POP_TOP
    LOAD_GLOBAL items
    GET_ITER
    FOR_ITER done
    RETURN_VALUE
done:
    POP_BLOCK
    LOAD_CONST_NONE
cleanup:
    WITH_CLEANUP
    END_FINALLY
    LOAD_CONST_NONE
    RETURN_VALUE
"""
    result = asm(gen, text)
    verified = gen.verify.verify(result.code)
    assert verified.max_depth == 4          # exit_ and an exception triple in the handler


def test_unwind_jump_through_missing_blocks(gen):
    error = refused_asm(gen, "at:\nUNWIND_JUMP end 1\nend:\nLOAD_CONST_NONE\nRETURN_VALUE\n", "at")
    assert "(UNWIND_JUMP)" in str(error) and "more blocks" in str(error)


def test_raise_below_the_handler_depth(gen):
    text = "LOAD_CONST_NONE\nSETUP_EXCEPT h\nat:\nPOP_TOP\nPOP_BLOCK\nh:\nLOAD_CONST_NONE\nRETURN_VALUE\n"
    error = refused_asm(gen, text)
    assert "below the depth" in str(error)


# --- good bytecode, shaped as the compiler emits it, with the exact depth it needs -------

GOOD = {
    "straight": ("""
    LOAD_CONST_SMALL_INT 1
    LOAD_CONST_SMALL_INT 2
    BINARY_OP ADD
    RETURN_VALUE
""", 2, 0),
    "if_else": ("""
    LOAD_FAST_0
    POP_JUMP_IF_FALSE else
    LOAD_CONST_SMALL_INT 1
    STORE_FAST_1
    JUMP end
else:
    LOAD_CONST_SMALL_INT 2
    STORE_FAST_1
end:
    LOAD_CONST_NONE
    RETURN_VALUE
""", 1, 0),
    "and_or": ("""                         # return a and (b or c)
    LOAD_FAST_0
    JUMP_IF_FALSE_OR_POP end
    LOAD_FAST_1
    JUMP_IF_TRUE_OR_POP end
    LOAD_FAST_2
end:
    RETURN_VALUE
""", 1, 0),
    "while": ("""                          # while i < 10: i = i + 1
loop:
    LOAD_FAST_0
    LOAD_CONST_SMALL_INT 10
    BINARY_OP LESS
    POP_JUMP_IF_FALSE end
    LOAD_FAST_0
    LOAD_CONST_SMALL_INT 1
    BINARY_OP ADD
    STORE_FAST_0
    JUMP loop
end:
    LOAD_CONST_NONE
    RETURN_VALUE
""", 2, 0),
    "for": ("""                            # for x in xs: print(x)
    LOAD_FAST_0
    GET_ITER
loop:
    FOR_ITER end
    STORE_FAST_1
    LOAD_GLOBAL print
    LOAD_FAST_1
    CALL_FUNCTION n_pos=1 n_kw=0
    POP_TOP
    JUMP loop
end:
    LOAD_CONST_NONE
    RETURN_VALUE
""", 3, 0),
    "list_comprehension": ("""             # [y for y in xs]
    BUILD_LIST 0
    LOAD_FAST_0
    GET_ITER
loop:
    FOR_ITER end
    STORE_FAST_1
    LOAD_FAST_1
    LIST_APPEND 2
    JUMP loop
end:
    RETURN_VALUE
""", 3, 0),
    "try_except": ("""                     # try: f() except ValueError as e: print(e)
    SETUP_EXCEPT handler
    LOAD_GLOBAL f
    CALL_FUNCTION 0
    POP_TOP
    POP_BLOCK
    JUMP end
handler:
    DUP_TOP
    LOAD_GLOBAL ValueError
    BINARY_OP EXCEPTION_MATCH
    POP_JUMP_IF_FALSE reraise
    POP_TOP
    STORE_FAST_0
    POP_TOP
    LOAD_GLOBAL print
    LOAD_FAST_0
    CALL_FUNCTION 1
    POP_TOP
    POP_EXCEPT
    JUMP end
reraise:
    END_FINALLY
end:
    LOAD_CONST_NONE
    RETURN_VALUE
""", 5, 1),
    "try_finally": ("""                    # try: f() finally: g()
    SETUP_FINALLY fin
    LOAD_GLOBAL f
    CALL_FUNCTION 0
    POP_TOP
    POP_BLOCK
    LOAD_CONST_NONE
fin:
    LOAD_GLOBAL g
    CALL_FUNCTION 0
    POP_TOP
    END_FINALLY
    LOAD_CONST_NONE
    RETURN_VALUE
""", 4, 1),
    "return_in_try_finally": ("""          # try: return f(x, y) finally: g()
    SETUP_FINALLY fin
    LOAD_GLOBAL f
    LOAD_FAST_0
    LOAD_FAST_1
    CALL_FUNCTION 2
    RETURN_VALUE
    POP_BLOCK
    LOAD_CONST_NONE
fin:
    LOAD_GLOBAL g
    CALL_FUNCTION 0
    POP_TOP
    END_FINALLY
    LOAD_CONST_NONE
    RETURN_VALUE
""", 4, 1),
    "with": ("""                           # with open() as h: g()
    LOAD_GLOBAL open
    CALL_FUNCTION 0
    SETUP_WITH cleanup
    STORE_FAST_0
    LOAD_GLOBAL g
    CALL_FUNCTION 0
    POP_TOP
    POP_BLOCK
    LOAD_CONST_NONE
cleanup:
    WITH_CLEANUP
    END_FINALLY
    LOAD_CONST_NONE
    RETURN_VALUE
""", 4, 1),
    "return_in_with": ("""                 # with c: return 1
    LOAD_GLOBAL c
    SETUP_WITH cleanup
    POP_TOP
    LOAD_CONST_SMALL_INT 1
    RETURN_VALUE
    POP_BLOCK
    LOAD_CONST_NONE
cleanup:
    WITH_CLEANUP
    END_FINALLY
    LOAD_CONST_NONE
    RETURN_VALUE
""", 4, 1),
    "break_through_finally": ("""          # for x in xs: try: if x: break finally: g()
    LOAD_FAST_0
    GET_ITER
loop:
    FOR_ITER end
    STORE_FAST_1
    SETUP_FINALLY fin
    LOAD_FAST_1
    POP_JUMP_IF_FALSE skip
    UNWIND_JUMP brk 1
skip:
    POP_BLOCK
    LOAD_CONST_NONE
fin:
    LOAD_GLOBAL g
    CALL_FUNCTION 0
    POP_TOP
    END_FINALLY
    JUMP loop
brk:
    POP_TOP
end:
    LOAD_CONST_NONE
    RETURN_VALUE
""", 5, 1),
    "try_in_except": ("""                  # try: f() except: try: g() except: pass
    SETUP_EXCEPT h1
    LOAD_GLOBAL f
    CALL_FUNCTION 0
    POP_TOP
    POP_BLOCK
    JUMP end
h1:
    POP_TOP
    POP_TOP
    POP_TOP
    SETUP_EXCEPT h2
    LOAD_GLOBAL g
    CALL_FUNCTION 0
    POP_TOP
    POP_BLOCK
    JUMP e2
h2:
    POP_TOP
    POP_TOP
    POP_TOP
    POP_EXCEPT
e2:
    POP_EXCEPT
end:
    LOAD_CONST_NONE
    RETURN_VALUE
""", 3, 2),
    "generator": ("""                      # yield 1; yield from g
    LOAD_CONST_SMALL_INT 1
    YIELD_VALUE
    POP_TOP
    LOAD_GLOBAL g
    GET_ITER
    LOAD_CONST_NONE
    YIELD_FROM
    POP_TOP
    LOAD_CONST_NONE
    RETURN_VALUE
""", 2, 0),
    "raise": ("""                          # raise ValueError from None
    LOAD_GLOBAL ValueError
    LOAD_CONST_NONE
    RAISE_VARARGS 2
""", 2, 0),
}


@pytest.mark.parametrize("name", GOOD)
def test_good_shapes_pass_with_exact_depth(gen, name):
    text, depth, blocks = GOOD[name]
    result = asm(gen, text)
    # the shapes read their locals as parameters, bound at entry
    verified = gen.verify.verify(result.code, n_locals=3, n_strings=len(result.strings), bound=range(3))
    assert verified == (depth, blocks)
    # The depth is exact: one slot less is refused.
    gen.verify.verify(result.code, n_state=3 + depth, n_locals=3, n_exc_stack=blocks, bound=range(3))
    with pytest.raises(gen.verify.VerifyError, match="exceeds"):
        gen.verify.verify(result.code, n_state=3 + depth - 1, n_locals=3, bound=range(3))


def test_a_range_of_the_code(gen):
    first = asm(gen, GOOD["while"][0]).code
    second = asm(gen, GOOD["straight"][0]).code
    # The code of the second object, placed after the first, verified on its own.
    assert gen.verify.verify(first + second, len(first)).max_depth == 2
    assert gen.verify.verify(first + second, 0, len(first), bound=range(3)).max_depth == 2


def test_end_finally_after_a_join_with_an_ordinary_value(gen):
    # One path leaves None, the other an ordinary value: END_FINALLY cannot know it falls through.
    text = """
    LOAD_FAST_0
    POP_JUMP_IF_FALSE other
    LOAD_CONST_NONE
    JUMP join
other:
    LOAD_FAST_1
join:
    END_FINALLY
    LOAD_CONST_NONE
    RETURN_VALUE
"""
    error = refused_asm(gen, text, "join", bound=[0, 1])
    assert "(END_FINALLY)" in str(error)


def test_finally_reached_only_by_return_or_exception_needs_nothing_after_it(gen):
    # try: return 1 finally: pass -- END_FINALLY resumes the return or re-raises; it never
    # falls through, so the code may end there.
    text = "SETUP_FINALLY fin\nLOAD_CONST_SMALL_INT 1\nRETURN_VALUE\nfin:\nEND_FINALLY\n"
    assert gen.verify.verify(asm(gen, text).code) == (3, 1)


def test_silenced_exception_continues_after_the_with(gen):
    # The only way past END_FINALLY here is __exit__ silencing the exception.
    text = """
    LOAD_GLOBAL c
    SETUP_WITH cleanup
    POP_TOP
    LOAD_CONST_SMALL_INT 1
    RETURN_VALUE
cleanup:
    WITH_CLEANUP
    END_FINALLY
after:
    LOAD_CONST_SMALL_INT 2
"""
    error = refused_asm(gen, text, "after")
    assert "falls off the end" in str(error)


@settings(max_examples=3000, deadline=None)
@given(body=st.lists(st.one_of(st.sampled_from(OPCODE_NUMBERS), st.integers(0, 255)), max_size=30),
       n_locals=st.sampled_from([None, 0, 3]), n_strings=st.sampled_from([None, 2]))
def test_random_bytes_give_a_result_or_a_verify_error(gen, body, n_locals, n_strings):
    try:
        verified = gen.verify.verify(bytes(body), n_locals=n_locals, n_strings=n_strings)
    except gen.verify.VerifyError as error:
        assert str(error).startswith(f"offset {error.offset}")
    else:
        assert verified.max_depth >= 0


def test_code_object_index_outside_the_image(gen):
    code = asm(gen, "MAKE_FUNCTION 3\nRETURN_VALUE\n").code
    assert gen.verify.verify(code, n_codes=4).max_depth == 1
    with pytest.raises(gen.verify.VerifyError) as info:
        gen.verify.verify(code, n_codes=3)
    assert "code object 3 is outside the image (3 code objects)" in str(info.value)


# --- NULL slots and unbound locals -------------------------------------------------------

NULL_MISUSE = {
    # name: (assembly, label of the offending instruction)
    "returned": ("LOAD_NULL\nat:\nRETURN_VALUE\n", "at"),
    "operand_of_binary_op": ("LOAD_NULL\nLOAD_CONST_NONE\nat:\nBINARY_OP ADD\nRETURN_VALUE\n", "at"),
    "stored_in_a_local": ("LOAD_NULL\nat:\nSTORE_FAST_0\nLOAD_CONST_NONE\nRETURN_VALUE\n", "at"),
    "yielded": ("LOAD_NULL\nat:\nYIELD_VALUE\nRETURN_VALUE\n", "at"),
    "item_of_a_tuple": ("LOAD_CONST_NONE\nLOAD_NULL\nat:\nBUILD_TUPLE 2\nRETURN_VALUE\n", "at"),
    "copied_by_dup_top": ("LOAD_NULL\nDUP_TOP\nPOP_TOP\nat:\nRETURN_VALUE\n", "at"),
    "moved_by_rot_two": ("LOAD_CONST_NONE\nLOAD_NULL\nROT_TWO\nPOP_TOP\nat:\nRETURN_VALUE\n", "at"),
    "as_the_function_of_a_call": ("LOAD_NULL\nLOAD_NULL\nLOAD_NULL\nat:\nCALL_FUNCTION_VAR_KW 0\n"
                                  "RETURN_VALUE\n", "at"),
    "self_of_load_method_returned": ("LOAD_GLOBAL x\nLOAD_METHOD m\nat:\nRETURN_VALUE\n", "at"),
    "on_one_path_of_a_join": ("LOAD_GLOBAL x\nPOP_JUMP_IF_FALSE other\nLOAD_NULL\nJUMP join\nother:\n"
                              "LOAD_CONST_NONE\njoin:\nRETURN_VALUE\n", "join"),
}


@pytest.mark.parametrize("name", sorted(NULL_MISUSE))
def test_null_used_as_a_value(gen, name):
    text, label = NULL_MISUSE[name]
    error = refused_asm(gen, text, label)
    assert "NULL used as a value" in str(error)


NULL_OK = [
    # absent *args and **kwargs, an absent self of LOAD_METHOD, absent defaults and cells
    "LOAD_GLOBAL f\nLOAD_NULL\nLOAD_NULL\nCALL_FUNCTION_VAR_KW 0\nRETURN_VALUE\n",
    "LOAD_GLOBAL x\nLOAD_METHOD m\nCALL_METHOD 0\nRETURN_VALUE\n",
    "LOAD_GLOBAL x\nLOAD_METHOD m\nLOAD_NULL\nLOAD_NULL\nCALL_METHOD_VAR_KW 0\nRETURN_VALUE\n",
    "LOAD_NULL\nLOAD_NULL\nLOAD_NULL\nMAKE_FUNCTION_KW 0\nRETURN_VALUE\n",
    # shuffles move or drop it without reading it
    "LOAD_GLOBAL f\nLOAD_NULL\nLOAD_GLOBAL d\nROT_TWO\nROT_TWO\nCALL_FUNCTION_VAR_KW 0\nRETURN_VALUE\n",
    "LOAD_NULL\nPOP_TOP\nLOAD_CONST_NONE\nRETURN_VALUE\n",
]


@pytest.mark.parametrize("text", NULL_OK)
def test_null_where_an_opcode_accepts_it(gen, text):
    gen.verify.verify(asm(gen, text).code)


UNBOUND = {
    # name: (assembly, label of the offending instruction, local, locals bound at entry)
    "never_stored": ("at:\nLOAD_FAST_0\nRETURN_VALUE\n", "at", 0, ()),
    "not_a_parameter": ("at:\nLOAD_FAST_2\nRETURN_VALUE\n", "at", 2, (0, 1)),
    "stored_on_one_path": ("LOAD_GLOBAL x\nPOP_JUMP_IF_FALSE join\nLOAD_CONST_NONE\nSTORE_FAST_0\n"
                           "join:\nat:\nLOAD_FAST_0\nRETURN_VALUE\n", "at", 0, ()),
    "deleted": ("LOAD_CONST_NONE\nSTORE_FAST_0\nDELETE_FAST 0 x\nat:\nLOAD_FAST_N 0\nRETURN_VALUE\n",
                "at", 0, ()),
    "deleted_parameter": ("DELETE_FAST 1 x\nat:\nLOAD_FAST_1\nRETURN_VALUE\n", "at", 1, (0, 1)),
    # the handler sees the locals of the instruction that raised: the store may not have run
    "stored_in_a_try": ("SETUP_EXCEPT h\nLOAD_GLOBAL x\nSTORE_FAST_0\nPOP_BLOCK\nLOAD_FAST_0\n"
                        "RETURN_VALUE\nh:\nPOP_TOP\nPOP_TOP\nPOP_TOP\nPOP_EXCEPT\nat:\nLOAD_FAST_0\n"
                        "RETURN_VALUE\n", "at", 0, ()),
    "read_by_a_superinstruction": ("LOAD_CONST_NONE\nSTORE_FAST_0\nat:\nBINARY_OP_FAST_FAST 0 1 ADD\n"
                                   "RETURN_VALUE\n", "at", 1, ()),
    "read_by_load_deref": ("at:\nLOAD_DEREF 1\nRETURN_VALUE\n", "at", 1, (0,)),
}


@pytest.mark.parametrize("name", sorted(UNBOUND))
def test_local_that_may_be_unbound(gen, name):
    text, label, local, bound = UNBOUND[name]
    error = refused_asm(gen, text, label, n_locals=3, bound=bound)
    assert f"local {local} may be unbound here (LOAD_FAST_CHECK checks it)" in str(error)


BOUND_OK = [
    ("LOAD_FAST_0\nRETURN_VALUE\n", (0,)),                      # a parameter or a cell
    ("LOAD_CONST_NONE\nSTORE_FAST_0\nLOAD_FAST_0\nRETURN_VALUE\n", ()),
    ("LOAD_FAST_CHECK 0 x\nRETURN_VALUE\n", ()),                # checks it
    ("DELETE_FAST 0 x\nLOAD_CONST_NONE\nRETURN_VALUE\n", ()),   # checks it too
    ("LOAD_GLOBAL x\nPOP_JUMP_IF_FALSE other\nLOAD_CONST_NONE\nSTORE_FAST_0\nJUMP join\nother:\n"
     "LOAD_CONST_SMALL_INT 1\nSTORE_FAST_0\njoin:\nLOAD_FAST_0\nRETURN_VALUE\n", ()),   # stored on both paths
    ("LOAD_CONST_NONE\nSTORE_FAST_0\nloop:\nLOAD_FAST_0\nPOP_JUMP_IF_FALSE loop\nLOAD_CONST_NONE\n"
     "RETURN_VALUE\n", ()),
]


@pytest.mark.parametrize("text, bound", BOUND_OK)
def test_local_bound_on_every_path(gen, text, bound):
    gen.verify.verify(asm(gen, text).code, n_locals=3, bound=bound)
