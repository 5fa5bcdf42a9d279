// list.c: lists and their methods.
#include "obj.h"

void mp_print_items(vstr_t *out, size_t n, const mp_obj_t *items, const char *open, const char *close);
mp_obj_t mp_seq_compare(mp_int_t op, size_t na, const mp_obj_t *a, size_t nb, const mp_obj_t *b);
mp_obj_t mp_seq_getiter(mp_obj_t o);

mp_obj_t mp_obj_new_list(size_t n, const mp_obj_t *items) {
    mp_obj_list_t *l = m_new_obj(mp_obj_list_t);
    l->base.type = &mp_type_list;
    l->alloc = n < 4 ? 4 : n;
    l->items = gc_alloc(l->alloc * sizeof(mp_obj_t));
    l->len = n;
    if (items != NULL) memcpy(l->items, items, n * sizeof(mp_obj_t));
    return l;
}

void mp_obj_list_append(mp_obj_t lst, mp_obj_t v) {
    mp_obj_list_t *l = lst;
    if (l->len == l->alloc) {
        l->items = gc_realloc(l->items, l->alloc * sizeof(mp_obj_t), l->alloc * 2 * sizeof(mp_obj_t));
        l->alloc *= 2;
    }
    l->items[l->len++] = v;
}

static void list_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    mp_obj_list_t *l = o;
    mp_print_items(out, l->len, l->items, "[", "]");
}

static mp_obj_t list_unary_op(mp_int_t op, mp_obj_t o) {
    mp_obj_list_t *l = o;
    if (op == MP_UNARY_OP_BOOL) return mp_obj_new_bool(l->len != 0);
    if (op == MP_UNARY_OP_LEN) return MP_OBJ_NEW_SMALL_INT(l->len);
    return MP_OBJ_NULL;
}

static void list_extend(mp_obj_t lst, mp_obj_t iterable) {
    if (iterable == lst) iterable = mp_obj_new_tuple(((mp_obj_list_t *)lst)->len, ((mp_obj_list_t *)lst)->items);
    mp_obj_t it = mp_getiter(iterable), item;
    while ((item = mp_iternext(it)) != MP_OBJ_NULL) mp_obj_list_append(lst, item);
}

static mp_obj_t list_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_list_t *a = lhs;
    if (op == MP_BINARY_OP_IN || op == MP_BINARY_OP_NOT_IN) {
        bool found = false;
        for (size_t i = 0; i < a->len && !found; i++) found = mp_obj_equal(a->items[i], rhs);
        return mp_obj_new_bool(found == (op == MP_BINARY_OP_IN));
    }
    if (op == MP_BINARY_OP_INPLACE_ADD) {
        list_extend(lhs, rhs);
        return lhs;
    }
    if ((op == MP_BINARY_OP_MULTIPLY || op == MP_BINARY_OP_INPLACE_MULTIPLY) && mp_obj_is_int(rhs)) {
        mp_int_t k = mp_obj_get_int(rhs);
        size_t n = a->len;
        mp_obj_list_t *r = op == MP_BINARY_OP_MULTIPLY ? mp_obj_new_list(0, NULL) : a;
        if (r == a && k <= 0) a->len = 0;
        for (mp_int_t i = r == a ? 1 : 0; i < k; i++) for (size_t j = 0; j < n; j++) mp_obj_list_append(r, a->items[j]);
        return r;
    }
    if (!mp_obj_is_type(rhs, &mp_type_list)) return MP_OBJ_NULL;
    mp_obj_list_t *b = rhs;
    if (op == MP_BINARY_OP_ADD) {
        mp_obj_list_t *r = mp_obj_new_list(0, NULL);
        for (size_t j = 0; j < a->len; j++) mp_obj_list_append(r, a->items[j]);
        for (size_t j = 0; j < b->len; j++) mp_obj_list_append(r, b->items[j]);
        return r;
    }
    return mp_seq_compare(op, a->len, a->items, b->len, b->items);
}

