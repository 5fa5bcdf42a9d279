// exc.c: exception classes (CPython's hierarchy for the common ones), exception instances,
// raising from C, tracebacks collected as an exception leaves frames and printed as CPython
// prints them.
#include "obj.h"

static void exc_print(vstr_t *out, mp_obj_t o, bool repr);
static bool exc_attr(mp_obj_t self, qstr name, mp_obj_t *dest);
static mp_obj_t exc_type_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw);

#define MP_DEFINE_EXC(c, parent_name) \
    mp_obj_type_t mp_type_##c = {.base = {&mp_type_type}, .flags = MP_TYPE_FLAG_EXCEPTION, \
        .parent = &mp_type_##parent_name, .print = exc_print, .make_new = exc_type_make_new, \
        .attr = exc_attr};
MP_EXC_TYPES(MP_DEFINE_EXC)

mp_obj_t mp_memory_error_obj;

bool mp_obj_is_exception_instance(mp_obj_t o) {
    return !MP_OBJ_IS_SMALL_INT(o) && (mp_type_of(o)->flags & MP_TYPE_FLAG_EXCEPTION)
        && !mp_obj_is_type(o, &mp_type_type);
}

mp_obj_t mp_obj_new_exception(const mp_obj_type_t *t, size_t n_args, const mp_obj_t *args) {
    mp_obj_instance_t *e = mp_instance_new(t);
    e->args = mp_obj_new_tuple(n_args, args);
    e->cause = e->context = MP_OBJ_NULL;
    return e;
}

static mp_obj_t exc_type_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)kw;
    if (n_kw != 0) mp_raise(&mp_type_TypeError, "%q() takes no keyword arguments", ((mp_obj_type_t *)type)->name);
    return mp_obj_new_exception(type, n, a);
}

mp_obj_t mp_obj_new_exception_msg(const mp_obj_type_t *t, const char *fmt, ...) {
    vstr_t v;
    vstr_init(&v, 64);
    va_list ap;
    va_start(ap, fmt);
    vstr_vprintf(&v, fmt, ap);
    va_end(ap);
    mp_obj_t msg = mp_obj_new_str_from_vstr(&v);
    return mp_obj_new_exception(t, v.len ? 1 : 0, &msg);
}

NORETURN void mp_raise(const mp_obj_type_t *t, const char *fmt, ...) {
    vstr_t v;
    vstr_init(&v, 64);
    va_list ap;
    va_start(ap, fmt);
    vstr_vprintf(&v, fmt, ap);
    va_end(ap);
    mp_obj_t msg = mp_obj_new_str_from_vstr(&v);
    mp_raise_obj(mp_obj_new_exception(t, v.len ? 1 : 0, &msg));
}

NORETURN void mp_raise_obj(mp_obj_t exc) {
    if (exc == mp_memory_error_obj) {
        // the preallocated instance starts afresh each time: no stale traceback
        mp_obj_instance_t *e = exc;
        e->traceback = MP_OBJ_NULL;
        e->tb_frame = NULL;
    }
    nlr_jump(exc);
}

// str(exc): the message (KeyError shows its key's repr)
static void exc_print(vstr_t *out, mp_obj_t o, bool repr) {
    mp_obj_instance_t *e = o;
    mp_obj_tuple_t *args = e->args;
    if (repr) {
        vstr_printf(out, "%T", o);
        mp_obj_print(out, args, true);
        if (args->len == 1) out->len -= 2, vstr_add_char(out, ')');   // (x,) -> (x)
        return;
    }
    if (args->len == 0) return;
    if (args->len == 1) mp_obj_print(out, args->items[0], mp_obj_isinstance(o, &mp_type_KeyError));
    else mp_obj_print(out, args, true);
}

// a traceback object stands for an exception's traceback: programs only test it for None
typedef struct { mp_obj_base_t base; mp_obj_t exc; } traceback_t;
static mp_obj_type_t mp_type_traceback = {.base = {&mp_type_type}, .parent = &mp_type_object};

