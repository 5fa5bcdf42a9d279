// str.c: the text buffer, interned strings (qstrs) and str objects.
// A qstr is an index into the interned table; the image's string table and the runtime's
// own names (MP_QSTRS in obj.h) are interned, so a name compares as one word.
#include <stdio.h>
#include "obj.h"

// --- vstr -------------------------------------------------------------------------------------
void vstr_init(vstr_t *v, size_t n) {
    v->alloc = n < 16 ? 16 : n;
    v->buf = gc_alloc(v->alloc);
    v->len = 0;
}

void vstr_add_strn(vstr_t *v, const char *s, size_t n) {
    if (v->len + n + 1 > v->alloc) {
        size_t alloc = (v->len + n + 1) * 2;
        v->buf = gc_realloc(v->buf, v->len, alloc);
        v->alloc = alloc;
    }
    memcpy(v->buf + v->len, s, n);
    v->len += n;
    v->buf[v->len] = 0;
}

void vstr_add_str(vstr_t *v, const char *s) { vstr_add_strn(v, s, strlen(s)); }
void vstr_add_char(vstr_t *v, char c) { vstr_add_strn(v, &c, 1); }

// %s (C string), %d (int), %ld (long), %q (qstr), %S (str of an object), %R (repr), %T
// (type name of an object), %%: all the runtime's messages need.
void vstr_printf(vstr_t *v, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vstr_vprintf(v, fmt, ap);
    va_end(ap);
}

void vstr_vprintf(vstr_t *v, const char *fmt, va_list ap) {
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { vstr_add_char(v, *p); continue; }
        char num[32];
        switch (*++p) {
            case 's': vstr_add_str(v, va_arg(ap, const char *)); break;
            case 'c': vstr_add_char(v, (char)va_arg(ap, int)); break;
            case 'd': snprintf(num, sizeof num, "%d", va_arg(ap, int)); vstr_add_str(v, num); break;
            case 'l': p++; snprintf(num, sizeof num, *p == 'x' ? "%lx" : "%ld", va_arg(ap, long)); vstr_add_str(v, num); break;
            case 'q': vstr_add_str(v, qstr_str(va_arg(ap, qstr))); break;
            case 'S': mp_obj_print(v, va_arg(ap, mp_obj_t), false); break;
            case 'R': mp_obj_print(v, va_arg(ap, mp_obj_t), true); break;
            case 'T': vstr_add_str(v, mp_type_name(va_arg(ap, mp_obj_t))); break;
            default: vstr_add_char(v, *p); break;
        }
    }
}

// --- qstrs --------------------------------------------------------------------------------------
static mp_obj_t qstr_table;          // gc array of str objects, indexed by qstr
static mp_obj_t qstr_index;          // gc array of qstr: open-addressing hash of the table
static size_t n_qstrs, table_alloc, index_size;

// SipHash-1-3 with a zero key: CPython's str and bytes hash under PYTHONHASHSEED=0. Fed a
// byte or a little-endian word at a time, so a str is hashed over its canonical form
// without building it.
typedef struct { uint64_t v0, v1, v2, v3, m; size_t n; } sip_t;
#define ROTL64(x, b) (((x) << (b)) | ((x) >> (64 - (b))))
static void sip_round(sip_t *s) {
    s->v0 += s->v1; s->v2 += s->v3;
    s->v1 = ROTL64(s->v1, 13) ^ s->v0; s->v3 = ROTL64(s->v3, 16) ^ s->v2;
    s->v0 = ROTL64(s->v0, 32);
    s->v2 += s->v1; s->v0 += s->v3;
    s->v1 = ROTL64(s->v1, 17) ^ s->v2; s->v3 = ROTL64(s->v3, 21) ^ s->v0;
    s->v2 = ROTL64(s->v2, 32);
}
static void sip_word(sip_t *s, uint64_t m) {
    s->v3 ^= m;
    sip_round(s);
    s->v0 ^= m;
}
static void sip_byte(sip_t *s, uint64_t b) {
    s->m |= b << (8 * (s->n++ & 7));
    if ((s->n & 7) == 0) { sip_word(s, s->m); s->m = 0; }
}
static void sip_init(sip_t *s) {
    *s = (sip_t){0x736f6d6570736575ULL, 0x646f72616e646f6dULL, 0x6c7967656e657261ULL, 0x7465646279746573ULL, 0, 0};
}
// total: the message length in bytes (words fed with sip_word count 8 each)
static uint64_t sip_finish(sip_t *s, size_t total) {
    uint64_t b = ((uint64_t)total << 56) | s->m;
    s->v3 ^= b;
    sip_round(s);
    s->v0 ^= b;
    s->v2 ^= 0xff;
    sip_round(s);
    sip_round(s);
    sip_round(s);
    return (s->v0 ^ s->v1) ^ (s->v2 ^ s->v3);
}
static void sip_words(sip_t *s, const byte **p, const byte *end) {
    for (; end - *p >= 8; *p += 8) {
        uint64_t m = 0;
        for (int i = 0; i < 8; i++) m |= (uint64_t)(*p)[i] << (8 * i);
        sip_word(s, m);
    }
}

