# Sum the squares mod 7 of 0..9, then print the total: the loop of bench/int_loop by hand.
# Locals: 0 = total, 1 = i.
    LOAD_CONST_SMALL_INT 0
    STORE_FAST_0
    LOAD_CONST_SMALL_INT 0
    STORE_FAST_1
loop:
    LOAD_FAST_1
    LOAD_CONST_SMALL_INT 10
    BINARY_OP LESS
    POP_JUMP_IF_FALSE done
    LOAD_FAST_0
    LOAD_FAST_1
    LOAD_FAST_1
    BINARY_OP MULTIPLY
    LOAD_CONST_SMALL_INT 7
    BINARY_OP MODULO
    BINARY_OP ADD
    STORE_FAST_0
    LOAD_FAST_1
    LOAD_CONST_SMALL_INT 1
    BINARY_OP ADD
    STORE_FAST_1
    JUMP loop
done:
    LOAD_NAME print
    LOAD_FAST_0
    CALL_FUNCTION n_pos=1 n_kw=0
    POP_TOP
    LOAD_CONST_NONE
    RETURN_VALUE
