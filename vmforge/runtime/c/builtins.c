// builtins.c: the builtins namespace: print, len, range, isinstance and the rest programs
// use most, and the names of the built-in types and exception classes.
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
    if (mp_binary_op(MP_BINARY_OP_LESS, a[0], MP_OBJ_NEW_SMALL_INT(0)) == mp_const_true) {
        return mp_unary_op(MP_UNARY_OP_NEGATIVE, a[0]);
    }
    return mp_unary_op(MP_UNARY_OP_POSITIVE, a[0]);
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

MP_BUILTIN(b_iter, "iter", 1, 1, false);
static mp_obj_t b_iter(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return mp_getiter(a[0]);
}

MP_BUILTIN(b_next, "next", 1, 2, false);
static mp_obj_t b_next(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    if (n == 1 && mp_obj_is_type(a[0], &mp_type_gen)) return mp_gen_next(a[0]);   // StopIteration keeps the value
    mp_obj_t v = mp_iternext(a[0]);
    if (v != MP_OBJ_NULL) return v;
    if (n > 1) return a[1];
    mp_raise_obj(mp_obj_new_exception(&mp_type_StopIteration, 0, NULL));
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

MP_BUILTIN(b_sum, "sum", 1, 2, false);
static mp_obj_t b_sum(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_obj_t total = n > 1 ? a[1] : MP_OBJ_NEW_SMALL_INT(0), it = mp_getiter(a[0]), item;
    while ((item = mp_iternext(it)) != MP_OBJ_NULL) total = mp_binary_op(MP_BINARY_OP_ADD, total, item);
    return total;
}

MP_BUILTIN(b_hasattr, "hasattr", 2, 2, false);
static mp_obj_t b_hasattr(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_t dest[2];
    return mp_obj_new_bool(mp_load_method_maybe(a[0], mp_obj_str_qstr(a[1]), dest) != MP_OBJ_NULL);
}

MP_BUILTIN(b_getattr, "getattr", 2, 3, false);
static mp_obj_t b_getattr(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    if (!mp_obj_is_str(a[1])) mp_raise(&mp_type_TypeError, "attribute name must be string, not '%T'", a[1]);
    mp_obj_t v = mp_load_attr_maybe(a[0], mp_obj_str_qstr(a[1]));
    if (v != MP_OBJ_NULL) return v;
    if (n > 2) return a[2];
    return mp_load_attr(a[0], mp_obj_str_qstr(a[1]));
}

MP_BUILTIN(b_setattr, "setattr", 3, 3, false);
static mp_obj_t b_setattr(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_store_attr(a[0], mp_obj_str_qstr(a[1]), a[2]);
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
typedef struct { mp_obj_base_t base; mp_int_t start, stop, step; } range_t;
typedef struct { mp_obj_base_t base; mp_int_t cur, stop, step; } range_it_t;

mp_obj_t mp_obj_new_range(mp_int_t start, mp_int_t stop, mp_int_t step) {
    range_t *r = m_new_obj(range_t);
    r->base.type = &mp_type_range;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return r;
}
static mp_obj_t range_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)type; (void)kw;
    if (n_kw) mp_raise(&mp_type_TypeError, "range() takes no keyword arguments");
    if (n < 1 || n > 3) {
        mp_raise(&mp_type_TypeError, n < 1 ? "range expected at least 1 argument, got %d"
                 : "range expected at most 3 arguments, got %d", (int)n);
    }
    mp_int_t start = 0, stop, step = 1;
    if (n == 1) stop = mp_obj_get_int(a[0]);
    else { start = mp_obj_get_int(a[0]); stop = mp_obj_get_int(a[1]); }
    if (n == 3 && (step = mp_obj_get_int(a[2])) == 0) mp_raise(&mp_type_ValueError, "range() arg 3 must not be zero");
    return mp_obj_new_range(start, stop, step);
}
static mp_int_t range_len(range_t *r) {
    if (r->step > 0) return r->stop > r->start ? (r->stop - r->start + r->step - 1) / r->step : 0;
    return r->stop < r->start ? (r->start - r->stop - r->step - 1) / -r->step : 0;
}
static mp_obj_t range_unary(mp_int_t op, mp_obj_t o) {
    if (op == MP_UNARY_OP_LEN) return MP_OBJ_NEW_SMALL_INT(range_len(o));
    if (op == MP_UNARY_OP_BOOL) return mp_obj_new_bool(range_len(o) != 0);
    return MP_OBJ_NULL;
}
static mp_obj_t range_subscr(mp_obj_t base, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_NULL) return MP_OBJ_NULL;
    range_t *r = base;
    mp_int_t i = mp_get_index(&mp_type_range, (size_t)range_len(r), index, false);
    return mp_obj_new_int(r->start + i * r->step);
}
static void range_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    range_t *r = o;
    vstr_printf(out, "range(%ld, %ld", (long)r->start, (long)r->stop);
    if (r->step != 1) vstr_printf(out, ", %ld", (long)r->step);
    vstr_add_char(out, ')');
}
static mp_obj_t range_getiter(mp_obj_t o) {
    range_t *r = o;
    range_it_t *it = m_new_obj(range_it_t);
    it->base.type = &mp_type_range_it;
    it->cur = r->start;
    it->stop = r->stop;
    it->step = r->step;
    return it;
}
static mp_obj_t range_it_next(mp_obj_t o) {
    range_it_t *it = o;
    if (it->step > 0 ? it->cur >= it->stop : it->cur <= it->stop) return MP_OBJ_NULL;
    mp_obj_t v = mp_obj_new_int(it->cur);
    it->cur += it->step;
    return v;
}
static mp_obj_t identity(mp_obj_t o) { return o; }

mp_obj_type_t mp_type_range = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .print = range_print, .make_new = range_make_new,
    .unary_op = range_unary, .subscr = range_subscr, .getiter = range_getiter,
};
mp_obj_type_t mp_type_range_it = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .getiter = identity, .iternext = range_it_next,
};

// --- the namespace ------------------------------------------------------------------------------
static void add(const char *name, mp_obj_t v) { mp_dict_store_q(mp_builtins, qstr_from_str(name), v); }

void builtins_init(void) {
    mp_type_range.name = qstr_from_str("range");
    mp_type_range_it.name = qstr_from_str("range_iterator");
    gc_add_root(&mp_builtins);
    mp_builtins = mp_obj_new_dict(64);
    static const mp_obj_builtin_fun_t *const funs[] = {
        &b_print_obj, &b_len_obj, &b_repr_obj, &b_abs_obj, &b_isinstance_obj, &b_issubclass_obj,
        &b_iter_obj, &b_next_obj, &b_min_obj, &b_max_obj, &b_sum_obj, &b_hasattr_obj,
        &b_getattr_obj, &b_setattr_obj, &b_chr_obj, &b_ord_obj, &b_build_class_obj, &b_format_obj,
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