uint64_t mp_siphash13(const byte *p, size_t n) {
    const byte *end = p + n;
    sip_t st;
    sip_init(&st);
    sip_words(&st, &p, end);
    while (p < end) sip_byte(&st, *p++);
    return sip_finish(&st, n);
}

// the next code point of well-formed UTF-8
static uint32_t hash_utf8_next(const byte **p) {
    const byte *q = *p;
    uint32_t c = *q++;
    int more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    if (more) c &= 0x3f >> more;
    while (more--) c = (c << 6) | (*q++ & 0x3f);
    *p = q;
    return c;
}

// hashed over the canonical form: 1, 2 or 4 little-endian bytes a code point, by the widest
mp_hash_t mp_str_hash(const char *s, size_t n) {
    const byte *p = (const byte *)s, *end = p + n;
    uint32_t max = 0;
    size_t n_chars = 0;
    for (const byte *q = p; q < end; n_chars++) { uint32_t c = hash_utf8_next(&q); if (c > max) max = c; }
    if (n_chars == 0) return 0;
    size_t width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
    uint64_t h;
    if (max < 0x80) {
        h = mp_siphash13(p, n);             // ASCII: the UTF-8 bytes are the canonical ones
    } else {
        sip_t st;
        sip_init(&st);
        while (p < end) {
            uint32_t c = hash_utf8_next(&p);
            for (size_t i = 0; i < width; i++) sip_byte(&st, (c >> (8 * i)) & 0xff);
        }
        h = sip_finish(&st, n_chars * width);
    }
    return h == (uint64_t)-1 ? -2 : (mp_hash_t)h;
}

static mp_obj_str_t *new_str(const char *s, size_t n) {
    mp_obj_str_t *o = gc_alloc(sizeof(mp_obj_str_t) + n + 1);
    o->base.type = &mp_type_str;
    o->len = n;
    memcpy(o->data, s, n);
    o->char_len = mp_utf8_char_len(s, n);
    return o;
}

static void index_insert(qstr q) {
    mp_obj_str_t *s = ((mp_obj_str_t **)qstr_table)[q];
    qstr *idx = qstr_index;
    for (size_t i = mp_str_cached_hash(s) & (index_size - 1);; i = (i + 1) & (index_size - 1)) {
        if (idx[i] == 0) { idx[i] = q; return; }
    }
}

qstr qstr_from_strn(const char *s, size_t n) {
    mp_uint_t h = (mp_uint_t)mp_str_hash(s, n);
    qstr *idx = qstr_index;
    mp_obj_str_t **table = qstr_table;
    for (size_t i = h & (index_size - 1); idx[i] != 0; i = (i + 1) & (index_size - 1)) {
        mp_obj_str_t *o = table[idx[i]];
        if (mp_str_cached_hash(o) == h && o->len == n && memcmp(o->data, s, n) == 0) return idx[i];
    }
    // allocate everything first: a MemoryError must leave the table consistent
    if (n_qstrs + 1 > table_alloc) {
        qstr_table = gc_realloc(qstr_table, table_alloc * sizeof(mp_obj_t), table_alloc * 2 * sizeof(mp_obj_t));
        table_alloc *= 2;
    }
    mp_obj_str_t *o = new_str(s, n);
    qstr *bigger = (n_qstrs + 1) * 2 > index_size ? gc_alloc(index_size * 2 * sizeof(qstr)) : NULL;
    ((mp_obj_str_t **)qstr_table)[n_qstrs] = o;
    qstr q = n_qstrs++;
    if (bigger != NULL) {
        index_size *= 2;
        qstr_index = bigger;
        for (qstr k = 1; k < n_qstrs; k++) index_insert(k);
    } else {
        index_insert(q);
    }
    return q;
}

