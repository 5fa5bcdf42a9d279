// float.c: floats (boxed doubles): arithmetic mixed with ints, CPython's shortest repr, and
// the float() constructor.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "obj.h"

#if defined(__i386__) && defined(__GNUC__)
#pragma GCC target("sse2", "fpmath=sse")    // doubles rounded once, as on 64-bit (no x87 80-bit)
#endif

typedef struct { mp_obj_base_t base; double value; } mp_obj_float_t;

mp_obj_t mp_obj_new_float(double v) {
    mp_obj_float_t *f = m_new_obj(mp_obj_float_t);
    f->base.type = &mp_type_float;
    f->value = v;
    return f;
}

bool mp_obj_is_float(mp_obj_t o) { return mp_obj_is_type(o, &mp_type_float); }

// an int (small or big) or bool as a double; false if o is no number
bool mp_obj_get_double(mp_obj_t o, double *out) {
    if (mp_obj_is_float(o)) { *out = ((mp_obj_float_t *)o)->value; return true; }
    if (o == mp_const_true || o == mp_const_false) { *out = o == mp_const_true; return true; }
    if (MP_OBJ_IS_SMALL_INT(o)) { *out = (double)MP_OBJ_SMALL_INT_VALUE(o); return true; }
    if (mp_obj_is_type(o, &mp_type_bigint)) { *out = mp_bigint_to_double(o); return true; }
    return false;
}

// CPython's repr: the shortest digits that read back as the same double; positional
// notation for exponents -4 .. 15, scientific outside.
void mp_format_double(vstr_t *out, double x) {
    if (isnan(x)) { vstr_add_str(out, "nan"); return; }
    if (isinf(x)) { vstr_add_str(out, x < 0 ? "-inf" : "inf"); return; }
    char buf[40];
    int p = 1;
    for (; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, x);
        if (strtod(buf, NULL) == x) break;
    }
    // buf: [-]d[.ddd]e[+-]XX
    const char *s = buf;
    if (*s == '-') { vstr_add_char(out, '-'); s++; }
    char digits[24];
    size_t nd = 0;
    for (; *s != 'e'; s++) if (*s != '.') digits[nd++] = *s;
    int e = atoi(s + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    if (e >= -4 && e < 16) {
        if (e >= 0) {
            for (int i = 0; i <= e; i++) vstr_add_char(out, (size_t)i < nd ? digits[i] : '0');
            vstr_add_char(out, '.');
            if ((size_t)e + 1 < nd) vstr_add_strn(out, digits + e + 1, nd - (size_t)e - 1);
            else vstr_add_char(out, '0');
        } else {
            vstr_add_str(out, "0.");
            for (int i = 0; i < -e - 1; i++) vstr_add_char(out, '0');
            vstr_add_strn(out, digits, nd);
        }
    } else {
        vstr_add_char(out, digits[0]);
        if (nd > 1) { vstr_add_char(out, '.'); vstr_add_strn(out, digits + 1, nd - 1); }
        vstr_printf(out, abs(e) < 10 ? "e%c0%d" : "e%c%d", e < 0 ? '-' : '+', abs(e));
    }
}

static void float_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    mp_format_double(out, ((mp_obj_float_t *)o)->value);
}

// CPython's float divmod: the floor quotient is exact when it can be, the remainder has the
// divisor's sign (zero keeps it too)
static double float_divmod(double a, double b, double *mod) {
    double m = fmod(a, b), div = (a - m) / b;
    if (m != 0) {
        if ((b < 0) != (m < 0)) { m += b; div -= 1.0; }
    } else {
        m = copysign(0.0, b);
    }
    *mod = m;
    if (div == 0) return copysign(0.0, a / b);
    double q = floor(div);
    return div - q > 0.5 ? q + 1.0 : q;
}

mp_obj_t mp_float_divmod(double a, double b) {
    if (b == 0) mp_raise(&mp_type_ZeroDivisionError, "float divmod()");
    double m, q = float_divmod(a, b, &m);
    mp_obj_t t[2] = {mp_obj_new_float(q), mp_obj_new_float(m)};
    return mp_obj_new_tuple(2, t);
}

