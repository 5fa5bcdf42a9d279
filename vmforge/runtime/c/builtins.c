// builtins.c: the builtins namespace: print, len, range, isinstance and the rest programs
// use most, and the names of the built-in types and exception classes.
#include <math.h>
#include "obj.h"

mp_obj_t mp_builtins;

void mp_print_str(const char *s, size_t n) { mp_port_write(1, s, n); }

static mp_obj_t kwarg(size_t n_kw, const mp_obj_t *kw, qstr name) {
    for (size_t i = 0; i < n_kw; i++) if (mp_obj_str_qstr(kw[2 * i]) == name) return kw[2 * i + 1];
    return MP_OBJ_NULL;
}

MP_BUILTIN(b_print, "print", 0, -1, true);
static mp_obj_t b_print(size_t n, const mp_obj_t *args, size_t n_kw, const mp_obj_t *kw) {
    mp_obj_t sep = kwarg(n_kw, kw, MP_QSTR_sep), end = kwarg(n_kw, kw, MP_QSTR_end);
    for (size_t i = 0; i < n_kw; i++) {
        qstr k = mp_obj_str_qstr(kw[2 * i]);
        if (k != MP_QSTR_sep && k != MP_QSTR_end) {
            mp_raise(&mp_type_TypeError, "'%q' is an invalid keyword argument for print()", k);
        }
    }
    if (sep != MP_OBJ_NULL && sep != mp_const_none && !mp_obj_is_str(sep)) {
        mp_raise(&mp_type_TypeError, "sep must be None or a string, not %T", sep);
    }
    if (end != MP_OBJ_NULL && end != mp_const_none && !mp_obj_is_str(end)) {
        mp_raise(&mp_type_TypeError, "end must be None or a string, not %T", end);
    }
    vstr_t v;
    vstr_init(&v, 64);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            if (sep == MP_OBJ_NULL || sep == mp_const_none) vstr_add_char(&v, ' ');
            else vstr_add_strn(&v, ((mp_obj_str_t *)sep)->data, ((mp_obj_str_t *)sep)->len);
        }
        mp_obj_print(&v, args[i], false);
    }
    if (end == MP_OBJ_NULL || end == mp_const_none) vstr_add_char(&v, '\n');
    else vstr_add_strn(&v, ((mp_obj_str_t *)end)->data, ((mp_obj_str_t *)end)->len);
    mp_print_str(v.buf, v.len);
    return mp_const_none;
}

MP_BUILTIN(b_len, "len", 1, 1, false);
static mp_obj_t b_len(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_len(a[0]);
}

MP_BUILTIN(b_repr, "repr", 1, 1, false);
static mp_obj_t b_repr(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_repr_of(a[0]);
}

MP_BUILTIN(b_abs, "abs", 1, 1, false);
static mp_obj_t b_abs(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_t x = a[0], r;
    if (mp_obj_is_float(x)) return mp_obj_new_float(__builtin_fabs(mp_obj_float_value(x)));   // abs(-0.0) is 0.0
    if (mp_obj_is_int(x) || x == mp_const_true || x == mp_const_false) {
        return mp_unary_op(mp_binary_op(MP_BINARY_OP_LESS, x, MP_OBJ_NEW_SMALL_INT(0)) == mp_const_true
                           ? MP_UNARY_OP_NEGATIVE : MP_UNARY_OP_POSITIVE, x);
    }
    if ((mp_type_of(x)->flags & MP_TYPE_FLAG_USER) && mp_call_special(x, qstr_from_str("__abs__"), 0, NULL, &r)) return r;
    mp_raise(&mp_type_TypeError, "bad operand type for abs(): '%T'", x);
}

static const mp_obj_type_t *class_arg(mp_obj_t c, const char *fn) {
    if (!mp_obj_is_type(c, &mp_type_type)) {
        mp_raise(&mp_type_TypeError, "%s arg 2 must be a type, a tuple of types, or a union", fn);
    }
    return c;
}

