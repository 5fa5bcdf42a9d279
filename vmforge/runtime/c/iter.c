// iter.c: the iterator builtins (enumerate, zip, reversed) and sorted, plus the list
// methods built on the same stable merge sort.
#include <stdio.h>
#include <stdlib.h>
#include "obj.h"

typedef struct { mp_obj_base_t base; mp_obj_t it; mp_obj_t count; } enumerate_t;
typedef struct { mp_obj_base_t base; size_t n; mp_obj_t its[]; } zip_t;
static mp_obj_t identity(mp_obj_t o) { return o; }

static mp_obj_t enumerate_next(mp_obj_t o) {
    enumerate_t *e = o;
    mp_obj_t v = mp_iternext(e->it);
    if (v == MP_OBJ_NULL) return MP_OBJ_NULL;
    mp_obj_t pair[2] = {e->count, v};
    e->count = mp_binary_op(MP_BINARY_OP_ADD, e->count, MP_OBJ_NEW_SMALL_INT(1));
    return mp_obj_new_tuple(2, pair);
}
static mp_obj_t enumerate_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)type;
    mp_obj_t start = n_kw == 1 && strcmp(qstr_str(mp_obj_str_qstr(kw[0])), "start") == 0 ? kw[1] : MP_OBJ_NULL;
    if (n < 1 || n + n_kw > 2 || (n_kw && start == MP_OBJ_NULL)) mp_raise(&mp_type_TypeError, "enumerate() takes at most 2 arguments");
    enumerate_t *e = m_new_obj(enumerate_t);
    e->base.type = &mp_type_enumerate;
    e->it = mp_getiter(a[0]);
    e->count = n > 1 ? a[1] : start != MP_OBJ_NULL ? start : MP_OBJ_NEW_SMALL_INT(0);
    return e;
}
mp_obj_type_t mp_type_enumerate = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .make_new = enumerate_make_new,
    .getiter = identity, .iternext = enumerate_next,
};

static mp_obj_t zip_next(mp_obj_t o) {
    zip_t *z = o;
    if (z->n == 0) return MP_OBJ_NULL;
    mp_obj_t t = mp_obj_new_tuple(z->n, NULL);
    for (size_t i = 0; i < z->n; i++) {
        mp_obj_t v = mp_iternext(z->its[i]);
        if (v == MP_OBJ_NULL) return MP_OBJ_NULL;
        ((mp_obj_tuple_t *)t)->items[i] = v;
    }
    return t;
}
static mp_obj_t zip_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)type; (void)n_kw; (void)kw;
    zip_t *z = gc_alloc(sizeof(zip_t) + n * sizeof(mp_obj_t));
    z->base.type = &mp_type_zip;
    z->n = n;
    for (size_t i = 0; i < n; i++) z->its[i] = mp_getiter(a[i]);
    return z;
}
mp_obj_type_t mp_type_zip = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .make_new = zip_make_new,
    .getiter = identity, .iternext = zip_next,
};

// --- sorting --------------------------------------------------------------------------------
static bool less(mp_obj_t a, mp_obj_t b) { return mp_binary_op(MP_BINARY_OP_LESS, a, b) == mp_const_true; }

// Stable merge sort of items by keys (the items themselves when keys == items).
static void merge_sort(mp_obj_t *keys, mp_obj_t *items, size_t n, mp_obj_t *tk, mp_obj_t *ti, bool reverse) {
    if (n < 2) return;
    size_t h = n / 2;
    merge_sort(keys, items, h, tk, ti, reverse);
    merge_sort(keys + h, items + h, n - h, tk, ti, reverse);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n) {
        // reverse keeps equal items in order too: take the right one only when strictly first
        bool right = reverse ? less(keys[i], keys[j]) : less(keys[j], keys[i]);
        size_t from = right ? j++ : i++;
        tk[k] = keys[from];
        ti[k++] = items[from];
    }
    while (i < h) { tk[k] = keys[i]; ti[k++] = items[i++]; }
    while (j < n) { tk[k] = keys[j]; ti[k++] = items[j++]; }
    memcpy(keys, tk, n * sizeof(mp_obj_t));
    if (items != keys) memcpy(items, ti, n * sizeof(mp_obj_t));
}

