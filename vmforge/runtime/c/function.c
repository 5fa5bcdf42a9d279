// function.c: functions and closures (and running their frames), cells, bound methods,
// built-in functions, and argument binding with CPython's messages.
#include "obj.h"

#define CODE_GENERATOR 0x01
#define CODE_VARARGS 0x02
#define CODE_VARKEYWORDS 0x04

mp_obj_t mp_cur_globals, mp_cur_locals;
mp_module_t *mp_cur_module;
mp_obj_fun_t *mp_cur_fun;                 // the running frame's function and state (locals())
mp_code_state_t *mp_cur_state;
mp_int_t mp_recursion_depth, mp_recursion_limit = 1000;

#ifndef VMFORGE_C_STACK_LIMIT
#define VMFORGE_C_STACK_LIMIT (6u * 1024 * 1024)   // bytes: the host's main thread has 8 MiB
#endif

// What every call would otherwise decode again: where the prelude starts, the parameter count.
void mp_code_prepare(mp_code_t *c) {
    c->prelude = c->code + (c->code[0] | c->code[1] << 8 | (mp_uint_t)c->code[2] << 16 | (mp_uint_t)c->code[3] << 24);
    c->n_params = (uint16_t)(c->n_pos + c->n_kwonly + !!(c->flags & CODE_VARARGS) + !!(c->flags & CODE_VARKEYWORDS));
}

mp_obj_t mp_make_function(mp_int_t code_id, mp_obj_t defargs, mp_obj_t kwdefs, mp_obj_t cells) {
    if (code_id < 0 || (size_t)code_id >= mp_cur_module->n_codes) mp_raise_vm_error("bad code id", code_id);
    mp_obj_fun_t *f = m_new_obj(mp_obj_fun_t);
    f->base.type = &mp_type_function;
    f->code = &mp_cur_module->codes[code_id];
    f->globals = mp_cur_globals;
    f->defaults = defargs;
    f->kwdefaults = kwdefs;
    f->closure = cells;
    return f;
}

mp_obj_t mp_obj_new_cell(mp_obj_t v) {
    mp_obj_cell_t *c = m_new_obj(mp_obj_cell_t);
    c->base.type = &mp_type_closure_cell;
    c->contents = v;
    return c;
}

mp_obj_t mp_obj_new_bound_meth(mp_obj_t meth, mp_obj_t self) {
    mp_obj_bound_meth_t *m = m_new_obj(mp_obj_bound_meth_t);
    m->base.type = &mp_type_bound_meth;
    m->meth = meth;
    m->self = self;
    return m;
}

void mp_store_method(mp_obj_type_t *t, const mp_obj_builtin_fun_t *fn) {
    if (t->locals == MP_OBJ_NULL) {
        gc_add_root(&t->locals);        // a static type: nothing else points at its dict
        t->locals = mp_obj_new_dict(8);
        mp_type_cache_invalidate();      // a lookup may have cached "missing" for t
    }
    mp_dict_store_q(t->locals, qstr_from_str(fn->name), (mp_obj_t)fn);
}

