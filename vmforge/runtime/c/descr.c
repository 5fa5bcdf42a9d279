// descr.c: super(), property and NotImplemented: the pieces of the class machinery that
// stand between an attribute lookup and the class dicts.
#include "obj.h"

typedef struct { mp_obj_base_t base; mp_obj_t cls, obj; } super_t;

struct _mp_obj_none_t;
static const mp_obj_base_t not_implemented_obj = {&mp_type_NotImplementedType};
mp_obj_t mp_const_notimplemented = (mp_obj_t)&not_implemented_obj;

// super(cls, obj): look names up in type(obj)'s order after cls
static mp_obj_t super_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)type; (void)n_kw; (void)kw;
    if (n != 2) mp_raise(&mp_type_RuntimeError, "super(): __class__ cell not found");
    if (!mp_obj_is_type(a[0], &mp_type_type)) mp_raise(&mp_type_TypeError, "super() argument 1 must be a type, not %T", a[0]);
    super_t *s = m_new_obj(super_t);
    s->base.type = &mp_type_super;
    s->cls = a[0];
    s->obj = a[1];
    return s;
}

static bool super_attr(mp_obj_t self, qstr name, mp_obj_t *dest) {
    super_t *s = self;
    const mp_obj_type_t *t = mp_obj_is_type(s->obj, &mp_type_type) ? s->obj : mp_type_of(s->obj);
    mp_obj_tuple_t *mro = t->mro;
    size_t i = 0;
    if (mro != NULL) while (i < mro->len && mro->items[i] != s->cls) i++;
    for (i++; mro != NULL && i < mro->len; i++) {
        mp_obj_type_t *c = mro->items[i];
        mp_obj_t v = c->locals != MP_OBJ_NULL ? mp_dict_get_q(c->locals, name) : MP_OBJ_NULL;
        if (v == MP_OBJ_NULL) continue;
        if (mp_obj_is_type(v, &mp_type_staticmethod)) { dest[0] = ((mp_obj_static_class_method_t *)v)->fun; return true; }
        if (mp_obj_is_type(v, &mp_type_classmethod)) {
            dest[0] = ((mp_obj_static_class_method_t *)v)->fun;
            dest[1] = (mp_obj_t)t;
            return true;
        }
        dest[0] = v;
        if (mp_obj_is_type(v, &mp_type_function) || mp_obj_is_type(v, &mp_type_builtin_fun)) dest[1] = s->obj;
        return true;
    }
    mp_raise(&mp_type_AttributeError, "'super' object has no attribute '%q'", name);
}

// --- property -----------------------------------------------------------------------------------
typedef struct { mp_obj_base_t base; mp_obj_t fget, fset, fdel, doc; } property_t;

static mp_obj_t new_property(const mp_obj_t *f) {
    property_t *p = m_new_obj(property_t);
    p->base.type = &mp_type_property;
    p->fget = f[0];
    p->fset = f[1];
    p->fdel = f[2];
    p->doc = f[3];
    if (p->doc == mp_const_none && p->fget != mp_const_none) {
        mp_obj_t doc = mp_load_attr_maybe(p->fget, MP_QSTR___doc__);   // CPython copies the getter's
        if (doc != MP_OBJ_NULL) p->doc = doc;
    }
    return p;
}

// property(fget=None, fset=None, fdel=None, doc=None)
static mp_obj_t property_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)type;
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    mp_obj_t f[4] = {mp_const_none, mp_const_none, mp_const_none, mp_const_none};
    if (n > 4) mp_raise(&mp_type_TypeError, "property() takes at most 4 arguments (%d given)", (int)(n + n_kw));
    for (size_t i = 0; i < n; i++) f[i] = a[i];
    for (size_t i = 0; i < n_kw; i++) {
        const char *k = qstr_str(mp_obj_str_qstr(kw[2 * i]));
        size_t j = 0;
        while (j < 4 && strcmp(k, names[j]) != 0) j++;
        if (j == 4) mp_raise(&mp_type_TypeError, "property() got an unexpected keyword argument '%s'", k);
        f[j] = kw[2 * i + 1];
    }
    return new_property(f);
}

