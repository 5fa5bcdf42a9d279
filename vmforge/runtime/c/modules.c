// modules.c: module objects and the built-in modules sys and math. (Importing other images
// from disk is a next step.)
#include <math.h>
#include "obj.h"

#define PI 3.141592653589793238462643383279502884
#define E 2.718281828459045235360287471352662498

typedef struct { mp_obj_base_t base; qstr name; mp_obj_t globals; } mp_obj_module_t;

static mp_obj_t modules;                  // dict: name -> module
static mp_obj_t sys_argv;

static bool module_attr(mp_obj_t self, qstr name, mp_obj_t *dest) {
    mp_obj_module_t *m = self;
    dest[0] = mp_dict_get_q(m->globals, name);
    if (dest[0] == MP_OBJ_NULL && name == MP_QSTR___name__) dest[0] = qstr_obj(m->name);
    return dest[0] != MP_OBJ_NULL;
}
static void module_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    vstr_printf(out, "<module '%q' (built-in)>", ((mp_obj_module_t *)o)->name);
}
mp_obj_type_t mp_type_module = {.base = {&mp_type_type}, .parent = &mp_type_object, .print = module_print,
                                .attr = module_attr};

static mp_obj_t new_module(const char *name) {
    mp_obj_module_t *m = m_new_obj(mp_obj_module_t);
    m->base.type = &mp_type_module;
    m->name = qstr_from_str(name);
    m->globals = mp_obj_new_dict(16);
    mp_dict_store_q(m->globals, MP_QSTR___name__, qstr_obj(m->name));
    mp_obj_dict_store(modules, qstr_obj(m->name), m);
    return m;
}
static void add(mp_obj_t m, const char *name, mp_obj_t v) {
    mp_dict_store_q(((mp_obj_module_t *)m)->globals, qstr_from_str(name), v);
}
// for the built-in modules of other files
mp_obj_t mp_module_new(const char *name) { return new_module(name); }
void mp_module_add(mp_obj_t m, const char *name, mp_obj_t v) { add(m, name, v); }

// --- sys -------------------------------------------------------------------------------------
MP_BUILTIN(sys_exit, "exit", 0, 1, false);
static mp_obj_t sys_exit(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_raise_obj(mp_obj_new_exception(&mp_type_SystemExit, n, a));
}

// --- import ----------------------------------------------------------------------------------
mp_obj_t rt_import_name(qstr name, mp_obj_t fromlist, mp_obj_t level) {
    (void)fromlist; (void)level;
    mp_obj_t m = mp_obj_dict_get(modules, qstr_obj(name));
    if (m == MP_OBJ_NULL) mp_raise(&mp_type_ModuleNotFoundError, "No module named '%q'", name);
    return m;
}

mp_obj_t rt_import_from(mp_obj_t mod, qstr name) {
    mp_obj_t v = mp_load_attr_maybe(mod, name);
    if (v == MP_OBJ_NULL) {
        mp_raise(&mp_type_ImportError, "cannot import name '%q' from '%q' (unknown location)", name,
                 ((mp_obj_module_t *)mod)->name);
    }
    return v;
}

void rt_import_all(mp_obj_t mod) {
    mp_obj_dict_t *g = ((mp_obj_module_t *)mod)->globals;
    for (size_t i = 0; i < g->filled; i++) {
        mp_obj_t k = g->entries[i].key;
        if (k != MP_OBJ_NULL && ((mp_obj_str_t *)k)->data[0] != '_') rt_store_name(mp_obj_str_qstr(k), g->entries[i].value);
    }
}

void modules_init(int argc, char **argv) {
    mp_type_module.name = qstr_from_str("module");
    gc_add_root(&modules);
    gc_add_root(&sys_argv);
    modules = mp_obj_new_dict(8);
    mp_obj_t sys = new_module("sys");
    sys_argv = mp_obj_new_list(0, NULL);
    for (int i = 1; i < argc; i++) {
        // argv[0] is the program: the image's name, as CPython shows the script's
        mp_obj_list_append(sys_argv, mp_obj_new_str(argv[i], strlen(argv[i])));
    }
    add(sys, "argv", sys_argv);
    add(sys, "exit", (mp_obj_t)&sys_exit_obj);
    add(sys, "maxsize", mp_obj_new_int(MP_SMALL_INT_MAX));
    add(sys, "byteorder", mp_obj_new_str("little", 6));
}
