// set.c: set and frozenset, on CPython 3.11's set table (setobject.c) with 64-bit hashes, so
// that a set iterates and prints its elements in the order CPython does.
#include "obj.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define MINSIZE 8

typedef mp_obj_set_t set_t;
typedef mp_set_entry_t entry_t;

// a deleted entry: this key and hash -1 (no real hash is -1)
static mp_obj_base_t dummy_obj = {&mp_type_object};
#define DUMMY ((mp_obj_t)&dummy_obj)
#define LIVE(e) ((e)->key != MP_OBJ_NULL && (e)->key != DUMMY)

bool mp_obj_is_anyset(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_set) || mp_obj_is_type(o, &mp_type_frozenset);
}

static set_t *set_alloc(const mp_obj_type_t *t) {
    set_t *s = m_new_obj(set_t);
    s->base.type = t;
    s->mask = MINSIZE - 1;
    s->table = gc_alloc(MINSIZE * sizeof(entry_t));
    s->hash = -1;
    return s;
}

// --- the table ------------------------------------------------------------------------------
// The entry holding key, or the empty entry that ends its probe sequence.
static entry_t *lookkey(set_t *s, mp_obj_t key, mp_hash_t hash) {
restart:;
    entry_t *table = s->table;
    uint64_t mask = s->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        entry_t *e = &table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == MP_OBJ_NULL) return e;
            if (e->hash == hash) {
                mp_obj_t start = e->key;
                if (start == key) return e;
                bool eq = mp_obj_equal(start, key);
                // __eq__ may have changed the set: start over, as CPython does
                if (table != s->table || e->key != start) goto restart;
                if (eq) return e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Insert into a table known to hold no dummies and not key (set_insert_clean).
static void insert_clean(entry_t *table, uint64_t mask, mp_obj_t key, mp_hash_t hash) {
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    entry_t *e;
    for (;;) {
        e = &table[i];
        if (e->key == MP_OBJ_NULL) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                if ((++e)->key == MP_OBJ_NULL) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    e->key = key;
    e->hash = hash;
}

// Rebuild into the smallest table larger than minused (set_table_resize).
static void resize(set_t *s, size_t minused) {
    uint64_t newsize = MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    entry_t *old = s->table, *table = gc_alloc((size_t)newsize * sizeof(entry_t));
    size_t oldmask = s->mask;
    s->table = table;
    s->mask = (size_t)newsize - 1;
    s->fill = s->used;
    for (size_t i = 0; i <= oldmask; i++) {
        if (LIVE(&old[i])) insert_clean(table, s->mask, old[i].key, old[i].hash);
    }
}

static void add_entry(set_t *s, mp_obj_t key, mp_hash_t hash) {
restart:;
    entry_t *table = s->table, *freeslot = NULL, *e;
    uint64_t mask = s->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        e = &table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == MP_OBJ_NULL) goto found_unused_or_dummy;
            if (e->hash == hash) {
                mp_obj_t start = e->key;
                if (start == key || mp_obj_equal(start, key)) return;
                if (table != s->table || e->key != start) goto restart;
            } else if (e->hash == -1) {
                freeslot = e;           // CPython reuses the last dummy of the probe sequence
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    s->hash = -1;
    if (freeslot != NULL) {
        s->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return;
    }
    s->fill++;
    s->used++;
    e->key = key;
    e->hash = hash;
    if ((uint64_t)s->fill * 5 < mask * 3) return;
    resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static bool discard_entry(set_t *s, mp_obj_t key, mp_hash_t hash) {
    entry_t *e = lookkey(s, key, hash);
    if (e->key == MP_OBJ_NULL) return false;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    s->hash = -1;
    return true;
}

static void clear(set_t *s) {
    s->table = gc_alloc(MINSIZE * sizeof(entry_t));
    s->mask = MINSIZE - 1;
    s->fill = s->used = 0;
    s->hash = -1;
}

// the next live entry at or after *pos (set_next)
static entry_t *next_entry(set_t *s, size_t *pos) {
    while (*pos <= s->mask) {
        entry_t *e = &s->table[(*pos)++];
        if (LIVE(e)) return e;
    }
    return NULL;
}

// A set used as a key is looked up as the frozenset of its elements (CPython's set_contains).
static mp_hash_t key_hash(mp_obj_t key) {
    if (mp_obj_is_type(key, &mp_type_set)) return mp_frozenset_hash(key);
    return mp_obj_hash(key);
}

static bool contains(set_t *s, mp_obj_t key) { return lookkey(s, key, key_hash(key))->key != MP_OBJ_NULL; }

void mp_obj_set_add(mp_obj_t s, mp_obj_t key) { add_entry(s, key, mp_obj_hash(key)); }

static void merge(set_t *s, set_t *o) {
    if (o == s || o->used == 0) return;
    // one resize up front (set_merge)
    if ((uint64_t)(s->fill + o->used) * 5 >= (uint64_t)s->mask * 3) resize(s, (s->used + o->used) * 2);
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        for (size_t i = 0; i <= o->mask; i++) if (o->table[i].key != MP_OBJ_NULL) s->table[i] = o->table[i];
        s->fill = o->fill;
        s->used = o->used;
        s->hash = -1;
        return;
    }
    if (s->fill == 0) {
        s->fill = s->used = o->used;
        s->hash = -1;
        for (size_t i = 0; i <= o->mask; i++) {
            if (LIVE(&o->table[i])) insert_clean(s->table, s->mask, o->table[i].key, o->table[i].hash);
        }
        return;
    }
    for (size_t i = 0; i <= o->mask; i++) {
        if (LIVE(&o->table[i])) add_entry(s, o->table[i].key, o->table[i].hash);
    }
}

static void update(set_t *s, mp_obj_t iterable) {
    if (mp_obj_is_anyset(iterable)) { merge(s, iterable); return; }
    if (mp_obj_is_type(iterable, &mp_type_dict)) {
        mp_obj_dict_t *d = iterable;
        if ((uint64_t)(s->fill + d->used) * 5 >= (uint64_t)s->mask * 3) resize(s, (s->used + d->used) * 2);
    }
    mp_obj_t it = mp_getiter(iterable), key;
    while ((key = mp_iternext(it)) != MP_OBJ_NULL) add_entry(s, key, mp_obj_hash(key));
}

mp_obj_t mp_obj_new_set(const mp_obj_type_t *t, mp_obj_t iterable) {
    set_t *s = set_alloc(t);
    if (iterable != MP_OBJ_NULL) update(s, iterable);
    return s;
}

static set_t *copy(set_t *s) { return mp_obj_new_set(s->base.type, s); }

// --- hashing ----------------------------------------------------------------------------------
static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747u) ^ (h << 16)) * 3644798167u; }

