// dict.c: insertion-ordered dicts: an entry array in insertion order plus an open-addressing
// index of entry numbers (the layout CPython uses), so iteration follows insertion.
#include "obj.h"

mp_obj_t mp_obj_new_dict(size_t n) {
    mp_obj_dict_t *d = m_new_obj(mp_obj_dict_t);
    d->base.type = &mp_type_dict;
    d->alloc = n < 4 ? 4 : n;
    d->entries = gc_alloc(d->alloc * sizeof(mp_map_elem_t));
    d->index_size = 8;
    while (d->index_size < d->alloc * 2) d->index_size *= 2;
    d->index = gc_alloc(d->index_size * sizeof(mp_int_t));
    return d;
}

// The index only needs a hash consistent with equality: a str's cached one avoids recomputing
// the full 64-bit hash on 32-bit machines.
static mp_uint_t dict_hash(mp_obj_t key) {
    if (mp_obj_is_str(key)) return mp_str_cached_hash(key);
    return (mp_uint_t)mp_obj_hash(key);
}

// Most keys are strs (names): two of them differ unless their cached hashes and bytes agree,
// which spares the generic == (and its operator dispatch) on every probe that collides.
static inline bool same_key(mp_obj_t k, mp_obj_t key) {
    if (k == key) return true;
    if (mp_obj_is_str(k) && mp_obj_is_str(key)) {
        const mp_obj_str_t *a = k, *b = key;
        return a->len == b->len && mp_str_cached_hash(k) == mp_str_cached_hash(key) && memcmp(a->data, b->data, a->len) == 0;
    }
    return mp_obj_equal(k, key);
}

// the index slot of key, or of the empty slot where it would go
static size_t lookup(mp_obj_dict_t *d, mp_obj_t key, mp_uint_t h, bool *found) {
    size_t mask = d->index_size - 1, tomb = (size_t)-1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        mp_int_t e = d->index[i];
        if (e == 0) { *found = false; return tomb != (size_t)-1 ? tomb : i; }
        if (e < 0) { if (tomb == (size_t)-1) tomb = i; continue; }
        mp_obj_t k = d->entries[e - 1].key;
        if (same_key(k, key)) { *found = true; return i; }
    }
}

static void rebuild(mp_obj_dict_t *d, size_t alloc) {
    // compact the entries, then re-index them; both arrays are allocated before d changes,
    // so that a MemoryError leaves d as it was
    size_t index_size = 8;
    while (index_size < alloc * 2) index_size *= 2;
    mp_map_elem_t *entries = gc_alloc(alloc * sizeof(mp_map_elem_t));
    mp_int_t *index = gc_alloc(index_size * sizeof(mp_int_t));
    size_t n = 0;
    for (size_t i = 0; i < d->filled; i++) if (d->entries[i].key != MP_OBJ_NULL) entries[n++] = d->entries[i];
    d->entries = entries;
    d->alloc = alloc;
    d->filled = d->used = n;
    d->index_size = index_size;
    d->index = index;
    for (size_t e = 0; e < n; e++) {
        size_t mask = d->index_size - 1;
        size_t i = dict_hash(entries[e].key) & mask;
        while (d->index[i] != 0) i = (i + 1) & mask;
        d->index[i] = (mp_int_t)e + 1;
    }
}

mp_obj_t mp_obj_dict_get(mp_obj_t self, mp_obj_t key) {
    mp_obj_dict_t *d = self;
    bool found;
    size_t i = lookup(d, key, dict_hash(key), &found);
    return found ? d->entries[d->index[i] - 1].value : MP_OBJ_NULL;
}

// The hot path of LOAD_GLOBAL and LOAD_NAME: a str key's hash is cached in the object.
mp_obj_t mp_obj_dict_get_str(mp_obj_t self, mp_obj_t key) {
    mp_obj_dict_t *d = self;
    bool found;
    size_t i = lookup(d, key, mp_str_cached_hash(key), &found);
    return found ? d->entries[d->index[i] - 1].value : MP_OBJ_NULL;
}

