// int.c: Python ints. Small ints are tagged words; anything larger is a bigint: sign and
// magnitude in 32-bit limbs (least significant first, no leading zero limbs), arithmetic in
// 64-bit intermediates so that it is the same on 32- and 64-bit machines. A result that fits
// a small int is always returned as one, so a bigint is never in the small range.
#include <math.h>
#include "obj.h"

#if defined(__i386__) && defined(__GNUC__)
#pragma GCC target("sse2", "fpmath=sse")    // doubles rounded once, as on 64-bit (no x87 80-bit)
#endif

typedef uint32_t limb_t;
typedef uint64_t dlimb_t;
typedef struct { mp_obj_base_t base; bool neg; size_t len; limb_t d[]; } mp_obj_bigint_t;

// An operand seen as sign and magnitude; small ints use the buffer.
typedef struct { bool neg; size_t len; const limb_t *d; limb_t buf[4]; } view_t;

static void view(mp_obj_t o, view_t *v) {
    if (MP_OBJ_IS_SMALL_INT(o)) {
        mp_int_t x = MP_OBJ_SMALL_INT_VALUE(o);
        v->neg = x < 0;
        uint64_t m = x < 0 ? (uint64_t)0 - (uint64_t)(int64_t)x : (uint64_t)x;
        v->len = 0;
        while (m) { v->buf[v->len++] = (limb_t)m; m >>= 32; }
        v->d = v->buf;
    } else {
        mp_obj_bigint_t *b = o;
        v->neg = b->neg;
        v->len = b->len;
        v->d = b->d;
    }
}

static mp_obj_bigint_t *big_new(size_t len) {
    mp_obj_bigint_t *b = gc_alloc(sizeof(mp_obj_bigint_t) + (len ? len : 1) * sizeof(limb_t));
    b->base.type = &mp_type_bigint;
    b->len = len;
    return b;
}

// Trim, and return a small int when the value fits one.
static mp_obj_t big_norm(mp_obj_bigint_t *b) {
    while (b->len > 0 && b->d[b->len - 1] == 0) b->len--;
    if (b->len <= 2) {
        uint64_t m = b->len == 0 ? 0 : b->len == 1 ? b->d[0] : ((uint64_t)b->d[1] << 32 | b->d[0]);
        if (m <= (uint64_t)MP_SMALL_INT_MAX) {
            return MP_OBJ_NEW_SMALL_INT(b->neg ? -(mp_int_t)m : (mp_int_t)m);
        }
        if (b->neg && m == (uint64_t)MP_SMALL_INT_MAX + 1) return MP_OBJ_NEW_SMALL_INT(MP_SMALL_INT_MIN);
    }
    return b;
}

mp_obj_t mp_obj_new_int(mp_int_t v) {
    if (MP_SMALL_INT_FITS(v)) return MP_OBJ_NEW_SMALL_INT(v);
    mp_obj_bigint_t *b = big_new(2);
    b->neg = v < 0;
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)(int64_t)v : (uint64_t)v;
    b->d[0] = (limb_t)m;
    b->d[1] = (limb_t)(m >> 32);
    return big_norm(b);
}

bool mp_obj_is_int(mp_obj_t o) { return MP_OBJ_IS_SMALL_INT(o) || mp_obj_is_type(o, &mp_type_bigint); }

// A bigint can still fit a word: on 32-bit machines small ints are 31-bit.
bool mp_obj_int_get_checked(mp_obj_t o, mp_int_t *out) {
    if (MP_OBJ_IS_SMALL_INT(o)) { *out = MP_OBJ_SMALL_INT_VALUE(o); return true; }
    mp_obj_bigint_t *b = o;
    if (b->len > 2) return false;
    uint64_t m = b->d[0] | (b->len > 1 ? (uint64_t)b->d[1] << 32 : 0);
    uint64_t max = (uint64_t)(mp_uint_t)-1 >> 1;            // the largest mp_int_t
    if (m > max + b->neg) return false;
    *out = b->neg ? (mp_int_t)(0 - m) : (mp_int_t)m;
    return true;
}