// --- binding ------------------------------------------------------------------------------------
static void add_names(vstr_t *v, size_t n, const qstr *names) {
    for (size_t i = 0; i < n; i++) {
        if (i > 0) vstr_add_str(v, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        vstr_printf(v, "'%q'", names[i]);
    }
}

static NORETURN void missing(const mp_obj_fun_t *f, size_t n, const qstr *names, const char *kind) {
    vstr_t v;
    vstr_init(&v, 64);
    vstr_printf(&v, "%q() missing %d required %s argument%s: ", f->code->qualname, (int)n, kind, n == 1 ? "" : "s");
    add_names(&v, n, names);
    mp_raise_obj(mp_obj_new_exception(&mp_type_TypeError, 1, (mp_obj_t[]){mp_obj_new_str_from_vstr(&v)}));
}

// Fill the parameters of f's frame (fastn[-i] is local i) from a call's arguments.
static void bind(const mp_obj_fun_t *f, mp_obj_t *fastn, size_t given, const mp_obj_t *pos,
                 size_t n_kw, const mp_obj_t *kw) {
    const mp_code_t *c = f->code;
    size_t n_pos = c->n_pos, n_kwonly = c->n_kwonly;
    size_t n_defaults = f->defaults ? ((mp_obj_tuple_t *)f->defaults)->len : 0;
    if (given > n_pos && !(c->flags & CODE_VARARGS)) {
        vstr_t v;
        vstr_init(&v, 64);
        if (n_defaults) vstr_printf(&v, "%q() takes from %d to %d positional arguments", c->qualname, (int)(n_pos - n_defaults), (int)n_pos);
        else vstr_printf(&v, "%q() takes %d positional argument%s", c->qualname, (int)n_pos, n_pos == 1 ? "" : "s");
        vstr_printf(&v, " but %d %s given", (int)given, given == 1 ? "was" : "were");
        mp_raise_obj(mp_obj_new_exception(&mp_type_TypeError, 1, (mp_obj_t[]){mp_obj_new_str_from_vstr(&v)}));
    }
    for (size_t i = 0; i < given && i < n_pos; i++) fastn[-(mp_int_t)i] = pos[i];
    size_t index = n_pos + n_kwonly;
    if (c->flags & CODE_VARARGS) {
        fastn[-(mp_int_t)index++] = given > n_pos ? mp_obj_new_tuple(given - n_pos, pos + n_pos) : mp_const_empty_tuple;
    }
    mp_obj_t extra = (c->flags & CODE_VARKEYWORDS) ? mp_obj_new_dict(n_kw) : MP_OBJ_NULL;
    for (size_t k = 0; k < n_kw; k++) {
        qstr name = mp_obj_str_qstr(kw[2 * k]);
        size_t slot = 0;
        while (slot < n_pos + n_kwonly && c->local_names[slot] != name) slot++;
        if (slot == n_pos + n_kwonly) {
            if (extra == MP_OBJ_NULL) {
                mp_raise(&mp_type_TypeError, "%q() got an unexpected keyword argument '%q'", c->qualname, name);
            }
            mp_obj_dict_store(extra, kw[2 * k], kw[2 * k + 1]);
            continue;
        }
        if (fastn[-(mp_int_t)slot] != MP_OBJ_NULL) {
            mp_raise(&mp_type_TypeError, "%q() got multiple values for argument '%q'", c->qualname, name);
        }
        fastn[-(mp_int_t)slot] = kw[2 * k + 1];
    }
    if (extra != MP_OBJ_NULL) fastn[-(mp_int_t)index] = extra;
    qstr names[n_pos + n_kwonly + 1];
    size_t n_missing = 0;
    for (size_t i = 0; i < n_pos; i++) {
        if (fastn[-(mp_int_t)i] != MP_OBJ_NULL) continue;
        if (i + n_defaults >= n_pos) fastn[-(mp_int_t)i] = ((mp_obj_tuple_t *)f->defaults)->items[i + n_defaults - n_pos];
        else names[n_missing++] = c->local_names[i];
    }
    if (n_missing) missing(f, n_missing, names, "positional");
    for (size_t i = n_pos; i < n_pos + n_kwonly; i++) {
        if (fastn[-(mp_int_t)i] != MP_OBJ_NULL) continue;
        mp_obj_t d = f->kwdefaults ? mp_dict_get_q(f->kwdefaults, c->local_names[i]) : MP_OBJ_NULL;
        if (d != MP_OBJ_NULL) fastn[-(mp_int_t)i] = d;
        else names[n_missing++] = c->local_names[i];
    }
    if (n_missing) missing(f, n_missing, names, "keyword-only");
}

// --- running a frame ------------------------------------------------------------------------
// Fill a frame's state (n_state + 1 slots; slot 0 is the one below the value stack) for a call
// of f and point cs at it, ip after the prelude.
void mp_frame_setup(mp_obj_fun_t *f, mp_obj_t *state, mp_exc_stack_t *blocks, size_t n_pos,
                    const mp_obj_t *pos, size_t n_kw, const mp_obj_t *kw, mp_code_state_t *cs) {
    const mp_code_t *c = f->code;
    mp_obj_t *fastn = &state[c->n_state];
    size_t np = c->n_params;
    if (n_kw == 0 && n_pos == np && np == c->n_pos) {
        for (size_t i = 0; i < n_pos; i++) fastn[-(mp_int_t)i] = pos[i];
    } else {
        bind(f, fastn, n_pos, pos, n_kw, kw);
    }
    size_t n_closure = 0;
    if (f->closure != MP_OBJ_NULL) {
        mp_obj_tuple_t *cells = f->closure;
        n_closure = cells->len;
        for (size_t i = 0; i < n_closure; i++) fastn[-(mp_int_t)(np + i)] = cells->items[i];
    }
    const byte *prelude = c->prelude;
    size_t n_cells = prelude[4];
    for (size_t i = 0; i < n_cells; i++) {
        size_t idx = prelude[5 + i];
        if (idx < np || idx >= np + n_closure) fastn[-(mp_int_t)idx] = mp_obj_new_cell(fastn[-(mp_int_t)idx]);
    }
    *cs = (mp_code_state_t){
        .code_info = c->code, .qstrs = c->module->qstrs, .ip = prelude + 5 + n_cells, .fastn = fastn,
        .sp = &state[0], .exc_stack = &blocks[1], .exc_sp = &blocks[0], .in_except = false,
    };
}

// Run a frame in f's globals (and ns, the namespace of a class body, or MP_OBJ_NULL).
mp_vm_return_kind_t mp_frame_run(mp_obj_fun_t *f, mp_code_state_t *cs, mp_obj_t ns, mp_obj_t inject) {
    if (mp_recursion_depth >= mp_recursion_limit) {
        mp_raise(&mp_type_RecursionError, "maximum recursion depth exceeded");
    }
    mp_obj_t saved_globals = mp_cur_globals, saved_locals = mp_cur_locals;
    mp_module_t *saved_module = mp_cur_module;
    mp_obj_fun_t *saved_fun = mp_cur_fun;
    mp_code_state_t *saved_state = mp_cur_state;
    mp_cur_globals = f->globals;
    mp_cur_locals = ns;
    mp_cur_module = f->code->module;
    mp_cur_fun = f;
    mp_cur_state = cs;
    mp_recursion_depth++;
    mp_vm_return_kind_t kind = mp_execute_bytecode(cs, inject);
    mp_recursion_depth--;
    mp_cur_globals = saved_globals;
    mp_cur_locals = saved_locals;
    mp_cur_module = saved_module;
    mp_cur_fun = saved_fun;
    mp_cur_state = saved_state;
    return kind;
}

// Call f: a generator function makes a generator (gen.c); any other runs its frame, whose
// state lives on the C stack, where the GC finds it.
mp_obj_t mp_fun_run(mp_obj_fun_t *f, size_t n_pos, const mp_obj_t *pos, size_t n_kw, const mp_obj_t *kw,
                    mp_obj_t ns) {
    const mp_code_t *c = f->code;
    if (c->flags & CODE_GENERATOR) return mp_gen_new(f, n_pos, pos, n_kw, kw);
    // the recursion limit counts frames; the stack guard also weighs them (a crafted image
    // may declare frames of up to 64k slots), so the C stack never overflows
    if (mp_recursion_depth >= mp_recursion_limit
        || gc_stack_used() + (c->n_state + 1) * sizeof(mp_obj_t) + c->n_exc_stack * sizeof(mp_exc_stack_t)
           > VMFORGE_C_STACK_LIMIT) {
        mp_raise(&mp_type_RecursionError, "maximum recursion depth exceeded");
    }
    mp_obj_t state[c->n_state + 1];
    mp_exc_stack_t blocks[c->n_exc_stack + 1];
    // only the locals must start unbound (NULL); the value stack is written before it is read
    memset(&state[c->n_state + 1 - c->n_locals], 0, c->n_locals * sizeof(mp_obj_t));
    mp_code_state_t cs;
    mp_frame_setup(f, state, blocks, n_pos, pos, n_kw, kw, &cs);
    mp_vm_return_kind_t kind = mp_frame_run(f, &cs, ns, MP_OBJ_NULL);
    if (kind != MP_VM_RETURN_NORMAL) {
        if (kind == MP_VM_RETURN_YIELD) mp_raise_vm_error("yield outside a generator", 0);
        nlr_jump(cs.fastn[0]);
    }
    return *cs.sp;
}

// --- calling anything -------------------------------------------------------------------------
static NORETURN void arg_count_error(const mp_obj_builtin_fun_t *b, size_t n) {
    if (b->n_min == b->n_max) {
        mp_raise(&mp_type_TypeError, "%s() takes exactly %s (%d given)", b->name,
                 b->n_min == 1 ? "one argument" : "the given number of arguments", (int)n);
    }
    if (n < (size_t)b->n_min) {
        mp_raise(&mp_type_TypeError, "%s expected at least %d argument%s, got %d", b->name, b->n_min,
                 b->n_min == 1 ? "" : "s", (int)n);
    }
    mp_raise(&mp_type_TypeError, "%s expected at most %d argument%s, got %d", b->name, b->n_max,
             b->n_max == 1 ? "" : "s", (int)n);
}

mp_obj_t mp_call(mp_obj_t fn, size_t n_pos, const mp_obj_t *pos, size_t n_kw, const mp_obj_t *kw) {
    const mp_obj_type_t *t = mp_type_of(fn);
    if (t == &mp_type_function) return mp_fun_run(fn, n_pos, pos, n_kw, kw, MP_OBJ_NULL);
    if (t == &mp_type_builtin_fun) {
        const mp_obj_builtin_fun_t *b = fn;
        if ((b->n_min >= 0 && n_pos < (size_t)b->n_min) || (b->n_max >= 0 && n_pos > (size_t)b->n_max)) {
            arg_count_error(b, n_pos);
        }
        if (n_kw && !b->takes_kw) mp_raise(&mp_type_TypeError, "%s() takes no keyword arguments", b->name);
        return b->fun(n_pos, pos, n_kw, kw);
    }
    if (t == &mp_type_bound_meth) {
        mp_obj_bound_meth_t *m = fn;
        mp_obj_t args[n_pos + 1];
        args[0] = m->self;
        for (size_t i = 0; i < n_pos; i++) args[i + 1] = pos[i];
        return mp_call(m->meth, n_pos + 1, args, n_kw, kw);
    }
    if (t->call != NULL) return t->call(fn, n_pos, pos, n_kw, kw);
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t call = mp_type_lookup(t, MP_QSTR___call__);
        if (call != MP_OBJ_NULL) {
            mp_obj_t args[n_pos + 1];
            args[0] = fn;
            for (size_t i = 0; i < n_pos; i++) args[i + 1] = pos[i];
            return mp_call(call, n_pos + 1, args, n_kw, kw);
        }
    }
    mp_raise(&mp_type_TypeError, "'%T' object is not callable", fn);
}