void mp_obj_dict_store(mp_obj_t self, mp_obj_t key, mp_obj_t v) {
    mp_obj_dict_t *d = self;
    mp_uint_t h = dict_hash(key);
    bool found;
    size_t i = lookup(d, key, h, &found);
    if (d->watched) mp_type_cache_invalidate();
    if (found) { d->entries[d->index[i] - 1].value = v; return; }
    if (d->filled == d->alloc) {
        rebuild(d, d->used * 2 + 4);
        i = lookup(d, key, h, &found);
    }
    d->entries[d->filled] = (mp_map_elem_t){key, v};
    d->index[i] = (mp_int_t)++d->filled;
    d->used++;
}

bool mp_obj_dict_delete(mp_obj_t self, mp_obj_t key) {
    mp_obj_dict_t *d = self;
    bool found;
    size_t i = lookup(d, key, dict_hash(key), &found);
    if (!found) return false;
    if (d->watched) mp_type_cache_invalidate();
    d->entries[d->index[i] - 1] = (mp_map_elem_t){MP_OBJ_NULL, MP_OBJ_NULL};
    d->index[i] = -1;
    d->used--;
    return true;
}

static void dict_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    mp_obj_dict_t *d = o;
    vstr_add_char(out, '{');
    bool first = true;
    for (size_t i = 0; i < d->filled; i++) {
        if (d->entries[i].key == MP_OBJ_NULL) continue;
        if (!first) vstr_add_str(out, ", ");
        first = false;
        mp_obj_print(out, d->entries[i].key, true);
        vstr_add_str(out, ": ");
        mp_obj_print(out, d->entries[i].value, true);
    }
    vstr_add_char(out, '}');
}

static mp_obj_t dict_unary_op(mp_int_t op, mp_obj_t o) {
    mp_obj_dict_t *d = o;
    if (op == MP_UNARY_OP_BOOL) return mp_obj_new_bool(d->used != 0);
    if (op == MP_UNARY_OP_LEN) return MP_OBJ_NEW_SMALL_INT(d->used);
    return MP_OBJ_NULL;
}

static mp_obj_t dict_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MP_BINARY_OP_IN || op == MP_BINARY_OP_NOT_IN) {
        return mp_obj_new_bool((mp_obj_dict_get(lhs, rhs) != MP_OBJ_NULL) == (op == MP_BINARY_OP_IN));
    }
    if ((op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL) && mp_obj_is_type(rhs, &mp_type_dict)) {
        mp_obj_dict_t *a = lhs, *b = rhs;
        bool eq = a->used == b->used;
        for (size_t i = 0; eq && i < a->filled; i++) {
            if (a->entries[i].key == MP_OBJ_NULL) continue;
            mp_obj_t v = mp_obj_dict_get(b, a->entries[i].key);
            eq = v != MP_OBJ_NULL && mp_obj_equal(a->entries[i].value, v);
        }
        return mp_obj_new_bool(eq == (op == MP_BINARY_OP_EQUAL));
    }
    // a | b: a copy of a updated with b; a |= b updates a (with any mapping or pairs)
    if (op == MP_BINARY_OP_OR && mp_obj_is_type(rhs, &mp_type_dict)) {
        mp_obj_t d = mp_call1(&mp_type_dict, lhs);
        mp_call(mp_load_attr(d, MP_QSTR_update), 1, &rhs, 0, NULL);
        return d;
    }
    if (op == MP_BINARY_OP_INPLACE_OR) {
        mp_call(mp_load_attr(lhs, MP_QSTR_update), 1, &rhs, 0, NULL);
        return lhs;
    }
    return MP_OBJ_NULL;
}

