// modules.c: module objects, the import system and the built-in modules sys and math. An
// import looks in sys.modules, then in the images' bundles, then for NAME.vmi beside the main
// image (through the port: a board has no file system).
#include <math.h>
#include "obj.h"

#define PI 3.141592653589793238462643383279502884
#define E 2.718281828459045235360287471352662498

static mp_obj_t modules;                  // dict: name -> module (sys.modules)
static mp_obj_t sys_argv;
static mp_image_t *images;                // the main image, then those imported from files
static const char *main_dir = "";         // the main image's directory ("" or ending in '/')
static size_t main_dir_len;

static bool module_attr(mp_obj_t self, qstr name, mp_obj_t *dest) {
    mp_obj_module_t *m = self;
    dest[0] = mp_dict_get_q(m->globals, name);
    if (dest[0] == MP_OBJ_NULL && name == MP_QSTR___name__) dest[0] = qstr_obj(m->name);
    return dest[0] != MP_OBJ_NULL;
}
static void module_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    mp_obj_module_t *m = o;
    if (m->file == MP_QSTR_NULL) vstr_printf(out, "<module '%q' (built-in)>", m->name);
    else vstr_printf(out, "<module '%q' from '%q'>", m->name, m->file);
}
mp_obj_type_t mp_type_module = {.base = {&mp_type_type}, .parent = &mp_type_object, .print = module_print,
                                .attr = module_attr};

// A new module object, registered in sys.modules (before its body runs: imports in a cycle
// see it).
static mp_obj_module_t *new_module_q(qstr name) {
    mp_obj_module_t *m = m_new_obj(mp_obj_module_t);
    m->base.type = &mp_type_module;
    m->name = name;
    m->globals = mp_obj_new_dict(16);
    mp_dict_store_q(m->globals, MP_QSTR___name__, qstr_obj(m->name));
    mp_obj_dict_store(modules, qstr_obj(m->name), m);
    return m;
}
static mp_obj_t new_module(const char *name) { return new_module_q(qstr_from_str(name)); }
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
void mp_modules_add_image(mp_image_t *img) {
    img->next = images;
    images = img;
}
mp_image_t *mp_modules_images(void) { return images; }

// Run a unit's top level as the body of a new module `name`; on an exception the module
// leaves sys.modules again, as in CPython.
static mp_obj_t run_module(qstr name, mp_module_t *unit) {
    mp_obj_module_t *mod = new_module_q(name);
    const mp_code_t *top = &unit->codes[0];
    mod->file = top->module->qstrs[top->code[4] | top->code[5] << 8 | top->code[6] << 16 | (qstr)top->code[7] << 24];
    mp_dict_store_q(mod->globals, qstr_from_str("__file__"), qstr_obj(mod->file));
    unit->globals = mod->globals;
    mp_obj_fun_t *f = m_new_obj(mp_obj_fun_t);
    f->base.type = &mp_type_function;
    f->code = top;
    f->globals = mod->globals;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_fun_run(f, 0, NULL, 0, NULL, mod->globals);
        nlr_pop();
        return mod;
    }
    mp_obj_dict_delete(modules, qstr_obj(name));
    nlr_jump(nlr.ret_val);
}

// The program's own module: sys.modules['__main__'], with the running image's globals.
void mp_modules_set_main(mp_obj_t globals) {
    mp_obj_module_t *m = new_module_q(MP_QSTR___main__);
    m->globals = globals;
}

static mp_module_t *find_bundled(qstr name) {
    for (mp_image_t *img = images; img != NULL; img = img->next) {
        for (size_t i = 0; i < img->n_modules; i++) {
            if (img->modules[i].name == name) return img->modules[i].unit;
        }
    }
    return NULL;
}