mp_obj_t qstr_obj(qstr q) { return ((mp_obj_t *)qstr_table)[q]; }
const char *qstr_str(qstr q) { return ((mp_obj_str_t *)qstr_obj(q))->data; }

qstr mp_obj_str_qstr(mp_obj_t s) {
    mp_obj_str_t *o = s;
    return qstr_from_strn(o->data, o->len);
}

static const char *const static_qstrs[] = {
#define MP_QSTR_TEXT(n) #n,
    MP_QSTRS(MP_QSTR_TEXT)
};

void qstr_init(void) {
    table_alloc = 256;
    index_size = 512;
    gc_add_root(&qstr_table);
    gc_add_root(&qstr_index);
    qstr_table = gc_alloc(table_alloc * sizeof(mp_obj_t));
    qstr_index = gc_alloc(index_size * sizeof(qstr));
    ((mp_obj_t *)qstr_table)[0] = new_str("", 0);   // MP_QSTR_NULL: never looked up
    n_qstrs = 1;
    qstr_from_strn("", 0);                            // MP_QSTR_empty
    for (size_t i = 0; i < sizeof static_qstrs / sizeof *static_qstrs; i++) qstr_from_str(static_qstrs[i]);
}

// --- UTF-8 --------------------------------------------------------------------------------------
// Text is kept as UTF-8; a str's char_len says how many code points it holds. A malformed
// byte (never made by the runtime or the compiler) decodes as itself, one byte one char.
static inline bool is_cont(byte b) { return (b & 0xc0) == 0x80; }

size_t mp_utf8_char_len(const char *s, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += !is_cont((byte)s[i]);
    return k;
}

unichar mp_utf8_next(const char **pp) {
    const byte *p = (const byte *)*pp;
    unichar c = *p++;
    if (c >= 0xc0) {
        int more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
        c &= 0x3f >> more;
        for (; more > 0 && is_cont(*p); more--) c = (c << 6) | (*p++ & 0x3f);
    }
    *pp = (const char *)p;
    return c;
}

void vstr_add_unichar(vstr_t *v, unichar c) {
    char b[4];
    size_t n;
    if (c < 0x80) { b[0] = (char)c; n = 1; }
    else if (c < 0x800) { b[0] = (char)(0xc0 | (c >> 6)); b[1] = (char)(0x80 | (c & 0x3f)); n = 2; }
    else if (c < 0x10000) {
        b[0] = (char)(0xe0 | (c >> 12)); b[1] = (char)(0x80 | ((c >> 6) & 0x3f)); b[2] = (char)(0x80 | (c & 0x3f)); n = 3;
    } else {
        b[0] = (char)(0xf0 | (c >> 18)); b[1] = (char)(0x80 | ((c >> 12) & 0x3f));
        b[2] = (char)(0x80 | ((c >> 6) & 0x3f)); b[3] = (char)(0x80 | (c & 0x3f)); n = 4;
    }
    vstr_add_strn(v, b, n);
}

size_t mp_str_byte_at(const mp_obj_str_t *s, size_t ci) {
    if (s->char_len == s->len || ci == 0) return ci;
    if (ci >= s->char_len) return s->len;
    size_t i = 0;
    for (size_t k = 0; k < ci; k++) for (i++; i < s->len && is_cont((byte)s->data[i]); i++) {}
    return i;
}

size_t mp_str_char_at(const mp_obj_str_t *s, size_t bi) {
    return s->char_len == s->len ? bi : mp_utf8_char_len(s->data, bi);
}

// --- str objects --------------------------------------------------------------------------------
// gc array: the 128 one-character ASCII strs that iterating and indexing share. Only
// mp_obj_new_str_of_char hands them out: mp_obj_new_str's result is always a fresh object.
static mp_obj_t ascii_chars;

mp_obj_t mp_obj_new_str(const char *s, size_t n) { return new_str(s, n); }
mp_obj_t mp_obj_new_str_from_vstr(vstr_t *v) { return new_str(v->buf, v->len); }

mp_obj_t mp_obj_new_str_of_char(unichar c) {
    if (c < 0x80) return ((mp_obj_t *)ascii_chars)[c];
    vstr_t v;
    vstr_init(&v, 8);
    vstr_add_unichar(&v, c);
    return new_str(v.buf, v.len);
}