static mp_obj_t dict_subscr(mp_obj_t base, mp_obj_t index, mp_obj_t value) {
    if (value == MP_OBJ_NULL) {
        mp_obj_t v = mp_obj_dict_get(base, index);
        if (v == MP_OBJ_NULL) mp_raise_obj(mp_obj_new_exception(&mp_type_KeyError, 1, &index));
        return v;
    }
    if (value == MP_OBJ_SENTINEL) {
        if (!mp_obj_dict_delete(base, index)) mp_raise_obj(mp_obj_new_exception(&mp_type_KeyError, 1, &index));
        return mp_const_none;
    }
    mp_obj_dict_store(base, index, value);
    return mp_const_none;
}

// iterates keys (kind 0), values (1) or (key, value) items (2)
typedef struct { mp_obj_base_t base; mp_obj_dict_t *dict; size_t i, used; int kind; } dict_it_t;
static mp_obj_t new_dict_it(mp_obj_t d, int kind) {
    dict_it_t *it = m_new_obj(dict_it_t);
    it->base.type = &mp_type_dict_it;
    it->dict = d;
    it->kind = kind;
    it->used = it->dict->used;
    return it;
}
static mp_obj_t dict_getiter(mp_obj_t o) { return new_dict_it(o, 0); }
static mp_obj_t dict_it_next(mp_obj_t o) {
    dict_it_t *it = o;
    if (it->dict->used != it->used) {
        it->used = (size_t)-1;          // stays broken, as CPython's does
        mp_raise(&mp_type_RuntimeError, "dictionary changed size during iteration");
    }
    while (it->i < it->dict->filled) {
        mp_map_elem_t *e = &it->dict->entries[it->i++];
        if (e->key == MP_OBJ_NULL) continue;
        if (it->kind == 0) return e->key;
        if (it->kind == 1) return e->value;
        return mp_obj_new_tuple(2, (mp_obj_t[]){e->key, e->value});
    }
    return MP_OBJ_NULL;
}
static mp_obj_t identity(mp_obj_t o) { return o; }

// --- views: keys(), values() and items() see the dict as it is now -----------------------
typedef struct { mp_obj_base_t base; mp_obj_dict_t *dict; } dict_view_t;
static int view_kind(mp_obj_t v) {
    const mp_obj_type_t *t = ((mp_obj_base_t *)v)->type;
    return t == &mp_type_dict_keys ? 0 : t == &mp_type_dict_values ? 1 : 2;
}
static mp_obj_t new_view(mp_obj_t d, const mp_obj_type_t *t) {
    dict_view_t *v = m_new_obj(dict_view_t);
    v->base.type = t;
    v->dict = d;
    return v;
}
bool mp_obj_is_dict_setview(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_dict_keys) || mp_obj_is_type(o, &mp_type_dict_items);
}
static mp_obj_t view_getiter(mp_obj_t o) { return new_dict_it(((dict_view_t *)o)->dict, view_kind(o)); }

static void view_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    vstr_add_str(out, qstr_str(((mp_obj_base_t *)o)->type->name));
    vstr_add_str(out, "([");
    mp_obj_t it = view_getiter(o), v;
    for (bool first = true; (v = dict_it_next(it)) != MP_OBJ_NULL; first = false) {
        if (!first) vstr_add_str(out, ", ");
        mp_obj_print(out, v, true);
    }
    vstr_add_str(out, "])");
}

static mp_obj_t view_unary_op(mp_int_t op, mp_obj_t o) { return dict_unary_op(op, ((dict_view_t *)o)->dict); }

static bool view_contains(mp_obj_t view, mp_obj_t x) {
    mp_obj_dict_t *d = ((dict_view_t *)view)->dict;
    switch (view_kind(view)) {
        case 0: return mp_obj_dict_get(d, x) != MP_OBJ_NULL;
        case 1: {
            mp_obj_t it = view_getiter(view), v;
            while ((v = dict_it_next(it)) != MP_OBJ_NULL) if (mp_obj_equal(v, x)) return true;
            return false;
        }
        default: {
            if (!mp_obj_is_type(x, &mp_type_tuple) || ((mp_obj_tuple_t *)x)->len != 2) return false;
            mp_obj_t *kv = ((mp_obj_tuple_t *)x)->items, v = mp_obj_dict_get(d, kv[0]);
            return v != MP_OBJ_NULL && mp_obj_equal(v, kv[1]);
        }
    }
}