// --- magnitudes -------------------------------------------------------------------------------
static int mag_cmp(const limb_t *a, size_t na, const limb_t *b, size_t nb) {
    if (na != nb) return na < nb ? -1 : 1;
    for (size_t i = na; i-- > 0;) if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

static size_t mag_add(limb_t *r, const limb_t *a, size_t na, const limb_t *b, size_t nb) {
    if (na < nb) { const limb_t *t = a; a = b; b = t; size_t tn = na; na = nb; nb = tn; }
    dlimb_t carry = 0;
    for (size_t i = 0; i < na; i++) {
        carry += (dlimb_t)a[i] + (i < nb ? b[i] : 0);
        r[i] = (limb_t)carry;
        carry >>= 32;
    }
    r[na] = (limb_t)carry;
    return na + 1;
}

// r = a - b, a >= b
static size_t mag_sub(limb_t *r, const limb_t *a, size_t na, const limb_t *b, size_t nb) {
    int64_t borrow = 0;
    for (size_t i = 0; i < na; i++) {
        int64_t x = (int64_t)a[i] - (i < nb ? b[i] : 0) - borrow;
        borrow = x < 0;
        r[i] = (limb_t)(x + (borrow << 32));
    }
    return na;
}

static void mag_mul(limb_t *r, const limb_t *a, size_t na, const limb_t *b, size_t nb) {
    memset(r, 0, (na + nb) * sizeof(limb_t));
    for (size_t i = 0; i < na; i++) {
        dlimb_t carry = 0;
        for (size_t j = 0; j < nb; j++) {
            carry += (dlimb_t)a[i] * b[j] + r[i + j];
            r[i + j] = (limb_t)carry;
            carry >>= 32;
        }
        r[i + nb] = (limb_t)carry;
    }
}

// q = a / d, returns a % d
static limb_t mag_divmod_limb(limb_t *q, const limb_t *a, size_t na, limb_t d) {
    dlimb_t rem = 0;
    for (size_t i = na; i-- > 0;) {
        rem = (rem << 32) | a[i];
        q[i] = (limb_t)(rem / d);
        rem %= d;
    }
    return (limb_t)rem;
}

// q = u / v, r = u % v (magnitudes; v has two or more limbs): Knuth's algorithm D, as in
// Hacker's Delight (divmnu): normalise so v's top bit is set, then one quotient limb per step,
// estimated from the top two limbs and corrected at most twice.
static void mag_divmod(limb_t *q, limb_t *r, size_t *nr, const limb_t *u, size_t m,
                       const limb_t *v, size_t n) {
    memset(q, 0, m * sizeof(limb_t));
    if (mag_cmp(u, m, v, n) < 0) {
        memcpy(r, u, m * sizeof(limb_t));
        *nr = m;
        return;
    }
    unsigned s = (unsigned)__builtin_clz(v[n - 1]);
    limb_t *vn = gc_alloc(n * sizeof(limb_t)), *un = gc_alloc((m + 1) * sizeof(limb_t));
    for (size_t i = n - 1; i > 0; i--) vn[i] = (v[i] << s) | (s ? v[i - 1] >> (32 - s) : 0);
    vn[0] = v[0] << s;
    un[m] = s ? u[m - 1] >> (32 - s) : 0;
    for (size_t i = m - 1; i > 0; i--) un[i] = (u[i] << s) | (s ? u[i - 1] >> (32 - s) : 0);
    un[0] = u[0] << s;
    const dlimb_t base = (dlimb_t)1 << 32;
    for (size_t j = m - n + 1; j-- > 0;) {
        dlimb_t num = ((dlimb_t)un[j + n] << 32) | un[j + n - 1];
        dlimb_t qhat = num / vn[n - 1], rhat = num % vn[n - 1];
        while (qhat >= base || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
            qhat--;
            rhat += vn[n - 1];
            if (rhat >= base) break;
        }
        int64_t t, k = 0;               // multiply and subtract qhat * vn from un[j ..]
        for (size_t i = 0; i < n; i++) {
            dlimb_t p = qhat * vn[i];
            t = (int64_t)un[i + j] - k - (int64_t)(p & 0xFFFFFFFFu);
            un[i + j] = (limb_t)t;
            k = (int64_t)(p >> 32) - (t >> 32);
        }
        t = (int64_t)un[j + n] - k;
        un[j + n] = (limb_t)t;
        q[j] = (limb_t)qhat;
        if (t < 0) {                    // qhat was one too big: add vn back
            q[j]--;
            dlimb_t c = 0;
            for (size_t i = 0; i < n; i++) {
                c += (dlimb_t)un[i + j] + vn[i];
                un[i + j] = (limb_t)c;
                c >>= 32;
            }
            un[j + n] += (limb_t)c;
        }
    }
    for (size_t i = 0; i < n; i++) r[i] = (un[i] >> s) | (s ? un[i + 1] << (32 - s) : 0);
    *nr = n;
    while (*nr > 0 && r[*nr - 1] == 0) (*nr)--;
}

// --- operations ---------------------------------------------------------------------------
static mp_obj_t big_add(const view_t *a, const view_t *b, bool negate_b) {
    bool bneg = b->neg != negate_b;
    size_t n = (a->len > b->len ? a->len : b->len) + 1;
    mp_obj_bigint_t *r = big_new(n);
    if (a->neg == bneg) {
        r->len = mag_add(r->d, a->d, a->len, b->d, b->len);
        r->neg = a->neg;
    } else if (mag_cmp(a->d, a->len, b->d, b->len) >= 0) {
        r->len = mag_sub(r->d, a->d, a->len, b->d, b->len);
        r->neg = a->neg;
    } else {
        r->len = mag_sub(r->d, b->d, b->len, a->d, a->len);
        r->neg = bneg;
    }
    return big_norm(r);
}

static mp_obj_t big_mul(const view_t *a, const view_t *b) {
    mp_obj_bigint_t *r = big_new(a->len + b->len);
    mag_mul(r->d, a->d, a->len, b->d, b->len);
    r->neg = a->neg != b->neg;
    return big_norm(r);
}

// Python's floor division and modulo
static void big_divmod(const view_t *a, const view_t *b, mp_obj_t *qo, mp_obj_t *ro) {
    if (b->len == 0) mp_raise(&mp_type_ZeroDivisionError, "integer division or modulo by zero");
    mp_obj_bigint_t *q = big_new(a->len + 1), *r = big_new(b->len + 1);
    if (b->len == 1) {
        r->d[0] = mag_divmod_limb(q->d, a->d, a->len, b->d[0]);
        r->len = 1;
    } else {
        mag_divmod(q->d, r->d, &r->len, a->d, a->len, b->d, b->len);
    }
    q->len = a->len;
    while (r->len > 0 && r->d[r->len - 1] == 0) r->len--;
    bool differ = a->neg != b->neg;
    if (differ && r->len > 0) {
        // q = -(q + 1); r = |b| - r, with b's sign
        limb_t one = 1;
        q->len = mag_add(q->d, q->d, q->len, &one, 1);
        mp_obj_bigint_t *r2 = big_new(b->len);
        r2->len = mag_sub(r2->d, b->d, b->len, r->d, r->len);
        r = r2;
    }
    q->neg = differ;
    r->neg = b->neg;
    if (qo) *qo = big_norm(q);
    if (ro) *ro = big_norm(r);
}

static int int_cmp(mp_obj_t lhs, mp_obj_t rhs) {
    if (MP_OBJ_IS_SMALL_INT(lhs) && MP_OBJ_IS_SMALL_INT(rhs)) {
        mp_int_t a = MP_OBJ_SMALL_INT_VALUE(lhs), b = MP_OBJ_SMALL_INT_VALUE(rhs);
        return a < b ? -1 : a > b;
    }
    view_t a, b;
    view(lhs, &a);
    view(rhs, &b);
    if (a.neg != b.neg) return a.neg ? -1 : 1;
    int c = mag_cmp(a.d, a.len, b.d, b.len);
    return a.neg ? -c : c;
}

static size_t mag_bits(const limb_t *d, size_t n) {
    while (n > 0 && d[n - 1] == 0) n--;
    return n == 0 ? 0 : (n - 1) * 32 + (size_t)(32 - __builtin_clz(d[n - 1]));
}

static mp_obj_t int_from_u64(uint64_t m, bool neg) {
    mp_obj_bigint_t *b = big_new(2);
    b->neg = neg;
    b->d[0] = (limb_t)m;
    b->d[1] = (limb_t)(m >> 32);
    return big_norm(b);
}

// 64 bits of d from bit k up (the caller knows the rest is zero); *lost: a lower bit is set
static uint64_t mag_get64(const limb_t *d, size_t n, size_t k, bool *lost) {
    size_t w = k / 32;
    unsigned s = k % 32;
    uint64_t lo = (w < n ? d[w] : 0) | (uint64_t)(w + 1 < n ? d[w + 1] : 0) << 32;
    uint64_t hi = w + 2 < n ? d[w + 2] : 0;
    *lost = s != 0 && w < n && (d[w] & (((limb_t)1 << s) - 1)) != 0;
    for (size_t i = 0; i < w && i < n; i++) *lost |= d[i] != 0;
    return s ? (lo >> s) | (hi << (64 - s)) : lo;
}

// r (len limbs, room for one more) = r * m + a
static size_t mag_muladd(limb_t *r, size_t len, limb_t m, limb_t a) {
    dlimb_t carry = a;
    for (size_t i = 0; i < len; i++) {
        carry += (dlimb_t)r[i] * m;
        r[i] = (limb_t)carry;
        carry >>= 32;
    }
    if (carry) r[len++] = (limb_t)carry;
    return len;
}

// a << k, or a >> k rounding toward minus infinity (Python's shifts)
static mp_obj_t int_shift(mp_obj_t lhs, size_t k, bool left) {
    view_t a;
    view(lhs, &a);
    if (a.len == 0) return MP_OBJ_NEW_SMALL_INT(0);
    size_t w = k / 32;
    unsigned s = k % 32;
    mp_obj_bigint_t *r;
    if (left) {
        r = big_new(a.len + w + 1);
        memset(r->d, 0, w * sizeof(limb_t));
        limb_t carry = 0;
        for (size_t i = 0; i < a.len; i++) {
            r->d[w + i] = (a.d[i] << s) | carry;
            carry = s ? a.d[i] >> (32 - s) : 0;
        }
        r->d[w + a.len] = carry;
    } else {
        if (w >= a.len) return MP_OBJ_NEW_SMALL_INT(a.neg ? -1 : 0);
        r = big_new(a.len - w + 1);
        r->len = a.len - w;
        bool lost = s != 0 && (a.d[w] & (((limb_t)1 << s) - 1)) != 0;
        for (size_t i = 0; i < w; i++) lost |= a.d[i] != 0;
        for (size_t i = 0; i < r->len; i++) {
            limb_t hi = w + i + 1 < a.len ? a.d[w + i + 1] : 0;
            r->d[i] = s ? (a.d[w + i] >> s) | (hi << (32 - s)) : a.d[w + i];
        }
        if (a.neg && lost) {
            limb_t one = 1;
            r->len = mag_add(r->d, r->d, r->len, &one, 1);
        }
    }
    r->neg = a.neg;
    return big_norm(r);
}

static mp_obj_t int_shift_op(mp_obj_t lhs, mp_obj_t rhs, bool left) {
    if (int_cmp(rhs, MP_OBJ_NEW_SMALL_INT(0)) < 0) mp_raise(&mp_type_ValueError, "negative shift count");
    mp_int_t k;
    if (!mp_obj_int_get_checked(rhs, &k)) {
        if (lhs == MP_OBJ_NEW_SMALL_INT(0)) return lhs;
        if (left) mp_raise(&mp_type_OverflowError, "too many digits in integer");
        return MP_OBJ_NEW_SMALL_INT(int_cmp(lhs, MP_OBJ_NEW_SMALL_INT(0)) < 0 ? -1 : 0);
    }
    return int_shift(lhs, (size_t)k, left);
}

// v as n limbs of two's complement (n exceeds its magnitude's length)
static void to_twos(const view_t *v, limb_t *r, size_t n) {
    for (size_t i = 0; i < n; i++) r[i] = i < v->len ? v->d[i] : 0;
    if (!v->neg) return;
    dlimb_t carry = 1;
    for (size_t i = 0; i < n; i++) {
        carry += (limb_t)~r[i];
        r[i] = (limb_t)carry;
        carry >>= 32;
    }
}

// & | ^ with the infinite two's complement of Python's negative ints
static mp_obj_t int_bitwise(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    view_t a, b;
    view(lhs, &a);
    view(rhs, &b);
    size_t n = (a.len > b.len ? a.len : b.len) + 1;
    limb_t *y = gc_alloc(n * sizeof(limb_t));
    mp_obj_bigint_t *r = big_new(n);
    to_twos(&a, r->d, n);
    to_twos(&b, y, n);
    for (size_t i = 0; i < n; i++) {
        r->d[i] = op == MP_BINARY_OP_AND ? r->d[i] & y[i] : op == MP_BINARY_OP_OR ? r->d[i] | y[i] : r->d[i] ^ y[i];
    }
    r->neg = r->d[n - 1] >> 31;
    if (r->neg) {       // back to sign and magnitude
        view_t t = {.neg = true, .len = n, .d = r->d};
        to_twos(&t, r->d, n);
    }
    return big_norm(r);
}

// Correctly rounded: the top 55 bits, with a sticky bit for the rest, round once.
double mp_bigint_to_double(mp_obj_t o) {
    if (MP_OBJ_IS_SMALL_INT(o)) return (double)MP_OBJ_SMALL_INT_VALUE(o);
    view_t v;
    view(o, &v);
    size_t bits = mag_bits(v.d, v.len);
    if (bits > 1024) mp_raise(&mp_type_OverflowError, "int too large to convert to float");
    size_t k = bits > 55 ? bits - 55 : 0;
    bool lost;
    uint64_t m = mag_get64(v.d, v.len, k, &lost);
    double d = ldexp((double)(m | lost), (int)k);
    if (isinf(d)) mp_raise(&mp_type_OverflowError, "int too large to convert to float");
    return v.neg ? -d : d;
}

mp_obj_t mp_obj_new_int_from_double(double d) {
    if (isnan(d)) mp_raise(&mp_type_ValueError, "cannot convert float NaN to integer");
    if (isinf(d)) mp_raise(&mp_type_OverflowError, "cannot convert float infinity to integer");
    d = trunc(d);
    double a = fabs(d);
    if (a < 9.2e18) return int_from_u64((uint64_t)a, d < 0);
    int e;
    double m = frexp(a, &e);           // a = m * 2**e, e > 63
    return int_shift(int_from_u64((uint64_t)ldexp(m, 53), d < 0), (size_t)(e - 53), true);
}

// int / int, correctly rounded: a quotient of 55 or 56 bits plus a sticky bit, rounded once
static mp_obj_t int_true_divide(mp_obj_t lhs, mp_obj_t rhs) {
    view_t a, b;
    view(lhs, &a);
    view(rhs, &b);
    if (b.len == 0) mp_raise(&mp_type_ZeroDivisionError, "division by zero");
    long abits = (long)mag_bits(a.d, a.len), bbits = (long)mag_bits(b.d, b.len);
    bool neg = a.neg != b.neg;
    if (abits <= 53 && bbits <= 53) {   // exact as doubles: one rounding
        double x = mp_bigint_to_double(lhs), y = mp_bigint_to_double(rhs);
        return mp_obj_new_float(x / y);
    }
    if (abits == 0) return mp_obj_new_float(neg ? -0.0 : 0.0);
    if (abits - bbits < -1080) return mp_obj_new_float(neg ? -0.0 : 0.0);   // far below the smallest double
    if (abits - bbits > 1030) mp_raise(&mp_type_OverflowError, "integer division result too large for a float");
    long s = 55 - (abits - bbits);
    mp_obj_t num = int_shift(a.neg ? mp_int_unary_op(MP_UNARY_OP_NEGATIVE, lhs) : lhs, s > 0 ? (size_t)s : 0, true);
    mp_obj_t den = int_shift(b.neg ? mp_int_unary_op(MP_UNARY_OP_NEGATIVE, rhs) : rhs, s < 0 ? (size_t)-s : 0, true);
    view_t vn, vd;
    view(num, &vn);
    view(den, &vd);
    mp_obj_t q, r;
    big_divmod(&vn, &vd, &q, &r);
    view_t vq;
    view(q, &vq);
    bool lost;
    uint64_t m = mag_get64(vq.d, vq.len, 0, &lost);
    double d = ldexp((double)(m | (r != MP_OBJ_NEW_SMALL_INT(0))), (int)-s);
    if (isinf(d)) mp_raise(&mp_type_OverflowError, "integer division result too large for a float");
    return mp_obj_new_float(neg ? -d : d);
}

static mp_obj_t int_op2(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs);

static mp_obj_t int_pow(mp_obj_t base, mp_obj_t exp) {
    if (int_cmp(exp, MP_OBJ_NEW_SMALL_INT(0)) < 0) {
        // a float result, as CPython: float(base) ** float(exp)
        double b = mp_bigint_to_double(base);
        if (b == 0) mp_raise(&mp_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return mp_float_binary_op(MP_BINARY_OP_POWER, mp_obj_new_float(b), exp);
    }
    if (!MP_OBJ_IS_SMALL_INT(exp)) {
        if (base == MP_OBJ_NEW_SMALL_INT(0) || base == MP_OBJ_NEW_SMALL_INT(1)) return base;
        if (base == MP_OBJ_NEW_SMALL_INT(-1)) return int_op2(MP_BINARY_OP_AND, exp, MP_OBJ_NEW_SMALL_INT(1)) == MP_OBJ_NEW_SMALL_INT(0) ? MP_OBJ_NEW_SMALL_INT(1) : base;
        mp_raise_obj(mp_memory_error_obj);
    }
    mp_int_t e = MP_OBJ_SMALL_INT_VALUE(exp);
    mp_obj_t result = MP_OBJ_NEW_SMALL_INT(1);
    while (e > 0) {
        if (e & 1) result = int_op2(MP_BINARY_OP_MULTIPLY, result, base);
        e >>= 1;
        if (e > 0) base = int_op2(MP_BINARY_OP_MULTIPLY, base, base);
    }
    return result;
}

// The arithmetic of two ints (small or big); MP_OBJ_NULL if op is not an int operation.
static mp_obj_t int_op2(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        op += MP_BINARY_OP_OR - MP_BINARY_OP_INPLACE_OR;
    }
    if (MP_OBJ_IS_SMALL_INT(lhs) && MP_OBJ_IS_SMALL_INT(rhs)) {
        mp_int_t a = MP_OBJ_SMALL_INT_VALUE(lhs), b = MP_OBJ_SMALL_INT_VALUE(rhs), r;
        switch (op) {
            case MP_BINARY_OP_ADD: return mp_obj_new_int(a + b);     // cannot overflow a word
            case MP_BINARY_OP_SUBTRACT: return mp_obj_new_int(a - b);
            case MP_BINARY_OP_MULTIPLY:
                if (!__builtin_mul_overflow(a, b, &r)) return mp_obj_new_int(r);
                break;
            case MP_BINARY_OP_FLOOR_DIVIDE: case MP_BINARY_OP_MODULO:
                if (b == 0) {
                    mp_raise(&mp_type_ZeroDivisionError, op == MP_BINARY_OP_MODULO ? "integer modulo by zero"
                             : "integer division or modulo by zero");
                }
                if (op == MP_BINARY_OP_MODULO) {
                    r = a % b;
                    return MP_OBJ_NEW_SMALL_INT((r != 0 && (r < 0) != (b < 0)) ? r + b : r);
                }
                r = a / b;
                return mp_obj_new_int((a % b != 0 && (a < 0) != (b < 0)) ? r - 1 : r);
            case MP_BINARY_OP_TRUE_DIVIDE: {
                int64_t lim = (int64_t)1 << 53;       // both exact as doubles: one rounding
                if (b != 0 && a <= lim && a >= -lim && b <= lim && b >= -lim) return mp_obj_new_float((double)a / (double)b);
                break;
            }
            case MP_BINARY_OP_AND: return MP_OBJ_NEW_SMALL_INT(a & b);
            case MP_BINARY_OP_OR: return MP_OBJ_NEW_SMALL_INT(a | b);
            case MP_BINARY_OP_XOR: return MP_OBJ_NEW_SMALL_INT(a ^ b);
            case MP_BINARY_OP_RSHIFT:
                if (b < 0) mp_raise(&mp_type_ValueError, "negative shift count");
                return MP_OBJ_NEW_SMALL_INT(b >= (mp_int_t)(sizeof(mp_int_t) * 8) ? (a < 0 ? -1 : 0) : a >> b);
            case MP_BINARY_OP_LSHIFT:
                if (b < 0) mp_raise(&mp_type_ValueError, "negative shift count");
                if (b < (mp_int_t)(sizeof(mp_int_t) * 8 - 2)) {
                    r = (mp_int_t)((mp_uint_t)a << b);
                    if ((r >> b) == a && MP_SMALL_INT_FITS(r)) return MP_OBJ_NEW_SMALL_INT(r);
                }
                break;
            default: break;
        }
    }
    view_t a, b;
    switch (op) {
        case MP_BINARY_OP_ADD: case MP_BINARY_OP_SUBTRACT:
            view(lhs, &a); view(rhs, &b);
            return big_add(&a, &b, op == MP_BINARY_OP_SUBTRACT);
        case MP_BINARY_OP_MULTIPLY:
            view(lhs, &a); view(rhs, &b);
            return big_mul(&a, &b);
        case MP_BINARY_OP_FLOOR_DIVIDE: case MP_BINARY_OP_MODULO: {
            view(lhs, &a); view(rhs, &b);
            mp_obj_t q, r;
            if (b.len == 0 && op == MP_BINARY_OP_MODULO) mp_raise(&mp_type_ZeroDivisionError, "integer modulo by zero");
            big_divmod(&a, &b, &q, &r);
            return op == MP_BINARY_OP_MODULO ? r : q;
        }
        case MP_BINARY_OP_TRUE_DIVIDE: return int_true_divide(lhs, rhs);
        case MP_BINARY_OP_POWER: return int_pow(lhs, rhs);
        case MP_BINARY_OP_LSHIFT: case MP_BINARY_OP_RSHIFT: return int_shift_op(lhs, rhs, op == MP_BINARY_OP_LSHIFT);
        case MP_BINARY_OP_LESS: return mp_obj_new_bool(int_cmp(lhs, rhs) < 0);
        case MP_BINARY_OP_MORE: return mp_obj_new_bool(int_cmp(lhs, rhs) > 0);
        case MP_BINARY_OP_LESS_EQUAL: return mp_obj_new_bool(int_cmp(lhs, rhs) <= 0);
        case MP_BINARY_OP_MORE_EQUAL: return mp_obj_new_bool(int_cmp(lhs, rhs) >= 0);
        case MP_BINARY_OP_EQUAL: return mp_obj_new_bool(int_cmp(lhs, rhs) == 0);
        case MP_BINARY_OP_NOT_EQUAL: return mp_obj_new_bool(int_cmp(lhs, rhs) != 0);
        case MP_BINARY_OP_AND: case MP_BINARY_OP_OR: case MP_BINARY_OP_XOR: return int_bitwise(op, lhs, rhs);
        default: return MP_OBJ_NULL;
    }
}

// bool is an int subclass: True + 1 == 2
static mp_obj_t as_int(mp_obj_t o) {
    if (o == mp_const_false) return MP_OBJ_NEW_SMALL_INT(0);
    if (o == mp_const_true) return MP_OBJ_NEW_SMALL_INT(1);
    return mp_obj_is_int(o) ? o : MP_OBJ_NULL;
}

mp_obj_t mp_int_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    bool bools = (lhs == mp_const_true || lhs == mp_const_false) && (rhs == mp_const_true || rhs == mp_const_false);
    if (bools && (op == MP_BINARY_OP_AND || op == MP_BINARY_OP_OR || op == MP_BINARY_OP_XOR
                  || op == MP_BINARY_OP_INPLACE_AND || op == MP_BINARY_OP_INPLACE_OR || op == MP_BINARY_OP_INPLACE_XOR)) {
        mp_obj_t r = int_op2(op, as_int(lhs), as_int(rhs));
        return mp_obj_new_bool(r != MP_OBJ_NEW_SMALL_INT(0));
    }
    lhs = as_int(lhs);
    rhs = as_int(rhs);
    if (lhs == MP_OBJ_NULL || rhs == MP_OBJ_NULL) return MP_OBJ_NULL;
    return int_op2(op, lhs, rhs);
}

