// tuple.c: tuples, their iterator, and the helpers sequences share (index checks, printing).
#include "obj.h"

const mp_obj_tuple_t mp_const_empty_tuple_obj = {{&mp_type_tuple}, 0};

mp_obj_t mp_obj_new_tuple(size_t n, const mp_obj_t *items) {
    if (n == 0) return mp_const_empty_tuple;
    mp_obj_tuple_t *t = gc_alloc(sizeof(mp_obj_tuple_t) + n * sizeof(mp_obj_t));
    t->base.type = &mp_type_tuple;
    t->len = n;
    if (items != NULL) memcpy(t->items, items, n * sizeof(mp_obj_t));
    return t;
}

bool mp_obj_get_array(mp_obj_t o, size_t *len, mp_obj_t **items) {
    if (mp_obj_is_type(o, &mp_type_tuple)) {
        *len = ((mp_obj_tuple_t *)o)->len;
        *items = ((mp_obj_tuple_t *)o)->items;
        return true;
    }
    if (mp_obj_is_type(o, &mp_type_list)) {
        *len = ((mp_obj_list_t *)o)->len;
        *items = ((mp_obj_list_t *)o)->items;
        return true;
    }
    return false;
}

mp_int_t mp_get_index(const mp_obj_type_t *type, size_t len, mp_obj_t index, bool is_slice_ok) {
    (void)is_slice_ok;
    const char *what = qstr_str(type->name);
    if (index == mp_const_false || index == mp_const_true) index = MP_OBJ_NEW_SMALL_INT(index == mp_const_true);
    index = mp_obj_index(index);
    if (type == &mp_type_str) what = "string";
    if (!mp_obj_is_int(index)) {
        if (type == &mp_type_str) mp_raise(&mp_type_TypeError, "string indices must be integers, not '%T'", index);
        mp_raise(&mp_type_TypeError, "%s indices must be integers or slices, not %T", what, index);
    }
    mp_int_t i;
    if (!mp_obj_int_get_checked(index, &i)) {
        mp_raise(&mp_type_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    if (i < 0) i += (mp_int_t)len;
    if (i < 0 || i >= (mp_int_t)len) mp_raise(&mp_type_IndexError, "%s index out of range", what);
    return i;
}

// seq.index(x[, start[, end]]) over items (a tuple's or a list's): its position, or -1
mp_int_t mp_seq_index(const mp_obj_t *items, size_t len, size_t n, const mp_obj_t *args) {
    mp_int_t bounds[2] = {0, (mp_int_t)len};
    for (size_t k = 0; k + 2 < n && k < 2; k++) {
        mp_obj_t b = args[k + 2];
        if (!mp_obj_is_int(b) && b != mp_const_true && b != mp_const_false) {
            mp_raise(&mp_type_TypeError, "slice indices must be integers or have an __index__ method");
        }
        mp_int_t v;
        if (!mp_obj_int_get_checked(b, &v)) v = mp_binary_op(MP_BINARY_OP_LESS, b, MP_OBJ_NEW_SMALL_INT(0)) == mp_const_true ? -(mp_int_t)len : (mp_int_t)len;
        if (v < 0 && (v += (mp_int_t)len) < 0) v = 0;
        bounds[k] = v > (mp_int_t)len ? (mp_int_t)len : v;
    }
    for (mp_int_t i = bounds[0]; i < bounds[1] && i < (mp_int_t)len; i++) {
        if (mp_obj_equal(items[i], args[1])) return i;
    }
    return -1;
}

MP_BUILTIN(tuple_index, "index", 2, 4, false);
static mp_obj_t tuple_index(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_obj_tuple_t *t = a[0];
    mp_int_t i = mp_seq_index(t->items, t->len, n, a);
    if (i < 0) mp_raise(&mp_type_ValueError, "tuple.index(x): x not in tuple");
    return MP_OBJ_NEW_SMALL_INT(i);
}
MP_BUILTIN(tuple_count, "count", 2, 2, false);
static mp_obj_t tuple_count(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_tuple_t *t = a[0];
    mp_int_t c = 0;
    for (size_t i = 0; i < t->len; i++) c += mp_obj_equal(t->items[i], a[1]);
    return MP_OBJ_NEW_SMALL_INT(c);
}

// (a, b) or [a, b]: shared by tuple and list
void mp_print_items(vstr_t *out, size_t n, const mp_obj_t *items, const char *open, const char *close) {
    vstr_add_str(out, open);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) vstr_add_str(out, ", ");
        mp_obj_print(out, items[i], true);
    }
    if (n == 1 && open[0] == '(') vstr_add_char(out, ',');
    vstr_add_str(out, close);
}

// lexicographic comparison and equality of two item arrays
mp_obj_t mp_seq_compare(mp_int_t op, size_t na, const mp_obj_t *a, size_t nb, const mp_obj_t *b) {
    size_t i = 0;
    while (i < na && i < nb && mp_obj_equal(a[i], b[i])) i++;
    if (op == MP_BINARY_OP_EQUAL) return mp_obj_new_bool(na == nb && i == na);
    if (op == MP_BINARY_OP_NOT_EQUAL) return mp_obj_new_bool(!(na == nb && i == na));
    if (i < na && i < nb) return mp_binary_op(op, a[i], b[i]);
    switch (op) {
        case MP_BINARY_OP_LESS: return mp_obj_new_bool(na < nb);
        case MP_BINARY_OP_LESS_EQUAL: return mp_obj_new_bool(na <= nb);
        case MP_BINARY_OP_MORE: return mp_obj_new_bool(na > nb);
        case MP_BINARY_OP_MORE_EQUAL: return mp_obj_new_bool(na >= nb);
        default: return MP_OBJ_NULL;
    }
}