static bool in(mp_obj_t x, mp_obj_t container) {
    return mp_binary_op(MP_BINARY_OP_IN, x, container) == mp_const_true;
}
static bool all_contained_in(mp_obj_t a, mp_obj_t b) {
    mp_obj_t it = mp_getiter(a), x;
    while ((x = mp_iternext(it)) != MP_OBJ_NULL) if (!in(x, b)) return false;
    return true;
}
static mp_int_t size(mp_obj_t o) { return mp_obj_get_int(mp_obj_len(o)); }

static mp_obj_t call_method(mp_obj_t self, const char *name, mp_obj_t arg) {
    mp_obj_t dest[2];
    mp_load_method(self, qstr_from_str(name), dest);
    return mp_call(dest[0], 2, (mp_obj_t[]){dest[1], arg}, 0, NULL);   // a set's method: bound
}

// CPython's _PyDictView_Intersect: the order of the walk fixes the result's order
static mp_obj_t view_intersect(mp_obj_t self, mp_obj_t other) {
    if (!mp_obj_is_dict_setview(self)) { mp_obj_t t = self; self = other; other = t; }
    mp_int_t len_self = size(self);
    if (mp_obj_is_type(other, &mp_type_set) && len_self <= size(other)) return call_method(other, "intersection", self);
    if (mp_obj_is_dict_setview(other) && size(other) > len_self) { mp_obj_t t = self; self = other; other = t; }
    mp_obj_t r = mp_obj_new_set(&mp_type_set, MP_OBJ_NULL), it = mp_getiter(other), x;
    while ((x = mp_iternext(it)) != MP_OBJ_NULL) if (view_contains(self, x)) mp_obj_set_add(r, x);
    return r;
}

// Operators with a keys() or items() view on either side (the other side may be any iterable).
mp_obj_t mp_dict_view_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MP_BINARY_OP_IN || op == MP_BINARY_OP_NOT_IN) {
        return mp_obj_new_bool(view_contains(lhs, rhs) == (op == MP_BINARY_OP_IN));
    }
    if (!mp_obj_is_dict_setview(lhs) && !mp_obj_is_dict_setview(rhs)) return MP_OBJ_NULL;
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) op += MP_BINARY_OP_OR - MP_BINARY_OP_INPLACE_OR;
    if (op >= MP_BINARY_OP_LESS && op <= MP_BINARY_OP_NOT_EQUAL) {
        if (!mp_obj_is_anyset(rhs) && !mp_obj_is_dict_setview(rhs)) return MP_OBJ_NULL;
        mp_int_t a = size(lhs), b = size(rhs);
        bool ok = false;
        switch (op) {
            case MP_BINARY_OP_EQUAL: case MP_BINARY_OP_NOT_EQUAL:
                ok = a == b && all_contained_in(lhs, rhs);
                if (op == MP_BINARY_OP_NOT_EQUAL) ok = !ok;
                break;
            case MP_BINARY_OP_LESS: ok = a < b && all_contained_in(lhs, rhs); break;
            case MP_BINARY_OP_LESS_EQUAL: ok = a <= b && all_contained_in(lhs, rhs); break;
            case MP_BINARY_OP_MORE: ok = a > b && all_contained_in(rhs, lhs); break;
            default: ok = a >= b && all_contained_in(rhs, lhs); break;
        }
        return mp_obj_new_bool(ok);
    }
    const char *update;
    switch (op) {
        case MP_BINARY_OP_AND: return view_intersect(lhs, rhs);
        case MP_BINARY_OP_OR: update = "update"; break;
        case MP_BINARY_OP_SUBTRACT: update = "difference_update"; break;
        case MP_BINARY_OP_XOR: update = "symmetric_difference_update"; break;
        default: return MP_OBJ_NULL;
    }
    // a keys() view starts from its dict, which presizes the set (CPython's dictviews_to_set)
    mp_obj_t src = mp_obj_is_type(lhs, &mp_type_dict_keys) ? (mp_obj_t)((dict_view_t *)lhs)->dict : lhs;
    mp_obj_t r = mp_obj_new_set(&mp_type_set, src);
    call_method(r, update, rhs);
    return r;
}