mp_hash_t mp_frozenset_hash(mp_obj_t o) {
    set_t *s = o;
    if (s->hash != -1) return s->hash;
    uint64_t h = 0;
    for (size_t i = 0; i <= s->mask; i++) if (LIVE(&s->table[i])) h ^= shuffle_bits((uint64_t)s->table[i].hash);
    h ^= ((uint64_t)s->used + 1) * 1927868237u;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923u;
    if (h == (uint64_t)-1) h = 590923713u;
    // a set's hash is only wanted while it stands in for a frozenset: do not keep it
    if (mp_obj_is_type(o, &mp_type_frozenset)) s->hash = (mp_hash_t)h;
    return (mp_hash_t)h;
}

// --- operations (CPython's algorithms, which fix the result's order) ----------------------
static set_t *intersection(set_t *s, mp_obj_t other) {
    if (s == other) return copy(s);
    set_t *r = set_alloc(s->base.type);
    if (mp_obj_is_anyset(other)) {
        set_t *a = s, *b = other;
        if (b->used > a->used) { a = other; b = s; }
        size_t pos = 0;
        for (entry_t *e; (e = next_entry(b, &pos)) != NULL;) {
            mp_obj_t key = e->key;
            mp_hash_t h = e->hash;
            if (lookkey(a, key, h)->key != MP_OBJ_NULL) add_entry(r, key, h);
        }
        return r;
    }
    mp_obj_t it = mp_getiter(other), key;
    while ((key = mp_iternext(it)) != MP_OBJ_NULL) {
        mp_hash_t h = mp_obj_hash(key);
        if (lookkey(s, key, h)->key != MP_OBJ_NULL) add_entry(r, key, h);
    }
    return r;
}