static void tuple_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    mp_obj_tuple_t *t = o;
    mp_print_items(out, t->len, t->items, "(", ")");
}

static mp_obj_t tuple_unary_op(mp_int_t op, mp_obj_t o) {
    mp_obj_tuple_t *t = o;
    if (op == MP_UNARY_OP_BOOL) return mp_obj_new_bool(t->len != 0);
    if (op == MP_UNARY_OP_LEN) return MP_OBJ_NEW_SMALL_INT(t->len);
    return MP_OBJ_NULL;
}

static mp_obj_t tuple_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_tuple_t *a = lhs;
    if (op == MP_BINARY_OP_IN || op == MP_BINARY_OP_NOT_IN) {
        bool found = false;
        for (size_t i = 0; i < a->len && !found; i++) found = mp_obj_equal(a->items[i], rhs);
        return mp_obj_new_bool(found == (op == MP_BINARY_OP_IN));
    }
    if ((op == MP_BINARY_OP_MULTIPLY || op == MP_BINARY_OP_INPLACE_MULTIPLY) && mp_obj_is_int(rhs)) {
        mp_int_t k = mp_obj_get_int(rhs);
        if (k <= 0 || a->len == 0) return mp_const_empty_tuple;
        if ((size_t)k > SIZE_MAX / sizeof(mp_obj_t) / a->len) mp_raise_obj(mp_memory_error_obj);
        mp_obj_tuple_t *r = mp_obj_new_tuple(a->len * (size_t)k, NULL);
        for (mp_int_t i = 0; i < k; i++) memcpy(r->items + i * a->len, a->items, a->len * sizeof(mp_obj_t));
        return r;
    }
    if (!mp_obj_is_type(rhs, &mp_type_tuple)) return MP_OBJ_NULL;
    mp_obj_tuple_t *b = rhs;
    if (op == MP_BINARY_OP_ADD || op == MP_BINARY_OP_INPLACE_ADD) {
        mp_obj_tuple_t *r = mp_obj_new_tuple(a->len + b->len, NULL);
        if (r->len == 0) return r;
        memcpy(r->items, a->items, a->len * sizeof(mp_obj_t));
        memcpy(r->items + a->len, b->items, b->len * sizeof(mp_obj_t));
        return r;
    }
    return mp_seq_compare(op, a->len, a->items, b->len, b->items);
}

static mp_obj_t tuple_subscr(mp_obj_t base, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_NULL) return MP_OBJ_NULL;
    mp_obj_tuple_t *t = base;
    if (mp_obj_is_slice(index)) return mp_seq_slice(t->items, t->len, index, false);
    return t->items[mp_get_index(&mp_type_tuple, t->len, index, false)];
}

// One iterator for tuples and lists: it indexes the live array, as CPython's does.
typedef struct { mp_obj_base_t base; mp_obj_t seq; size_t i; } seq_it_t;
static mp_obj_t seq_getiter(mp_obj_t o) {
    seq_it_t *it = m_new_obj(seq_it_t);
    it->base.type = mp_obj_is_type(o, &mp_type_tuple) ? &mp_type_tuple_it : &mp_type_list_it;
    it->seq = o;
    return it;
}
static mp_obj_t seq_it_next(mp_obj_t o) {
    seq_it_t *it = o;
    size_t len = 0;
    mp_obj_t *items = NULL;
    mp_obj_get_array(it->seq, &len, &items);
    return it->i < len ? items[it->i++] : MP_OBJ_NULL;
}
static mp_obj_t identity(mp_obj_t o) { return o; }
mp_obj_t mp_seq_getiter(mp_obj_t o) { return seq_getiter(o); }

static mp_obj_t tuple_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)type; (void)n_kw; (void)kw;
    if (n == 0) return mp_const_empty_tuple;
    mp_obj_list_t *l = mp_obj_new_list(0, NULL);
    mp_obj_t it = mp_getiter(a[0]), item;
    while ((item = mp_iternext(it)) != MP_OBJ_NULL) mp_obj_list_append(l, item);
    return mp_obj_new_tuple(l->len, l->items);
}

mp_obj_type_t mp_type_tuple = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .print = tuple_print,
    .make_new = tuple_make_new, .unary_op = tuple_unary_op, .binary_op = tuple_binary_op,
    .subscr = tuple_subscr, .getiter = seq_getiter,
};
mp_obj_type_t mp_type_tuple_it = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .getiter = identity, .iternext = seq_it_next,
};
mp_obj_type_t mp_type_list_it = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .getiter = identity, .iternext = seq_it_next,
};

void tuple_init(void) {
    mp_type_tuple.name = qstr_from_str("tuple");
    mp_store_method(&mp_type_tuple, &tuple_index_obj);
    mp_store_method(&mp_type_tuple, &tuple_count_obj);
    mp_type_tuple_it.name = qstr_from_str("tuple_iterator");
    mp_type_list_it.name = qstr_from_str("list_iterator");
}