mp_obj_t mp_int_unary_op(mp_int_t op, mp_obj_t o) {
    o = as_int(o);
    switch (op) {
        case MP_UNARY_OP_BOOL: return mp_obj_new_bool(o != MP_OBJ_NEW_SMALL_INT(0));
        case MP_UNARY_OP_POSITIVE: return o;
        case MP_UNARY_OP_NEGATIVE: return int_op2(MP_BINARY_OP_SUBTRACT, MP_OBJ_NEW_SMALL_INT(0), o);
        case MP_UNARY_OP_INVERT:
            return int_op2(MP_BINARY_OP_SUBTRACT, MP_OBJ_NEW_SMALL_INT(-1), o);
        default: return MP_OBJ_NULL;
    }
}

// pow(base, exp, mod) for ints; a negative exp takes the modular inverse, as CPython
mp_obj_t mp_int_pow_mod(mp_obj_t base, mp_obj_t exp, mp_obj_t mod) {
    base = as_int(base), exp = as_int(exp), mod = as_int(mod);
    if (mod == MP_OBJ_NEW_SMALL_INT(0)) mp_raise(&mp_type_ValueError, "pow() 3rd argument cannot be 0");
    bool neg_mod = int_cmp(mod, MP_OBJ_NEW_SMALL_INT(0)) < 0;
    if (neg_mod) mod = mp_int_unary_op(MP_UNARY_OP_NEGATIVE, mod);
    base = int_op2(MP_BINARY_OP_MODULO, base, mod);
    if (int_cmp(exp, MP_OBJ_NEW_SMALL_INT(0)) < 0) {
        // extended Euclid: x with base * x == 1 (mod)
        mp_obj_t r0 = mod, r1 = base, x0 = MP_OBJ_NEW_SMALL_INT(0), x1 = MP_OBJ_NEW_SMALL_INT(1);
        while (r1 != MP_OBJ_NEW_SMALL_INT(0)) {
            mp_obj_t q, r;
            view_t a, b;
            view(r0, &a);
            view(r1, &b);
            big_divmod(&a, &b, &q, &r);
            mp_obj_t x = int_op2(MP_BINARY_OP_SUBTRACT, x0, int_op2(MP_BINARY_OP_MULTIPLY, q, x1));
            r0 = r1, r1 = r, x0 = x1, x1 = x;
        }
        if (r0 != MP_OBJ_NEW_SMALL_INT(1)) mp_raise(&mp_type_ValueError, "base is not invertible for the given modulus");
        base = int_op2(MP_BINARY_OP_MODULO, x0, mod);
        exp = mp_int_unary_op(MP_UNARY_OP_NEGATIVE, exp);
    }
    mp_obj_t r = int_op2(MP_BINARY_OP_MODULO, MP_OBJ_NEW_SMALL_INT(1), mod);
    view_t e;
    view(exp, &e);
    for (size_t bit = mag_bits(e.d, e.len); bit-- > 0;) {     // square and multiply, top bit first
        r = int_op2(MP_BINARY_OP_MODULO, int_op2(MP_BINARY_OP_MULTIPLY, r, r), mod);
        if ((e.d[bit / 32] >> (bit % 32)) & 1) r = int_op2(MP_BINARY_OP_MODULO, int_op2(MP_BINARY_OP_MULTIPLY, r, base), mod);
    }
    if (neg_mod && r != MP_OBJ_NEW_SMALL_INT(0)) r = int_op2(MP_BINARY_OP_SUBTRACT, r, mod);
    return r;
}