static void difference_update(set_t *s, mp_obj_t other) {
    if (s == other) { clear(s); return; }
    if (mp_obj_is_anyset(other)) {
        set_t *o = other;
        if ((o->used >> 3) > s->used) o = intersection(s, o);
        size_t pos = 0;
        for (entry_t *e; (e = next_entry(o, &pos)) != NULL;) discard_entry(s, e->key, e->hash);
    } else {
        mp_obj_t it = mp_getiter(other), key;
        while ((key = mp_iternext(it)) != MP_OBJ_NULL) discard_entry(s, key, key_hash(key));
    }
    // more than a quarter dummies: resize them away
    if (s->fill - s->used <= s->mask / 4) return;
    resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static set_t *difference(set_t *s, mp_obj_t other) {
    size_t other_size;
    bool is_dict = mp_obj_is_type(other, &mp_type_dict);
    if (mp_obj_is_anyset(other)) other_size = ((set_t *)other)->used;
    else if (is_dict) other_size = ((mp_obj_dict_t *)other)->used;
    else other_size = (size_t)-1;
    if (other_size == (size_t)-1 || (s->used >> 2) > other_size) {
        set_t *r = copy(s);
        difference_update(r, other);
        return r;
    }
    set_t *r = set_alloc(s->base.type);
    size_t pos = 0;
    for (entry_t *e; (e = next_entry(s, &pos)) != NULL;) {
        mp_obj_t key = e->key;
        mp_hash_t h = e->hash;
        bool in = is_dict ? mp_obj_dict_get(other, key) != MP_OBJ_NULL : lookkey(other, key, h)->key != MP_OBJ_NULL;
        if (!in) add_entry(r, key, h);
    }
    return r;
}

static void symmetric_difference_update(set_t *s, mp_obj_t other) {
    if (s == other) { clear(s); return; }
    if (mp_obj_is_type(other, &mp_type_dict)) {
        mp_obj_t it = mp_getiter(other), key;
        // a dict is walked in its own order
        while ((key = mp_iternext(it)) != MP_OBJ_NULL) {
            mp_hash_t h = mp_obj_hash(key);
            if (!discard_entry(s, key, h)) add_entry(s, key, h);
        }
        return;
    }
    set_t *o = mp_obj_is_anyset(other) ? other : mp_obj_new_set(s->base.type, other);
    size_t pos = 0;
    for (entry_t *e; (e = next_entry(o, &pos)) != NULL;) {
        if (!discard_entry(s, e->key, e->hash)) add_entry(s, e->key, e->hash);
    }
}

static set_t *symmetric_difference(set_t *s, mp_obj_t other) {
    set_t *r = mp_obj_new_set(s->base.type, other);
    symmetric_difference_update(r, s);
    return r;
}

static bool issubset(set_t *s, mp_obj_t other) {
    if (!mp_obj_is_anyset(other)) return intersection(s, other)->used == s->used;
    set_t *o = other;
    if (s->used > o->used) return false;
    size_t pos = 0;
    for (entry_t *e; (e = next_entry(s, &pos)) != NULL;) {
        if (lookkey(o, e->key, e->hash)->key == MP_OBJ_NULL) return false;
    }
    return true;
}

static bool issuperset(set_t *s, mp_obj_t other) {
    if (mp_obj_is_anyset(other)) return issubset(other, s);
    mp_obj_t it = mp_getiter(other), key;
    while ((key = mp_iternext(it)) != MP_OBJ_NULL) if (!contains(s, key)) return false;
    return true;
}

static bool isdisjoint(set_t *s, mp_obj_t other) {
    if (s == other) return s->used == 0;
    if (mp_obj_is_anyset(other)) {
        set_t *a = s, *b = other;
        if (b->used > a->used) { a = other; b = s; }
        size_t pos = 0;
        for (entry_t *e; (e = next_entry(b, &pos)) != NULL;) {
            if (lookkey(a, e->key, e->hash)->key != MP_OBJ_NULL) return false;
        }
        return true;
    }
    mp_obj_t it = mp_getiter(other), key;
    while ((key = mp_iternext(it)) != MP_OBJ_NULL) if (contains(s, key)) return false;
    return true;
}

// s op other for two sets: the body of | & - ^ and their in-place forms
static mp_obj_t set_op(mp_int_t op, set_t *s, mp_obj_t other) {
    switch (op) {
        case MP_BINARY_OP_OR: { set_t *r = copy(s); update(r, other); return r; }
        case MP_BINARY_OP_AND: return intersection(s, other);
        case MP_BINARY_OP_SUBTRACT: return difference(s, other);
        case MP_BINARY_OP_XOR: return symmetric_difference(s, other);
        case MP_BINARY_OP_INPLACE_OR: update(s, other); return s;
        case MP_BINARY_OP_INPLACE_AND: {
            set_t *r = intersection(s, other);
            *s = *r;                     // take over the result's table (set_swap_bodies)
            return s;
        }
        case MP_BINARY_OP_INPLACE_SUBTRACT: difference_update(s, other); return s;
        case MP_BINARY_OP_INPLACE_XOR: symmetric_difference_update(s, other); return s;
        default: return MP_OBJ_NULL;
    }
}

static mp_obj_t set_compare(mp_int_t op, set_t *s, set_t *o) {
    switch (op) {
        case MP_BINARY_OP_EQUAL: case MP_BINARY_OP_NOT_EQUAL: {
            bool eq = s->used == o->used && issubset(s, o);
            return mp_obj_new_bool(eq == (op == MP_BINARY_OP_EQUAL));
        }
        case MP_BINARY_OP_LESS_EQUAL: return mp_obj_new_bool(issubset(s, o));
        case MP_BINARY_OP_MORE_EQUAL: return mp_obj_new_bool(issuperset(s, o));
        case MP_BINARY_OP_LESS: return mp_obj_new_bool(s->used < o->used && issubset(s, o));
        case MP_BINARY_OP_MORE: return mp_obj_new_bool(s->used > o->used && issuperset(s, o));
        default: return MP_OBJ_NULL;
    }
}

static mp_obj_t set_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    set_t *s = lhs;
    if (op == MP_BINARY_OP_IN || op == MP_BINARY_OP_NOT_IN) {
        return mp_obj_new_bool(contains(s, rhs) == (op == MP_BINARY_OP_IN));
    }
    if (mp_obj_is_dict_setview(rhs)) {
        // CPython's set returns NotImplemented here and the view's reflected method answers
        if (op >= MP_BINARY_OP_LESS && op <= MP_BINARY_OP_NOT_EQUAL) rhs = mp_obj_new_set(&mp_type_set, rhs);
        else return mp_dict_view_binary_op(op, lhs, rhs);
    }
    if (!mp_obj_is_anyset(rhs)) return MP_OBJ_NULL;
    if (op >= MP_BINARY_OP_LESS && op <= MP_BINARY_OP_NOT_EQUAL) return set_compare(op, s, rhs);
    // a frozenset has no in-place operators: a |= b makes a new one
    if (s->base.type == &mp_type_frozenset && op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        op += MP_BINARY_OP_OR - MP_BINARY_OP_INPLACE_OR;
    }
    return set_op(op, s, rhs);
}

