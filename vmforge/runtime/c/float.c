// float.c: floats (boxed doubles): arithmetic mixed with ints, CPython's shortest repr, and
// the float() constructor.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "obj.h"

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

static mp_obj_t float_binary_op2(mp_int_t op, double a, double b) {
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) op += MP_BINARY_OP_OR - MP_BINARY_OP_INPLACE_OR;
    switch (op) {
        case MP_BINARY_OP_ADD: return mp_obj_new_float(a + b);
        case MP_BINARY_OP_SUBTRACT: return mp_obj_new_float(a - b);
        case MP_BINARY_OP_MULTIPLY: return mp_obj_new_float(a * b);
        case MP_BINARY_OP_TRUE_DIVIDE:
            if (b == 0) mp_raise(&mp_type_ZeroDivisionError, "float division by zero");
            return mp_obj_new_float(a / b);
        case MP_BINARY_OP_FLOOR_DIVIDE:
            if (b == 0) mp_raise(&mp_type_ZeroDivisionError, "float floor division by zero");
            return mp_obj_new_float(floor(a / b));
        case MP_BINARY_OP_MODULO: {
            if (b == 0) mp_raise(&mp_type_ZeroDivisionError, "float modulo");
            double m = fmod(a, b);
            if (m != 0 && ((m < 0) != (b < 0))) m += b;
            else if (m == 0) m = copysign(0.0, b);
            return mp_obj_new_float(m);
        }
        case MP_BINARY_OP_POWER:
            if (a == 0 && b < 0) mp_raise(&mp_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            if (a < 0 && b != floor(b)) mp_raise(&mp_type_NotImplementedError, "complex results are not supported yet");
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

// lhs <op> rhs when either is a float (or for int / int); MP_OBJ_NULL if not numbers
mp_obj_t mp_float_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    double a, b;
    if (!mp_obj_get_double(lhs, &a) || !mp_obj_get_double(rhs, &b)) return MP_OBJ_NULL;
    if ((op == MP_BINARY_OP_TRUE_DIVIDE || op == MP_BINARY_OP_INPLACE_TRUE_DIVIDE) && b == 0
        && !mp_obj_is_float(lhs) && !mp_obj_is_float(rhs)) {
        mp_raise(&mp_type_ZeroDivisionError, "division by zero");
    }
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

mp_obj_t mp_obj_float_from_str(const char *s, size_t n) {
    char buf[64];
    if (n >= sizeof buf) return MP_OBJ_NULL;
    memcpy(buf, s, n);
    buf[n] = 0;
    char *p = buf, *end;
    while (*p == ' ' || *p == '\t' || *p == '\n') p++;
    double v = strtod(p, &end);
    if (end == p) return MP_OBJ_NULL;
    while (*end == ' ' || *end == '\t' || *end == '\n') end++;
    return *end ? MP_OBJ_NULL : mp_obj_new_float(v);
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

void float_init(void) {
    mp_type_float.name = qstr_from_str("float");
    mp_dict_store_q(mp_builtins, mp_type_float.name, &mp_type_float);
}
