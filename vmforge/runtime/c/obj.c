// obj.c: the generic operations (print, compare, hash, truth, operators, len, iter, subscript)
// that dispatch on an object's type, and the types object, type, NoneType, bool, ellipsis.
#include "obj.h"

struct _mp_obj_none_t { mp_obj_base_t base; };
struct _mp_obj_bool_t { mp_obj_base_t base; };
struct _mp_obj_ellipsis_t { mp_obj_base_t base; };
const struct _mp_obj_none_t mp_const_none_obj = {{&mp_type_NoneType}};
const struct _mp_obj_bool_t mp_const_false_obj = {{&mp_type_bool}};
const struct _mp_obj_bool_t mp_const_true_obj = {{&mp_type_bool}};
const struct _mp_obj_ellipsis_t mp_const_ellipsis_obj = {{&mp_type_ellipsis}};

const char *mp_type_name(mp_obj_t o) { return qstr_str(mp_type_of(o)->name); }

static bool is_user_instance(mp_obj_t o) {
    return !MP_OBJ_IS_SMALL_INT(o) && (mp_type_of(o)->flags & MP_TYPE_FLAG_USER);
}

// --- printing -------------------------------------------------------------------------------
static mp_obj_t printing[64];      // the containers being printed, outermost first
static size_t depth;

// print o; if that raises, unwind the container depth on the way out
static void print_guarded(vstr_t *out, const mp_obj_type_t *t, mp_obj_t o, bool repr) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        t->print(out, o, repr);
        nlr_pop();
        return;
    }
    depth--;
    mp_recursion_depth--;
    nlr_jump(nlr.ret_val);
}

void mp_obj_print(vstr_t *out, mp_obj_t o, bool repr) {
    const mp_obj_type_t *t = mp_type_of(o);
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t r;
        if ((!repr && mp_call_special(o, MP_QSTR___str__, 0, NULL, &r))
            || mp_call_special(o, MP_QSTR___repr__, 0, NULL, &r)) {
            if (!mp_obj_is_str(r)) {
                mp_raise(&mp_type_TypeError, "%s returned non-string (type %T)",
                         repr ? "__repr__" : "__str__", r);
            }
            vstr_add_strn(out, ((mp_obj_str_t *)r)->data, ((mp_obj_str_t *)r)->len);
            return;
        }
    }
    while (t->print == NULL) t = t->parent;     // user classes print as their base does
    if (t != &mp_type_list && t != &mp_type_dict && t != &mp_type_tuple) {
        t->print(out, o, repr);
        return;
    }
    // containers: a container inside itself prints as [...] or {...} (CPython's
    // Py_ReprEnter), and nesting counts against the recursion limit, so the C stack is safe
    for (size_t i = 0; i < depth && i < 64; i++) {
        if (printing[i] == o) {
            vstr_add_str(out, t == &mp_type_list ? "[...]" : t == &mp_type_dict ? "{...}" : "(...)");
            return;
        }
    }
    if (mp_recursion_depth >= mp_recursion_limit) {
        mp_raise(&mp_type_RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    }
    if (depth < 64) printing[depth] = o;
    depth++;
    mp_recursion_depth++;
    print_guarded(out, t, o, repr);
    depth--;
    mp_recursion_depth--;
}

static mp_obj_t print_to_str(mp_obj_t o, bool repr) {
    if (!repr && mp_obj_is_str(o)) return o;
    vstr_t v;
    vstr_init(&v, 16);
    mp_obj_print(&v, o, repr);
    return mp_obj_new_str_from_vstr(&v);
}
mp_obj_t mp_obj_str_of(mp_obj_t o) { return print_to_str(o, false); }
mp_obj_t mp_obj_repr_of(mp_obj_t o) { return print_to_str(o, true); }

// --- types ----------------------------------------------------------------------------------
bool mp_obj_is_subclass(const mp_obj_type_t *t, const mp_obj_type_t *base) {
    if (t == base || base == &mp_type_object) return true;
    if (t->mro != MP_OBJ_NULL) {
        mp_obj_tuple_t *mro = t->mro;
        for (size_t i = 0; i < mro->len; i++) if (mro->items[i] == base) return true;
        return false;
    }
    for (const mp_obj_type_t *p = t->parent; p != NULL; p = p->parent) if (p == base) return true;
    return false;
}

bool mp_obj_isinstance(mp_obj_t o, const mp_obj_type_t *t) {
    if (t == &mp_type_int && (o == mp_const_true || o == mp_const_false)) return true;
    return mp_obj_is_subclass(mp_type_of(o), t);
}

