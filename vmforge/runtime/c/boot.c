// boot.c: start the VM on a fixed arena and run one image: shared by the host's main.c and
// the board ports. Every runtime file's *_init runs here, in dependency order.
#include "obj.h"

static mp_obj_t main_module;       // a GC root: the loaded image's code objects and strings

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

void mp_boot(void *arena, size_t size, void *stack_top, int argc, char **argv) {
    gc_init(arena, size, stack_top);
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
    set_init();
    strfmt_init();
    iter_init();
    gen_init();
    int_init();
    float_init();
    slice_init();
    descr_init();
    iter_more_init();
    bytes_init();
    modules_init(argc, argv);
    exec_init();
    modmath_init();
}

__attribute__((noinline))
int mp_run_image(const byte *data, size_t len) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        char err[256];
        mp_image_t *img = mp_load_image(data, len, err, sizeof err);
        if (img == NULL) {
            nlr_pop();
            mp_port_write(2, "vmforge-c: ", 11);
            mp_port_write(2, err, strlen(err));
            mp_port_write(2, "\n", 1);
            return 2;
        }
        mp_modules_add_image(img);         // its bundled modules and pre-compiled sources
        mp_module_t *m = img->main;
        main_module = m;
        m->globals = mp_obj_new_dict(16);
        mp_dict_store_q(m->globals, MP_QSTR___name__, qstr_obj(MP_QSTR___main__));
        mp_modules_set_main(m->globals);
        mp_cur_module = m;
        mp_cur_globals = m->globals;
        mp_obj_fun_t *top = mp_make_function(0, MP_OBJ_NULL, MP_OBJ_NULL, MP_OBJ_NULL);
        mp_fun_run(top, 0, NULL, 0, NULL, m->globals);
        nlr_pop();
        return 0;
    }
    return report(nlr.ret_val);
}
