// main.c: `vmforge-c prog.vmi [args]`: load the image, run its top level, report an uncaught
// exception as CPython does (traceback on stderr, status 1) and SystemExit as its status.
#include <stdlib.h>
#include "obj.h"

#ifndef VMFORGE_HEAP_SIZE
#define VMFORGE_HEAP_SIZE (64 * 1024 * 1024)
#endif

static mp_obj_t main_module;       // a GC root: the loaded image's code objects and strings

static NORETURN void fail(int status, const char *msg) {
    mp_port_write(2, "vmforge-c: ", 11);
    mp_port_write(2, msg, strlen(msg));
    mp_port_write(2, "\n", 1);
    mp_port_exit(status);
}

static int exit_status(mp_obj_t exc) {
    mp_obj_tuple_t *args = ((mp_obj_instance_t *)exc)->args;
    mp_obj_t code = args->len == 0 ? mp_const_none : args->len == 1 ? args->items[0] : args;
    if (code == mp_const_none) return 0;
    if (MP_OBJ_IS_SMALL_INT(code)) return (int)MP_OBJ_SMALL_INT_VALUE(code);
    vstr_t v;
    vstr_init(&v, 32);
    mp_obj_print(&v, code, false);
    vstr_add_char(&v, '\n');
    mp_port_write(2, v.buf, v.len);
    return 1;
}


// The exit status for an uncaught exception, after printing its traceback. If printing
// fails (a full heap, a failing __str__), the type name alone is printed.
static int report(mp_obj_t exc) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        int status = 1;
        if (mp_obj_isinstance(exc, &mp_type_SystemExit)) {
            status = exit_status(exc);
        } else {
            vstr_t v;
            vstr_init(&v, 256);
            mp_exc_print_traceback(&v, exc);
            mp_port_write(2, v.buf, v.len);
        }
        nlr_pop();
        return status;
    }
    const char *name = mp_obj_is_exception_instance(exc) ? mp_type_name(exc) : "exception";
    mp_port_write(2, name, strlen(name));
    mp_port_write(2, "\n", 1);
    return 1;
}

__attribute__((noinline))
static int run(const char *path) {
    size_t len;
    byte *data = mp_port_read_file(path, &len);
    if (data == NULL) fail(2, "cannot read the image");
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        char err[256];
        mp_module_t *m = mp_load_image(data, len, err, sizeof err);
        if (m == NULL) fail(2, err);
        main_module = m;
        m->globals = mp_obj_new_dict(16);
        mp_dict_store_q(m->globals, MP_QSTR___name__, qstr_obj(MP_QSTR___main__));
        mp_cur_module = m;
        mp_cur_globals = m->globals;
        mp_obj_fun_t *top = mp_make_function(0, MP_OBJ_NULL, MP_OBJ_NULL, MP_OBJ_NULL);
        mp_fun_run(top, 0, NULL, 0, NULL, m->globals);
        nlr_pop();
        return 0;
    }
    return report(nlr.ret_val);
}

static size_t heap_size(void) {
    // VMFORGE_C_HEAP overrides the built-in size, in bytes (a k or m suffix scales it)
    const char *s = mp_port_getenv("VMFORGE_C_HEAP");
    if (s == NULL || *s == 0) return VMFORGE_HEAP_SIZE;
    char *end;
    unsigned long n = strtoul(s, &end, 10);
    if (*end == 'k' || *end == 'K') n *= 1024;
    else if (*end == 'm' || *end == 'M') n *= 1024 * 1024;
    return n < 64 * 1024 ? 64 * 1024 : n;
}

int main(int argc, char **argv) {
    volatile int stack_top = 0;
    if (argc < 2) fail(2, "usage: vmforge-c prog.vmi [args]");
    size_t size = heap_size();
    void *arena = malloc(size);
    if (arena == NULL) fail(2, "cannot allocate the heap");
    gc_init(arena, size, (void *)&stack_top);
    gc_add_root(&main_module);
    qstr_init();
    obj_init();
    str_init();
    tuple_init();
    list_init();
    dict_init();
    function_init();
    exc_init();
    builtins_init();
    iter_init();
    gen_init();
    float_init();
    slice_init();
    descr_init();
    iter_more_init();
    modules_init(argc, argv);
    int status = run(argv[1]);
    mp_port_exit(status);
}