// --- truth, equality, hash ------------------------------------------------------------------
bool mp_obj_is_true(mp_obj_t o) {
    if (o == mp_const_true) return true;
    if (o == mp_const_false || o == mp_const_none) return false;
    if (MP_OBJ_IS_SMALL_INT(o)) return MP_OBJ_SMALL_INT_VALUE(o) != 0;
    const mp_obj_type_t *t = mp_type_of(o);
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t r;
        if (mp_call_special(o, MP_QSTR___bool__, 0, NULL, &r)) {
            if (r != mp_const_true && r != mp_const_false) {
                mp_raise(&mp_type_TypeError, "__bool__ should return bool, returned %T", r);
            }
            return r == mp_const_true;
        }
        if (mp_type_lookup(t, MP_QSTR___len__) != MP_OBJ_NULL) return mp_obj_len(o) != MP_OBJ_NEW_SMALL_INT(0);
        return true;
    }
    if (t->unary_op != NULL) {
        mp_obj_t r = t->unary_op(MP_UNARY_OP_BOOL, o);
        if (r != MP_OBJ_NULL) return r == mp_const_true;
    }
    return true;
}

bool mp_obj_equal(mp_obj_t a, mp_obj_t b) {
    if (a == b) return true;
    if (MP_OBJ_IS_SMALL_INT(a) && MP_OBJ_IS_SMALL_INT(b)) return false;
    return mp_binary_op(MP_BINARY_OP_EQUAL, a, b) == mp_const_true;
}

// CPython's pointer hash (_Py_HashPointer): the address rotated right by 4 bits
static mp_hash_t pointer_hash(mp_obj_t o) {
    uint64_t y = (uint64_t)(uintptr_t)o, bits = sizeof(void *) * 8;
    y = (y >> 4) | (y << (bits - 4));
    if (bits < 64) y = (uint64_t)(int64_t)(int32_t)(uint32_t)y;  // Py_hash_t of a 32-bit word
    return (mp_hash_t)y == -1 ? -2 : (mp_hash_t)y;
}

// CPython's tuplehash: xxHash-style (3.8+), on 64-bit lanes
static mp_hash_t tuple_hash(mp_obj_tuple_t *tu) {
    const uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL, p5 = 2870177450012600261ULL;
    uint64_t acc = p5;
    for (size_t i = 0; i < tu->len; i++) {
        acc += (uint64_t)mp_obj_hash(tu->items[i]) * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
    }
    acc += tu->len ^ (p5 ^ 3527539UL);
    return acc == (uint64_t)-1 ? 1546275796 : (mp_hash_t)acc;
}

// An int in the int64 range as an int64 (a 32-bit word may be too small), else false.
static bool int64_of(mp_obj_t r, int64_t *out) {
    mp_int_t v;
    if (mp_obj_int_get_checked(r, &v)) { *out = v; return true; }
    uint64_t u = 0;
    mp_obj_t k = MP_OBJ_NEW_SMALL_INT(0x10000);
    for (int i = 0; i < 3; i++) {       // peel off 16 bits at a time
        u |= (uint64_t)MP_OBJ_SMALL_INT_VALUE(mp_binary_op(MP_BINARY_OP_MODULO, r, k)) << (16 * i);
        r = mp_binary_op(MP_BINARY_OP_FLOOR_DIVIDE, r, k);
    }
    if (!MP_OBJ_IS_SMALL_INT(r) || MP_OBJ_SMALL_INT_VALUE(r) < -0x8000 || MP_OBJ_SMALL_INT_VALUE(r) > 0x7fff) return false;
    *out = (int64_t)(u | (uint64_t)MP_OBJ_SMALL_INT_VALUE(r) << 48);
    return true;
}

// A class that defines __eq__ and not __hash__ gets __hash__ = None, as CPython's type() does;
// the first class of the MRO to define either decides.
static bool user_hashable(const mp_obj_type_t *t) {
    size_t n;
    mp_obj_t *mro;
    if (!mp_obj_get_array(t->mro, &n, &mro)) return true;
    for (size_t i = 0; i < n; i++) {
        mp_obj_t locals = ((mp_obj_type_t *)mro[i])->locals;
        if (locals == MP_OBJ_NULL) continue;
        mp_obj_t h = mp_dict_get_q(locals, MP_QSTR___hash__);
        if (h != MP_OBJ_NULL) return h != mp_const_none;
        if (mp_dict_get_q(locals, MP_QSTR___eq__) != MP_OBJ_NULL) return false;
    }
    return true;
}