// round(x, ndigits) for an int: half to even at 10**-ndigits
mp_obj_t mp_int_round(mp_obj_t x, mp_int_t ndigits) {
    x = as_int(x);
    if (ndigits >= 0) return x;
    mp_obj_t p = int_pow(MP_OBJ_NEW_SMALL_INT(10), mp_obj_new_int(-ndigits)), q, r;
    view_t a, b;
    view(x, &a);
    view(p, &b);
    big_divmod(&a, &b, &q, &r);
    int c = int_cmp(int_op2(MP_BINARY_OP_ADD, r, r), p);
    if (c > 0 || (c == 0 && int_op2(MP_BINARY_OP_AND, q, MP_OBJ_NEW_SMALL_INT(1)) != MP_OBJ_NEW_SMALL_INT(0))) {
        q = int_op2(MP_BINARY_OP_ADD, q, MP_OBJ_NEW_SMALL_INT(1));
    }
    return int_op2(MP_BINARY_OP_MULTIPLY, q, p);
}

// CPython's int hash: the value modulo 2**61 - 1 with its sign, -1 becoming -2
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
mp_hash_t mp_int_hash(mp_obj_t o) {
    view_t v;
    view(o, &v);
    uint64_t x = 0;
    for (size_t i = v.len; i-- > 0;) {
        // x * 2**32 is a rotation by 32 in the 61-bit field
        x = ((x << 32) & HASH_MODULUS) | (x >> (HASH_BITS - 32));
        x += v.d[i];
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    mp_hash_t h = v.neg ? -(mp_hash_t)x : (mp_hash_t)x;
    return h == -1 ? -2 : h;
}

// CPython 3.11's default limit on decimal conversions (sys.set_int_max_str_digits)
#define MAX_STR_DIGITS 4300

void mp_int_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    if (MP_OBJ_IS_SMALL_INT(o)) {
        vstr_printf(out, "%ld", (long)MP_OBJ_SMALL_INT_VALUE(o));
        return;
    }
    mp_obj_bigint_t *b = o;
    // peel off 9 decimal digits at a time
    limb_t *q = gc_alloc(b->len * sizeof(limb_t));
    memcpy(q, b->d, b->len * sizeof(limb_t));
    size_t n = b->len, n_chunks = 0;
    limb_t *chunks = gc_alloc((b->len * 10 / 9 + 2) * sizeof(limb_t));
    while (n > 0) {
        chunks[n_chunks++] = mag_divmod_limb(q, q, n, 1000000000u);
        while (n > 0 && q[n - 1] == 0) n--;
    }
    size_t top_digits = 1;
    for (limb_t t = chunks[n_chunks - 1]; t >= 10; t /= 10) top_digits++;
    if ((n_chunks - 1) * 9 + top_digits > MAX_STR_DIGITS) {
        mp_raise(&mp_type_ValueError, "Exceeds the limit (%d digits) for integer string conversion; "
                 "use sys.set_int_max_str_digits() to increase the limit", MAX_STR_DIGITS);
    }
    if (b->neg) vstr_add_char(out, '-');
    vstr_printf(out, "%ld", (long)chunks[n_chunks - 1]);
    for (size_t i = n_chunks - 1; i-- > 0;) {
        char buf[16];
        for (int k = 8; k >= 0; k--) { buf[k] = (char)('0' + chunks[i] % 10); chunks[i] /= 10; }
        vstr_add_strn(out, buf, 9);
    }
}

