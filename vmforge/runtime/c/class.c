// class.c: classes made by class statements, their instances, and attribute lookup for
// every object (instance dict, then the class and its bases, then built-in methods).
#include "obj.h"

mp_obj_t mp_instance_new(const mp_obj_type_t *t) {
    mp_obj_instance_t *o = m_new_obj(mp_obj_instance_t);
    o->base.type = t;
    return o;
}

static bool has_dict(mp_obj_t o) {
    const mp_obj_type_t *t = mp_type_of(o);
    return (t->flags & (MP_TYPE_FLAG_USER | MP_TYPE_FLAG_EXCEPTION)) || t == &mp_type_object;
}

// the class attribute `name` of t: its own dict, then its bases in order
static mp_obj_t type_lookup_uncached(const mp_obj_type_t *t, qstr name) {
    if (t->mro != MP_OBJ_NULL) {
        mp_obj_tuple_t *mro = t->mro;
        for (size_t i = 0; i < mro->len; i++) {
            mp_obj_type_t *c = mro->items[i];
            if (c->locals != MP_OBJ_NULL) {
                ((mp_obj_dict_t *)c->locals)->watched = true;
                mp_obj_t v = mp_dict_get_q(c->locals, name);
                if (v != MP_OBJ_NULL) return v;
            }
            if (c->mro == MP_OBJ_NULL && c != t) return type_lookup_uncached(c, name);   // a built-in base
        }
        return MP_OBJ_NULL;
    }
    for (; t != NULL; t = t->parent) {
        if (t->locals != MP_OBJ_NULL) {
            ((mp_obj_dict_t *)t->locals)->watched = true;
            mp_obj_t v = mp_dict_get_q(t->locals, name);
            if (v != MP_OBJ_NULL) return v;
        }
    }
    return MP_OBJ_NULL;
}

// A direct-mapped cache of class attribute lookups, answers "missing" included: without it
// every method call and instance attribute walks the MRO's dicts (as CPython, which keeps
// one too). An entry holds while the epoch it was made in lasts; a change to any dict the
// lookups read (marked watched) or a new class (which may reuse a dead one's address)
// starts a new epoch. The table lives in the GC heap, so what it holds stays alive.
#ifndef VMFORGE_TYPE_CACHE_SIZE
#define VMFORGE_TYPE_CACHE_SIZE 256         // a power of two; 0 turns the cache off
#endif
#if VMFORGE_TYPE_CACHE_SIZE > 0
typedef struct { const mp_obj_type_t *type; mp_obj_t value; qstr name; uint32_t epoch; } type_cache_entry_t;
static type_cache_entry_t *type_cache;      // a GC root (registered on first use)
static uint32_t type_cache_epoch = 1;

void mp_type_cache_invalidate(void) {
    if (++type_cache_epoch == 0) {          // wrapped: entries of the first epochs would match again
        if (type_cache != NULL) memset(type_cache, 0, VMFORGE_TYPE_CACHE_SIZE * sizeof *type_cache);
        type_cache_epoch = 1;
    }
}

mp_obj_t mp_type_lookup(const mp_obj_type_t *t, qstr name) {
    if (type_cache == NULL) {
        type_cache = gc_try_alloc(VMFORGE_TYPE_CACHE_SIZE * sizeof *type_cache);
        if (type_cache == NULL) return type_lookup_uncached(t, name);
        gc_add_root((mp_obj_t *)&type_cache);
    }
    size_t slot = (((uintptr_t)t >> 4) ^ (uintptr_t)name * 2654435761u) & (VMFORGE_TYPE_CACHE_SIZE - 1);
    type_cache_entry_t *e = &type_cache[slot];
    if (e->epoch == type_cache_epoch && e->type == t && e->name == name) return e->value;
    uint32_t epoch = type_cache_epoch;
    mp_obj_t v = type_lookup_uncached(t, name);
    if (epoch == type_cache_epoch) *e = (type_cache_entry_t){t, v, name, epoch};
    return v;
}
#else
void mp_type_cache_invalidate(void) {}
mp_obj_t mp_type_lookup(const mp_obj_type_t *t, qstr name) { return type_lookup_uncached(t, name); }
#endif