mp_hash_t mp_obj_hash(mp_obj_t o) {
    if (MP_OBJ_IS_SMALL_INT(o)) return mp_int_hash(o);
    if (o == mp_const_false) return 0;
    if (o == mp_const_true) return 1;
    const mp_obj_type_t *t = mp_type_of(o);
    if (t == &mp_type_str) {
        mp_obj_str_t *s = o;
        // the cached hash is the full one only where a word holds 64 bits
        return sizeof(s->hash) >= sizeof(mp_hash_t) ? (mp_hash_t)mp_str_cached_hash(s) : mp_str_hash(s->data, s->len);
    }
    if (t == &mp_type_int) return mp_int_hash(o);
    if (t == &mp_type_float) return mp_float_hash(o);
    if (t == &mp_type_tuple) return tuple_hash(o);
    if (t == &mp_type_frozenset) return mp_frozenset_hash(o);
    if (t == &mp_type_list || t == &mp_type_dict || t == &mp_type_set || t == &mp_type_slice
        || t == &mp_type_dict_keys || t == &mp_type_dict_items) {
        mp_raise(&mp_type_TypeError, "unhashable type: '%T'", o);
    }
    if (t == &mp_type_bytes || t == &mp_type_bytearray) return mp_bytes_hash(o);
    if (t->flags & MP_TYPE_FLAG_USER) {
        if (!user_hashable(t)) mp_raise(&mp_type_TypeError, "unhashable type: '%T'", o);
        mp_obj_t r;
        if (mp_call_special(o, MP_QSTR___hash__, 0, NULL, &r)) {
            if (!mp_obj_is_int(r)) mp_raise(&mp_type_TypeError, "__hash__ method should return an integer");
            // an int that fits Py_ssize_t is the hash itself, others are hashed (slot_tp_hash)
            mp_hash_t h;
            if (!int64_of(r, &h)) h = mp_int_hash(r);
            return h == -1 ? -2 : h;
        }
    }
    return pointer_hash(o);
}

// hash() as a Python int (a hash can exceed a small int, and a word on 32-bit machines)
mp_obj_t mp_obj_new_int_from_hash(mp_hash_t h) {
    if (h >= INTPTR_MIN && h <= INTPTR_MAX) return mp_obj_new_int((mp_int_t)h);
    mp_obj_t hi = mp_obj_new_int((mp_int_t)(h >> 32));
    mp_obj_t r = mp_binary_op(MP_BINARY_OP_LSHIFT, hi, MP_OBJ_NEW_SMALL_INT(32));
    uint32_t lo = (uint32_t)h;
    r = mp_binary_op(MP_BINARY_OP_ADD, r, mp_binary_op(MP_BINARY_OP_LSHIFT, MP_OBJ_NEW_SMALL_INT(lo >> 16), MP_OBJ_NEW_SMALL_INT(16)));
    return mp_binary_op(MP_BINARY_OP_ADD, r, MP_OBJ_NEW_SMALL_INT(lo & 0xffff));
}

// --- operators ------------------------------------------------------------------------------
static const char *const binary_symbols[] = {
    [MP_BINARY_OP_SUBSCR] = "[]", [MP_BINARY_OP_OR] = "|", [MP_BINARY_OP_XOR] = "^",
    [MP_BINARY_OP_AND] = "&", [MP_BINARY_OP_LSHIFT] = "<<", [MP_BINARY_OP_RSHIFT] = ">>",
    [MP_BINARY_OP_ADD] = "+", [MP_BINARY_OP_SUBTRACT] = "-", [MP_BINARY_OP_MULTIPLY] = "*",
    [MP_BINARY_OP_FLOOR_DIVIDE] = "//", [MP_BINARY_OP_TRUE_DIVIDE] = "/",
    [MP_BINARY_OP_MODULO] = "%", [MP_BINARY_OP_POWER] = "** or pow()",
    [MP_BINARY_OP_INPLACE_OR] = "|=", [MP_BINARY_OP_INPLACE_XOR] = "^=",
    [MP_BINARY_OP_INPLACE_AND] = "&=", [MP_BINARY_OP_INPLACE_LSHIFT] = "<<=",
    [MP_BINARY_OP_INPLACE_RSHIFT] = ">>=", [MP_BINARY_OP_INPLACE_ADD] = "+=",
    [MP_BINARY_OP_INPLACE_SUBTRACT] = "-=", [MP_BINARY_OP_INPLACE_MULTIPLY] = "*=",
    [MP_BINARY_OP_INPLACE_FLOOR_DIVIDE] = "//=", [MP_BINARY_OP_INPLACE_TRUE_DIVIDE] = "/=",
    [MP_BINARY_OP_INPLACE_MODULO] = "%=", [MP_BINARY_OP_INPLACE_POWER] = "**=",
    [MP_BINARY_OP_LESS] = "<", [MP_BINARY_OP_MORE] = ">", [MP_BINARY_OP_EQUAL] = "==",
    [MP_BINARY_OP_LESS_EQUAL] = "<=", [MP_BINARY_OP_MORE_EQUAL] = ">=",
    [MP_BINARY_OP_NOT_EQUAL] = "!=",
};

