// runtime.c: the primitives the generated loop calls (vm_prims.h), mostly thin glue over the
// object files; and the hooks for what is not supported yet, which raise a clear error.
#include "obj.h"

static NORETURN void not_yet(const char *what) {
    mp_raise(&mp_type_NotImplementedError, "%s: not supported by the C runtime yet", what);
}

bool rt_is_true(mp_obj_t v) { return mp_obj_is_true(v); }

// Big-int and float constants are kept once parsed, keyed by their text's qstr: a constant
// in a loop would otherwise be parsed (strtod, digit by digit) on every execution. Both are
// immutable. A direct-mapped table in the GC heap: (qstr as a small int, value) pairs.
#define CONST_CACHE_SIZE 64
static mp_obj_t *const_cache;

static mp_obj_t cached_const(qstr s) {
    if (const_cache == NULL) return MP_OBJ_NULL;
    mp_obj_t *e = &const_cache[2 * (s % CONST_CACHE_SIZE)];
    return e[0] == MP_OBJ_NEW_SMALL_INT(s) ? e[1] : MP_OBJ_NULL;
}

static mp_obj_t keep_const(qstr s, mp_obj_t v) {
    if (const_cache == NULL) {
        const_cache = gc_try_alloc(2 * CONST_CACHE_SIZE * sizeof(mp_obj_t));
        if (const_cache == NULL) return v;
        gc_add_root((mp_obj_t *)&const_cache);
    }
    mp_obj_t *e = &const_cache[2 * (s % CONST_CACHE_SIZE)];
    e[0] = MP_OBJ_NEW_SMALL_INT(s);
    e[1] = v;
    return v;
}

mp_obj_t rt_load_const_int(qstr s) {
    mp_obj_t v = cached_const(s);
    if (v != MP_OBJ_NULL) return v;
    v = mp_obj_int_from_str(qstr_str(s), strlen(qstr_str(s)), 10);
    if (v == MP_OBJ_NULL) mp_raise_vm_error("bad int constant", (mp_int_t)s);
    return keep_const(s, v);
}
mp_obj_t rt_load_const_dec(qstr s) {
    mp_obj_t v = cached_const(s);
    if (v != MP_OBJ_NULL) return v;
    const char *text = qstr_str(s);
    size_t n = strlen(text);
    if (n > 0 && (text[n - 1] == 'j' || text[n - 1] == 'J')) not_yet("complex");
    v = mp_obj_float_from_str(text, n);
    if (v == MP_OBJ_NULL) mp_raise_vm_error("bad float constant", (mp_int_t)s);
    return keep_const(s, v);
}
mp_obj_t rt_load_const_str(qstr s) { return qstr_obj(s); }

static NORETURN void name_error(qstr name) {
    mp_raise(&mp_type_NameError, "name '%q' is not defined", name);
}

mp_obj_t rt_load_global(qstr name) {
    mp_obj_t v = mp_dict_get_q(mp_cur_globals, name);
    if (v == MP_OBJ_NULL) v = mp_dict_get_q(mp_builtins, name);
    if (v == MP_OBJ_NULL) name_error(name);
    return v;
}

mp_obj_t rt_load_name(qstr name) {
    if (mp_cur_locals != MP_OBJ_NULL) {
        mp_obj_t v = mp_dict_get_q(mp_cur_locals, name);
        if (v != MP_OBJ_NULL) return v;
    }
    return rt_load_global(name);
}

void rt_store_name(qstr name, mp_obj_t v) {
    mp_dict_store_q(mp_cur_locals != MP_OBJ_NULL ? mp_cur_locals : mp_cur_globals, name, v);
}
void rt_store_global(qstr name, mp_obj_t v) { mp_dict_store_q(mp_cur_globals, name, v); }

void rt_delete_name(qstr name) {
    mp_obj_t ns = mp_cur_locals != MP_OBJ_NULL ? mp_cur_locals : mp_cur_globals;
    if (!mp_obj_dict_delete(ns, qstr_obj(name))) name_error(name);
}
void rt_delete_global(qstr name) {
    if (!mp_obj_dict_delete(mp_cur_globals, qstr_obj(name))) name_error(name);
}