// o in base 2, 8 or 16 after prefix (hex, oct, bin)
mp_obj_t mp_int_format_base(mp_obj_t o, int base, const char *prefix) {
    view_t v;
    view(as_int(o), &v);
    unsigned w = base == 16 ? 4 : base == 8 ? 3 : 1;
    size_t bits = mag_bits(v.d, v.len), n = bits == 0 ? 1 : (bits + w - 1) / w;
    vstr_t s;
    vstr_init(&s, n + 4);
    if (v.neg) vstr_add_char(&s, '-');
    vstr_add_str(&s, prefix);
    for (size_t i = n; i-- > 0;) {
        unsigned d = 0;
        for (unsigned j = w; j-- > 0;) {
            size_t bit = i * w + j;
            d = d * 2 + (bit / 32 < v.len ? (v.d[bit / 32] >> (bit % 32)) & 1 : 0);
        }
        vstr_add_char(&s, "0123456789abcdef"[d]);
    }
    return mp_obj_new_str_from_vstr(&s);
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// CPython's int() syntax: sign, base prefix, single underscores between digits; NULL if invalid
mp_obj_t mp_obj_int_from_str(const char *s, size_t n, int base) {
    size_t i = 0;
    while (i < n && is_space(s[i])) i++;
    while (n > i && is_space(s[n - 1])) n--;
    bool neg = false, zero_only = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    char p = i + 1 < n && s[i] == '0' ? (char)(s[i + 1] | 0x20) : 0;
    if (base == 0) {
        base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
        zero_only = base == 10 && i < n && s[i] == '0';     // no C-style octal: "0" digits only
    }
    if ((base == 16 && p == 'x') || (base == 8 && p == 'o') || (base == 2 && p == 'b')) {
        i += 2;
        if (i < n && s[i] == '_') i++;
    }
    if (i >= n || s[i] == '_') return MP_OBJ_NULL;
    mp_obj_bigint_t *r = big_new((n - i) * 6 / 32 + 2);
    r->len = 0;
    limb_t chunk = 0, scale = 1;
    bool underscore = false;
    size_t n_digits = 0;
    for (; i < n; i++) {
        char c = s[i];
        if (c == '_') {
            if (underscore) return MP_OBJ_NULL;
            underscore = true;
            continue;
        }
        underscore = false;
        int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : 99;
        if (d >= base) return MP_OBJ_NULL;
        chunk = chunk * (limb_t)base + (limb_t)d;
        scale *= (limb_t)base;
        n_digits++;
        if (scale > UINT32_MAX / 36) {
            r->len = mag_muladd(r->d, r->len, scale, chunk);
            chunk = 0, scale = 1;
        }
    }
    if (underscore) return MP_OBJ_NULL;
    if ((base & (base - 1)) != 0 && n_digits > MAX_STR_DIGITS) {
        mp_raise(&mp_type_ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d "
                 "digits; use sys.set_int_max_str_digits() to increase the limit", MAX_STR_DIGITS, (int)n_digits);
    }
    r->len = mag_muladd(r->d, r->len, scale, chunk);
    r->neg = neg;
    mp_obj_t v = big_norm(r);
    return zero_only && v != MP_OBJ_NEW_SMALL_INT(0) ? MP_OBJ_NULL : v;
}

static mp_obj_t parse_or_raise(mp_obj_t text, mp_obj_t shown, int base) {
    mp_obj_str_t *s = text;
    mp_obj_t r = mp_obj_int_from_str(s->data, s->len, base);
    if (r == MP_OBJ_NULL) mp_raise(&mp_type_ValueError, "invalid literal for int() with base %d: %R", base, shown);
    return r;
}

static bool is_bytes_like(mp_obj_t o) {
    const char *t = mp_type_name(o);
    return strcmp(t, "bytes") == 0 || strcmp(t, "bytearray") == 0;
}

// int(x=0, /, base=10)
static mp_obj_t int_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)type;
    mp_obj_t x = n > 0 ? a[0] : MP_OBJ_NULL, base_o = n > 1 ? a[1] : MP_OBJ_NULL;
    if (n > 2) mp_raise(&mp_type_TypeError, "int() takes at most 2 arguments (%d given)", (int)n);
    for (size_t i = 0; i < n_kw; i++) {
        const char *k = qstr_str(mp_obj_str_qstr(kw[2 * i]));
        if (strcmp(k, "base") != 0) mp_raise(&mp_type_TypeError, "'%s' is an invalid keyword argument for int()", k);
        base_o = kw[2 * i + 1];
    }
    if (x == MP_OBJ_NULL) {
        if (base_o != MP_OBJ_NULL) mp_raise(&mp_type_TypeError, "int() missing string argument");
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    int base = 10;
    if (base_o != MP_OBJ_NULL) {
        mp_int_t b = mp_obj_get_int(base_o);
        if (b != 0 && (b < 2 || b > 36)) mp_raise(&mp_type_ValueError, "int() base must be >= 2 and <= 36, or 0");
        base = (int)b;
        if (!mp_obj_is_str(x) && !is_bytes_like(x)) mp_raise(&mp_type_TypeError, "int() can't convert non-string with explicit base");
    }
    if (mp_obj_is_str(x)) return parse_or_raise(x, x, base);
    if (is_bytes_like(x)) {
        mp_obj_t dest[2];
        mp_load_method(x, qstr_from_str("decode"), dest);
        return parse_or_raise(mp_call(dest[0], 1, &dest[1], 0, NULL), x, base);
    }
    if (mp_obj_is_float(x)) return mp_obj_new_int_from_double(mp_obj_float_value(x));
    mp_obj_t r = as_int(x);
    if (r == MP_OBJ_NULL && !MP_OBJ_IS_SMALL_INT(x) && (mp_type_of(x)->flags & MP_TYPE_FLAG_USER)) {
        mp_obj_t v;
        if (mp_call_special(x, qstr_from_str("__int__"), 0, NULL, &v)
            || mp_call_special(x, qstr_from_str("__index__"), 0, NULL, &v)) {
            if ((r = as_int(v)) == MP_OBJ_NULL) mp_raise(&mp_type_TypeError, "__int__ returned non-int (type %T)", v);
        }
    }
    if (r == MP_OBJ_NULL) {
        mp_raise(&mp_type_TypeError, "int() argument must be a string, a bytes-like object or a "
                 "real number, not '%T'", x);
    }
    return r;
}

