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
        if (mp_call_special(o, MP_QSTR___bool__, 0, NULL, &r)) return r == mp_const_true;
        if (mp_call_special(o, MP_QSTR___len__, 0, NULL, &r)) return r != MP_OBJ_NEW_SMALL_INT(0);
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

mp_uint_t mp_obj_hash(mp_obj_t o) {
    if (MP_OBJ_IS_SMALL_INT(o)) return (mp_uint_t)MP_OBJ_SMALL_INT_VALUE(o);
    if (o == mp_const_false) return 0;
    if (o == mp_const_true) return 1;
    const mp_obj_type_t *t = mp_type_of(o);
    if (t == &mp_type_str) return ((mp_obj_str_t *)o)->hash;
    if (t == &mp_type_int) return mp_int_hash(o);
    if (t == &mp_type_float) return mp_float_hash(o);
    if (t == &mp_type_tuple) {
        mp_obj_tuple_t *tu = o;
        mp_uint_t h = 0x345678;
        for (size_t i = 0; i < tu->len; i++) h = (h ^ mp_obj_hash(tu->items[i])) * 1000003u;
        return h;
    }
    if (t == &mp_type_list || t == &mp_type_dict) mp_raise(&mp_type_TypeError, "unhashable type: '%T'", o);
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t r;
        if (mp_call_special(o, MP_QSTR___hash__, 0, NULL, &r)) return (mp_uint_t)mp_obj_get_int(r);
    }
    return (mp_uint_t)o >> 3;
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

// the special method for op on a user instance (the in-place forms fall back to the plain one)
static qstr binary_special(mp_int_t op) {
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        op += MP_BINARY_OP_OR - MP_BINARY_OP_INPLACE_OR;
    }
    switch (op) {
        case MP_BINARY_OP_ADD: return MP_QSTR___add__;
        case MP_BINARY_OP_SUBTRACT: return MP_QSTR___sub__;
        case MP_BINARY_OP_MULTIPLY: return MP_QSTR___mul__;
        case MP_BINARY_OP_FLOOR_DIVIDE: return MP_QSTR___floordiv__;
        case MP_BINARY_OP_TRUE_DIVIDE: return MP_QSTR___truediv__;
        case MP_BINARY_OP_MODULO: return MP_QSTR___mod__;
        case MP_BINARY_OP_LESS: return MP_QSTR___lt__;
        case MP_BINARY_OP_MORE: return MP_QSTR___gt__;
        case MP_BINARY_OP_LESS_EQUAL: return MP_QSTR___le__;
        case MP_BINARY_OP_MORE_EQUAL: return MP_QSTR___ge__;
        case MP_BINARY_OP_EQUAL: return MP_QSTR___eq__;
        case MP_BINARY_OP_NOT_EQUAL: return MP_QSTR___ne__;
        default: return MP_QSTR_NULL;
    }
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
    if (MP_OBJ_IS_SMALL_INT(lhs) && MP_OBJ_IS_SMALL_INT(rhs)) {
        mp_obj_t r = mp_int_binary_op(op, lhs, rhs);
        if (r != MP_OBJ_NULL) return r;
    }
    if (mp_obj_is_float(lhs) || mp_obj_is_float(rhs)
        || ((op == MP_BINARY_OP_TRUE_DIVIDE || op == MP_BINARY_OP_INPLACE_TRUE_DIVIDE) && mp_obj_is_int(lhs))) {
        mp_obj_t r = mp_float_binary_op(op, lhs, rhs);
        if (r != MP_OBJ_NULL) return r;
    }
    const mp_obj_type_t *lt = mp_type_of(lhs);
    if (is_user_instance(lhs)) {
        qstr name = binary_special(op);
        mp_obj_t r;
        if (name != MP_QSTR_NULL && mp_call_special(lhs, name, 1, &rhs, &r) && r != mp_const_notimplemented) return r;
    } else {
        mp_obj_t r = MP_OBJ_NULL;
        if (lt == &mp_type_int || lt == &mp_type_bool) {
            r = mp_int_binary_op(op, lhs, rhs);
            const mp_obj_type_t *rt = mp_type_of(rhs);
            if (r == MP_OBJ_NULL && (op == MP_BINARY_OP_MULTIPLY || op == MP_BINARY_OP_INPLACE_MULTIPLY)
                && (rt == &mp_type_str || rt == &mp_type_list || rt == &mp_type_tuple)) {
                r = rt->binary_op(MP_BINARY_OP_MULTIPLY, rhs, lhs);
            }
        }
        else if (lt->binary_op != NULL) r = lt->binary_op(op, lhs, rhs);
        if (r != MP_OBJ_NULL) return r;
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
        if (op == MP_UNARY_OP_NEGATIVE && mp_call_special(o, MP_QSTR___neg__, 0, NULL, &r)) return r;
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
        if (mp_call_special(o, MP_QSTR___len__, 0, NULL, &r)) return r;
    } else if (t->unary_op != NULL && t != &mp_type_int && t != &mp_type_bool) {
        r = t->unary_op(MP_UNARY_OP_LEN, o);
    }
    if (r == MP_OBJ_NULL) mp_raise(&mp_type_TypeError, "object of type '%T' has no len()", o);
    return r;
}

mp_obj_t mp_getiter(mp_obj_t o) {
    const mp_obj_type_t *t = mp_type_of(o);
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t r;
        if (mp_call_special(o, MP_QSTR___iter__, 0, NULL, &r)) return r;
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
    } else if (t->subscr != NULL) {
        mp_obj_t r = t->subscr(base, index, value);
        if (r != MP_OBJ_NULL) return r;
    }
    if (value == MP_OBJ_NULL) mp_raise(&mp_type_TypeError, "'%T' object is not subscriptable", base);
    if (value == MP_OBJ_SENTINEL) mp_raise(&mp_type_TypeError, "'%T' object doesn't support item deletion", base);
    mp_raise(&mp_type_TypeError, "'%T' object does not support item assignment", base);
}

mp_int_t mp_obj_get_int(mp_obj_t o) {
    if (o == mp_const_false || o == mp_const_true) return o == mp_const_true;
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
}
