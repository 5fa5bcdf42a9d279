// modmath.c: the math module, with CPython's results and error messages.
#include <math.h>
#include "obj.h"

#if defined(__i386__) && defined(__GNUC__)
#pragma GCC target("sse2", "fpmath=sse")    // doubles rounded once, as on 64-bit (no x87 80-bit)
#endif

#define PI 3.141592653589793238462643383279502884
#define E 2.718281828459045235360287471352662498

static double arg_double(mp_obj_t o) {
    double d;
    if (!mp_obj_get_double(o, &d)) mp_raise(&mp_type_TypeError, "must be real number, not %T", o);
    return d;
}

static mp_obj_t arg_int(mp_obj_t o) {
    if (o == mp_const_false || o == mp_const_true) return MP_OBJ_NEW_SMALL_INT(o == mp_const_true);
    if (!mp_obj_is_int(o)) mp_raise(&mp_type_TypeError, "'%T' object cannot be interpreted as an integer", o);
    return o;
}

static bool int_lt(mp_obj_t a, mp_obj_t b) { return mp_binary_op(MP_BINARY_OP_LESS, a, b) == mp_const_true; }
static mp_obj_t int_op(mp_int_t op, mp_obj_t a, mp_obj_t b) { return mp_binary_op(op, a, b); }
#define ZERO MP_OBJ_NEW_SMALL_INT(0)
#define ONE MP_OBJ_NEW_SMALL_INT(1)