static mp_obj_t kwarg(size_t n_kw, const mp_obj_t *kw, const char *name) {
    qstr q = qstr_from_str(name);
    for (size_t i = 0; i < n_kw; i++) {
        qstr k = mp_obj_str_qstr(kw[2 * i]);
        if (k == q) return kw[2 * i + 1];
    }
    return MP_OBJ_NULL;
}

void mp_list_sort(mp_obj_t lst, size_t n_kw, const mp_obj_t *kw) {
    for (size_t i = 0; i < n_kw; i++) {
        const char *k = qstr_str(mp_obj_str_qstr(kw[2 * i]));
        if (strcmp(k, "key") != 0 && strcmp(k, "reverse") != 0) {
            mp_raise(&mp_type_TypeError, "'%s' is an invalid keyword argument for sort()", k);
        }
    }
    mp_obj_t key = kwarg(n_kw, kw, "key"), rev = kwarg(n_kw, kw, "reverse");
    bool reverse = rev != MP_OBJ_NULL && mp_obj_is_true(rev);
    mp_obj_list_t *l = lst;
    size_t n = l->len;
    if (n < 2) return;
    mp_obj_t *items = gc_alloc(n * sizeof(mp_obj_t)), *keys = items;
    memcpy(items, l->items, n * sizeof(mp_obj_t));
    if (key != MP_OBJ_NULL && key != mp_const_none) {
        keys = gc_alloc(n * sizeof(mp_obj_t));
        for (size_t i = 0; i < n; i++) keys[i] = mp_call1(key, items[i]);
    }
    mp_obj_t *tk = gc_alloc(n * sizeof(mp_obj_t)), *ti = gc_alloc(n * sizeof(mp_obj_t));
    merge_sort(keys, items, n, tk, ti, reverse);
    memcpy(l->items, items, n * sizeof(mp_obj_t));
}

MP_BUILTIN(b_sorted, "sorted", 1, 1, true);
static mp_obj_t b_sorted(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n;
    mp_obj_t l = mp_obj_new_list(0, NULL), it = mp_getiter(a[0]), v;
    while ((v = mp_iternext(it)) != MP_OBJ_NULL) mp_obj_list_append(l, v);
    mp_list_sort(l, n_kw, kw);
    return l;
}

// reversed(seq): __reversed__, a range, a built-in sequence or dict, or __len__ and __getitem__
MP_BUILTIN(b_reversed, "reversed", 1, 1, false);
static mp_obj_t b_reversed(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_t seq = a[0], r;
    const mp_obj_type_t *t = mp_type_of(seq);
    bool user = t->flags & MP_TYPE_FLAG_USER;
    if (user && mp_call_special(seq, qstr_from_str("__reversed__"), 0, NULL, &r)) return r;
    if (t == &mp_type_range) return mp_range_reversed(seq);
    if (t == &mp_type_dict || strncmp(qstr_str(t->name), "dict_", 5) == 0) {
        seq = mp_obj_new_list(0, NULL);      // a dict and its views: their order, backwards
        mp_obj_t it = mp_getiter(a[0]), v;
        while ((v = mp_iternext(it)) != MP_OBJ_NULL) mp_obj_list_append(seq, v);
    }
    size_t len;
    mp_obj_t *items, l;
    if (mp_obj_get_array(seq, &len, &items)) {
        l = mp_obj_new_list(len, NULL);
        for (size_t i = 0; i < len; i++) ((mp_obj_list_t *)l)->items[i] = items[len - 1 - i];
    } else if (t == &mp_type_str || (user && mp_type_lookup(t, MP_QSTR___len__) != MP_OBJ_NULL
                                     && mp_type_lookup(t, MP_QSTR___getitem__) != MP_OBJ_NULL)) {
        mp_int_t k = mp_obj_get_int(mp_obj_len(seq));
        l = mp_obj_new_list((size_t)k, NULL);
        for (mp_int_t i = 0; i < k; i++) ((mp_obj_list_t *)l)->items[i] = mp_subscr(seq, MP_OBJ_NEW_SMALL_INT(k - 1 - i), MP_OBJ_NULL);
    } else {
        mp_raise(&mp_type_TypeError, "'%T' object is not reversible", seq);
    }
    return mp_getiter(l);
}

static bool is_number(mp_obj_t o) { return mp_obj_is_int(o) || mp_obj_is_float(o) || mp_type_of(o) == &mp_type_bool; }