// The attributes every class has outside its dict: __bases__, __mro__, __dict__ ...
static bool type_attr(mp_obj_type_t *cls, qstr name, mp_obj_t *dest) {
    const char *n = qstr_str(name);
    bool user = cls->flags & MP_TYPE_FLAG_USER;
    if (strcmp(n, "__bases__") == 0) {
        mp_obj_t parent = (mp_obj_t)cls->parent;
        dest[0] = user ? cls->bases : mp_obj_new_tuple(parent != MP_OBJ_NULL, &parent);
    } else if (strcmp(n, "__mro__") == 0) {
        if (user) return dest[0] = cls->mro, true;
        mp_obj_t l = mp_obj_new_list(0, NULL);
        for (const mp_obj_type_t *p = cls; p != NULL; p = p->parent) mp_obj_list_append(l, (mp_obj_t)p);
        dest[0] = mp_obj_new_tuple(((mp_obj_list_t *)l)->len, ((mp_obj_list_t *)l)->items);
    } else if (strcmp(n, "__dict__") == 0) {
        dest[0] = cls->locals != MP_OBJ_NULL ? cls->locals : mp_obj_new_dict(0);
    } else if (name == MP_QSTR___qualname__) {
        dest[0] = user ? mp_dict_get_q(cls->locals, name) : MP_OBJ_NULL;
        if (dest[0] == MP_OBJ_NULL) dest[0] = qstr_obj(cls->name);
    } else if (name == MP_QSTR___doc__) {
        dest[0] = cls->locals != MP_OBJ_NULL ? mp_dict_get_q(cls->locals, name) : MP_OBJ_NULL;
        if (dest[0] == MP_OBJ_NULL) dest[0] = mp_const_none;
    } else {
        return false;
    }
    return true;
}

// Look up base.name; a function found on the class comes back unbound with its self:
// dest[0] = function, dest[1] = self (or MP_OBJ_NULL for a plain value). Returns dest[0],
// MP_OBJ_NULL if there is no such attribute.
mp_obj_t mp_load_method_maybe(mp_obj_t base, qstr name, mp_obj_t *dest) {
    dest[0] = dest[1] = MP_OBJ_NULL;
    const mp_obj_type_t *t = mp_type_of(base);
    if (name == MP_QSTR___class__) return dest[0] = (mp_obj_t)t;
    if (t == &mp_type_type) {
        // an attribute of a class: functions stay plain functions
        mp_obj_type_t *cls = base;
        if (name == MP_QSTR___name__) return dest[0] = qstr_obj(cls->name);
        if (type_attr(cls, name, dest)) return dest[0];
        mp_obj_t v = mp_type_lookup(cls, name);
        if (v == MP_OBJ_NULL) return MP_OBJ_NULL;
        if (mp_obj_is_type(v, &mp_type_staticmethod)) v = ((mp_obj_static_class_method_t *)v)->fun;
        else if (mp_obj_is_type(v, &mp_type_classmethod)) {
            dest[0] = ((mp_obj_static_class_method_t *)v)->fun;
            dest[1] = base;
            return dest[0];
        }
        return dest[0] = v;
    }
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t p = mp_type_lookup(t, name);
        if (p != MP_OBJ_NULL && mp_obj_is_type(p, &mp_type_property)) {
            mp_property_get(p, base, &dest[0]);
            return dest[0];
        }
    }
    if (!MP_OBJ_IS_SMALL_INT(base) && has_dict(base)) {
        mp_obj_instance_t *inst = base;
        if (inst->dict != MP_OBJ_NULL) {
            mp_obj_t v = mp_dict_get_q(inst->dict, name);
            if (v != MP_OBJ_NULL) return dest[0] = v;
        }
    }
    if (t->attr != NULL && t->attr(base, name, dest)) return dest[0];
    mp_obj_t v = mp_type_lookup(t, name);
    if (v == MP_OBJ_NULL) return MP_OBJ_NULL;
    if (mp_obj_is_type(v, &mp_type_function) || mp_obj_is_type(v, &mp_type_builtin_fun)) {
        dest[0] = v;
        dest[1] = base;
    } else if (mp_obj_is_type(v, &mp_type_staticmethod)) {
        dest[0] = ((mp_obj_static_class_method_t *)v)->fun;
    } else if (mp_obj_is_type(v, &mp_type_classmethod)) {
        dest[0] = ((mp_obj_static_class_method_t *)v)->fun;
        dest[1] = (mp_obj_t)t;
    } else if (mp_obj_is_type(v, &mp_type_property)) {
        mp_property_get(v, base, &dest[0]);
    } else {
        dest[0] = v;
    }
    return dest[0];
}

static NORETURN void attribute_error(mp_obj_t base, qstr name) {
    if (mp_obj_is_type(base, &mp_type_module)) {
        mp_raise(&mp_type_AttributeError, "module '%q' has no attribute '%q'", ((mp_obj_module_t *)base)->name, name);
    }
    if (mp_obj_is_type(base, &mp_type_type)) {
        mp_raise(&mp_type_AttributeError, "type object '%q' has no attribute '%q'",
                 ((mp_obj_type_t *)base)->name, name);
    }
    mp_raise(&mp_type_AttributeError, "'%T' object has no attribute '%q'", base, name);
}