static mp_obj_t bigint_binary(mp_int_t op, mp_obj_t l, mp_obj_t r) { return mp_int_binary_op(op, l, r); }

mp_obj_type_t mp_type_int = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .print = mp_int_print,
    .make_new = int_make_new, .binary_op = bigint_binary, .unary_op = mp_int_unary_op,
};
// A bigint's type is int to the program (mp_type_of maps it, obj.c); a separate C type only
// tells the representation.
mp_obj_type_t mp_type_bigint = {
    .base = {&mp_type_type}, .parent = &mp_type_int, .print = mp_int_print,
    .make_new = int_make_new, .binary_op = bigint_binary, .unary_op = mp_int_unary_op,
};

// --- methods ----------------------------------------------------------------------------------
MP_BUILTIN(int_bit_length, "bit_length", 1, 1, false);
static mp_obj_t int_bit_length(size_t n, const mp_obj_t *args, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    view_t v;
    view(as_int(args[0]), &v);
    return mp_obj_new_int((mp_int_t)mag_bits(v.d, v.len));
}
MP_BUILTIN(int_bit_count, "bit_count", 1, 1, false);
static mp_obj_t int_bit_count(size_t n, const mp_obj_t *args, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    view_t v;
    view(as_int(args[0]), &v);
    mp_int_t c = 0;
    for (size_t i = 0; i < v.len; i++) c += __builtin_popcount(v.d[i]);
    return mp_obj_new_int(c);
}