static mp_obj_t exc_traceback(mp_obj_instance_t *e) {
    if (e->traceback == MP_OBJ_NULL || ((mp_obj_list_t *)e->traceback)->len == 0) return mp_const_none;
    traceback_t *tb = m_new_obj(traceback_t);
    tb->base.type = &mp_type_traceback;
    tb->exc = e;
    return tb;
}

static mp_obj_t or_none(mp_obj_t o) { return o != MP_OBJ_NULL ? o : mp_const_none; }

static bool exc_attr(mp_obj_t self, qstr name, mp_obj_t *dest) {
    if (mp_obj_is_type(self, &mp_type_type)) return false;
    mp_obj_instance_t *e = self;
    mp_obj_tuple_t *args = e->args;
    const char *n = qstr_str(name);
    if (name == MP_QSTR_args) dest[0] = e->args;
    else if (name == MP_QSTR___cause__) dest[0] = or_none(e->cause);
    else if (name == MP_QSTR___context__) dest[0] = or_none(e->context);
    else if (strcmp(n, "__suppress_context__") == 0) dest[0] = mp_obj_new_bool(e->suppress_context);
    else if (strcmp(n, "__traceback__") == 0) dest[0] = exc_traceback(e);
    else if (name == MP_QSTR_value && mp_obj_isinstance(self, &mp_type_StopIteration)) {
        dest[0] = args->len ? args->items[0] : mp_const_none;
    } else if (name == MP_QSTR_code && mp_obj_isinstance(self, &mp_type_SystemExit)) {
        dest[0] = args->len == 0 ? mp_const_none : args->len == 1 ? args->items[0] : (mp_obj_t)args;
    } else return false;
    return true;
}

// e.args = ..., e.__cause__ = ... and the rest live in the instance struct; true if name is one
bool mp_exc_store_attr(mp_obj_t self, qstr name, mp_obj_t v) {
    mp_obj_instance_t *e = self;
    const char *n = qstr_str(name);
    if (name == MP_QSTR_args) {
        mp_obj_t tuple_type = &mp_type_tuple;
        e->args = mp_obj_is_type(v, &mp_type_tuple) ? v : mp_call1(tuple_type, v);
    } else if (name == MP_QSTR___cause__ || name == MP_QSTR___context__) {
        if (v != mp_const_none && !mp_obj_is_exception_instance(v)) {
            mp_raise(&mp_type_TypeError, "exception %s must be None or derive from BaseException",
                     name == MP_QSTR___cause__ ? "cause" : "context");
        }
        if (name == MP_QSTR___cause__) { e->cause = v == mp_const_none ? MP_OBJ_NULL : v; e->suppress_context = true; }
        else e->context = v == mp_const_none ? MP_OBJ_NULL : v;
    } else if (strcmp(n, "__suppress_context__") == 0) {
        e->suppress_context = mp_obj_is_true(v);
    } else if (strcmp(n, "__traceback__") == 0) {
        if (v == mp_const_none) e->traceback = MP_OBJ_NULL;
        else if (mp_obj_is_type(v, &mp_type_traceback)) e->traceback = ((mp_obj_instance_t *)((traceback_t *)v)->exc)->traceback;
        else mp_raise(&mp_type_TypeError, "__traceback__ must be a traceback or None");
    } else {
        return false;
    }
    return true;
}

MP_BUILTIN(exc___init__, "__init__", 1, -1, true);
static mp_obj_t exc___init__(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)kw;
    if (n_kw != 0) mp_raise(&mp_type_TypeError, "%T() takes no keyword arguments", a[0]);
    ((mp_obj_instance_t *)a[0])->args = mp_obj_new_tuple(n - 1, a + 1);
    return mp_const_none;
}