// The special method names of user classes, interned at init: arith[op - OR] holds
// __op__, __rop__, __iop__; compare[op - LESS] holds __lt__ .. __ne__.
static qstr arith_names[MP_BINARY_OP_POWER - MP_BINARY_OP_OR + 1][3];
static qstr compare_names[MP_BINARY_OP_NOT_EQUAL - MP_BINARY_OP_LESS + 1];
static qstr unary_names[MP_UNARY_OP_INVERT + 1];
static qstr q_delitem, q_index;

static void special_names_init(void) {
    static const char *const arith[] = {"or", "xor", "and", "lshift", "rshift", "add", "sub", "mul",
                                        "floordiv", "truediv", "mod", "pow"};
    static const char *const prefix[] = {"__", "__r", "__i"};
    char buf[32];
    for (size_t i = 0; i < 12; i++) {
        for (size_t k = 0; k < 3; k++) {
            strcpy(buf, prefix[k]);
            strcat(buf, arith[i]);
            strcat(buf, "__");
            arith_names[i][k] = qstr_from_str(buf);
        }
    }
    static const qstr cmp[] = {MP_QSTR___lt__, MP_QSTR___gt__, MP_QSTR___eq__, MP_QSTR___le__,
                               MP_QSTR___ge__, MP_QSTR___ne__};
    memcpy(compare_names, cmp, sizeof cmp);
    unary_names[MP_UNARY_OP_POSITIVE] = qstr_from_str("__pos__");
    unary_names[MP_UNARY_OP_NEGATIVE] = MP_QSTR___neg__;
    unary_names[MP_UNARY_OP_INVERT] = qstr_from_str("__invert__");
    q_delitem = qstr_from_str("__delitem__");
    q_index = qstr_from_str("__index__");
}

// self.name(other) for a user instance; NULL when its class lacks it or it returns NotImplemented
static mp_obj_t try_special(mp_obj_t self, qstr name, mp_obj_t other) {
    mp_obj_t r;
    if (!is_user_instance(self) || !mp_call_special(self, name, 1, &other, &r) || r == mp_const_notimplemented) {
        return MP_OBJ_NULL;
    }
    return r;
}

static mp_obj_t builtin_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs);

// one side of a rich comparison; object's __ne__ inverts the class's own __eq__
static mp_obj_t compare_side(mp_int_t op, mp_obj_t self, mp_obj_t other) {
    if (!is_user_instance(self)) return builtin_binary_op(op, self, other);
    mp_obj_t r = try_special(self, compare_names[op - MP_BINARY_OP_LESS], other);
    if (r == MP_OBJ_NULL && op == MP_BINARY_OP_NOT_EQUAL
        && mp_type_lookup(mp_type_of(self), MP_QSTR___ne__) == MP_OBJ_NULL) {
        r = try_special(self, MP_QSTR___eq__, other);
        if (r != MP_OBJ_NULL) r = mp_obj_new_bool(!mp_obj_is_true(r));
    }
    return r;
}

// CPython's do_richcompare: a subclass on the right goes first, else the left, then the
// right's reflection (__lt__ <-> __gt__, __le__ <-> __ge__)
static mp_obj_t user_compare(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    static const uint8_t swapped[] = {MP_BINARY_OP_MORE, MP_BINARY_OP_LESS, MP_BINARY_OP_EQUAL,
                                      MP_BINARY_OP_MORE_EQUAL, MP_BINARY_OP_LESS_EQUAL, MP_BINARY_OP_NOT_EQUAL};
    mp_int_t sop = swapped[op - MP_BINARY_OP_LESS];
    const mp_obj_type_t *lt = mp_type_of(lhs), *rt = mp_type_of(rhs);
    bool right_first = lt != rt && is_user_instance(rhs) && mp_obj_is_subclass(rt, lt);
    mp_obj_t r;
    if (right_first && (r = compare_side(sop, rhs, lhs)) != MP_OBJ_NULL) return r;
    if ((r = compare_side(op, lhs, rhs)) != MP_OBJ_NULL) return r;
    if (!right_first) return compare_side(sop, rhs, lhs);
    return MP_OBJ_NULL;
}

// CPython's binary_op1 (and binary_iop1 for the in-place forms): __iop__, then __op__ of
// the left, then __rop__ of the right when the types differ; an overriding subclass on
// the right goes first
static mp_obj_t user_arith(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_t r;
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        r = is_user_instance(lhs) ? try_special(lhs, arith_names[op - MP_BINARY_OP_INPLACE_OR][2], rhs)
                                  : builtin_binary_op(op, lhs, rhs);
        if (r != MP_OBJ_NULL) return r;
        op -= MP_BINARY_OP_INPLACE_OR - MP_BINARY_OP_OR;
    }
    if (op < MP_BINARY_OP_OR || op > MP_BINARY_OP_POWER) return MP_OBJ_NULL;
    qstr name = arith_names[op - MP_BINARY_OP_OR][0], rname = arith_names[op - MP_BINARY_OP_OR][1];
    const mp_obj_type_t *lt = mp_type_of(lhs), *rt = mp_type_of(rhs);
    bool right = lt != rt && is_user_instance(rhs);
    if (right && mp_obj_is_subclass(rt, lt) && mp_type_lookup(rt, rname) != mp_type_lookup(lt, rname)) {
        if ((r = try_special(rhs, rname, lhs)) != MP_OBJ_NULL) return r;
        right = false;
    }
    r = is_user_instance(lhs) ? try_special(lhs, name, rhs) : builtin_binary_op(op, lhs, rhs);
    if (r == MP_OBJ_NULL && right) r = try_special(rhs, rname, lhs);
    return r;
}