static bool check_classes(mp_obj_t o, mp_obj_t spec, bool sub, const char *fn) {
    size_t n = 1;
    mp_obj_t *classes = &spec;
    if (mp_obj_is_type(spec, &mp_type_tuple)) mp_obj_get_array(spec, &n, &classes);
    for (size_t i = 0; i < n; i++) {
        if (mp_obj_is_type(classes[i], &mp_type_tuple)) {      // tuples nest
            if (check_classes(o, classes[i], sub, fn)) return true;
            continue;
        }
        const mp_obj_type_t *t = class_arg(classes[i], fn);
        if (sub ? mp_obj_is_subclass(o, t) : mp_obj_isinstance(o, t)) return true;
    }
    return false;
}

MP_BUILTIN(b_isinstance, "isinstance", 2, 2, false);
static mp_obj_t b_isinstance(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_new_bool(check_classes(a[0], a[1], false, "isinstance()"));
}

MP_BUILTIN(b_issubclass, "issubclass", 2, 2, false);
static mp_obj_t b_issubclass(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    if (!mp_obj_is_type(a[0], &mp_type_type)) mp_raise(&mp_type_TypeError, "issubclass() arg 1 must be a class");
    return mp_obj_new_bool(check_classes(a[0], a[1], true, "issubclass()"));
}

// iter(fn, sentinel): calls fn until it returns the sentinel
typedef struct { mp_obj_base_t base; mp_obj_t fn, sentinel; } callable_it_t;
static mp_obj_t callable_it_next(mp_obj_t o) {
    callable_it_t *it = o;
    if (it->fn == MP_OBJ_NULL) return MP_OBJ_NULL;
    mp_obj_t v = mp_call0(it->fn);
    if (mp_obj_equal(v, it->sentinel)) { it->fn = MP_OBJ_NULL; return MP_OBJ_NULL; }
    return v;
}
static mp_obj_t callable_it_iter(mp_obj_t o) { return o; }
static mp_obj_type_t mp_type_callable_it = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .getiter = callable_it_iter, .iternext = callable_it_next,
};

MP_BUILTIN(b_iter, "iter", 1, 2, false);
static mp_obj_t b_iter(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    if (n == 1) return mp_getiter(a[0]);
    if (mp_call(mp_dict_get_q(mp_builtins, qstr_from_str("callable")), 1, a, 0, NULL) != mp_const_true) {
        mp_raise(&mp_type_TypeError, "iter(v, w): v must be callable");
    }
    callable_it_t *it = m_new_obj(callable_it_t);
    it->base.type = &mp_type_callable_it;
    it->fn = a[0];
    it->sentinel = a[1];
    return it;
}

// next(it[, default]): a generator's or a class's own StopIteration (with its value) passes through
static mp_obj_t next_raising(mp_obj_t it) {
    if (mp_obj_is_type(it, &mp_type_gen)) return mp_gen_next(it);
    if (mp_type_of(it)->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t dest[2];
        if (mp_load_method_maybe(it, MP_QSTR___next__, dest) != MP_OBJ_NULL) {
            return mp_call(dest[0], dest[1] != MP_OBJ_NULL, &dest[1], 0, NULL);
        }
    }
    mp_obj_t v = mp_iternext(it);
    if (v == MP_OBJ_NULL) mp_raise_obj(mp_obj_new_exception(&mp_type_StopIteration, 0, NULL));
    return v;
}

MP_BUILTIN(b_next, "next", 1, 2, false);
static mp_obj_t b_next(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    if (n == 1) return next_raising(a[0]);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t v = next_raising(a[0]);
        nlr_pop();
        return v;
    }
    if (!mp_obj_isinstance(nlr.ret_val, &mp_type_StopIteration)) nlr_jump(nlr.ret_val);
    return a[1];
}