// As CPython's math_1: a nan from a non-nan is a domain error, an inf from a finite value
// a range error.
static mp_obj_t checked(double r, double x) {
    if (isnan(r) && !isnan(x)) mp_raise(&mp_type_ValueError, "math domain error");
    if (isinf(r) && isfinite(x)) mp_raise(&mp_type_OverflowError, "math range error");
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
MATH_FUN1(math_expm1, "expm1", expm1(x))
MATH_FUN1(math_sin, "sin", isinf(x) ? NAN : sin(x))
MATH_FUN1(math_cos, "cos", isinf(x) ? NAN : cos(x))
MATH_FUN1(math_tan, "tan", isinf(x) ? NAN : tan(x))
MATH_FUN1(math_asin, "asin", x < -1 || x > 1 ? NAN : asin(x))
MATH_FUN1(math_acos, "acos", x < -1 || x > 1 ? NAN : acos(x))
MATH_FUN1(math_atan, "atan", atan(x))
MATH_FUN1(math_sinh, "sinh", sinh(x))
MATH_FUN1(math_cosh, "cosh", cosh(x))
MATH_FUN1(math_tanh, "tanh", tanh(x))
MATH_FUN1(math_asinh, "asinh", asinh(x))
MATH_FUN1(math_acosh, "acosh", x < 1 ? NAN : acosh(x))
MATH_FUN1(math_atanh, "atanh", x <= -1 || x >= 1 ? NAN : atanh(x))
MATH_FUN1(math_erf, "erf", erf(x))
MATH_FUN1(math_erfc, "erfc", erfc(x))
MATH_FUN1(math_fabs, "fabs", fabs(x))
MATH_FUN1(math_degrees, "degrees", x * (180.0 / PI))
MATH_FUN1(math_radians, "radians", x * (PI / 180.0))
MATH_FUN1(math_log1p, "log1p", x <= -1 ? NAN : log1p(x))

// log of a number > 0; as CPython, an int too big for a double is m * 2**e first, and the
// log is f(m) + f(2) * e
static double log_arg(mp_obj_t o, double (*f)(double)) {
    if (mp_obj_is_int(o) && !int_lt(ZERO, o)) mp_raise(&mp_type_ValueError, "math domain error");
    if (mp_obj_is_type(o, &mp_type_bigint)) {
        mp_int_t e = mp_obj_get_int(mp_call0(mp_load_attr(o, qstr_from_str("bit_length"))));
        if (e > 1024) {
            double m = mp_bigint_to_double(int_op(MP_BINARY_OP_RSHIFT, o, MP_OBJ_NEW_SMALL_INT(e - 64)));
            return f(ldexp(m, -64)) + f(2.0) * (double)e;
        }
    }
    double x = arg_double(o);
    if (isnan(x)) return x;
    if (x <= 0) mp_raise(&mp_type_ValueError, "math domain error");
    return f(x);
}
MP_BUILTIN(math_log, "log", 1, 2, false);
static mp_obj_t math_log(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    double r = log_arg(a[0], log);
    if (n > 1) {
        double b = log_arg(a[1], log);
        if (b == 0) mp_raise(&mp_type_ZeroDivisionError, "float division by zero");
        r /= b;
    }
    return mp_obj_new_float(r);
}
MP_BUILTIN(math_log2, "log2", 1, 1, false);
static mp_obj_t math_log2(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_new_float(log_arg(a[0], log2));
}
MP_BUILTIN(math_log10, "log10", 1, 1, false);
static mp_obj_t math_log10(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_new_float(log_arg(a[0], log10));
}

MP_BUILTIN(math_pow, "pow", 2, 2, false);
static mp_obj_t math_pow(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    double x = arg_double(a[0]), y = arg_double(a[1]);
    if (x == 0 && y < 0) mp_raise(&mp_type_ValueError, "math domain error");
    double r = pow(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) mp_raise(&mp_type_ValueError, "math domain error");
    if (isinf(r) && isfinite(x) && isfinite(y)) mp_raise(&mp_type_OverflowError, "math range error");
    return mp_obj_new_float(r);
}
MP_BUILTIN(math_fmod, "fmod", 2, 2, false);
static mp_obj_t math_fmod(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    double x = arg_double(a[0]), y = arg_double(a[1]);
    if (isinf(y) && isfinite(x)) return mp_obj_new_float(x);
    if (!isnan(x) && !isnan(y) && (y == 0 || isinf(x))) mp_raise(&mp_type_ValueError, "math domain error");
    return mp_obj_new_float(fmod(x, y));
}
MP_BUILTIN(math_atan2, "atan2", 2, 2, false);
static mp_obj_t math_atan2(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_new_float(atan2(arg_double(a[0]), arg_double(a[1])));
}
MP_BUILTIN(math_copysign, "copysign", 2, 2, false);
static mp_obj_t math_copysign(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_new_float(copysign(arg_double(a[0]), arg_double(a[1])));
}
MP_BUILTIN(math_hypot, "hypot", 0, -1, false);
static mp_obj_t math_hypot(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    double r = 0;
    for (size_t i = 0; i < n; i++) r = hypot(r, arg_double(a[i]));
    return mp_obj_new_float(r);
}
MP_BUILTIN(math_ldexp, "ldexp", 2, 2, false);
static mp_obj_t math_ldexp(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    double x = arg_double(a[0]);
    mp_obj_t e = arg_int(a[1]);
    mp_int_t k = int_lt(e, MP_OBJ_NEW_SMALL_INT(-100000)) ? -100000 : int_lt(MP_OBJ_NEW_SMALL_INT(100000), e) ? 100000 : mp_obj_get_int(e);
    return checked(ldexp(x, (int)k), x);
}
MP_BUILTIN(math_frexp, "frexp", 1, 1, false);
static mp_obj_t math_frexp(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    double x = arg_double(a[0]);
    int e = 0;
    double m = isfinite(x) ? frexp(x, &e) : x;
    mp_obj_t t[2] = {mp_obj_new_float(m), mp_obj_new_int(e)};
    return mp_obj_new_tuple(2, t);
}
MP_BUILTIN(math_modf, "modf", 1, 1, false);
static mp_obj_t math_modf(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    double x = arg_double(a[0]), ip;
    double f = isinf(x) ? copysign(0.0, x) : modf(x, &ip);
    if (isinf(x)) ip = x;
    mp_obj_t t[2] = {mp_obj_new_float(f), mp_obj_new_float(ip)};
    return mp_obj_new_tuple(2, t);
}

// floor, ceil, trunc: an int stays itself; a float becomes an int
static mp_obj_t to_int(mp_obj_t o, double (*f)(double)) {
    if (mp_obj_is_int(o) || o == mp_const_true || o == mp_const_false) return arg_int(o);
    return mp_obj_new_int_from_double(f(arg_double(o)));
}
MP_BUILTIN(math_floor, "floor", 1, 1, false);
static mp_obj_t math_floor(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return to_int(a[0], floor);
}
MP_BUILTIN(math_ceil, "ceil", 1, 1, false);
static mp_obj_t math_ceil(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return to_int(a[0], ceil);
}
MP_BUILTIN(math_trunc, "trunc", 1, 1, false);
static mp_obj_t math_trunc(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return to_int(a[0], trunc);
}

#define MATH_PRED(cname, pyname, expr) \
    MP_BUILTIN(cname, pyname, 1, 1, false); \
    static mp_obj_t cname(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) { \
        (void)n; (void)n_kw; (void)kw; \
        double x = arg_double(a[0]); \
        return mp_obj_new_bool(expr); \
    }
MATH_PRED(math_isnan, "isnan", isnan(x))
MATH_PRED(math_isinf, "isinf", isinf(x))
MATH_PRED(math_isfinite, "isfinite", isfinite(x))

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
MP_BUILTIN(math_isclose, "isclose", 2, 2, true);
static mp_obj_t math_isclose(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n;
    double x = arg_double(a[0]), y = arg_double(a[1]), rel = 1e-09, abs_tol = 0.0;
    for (size_t i = 0; i < n_kw; i++) {
        const char *k = qstr_str(mp_obj_str_qstr(kw[2 * i]));
        if (strcmp(k, "rel_tol") == 0) rel = arg_double(kw[2 * i + 1]);
        else if (strcmp(k, "abs_tol") == 0) abs_tol = arg_double(kw[2 * i + 1]);
        else mp_raise(&mp_type_TypeError, "'%s' is an invalid keyword argument for isclose()", k);
    }
    if (rel < 0 || abs_tol < 0) mp_raise(&mp_type_ValueError, "tolerances must be non-negative");
    if (x == y) return mp_const_true;
    if (isinf(x) || isinf(y)) return mp_const_false;
    double d = fabs(y - x);
    return mp_obj_new_bool(d <= fabs(rel * y) || d <= fabs(rel * x) || d <= abs_tol);
}

// --- integer functions ------------------------------------------------------------------------
static mp_obj_t int_abs(mp_obj_t x) { return int_lt(x, ZERO) ? mp_unary_op(MP_UNARY_OP_NEGATIVE, x) : x; }
static mp_obj_t gcd2(mp_obj_t a, mp_obj_t b) {
    a = int_abs(a), b = int_abs(b);
    while (b != ZERO) {
        mp_obj_t r = int_op(MP_BINARY_OP_MODULO, a, b);
        a = b, b = r;
    }
    return a;
}
MP_BUILTIN(math_gcd, "gcd", 0, -1, false);
static mp_obj_t math_gcd(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_obj_t g = ZERO;
    for (size_t i = 0; i < n; i++) g = gcd2(g, arg_int(a[i]));
    return g;
}
MP_BUILTIN(math_lcm, "lcm", 0, -1, false);
static mp_obj_t math_lcm(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_obj_t l = ONE;
    for (size_t i = 0; i < n; i++) {
        mp_obj_t x = arg_int(a[i]);
        if (l == ZERO || x == ZERO) { l = ZERO; continue; }
        l = int_abs(int_op(MP_BINARY_OP_MULTIPLY, int_op(MP_BINARY_OP_FLOOR_DIVIDE, l, gcd2(l, x)), x));
    }
    return l;
}
// the product of lo..hi (ints, lo <= hi + 1), halving so big factors meet late
static mp_obj_t range_prod(mp_obj_t lo, mp_obj_t hi) {
    if (int_lt(hi, lo)) return ONE;
    mp_obj_t span = int_op(MP_BINARY_OP_SUBTRACT, hi, lo);
    if (int_lt(span, MP_OBJ_NEW_SMALL_INT(8))) {
        mp_obj_t r = lo;
        for (mp_obj_t i = int_op(MP_BINARY_OP_ADD, lo, ONE); !int_lt(hi, i); i = int_op(MP_BINARY_OP_ADD, i, ONE)) {
            r = int_op(MP_BINARY_OP_MULTIPLY, r, i);
        }
        return r;
    }
    mp_obj_t mid = int_op(MP_BINARY_OP_ADD, lo, int_op(MP_BINARY_OP_FLOOR_DIVIDE, span, MP_OBJ_NEW_SMALL_INT(2)));
    return int_op(MP_BINARY_OP_MULTIPLY, range_prod(lo, mid), range_prod(int_op(MP_BINARY_OP_ADD, mid, ONE), hi));
}
MP_BUILTIN(math_factorial, "factorial", 1, 1, false);
static mp_obj_t math_factorial(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_t k = arg_int(a[0]);
    if (int_lt(k, ZERO)) mp_raise(&mp_type_ValueError, "factorial() not defined for negative values");
    return range_prod(ONE, k);
}
static mp_obj_t nonneg(mp_obj_t o, const char *what) {
    o = arg_int(o);
    if (int_lt(o, ZERO)) mp_raise(&mp_type_ValueError, "%s must be a non-negative integer", what);
    return o;
}
MP_BUILTIN(math_perm, "perm", 1, 2, false);
static mp_obj_t math_perm(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_obj_t nn = nonneg(a[0], "n");
    if (n == 1 || a[1] == mp_const_none) return range_prod(ONE, nn);
    mp_obj_t k = nonneg(a[1], "k");
    if (int_lt(nn, k)) return ZERO;
    return range_prod(int_op(MP_BINARY_OP_ADD, int_op(MP_BINARY_OP_SUBTRACT, nn, k), ONE), nn);
}
MP_BUILTIN(math_comb, "comb", 2, 2, false);
static mp_obj_t math_comb(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_t nn = nonneg(a[0], "n"), k = nonneg(a[1], "k");
    if (int_lt(nn, k)) return ZERO;
    mp_obj_t nk = int_op(MP_BINARY_OP_SUBTRACT, nn, k);
    if (int_lt(nk, k)) k = nk;
    mp_obj_t r = ONE;
    for (mp_obj_t i = ONE; !int_lt(k, i); i = int_op(MP_BINARY_OP_ADD, i, ONE)) {    // exact at each step
        r = int_op(MP_BINARY_OP_FLOOR_DIVIDE, int_op(MP_BINARY_OP_MULTIPLY, r, int_op(MP_BINARY_OP_SUBTRACT, nn, int_op(MP_BINARY_OP_SUBTRACT, k, i))), i);
    }
    return r;
}
MP_BUILTIN(math_isqrt, "isqrt", 1, 1, false);
static mp_obj_t math_isqrt(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_t v = arg_int(a[0]);
    if (int_lt(v, ZERO)) mp_raise(&mp_type_ValueError, "isqrt() argument must be nonnegative");
    if (v == ZERO) return ZERO;
    // Newton from above: 2**ceil(bits / 2) >= sqrt(v)
    mp_int_t bits = mp_obj_get_int(mp_call0(mp_load_attr(v, qstr_from_str("bit_length"))));
    mp_obj_t x = int_op(MP_BINARY_OP_LSHIFT, ONE, MP_OBJ_NEW_SMALL_INT((bits + 1) / 2));
    for (;;) {
        mp_obj_t y = int_op(MP_BINARY_OP_FLOOR_DIVIDE, int_op(MP_BINARY_OP_ADD, x, int_op(MP_BINARY_OP_FLOOR_DIVIDE, v, x)), MP_OBJ_NEW_SMALL_INT(2));
        if (!int_lt(y, x)) return x;
        x = y;
    }
}

// prod(iterable, *, start=1)
MP_BUILTIN(math_prod, "prod", 1, 1, true);
static mp_obj_t math_prod(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n;
    mp_obj_t r = ONE, it = mp_getiter(a[0]), v;
    for (size_t i = 0; i < n_kw; i++) {
        const char *k = qstr_str(mp_obj_str_qstr(kw[2 * i]));
        if (strcmp(k, "start") != 0) mp_raise(&mp_type_TypeError, "'%s' is an invalid keyword argument for prod()", k);
        r = kw[2 * i + 1];
    }
    while ((v = mp_iternext(it)) != MP_OBJ_NULL) r = mp_binary_op(MP_BINARY_OP_MULTIPLY, r, v);
    return r;
}

// fsum: Shewchuk's exact partial sums, rounded once at the end (CPython's algorithm)
MP_BUILTIN(math_fsum, "fsum", 1, 1, false);
static mp_obj_t math_fsum(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    size_t np = 0, alloc = 32;
    double *p = gc_alloc(alloc * sizeof(double)), special = 0, inf_sum = 0;
    mp_obj_t it = mp_getiter(a[0]), v;
    while ((v = mp_iternext(it)) != MP_OBJ_NULL) {
        double x = arg_double(v), xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < np; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) { double t = x; x = y; y = t; }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        np = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) mp_raise(&mp_type_OverflowError, "intermediate overflow in fsum");
                if (isinf(xsave)) inf_sum += xsave;
                special += xsave;
                np = 0;
            } else {
                if (np == alloc) { p = gc_realloc(p, alloc * sizeof(double), 2 * alloc * sizeof(double)); alloc *= 2; }
                p[np++] = x;
            }
        }
    }
    if (special != 0.0) {
        if (isnan(inf_sum)) mp_raise(&mp_type_ValueError, "-inf + inf in fsum");
        return mp_obj_new_float(special);
    }
    double hi = 0.0, lo = 0.0;
    if (np > 0) {
        hi = p[--np];
        while (np > 0) {
            double x = hi, y = p[--np];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        // half-even rounding across the remaining partials
        if (np > 0 && ((lo < 0.0 && p[np - 1] < 0.0) || (lo > 0.0 && p[np - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    return mp_obj_new_float(hi);
}

void modmath_init(void) {
    mp_obj_t math = mp_module_new("math");
    static const mp_obj_builtin_fun_t *const funs[] = {
        &math_sqrt_obj, &math_exp_obj, &math_expm1_obj, &math_sin_obj, &math_cos_obj, &math_tan_obj,
        &math_asin_obj, &math_acos_obj, &math_atan_obj, &math_sinh_obj, &math_cosh_obj, &math_tanh_obj,
        &math_asinh_obj, &math_acosh_obj, &math_atanh_obj, &math_erf_obj, &math_erfc_obj, &math_fabs_obj,
        &math_degrees_obj, &math_radians_obj, &math_log1p_obj, &math_log_obj, &math_log2_obj,
        &math_log10_obj, &math_pow_obj, &math_fmod_obj, &math_atan2_obj, &math_copysign_obj,
        &math_hypot_obj, &math_ldexp_obj, &math_frexp_obj, &math_modf_obj, &math_floor_obj,
        &math_ceil_obj, &math_trunc_obj, &math_isnan_obj, &math_isinf_obj, &math_isfinite_obj,
        &math_isclose_obj, &math_gcd_obj, &math_lcm_obj, &math_factorial_obj, &math_perm_obj,
        &math_comb_obj, &math_isqrt_obj, &math_prod_obj, &math_fsum_obj,
    };
    for (size_t i = 0; i < sizeof funs / sizeof *funs; i++) mp_module_add(math, funs[i]->name, (mp_obj_t)funs[i]);
    mp_module_add(math, "pi", mp_obj_new_float(PI));
    mp_module_add(math, "e", mp_obj_new_float(E));
    mp_module_add(math, "tau", mp_obj_new_float(2 * PI));
    mp_module_add(math, "inf", mp_obj_new_float(INFINITY));
    mp_module_add(math, "nan", mp_obj_new_float(NAN));
}