static bool exception_class(mp_obj_t c) {
    return mp_obj_is_type(c, &mp_type_type) && (((mp_obj_type_t *)c)->flags & MP_TYPE_FLAG_EXCEPTION);
}

static mp_obj_t exception_match(mp_obj_t exc_type, mp_obj_t spec) {
    size_t n = 1;
    mp_obj_t *classes = &spec;
    if (mp_obj_is_type(spec, &mp_type_tuple)) mp_obj_get_array(spec, &n, &classes);
    for (size_t i = 0; i < n; i++) {
        if (!exception_class(classes[i])) {
            mp_raise(&mp_type_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (mp_obj_is_subclass(exc_type, classes[i])) return mp_const_true;
    }
    return mp_const_false;
}

// the operators of the built-in types; NULL when unsupported for these operands
static mp_obj_t builtin_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (MP_OBJ_IS_SMALL_INT(lhs) && MP_OBJ_IS_SMALL_INT(rhs)) {
        mp_obj_t r = mp_int_binary_op(op, lhs, rhs);
        if (r != MP_OBJ_NULL) return r;
    }
    if (mp_obj_is_float(lhs) || mp_obj_is_float(rhs)
        || ((op == MP_BINARY_OP_TRUE_DIVIDE || op == MP_BINARY_OP_INPLACE_TRUE_DIVIDE) && (mp_obj_is_int(lhs) || mp_obj_is_type(lhs, &mp_type_bool)))) {
        mp_obj_t r = mp_float_binary_op(op, lhs, rhs);
        if (r != MP_OBJ_NULL) return r;
    }
    const mp_obj_type_t *lt = mp_type_of(lhs);
    {
        mp_obj_t r = MP_OBJ_NULL;
        if (lt == &mp_type_int || lt == &mp_type_bool) {
            r = mp_int_binary_op(op, lhs, rhs);
            const mp_obj_type_t *rt = mp_type_of(rhs);
            if (r == MP_OBJ_NULL && (op == MP_BINARY_OP_MULTIPLY || op == MP_BINARY_OP_INPLACE_MULTIPLY)
                && (rt == &mp_type_str || rt == &mp_type_list || rt == &mp_type_tuple
                    || rt == &mp_type_bytes || rt == &mp_type_bytearray)) {
                r = rt->binary_op(MP_BINARY_OP_MULTIPLY, rhs, lhs);
            }
        }
        else if (lt->binary_op != NULL) r = lt->binary_op(op, lhs, rhs);
        if (r != MP_OBJ_NULL) return r;
    }
    return MP_OBJ_NULL;
}

mp_obj_t mp_compare_result(mp_int_t op, int c) {
    switch (op) {
        case MP_BINARY_OP_EQUAL: return mp_obj_new_bool(c == 0);
        case MP_BINARY_OP_NOT_EQUAL: return mp_obj_new_bool(c != 0);
        case MP_BINARY_OP_LESS: return mp_obj_new_bool(c < 0);
        case MP_BINARY_OP_LESS_EQUAL: return mp_obj_new_bool(c <= 0);
        case MP_BINARY_OP_MORE: return mp_obj_new_bool(c > 0);
        case MP_BINARY_OP_MORE_EQUAL: return mp_obj_new_bool(c >= 0);
        default: return MP_OBJ_NULL;
    }
}

mp_obj_t mp_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    switch (op) {
        case MP_BINARY_OP_IS: return mp_obj_new_bool(lhs == rhs);
        case MP_BINARY_OP_IS_NOT: return mp_obj_new_bool(lhs != rhs);
        case MP_BINARY_OP_EXCEPTION_MATCH: return exception_match(lhs, rhs);
        case MP_BINARY_OP_SUBSCR: return mp_subscr(lhs, rhs, MP_OBJ_NULL);
        case MP_BINARY_OP_IN: case MP_BINARY_OP_NOT_IN: {
            // `lhs in rhs` asks the container
            const mp_obj_type_t *t = mp_type_of(rhs);
            mp_obj_t r;
            if (t->flags & MP_TYPE_FLAG_USER) {
                if (mp_call_special(rhs, MP_QSTR___contains__, 1, &lhs, &r)) {
                    return mp_obj_new_bool(mp_obj_is_true(r) == (op == MP_BINARY_OP_IN));
                }
            } else if (t->binary_op != NULL && (r = t->binary_op(op, rhs, lhs)) != MP_OBJ_NULL) {
                return r;
            }
            if (t->getiter == NULL && !(t->flags & MP_TYPE_FLAG_USER)) {
                mp_raise(&mp_type_TypeError, "argument of type '%T' is not iterable", rhs);
            }
            mp_obj_t it = mp_getiter(rhs), item;
            bool found = false;
            while (!found && (item = mp_iternext(it)) != MP_OBJ_NULL) found = mp_obj_equal(item, lhs);
            return mp_obj_new_bool(found == (op == MP_BINARY_OP_IN));
        }
        default: break;
    }
    mp_obj_t r;
    if (is_user_instance(lhs) || is_user_instance(rhs)) {
        bool compare = op >= MP_BINARY_OP_LESS && op <= MP_BINARY_OP_NOT_EQUAL;
        r = compare ? user_compare(op, lhs, rhs) : user_arith(op, lhs, rhs);
        if (r != MP_OBJ_NULL) return r;
        if (op == MP_BINARY_OP_NOT_EQUAL) return mp_obj_new_bool(lhs != rhs);
    } else if ((r = builtin_binary_op(op, lhs, rhs)) != MP_OBJ_NULL) {
        return r;
    }
    if (op == MP_BINARY_OP_ADD || op == MP_BINARY_OP_INPLACE_ADD) {
        // CPython's sq_concat of str, list and tuple
        const mp_obj_type_t *lt = mp_type_of(lhs);
        if (lt == &mp_type_str || lt == &mp_type_list || lt == &mp_type_tuple) {
            mp_raise(&mp_type_TypeError, "can only concatenate %q (not \"%T\") to %q", lt->name, rhs, lt->name);
        }
    }
    if (op == MP_BINARY_OP_MULTIPLY || op == MP_BINARY_OP_INPLACE_MULTIPLY) {
        // a sequence times something that is not an int
        const mp_obj_type_t *lt = mp_type_of(lhs), *rt = mp_type_of(rhs);
        bool lseq = lt == &mp_type_str || lt == &mp_type_list || lt == &mp_type_tuple;
        bool rseq = rt == &mp_type_str || rt == &mp_type_list || rt == &mp_type_tuple;
        if (lseq || rseq) {
            mp_raise(&mp_type_TypeError, "can't multiply sequence by non-int of type '%T'", lseq ? rhs : lhs);
        }
    }
    if (op == MP_BINARY_OP_EQUAL) return mp_obj_new_bool(lhs == rhs);
    if (op == MP_BINARY_OP_NOT_EQUAL) return mp_obj_new_bool(!mp_obj_equal(lhs, rhs));
    if (op >= MP_BINARY_OP_LESS && op <= MP_BINARY_OP_MORE_EQUAL) {
        mp_raise(&mp_type_TypeError, "'%s' not supported between instances of '%T' and '%T'",
                 binary_symbols[op], lhs, rhs);
    }
    mp_raise(&mp_type_TypeError, "unsupported operand type(s) for %s: '%T' and '%T'",
             binary_symbols[op], lhs, rhs);
}