// BaseException.__str__ and __repr__, for super().__str__() in a subclass
MP_BUILTIN(exc___str__, "__str__", 1, 1, false);
static mp_obj_t exc___str__(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    vstr_t v;
    vstr_init(&v, 16);
    exc_print(&v, a[0], false);
    return mp_obj_new_str_from_vstr(&v);
}
MP_BUILTIN(exc___repr__, "__repr__", 1, 1, false);
static mp_obj_t exc___repr__(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    vstr_t v;
    vstr_init(&v, 16);
    exc_print(&v, a[0], true);
    return mp_obj_new_str_from_vstr(&v);
}
MP_BUILTIN(exc_with_traceback, "with_traceback", 2, 2, false);
static mp_obj_t exc_with_traceback(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_exc_store_attr(a[0], qstr_from_str("__traceback__"), a[1]);
    return a[0];
}

// A with statement's __exit__, called with the traceback as its third argument (the loop
// passes None there)
typedef struct { mp_obj_base_t base; mp_obj_t exit; } with_exit_t;
static mp_obj_t with_exit_call(mp_obj_t self, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    mp_obj_t args[3];
    if (n == 3 && mp_obj_is_exception_instance(a[1]) && a[2] == mp_const_none) {
        args[0] = a[0];
        args[1] = a[1];
        args[2] = exc_traceback(a[1]);
        a = args;
    }
    return mp_call(((with_exit_t *)self)->exit, n, a, n_kw, kw);
}
static mp_obj_type_t mp_type_with_exit = {.base = {&mp_type_type}, .parent = &mp_type_object, .call = with_exit_call};
mp_obj_t mp_with_exit_wrap(mp_obj_t exit) {
    with_exit_t *w = m_new_obj(with_exit_t);
    w->base.type = &mp_type_with_exit;
    w->exit = exit;
    return w;
}

// --- tracebacks ------------------------------------------------------------------------------
// Never raises: it runs while the VM unwinds, and a full heap only loses the entry.
void mp_exc_add_traceback(mp_obj_t exc, const mp_code_state_t *frame, qstr file, mp_int_t line, qstr block) {
    if (!mp_obj_is_exception_instance(exc)) return;
    mp_obj_instance_t *e = exc;
    if (e->tb_frame == frame && e->traceback != MP_OBJ_NULL) return;   // a re-raise in the same frame
    if (e->context == MP_OBJ_NULL) {
        // raised while this frame handles another exception: that is its __context__ (CPython
        // tracks handled exceptions across frames; the frame that handles one is where it shows)
        bool in_except = frame->in_except;
        for (const mp_exc_stack_t *b = frame->exc_sp; b >= frame->exc_stack; b--) {
            if (in_except) {
                if (b->handled_exc != exc && b->handled_exc != MP_OBJ_NULL) e->context = b->handled_exc;
                break;
            }
            in_except = b->saved_in_except;
        }
    }
    mp_obj_list_t *tb = e->traceback;
    if (tb == NULL) {
        tb = gc_try_alloc(sizeof(mp_obj_list_t));
        mp_obj_t *items = gc_try_alloc(6 * sizeof(mp_obj_t));
        if (tb == NULL || items == NULL) return;
        tb->base.type = &mp_type_list;
        tb->items = items;
        tb->alloc = 6;
        e->traceback = tb;
    }
    if (tb->len + 3 > tb->alloc) {
        mp_obj_t *items = gc_try_alloc(tb->alloc * 2 * sizeof(mp_obj_t));
        if (items == NULL) return;
        memcpy(items, tb->items, tb->len * sizeof(mp_obj_t));
        tb->items = items;
        tb->alloc *= 2;
    }
    tb->items[tb->len++] = MP_OBJ_NEW_SMALL_INT(file);
    tb->items[tb->len++] = MP_OBJ_NEW_SMALL_INT(line);
    tb->items[tb->len++] = MP_OBJ_NEW_SMALL_INT(block);
    e->tb_frame = frame;
}