void mp_load_method(mp_obj_t base, qstr name, mp_obj_t *dest) {
    if (mp_load_method_maybe(base, name, dest) == MP_OBJ_NULL) attribute_error(base, name);
}

mp_obj_t mp_load_attr_maybe(mp_obj_t base, qstr name) {
    mp_obj_t dest[2];
    if (mp_load_method_maybe(base, name, dest) == MP_OBJ_NULL) return MP_OBJ_NULL;
    return dest[1] == MP_OBJ_NULL ? dest[0] : mp_obj_new_bound_meth(dest[0], dest[1]);
}

mp_obj_t mp_load_attr(mp_obj_t base, qstr name) {
    mp_obj_t v = mp_load_attr_maybe(base, name);
    if (v == MP_OBJ_NULL) attribute_error(base, name);
    return v;
}

static mp_obj_t *attr_dict(mp_obj_t base) {
    if (MP_OBJ_IS_SMALL_INT(base)) return NULL;
    if (mp_obj_is_type(base, &mp_type_type)) {
        mp_obj_type_t *t = base;
        return (t->flags & MP_TYPE_FLAG_USER) ? &t->locals : NULL;
    }
    if (mp_obj_is_type(base, &mp_type_function)) return &((mp_obj_fun_t *)base)->dict;
    if (mp_obj_is_type(base, &mp_type_module)) return &((mp_obj_module_t *)base)->globals;
    if (has_dict(base) && mp_type_of(base) != &mp_type_object) return &((mp_obj_instance_t *)base)->dict;
    return NULL;
}

void mp_store_attr(mp_obj_t base, qstr name, mp_obj_t v) {
    const mp_obj_type_t *t = mp_type_of(base);
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t p = mp_type_lookup(t, name);
        if (p != MP_OBJ_NULL && mp_obj_is_type(p, &mp_type_property)) {
            mp_property_set(p, base, name, v);
            return;
        }
    }
    if (mp_obj_is_exception_instance(base) && mp_exc_store_attr(base, name, v)) return;
    mp_obj_t *d = attr_dict(base);
    if (d == NULL) {
        mp_raise(&mp_type_AttributeError, "'%T' object has no attribute '%q'", base, name);
    }
    if (*d == MP_OBJ_NULL) *d = mp_obj_new_dict(4);
    mp_dict_store_q(*d, name, v);
}

void mp_delete_attr(mp_obj_t base, qstr name) {
    const mp_obj_type_t *t = mp_type_of(base);
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t p = mp_type_lookup(t, name);
        if (p != MP_OBJ_NULL && mp_obj_is_type(p, &mp_type_property)) {
            mp_property_set(p, base, name, MP_OBJ_NULL);
            return;
        }
    }
    mp_obj_t *d = attr_dict(base);
    if (d == NULL || *d == MP_OBJ_NULL || !mp_obj_dict_delete(*d, qstr_obj(name))) attribute_error(base, name);
}

bool mp_call_special(mp_obj_t self, qstr name, size_t n, const mp_obj_t *args, mp_obj_t *ret) {
    mp_obj_t v = mp_type_lookup(mp_type_of(self), name);
    if (v == MP_OBJ_NULL) return false;
    // __hash__ = None (set for a class with __eq__ only) makes instances unhashable
    if (v == mp_const_none && name == MP_QSTR___hash__) mp_raise(&mp_type_TypeError, "unhashable type: '%T'", self);
    mp_obj_t all[3] = {self, n > 0 ? args[0] : MP_OBJ_NULL, n > 1 ? args[1] : MP_OBJ_NULL};
    *ret = mp_call(v, n + 1, all, 0, NULL);
    return true;
}

// Calling a class: type(x), or a new instance initialised by __init__.
mp_obj_t mp_type_call(mp_obj_t self, size_t n_pos, const mp_obj_t *pos, size_t n_kw, const mp_obj_t *kw) {
    mp_obj_type_t *t = self;
    if (t == &mp_type_type) {
        if (n_pos != 1 || n_kw != 0) mp_raise(&mp_type_TypeError, "type() takes 1 or 3 arguments");
        return (mp_obj_t)mp_type_of(pos[0]);
    }
    if (!(t->flags & MP_TYPE_FLAG_USER)) {
        if (t->make_new == NULL) mp_raise(&mp_type_TypeError, "cannot create '%q' instances", t->name);
        return t->make_new(self, n_pos, pos, n_kw, kw);
    }
    mp_obj_t o;
    if (t->flags & MP_TYPE_FLAG_EXCEPTION) {
        o = mp_obj_new_exception(t, n_pos, pos);
    } else {
        o = mp_instance_new(t);
    }
    mp_obj_t init = mp_type_lookup(t, MP_QSTR___init__);
    if (init != MP_OBJ_NULL && mp_obj_is_type(init, &mp_type_function)) {
        mp_obj_t args[n_pos + 1];
        args[0] = o;
        for (size_t i = 0; i < n_pos; i++) args[i + 1] = pos[i];
        mp_obj_t r = mp_call(init, n_pos + 1, args, n_kw, kw);
        if (r != mp_const_none) {
            mp_raise(&mp_type_TypeError, "__init__() should return None, not '%T'", r);
        }
    } else if (!(t->flags & MP_TYPE_FLAG_EXCEPTION) && (n_pos != 0 || n_kw != 0)) {
        mp_raise(&mp_type_TypeError, "%q() takes no arguments", t->name);
    }
    return o;
}