mp_obj_t rt_load_attr(mp_obj_t base, qstr name) { return mp_load_attr(base, name); }
void rt_load_method(mp_obj_t base, qstr name, mp_obj_t *meth, mp_obj_t *self_) {
    mp_obj_t dest[2];
    mp_load_method(base, name, dest);
    *meth = dest[0];
    *self_ = dest[1];
}
void rt_store_attr(mp_obj_t base, qstr name, mp_obj_t v) { mp_store_attr(base, name, v); }
void rt_delete_attr(mp_obj_t base, qstr name) { mp_delete_attr(base, name); }
void rt_store_subscr(mp_obj_t base, mp_obj_t index, mp_obj_t v) { mp_subscr(base, index, v); }
void rt_delete_subscr(mp_obj_t base, mp_obj_t index) { mp_subscr(base, index, MP_OBJ_SENTINEL); }

mp_obj_t rt_load_build_class(void) { return mp_dict_get_q(mp_builtins, qstr_from_str("__build_class__")); }

// Bytecode passed the verifier, which checks stack shapes but not the types of values: an
// opcode that needs a particular type (a cell, the list of LIST_APPEND ...) checks it, so
// crafted bytecode ends in a SystemError, not a crash.
void *mp_expect_type(mp_obj_t o, const mp_obj_type_t *t, const char *opcode) {
    if (o == MP_OBJ_NULL || !mp_obj_is_type(o, t)) {
        mp_raise(&mp_type_SystemError, "bad bytecode: %s needs a %q", opcode, t->name);
    }
    return o;
}

mp_obj_t rt_get_cell(mp_obj_t cell) {
    mp_obj_t v = ((mp_obj_cell_t *)mp_expect_type(cell, &mp_type_closure_cell, "LOAD_DEREF"))->contents;
    if (v == MP_OBJ_NULL) {
        mp_raise(&mp_type_NameError, "cannot access free variable where it is not associated with a "
                 "value in enclosing scope");
    }
    return v;
}
void rt_set_cell(mp_obj_t cell, mp_obj_t v) {
    ((mp_obj_cell_t *)mp_expect_type(cell, &mp_type_closure_cell, "STORE_DEREF"))->contents = v;
}

mp_obj_t rt_unbound_local(qstr name) {
    return mp_obj_new_exception_msg(&mp_type_UnboundLocalError,
        "cannot access local variable '%q' where it is not associated with a value", name);
}

void rt_with_enter(mp_obj_t ctx, mp_obj_t *exit_, mp_obj_t *entered) {
    const mp_obj_type_t *t = mp_type_of(ctx);
    if (mp_type_lookup(t, MP_QSTR___enter__) == MP_OBJ_NULL) {
        mp_raise(&mp_type_TypeError, "'%T' object does not support the context manager protocol", ctx);
    }
    if (mp_type_lookup(t, MP_QSTR___exit__) == MP_OBJ_NULL) {
        mp_raise(&mp_type_TypeError, "'%T' object does not support the context manager protocol "
                 "(missed __exit__ method)", ctx);
    }
    *exit_ = mp_with_exit_wrap(mp_load_attr(ctx, MP_QSTR___exit__));
    *entered = mp_call0(mp_load_attr(ctx, MP_QSTR___enter__));
}