// CPython's repr: single quotes unless the text has ' and no "; printable non-ASCII as is,
// else \xhh, \uhhhh or \Uhhhhhhhh (all non-ASCII escaped for ascii()).
static void print_repr(vstr_t *out, const char *s, size_t n, bool ascii) {
    char q = memchr(s, '\'', n) && !memchr(s, '"', n) ? '"' : '\'';
    vstr_add_char(out, q);
    for (const char *p = s, *end = s + n; p < end;) {
        const char *start = p;
        unichar c = mp_utf8_next(&p);
        if (c == (unichar)q || c == '\\') { vstr_add_char(out, '\\'); vstr_add_char(out, (char)c); }
        else if (c == '\n') vstr_add_str(out, "\\n");
        else if (c == '\r') vstr_add_str(out, "\\r");
        else if (c == '\t') vstr_add_str(out, "\\t");
        else if (c >= 0x20 && c < 0x7f) vstr_add_char(out, (char)c);
        else if (c >= 0x80 && !ascii && mp_unichar_isprintable(c)) vstr_add_strn(out, start, (size_t)(p - start));
        else {
            int digits = c <= 0xff ? 2 : c <= 0xffff ? 4 : 8;
            vstr_add_char(out, '\\');
            vstr_add_char(out, digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
            while (digits-- > 0) vstr_add_char(out, "0123456789abcdef"[(c >> (4 * digits)) & 15]);
        }
    }
    vstr_add_char(out, q);
}
void mp_str_print_repr(vstr_t *out, const char *s, size_t n) { print_repr(out, s, n, false); }
void mp_str_print_ascii_repr(vstr_t *out, const char *s, size_t n) { print_repr(out, s, n, true); }

static void str_print(vstr_t *out, mp_obj_t o, bool repr) {
    mp_obj_str_t *s = o;
    if (repr) mp_str_print_repr(out, s->data, s->len);
    else vstr_add_strn(out, s->data, s->len);
}

// byte offset of the first b in a[from..], or -1 (UTF-8 is self-synchronising: a byte match
// is a code-point match)
static mp_int_t bytes_find(const mp_obj_str_t *a, const mp_obj_str_t *b) {
    if (b->len == 0) return 0;
    for (size_t i = 0; i + b->len <= a->len; i++) {
        const char *hit = memchr(a->data + i, b->data[0], a->len - b->len + 1 - i);
        if (hit == NULL) return -1;
        i = (size_t)(hit - a->data);
        if (memcmp(hit, b->data, b->len) == 0) return (mp_int_t)i;
    }
    return -1;
}

static mp_obj_t str_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_str_t *a = lhs;
    if (op == MP_BINARY_OP_MULTIPLY || op == MP_BINARY_OP_INPLACE_MULTIPLY) {
        if (!mp_obj_is_int(rhs) && rhs != mp_const_true && rhs != mp_const_false) return MP_OBJ_NULL;
        mp_int_t k = rhs == mp_const_true;
        if (mp_obj_is_int(rhs) && !mp_obj_int_get_checked(rhs, &k)) {
            if (mp_binary_op(MP_BINARY_OP_LESS, rhs, MP_OBJ_NEW_SMALL_INT(0)) == mp_const_true) k = 0;
            else mp_raise(&mp_type_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        if (k <= 0 || a->len == 0) return qstr_obj(MP_QSTR_empty);
        if (k == 1) return lhs;
        if ((size_t)k > ((size_t)-1 >> 2) / a->len) mp_raise(&mp_type_OverflowError, "repeated string is too long");
        mp_obj_str_t *r = gc_alloc(sizeof(mp_obj_str_t) + a->len * (size_t)k + 1);
        r->base.type = &mp_type_str;
        r->len = a->len * (size_t)k;
        r->char_len = a->char_len * (size_t)k;
        for (mp_int_t i = 0; i < k; i++) memcpy(r->data + (size_t)i * a->len, a->data, a->len);
        return r;
    }
    if (op == MP_BINARY_OP_MODULO || op == MP_BINARY_OP_INPLACE_MODULO) return mp_str_percent(lhs, rhs);
    if (!mp_obj_is_str(rhs)) {
        if (op == MP_BINARY_OP_IN || op == MP_BINARY_OP_NOT_IN) {
            mp_raise(&mp_type_TypeError, "'in <string>' requires string as left operand, not %T", rhs);
        }
        return MP_OBJ_NULL;
    }
    mp_obj_str_t *b = rhs;
    if (op == MP_BINARY_OP_ADD || op == MP_BINARY_OP_INPLACE_ADD) {
        if (b->len == 0) return lhs;
        if (a->len == 0) return rhs;
        mp_obj_str_t *r = gc_alloc(sizeof(mp_obj_str_t) + a->len + b->len + 1);
        r->base.type = &mp_type_str;
        r->len = a->len + b->len;
        r->char_len = a->char_len + b->char_len;
        memcpy(r->data, a->data, a->len);
        memcpy(r->data + a->len, b->data, b->len);
        return r;
    }
    // UTF-8 byte order is code point order
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, n);
    if (c == 0) c = a->len < b->len ? -1 : a->len > b->len;
    if (op == MP_BINARY_OP_IN || op == MP_BINARY_OP_NOT_IN) {
        // rhs in lhs (obj.c swaps the operands of `in`)
        return mp_obj_new_bool((bytes_find(a, b) >= 0) == (op == MP_BINARY_OP_IN));
    }
    return mp_compare_result(op, c);
}

static mp_obj_t str_unary_op(mp_int_t op, mp_obj_t o) {
    mp_obj_str_t *s = o;
    switch (op) {
        case MP_UNARY_OP_BOOL: return mp_obj_new_bool(s->len != 0);
        case MP_UNARY_OP_LEN: return MP_OBJ_NEW_SMALL_INT(s->char_len);
        default: return MP_OBJ_NULL;
    }
}

static mp_obj_t str_slice(mp_obj_str_t *s, mp_obj_t index) {
    mp_int_t start, step;
    size_t n = mp_slice_indices(index, s->char_len, &start, &step);
    if (step == 1) {
        size_t lo = mp_str_byte_at(s, (size_t)start), hi = mp_str_byte_at(s, (size_t)start + n);
        return mp_obj_new_str(s->data + lo, hi - lo);
    }
    vstr_t v;
    vstr_init(&v, n + 1);
    if (s->char_len == s->len) {
        for (size_t k = 0; k < n; k++) vstr_add_char(&v, s->data[start + (mp_int_t)k * step]);
        return mp_obj_new_str_from_vstr(&v);
    }
    // non-ASCII with a step: the byte offset of every char first
    size_t *at = gc_alloc((s->char_len + 1) * sizeof(size_t));
    const char *p = s->data;
    for (size_t k = 0; k <= s->char_len; k++) {
        at[k] = (size_t)(p - s->data);
        if (k < s->char_len) mp_utf8_next(&p);
    }
    for (size_t k = 0; k < n; k++) {
        size_t c = (size_t)(start + (mp_int_t)k * step);
        vstr_add_strn(&v, s->data + at[c], at[c + 1] - at[c]);
    }
    return mp_obj_new_str_from_vstr(&v);
}

static mp_obj_t str_subscr(mp_obj_t base, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_NULL) return MP_OBJ_NULL;
    mp_obj_str_t *s = base;
    if (mp_obj_is_slice(index)) return str_slice(s, index);
    if (index == mp_const_false || index == mp_const_true) index = MP_OBJ_NEW_SMALL_INT(index == mp_const_true);
    if (!mp_obj_is_int(index)) mp_raise(&mp_type_TypeError, "string indices must be integers, not '%T'", index);
    mp_int_t i;
    if (!mp_obj_int_get_checked(index, &i)) mp_raise(&mp_type_IndexError, "cannot fit 'int' into an index-sized integer");
    if (i < 0) i += (mp_int_t)s->char_len;
    if (i < 0 || i >= (mp_int_t)s->char_len) mp_raise(&mp_type_IndexError, "string index out of range");
    const char *p = s->data + mp_str_byte_at(s, (size_t)i);
    return mp_obj_new_str_of_char(mp_utf8_next(&p));
}