// prop.getter(f), prop.setter(f), prop.deleter(f): a copy with that function replaced
static mp_obj_t property_copy(const mp_obj_t *a, size_t which) {
    property_t *old = a[0];
    mp_obj_t f[4] = {old->fget, old->fset, old->fdel, old->doc};
    f[which] = a[1];
    return new_property(f);
}
MP_BUILTIN(property_getter, "getter", 2, 2, false);
static mp_obj_t property_getter(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return property_copy(a, 0);
}
MP_BUILTIN(property_setter, "setter", 2, 2, false);
static mp_obj_t property_setter(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return property_copy(a, 1);
}
MP_BUILTIN(property_deleter, "deleter", 2, 2, false);
static mp_obj_t property_deleter(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return property_copy(a, 2);
}

static bool property_attr(mp_obj_t self, qstr name, mp_obj_t *dest) {
    property_t *p = self;
    const char *n = qstr_str(name);
    dest[0] = strcmp(n, "fget") == 0 ? p->fget : strcmp(n, "fset") == 0 ? p->fset
            : strcmp(n, "fdel") == 0 ? p->fdel : strcmp(n, "__doc__") == 0 ? p->doc : MP_OBJ_NULL;
    return dest[0] != MP_OBJ_NULL;
}

bool mp_property_get(mp_obj_t prop, mp_obj_t obj, mp_obj_t *out) {
    property_t *p = prop;
    if (p->fget == mp_const_none) mp_raise(&mp_type_AttributeError, "unreadable attribute");
    *out = mp_call1(p->fget, obj);
    return true;
}

// obj.name = value, or del obj.name when value is MP_OBJ_NULL
bool mp_property_set(mp_obj_t prop, mp_obj_t obj, qstr name, mp_obj_t value) {
    property_t *p = prop;
    mp_obj_t fn = value != MP_OBJ_NULL ? p->fset : p->fdel;
    if (fn == mp_const_none) {
        mp_raise(&mp_type_AttributeError, "property '%q' of '%T' object has no %s", name, obj,
                 value != MP_OBJ_NULL ? "setter" : "deleter");
    }
    mp_obj_t args[2] = {obj, value};
    mp_call(fn, value != MP_OBJ_NULL ? 2 : 1, args, 0, NULL);
    return true;
}

static void notimpl_print(vstr_t *out, mp_obj_t o, bool repr) { (void)o; (void)repr; vstr_add_str(out, "NotImplemented"); }

MP_BUILTIN(object_init, "__init__", 1, -1, true);
static mp_obj_t object_init(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)a; (void)n_kw; (void)kw;
    return mp_const_none;
}

mp_obj_type_t mp_type_super = {.base = {&mp_type_type}, .parent = &mp_type_object, .make_new = super_make_new, .attr = super_attr};
mp_obj_type_t mp_type_property = {.base = {&mp_type_type}, .parent = &mp_type_object, .make_new = property_make_new,
                                  .attr = property_attr};
mp_obj_type_t mp_type_NotImplementedType = {.base = {&mp_type_type}, .parent = &mp_type_object, .print = notimpl_print};

void descr_init(void) {
    mp_type_super.name = qstr_from_str("super");
    mp_type_property.name = qstr_from_str("property");
    mp_type_NotImplementedType.name = qstr_from_str("NotImplementedType");
    mp_store_method(&mp_type_property, &property_getter_obj);
    mp_store_method(&mp_type_property, &property_setter_obj);
    mp_store_method(&mp_type_property, &property_deleter_obj);
    mp_store_method(&mp_type_object, &object_init_obj);
    mp_dict_store_q(mp_builtins, mp_type_super.name, &mp_type_super);
    mp_dict_store_q(mp_builtins, mp_type_property.name, &mp_type_property);
    mp_dict_store_q(mp_builtins, qstr_from_str("NotImplemented"), mp_const_notimplemented);
    mp_dict_store_q(mp_builtins, qstr_from_str("Ellipsis"), mp_const_ellipsis);
}