MP_BUILTIN(view_isdisjoint, "isdisjoint", 2, 2, false);
static mp_obj_t view_isdisjoint(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_t it = mp_getiter(a[1]), x;
    while ((x = mp_iternext(it)) != MP_OBJ_NULL) if (view_contains(a[0], x)) return mp_const_false;
    return mp_const_true;
}

MP_BUILTIN(dict_keys, "keys", 1, 1, false);
static mp_obj_t dict_keys(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return new_view(a[0], &mp_type_dict_keys);
}
MP_BUILTIN(dict_values, "values", 1, 1, false);
static mp_obj_t dict_values(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return new_view(a[0], &mp_type_dict_values);
}
MP_BUILTIN(dict_items, "items", 1, 1, false);
static mp_obj_t dict_items(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return new_view(a[0], &mp_type_dict_items);
}
MP_BUILTIN(dict_get, "get", 2, 3, false);
static mp_obj_t dict_get(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_obj_t v = mp_obj_dict_get(a[0], a[1]);
    return v != MP_OBJ_NULL ? v : n > 2 ? a[2] : mp_const_none;
}

MP_BUILTIN(dict_setdefault, "setdefault", 2, 3, false);
static mp_obj_t dict_setdefault(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_obj_t v = mp_obj_dict_get(a[0], a[1]);
    if (v != MP_OBJ_NULL) return v;
    v = n > 2 ? a[2] : mp_const_none;
    mp_obj_dict_store(a[0], a[1], v);
    return v;
}
MP_BUILTIN(dict_pop, "pop", 2, 3, false);
static mp_obj_t dict_pop(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_obj_t v = mp_obj_dict_get(a[0], a[1]);
    if (v == MP_OBJ_NULL) {
        if (n > 2) return a[2];
        mp_raise_obj(mp_obj_new_exception(&mp_type_KeyError, 1, &a[1]));
    }
    mp_obj_dict_delete(a[0], a[1]);
    return v;
}
MP_BUILTIN(dict_popitem, "popitem", 1, 1, false);
static mp_obj_t dict_popitem(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_dict_t *d = a[0];
    for (size_t i = d->filled; i-- > 0;) {
        mp_map_elem_t e = d->entries[i];
        if (e.key == MP_OBJ_NULL) continue;
        mp_obj_dict_delete(d, e.key);
        return mp_obj_new_tuple(2, (mp_obj_t[]){e.key, e.value});
    }
    mp_raise(&mp_type_KeyError, "popitem(): dictionary is empty");
}
static mp_obj_t dict_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw);
MP_BUILTIN(dict_update, "update", 1, 2, true);
static mp_obj_t dict_update(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    mp_obj_dict_t *src = dict_make_new(&mp_type_dict, n - 1, a + 1, n_kw, kw);
    for (size_t i = 0; i < src->filled; i++) {
        if (src->entries[i].key != MP_OBJ_NULL) mp_obj_dict_store(a[0], src->entries[i].key, src->entries[i].value);
    }
    return mp_const_none;
}
MP_BUILTIN(dict_copy, "copy", 1, 1, false);
static mp_obj_t dict_copy(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return dict_make_new(&mp_type_dict, 1, a, 0, NULL);
}
MP_BUILTIN(dict_clear, "clear", 1, 1, false);
static mp_obj_t dict_clear(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_dict_t *d = a[0], *fresh = mp_obj_new_dict(0);
    fresh->watched = d->watched;
    if (d->watched) mp_type_cache_invalidate();
    *d = *fresh;
    return mp_const_none;
}