static mp_obj_t set_unary_op(mp_int_t op, mp_obj_t o) {
    set_t *s = o;
    if (op == MP_UNARY_OP_BOOL) return mp_obj_new_bool(s->used != 0);
    if (op == MP_UNARY_OP_LEN) return MP_OBJ_NEW_SMALL_INT(s->used);
    return MP_OBJ_NULL;
}

static void set_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    set_t *s = o;
    bool frozen = s->base.type == &mp_type_frozenset;
    if (s->used == 0) { vstr_add_str(out, frozen ? "frozenset()" : "set()"); return; }
    if (frozen) vstr_add_str(out, "frozenset(");
    vstr_add_char(out, '{');
    size_t pos = 0;
    bool first = true;
    for (entry_t *e; (e = next_entry(s, &pos)) != NULL; first = false) {
        if (!first) vstr_add_str(out, ", ");
        mp_obj_print(out, e->key, true);
    }
    vstr_add_char(out, '}');
    if (frozen) vstr_add_char(out, ')');
}

// --- iteration --------------------------------------------------------------------------------
typedef struct { mp_obj_base_t base; set_t *set; size_t pos, used; } set_it_t;
static mp_obj_t set_getiter(mp_obj_t o) {
    set_it_t *it = m_new_obj(set_it_t);
    it->base.type = &mp_type_set_it;
    it->set = o;
    it->used = it->set->used;
    return it;
}
static mp_obj_t set_it_next(mp_obj_t o) {
    set_it_t *it = o;
    if (it->set == NULL) return MP_OBJ_NULL;
    if (it->set->used != it->used) {
        it->used = (size_t)-1;          // stays broken, as CPython's does
        mp_raise(&mp_type_RuntimeError, "Set changed size during iteration");
    }
    entry_t *e = next_entry(it->set, &it->pos);
    if (e == NULL) { it->set = NULL; return MP_OBJ_NULL; }
    return e->key;
}
static mp_obj_t identity(mp_obj_t o) { return o; }