mp_obj_t rt_get_iter(mp_obj_t v) { return mp_getiter(v); }
mp_obj_t rt_iternext(mp_obj_t it) { return mp_iternext(it); }
mp_obj_t rt_unary_op(mp_int_t op, mp_obj_t v) { return mp_unary_op(op, v); }
// The hot cases first: small-int arithmetic and comparisons without leaving this function.
mp_obj_t rt_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (MP_OBJ_IS_SMALL_INT(lhs) && MP_OBJ_IS_SMALL_INT(rhs)) {
        mp_int_t a = MP_OBJ_SMALL_INT_VALUE(lhs), b = MP_OBJ_SMALL_INT_VALUE(rhs), r;
        switch (op) {
            case MP_BINARY_OP_ADD: case MP_BINARY_OP_INPLACE_ADD: r = a + b; break;
            case MP_BINARY_OP_SUBTRACT: case MP_BINARY_OP_INPLACE_SUBTRACT: r = a - b; break;
            case MP_BINARY_OP_MULTIPLY: case MP_BINARY_OP_INPLACE_MULTIPLY:
                if (__builtin_mul_overflow(a, b, &r)) return mp_binary_op(op, lhs, rhs);
                break;
            case MP_BINARY_OP_MODULO: case MP_BINARY_OP_INPLACE_MODULO:
                if (b <= 0) return mp_binary_op(op, lhs, rhs);      // zero and the sign rules
                r = a % b;
                return MP_OBJ_NEW_SMALL_INT(r < 0 ? r + b : r);
            case MP_BINARY_OP_LESS: return mp_obj_new_bool(a < b);
            case MP_BINARY_OP_MORE: return mp_obj_new_bool(a > b);
            case MP_BINARY_OP_LESS_EQUAL: return mp_obj_new_bool(a <= b);
            case MP_BINARY_OP_MORE_EQUAL: return mp_obj_new_bool(a >= b);
            case MP_BINARY_OP_EQUAL: return mp_obj_new_bool(a == b);
            case MP_BINARY_OP_NOT_EQUAL: return mp_obj_new_bool(a != b);
            default: return mp_binary_op(op, lhs, rhs);
        }
        if (MP_SMALL_INT_FITS(r)) return MP_OBJ_NEW_SMALL_INT(r);
    }
    // Two floats, or a list indexed by a small int in range: no user class or reflected
    // operator can be involved, so the generic dispatch is skipped.
    if (mp_obj_is_type(lhs, &mp_type_float) && mp_obj_is_type(rhs, &mp_type_float)) {
        mp_obj_t r = mp_float_binary_op(op, lhs, rhs);
        if (r != MP_OBJ_NULL) return r;
    } else if (op == MP_BINARY_OP_SUBSCR && MP_OBJ_IS_SMALL_INT(rhs) && mp_obj_is_type(lhs, &mp_type_list)) {
        mp_obj_list_t *l = lhs;
        mp_int_t i = MP_OBJ_SMALL_INT_VALUE(rhs);
        if (i < 0) i += (mp_int_t)l->len;
        if (i >= 0 && (size_t)i < l->len) return l->items[i];
    }
    return mp_binary_op(op, lhs, rhs);
}

mp_obj_t rt_build_tuple(mp_int_t n, mp_obj_t *items) { return mp_obj_new_tuple((size_t)n, items); }
mp_obj_t rt_build_list(mp_int_t n, mp_obj_t *items) { return mp_obj_new_list((size_t)n, items); }
mp_obj_t rt_build_set(mp_int_t n, mp_obj_t *items) {
    mp_obj_t s = mp_obj_new_set(&mp_type_set, MP_OBJ_NULL);
    for (mp_int_t i = 0; i < n; i++) mp_obj_set_add(s, items[i]);
    return s;
}
mp_obj_t rt_build_map(mp_int_t n) { return mp_obj_new_dict((size_t)n); }
void rt_list_append(mp_obj_t lst, mp_obj_t v) { mp_obj_list_append(mp_expect_type(lst, &mp_type_list, "LIST_APPEND"), v); }
void rt_set_add(mp_obj_t s, mp_obj_t v) { mp_obj_set_add(mp_expect_type(s, &mp_type_set, "SET_ADD"), v); }
void rt_store_map(mp_obj_t m, mp_obj_t key, mp_obj_t v) { mp_obj_dict_store(mp_expect_type(m, &mp_type_dict, "STORE_MAP"), key, v); }

// the items of any iterable, as a list
static mp_obj_list_t *items_of(mp_obj_t seq) {
    const mp_obj_type_t *t = mp_type_of(seq);
    if (t->getiter == NULL && !(t->flags & MP_TYPE_FLAG_USER)) {
        mp_raise(&mp_type_TypeError, "cannot unpack non-iterable %T object", seq);
    }
    mp_obj_list_t *l = mp_obj_new_list(0, NULL);
    mp_obj_t it = mp_getiter(seq), item;
    while ((item = mp_iternext(it)) != MP_OBJ_NULL) mp_obj_list_append(l, item);
    return l;
}