typedef struct { mp_obj_base_t base; mp_obj_t str; size_t i; } str_it_t;   // i: byte offset
static mp_obj_t str_getiter(mp_obj_t o) {
    str_it_t *it = m_new_obj(str_it_t);
    it->base.type = &mp_type_str_it;
    it->str = o;
    return it;
}
static mp_obj_t str_it_next(mp_obj_t o) {
    str_it_t *it = o;
    mp_obj_str_t *s = it->str;
    if (it->i >= s->len) return MP_OBJ_NULL;
    const char *p = s->data + it->i;
    unichar c = mp_utf8_next(&p);
    it->i = (size_t)(p - s->data);
    return mp_obj_new_str_of_char(c);
}
static mp_obj_t identity(mp_obj_t o) { return o; }

// str(object='', encoding=..., errors=...): with an encoding, object's own decode does the work
static mp_obj_t str_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)type;
    static const char *const names[] = {"object", "encoding", "errors"};
    if (n + n_kw > 3) mp_raise(&mp_type_TypeError, "str() takes at most 3 arguments (%d given)", (int)(n + n_kw));
    mp_obj_t arg[3] = {n > 0 ? a[0] : MP_OBJ_NULL, n > 1 ? a[1] : MP_OBJ_NULL, n > 2 ? a[2] : MP_OBJ_NULL};
    for (size_t k = 0; k < n_kw; k++) {
        const char *key = ((mp_obj_str_t *)kw[2 * k])->data;
        size_t i = 0;
        while (i < 3 && strcmp(key, names[i]) != 0) i++;
        if (i == 3) mp_raise(&mp_type_TypeError, "'%s' is an invalid keyword argument for str()", key);
        if (arg[i] != MP_OBJ_NULL) mp_raise(&mp_type_TypeError, "argument for str() given by name ('%s') and position (%d)", key, (int)i + 1);
        arg[i] = kw[2 * k + 1];
    }
    if (arg[1] == MP_OBJ_NULL && arg[2] == MP_OBJ_NULL) return arg[0] == MP_OBJ_NULL ? qstr_obj(MP_QSTR_empty) : mp_obj_str_of(arg[0]);
    for (int i = 1; i < 3; i++) {
        if (arg[i] != MP_OBJ_NULL && !mp_obj_is_str(arg[i])) {
            mp_raise(&mp_type_TypeError, "str() argument '%s' must be str, not %T", names[i], arg[i]);
        }
    }
    if (arg[0] == MP_OBJ_NULL) return qstr_obj(MP_QSTR_empty);
    if (mp_obj_is_str(arg[0])) mp_raise(&mp_type_TypeError, "decoding str is not supported");
    const char *t = mp_type_name(arg[0]);
    if (strcmp(t, "bytes") != 0 && strcmp(t, "bytearray") != 0) {
        mp_raise(&mp_type_TypeError, "decoding to str: need a bytes-like object, %s found", t);
    }
    mp_obj_t dec_args[2] = {arg[1] ? arg[1] : qstr_obj(qstr_from_str("utf-8")), arg[2] ? arg[2] : qstr_obj(qstr_from_str("strict"))};
    return mp_call(mp_load_attr(arg[0], qstr_from_str("decode")), 2, dec_args, 0, NULL);
}