// to_bytes / from_bytes arguments: (length, byteorder) or (bytes, byteorder), signed= keyword
static bool bytes_args(const char *fn, size_t n, const mp_obj_t *args, size_t n_kw, const mp_obj_t *kw,
                       mp_obj_t *first, bool *little) {
    mp_obj_t order = n > 2 ? args[2] : MP_OBJ_NULL;
    bool is_signed = false;
    for (size_t i = 0; i < n_kw; i++) {
        const char *k = qstr_str(mp_obj_str_qstr(kw[2 * i]));
        if (strcmp(k, "signed") == 0) is_signed = mp_obj_is_true(kw[2 * i + 1]);
        else if (strcmp(k, "byteorder") == 0) order = kw[2 * i + 1];
        else if (strcmp(k, fn[0] == 't' ? "length" : "bytes") == 0) *first = kw[2 * i + 1];
        else mp_raise(&mp_type_TypeError, "'%s' is an invalid keyword argument for %s()", k, fn);
    }
    const char *o = order == MP_OBJ_NULL ? "big" : mp_obj_is_str(order) ? ((mp_obj_str_t *)order)->data : "";
    if (order != MP_OBJ_NULL && !mp_obj_is_str(order)) {
        mp_raise(&mp_type_TypeError, "%s() argument 'byteorder' must be str, not %T", fn, order);
    }
    if (strcmp(o, "big") != 0 && strcmp(o, "little") != 0) {
        mp_raise(&mp_type_ValueError, "byteorder must be either 'little' or 'big'");
    }
    *little = o[0] == 'l';
    return is_signed;
}