MP_BUILTIN(b_divmod, "divmod", 2, 2, false);
static mp_obj_t b_divmod(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    if (is_number(a[0]) && is_number(a[1])) {
        if (mp_obj_is_float(a[0]) || mp_obj_is_float(a[1])) {
            double x, y;
            mp_obj_get_double(a[0], &x);
            mp_obj_get_double(a[1], &y);
            return mp_float_divmod(x, y);
        }
    } else if (mp_type_of(a[0])->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t r;
        if (mp_call_special(a[0], qstr_from_str("__divmod__"), 1, &a[1], &r) && r != mp_const_notimplemented) return r;
    }
    if (!is_number(a[0]) || !is_number(a[1])) {
        mp_raise(&mp_type_TypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'", a[0], a[1]);
    }
    mp_obj_t r[2] = {mp_binary_op(MP_BINARY_OP_FLOOR_DIVIDE, a[0], a[1]), mp_binary_op(MP_BINARY_OP_MODULO, a[0], a[1])};
    return mp_obj_new_tuple(2, r);
}

// pow(base, exp, mod=None); the keywords are allowed too
MP_BUILTIN(b_pow, "pow", 0, 3, true);
static mp_obj_t b_pow(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    static const char *const names[3] = {"base", "exp", "mod"};
    mp_obj_t arg[3] = {MP_OBJ_NULL, MP_OBJ_NULL, mp_const_none};
    for (size_t i = 0; i < n; i++) arg[i] = a[i];
    for (size_t i = 0; i < n_kw; i++) {
        const char *k = qstr_str(mp_obj_str_qstr(kw[2 * i]));
        size_t j = 0;
        while (j < 3 && strcmp(k, names[j]) != 0) j++;
        if (j == 3) mp_raise(&mp_type_TypeError, "'%s' is an invalid keyword argument for pow()", k);
        if (j < n) mp_raise(&mp_type_TypeError, "argument for pow() given by name ('%s') and position (%d)", k, (int)j + 1);
        arg[j] = kw[2 * i + 1];
    }
    for (size_t j = 0; j < 2; j++) {
        if (arg[j] == MP_OBJ_NULL) mp_raise(&mp_type_TypeError, "pow() missing required argument '%s' (pos %d)", names[j], (int)j + 1);
    }
    if (arg[2] == mp_const_none) return mp_binary_op(MP_BINARY_OP_POWER, arg[0], arg[1]);
    for (size_t j = 0; j < 3; j++) {
        if (!mp_obj_is_int(arg[j]) && mp_type_of(arg[j]) != &mp_type_bool) {
            mp_raise(&mp_type_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        }
    }
    return mp_int_pow_mod(arg[0], arg[1], arg[2]);
}

MP_BUILTIN(b_callable, "callable", 1, 1, false);
static mp_obj_t b_callable(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    const mp_obj_type_t *t = mp_type_of(a[0]);
    bool ok = t == &mp_type_function || t == &mp_type_builtin_fun || t == &mp_type_bound_meth
        || t == &mp_type_type || t->call != NULL
        || ((t->flags & MP_TYPE_FLAG_USER) && mp_type_lookup(t, MP_QSTR___call__) != MP_OBJ_NULL);
    return mp_obj_new_bool(ok);
}

// --- list methods ---------------------------------------------------------------------------
MP_BUILTIN(list_sort, "sort", 1, 1, true);
static mp_obj_t list_sort(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n;
    mp_list_sort(a[0], n_kw, kw);
    return mp_const_none;
}
MP_BUILTIN(list_reverse, "reverse", 1, 1, false);
static mp_obj_t list_reverse(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_list_t *l = a[0];
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        mp_obj_t t = l->items[i]; l->items[i] = l->items[j - 1]; l->items[j - 1] = t;
    }
    return mp_const_none;
}
static mp_int_t index_of(mp_obj_list_t *l, mp_obj_t v) {
    for (size_t i = 0; i < l->len; i++) if (mp_obj_equal(l->items[i], v)) return (mp_int_t)i;
    return -1;
}
MP_BUILTIN(list_index, "index", 2, 4, false);
static mp_obj_t list_index(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_obj_list_t *l = a[0];
    mp_int_t i = mp_seq_index(l->items, l->len, n, a);
    if (i < 0) mp_raise(&mp_type_ValueError, "%R is not in list", a[1]);
    return MP_OBJ_NEW_SMALL_INT(i);
}
MP_BUILTIN(list_count, "count", 2, 2, false);
static mp_obj_t list_count(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_list_t *l = a[0];
    mp_int_t c = 0;
    for (size_t i = 0; i < l->len; i++) c += mp_obj_equal(l->items[i], a[1]);
    return MP_OBJ_NEW_SMALL_INT(c);
}
MP_BUILTIN(list_remove, "remove", 2, 2, false);
static mp_obj_t list_remove(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_list_t *l = a[0];
    mp_int_t i = index_of(l, a[1]);
    if (i < 0) mp_raise(&mp_type_ValueError, "list.remove(x): x not in list");
    memmove(&l->items[i], &l->items[i + 1], (l->len - (size_t)i - 1) * sizeof(mp_obj_t));
    l->len--;
    return mp_const_none;
}
MP_BUILTIN(list_copy, "copy", 1, 1, false);
static mp_obj_t list_copy(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_new_list(((mp_obj_list_t *)a[0])->len, ((mp_obj_list_t *)a[0])->items);
}
MP_BUILTIN(list_clear, "clear", 1, 1, false);
static mp_obj_t list_clear(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    ((mp_obj_list_t *)a[0])->len = 0;
    return mp_const_none;
}

void iter_init(void) {
    mp_type_enumerate.name = qstr_from_str("enumerate");
    mp_type_zip.name = qstr_from_str("zip");
    static const mp_obj_builtin_fun_t *const list_methods[] = {
        &list_sort_obj, &list_reverse_obj, &list_index_obj, &list_count_obj, &list_remove_obj,
        &list_copy_obj, &list_clear_obj,
    };
    for (size_t i = 0; i < sizeof list_methods / sizeof *list_methods; i++) mp_store_method(&mp_type_list, list_methods[i]);
    static const mp_obj_builtin_fun_t *const funs[] = {
        &b_sorted_obj, &b_reversed_obj, &b_divmod_obj, &b_pow_obj, &b_callable_obj,
    };
    for (size_t i = 0; i < sizeof funs / sizeof *funs; i++) mp_dict_store_q(mp_builtins, qstr_from_str(funs[i]->name), (mp_obj_t)funs[i]);
    mp_dict_store_q(mp_builtins, mp_type_enumerate.name, &mp_type_enumerate);
    mp_dict_store_q(mp_builtins, mp_type_zip.name, &mp_type_zip);
}

// --- any, all, map, filter, and number builtins --------------------------------------------------
MP_BUILTIN(b_any, "any", 1, 1, false);
static mp_obj_t b_any(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_t it = mp_getiter(a[0]), v;
    while ((v = mp_iternext(it)) != MP_OBJ_NULL) if (mp_obj_is_true(v)) return mp_const_true;
    return mp_const_false;
}
MP_BUILTIN(b_all, "all", 1, 1, false);
static mp_obj_t b_all(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_t it = mp_getiter(a[0]), v;
    while ((v = mp_iternext(it)) != MP_OBJ_NULL) if (!mp_obj_is_true(v)) return mp_const_false;
    return mp_const_true;
}

// map(fn, *its) and filter(fn, it): lazy, as in CPython
typedef struct { mp_obj_base_t base; mp_obj_t fn; size_t n; mp_obj_t its[]; } map_t;
static mp_obj_t map_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    bool is_map = type == &mp_type_map;
    if (n < 2 || (!is_map && n != 2)) {
        mp_raise(&mp_type_TypeError, is_map ? "map() must have at least two arguments." : "filter expected 2 arguments, got %d", (int)n);
    }
    map_t *m = gc_alloc(sizeof(map_t) + (n - 1) * sizeof(mp_obj_t));
    m->base.type = type;
    m->fn = a[0];
    m->n = n - 1;
    for (size_t i = 1; i < n; i++) m->its[i - 1] = mp_getiter(a[i]);
    return m;
}
static mp_obj_t map_next(mp_obj_t o) {
    map_t *m = o;
    mp_obj_t args[m->n];
    for (size_t i = 0; i < m->n; i++) if ((args[i] = mp_iternext(m->its[i])) == MP_OBJ_NULL) return MP_OBJ_NULL;
    return mp_call(m->fn, m->n, args, 0, NULL);
}
static mp_obj_t filter_next(mp_obj_t o) {
    map_t *m = o;
    mp_obj_t v;
    while ((v = mp_iternext(m->its[0])) != MP_OBJ_NULL) {
        if (mp_obj_is_true(m->fn == mp_const_none ? v : mp_call1(m->fn, v))) return v;
    }
    return MP_OBJ_NULL;
}
mp_obj_type_t mp_type_map = {.base = {&mp_type_type}, .parent = &mp_type_object, .make_new = map_make_new,
                             .getiter = identity, .iternext = map_next};