MP_BUILTIN(str_join, "join", 2, 2, false);
static mp_obj_t str_join(size_t n, const mp_obj_t *args, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    if (!mp_obj_is_str(args[0])) {
        mp_raise(&mp_type_TypeError, "descriptor 'join' for 'str' objects doesn't apply to a '%T' object", args[0]);
    }
    mp_obj_str_t *sep = args[0];
    vstr_t v;
    vstr_init(&v, 32);
    mp_obj_t it = mp_getiter(args[1]), item;
    for (size_t i = 0; (item = mp_iternext(it)) != MP_OBJ_NULL; i++) {
        if (!mp_obj_is_str(item)) {
            mp_raise(&mp_type_TypeError, "sequence item %d: expected str instance, %T found", (int)i, item);
        }
        if (i > 0) vstr_add_strn(&v, sep->data, sep->len);
        vstr_add_strn(&v, ((mp_obj_str_t *)item)->data, ((mp_obj_str_t *)item)->len);
    }
    return mp_obj_new_str_from_vstr(&v);
}

mp_obj_type_t mp_type_str = {
    .base = {&mp_type_type}, .name = 0, .parent = &mp_type_object, .print = str_print,
    .make_new = str_make_new, .binary_op = str_binary_op, .unary_op = str_unary_op,
    .subscr = str_subscr, .getiter = str_getiter,
};
mp_obj_type_t mp_type_str_it = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .getiter = identity, .iternext = str_it_next,
};

void str_init(void) {
    gc_add_root(&ascii_chars);
    mp_obj_t *chars = gc_alloc(128 * sizeof(mp_obj_t));
    ascii_chars = chars;
    for (int c = 0; c < 128; c++) chars[c] = new_str((char[]){(char)c}, 1);
    mp_type_str.name = qstr_from_str("str");
    mp_type_str_it.name = qstr_from_str("str_iterator");
    mp_store_method(&mp_type_str, &str_join_obj);
    str_methods_init();
}