mp_obj_t mp_call0(mp_obj_t fn) { return mp_call(fn, 0, NULL, 0, NULL); }
mp_obj_t mp_call1(mp_obj_t fn, mp_obj_t a) { return mp_call(fn, 1, &a, 0, NULL); }

// --- the types ----------------------------------------------------------------------------------
static void fun_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    vstr_printf(out, "<function %q at 0x%lx>", ((mp_obj_fun_t *)o)->code->qualname, (long)(mp_uint_t)o);
}
static bool fun_attr(mp_obj_t self, qstr name, mp_obj_t *dest) {
    mp_obj_fun_t *f = self;
    if (f->dict != MP_OBJ_NULL && (dest[0] = mp_dict_get_q(f->dict, name)) != MP_OBJ_NULL) return true;
    if (name == MP_QSTR___name__) { dest[0] = qstr_obj(f->code->name); return true; }
    if (name == MP_QSTR___qualname__) { dest[0] = qstr_obj(f->code->qualname); return true; }
    if (name == MP_QSTR___doc__) { dest[0] = f->code->doc ? f->code->doc : mp_const_none; return true; }
    return false;
}
static void builtin_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    vstr_printf(out, "<built-in function %s>", ((mp_obj_builtin_fun_t *)o)->name);
}
static void bound_print(vstr_t *out, mp_obj_t o, bool repr) {
    mp_obj_bound_meth_t *m = o;
    vstr_add_str(out, "<bound method ");
    if (mp_obj_is_type(m->meth, &mp_type_function)) vstr_printf(out, "%q", ((mp_obj_fun_t *)m->meth)->code->qualname);
    else vstr_add_str(out, ((mp_obj_builtin_fun_t *)m->meth)->name);
    vstr_add_str(out, " of ");
    mp_obj_print(out, m->self, repr);
    vstr_add_char(out, '>');
}
static mp_obj_t wrap_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    if (n != 1) mp_raise(&mp_type_TypeError, "%q expected 1 argument, got %d", ((mp_obj_type_t *)type)->name, (int)n);
    mp_obj_static_class_method_t *w = m_new_obj(mp_obj_static_class_method_t);
    w->base.type = type;
    w->fun = a[0];
    return w;
}