// min/max over one iterable or several arguments
static mp_obj_t min_max(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw, mp_int_t op, const char *name) {
    mp_obj_t key = MP_OBJ_NULL, dflt = MP_OBJ_NULL;
    for (size_t i = 0; i < n_kw; i++) {
        const char *k = qstr_str(mp_obj_str_qstr(kw[2 * i]));
        if (strcmp(k, "key") == 0) key = kw[2 * i + 1];
        else if (strcmp(k, "default") == 0) dflt = kw[2 * i + 1];
        else mp_raise(&mp_type_TypeError, "%s() got an unexpected keyword argument '%s'", name, k);
    }
    if (key == mp_const_none) key = MP_OBJ_NULL;
    mp_obj_t best = MP_OBJ_NULL, best_key = MP_OBJ_NULL;
    mp_obj_t it = n == 1 ? mp_getiter(a[0]) : mp_getiter(mp_obj_new_tuple(n, a)), item;
    while ((item = mp_iternext(it)) != MP_OBJ_NULL) {
        mp_obj_t k = key ? mp_call1(key, item) : item;
        if (best == MP_OBJ_NULL || mp_binary_op(op, k, best_key) == mp_const_true) { best = item; best_key = k; }
    }
    if (best == MP_OBJ_NULL) {
        if (dflt != MP_OBJ_NULL) return dflt;
        mp_raise(&mp_type_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}
MP_BUILTIN(b_min, "min", 1, -1, true);
static mp_obj_t b_min(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    return min_max(n, a, n_kw, kw, MP_BINARY_OP_LESS, "min");
}
MP_BUILTIN(b_max, "max", 1, -1, true);
static mp_obj_t b_max(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    return min_max(n, a, n_kw, kw, MP_BINARY_OP_MORE, "max");
}

MP_BUILTIN(b_sum, "sum", 1, 2, true);
static mp_obj_t b_sum(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    mp_obj_t total = n > 1 ? a[1] : MP_OBJ_NEW_SMALL_INT(0);
    for (size_t i = 0; i < n_kw; i++) {
        const char *k = qstr_str(mp_obj_str_qstr(kw[2 * i]));
        if (strcmp(k, "start") != 0 || n > 1) {
            mp_raise(&mp_type_TypeError, n > 1 && strcmp(k, "start") == 0
                     ? "argument for sum() given by name ('start') and position (2)"
                     : "'%s' is an invalid keyword argument for sum()", k);
        }
        total = kw[2 * i + 1];
    }
    if (mp_obj_is_str(total)) mp_raise(&mp_type_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (strcmp(mp_type_name(total), "bytes") == 0) {
        mp_raise(&mp_type_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    }
    mp_obj_t it = mp_getiter(a[0]), item;
    while ((item = mp_iternext(it)) != MP_OBJ_NULL) total = mp_binary_op(MP_BINARY_OP_ADD, total, item);
    return total;
}

static qstr attr_name(mp_obj_t name) {
    if (!mp_obj_is_str(name)) mp_raise(&mp_type_TypeError, "attribute name must be string, not '%T'", name);
    return mp_obj_str_qstr(name);
}

// base.name, or NULL when that raises AttributeError (a property or __getattr__ may)
static mp_obj_t load_attr_or_null(mp_obj_t base, qstr name) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t v = mp_load_attr_maybe(base, name);
        nlr_pop();
        return v;
    }
    if (!mp_obj_isinstance(nlr.ret_val, &mp_type_AttributeError)) nlr_jump(nlr.ret_val);
    return MP_OBJ_NULL;
}

MP_BUILTIN(b_hasattr, "hasattr", 2, 2, false);
static mp_obj_t b_hasattr(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_new_bool(load_attr_or_null(a[0], attr_name(a[1])) != MP_OBJ_NULL);
}

MP_BUILTIN(b_getattr, "getattr", 2, 3, false);
static mp_obj_t b_getattr(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    qstr name = attr_name(a[1]);
    if (n < 3) return mp_load_attr(a[0], name);
    mp_obj_t v = load_attr_or_null(a[0], name);
    return v != MP_OBJ_NULL ? v : a[2];
}

MP_BUILTIN(b_setattr, "setattr", 3, 3, false);
static mp_obj_t b_setattr(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_store_attr(a[0], attr_name(a[1]), a[2]);
    return mp_const_none;
}

MP_BUILTIN(b_delattr, "delattr", 2, 2, false);
static mp_obj_t b_delattr(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_delete_attr(a[0], attr_name(a[1]));
    return mp_const_none;
}

MP_BUILTIN(b_chr, "chr", 1, 1, false);
static mp_obj_t b_chr(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    if (!mp_obj_is_int(a[0]) && a[0] != mp_const_true && a[0] != mp_const_false) {
        mp_raise(&mp_type_TypeError, "'%T' object cannot be interpreted as an integer", a[0]);
    }
    mp_int_t c;
    if (!mp_obj_int_get_checked(a[0], &c)) mp_raise(&mp_type_OverflowError, "Python int too large to convert to C int");
    if (c < 0 || c > 0x10ffff) mp_raise(&mp_type_ValueError, "chr() arg not in range(0x110000)");
    return mp_obj_new_str_of_char((unichar)c);
}

MP_BUILTIN(b_ord, "ord", 1, 1, false);
static mp_obj_t b_ord(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_t o = a[0];
    if (mp_obj_is_str(o)) {
        mp_obj_str_t *s = o;
        if (s->char_len != 1) mp_raise(&mp_type_TypeError, "ord() expected a character, but string of length %d found", (int)s->char_len);
        const char *p = s->data;
        return MP_OBJ_NEW_SMALL_INT(mp_utf8_next(&p));
    }
    // bytes and bytearray (by name: their types live in another file): the one byte's value
    const char *t = mp_type_name(o);
    if (strcmp(t, "bytes") == 0 || strcmp(t, "bytearray") == 0) {
        mp_int_t len = mp_obj_get_int(mp_obj_len(o));
        if (len != 1) mp_raise(&mp_type_TypeError, "ord() expected a character, but string of length %d found", (int)len);
        return mp_subscr(o, MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_NULL);
    }
    mp_raise(&mp_type_TypeError, "ord() expected string of length 1, but %s found", t);
}

MP_BUILTIN(b_format, "format", 1, 2, false);
static mp_obj_t b_format(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    return n > 1 ? mp_format(a[0], a[1]) : mp_obj_str_of(a[0]);
}

MP_BUILTIN(b_build_class, "__build_class__", 2, -1, true);
static mp_obj_t b_build_class(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    return mp_builtin___build_class__(n, a, n_kw, kw);
}

// --- range ------------------------------------------------------------------------------------
// The bounds are int objects, so a range may pass a word (range(0, 10 ** 12) on 32 bits);
// iterating one whose bounds fit a word stays on C ints.
typedef struct { mp_obj_base_t base; mp_obj_t start, stop, step; } range_t;
typedef struct { mp_obj_base_t base; mp_int_t cur, stop, step; mp_obj_t ocur, ostop, ostep; } range_it_t;

static mp_obj_t op2(mp_int_t op, mp_obj_t a, mp_obj_t b) { return mp_binary_op(op, a, b); }
static bool lt(mp_obj_t a, mp_obj_t b) { return op2(MP_BINARY_OP_LESS, a, b) == mp_const_true; }
static bool is_neg(mp_obj_t a) { return lt(a, MP_OBJ_NEW_SMALL_INT(0)); }

static mp_obj_t new_range(mp_obj_t start, mp_obj_t stop, mp_obj_t step) {
    range_t *r = m_new_obj(range_t);
    r->base.type = &mp_type_range;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return r;
}
mp_obj_t mp_obj_new_range(mp_int_t start, mp_int_t stop, mp_int_t step) {
    return new_range(mp_obj_new_int(start), mp_obj_new_int(stop), mp_obj_new_int(step));
}
static mp_obj_t range_arg(mp_obj_t o) {
    if (o == mp_const_true || o == mp_const_false) return MP_OBJ_NEW_SMALL_INT(o == mp_const_true);
    o = mp_obj_index(o);
    if (!mp_obj_is_int(o)) mp_raise(&mp_type_TypeError, "'%T' object cannot be interpreted as an integer", o);
    return o;
}
static mp_obj_t range_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)type; (void)kw;
    if (n_kw) mp_raise(&mp_type_TypeError, "range() takes no keyword arguments");
    if (n < 1 || n > 3) {
        mp_raise(&mp_type_TypeError, n < 1 ? "range expected at least 1 argument, got %d"
                 : "range expected at most 3 arguments, got %d", (int)n);
    }
    mp_obj_t start = MP_OBJ_NEW_SMALL_INT(0), stop, step = MP_OBJ_NEW_SMALL_INT(1);
    if (n == 1) stop = range_arg(a[0]);
    else { start = range_arg(a[0]); stop = range_arg(a[1]); }
    if (n == 3 && (step = range_arg(a[2])) == MP_OBJ_NEW_SMALL_INT(0)) {
        mp_raise(&mp_type_ValueError, "range() arg 3 must not be zero");
    }
    return new_range(start, stop, step);
}
// CPython's compute_range_length
static mp_obj_t range_len(range_t *r) {
    mp_obj_t lo = r->start, hi = r->stop, step = r->step;
    if (is_neg(step)) { lo = r->stop; hi = r->start; step = mp_unary_op(MP_UNARY_OP_NEGATIVE, step); }
    if (!lt(lo, hi)) return MP_OBJ_NEW_SMALL_INT(0);
    mp_obj_t d = op2(MP_BINARY_OP_SUBTRACT, op2(MP_BINARY_OP_SUBTRACT, hi, lo), MP_OBJ_NEW_SMALL_INT(1));
    return op2(MP_BINARY_OP_ADD, op2(MP_BINARY_OP_FLOOR_DIVIDE, d, step), MP_OBJ_NEW_SMALL_INT(1));
}
static mp_obj_t range_item(range_t *r, mp_obj_t i) {
    return op2(MP_BINARY_OP_ADD, r->start, op2(MP_BINARY_OP_MULTIPLY, i, r->step));
}
static mp_obj_t range_unary(mp_int_t op, mp_obj_t o) {
    if (op == MP_UNARY_OP_LEN) return range_len(o);
    if (op == MP_UNARY_OP_BOOL) return mp_obj_new_bool(range_len(o) != MP_OBJ_NEW_SMALL_INT(0));
    return MP_OBJ_NULL;
}
// the position of x in r, or NULL
static mp_obj_t range_find(range_t *r, mp_obj_t x) {
    if (x == mp_const_true || x == mp_const_false) x = MP_OBJ_NEW_SMALL_INT(x == mp_const_true);
    if (!mp_obj_is_int(x)) return MP_OBJ_NULL;
    mp_obj_t off = op2(MP_BINARY_OP_SUBTRACT, x, r->start);
    if (op2(MP_BINARY_OP_MODULO, off, r->step) != MP_OBJ_NEW_SMALL_INT(0)) return MP_OBJ_NULL;
    mp_obj_t i = op2(MP_BINARY_OP_FLOOR_DIVIDE, off, r->step);
    return !is_neg(i) && lt(i, range_len(r)) ? i : MP_OBJ_NULL;
}
static mp_obj_t range_binary(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    range_t *a = lhs;
    if ((op == MP_BINARY_OP_IN || op == MP_BINARY_OP_NOT_IN) && mp_obj_is_int(rhs)) {
        return mp_obj_new_bool((range_find(a, rhs) != MP_OBJ_NULL) == (op == MP_BINARY_OP_IN));
    }
    if ((op != MP_BINARY_OP_EQUAL && op != MP_BINARY_OP_NOT_EQUAL) || !mp_obj_is_type(rhs, &mp_type_range)) {
        return MP_OBJ_NULL;
    }
    // equal when they produce the same items
    range_t *b = rhs;
    mp_obj_t n = range_len(a);
    bool eq = mp_obj_equal(n, range_len(b));
    if (eq && n != MP_OBJ_NEW_SMALL_INT(0)) {
        eq = mp_obj_equal(a->start, b->start) && (n == MP_OBJ_NEW_SMALL_INT(1) || mp_obj_equal(a->step, b->step));
    }
    return mp_obj_new_bool(eq == (op == MP_BINARY_OP_EQUAL));
}
static mp_obj_t range_subscr(mp_obj_t base, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_NULL) return MP_OBJ_NULL;
    range_t *r = base;
    mp_obj_t n = range_len(r);
    if (mp_obj_is_slice(index)) {
        mp_int_t start, stop, step;
        mp_slice_adjust(index, mp_obj_get_int(n), &start, &stop, &step);
        return new_range(range_item(r, mp_obj_new_int(start)), range_item(r, mp_obj_new_int(stop)),
                         op2(MP_BINARY_OP_MULTIPLY, r->step, mp_obj_new_int(step)));
    }
    if (index == mp_const_true || index == mp_const_false) index = MP_OBJ_NEW_SMALL_INT(index == mp_const_true);
    index = mp_obj_index(index);
    if (!mp_obj_is_int(index)) {
        mp_raise(&mp_type_TypeError, "range indices must be integers or slices, not %T", index);
    }
    mp_obj_t i = is_neg(index) ? op2(MP_BINARY_OP_ADD, index, n) : index;
    if (is_neg(i) || !lt(i, n)) mp_raise(&mp_type_IndexError, "range object index out of range");
    return range_item(r, i);
}
static void range_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    range_t *r = o;
    vstr_printf(out, "range(%R, %R", r->start, r->stop);
    if (r->step != MP_OBJ_NEW_SMALL_INT(1)) vstr_printf(out, ", %R", r->step);
    vstr_add_char(out, ')');
}
static mp_obj_t range_getiter(mp_obj_t o) {
    range_t *r = o;
    range_it_t *it = m_new_obj(range_it_t);
    it->base.type = &mp_type_range_it;
    if (!mp_obj_int_get_checked(r->start, &it->cur) || !mp_obj_int_get_checked(r->stop, &it->stop)
        || !mp_obj_int_get_checked(r->step, &it->step)) {
        it->ocur = r->start;
        it->ostop = r->stop;
        it->ostep = r->step;
    }
    return it;
}
static mp_obj_t range_it_next(mp_obj_t o) {
    range_it_t *it = o;
    if (it->ocur != MP_OBJ_NULL) {
        if (is_neg(it->ostep) ? !lt(it->ostop, it->ocur) : !lt(it->ocur, it->ostop)) return MP_OBJ_NULL;
        mp_obj_t v = it->ocur;
        it->ocur = op2(MP_BINARY_OP_ADD, v, it->ostep);
        return v;
    }
    if (it->step > 0 ? it->cur >= it->stop : it->cur <= it->stop) return MP_OBJ_NULL;
    mp_obj_t v = mp_obj_new_int(it->cur);
    if (__builtin_add_overflow(it->cur, it->step, &it->cur)) it->cur = it->stop;   // past the end
    return v;
}
static mp_obj_t identity(mp_obj_t o) { return o; }