mp_obj_type_t mp_type_filter = {.base = {&mp_type_type}, .parent = &mp_type_object, .make_new = map_make_new,
                                .getiter = identity, .iternext = filter_next};

static mp_obj_t int_in_base(mp_obj_t o, int base, const char *prefix) {
    if (!mp_obj_is_int(o) && mp_type_of(o) != &mp_type_bool) {
        mp_raise(&mp_type_TypeError, "'%T' object cannot be interpreted as an integer", o);
    }
    return mp_int_format_base(o, base, prefix);
}
MP_BUILTIN(b_hex, "hex", 1, 1, false);
static mp_obj_t b_hex(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return int_in_base(a[0], 16, "0x");
}
MP_BUILTIN(b_bin, "bin", 1, 1, false);
static mp_obj_t b_bin(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return int_in_base(a[0], 2, "0b");
}
MP_BUILTIN(b_oct, "oct", 1, 1, false);
static mp_obj_t b_oct(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return int_in_base(a[0], 8, "0o");
}
MP_BUILTIN(b_hash, "hash", 1, 1, false);
static mp_obj_t b_hash(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_new_int_from_hash(mp_obj_hash(a[0]));
}
MP_BUILTIN(b_id, "id", 1, 1, false);
static mp_obj_t b_id(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_new_int((mp_int_t)((mp_uint_t)a[0] >> 1));
}