mp_obj_type_t mp_type_function = {.base = {&mp_type_type}, .parent = &mp_type_object, .print = fun_print, .attr = fun_attr};
mp_obj_type_t mp_type_closure_cell = {.base = {&mp_type_type}, .parent = &mp_type_object};
// two bound methods are equal when they bind the same function to the same object
static mp_obj_t bound_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if ((op != MP_BINARY_OP_EQUAL && op != MP_BINARY_OP_NOT_EQUAL) || !mp_obj_is_type(rhs, &mp_type_bound_meth)) {
        return MP_OBJ_NULL;
    }
    mp_obj_bound_meth_t *a = lhs, *b = rhs;
    return mp_obj_new_bool((a->self == b->self && a->meth == b->meth) == (op == MP_BINARY_OP_EQUAL));
}
mp_obj_type_t mp_type_bound_meth = {.base = {&mp_type_type}, .parent = &mp_type_object, .print = bound_print,
                                    .binary_op = bound_binary_op};
static bool builtin_attr(mp_obj_t self, qstr name, mp_obj_t *dest) {
    if (name != MP_QSTR___name__ && name != MP_QSTR___qualname__) return false;
    const char *n = ((mp_obj_builtin_fun_t *)self)->name;
    dest[0] = mp_obj_new_str(n, strlen(n));
    return true;
}
mp_obj_type_t mp_type_builtin_fun = {.base = {&mp_type_type}, .parent = &mp_type_object, .print = builtin_print,
                                     .attr = builtin_attr};
mp_obj_type_t mp_type_staticmethod = {.base = {&mp_type_type}, .parent = &mp_type_object, .make_new = wrap_make_new};
mp_obj_type_t mp_type_classmethod = {.base = {&mp_type_type}, .parent = &mp_type_object, .make_new = wrap_make_new};

void function_init(void) {
    gc_add_root(&mp_cur_globals);
    gc_add_root(&mp_cur_locals);
    gc_add_root((mp_obj_t *)&mp_cur_module);
    gc_add_root((mp_obj_t *)&mp_cur_fun);
    mp_type_function.name = qstr_from_str("function");
    mp_type_closure_cell.name = qstr_from_str("cell");
    mp_type_bound_meth.name = qstr_from_str("method");
    mp_type_builtin_fun.name = qstr_from_str("builtin_function_or_method");
    mp_type_staticmethod.name = qstr_from_str("staticmethod");
    mp_type_classmethod.name = qstr_from_str("classmethod");
}