void rt_unpack_sequence(mp_obj_t seq, mp_int_t n, mp_obj_t *dest) {
    size_t len;
    mp_obj_t *items;
    if (!mp_obj_get_array(seq, &len, &items)) {
        mp_obj_list_t *l = items_of(seq);
        len = l->len;
        items = l->items;
    }
    if (len > (size_t)n) mp_raise(&mp_type_ValueError, "too many values to unpack (expected %d)", (int)n);
    if (len < (size_t)n) {
        mp_raise(&mp_type_ValueError, "not enough values to unpack (expected %d, got %d)", (int)n, (int)len);
    }
    for (mp_int_t i = 0; i < n; i++) dest[n - 1 - i] = items[i];
}

void rt_unpack_ex(mp_obj_t seq, mp_int_t n_before, mp_int_t n_after, mp_int_t n, mp_obj_t *dest) {
    mp_obj_list_t *l = items_of(seq);
    size_t len = l->len;
    if (len < (size_t)(n_before + n_after)) {
        mp_raise(&mp_type_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                 (int)(n_before + n_after), (int)len);
    }
    mp_obj_t *out = dest + n - 1;        // the first item ends on top
    for (mp_int_t i = 0; i < n_before; i++) *out-- = l->items[i];
    *out-- = mp_obj_new_list(len - (size_t)(n_before + n_after), l->items + n_before);
    for (mp_int_t i = 0; i < n_after; i++) *out-- = l->items[len - (size_t)n_after + (size_t)i];
}

mp_obj_t rt_make_function(mp_int_t code_id, mp_obj_t defargs) {
    return mp_make_function(code_id, defargs, MP_OBJ_NULL, MP_OBJ_NULL);
}
mp_obj_t rt_make_closure(mp_int_t code_id, mp_obj_t cells, mp_obj_t defargs) {
    return mp_make_function(code_id, defargs, MP_OBJ_NULL, cells);
}
mp_obj_t rt_make_function_kw(mp_int_t code_id, mp_obj_t defargs, mp_obj_t kwdefs, mp_obj_t cells) {
    return mp_make_function(code_id, defargs, kwdefs, cells);
}

mp_obj_t rt_call_function_n_kw(mp_obj_t fn, mp_int_t n_pos, mp_int_t n_kw, mp_obj_t *args) {
    return mp_call(fn, (size_t)n_pos, args, (size_t)n_kw, args + n_pos);
}

mp_obj_t rt_call_method_n_kw(mp_obj_t meth, mp_obj_t self_, mp_int_t n_pos, mp_int_t n_kw, mp_obj_t *args) {
    if (self_ == MP_OBJ_NULL) return mp_call(meth, (size_t)n_pos, args, (size_t)n_kw, args + n_pos);
    // the stack holds meth, self, args...: self sits right below args
    return mp_call(meth, (size_t)n_pos + 1, args - 1, (size_t)n_kw, args + n_pos);
}

static const char *callable_name(mp_obj_t fn, vstr_t *v) {
    if (mp_obj_is_type(fn, &mp_type_function)) vstr_printf(v, "%q()", ((mp_obj_fun_t *)fn)->code->qualname);
    else if (mp_obj_is_type(fn, &mp_type_builtin_fun)) vstr_printf(v, "%s()", ((mp_obj_builtin_fun_t *)fn)->name);
    else vstr_printf(v, "%T object", fn);
    return v->buf;
}

mp_obj_t rt_call_function_var_kw(mp_obj_t fn, mp_int_t n_pos, mp_int_t n_kw, mp_obj_t *args,
                                 mp_obj_t star, mp_obj_t dstar) {
    mp_obj_list_t *pos = mp_obj_new_list((size_t)n_pos, args);
    if (star != MP_OBJ_NULL) {
        const mp_obj_type_t *t = mp_type_of(star);
        if (t->getiter == NULL && !(t->flags & MP_TYPE_FLAG_USER)) {
            vstr_t v;
            vstr_init(&v, 32);
            mp_raise(&mp_type_TypeError, "%s argument after * must be an iterable, not %T", callable_name(fn, &v), star);
        }
        mp_obj_t it = mp_getiter(star), item;
        while ((item = mp_iternext(it)) != MP_OBJ_NULL) mp_obj_list_append(pos, item);
    }
    mp_obj_list_t *kw = mp_obj_new_list((size_t)(2 * n_kw), args + n_pos);
    if (dstar != MP_OBJ_NULL) {
        if (!mp_obj_is_type(dstar, &mp_type_dict)) not_yet("** of a non-dict");
        mp_obj_dict_t *d = dstar;
        for (size_t i = 0; i < d->filled; i++) {
            mp_obj_t key = d->entries[i].key;
            if (key == MP_OBJ_NULL) continue;
            for (size_t k = 0; k < kw->len; k += 2) {
                if (mp_obj_equal(kw->items[k], key)) {
                    vstr_t v;
                    vstr_init(&v, 32);
                    mp_raise(&mp_type_TypeError, "%s got multiple values for keyword argument '%S'", callable_name(fn, &v), key);
                }
            }
            mp_obj_list_append(kw, key);
            mp_obj_list_append(kw, d->entries[i].value);
        }
    }
    return mp_call(fn, pos->len, pos->items, kw->len / 2, kw->items);
}

