// int.c: Python ints. Small ints are tagged words; anything larger is a bigint: sign and
// magnitude in 32-bit limbs (least significant first, no leading zero limbs), arithmetic in
// 64-bit intermediates so that it is the same on 32- and 64-bit machines. A result that fits
// a small int is always returned as one, so a bigint is never in the small range.
#include "obj.h"

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

bool mp_obj_int_get_checked(mp_obj_t o, mp_int_t *out) {
    if (MP_OBJ_IS_SMALL_INT(o)) { *out = MP_OBJ_SMALL_INT_VALUE(o); return true; }
    return false;       // a bigint is outside the small range, and so (nearly) outside a word
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

// q = a / b, r = a % b (magnitudes; b has two or more limbs): shift and subtract, a bit at
// a time. Simple, and fast enough for the sizes programs print.
static void mag_divmod(limb_t *q, limb_t *r, size_t *nr, const limb_t *a, size_t na,
                       const limb_t *b, size_t nb) {
    memset(q, 0, na * sizeof(limb_t));
    size_t len = 0;                           // r's length
    memset(r, 0, (nb + 1) * sizeof(limb_t));
    for (size_t bit = na * 32; bit-- > 0;) {
        // r = r * 2 + next bit of a
        limb_t carry = (a[bit / 32] >> (bit % 32)) & 1;
        for (size_t i = 0; i < len; i++) {
            limb_t top = r[i] >> 31;
            r[i] = (r[i] << 1) | carry;
            carry = top;
        }
        if (carry) r[len++] = carry;
        if (mag_cmp(r, len, b, nb) >= 0) {
            mag_sub(r, r, len, b, nb);
            while (len > 0 && r[len - 1] == 0) len--;
            q[bit / 32] |= (limb_t)1 << (bit % 32);
        }
    }
    *nr = len;
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

static mp_obj_t int_op2(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs);

static mp_obj_t int_pow(mp_obj_t base, mp_obj_t exp) {
    if (!MP_OBJ_IS_SMALL_INT(exp)) mp_raise(&mp_type_MemoryError, "");
    mp_int_t e = MP_OBJ_SMALL_INT_VALUE(exp);
    if (e < 0) return mp_float_binary_op(MP_BINARY_OP_POWER, base, exp);
    mp_obj_t result = MP_OBJ_NEW_SMALL_INT(1);
    while (e > 0) {
        if (e & 1) result = int_op2(MP_BINARY_OP_MULTIPLY, result, base);
        e >>= 1;
        if (e > 0) base = int_op2(MP_BINARY_OP_MULTIPLY, base, base);
    }
    return result;
}

static mp_obj_t pow2(mp_int_t k) { return int_pow(MP_OBJ_NEW_SMALL_INT(2), MP_OBJ_NEW_SMALL_INT(k)); }

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
        case MP_BINARY_OP_POWER: return int_pow(lhs, rhs);
        case MP_BINARY_OP_LSHIFT: case MP_BINARY_OP_RSHIFT: {
            if (int_cmp(rhs, MP_OBJ_NEW_SMALL_INT(0)) < 0) mp_raise(&mp_type_ValueError, "negative shift count");
            if (!MP_OBJ_IS_SMALL_INT(rhs)) mp_raise(&mp_type_OverflowError, "too many digits in integer");
            mp_obj_t p = pow2(MP_OBJ_SMALL_INT_VALUE(rhs));
            return int_op2(op == MP_BINARY_OP_LSHIFT ? MP_BINARY_OP_MULTIPLY : MP_BINARY_OP_FLOOR_DIVIDE, lhs, p);
        }
        case MP_BINARY_OP_LESS: return mp_obj_new_bool(int_cmp(lhs, rhs) < 0);
        case MP_BINARY_OP_MORE: return mp_obj_new_bool(int_cmp(lhs, rhs) > 0);
        case MP_BINARY_OP_LESS_EQUAL: return mp_obj_new_bool(int_cmp(lhs, rhs) <= 0);
        case MP_BINARY_OP_MORE_EQUAL: return mp_obj_new_bool(int_cmp(lhs, rhs) >= 0);
        case MP_BINARY_OP_EQUAL: return mp_obj_new_bool(int_cmp(lhs, rhs) == 0);
        case MP_BINARY_OP_NOT_EQUAL: return mp_obj_new_bool(int_cmp(lhs, rhs) != 0);
        case MP_BINARY_OP_AND: case MP_BINARY_OP_OR: case MP_BINARY_OP_XOR:
            mp_raise(&mp_type_NotImplementedError, "bitwise operations on big ints are not supported yet");
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
    if (b->neg) vstr_add_char(out, '-');
    vstr_printf(out, "%ld", (long)chunks[n_chunks - 1]);
    for (size_t i = n_chunks - 1; i-- > 0;) {
        char buf[16];
        for (int k = 8; k >= 0; k--) { buf[k] = (char)('0' + chunks[i] % 10); chunks[i] /= 10; }
        vstr_add_strn(out, buf, 9);
    }
}

mp_obj_t mp_obj_int_from_str(const char *s, size_t n, int base) {
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) i++;
    while (n > i && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n')) n--;
    bool neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    if (i + 1 < n && s[i] == '0' && (base == 0 || base == 16 || base == 8 || base == 2)) {
        char p = (char)(s[i + 1] | 0x20);
        int b = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (b != 0 && (base == 0 || base == b)) { base = b; i += 2; if (i < n && s[i] == '_') i++; }
    }
    if (base == 0) base = 10;
    mp_obj_t r = MP_OBJ_NEW_SMALL_INT(0);
    bool any = false;
    for (; i < n; i++) {
        char c = s[i];
        if (c == '_' && any && i + 1 < n && s[i + 1] != '_') continue;
        int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : 99;
        if (d >= base) return MP_OBJ_NULL;
        r = int_op2(MP_BINARY_OP_ADD, int_op2(MP_BINARY_OP_MULTIPLY, r, MP_OBJ_NEW_SMALL_INT(base)),
                    MP_OBJ_NEW_SMALL_INT(d));
        any = true;
    }
    if (!any) return MP_OBJ_NULL;
    return neg ? mp_int_unary_op(MP_UNARY_OP_NEGATIVE, r) : r;
}

static mp_obj_t int_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)type; (void)n_kw; (void)kw;
    if (n == 0) return MP_OBJ_NEW_SMALL_INT(0);
    int base = n > 1 ? (int)mp_obj_get_int(a[1]) : 10;
    if (mp_obj_is_str(a[0])) {
        mp_obj_str_t *s = a[0];
        mp_obj_t r = mp_obj_int_from_str(s->data, s->len, base);
        if (r == MP_OBJ_NULL) {
            mp_raise(&mp_type_ValueError, "invalid literal for int() with base %d: %R", base, a[0]);
        }
        return r;
    }
    if (mp_obj_is_float(a[0])) {
        double d = mp_obj_float_value(a[0]);
        if (d != d) mp_raise(&mp_type_ValueError, "cannot convert float NaN to integer");
        if (d - d != 0) mp_raise(&mp_type_OverflowError, "cannot convert float infinity to integer");
        d = d < 0 ? -__builtin_floor(-d) : __builtin_floor(d);
        if (d > -4e18 && d < 4e18) return mp_obj_new_int((mp_int_t)(long long)d);
        mp_raise(&mp_type_NotImplementedError, "int() of a huge float");
    }
    mp_obj_t r = as_int(a[0]);
    if (r == MP_OBJ_NULL) {
        mp_raise(&mp_type_TypeError, "int() argument must be a string, a bytes-like object or a "
                 "real number, not '%T'", a[0]);
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

double mp_bigint_to_double(mp_obj_t o) {
    mp_obj_bigint_t *b = o;
    double d = 0;
    for (size_t i = b->len; i-- > 0;) d = d * 4294967296.0 + b->d[i];
    return b->neg ? -d : d;
}