static void print_one(vstr_t *out, mp_obj_t exc) {
    mp_obj_instance_t *e = exc;
    mp_obj_list_t *tb = e->traceback;
    if (tb != NULL && tb->len > 0) {
        vstr_add_str(out, "Traceback (most recent call last):\n");
        for (size_t i = tb->len; i >= 3; i -= 3) {
            vstr_printf(out, "  File \"%q\", line %ld, in %q\n", (qstr)MP_OBJ_SMALL_INT_VALUE(tb->items[i - 3]),
                        (long)MP_OBJ_SMALL_INT_VALUE(tb->items[i - 2]), (qstr)MP_OBJ_SMALL_INT_VALUE(tb->items[i - 1]));
        }
    }
    // a class of another module shows as module.Name, as CPython prints it
    const mp_obj_type_t *t = mp_type_of(exc);
    mp_obj_t module = (t->flags & MP_TYPE_FLAG_USER) ? mp_dict_get_q(t->locals, MP_QSTR___module__) : MP_OBJ_NULL;
    if (module != MP_OBJ_NULL && mp_obj_is_str(module) && mp_obj_str_qstr(module) != MP_QSTR___main__) {
        vstr_printf(out, "%s.", ((mp_obj_str_t *)module)->data);
    }
    vstr_printf(out, "%T", exc);
    size_t at = out->len;
    vstr_add_str(out, ": ");
    size_t before = out->len;
    mp_obj_print(out, exc, false);
    if (out->len == before) out->len = at;      // no message: just the type
    vstr_add_char(out, '\n');
}

void mp_exc_print_traceback(vstr_t *out, mp_obj_t exc) {
    if (!mp_obj_is_exception_instance(exc)) return;
    // causes and contexts first, as CPython's default hook prints the chain
    mp_obj_instance_t *e = exc;
    mp_obj_t next = e->cause != MP_OBJ_NULL ? e->cause : (!e->suppress_context ? e->context : MP_OBJ_NULL);
    if (next != MP_OBJ_NULL && next != exc && mp_obj_is_exception_instance(next)) {
        mp_exc_print_traceback(out, next);
        vstr_add_str(out, e->cause != MP_OBJ_NULL
            ? "\nThe above exception was the direct cause of the following exception:\n\n"
            : "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    print_one(out, exc);
}

// --- hooks the loop calls ----------------------------------------------------------------------
mp_obj_t mp_obj_type_of(mp_obj_t v) { return (mp_obj_t)mp_type_of(v); }

bool mp_obj_is_exception_type(mp_obj_t v) {
    return mp_obj_is_type(v, &mp_type_type) && (((mp_obj_type_t *)v)->flags & MP_TYPE_FLAG_EXCEPTION);
}

mp_obj_t mp_stop_iteration_value(mp_obj_t exc) {
    if (!mp_obj_isinstance(exc, &mp_type_StopIteration)) return MP_OBJ_NULL;
    mp_obj_tuple_t *args = ((mp_obj_instance_t *)exc)->args;
    return args->len ? args->items[0] : mp_const_none;
}

bool mp_exc_is_generator_exit(mp_obj_t exc) { return mp_obj_isinstance(exc, &mp_type_GeneratorExit); }

NORETURN void mp_raise_vm_error(const char *what, mp_int_t value) {
    mp_raise(&mp_type_SystemError, "%s (%ld)", what, (long)value);
}

void exc_init(void) {
#define MP_NAME_EXC(c, parent) mp_type_##c.name = qstr_from_str(#c);
    MP_EXC_TYPES(MP_NAME_EXC)
    mp_store_method(&mp_type_BaseException, &exc___init___obj);
    mp_store_method(&mp_type_BaseException, &exc___str___obj);
    mp_store_method(&mp_type_BaseException, &exc___repr___obj);
    mp_store_method(&mp_type_BaseException, &exc_with_traceback_obj);
    mp_type_traceback.name = qstr_from_str("traceback");
    mp_type_with_exit.name = qstr_from_str("method");
    static mp_obj_instance_t memory_error;    // static: raising it needs no heap
    memory_error.base.type = &mp_type_MemoryError;
    memory_error.args = mp_const_empty_tuple;
    mp_memory_error_obj = &memory_error;
    gc_add_root(&memory_error.traceback);
    gc_add_root(&memory_error.context);
    gc_add_root(&memory_error.cause);
}