static mp_obj_t float_binary_op2(mp_int_t op, double a, double b) {
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) op += MP_BINARY_OP_OR - MP_BINARY_OP_INPLACE_OR;
    double m;
    switch (op) {
        case MP_BINARY_OP_ADD: return mp_obj_new_float(a + b);
        case MP_BINARY_OP_SUBTRACT: return mp_obj_new_float(a - b);
        case MP_BINARY_OP_MULTIPLY: return mp_obj_new_float(a * b);
        case MP_BINARY_OP_TRUE_DIVIDE:
            if (b == 0) mp_raise(&mp_type_ZeroDivisionError, "float division by zero");
            return mp_obj_new_float(a / b);
        case MP_BINARY_OP_FLOOR_DIVIDE:
            if (b == 0) mp_raise(&mp_type_ZeroDivisionError, "float floor division by zero");
            return mp_obj_new_float(float_divmod(a, b, &m));
        case MP_BINARY_OP_MODULO:
            if (b == 0) mp_raise(&mp_type_ZeroDivisionError, "float modulo");
            float_divmod(a, b, &m);
            return mp_obj_new_float(m);
        case MP_BINARY_OP_POWER:
            if (a == 0 && b < 0) mp_raise(&mp_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            if (a < 0 && b != floor(b) && isfinite(b)) mp_raise(&mp_type_NotImplementedError, "complex results are not supported yet");
            {
                double r = pow(a, b);
                if (isinf(r) && !isinf(a) && !isinf(b)) mp_raise(&mp_type_OverflowError, "(34, 'Numerical result out of range')");
                return mp_obj_new_float(r);
            }
        case MP_BINARY_OP_LESS: return mp_obj_new_bool(a < b);
        case MP_BINARY_OP_MORE: return mp_obj_new_bool(a > b);
        case MP_BINARY_OP_LESS_EQUAL: return mp_obj_new_bool(a <= b);
        case MP_BINARY_OP_MORE_EQUAL: return mp_obj_new_bool(a >= b);
        case MP_BINARY_OP_EQUAL: return mp_obj_new_bool(a == b);
        case MP_BINARY_OP_NOT_EQUAL: return mp_obj_new_bool(a != b);
        default: return MP_OBJ_NULL;
    }
}

// An int that a double may not hold exactly (beyond 2**53, or too big for one)
static bool inexact_int(mp_obj_t o) {
    if (MP_OBJ_IS_SMALL_INT(o)) {
        int64_t v = MP_OBJ_SMALL_INT_VALUE(o);
        return v > ((int64_t)1 << 53) || v < -((int64_t)1 << 53);
    }
    return mp_obj_is_type(o, &mp_type_bigint);
}

// compare int i with float f exactly, as CPython (f is not nan): -1, 0 or 1
static int cmp_int_float(mp_obj_t i, double f) {
    if (isinf(f)) return f > 0 ? -1 : 1;
    double fl = floor(f);
    mp_obj_t fi = mp_obj_new_int_from_double(fl);
    if (mp_int_binary_op(MP_BINARY_OP_LESS, i, fi) == mp_const_true) return -1;
    if (mp_int_binary_op(MP_BINARY_OP_MORE, i, fi) == mp_const_true) return 1;
    return f != fl ? -1 : 0;
}

static mp_obj_t compare_exact(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    bool swap = mp_obj_is_float(lhs);
    double f = mp_obj_float_value(swap ? lhs : rhs);
    if (isnan(f)) return mp_obj_new_bool(op == MP_BINARY_OP_NOT_EQUAL);
    int c = cmp_int_float(swap ? rhs : lhs, f);
    if (swap) c = -c;
    switch (op) {
        case MP_BINARY_OP_LESS: return mp_obj_new_bool(c < 0);
        case MP_BINARY_OP_MORE: return mp_obj_new_bool(c > 0);
        case MP_BINARY_OP_LESS_EQUAL: return mp_obj_new_bool(c <= 0);
        case MP_BINARY_OP_MORE_EQUAL: return mp_obj_new_bool(c >= 0);
        case MP_BINARY_OP_EQUAL: return mp_obj_new_bool(c == 0);
        default: return mp_obj_new_bool(c != 0);
    }
}

// lhs <op> rhs when either is a float (ints alone go to int.c); MP_OBJ_NULL if not numbers
mp_obj_t mp_float_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (!mp_obj_is_float(lhs) && !mp_obj_is_float(rhs)) return mp_int_binary_op(op, lhs, rhs);
    if (op >= MP_BINARY_OP_LESS && op <= MP_BINARY_OP_NOT_EQUAL
        && (inexact_int(lhs) || inexact_int(rhs))) {
        return compare_exact(op, lhs, rhs);
    }
    double a, b;
    if (!mp_obj_get_double(lhs, &a) || !mp_obj_get_double(rhs, &b)) return MP_OBJ_NULL;
    return float_binary_op2(op, a, b);
}