static mp_obj_t dict_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)type;
    mp_obj_t d = mp_obj_new_dict(n_kw);
    if (n > 0 && mp_obj_is_type(a[0], &mp_type_dict)) {
        mp_obj_dict_t *src = a[0];
        for (size_t i = 0; i < src->filled; i++) {
            if (src->entries[i].key != MP_OBJ_NULL) mp_obj_dict_store(d, src->entries[i].key, src->entries[i].value);
        }
    } else if (n > 0) {
        mp_obj_t it = mp_getiter(a[0]), item;
        for (int i = 0; (item = mp_iternext(it)) != MP_OBJ_NULL; i++) {
            size_t len;
            mp_obj_t *kv;
            const mp_obj_type_t *t = mp_type_of(item);
            if (t->getiter == NULL && !(t->flags & MP_TYPE_FLAG_USER)) {
                mp_raise(&mp_type_TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i);
            }
            if (!mp_obj_get_array(item, &len, &kv)) {
                item = mp_call1((mp_obj_t)&mp_type_tuple, item);    // any iterable pair ("ab")
                mp_obj_get_array(item, &len, &kv);
            }
            if (len != 2) {
                mp_raise(&mp_type_ValueError, "dictionary update sequence element #%d has length %d; 2 is required",
                         i, (int)len);
            }
            mp_obj_dict_store(d, kv[0], kv[1]);
        }
    }
    for (size_t i = 0; i < n_kw; i++) mp_obj_dict_store(d, kw[2 * i], kw[2 * i + 1]);
    return d;
}

mp_obj_type_t mp_type_dict = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .print = dict_print,
    .make_new = dict_make_new, .unary_op = dict_unary_op, .binary_op = dict_binary_op,
    .subscr = dict_subscr, .getiter = dict_getiter,
};
#define VIEW_TYPE(binop) { \
    .base = {&mp_type_type}, .parent = &mp_type_object, .print = view_print, \
    .unary_op = view_unary_op, .binary_op = binop, .getiter = view_getiter, }
// values() only has `in`: == compares identity
static mp_obj_t values_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MP_BINARY_OP_IN || op == MP_BINARY_OP_NOT_IN) return mp_dict_view_binary_op(op, lhs, rhs);
    return MP_OBJ_NULL;
}
mp_obj_type_t mp_type_dict_keys = VIEW_TYPE(mp_dict_view_binary_op);
mp_obj_type_t mp_type_dict_items = VIEW_TYPE(mp_dict_view_binary_op);
mp_obj_type_t mp_type_dict_values = VIEW_TYPE(values_binary_op);
mp_obj_type_t mp_type_dict_it = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .getiter = identity, .iternext = dict_it_next,
};

void dict_init(void) {
    mp_type_dict.name = qstr_from_str("dict");
    mp_type_dict_it.name = qstr_from_str("dict_keyiterator");
    mp_type_dict_keys.name = qstr_from_str("dict_keys");
    mp_type_dict_values.name = qstr_from_str("dict_values");
    mp_type_dict_items.name = qstr_from_str("dict_items");
    mp_store_method(&mp_type_dict_keys, &view_isdisjoint_obj);
    mp_store_method(&mp_type_dict_items, &view_isdisjoint_obj);
    mp_store_method(&mp_type_dict, &dict_keys_obj);
    mp_store_method(&mp_type_dict, &dict_values_obj);
    mp_store_method(&mp_type_dict, &dict_items_obj);
    mp_store_method(&mp_type_dict, &dict_get_obj);
    mp_store_method(&mp_type_dict, &dict_setdefault_obj);
    mp_store_method(&mp_type_dict, &dict_pop_obj);
    mp_store_method(&mp_type_dict, &dict_popitem_obj);
    mp_store_method(&mp_type_dict, &dict_update_obj);
    mp_store_method(&mp_type_dict, &dict_copy_obj);
    mp_store_method(&mp_type_dict, &dict_clear_obj);
}