MP_BUILTIN(int_to_bytes, "to_bytes", 1, 3, true);
static mp_obj_t int_to_bytes(size_t n, const mp_obj_t *args, size_t n_kw, const mp_obj_t *kw) {
    mp_obj_t len_o = n > 1 ? args[1] : MP_OBJ_NEW_SMALL_INT(1);
    bool little, is_signed = bytes_args("to_bytes", n, args, n_kw, kw, &len_o, &little);
    mp_int_t len = mp_obj_get_int(len_o);
    if (len < 0) mp_raise(&mp_type_ValueError, "length argument must be non-negative");
    mp_obj_t x = as_int(args[0]);
    view_t v;
    view(x, &v);
    if (v.neg && !is_signed) mp_raise(&mp_type_OverflowError, "can't convert negative int to unsigned");
    // signed: the bits of x, or of ~x when negative, must leave the sign bit free
    view_t m = v;
    if (v.neg) view(mp_int_unary_op(MP_UNARY_OP_INVERT, x), &m);
    size_t bits = mag_bits(m.d, m.len) + is_signed;
    if (bits > (size_t)len * 8) mp_raise(&mp_type_OverflowError, "int too big to convert");
    size_t nl = (size_t)len / 4 + 2;
    limb_t *t = gc_alloc(nl * sizeof(limb_t));
    to_twos(&v, t, nl);
    mp_obj_t items = mp_obj_new_list((size_t)len, NULL);
    for (mp_int_t i = 0; i < len; i++) {
        mp_int_t at = little ? i : len - 1 - i;
        ((mp_obj_list_t *)items)->items[at] = MP_OBJ_NEW_SMALL_INT((t[i / 4] >> (i % 4 * 8)) & 0xff);
    }
    mp_obj_t bytes = mp_dict_get_q(mp_builtins, qstr_from_str("bytes"));
    if (bytes == MP_OBJ_NULL) mp_raise(&mp_type_NotImplementedError, "bytes are not supported yet");
    return mp_call1(bytes, items);
}

MP_BUILTIN(int_from_bytes, "from_bytes", 1, 3, true);
static mp_obj_t int_from_bytes(size_t n, const mp_obj_t *args, size_t n_kw, const mp_obj_t *kw) {
    mp_obj_t src = n > 1 ? args[1] : MP_OBJ_NULL;      // args[0] is the class
    bool little, is_signed = bytes_args("from_bytes", n, args, n_kw, kw, &src, &little);
    if (src == MP_OBJ_NULL) mp_raise(&mp_type_TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
    mp_obj_t l = mp_obj_new_list(0, NULL), it = mp_getiter(src), b;
    while ((b = mp_iternext(it)) != MP_OBJ_NULL) {
        mp_int_t k = mp_obj_get_int(b);
        if (k < 0 || k > 255) mp_raise(&mp_type_ValueError, "bytes must be in range(0, 256)");
        mp_obj_list_append(l, b);
    }
    mp_obj_list_t *bl = l;
    size_t len = bl->len;
    mp_obj_bigint_t *r = big_new(len / 4 + 1);
    r->len = len / 4 + 1;
    memset(r->d, 0, r->len * sizeof(limb_t));
    for (size_t i = 0; i < len; i++) {
        limb_t byte = (limb_t)MP_OBJ_SMALL_INT_VALUE(as_int(bl->items[little ? i : len - 1 - i]));
        r->d[i / 4] |= byte << (i % 4 * 8);
    }
    mp_obj_t v = big_norm(r);
    if (is_signed && len > 0 && mag_bits(r->d, r->len) == len * 8) {     // the sign bit is set
        v = int_op2(MP_BINARY_OP_SUBTRACT, v, int_shift(MP_OBJ_NEW_SMALL_INT(1), len * 8, true));
    }
    return v;
}
static const mp_obj_static_class_method_t int_from_bytes_cm = {{&mp_type_classmethod}, (mp_obj_t)&int_from_bytes_obj};

void int_init(void) {
    static const mp_obj_builtin_fun_t *const methods[] = {&int_bit_length_obj, &int_bit_count_obj, &int_to_bytes_obj};
    for (size_t i = 0; i < sizeof methods / sizeof *methods; i++) mp_store_method(&mp_type_int, methods[i]);
    mp_dict_store_q(mp_type_int.locals, qstr_from_str("from_bytes"), (mp_obj_t)&int_from_bytes_cm);
}