static mp_obj_t float_unary_op(mp_int_t op, mp_obj_t o) {
    double v = ((mp_obj_float_t *)o)->value;
    switch (op) {
        case MP_UNARY_OP_BOOL: return mp_obj_new_bool(v != 0);
        case MP_UNARY_OP_POSITIVE: return o;
        case MP_UNARY_OP_NEGATIVE: return mp_obj_new_float(-v);
        default: return MP_OBJ_NULL;
    }
}

static mp_obj_t float_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) { return mp_float_binary_op(op, lhs, rhs); }

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

// copy the digits at s[*i] to *out, dropping underscores that stand between two digits
static size_t copy_digits(const char *s, size_t n, size_t *i, char **out) {
    size_t count = 0;
    while (*i < n) {
        if (is_digit(s[*i])) { *(*out)++ = s[(*i)++]; count++; }
        else if (s[*i] == '_' && count > 0 && *i + 1 < n && is_digit(s[*i + 1])) (*i)++;
        else break;
    }
    return count;
}

static bool word_is(const char *s, size_t n, const char *w) {
    if (n != strlen(w)) return false;
    for (size_t i = 0; i < n; i++) if ((s[i] | 0x20) != w[i]) return false;
    return true;
}

// Python's float syntax: [sign] (digits [. digits] | . digits) [e [sign] digits], or inf,
// infinity, nan in any case; surrounding whitespace. NULL if s is not one.
mp_obj_t mp_obj_float_from_str(const char *s, size_t n) {
    size_t i = 0;
    while (i < n && is_space(s[i])) i++;
    while (n > i && is_space(s[n - 1])) n--;
    char *buf = gc_alloc(n - i + 2), *out = buf;
    bool neg = i < n && s[i] == '-';
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    if (word_is(s + i, n - i, "inf") || word_is(s + i, n - i, "infinity")) return mp_obj_new_float(neg ? -INFINITY : INFINITY);
    if (word_is(s + i, n - i, "nan")) return mp_obj_new_float(NAN);
    if (neg) *out++ = '-';
    size_t nd = copy_digits(s, n, &i, &out);
    if (i < n && s[i] == '.') {
        *out++ = s[i++];
        nd += copy_digits(s, n, &i, &out);
    }
    if (nd == 0) return MP_OBJ_NULL;
    if (i < n && (s[i] | 0x20) == 'e') {
        *out++ = s[i++];
        if (i < n && (s[i] == '+' || s[i] == '-')) *out++ = s[i++];
        if (copy_digits(s, n, &i, &out) == 0) return MP_OBJ_NULL;
    }
    if (i != n) return MP_OBJ_NULL;
    *out = 0;
    return mp_obj_new_float(strtod(buf, NULL));
}

static mp_obj_t float_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)type; (void)n_kw; (void)kw;
    if (n == 0) return mp_obj_new_float(0);
    if (mp_obj_is_str(a[0])) {
        mp_obj_str_t *s = a[0];
        mp_obj_t f = mp_obj_float_from_str(s->data, s->len);
        if (f == MP_OBJ_NULL) mp_raise(&mp_type_ValueError, "could not convert string to float: %R", a[0]);
        return f;
    }
    double d;
    mp_obj_t r;
    if (!MP_OBJ_IS_SMALL_INT(a[0]) && (mp_type_of(a[0])->flags & MP_TYPE_FLAG_USER)
        && (mp_call_special(a[0], qstr_from_str("__float__"), 0, NULL, &r) || mp_call_special(a[0], qstr_from_str("__index__"), 0, NULL, &r))) {
        if (!mp_obj_get_double(r, &d)) mp_raise(&mp_type_TypeError, "%T.__float__ returned non-float (type %T)", a[0], r);
        return mp_obj_new_float(d);
    }
    if (!mp_obj_get_double(a[0], &d)) {
        mp_raise(&mp_type_TypeError, "float() argument must be a string or a real number, not '%T'", a[0]);
    }
    return mp_obj_is_float(a[0]) ? a[0] : mp_obj_new_float(d);
}