// round(number, ndigits=None): half to even, as CPython
MP_BUILTIN(b_round, "round", 1, 2, true);
static mp_obj_t b_round(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    mp_obj_t x = a[0], nd = n > 1 ? a[1] : mp_const_none;
    for (size_t i = 0; i < n_kw; i++) {
        const char *k = qstr_str(mp_obj_str_qstr(kw[2 * i]));
        if (strcmp(k, "ndigits") != 0) mp_raise(&mp_type_TypeError, "'%s' is an invalid keyword argument for round()", k);
        nd = kw[2 * i + 1];
    }
    if (mp_type_of(x)->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t r;
        if (mp_call_special(x, qstr_from_str("__round__"), nd == mp_const_none ? 0 : 1, &nd, &r)) return r;
    }
    if (mp_obj_is_int(x) || mp_type_of(x) == &mp_type_bool) {
        return nd == mp_const_none ? mp_int_unary_op(MP_UNARY_OP_POSITIVE, x) : mp_int_round(x, mp_obj_get_int(nd));
    }
    if (!mp_obj_is_float(x)) mp_raise(&mp_type_TypeError, "type %T doesn't define __round__ method", x);
    double v = mp_obj_float_value(x);
    if (nd == mp_const_none) return mp_obj_new_int_from_double(__builtin_nearbyint(v));   // half to even
    return mp_float_round(v, mp_obj_get_int(nd));
}

void iter_more_init(void) {
    mp_type_map.name = qstr_from_str("map");
    mp_type_filter.name = qstr_from_str("filter");
    static const mp_obj_builtin_fun_t *const funs[] = {
        &b_any_obj, &b_all_obj, &b_hex_obj, &b_bin_obj, &b_oct_obj, &b_hash_obj, &b_id_obj, &b_round_obj,
    };
    for (size_t i = 0; i < sizeof funs / sizeof *funs; i++) mp_dict_store_q(mp_builtins, qstr_from_str(funs[i]->name), (mp_obj_t)funs[i]);
    mp_dict_store_q(mp_builtins, mp_type_map.name, &mp_type_map);
    mp_dict_store_q(mp_builtins, mp_type_filter.name, &mp_type_filter);
}