mp_obj_t mp_unary_op(mp_int_t op, mp_obj_t o) {
    if (op == MP_UNARY_OP_NOT) return mp_obj_new_bool(!mp_obj_is_true(o));
    if (op == MP_UNARY_OP_BOOL) return mp_obj_new_bool(mp_obj_is_true(o));
    if (op == MP_UNARY_OP_LEN) return mp_obj_len(o);
    const mp_obj_type_t *t = mp_type_of(o);
    mp_obj_t r = MP_OBJ_NULL;
    if (t->flags & MP_TYPE_FLAG_USER) {
        if (op >= MP_UNARY_OP_POSITIVE && op <= MP_UNARY_OP_INVERT
            && mp_call_special(o, unary_names[op], 0, NULL, &r)) return r;
    } else if (t == &mp_type_int || t == &mp_type_bool) {
        r = mp_int_unary_op(op, o);
    } else if (t->unary_op != NULL) {
        r = t->unary_op(op, o);
    }
    if (r != MP_OBJ_NULL) return r;
    static const char *const symbols[] = {"bool", "len", "+", "-", "~", "not"};
    mp_raise(&mp_type_TypeError, "bad operand type for unary %s: '%T'", symbols[op], o);
}

mp_obj_t mp_obj_len(mp_obj_t o) {
    const mp_obj_type_t *t = mp_type_of(o);
    mp_obj_t r = MP_OBJ_NULL;
    if (t->flags & MP_TYPE_FLAG_USER) {
        if (mp_call_special(o, MP_QSTR___len__, 0, NULL, &r)) {
            // CPython's slot_sq_length: an int (or bool) that is >= 0 and fits a word
            if (r == mp_const_true || r == mp_const_false) r = MP_OBJ_NEW_SMALL_INT(r == mp_const_true);
            if (!mp_obj_is_int(r)) mp_raise(&mp_type_TypeError, "'%T' object cannot be interpreted as an integer", r);
            if (mp_binary_op(MP_BINARY_OP_LESS, r, MP_OBJ_NEW_SMALL_INT(0)) == mp_const_true) {
                mp_raise(&mp_type_ValueError, "__len__() should return >= 0");
            }
            mp_int_t n;
            if (!mp_obj_int_get_checked(r, &n)) mp_raise(&mp_type_OverflowError, "cannot fit 'int' into an index-sized integer");
            return r;
        }
    } else if (t->unary_op != NULL && t != &mp_type_int && t != &mp_type_bool) {
        r = t->unary_op(MP_UNARY_OP_LEN, o);
    }
    if (r == MP_OBJ_NULL) mp_raise(&mp_type_TypeError, "object of type '%T' has no len()", o);
    return r;
}