// CPython's _Py_HashDouble: equal to the hash of an equal int; nan hashes by identity
mp_hash_t mp_float_hash(mp_obj_t o) {
    const int bits = 61;
    const uint64_t modulus = ((uint64_t)1 << bits) - 1;
    double v = ((mp_obj_float_t *)o)->value;
    if (isinf(v)) return v > 0 ? 314159 : -314159;
    if (isnan(v)) {
        uint64_t y = (uint64_t)(uintptr_t)o;
        return (mp_hash_t)((y >> 4) | (y << (sizeof(void *) * 8 - 4)));
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m != 0) {
        x = ((x << 28) & modulus) | x >> (bits - 28);
        m *= 268435456.0;       // 2**28
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= modulus) x -= modulus;
    }
    e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
    x = ((x << e) & modulus) | x >> (bits - e);
    x = x * (uint64_t)(int64_t)sign;
    return x == (uint64_t)-1 ? -2 : (mp_hash_t)x;
}

double mp_obj_float_value(mp_obj_t o) { return ((mp_obj_float_t *)o)->value; }

mp_obj_type_t mp_type_float = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .print = float_print, .make_new = float_make_new,
    .unary_op = float_unary_op, .binary_op = float_binary_op,
};

// round(x, ndigits) as CPython: the exact decimal expansion of x (glibc prints it in full),
// rounded half to even at 10**-ndigits, read back
mp_obj_t mp_float_round(double x, mp_int_t nd) {
    if (!isfinite(x) || x == 0 || nd > 323) return mp_obj_new_float(x);
    if (nd < -308) return mp_obj_new_float(0.0 * x);
    static char buf[1500];
    snprintf(buf, sizeof buf, "%.1074f", fabs(x));
    char *dot = strchr(buf, '.');
    memmove(dot, dot + 1, strlen(dot + 1) + 1);          // buf: all the digits
    long keep = (long)(dot - buf) + (long)nd, len = (long)strlen(buf);
    if (keep < 0) return mp_obj_new_float(copysign(0.0, x));
    bool up = false;
    if (keep < len && buf[keep] != '5') {
        up = buf[keep] > '5';
    } else if (keep < len) {
        bool rest = false;
        for (long i = keep + 1; i < len; i++) rest |= buf[i] != '0';
        up = rest || (keep > 0 && (buf[keep - 1] - '0') % 2 == 1);
    }
    // buf[0, keep) + 1 when rounding up; buf has a leading spare position for the carry
    memmove(buf + 1, buf, (size_t)keep);
    buf[0] = '0';
    for (long i = keep; up && i >= 0; i--) {
        if (buf[i] == '9') buf[i] = '0';
        else { buf[i]++; up = false; }
    }
    snprintf(buf + keep + 1, sizeof buf - (size_t)keep - 1, "e%ld", -(long)nd);
    double r = strtod(buf, NULL);
    if (isinf(r)) mp_raise(&mp_type_OverflowError, "rounded value too large to represent");
    return mp_obj_new_float(copysign(r, x));
}

MP_BUILTIN(float_is_integer, "is_integer", 1, 1, false);
static mp_obj_t float_is_integer(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    double x = mp_obj_float_value(a[0]);
    return mp_obj_new_bool(isfinite(x) && x == floor(x));
}

// x == numerator / denominator exactly, the denominator a power of two
MP_BUILTIN(float_as_integer_ratio, "as_integer_ratio", 1, 1, false);
static mp_obj_t float_as_integer_ratio(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    double x = mp_obj_float_value(a[0]);
    if (isinf(x)) mp_raise(&mp_type_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x)) mp_raise(&mp_type_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) { m *= 2.0; e--; }
    mp_obj_t num = mp_obj_new_int_from_double(m), den = MP_OBJ_NEW_SMALL_INT(1);
    mp_obj_t p = mp_binary_op(MP_BINARY_OP_LSHIFT, MP_OBJ_NEW_SMALL_INT(1), MP_OBJ_NEW_SMALL_INT(e < 0 ? -e : e));
    if (e > 0) num = mp_binary_op(MP_BINARY_OP_MULTIPLY, num, p);
    else den = p;
    mp_obj_t t[2] = {num, den};
    return mp_obj_new_tuple(2, t);
}

void float_init(void) {
    mp_type_float.name = qstr_from_str("float");
    mp_dict_store_q(mp_builtins, mp_type_float.name, &mp_type_float);
    mp_store_method(&mp_type_float, &float_is_integer_obj);
    mp_store_method(&mp_type_float, &float_as_integer_ratio_obj);
}