// lst[slice], lst[slice] = value (value MP_OBJ_SENTINEL: del lst[slice])
static mp_obj_t list_slice(mp_obj_list_t *l, mp_obj_t slice, mp_obj_t value) {
    if (value == MP_OBJ_NULL) return mp_seq_slice(l->items, l->len, slice, true);
    mp_int_t start, step;
    size_t n = mp_slice_indices(slice, l->len, &start, &step);
    mp_obj_list_t *src = NULL;
    if (value != MP_OBJ_SENTINEL) {
        const mp_obj_type_t *vt = mp_type_of(value);
        if (vt->getiter == NULL && !(vt->flags & MP_TYPE_FLAG_USER)) mp_raise(&mp_type_TypeError, "can only assign an iterable");
        src = mp_obj_new_list(0, NULL);
        list_extend(src, value);
    }
    if (step != 1) {
        if (src != NULL && src->len != n) {
            mp_raise(&mp_type_ValueError, "attempt to assign sequence of size %d to extended slice of size %d",
                     (int)src->len, (int)n);
        }
        if (src != NULL) {
            for (size_t k = 0; k < n; k++) l->items[start + (mp_int_t)k * step] = src->items[k];
            return mp_const_none;
        }
        // delete: keep the items the slice does not pick, in order
        bool *drop = gc_alloc(l->len + 1);
        for (size_t k = 0; k < n; k++) drop[start + (mp_int_t)k * step] = true;
        size_t w = 0;
        for (size_t r = 0; r < l->len; r++) if (!drop[r]) l->items[w++] = l->items[r];
        l->len = w;
        return mp_const_none;
    }
    // a contiguous run [start, start + n) is replaced by src's items
    size_t add = src ? src->len : 0, tail = l->len - (size_t)start - n;
    mp_obj_t *items = gc_alloc((l->len - n + add + 4) * sizeof(mp_obj_t));
    memcpy(items, l->items, (size_t)start * sizeof(mp_obj_t));
    if (add) memcpy(items + start, src->items, add * sizeof(mp_obj_t));
    memcpy(items + start + add, l->items + start + n, tail * sizeof(mp_obj_t));
    l->items = items;
    l->len = (size_t)start + add + tail;
    l->alloc = l->len + 4;
    return mp_const_none;
}

static mp_obj_t list_subscr(mp_obj_t base, mp_obj_t index, mp_obj_t value) {
    mp_obj_list_t *l = base;
    if (mp_obj_is_slice(index)) return list_slice(l, index, value);
    if (value != MP_OBJ_NULL && mp_obj_is_int(index)) {
        mp_int_t i;
        if (!mp_obj_int_get_checked(index, &i) || (i < 0 ? i + (mp_int_t)l->len < 0 : i >= (mp_int_t)l->len)) {
            mp_raise(&mp_type_IndexError, "list assignment index out of range");
        }
    }
    mp_int_t i = mp_get_index(&mp_type_list, l->len, index, false);
    if (value == MP_OBJ_NULL) return l->items[i];
    if (value == MP_OBJ_SENTINEL) {
        memmove(&l->items[i], &l->items[i + 1], (l->len - (size_t)i - 1) * sizeof(mp_obj_t));
        l->len--;
    } else {
        l->items[i] = value;
    }
    return mp_const_none;
}

MP_BUILTIN(list_append, "append", 2, 2, false);
static mp_obj_t list_append(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_list_append(a[0], a[1]);
    return mp_const_none;
}

MP_BUILTIN(list_extend_m, "extend", 2, 2, false);
static mp_obj_t list_extend_m(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    list_extend(a[0], a[1]);
    return mp_const_none;
}

MP_BUILTIN(list_pop, "pop", 1, 2, false);
static mp_obj_t list_pop(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_obj_list_t *l = a[0];
    if (l->len == 0) mp_raise(&mp_type_IndexError, "pop from empty list");
    mp_int_t i = n > 1 ? mp_obj_get_int(a[1]) : (mp_int_t)l->len - 1;
    if (i < 0) i += (mp_int_t)l->len;
    if (i < 0 || i >= (mp_int_t)l->len) mp_raise(&mp_type_IndexError, "pop index out of range");
    mp_obj_t v = l->items[i];
    memmove(&l->items[i], &l->items[i + 1], (l->len - (size_t)i - 1) * sizeof(mp_obj_t));
    l->len--;
    return v;
}

MP_BUILTIN(list_insert, "insert", 3, 3, false);
static mp_obj_t list_insert(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_list_t *l = a[0];
    mp_int_t i = mp_obj_get_int(a[1]), len = (mp_int_t)l->len;
    if (i < 0) i += len;
    if (i < 0) i = 0;
    if (i > len) i = len;
    mp_obj_list_append(l, mp_const_none);
    memmove(&l->items[i + 1], &l->items[i], (size_t)(len - i) * sizeof(mp_obj_t));
    l->items[i] = a[2];
    return mp_const_none;
}

static mp_obj_t list_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)type; (void)n_kw; (void)kw;
    mp_obj_t l = mp_obj_new_list(0, NULL);
    if (n > 0) list_extend(l, a[0]);
    return l;
}

mp_obj_type_t mp_type_list = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .print = list_print,
    .make_new = list_make_new, .unary_op = list_unary_op, .binary_op = list_binary_op,
    .subscr = list_subscr, .getiter = mp_seq_getiter,
};

void list_init(void) {
    mp_type_list.name = qstr_from_str("list");
    mp_store_method(&mp_type_list, &list_append_obj);
    mp_store_method(&mp_type_list, &list_extend_m_obj);
    mp_store_method(&mp_type_list, &list_pop_obj);
    mp_store_method(&mp_type_list, &list_insert_obj);
}