// reversed(r): the same items from the other end
mp_obj_t mp_range_reversed(mp_obj_t o) {
    range_t *r = o;
    mp_obj_t last = range_item(r, op2(MP_BINARY_OP_SUBTRACT, range_len(r), MP_OBJ_NEW_SMALL_INT(1)));
    return range_getiter(new_range(last, op2(MP_BINARY_OP_SUBTRACT, r->start, r->step),
                                   mp_unary_op(MP_UNARY_OP_NEGATIVE, r->step)));
}

MP_BUILTIN(range_index, "index", 2, 2, false);
static mp_obj_t range_index(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_t i = range_find(a[0], a[1]);
    if (i == MP_OBJ_NULL) mp_raise(&mp_type_ValueError, "%R is not in range", a[1]);
    return i;
}
MP_BUILTIN(range_count, "count", 2, 2, false);
static mp_obj_t range_count(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return MP_OBJ_NEW_SMALL_INT(range_find(a[0], a[1]) != MP_OBJ_NULL);
}
static bool range_attr(mp_obj_t self, qstr name, mp_obj_t *dest) {
    range_t *r = self;
    const char *n = qstr_str(name);
    dest[0] = strcmp(n, "start") == 0 ? r->start : strcmp(n, "stop") == 0 ? r->stop
            : strcmp(n, "step") == 0 ? r->step : MP_OBJ_NULL;
    return dest[0] != MP_OBJ_NULL;
}