// NAME.vmi beside the main image, read through the port into the heap; NULL if absent.
static mp_module_t *find_file(qstr name) {
    vstr_t path;
    vstr_init(&path, main_dir_len + 32);
    vstr_add_strn(&path, main_dir, main_dir_len);
    vstr_printf(&path, "%q.vmi", name);
    vstr_add_char(&path, 0);
    size_t len;
    byte *raw = mp_port_read_file(path.buf, &len);
    if (raw == NULL) return NULL;
    byte *data = gc_try_alloc(len ? len : 1);
    if (data != NULL) memcpy(data, raw, len);
    mp_port_free(raw);
    if (data == NULL) mp_raise_obj(mp_memory_error_obj);
    char err[256];
    mp_image_t *img = mp_load_image(data, len, err, sizeof err);
    if (img == NULL) mp_raise(&mp_type_ImportError, "%s: %s", path.buf, err);
    mp_modules_add_image(img);
    return img->main;
}

mp_obj_t rt_import_name(qstr name, mp_obj_t fromlist, mp_obj_t level) {
    (void)fromlist;
    if (level != MP_OBJ_NULL && level != mp_const_none && mp_obj_is_true(level)) {
        mp_raise(&mp_type_ImportError, "attempted relative import with no known parent package");
    }
    mp_obj_t m = mp_obj_dict_get(modules, qstr_obj(name));
    if (m != MP_OBJ_NULL) return m;
    mp_module_t *unit = find_bundled(name);
    if (unit == NULL) unit = find_file(name);
    if (unit == NULL) mp_raise(&mp_type_ModuleNotFoundError, "No module named '%q'", name);
    return run_module(name, unit);
}

mp_obj_t rt_import_from(mp_obj_t mod, qstr name) {
    mp_obj_t v = mp_load_attr_maybe(mod, name);
    if (v == MP_OBJ_NULL) {
        mp_obj_module_t *m = mod;
        if (mp_obj_is_type(mod, &mp_type_module) && m->file != MP_QSTR_NULL) {
            mp_raise(&mp_type_ImportError, "cannot import name '%q' from '%q' (%q)", name, m->name, m->file);
        }
        mp_raise(&mp_type_ImportError, "cannot import name '%q' from '%q' (unknown location)", name,
                 mp_obj_is_type(mod, &mp_type_module) ? m->name : MP_QSTR_NULL);
    }
    return v;
}

// from mod import *: the names in mod.__all__, else every global not starting with '_'
void rt_import_all(mp_obj_t mod) {
    mp_expect_type(mod, &mp_type_module, "IMPORT_STAR");
    mp_obj_t all = mp_load_attr_maybe(mod, qstr_from_str("__all__"));
    if (all != MP_OBJ_NULL) {
        mp_obj_t it = mp_getiter(all), k;
        while ((k = mp_iternext(it)) != MP_OBJ_NULL) {
            qstr q = mp_obj_str_qstr(k);
            rt_store_name(q, mp_load_attr(mod, q));
        }
        return;
    }
    if (!mp_obj_is_type(mod, &mp_type_module)) return;
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
    gc_add_root((mp_obj_t *)&images);
    modules = mp_obj_new_dict(8);
    images = NULL;
    mp_obj_t sys = new_module("sys");
    sys_argv = mp_obj_new_list(0, NULL);
    for (int i = 1; i < argc; i++) {
        // argv[0] is the program: the image's name, as CPython shows the script's
        mp_obj_list_append(sys_argv, mp_obj_new_str(argv[i], strlen(argv[i])));
    }
    if (argc > 1) {
        const char *slash = strrchr(argv[1], '/');
        main_dir = argv[1];
        main_dir_len = slash ? (size_t)(slash - argv[1]) + 1 : 0;
    }
    add(sys, "argv", sys_argv);
    add(sys, "exit", (mp_obj_t)&sys_exit_obj);
    // CPython's on a 64-bit host, whatever this VM's word size: programs print it
    add(sys, "maxsize", mp_obj_int_from_str("9223372036854775807", 19, 10));
    add(sys, "byteorder", mp_obj_new_str("little", 6));
    add(sys, "modules", modules);
}