mp_obj_t rt_call_method_var_kw(mp_obj_t meth, mp_obj_t self_, mp_int_t n_pos, mp_int_t n_kw,
                               mp_obj_t *args, mp_obj_t star, mp_obj_t dstar) {
    if (self_ == MP_OBJ_NULL) return rt_call_function_var_kw(meth, n_pos, n_kw, args, star, dstar);
    return rt_call_function_var_kw(meth, n_pos + 1, n_kw, args - 1, star, dstar);
}

// --- raising ----------------------------------------------------------------------------------
mp_obj_t rt_make_raise_obj(mp_obj_t v) {
    if (mp_obj_is_exception_type(v)) return mp_call0(v);
    if (mp_obj_is_exception_instance(v)) return v;
    mp_raise(&mp_type_TypeError, "exceptions must derive from BaseException");
}

mp_obj_t rt_make_raise_obj_from(mp_obj_t v, mp_obj_t cause) {
    mp_obj_instance_t *exc = rt_make_raise_obj(v);
    if (cause == mp_const_none) {
        exc->cause = MP_OBJ_NULL;
    } else if (mp_obj_is_exception_type(cause)) {
        exc->cause = mp_call0(cause);
    } else if (mp_obj_is_exception_instance(cause)) {
        exc->cause = cause;
    } else {
        mp_raise(&mp_type_TypeError, "exception causes must derive from BaseException");
    }
    exc->suppress_context = true;
    return exc;
}

NORETURN void rt_raise(mp_obj_t exc) {
    if (exc == MP_OBJ_NULL) mp_raise(&mp_type_RuntimeError, "No active exception to reraise");
    nlr_jump(exc);
}

// --- f-strings -------------------------------------------------------------------------
mp_obj_t rt_format_value(mp_obj_t value, mp_int_t conversion, mp_obj_t *spec, mp_int_t has_spec) {
    if (conversion == 1) value = mp_obj_str_of(value);
    else if (conversion == 2) value = mp_obj_repr_of(value);
    else if (conversion == 3) value = mp_obj_ascii_of(value);
    // format(value, spec): a class's __format__ sees an empty spec too
    return mp_format(value, has_spec ? spec[0] : qstr_obj(MP_QSTR_empty));
}

void rt_dict_merge(mp_obj_t m, mp_obj_t other) {
    if (!mp_obj_is_type(other, &mp_type_dict)) not_yet("** of a non-dict");
    mp_obj_dict_t *d = other;
    for (size_t i = 0; i < d->filled; i++) {
        mp_obj_t key = d->entries[i].key;
        if (key == MP_OBJ_NULL) continue;
        if (mp_obj_dict_get(m, key) != MP_OBJ_NULL) {
            mp_raise(&mp_type_TypeError, "got multiple values for keyword argument '%S'", key);
        }
        mp_obj_dict_store(m, key, d->entries[i].value);
    }
}

mp_obj_t rt_build_string(mp_int_t n, mp_obj_t *items) {
    vstr_t v;
    vstr_init(&v, 32);
    for (mp_int_t i = 0; i < n; i++) {
        mp_obj_str_t *s = mp_expect_type(items[i], &mp_type_str, "BUILD_STRING");
        vstr_add_strn(&v, s->data, s->len);
    }
    return mp_obj_new_str_from_vstr(&v);
}

