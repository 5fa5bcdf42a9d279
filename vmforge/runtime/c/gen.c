// gen.c: generators. A generator keeps its frame's state in the heap object; each resume
// runs mp_execute_bytecode on it until the next yield, return or exception.
#include "obj.h"

typedef struct {
    mp_obj_base_t base;
    mp_obj_fun_t *fun;
    mp_code_state_t cs;
    mp_exc_stack_t *blocks;
    bool started, running, finished;
    mp_obj_t state[];               // n_state + 1 slots, as a frame on the C stack has
} gen_t;

mp_obj_t mp_gen_new(mp_obj_fun_t *f, size_t n_pos, const mp_obj_t *pos, size_t n_kw, const mp_obj_t *kw) {
    const mp_code_t *c = f->code;
    gen_t *g = gc_alloc(sizeof(gen_t) + (c->n_state + 1) * sizeof(mp_obj_t));
    g->base.type = &mp_type_gen;
    g->fun = f;
    g->blocks = gc_alloc((c->n_exc_stack + 1) * sizeof(mp_exc_stack_t));
    mp_frame_setup(f, g->state, g->blocks, n_pos, pos, n_kw, kw, &g->cs);
    return g;
}

static mp_vm_return_kind_t resume(gen_t *g, mp_obj_t send, mp_obj_t throw_exc, mp_obj_t *ret) {
    if (g->running) mp_raise(&mp_type_ValueError, "generator already executing");
    if (g->finished) {
        if (throw_exc != MP_OBJ_NULL) { *ret = throw_exc; return MP_VM_RETURN_EXCEPTION; }
        *ret = MP_OBJ_NULL;
        return MP_VM_RETURN_NORMAL;
    }
    if (!g->started) {
        if (throw_exc == MP_OBJ_NULL && send != mp_const_none) {
            mp_raise(&mp_type_TypeError, "can't send non-None value to a just-started generator");
        }
    } else if (throw_exc == MP_OBJ_NULL) {
        *g->cs.sp = send;
    }
    if (mp_recursion_depth >= mp_recursion_limit) {
        mp_raise(&mp_type_RecursionError, "maximum recursion depth exceeded");
    }
    g->started = g->running = true;
    mp_vm_return_kind_t kind = mp_frame_run(g->fun, &g->cs, MP_OBJ_NULL, throw_exc);
    g->running = false;
    switch (kind) {
        case MP_VM_RETURN_YIELD: *ret = *g->cs.sp; break;
        case MP_VM_RETURN_NORMAL: g->finished = true; *ret = *g->cs.sp; break;
        default: g->finished = true; *ret = g->cs.fastn[0]; break;
    }
    return kind;
}

mp_vm_return_kind_t mp_gen_resume(mp_obj_t gen, mp_obj_t send, mp_obj_t throw_exc, mp_obj_t *ret) {
    if (mp_obj_is_type(gen, &mp_type_gen)) return resume(gen, send, throw_exc, ret);
    // any other iterator: next() it (a throw is raised here: it has no throw())
    if (throw_exc != MP_OBJ_NULL) { *ret = throw_exc; return MP_VM_RETURN_EXCEPTION; }
    if (send != mp_const_none) mp_raise(&mp_type_NotImplementedError, "send() to a non-generator iterator");
    *ret = mp_iternext(gen);
    return *ret == MP_OBJ_NULL ? MP_VM_RETURN_NORMAL : MP_VM_RETURN_YIELD;
}

// A StopIteration raised inside a generator becomes RuntimeError, as in CPython (PEP 479).
static NORETURN void raise_from_gen(mp_obj_t exc) {
    if (mp_obj_isinstance(exc, &mp_type_StopIteration)) {
        mp_obj_instance_t *e = mp_obj_new_exception_msg(&mp_type_RuntimeError, "generator raised StopIteration");
        e->cause = exc;
        e->suppress_context = true;
        exc = e;
    }
    nlr_jump(exc);
}

static mp_obj_t gen_iternext(mp_obj_t self) {
    mp_obj_t v;
    mp_vm_return_kind_t kind = resume(self, mp_const_none, MP_OBJ_NULL, &v);
    if (kind == MP_VM_RETURN_YIELD) return v;
    if (kind == MP_VM_RETURN_EXCEPTION) raise_from_gen(v);
    return MP_OBJ_NULL;
}

// send and throw: the next value, or StopIteration(return value) at the end
static mp_obj_t step(mp_obj_t self, mp_obj_t send, mp_obj_t exc) {
    mp_obj_t v;
    mp_vm_return_kind_t kind = resume(self, send, exc, &v);
    if (kind == MP_VM_RETURN_YIELD) return v;
    if (kind == MP_VM_RETURN_EXCEPTION) raise_from_gen(v);
    mp_obj_t value = v == MP_OBJ_NULL ? mp_const_none : v;
    mp_raise_obj(mp_obj_new_exception(&mp_type_StopIteration, value == mp_const_none ? 0 : 1, &value));
}

mp_obj_t mp_gen_next(mp_obj_t gen) { return step(gen, mp_const_none, MP_OBJ_NULL); }

MP_BUILTIN(gen_send, "send", 2, 2, false);
static mp_obj_t gen_send(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return step(a[0], a[1], MP_OBJ_NULL);
}

MP_BUILTIN(gen_throw, "throw", 2, 2, false);
static mp_obj_t gen_throw(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return step(a[0], mp_const_none, rt_make_raise_obj(a[1]));
}

MP_BUILTIN(gen_close, "close", 1, 1, false);
static mp_obj_t gen_close(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    gen_t *g = a[0];
    if (g->finished || !g->started) { g->finished = true; return mp_const_none; }
    mp_obj_t v;
    mp_vm_return_kind_t kind = resume(g, mp_const_none, mp_obj_new_exception(&mp_type_GeneratorExit, 0, NULL), &v);
    if (kind == MP_VM_RETURN_YIELD) mp_raise(&mp_type_RuntimeError, "generator ignored GeneratorExit");
    if (kind == MP_VM_RETURN_EXCEPTION && !mp_obj_isinstance(v, &mp_type_GeneratorExit)
        && !mp_obj_isinstance(v, &mp_type_StopIteration)) {
        nlr_jump(v);
    }
    return mp_const_none;
}

static void gen_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    vstr_printf(out, "<generator object %q at 0x%lx>", ((gen_t *)o)->fun->code->qualname, (long)(mp_uint_t)o);
}
static mp_obj_t identity(mp_obj_t o) { return o; }

mp_obj_type_t mp_type_gen = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .print = gen_print,
    .getiter = identity, .iternext = gen_iternext,
};

void gen_init(void) {
    mp_type_gen.name = qstr_from_str("generator");
    mp_store_method(&mp_type_gen, &gen_send_obj);
    mp_store_method(&mp_type_gen, &gen_throw_obj);
    mp_store_method(&mp_type_gen, &gen_close_obj);
}