// --- constructors and methods ----------------------------------------------------------------
static mp_obj_t set_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)kw;
    const mp_obj_type_t *t = type;
    const char *name = qstr_str(t->name);
    if (n_kw > 0) mp_raise(&mp_type_TypeError, "%s() takes no keyword arguments", name);
    if (n > 1) mp_raise(&mp_type_TypeError, "%s expected at most 1 argument, got %d", name, (int)n);
    if (t == &mp_type_frozenset && n == 1 && mp_obj_is_type(a[0], &mp_type_frozenset)) return a[0];
    return mp_obj_new_set(t, n ? a[0] : MP_OBJ_NULL);
}

#define SET_METHOD(cname, pyname, lo, hi) \
    MP_BUILTIN(cname, pyname, lo, hi, false); \
    static mp_obj_t cname(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw)

SET_METHOD(set_add, "add", 2, 2) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_set_add(a[0], a[1]);
    return mp_const_none;
}
SET_METHOD(set_discard, "discard", 2, 2) {
    (void)n; (void)n_kw; (void)kw;
    discard_entry(a[0], a[1], key_hash(a[1]));
    return mp_const_none;
}
SET_METHOD(set_remove, "remove", 2, 2) {
    (void)n; (void)n_kw; (void)kw;
    if (!discard_entry(a[0], a[1], key_hash(a[1]))) mp_raise_obj(mp_obj_new_exception(&mp_type_KeyError, 1, &a[1]));
    return mp_const_none;
}
SET_METHOD(set_pop, "pop", 1, 1) {
    (void)n; (void)n_kw; (void)kw;
    set_t *s = a[0];
    if (s->used == 0) mp_raise(&mp_type_KeyError, "pop from an empty set");
    // scan on from where the last pop stopped (the finger), wrapping around
    entry_t *e = &s->table[s->finger & s->mask];
    while (!LIVE(e)) if (++e > &s->table[s->mask]) e = s->table;
    mp_obj_t key = e->key;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    s->finger = (size_t)(e - s->table) + 1;
    return key;
}
SET_METHOD(set_clear, "clear", 1, 1) {
    (void)n; (void)n_kw; (void)kw;
    clear(a[0]);
    return mp_const_none;
}
SET_METHOD(set_copy, "copy", 1, 1) {
    (void)n; (void)n_kw; (void)kw;
    set_t *s = a[0];
    if (s->base.type == &mp_type_frozenset) return s;
    return copy(s);
}
SET_METHOD(set_update, "update", 1, -1) {
    (void)n_kw; (void)kw;
    for (size_t i = 1; i < n; i++) update(a[0], a[i]);
    return mp_const_none;
}
SET_METHOD(set_union, "union", 1, -1) {
    (void)n_kw; (void)kw;
    set_t *r = copy(a[0]);
    for (size_t i = 1; i < n; i++) if (a[i] != a[0]) update(r, a[i]);
    return r;
}
static set_t *intersection_multi(size_t n, const mp_obj_t *a) {
    if (n == 1) return copy(a[0]);
    set_t *r = a[0];
    for (size_t i = 1; i < n; i++) r = intersection(r, a[i]);
    return r;
}
SET_METHOD(set_intersection, "intersection", 1, -1) {
    (void)n_kw; (void)kw;
    return intersection_multi(n, a);
}
SET_METHOD(set_intersection_update, "intersection_update", 1, -1) {
    (void)n_kw; (void)kw;
    set_t *s = a[0], *r = intersection_multi(n, a);
    *s = *r;
    return mp_const_none;
}
SET_METHOD(set_difference, "difference", 1, -1) {
    (void)n_kw; (void)kw;
    if (n == 1) return copy(a[0]);
    set_t *r = difference(a[0], a[1]);
    for (size_t i = 2; i < n; i++) difference_update(r, a[i]);
    return r;
}
SET_METHOD(set_difference_update, "difference_update", 1, -1) {
    (void)n_kw; (void)kw;
    for (size_t i = 1; i < n; i++) difference_update(a[0], a[i]);
    return mp_const_none;
}
SET_METHOD(set_symmetric_difference, "symmetric_difference", 2, 2) {
    (void)n; (void)n_kw; (void)kw;
    return symmetric_difference(a[0], a[1]);
}
SET_METHOD(set_symmetric_difference_update, "symmetric_difference_update", 2, 2) {
    (void)n; (void)n_kw; (void)kw;
    symmetric_difference_update(a[0], a[1]);
    return mp_const_none;
}
SET_METHOD(set_issubset, "issubset", 2, 2) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_new_bool(issubset(a[0], a[1]));
}
SET_METHOD(set_issuperset, "issuperset", 2, 2) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_new_bool(issuperset(a[0], a[1]));
}
SET_METHOD(set_isdisjoint, "isdisjoint", 2, 2) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_new_bool(isdisjoint(a[0], a[1]));
}