// The method resolution order: self, then each base's order, keeping a class's last
// occurrence (which is C3's answer for the hierarchies programs build).
static mp_obj_t compute_mro(mp_obj_type_t *t, size_t n_bases, const mp_obj_t *bases) {
    mp_obj_t all = mp_obj_new_list(0, NULL);
    mp_obj_list_append(all, t);
    for (size_t i = 0; i < n_bases; i++) {
        mp_obj_type_t *b = bases[i];
        if (b->mro != MP_OBJ_NULL) {
            mp_obj_tuple_t *m = b->mro;
            for (size_t j = 0; j < m->len; j++) mp_obj_list_append(all, m->items[j]);
        } else {
            for (const mp_obj_type_t *p = b; p != NULL; p = p->parent) mp_obj_list_append(all, (mp_obj_t)p);
        }
    }
    mp_obj_list_t *l = all;
    mp_obj_t out = mp_obj_new_list(0, NULL);
    for (size_t i = 0; i < l->len; i++) {
        bool later = false;
        for (size_t j = i + 1; j < l->len && !later; j++) later = l->items[j] == l->items[i];
        if (!later) mp_obj_list_append(out, l->items[i]);
    }
    return mp_obj_new_tuple(((mp_obj_list_t *)out)->len, ((mp_obj_list_t *)out)->items);
}


mp_obj_t mp_builtin___build_class__(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)kw;
    if (n < 2 || !mp_obj_is_type(a[0], &mp_type_function)) {
        mp_raise(&mp_type_TypeError, "__build_class__: func must be a function");
    }
    if (n_kw != 0) mp_raise(&mp_type_NotImplementedError, "metaclasses are not supported yet");
    mp_obj_fun_t *body = a[0];
    mp_obj_t ns = mp_obj_new_dict(8);
    mp_obj_t module_name = mp_dict_get_q(body->globals, MP_QSTR___name__);
    mp_dict_store_q(ns, MP_QSTR___module__, module_name ? module_name : qstr_obj(MP_QSTR___main__));
    mp_dict_store_q(ns, MP_QSTR___qualname__, qstr_obj(body->code->qualname));
    mp_obj_t cell = mp_fun_run(body, 0, NULL, 0, NULL, ns);
    // as in CPython, a class that defines __eq__ but not __hash__ gets __hash__ = None
    if (mp_dict_get_q(ns, MP_QSTR___eq__) != MP_OBJ_NULL && mp_dict_get_q(ns, MP_QSTR___hash__) == MP_OBJ_NULL) {
        mp_dict_store_q(ns, MP_QSTR___hash__, mp_const_none);
    }
    mp_obj_type_t *t = gc_alloc(sizeof(mp_obj_type_t));
    mp_type_cache_invalidate();
    t->base.type = &mp_type_type;
    t->name = mp_obj_str_qstr(a[1]);
    t->flags = MP_TYPE_FLAG_USER;
    t->locals = ns;
    size_t n_bases = n - 2;
    const mp_obj_t *bases = a + 2;
    mp_obj_t object = &mp_type_object;
    if (n_bases == 0) { n_bases = 1; bases = &object; }
    for (size_t i = 0; i < n_bases; i++) {
        if (!mp_obj_is_type(bases[i], &mp_type_type)) {
            mp_raise(&mp_type_TypeError, "bases must be types");
        }
        mp_obj_type_t *b = bases[i];
        t->flags |= b->flags & MP_TYPE_FLAG_EXCEPTION;
        if (b->flags & MP_TYPE_FLAG_EXCEPTION) t->attr = b->attr;   // args, __cause__ ...
        if (t->parent == NULL || t->parent == &mp_type_object) t->parent = b;
    }
    t->mro = compute_mro(t, n_bases, bases);
    t->bases = mp_obj_new_tuple(n_bases, bases);
    if (mp_obj_is_type(cell, &mp_type_closure_cell)) ((mp_obj_cell_t *)cell)->contents = t;
    return t;
}
