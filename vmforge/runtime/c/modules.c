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

// --- sys -------------------------------------------------------------------------------------
MP_BUILTIN(sys_exit, "exit", 0, 1, false);
static mp_obj_t sys_exit(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_raise_obj(mp_obj_new_exception(&mp_type_SystemExit, n, a));
}

// --- math ------------------------------------------------------------------------------------
static double arg_double(mp_obj_t o) {
    double d;
    if (!mp_obj_get_double(o, &d)) mp_raise(&mp_type_TypeError, "must be real number, not %T", o);
    return d;
}
static mp_obj_t checked(double r, double x) {
    if (isnan(r) && !isnan(x)) mp_raise(&mp_type_ValueError, "math domain error");
    if (isinf(r) && !isinf(x)) mp_raise(&mp_type_OverflowError, "math range error");
    return mp_obj_new_float(r);
}
#define MATH_FUN1(cname, pyname, expr) \
    MP_BUILTIN(cname, pyname, 1, 1, false); \
    static mp_obj_t cname(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) { \
        (void)n; (void)n_kw; (void)kw; \
        double x = arg_double(a[0]); \
        return checked(expr, x); \
    }
MATH_FUN1(math_sqrt, "sqrt", x < 0 ? NAN : sqrt(x))
MATH_FUN1(math_exp, "exp", exp(x))
MATH_FUN1(math_sin, "sin", sin(x))
MATH_FUN1(math_cos, "cos", cos(x))
MATH_FUN1(math_tan, "tan", tan(x))
MATH_FUN1(math_atan, "atan", atan(x))
MATH_FUN1(math_fabs, "fabs", fabs(x))
MATH_FUN1(math_log10, "log10", x <= 0 ? NAN : log10(x))
MATH_FUN1(math_log2, "log2", x <= 0 ? NAN : log2(x))

MP_BUILTIN(math_log, "log", 1, 2, false);
static mp_obj_t math_log(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    double x = arg_double(a[0]);
    if (x <= 0) mp_raise(&mp_type_ValueError, "math domain error");
    double r = log(x);
    if (n > 1) r /= log(arg_double(a[1]));
    return mp_obj_new_float(r);
}

static mp_obj_t round_to_int(mp_obj_t o, double (*f)(double)) {
    if (mp_obj_is_int(o)) return o;
    double x = arg_double(o);
    if (isinf(x)) mp_raise(&mp_type_OverflowError, "cannot convert float infinity to integer");
    if (isnan(x)) mp_raise(&mp_type_ValueError, "cannot convert float NaN to integer");
    return mp_call1(&mp_type_int, mp_obj_new_float(f(x)));
}
MP_BUILTIN(math_floor, "floor", 1, 1, false);
static mp_obj_t math_floor(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return round_to_int(a[0], floor);
}
MP_BUILTIN(math_ceil, "ceil", 1, 1, false);
static mp_obj_t math_ceil(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return round_to_int(a[0], ceil);
}
MP_BUILTIN(math_gcd, "gcd", 0, -1, false);
static mp_obj_t math_gcd(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_obj_t g = MP_OBJ_NEW_SMALL_INT(0);
    for (size_t i = 0; i < n; i++) {
        mp_obj_t x = mp_unary_op(MP_UNARY_OP_POSITIVE, a[i]);
        if (mp_binary_op(MP_BINARY_OP_LESS, x, MP_OBJ_NEW_SMALL_INT(0)) == mp_const_true) x = mp_unary_op(MP_UNARY_OP_NEGATIVE, x);
        while (mp_obj_is_true(x)) {
            mp_obj_t r = mp_binary_op(MP_BINARY_OP_MODULO, g, x);
            g = x;
            x = r;
        }
    }
    return g;
}
MP_BUILTIN(math_factorial, "factorial", 1, 1, false);
static mp_obj_t math_factorial(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_int_t k = mp_obj_get_int(a[0]);
    if (k < 0) mp_raise(&mp_type_ValueError, "factorial() not defined for negative values");
    mp_obj_t r = MP_OBJ_NEW_SMALL_INT(1);
    for (mp_int_t i = 2; i <= k; i++) r = mp_binary_op(MP_BINARY_OP_MULTIPLY, r, MP_OBJ_NEW_SMALL_INT(i));
    return r;
}
MP_BUILTIN(math_isnan, "isnan", 1, 1, false);
static mp_obj_t math_isnan(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_new_bool(isnan(arg_double(a[0])));
}
MP_BUILTIN(math_isinf, "isinf", 1, 1, false);
static mp_obj_t math_isinf(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_new_bool(isinf(arg_double(a[0])));
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
    mp_obj_t math = new_module("math");
    static const mp_obj_builtin_fun_t *const math_funs[] = {
        &math_sqrt_obj, &math_exp_obj, &math_sin_obj, &math_cos_obj, &math_tan_obj, &math_atan_obj,
        &math_fabs_obj, &math_log_obj, &math_log10_obj, &math_log2_obj, &math_floor_obj, &math_ceil_obj,
        &math_gcd_obj, &math_factorial_obj, &math_isnan_obj, &math_isinf_obj,
    };
    for (size_t i = 0; i < sizeof math_funs / sizeof *math_funs; i++) add(math, math_funs[i]->name, (mp_obj_t)math_funs[i]);
    add(math, "pi", mp_obj_new_float(PI));
    add(math, "e", mp_obj_new_float(E));
    add(math, "tau", mp_obj_new_float(2 * PI));
    add(math, "inf", mp_obj_new_float(INFINITY));
    add(math, "nan", mp_obj_new_float(NAN));
}