mp_obj_type_t mp_type_set = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .print = set_print, .make_new = set_make_new,
    .unary_op = set_unary_op, .binary_op = set_binary_op, .getiter = set_getiter,
};
mp_obj_type_t mp_type_frozenset = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .print = set_print, .make_new = set_make_new,
    .unary_op = set_unary_op, .binary_op = set_binary_op, .getiter = set_getiter,
};
mp_obj_type_t mp_type_set_it = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .getiter = identity, .iternext = set_it_next,
};

void set_init(void) {
    mp_type_set.name = qstr_from_str("set");
    mp_type_frozenset.name = qstr_from_str("frozenset");
    mp_type_set_it.name = qstr_from_str("set_iterator");
    mp_dict_store_q(mp_builtins, mp_type_set.name, &mp_type_set);
    mp_dict_store_q(mp_builtins, mp_type_frozenset.name, &mp_type_frozenset);
    static const mp_obj_builtin_fun_t *const both[] = {
        &set_copy_obj, &set_union_obj, &set_intersection_obj, &set_difference_obj,
        &set_symmetric_difference_obj, &set_issubset_obj, &set_issuperset_obj, &set_isdisjoint_obj,
    };
    static const mp_obj_builtin_fun_t *const mutating[] = {
        &set_add_obj, &set_discard_obj, &set_remove_obj, &set_pop_obj, &set_clear_obj, &set_update_obj,
        &set_intersection_update_obj, &set_difference_update_obj, &set_symmetric_difference_update_obj,
    };
    for (size_t i = 0; i < sizeof both / sizeof both[0]; i++) {
        mp_store_method(&mp_type_set, both[i]);
        mp_store_method(&mp_type_frozenset, both[i]);
    }
    for (size_t i = 0; i < sizeof mutating / sizeof mutating[0]; i++) mp_store_method(&mp_type_set, mutating[i]);
}