// the old iteration protocol: o[0], o[1], ... until IndexError (or StopIteration)
typedef struct { mp_obj_base_t base; mp_obj_t seq; mp_int_t i; } getitem_it_t;
static mp_obj_t getitem_it_next(mp_obj_t o) {
    getitem_it_t *it = o;
    if (it->seq == MP_OBJ_NULL) return MP_OBJ_NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t v = mp_subscr(it->seq, MP_OBJ_NEW_SMALL_INT(it->i), MP_OBJ_NULL);
        nlr_pop();
        it->i++;
        return v;
    }
    if (!mp_obj_isinstance(nlr.ret_val, &mp_type_IndexError) && !mp_obj_isinstance(nlr.ret_val, &mp_type_StopIteration)) {
        nlr_jump(nlr.ret_val);
    }
    it->seq = MP_OBJ_NULL;
    return MP_OBJ_NULL;
}
static mp_obj_t getitem_it_iter(mp_obj_t o) { return o; }
static mp_obj_type_t mp_type_getitem_it = {.base = {&mp_type_type}, .parent = &mp_type_object,
                                           .getiter = getitem_it_iter, .iternext = getitem_it_next};
static mp_obj_t new_getitem_iter(mp_obj_t seq) {
    getitem_it_t *it = m_new_obj(getitem_it_t);
    it->base.type = &mp_type_getitem_it;
    it->seq = seq;
    return it;
}

mp_obj_t mp_getiter(mp_obj_t o) {
    const mp_obj_type_t *t = mp_type_of(o);
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t r;
        if (mp_call_special(o, MP_QSTR___iter__, 0, NULL, &r)) {
            const mp_obj_type_t *rt = mp_type_of(r);
            if (rt->iternext == NULL && !((rt->flags & MP_TYPE_FLAG_USER) && mp_type_lookup(rt, MP_QSTR___next__))) {
                mp_raise(&mp_type_TypeError, "iter() returned non-iterator of type '%T'", r);
            }
            return r;
        }
        if (mp_type_lookup(t, MP_QSTR___getitem__) != MP_OBJ_NULL) return new_getitem_iter(o);
    } else if (t->getiter != NULL) {
        return t->getiter(o);
    }
    mp_raise(&mp_type_TypeError, "'%T' object is not iterable", o);
}

mp_obj_t mp_iternext(mp_obj_t it) {
    const mp_obj_type_t *t = mp_type_of(it);
    if (t->iternext != NULL) return t->iternext(it);
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t meth[2];
        if (mp_load_method_maybe(it, MP_QSTR___next__, meth) != MP_OBJ_NULL) {
            nlr_buf_t nlr;
            if (nlr_push(&nlr) == 0) {
                mp_obj_t r = meth[1] != MP_OBJ_NULL ? mp_call1(meth[0], meth[1]) : mp_call0(meth[0]);
                nlr_pop();
                return r;
            }
            if (mp_obj_isinstance(nlr.ret_val, &mp_type_StopIteration)) return MP_OBJ_NULL;
            nlr_jump(nlr.ret_val);
        }
    }
    mp_raise(&mp_type_TypeError, "'%T' object is not an iterator", it);
}