mp_obj_type_t mp_type_range = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .print = range_print, .make_new = range_make_new,
    .unary_op = range_unary, .binary_op = range_binary, .subscr = range_subscr, .getiter = range_getiter,
    .attr = range_attr,
};
mp_obj_type_t mp_type_range_it = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .getiter = identity, .iternext = range_it_next,
};

// dict.fromkeys(iterable[, value]): a classmethod
MP_BUILTIN(dict_fromkeys, "fromkeys", 2, 3, false);
static mp_obj_t dict_fromkeys(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_obj_t d = mp_call0(a[0]), it = mp_getiter(a[1]), k;
    while ((k = mp_iternext(it)) != MP_OBJ_NULL) mp_subscr(d, k, n > 2 ? a[2] : mp_const_none);
    return d;
}
static const mp_obj_static_class_method_t dict_fromkeys_cm = {{&mp_type_classmethod}, (mp_obj_t)&dict_fromkeys_obj};

// --- the namespace ------------------------------------------------------------------------------
static void add(const char *name, mp_obj_t v) { mp_dict_store_q(mp_builtins, qstr_from_str(name), v); }

void builtins_init(void) {
    mp_type_range.name = qstr_from_str("range");
    mp_type_range_it.name = qstr_from_str("range_iterator");
    mp_type_callable_it.name = qstr_from_str("callable_iterator");
    mp_store_method(&mp_type_range, &range_index_obj);
    mp_dict_store_q(mp_type_dict.locals, qstr_from_str("fromkeys"), (mp_obj_t)&dict_fromkeys_cm);
    mp_store_method(&mp_type_range, &range_count_obj);
    gc_add_root(&mp_builtins);
    mp_builtins = mp_obj_new_dict(64);
    static const mp_obj_builtin_fun_t *const funs[] = {
        &b_print_obj, &b_len_obj, &b_repr_obj, &b_abs_obj, &b_isinstance_obj, &b_issubclass_obj,
        &b_iter_obj, &b_next_obj, &b_min_obj, &b_max_obj, &b_sum_obj, &b_hasattr_obj,
        &b_getattr_obj, &b_setattr_obj, &b_delattr_obj, &b_chr_obj, &b_ord_obj, &b_build_class_obj, &b_format_obj,
    };
    for (size_t i = 0; i < sizeof funs / sizeof *funs; i++) add(funs[i]->name, (mp_obj_t)funs[i]);
    static mp_obj_type_t *const types[] = {
        &mp_type_object, &mp_type_type, &mp_type_bool, &mp_type_int, &mp_type_str, &mp_type_tuple,
        &mp_type_list, &mp_type_dict, &mp_type_range, &mp_type_staticmethod, &mp_type_classmethod,
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) add(qstr_str(types[i]->name), types[i]);
#define MP_ADD_EXC(c, parent) add(#c, &mp_type_##c);
    MP_EXC_TYPES(MP_ADD_EXC)
}