mp_obj_t mp_subscr(mp_obj_t base, mp_obj_t index, mp_obj_t value) {
    const mp_obj_type_t *t = mp_type_of(base);
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t r, args[2] = {index, value};
        if (value == MP_OBJ_NULL && mp_call_special(base, MP_QSTR___getitem__, 1, args, &r)) return r;
        if (value != MP_OBJ_NULL && value != MP_OBJ_SENTINEL
            && mp_call_special(base, MP_QSTR___setitem__, 2, args, &r)) return mp_const_none;
        if (value == MP_OBJ_SENTINEL && mp_call_special(base, q_delitem, 1, args, &r)) return mp_const_none;
    } else if (t->subscr != NULL) {
        mp_obj_t r = t->subscr(base, index, value);
        if (r != MP_OBJ_NULL) return r;
    }
    if (value == MP_OBJ_NULL) mp_raise(&mp_type_TypeError, "'%T' object is not subscriptable", base);
    if (value == MP_OBJ_SENTINEL) mp_raise(&mp_type_TypeError, "'%T' object doesn't support item deletion", base);
    mp_raise(&mp_type_TypeError, "'%T' object does not support item assignment", base);
}

// o.__index__() for a user instance that defines it (an int), else o itself
mp_obj_t mp_obj_index(mp_obj_t o) {
    mp_obj_t r;
    if (!is_user_instance(o) || !mp_call_special(o, q_index, 0, NULL, &r)) return o;
    if (!mp_obj_is_int(r)) mp_raise(&mp_type_TypeError, "__index__ returned non-int (type %T)", r);
    return r;
}

mp_int_t mp_obj_get_int(mp_obj_t o) {
    if (o == mp_const_false || o == mp_const_true) return o == mp_const_true;
    o = mp_obj_index(o);
    if (!mp_obj_is_int(o)) mp_raise(&mp_type_TypeError, "'%T' object cannot be interpreted as an integer", o);
    mp_int_t v;
    if (!mp_obj_int_get_checked(o, &v)) mp_raise(&mp_type_OverflowError, "Python int too large to convert to C ssize_t");
    return v;
}

// --- the simple types -------------------------------------------------------------------------
static void none_print(vstr_t *out, mp_obj_t o, bool repr) { (void)o; (void)repr; vstr_add_str(out, "None"); }
static void bool_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    vstr_add_str(out, o == mp_const_true ? "True" : "False");
}
static void ellipsis_print(vstr_t *out, mp_obj_t o, bool repr) { (void)o; (void)repr; vstr_add_str(out, "Ellipsis"); }
static void object_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    const mp_obj_type_t *t = mp_type_of(o);
    char addr[32];
    static const char hex[] = "0123456789abcdef";
    size_t n = 0;
    for (mp_uint_t a = (mp_uint_t)o; a != 0; a >>= 4) addr[n++] = hex[a & 15];
    vstr_add_str(out, "<");
    if (t->flags & MP_TYPE_FLAG_USER) vstr_add_str(out, "__main__.");
    vstr_printf(out, "%q object at 0x", t->name);
    while (n > 0) vstr_add_char(out, addr[--n]);
    vstr_add_char(out, '>');
}
static void type_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    mp_obj_type_t *t = o;
    vstr_printf(out, (t->flags & MP_TYPE_FLAG_USER) ? "<class '__main__.%q'>" : "<class '%q'>", t->name);
}

static mp_obj_t bool_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)type; (void)n_kw; (void)kw;
    return mp_obj_new_bool(n > 0 && mp_obj_is_true(a[0]));
}
static mp_obj_t object_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)type; (void)n; (void)a; (void)n_kw; (void)kw;
    return mp_instance_new(&mp_type_object);
}
mp_obj_t mp_type_call(mp_obj_t self, size_t n_pos, const mp_obj_t *pos, size_t n_kw, const mp_obj_t *kw);

mp_obj_type_t mp_type_object = {.base = {&mp_type_type}, .print = object_print, .make_new = object_make_new};
mp_obj_type_t mp_type_type = {.base = {&mp_type_type}, .parent = &mp_type_object, .print = type_print,
                              .call = mp_type_call};
mp_obj_type_t mp_type_NoneType = {.base = {&mp_type_type}, .parent = &mp_type_object, .print = none_print};
mp_obj_type_t mp_type_bool = {.base = {&mp_type_type}, .parent = &mp_type_int, .print = bool_print,
                              .make_new = bool_make_new};
mp_obj_type_t mp_type_ellipsis = {.base = {&mp_type_type}, .parent = &mp_type_object, .print = ellipsis_print};

void obj_init(void) {
    mp_type_object.name = qstr_from_str("object");
    mp_type_type.name = qstr_from_str("type");
    mp_type_NoneType.name = qstr_from_str("NoneType");
    mp_type_bool.name = qstr_from_str("bool");
    mp_type_int.name = qstr_from_str("int");
    mp_type_bigint.name = mp_type_int.name;
    mp_type_ellipsis.name = qstr_from_str("ellipsis");
    mp_type_getitem_it.name = qstr_from_str("iterator");
    special_names_init();
}
