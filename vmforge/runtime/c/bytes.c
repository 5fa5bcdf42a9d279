// bytes.c: bytes and bytearray, their methods, the codecs (utf-8, ascii, latin-1) behind
// bytes.decode and str.encode, and the Unicode error classes' messages.
// One struct serves both types; a bytes object keeps its data in the same block.
#include <stdint.h>
#include "obj.h"

#define B(o) ((mp_obj_bytes_t *)(o))
#define BYTES_METHOD(cname, pyname, lo, hi) MP_BUILTIN(cname, pyname, lo, hi, false)

static const char hex_digits[] = "0123456789abcdef";

bool mp_obj_is_bytes_like(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_bytes) || mp_obj_is_type(o, &mp_type_bytearray);
}

static bool is_bytearray(mp_obj_t o) { return mp_obj_is_type(o, &mp_type_bytearray); }

// a new bytes (or bytearray) of n bytes, copied from data when it is not NULL
static mp_obj_bytes_t *new_bytes(const mp_obj_type_t *t, const byte *data, size_t n) {
    mp_obj_bytes_t *o;
    if (t == &mp_type_bytearray) {
        o = m_new_obj(mp_obj_bytes_t);
        o->alloc = n < 8 ? 8 : n;
        o->data = gc_alloc(o->alloc);
    } else {
        o = gc_alloc(sizeof(mp_obj_bytes_t) + n + 1);
        o->alloc = n;
        o->data = (byte *)(o + 1);
    }
    o->base.type = t;
    o->len = n;
    if (data != NULL && n != 0) memcpy(o->data, data, n);
    return o;
}

mp_obj_t mp_obj_new_bytes(const byte *data, size_t n) { return new_bytes(&mp_type_bytes, data, n); }
static mp_obj_t bytes_from_vstr(const mp_obj_type_t *t, vstr_t *v) { return new_bytes(t, (byte *)v->buf, v->len); }

// room for n more bytes in a bytearray
static void ba_reserve(mp_obj_bytes_t *o, size_t n) {
    if (o->len + n <= o->alloc) return;
    size_t alloc = (o->len + n) * 2;
    o->data = gc_realloc(o->data, o->alloc, alloc);
    o->alloc = alloc;
}

static void ba_add(mp_obj_bytes_t *o, const byte *p, size_t n) {
    ba_reserve(o, n);
    memmove(o->data + o->len, p, n);
    o->len += n;
}

// A bytes-like argument's data, or a TypeError CPython's way
static mp_obj_bytes_t *bytes_arg(mp_obj_t o) {
    if (!mp_obj_is_bytes_like(o)) mp_raise(&mp_type_TypeError, "a bytes-like object is required, not '%T'", o);
    return o;
}

// an int in range(0, 256)
static byte byte_value(mp_obj_t o, const char *what) {
    mp_int_t v;
    if (mp_obj_is_int(o) && !mp_obj_int_get_checked(o, &v)) v = -1;
    else v = mp_obj_get_int(o);
    if (v < 0 || v > 255) mp_raise(&mp_type_ValueError, "%s must be in range(0, 256)", what);
    return (byte)v;
}

mp_hash_t mp_bytes_hash(mp_obj_t o) {
    if (is_bytearray(o)) mp_raise(&mp_type_TypeError, "unhashable type: 'bytearray'");
    if (B(o)->len == 0) return 0;
    mp_hash_t h = (mp_hash_t)mp_siphash13(B(o)->data, B(o)->len);
    return h == -1 ? -2 : h;
}

// --- printing -------------------------------------------------------------------------------------
static void bytes_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;       // str(b) is repr(b)
    mp_obj_bytes_t *b = o;
    if (is_bytearray(o)) vstr_add_str(out, "bytearray(");
    // CPython: single quotes unless the data has ' and no "
    char q = memchr(b->data, '\'', b->len) && !memchr(b->data, '"', b->len) ? '"' : '\'';
    vstr_add_char(out, 'b');
    vstr_add_char(out, q);
    for (size_t i = 0; i < b->len; i++) {
        byte c = b->data[i];
        if (c == (byte)q || c == '\\') { vstr_add_char(out, '\\'); vstr_add_char(out, (char)c); }
        else if (c == '\n') vstr_add_str(out, "\\n");
        else if (c == '\r') vstr_add_str(out, "\\r");
        else if (c == '\t') vstr_add_str(out, "\\t");
        else if (c < 0x20 || c >= 0x7f) {
            char esc[4] = {'\\', 'x', hex_digits[c >> 4], hex_digits[c & 15]};
            vstr_add_strn(out, esc, 4);
        } else vstr_add_char(out, (char)c);
    }
    vstr_add_char(out, q);
    if (is_bytearray(o)) vstr_add_char(out, ')');
}

// --- codecs ---------------------------------------------------------------------------------------
typedef enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1 } encoding_t;
typedef enum { ERR_STRICT, ERR_REPLACE, ERR_IGNORE } errors_t;

// encoding and errors arguments must be str (checked by each caller, for its name in the message)
static void check_codec_args(const char *fname, mp_obj_t encoding, mp_obj_t errors) {
    if (encoding != MP_OBJ_NULL && !mp_obj_is_str(encoding)) {
        mp_raise(&mp_type_TypeError, "%s() argument 'encoding' must be str, not %T", fname, encoding);
    }
    if (errors != MP_OBJ_NULL && !mp_obj_is_str(errors)) {
        mp_raise(&mp_type_TypeError, "%s() argument 'errors' must be str, not %T", fname, errors);
    }
}

static encoding_t encoding_of(mp_obj_t name, const char **canonical) {
    check_codec_args("encode", name, MP_OBJ_NULL);
    char norm[24];
    mp_obj_str_t *s = name;
    size_t n = 0;
    for (size_t i = 0; i < s->len && n + 1 < sizeof norm; i++) {
        char c = s->data[i];
        norm[n++] = c == '_' || c == ' ' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    norm[n] = 0;
    if (s->len < sizeof norm - 1) {
        static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001"};
        static const char *const ascii[] = {"ascii", "us-ascii", "646"};
        static const char *const latin1[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "l1", "latin", "cp819"};
        for (size_t i = 0; i < sizeof utf8 / sizeof *utf8; i++) if (strcmp(norm, utf8[i]) == 0) { *canonical = "utf-8"; return ENC_UTF8; }
        for (size_t i = 0; i < sizeof ascii / sizeof *ascii; i++) if (strcmp(norm, ascii[i]) == 0) { *canonical = "ascii"; return ENC_ASCII; }
        for (size_t i = 0; i < sizeof latin1 / sizeof *latin1; i++) if (strcmp(norm, latin1[i]) == 0) { *canonical = "latin-1"; return ENC_LATIN1; }
    }
    mp_raise(&mp_type_LookupError, "unknown encoding: %S", name);
}

// looked up at the first error, as CPython does
static errors_t errors_of(mp_obj_t name) {
    if (name == MP_OBJ_NULL) return ERR_STRICT;
    check_codec_args("encode", MP_OBJ_NULL, name);
    const char *s = ((mp_obj_str_t *)name)->data;
    if (strcmp(s, "strict") == 0) return ERR_STRICT;
    if (strcmp(s, "replace") == 0) return ERR_REPLACE;
    if (strcmp(s, "ignore") == 0) return ERR_IGNORE;
    mp_raise(&mp_type_LookupError, "unknown error handler name '%S'", name);
}

static void add_utf8(vstr_t *v, uint32_t c) {
    char buf[4];
    size_t n;
    if (c < 0x80) { buf[0] = (char)c; n = 1; }
    else if (c < 0x800) { buf[0] = (char)(0xc0 | (c >> 6)); buf[1] = (char)(0x80 | (c & 0x3f)); n = 2; }
    else if (c < 0x10000) {
        buf[0] = (char)(0xe0 | (c >> 12)); buf[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        buf[2] = (char)(0x80 | (c & 0x3f)); n = 3;
    } else {
        buf[0] = (char)(0xf0 | (c >> 18)); buf[1] = (char)(0x80 | ((c >> 12) & 0x3f));
        buf[2] = (char)(0x80 | ((c >> 6) & 0x3f)); buf[3] = (char)(0x80 | (c & 0x3f)); n = 4;
    }
    vstr_add_strn(v, buf, n);
}

// The next code point of valid UTF-8 text (a str's data) at *i
static uint32_t next_code_point(const byte *s, size_t n, size_t *i) {
    byte c = s[(*i)++];
    if (c < 0x80) return c;
    int more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
    uint32_t cp = c & (0x3f >> more);
    for (; more > 0 && *i < n; more--) cp = (cp << 6) | (s[(*i)++] & 0x3f);
    return cp;
}

static NORETURN void decode_error(const char *enc, const mp_obj_bytes_t *b, size_t start, size_t end, const char *reason) {
    mp_obj_t args[5] = {
        mp_obj_new_str(enc, strlen(enc)), mp_obj_new_bytes(b->data, b->len), MP_OBJ_NEW_SMALL_INT(start),
        MP_OBJ_NEW_SMALL_INT(end), mp_obj_new_str(reason, strlen(reason)),
    };
    mp_raise_obj(mp_obj_new_exception(&mp_type_UnicodeDecodeError, 5, args));
}

// How many bytes of valid UTF-8 start at p[0] (a lead byte >= 0x80); 0 with *reason and
// *end (the bad run's length) when they are not valid, as CPython's decoder reports it.
static size_t utf8_sequence(const byte *p, size_t avail, const char **reason, size_t *bad) {
    byte c = p[0];
    size_t need = c < 0xc2 ? 0 : c < 0xe0 ? 1 : c < 0xf0 ? 2 : c < 0xf5 ? 3 : 0;
    if (need == 0) { *reason = "invalid start byte"; *bad = 1; return 0; }
    for (size_t k = 1; k <= need; k++) {
        if (k >= avail) { *reason = "unexpected end of data"; *bad = avail; return 0; }
        byte lo = 0x80, hi = 0xbf;
        if (k == 1) {
            if (c == 0xe0) lo = 0xa0;
            else if (c == 0xed) hi = 0x9f;
            else if (c == 0xf0) lo = 0x90;
            else if (c == 0xf4) hi = 0x8f;
        }
        if (p[k] < lo || p[k] > hi) { *reason = "invalid continuation byte"; *bad = k; return 0; }
    }
    return need + 1;
}

mp_obj_t mp_bytes_decode(mp_obj_t self, mp_obj_t encoding, mp_obj_t errors) {
    mp_obj_bytes_t *b = bytes_arg(self);
    const char *enc = "utf-8";
    encoding_t e = encoding == MP_OBJ_NULL ? ENC_UTF8 : encoding_of(encoding, &enc);
    vstr_t v;
    vstr_init(&v, b->len + 1);
    for (size_t i = 0; i < b->len;) {
        byte c = b->data[i];
        if (c < 0x80 || e == ENC_LATIN1) { add_utf8(&v, c); i++; continue; }
        const char *reason = "ordinal not in range(128)";
        size_t bad = 1, n = e == ENC_UTF8 ? utf8_sequence(b->data + i, b->len - i, &reason, &bad) : 0;
        if (n != 0) { vstr_add_strn(&v, (const char *)b->data + i, n); i += n; continue; }
        errors_t err = errors_of(errors);
        if (err == ERR_STRICT) decode_error(enc, b, i, i + bad, reason);
        if (err == ERR_REPLACE) add_utf8(&v, 0xfffd);
        i += bad;
    }
    return mp_obj_new_str_from_vstr(&v);
}

static NORETURN void encode_error(const char *enc, mp_obj_t str, size_t start, size_t end, const char *reason) {
    mp_obj_t args[5] = {
        mp_obj_new_str(enc, strlen(enc)), str, MP_OBJ_NEW_SMALL_INT(start), MP_OBJ_NEW_SMALL_INT(end),
        mp_obj_new_str(reason, strlen(reason)),
    };
    mp_raise_obj(mp_obj_new_exception(&mp_type_UnicodeEncodeError, 5, args));
}

mp_obj_t mp_str_encode(mp_obj_t str, mp_obj_t encoding, mp_obj_t errors) {
    mp_obj_str_t *s = str;
    const char *enc = "utf-8";
    encoding_t e = encoding == MP_OBJ_NULL ? ENC_UTF8 : encoding_of(encoding, &enc);
    if (e == ENC_UTF8) return mp_obj_new_bytes((const byte *)s->data, s->len);
    uint32_t limit = e == ENC_ASCII ? 0x80 : 0x100;
    const byte *p = (const byte *)s->data;
    vstr_t v;
    vstr_init(&v, s->len + 1);
    size_t pos = 0;         // in code points, as the error reports it
    for (size_t i = 0; i < s->len; pos++) {
        uint32_t c = next_code_point(p, s->len, &i);
        if (c < limit) { vstr_add_char(&v, (char)c); continue; }
        errors_t err = errors_of(errors);
        if (err == ERR_STRICT) {
            // CPython reports the whole run of characters the codec cannot encode
            size_t end = pos + 1, j = i;
            while (j < s->len) {
                size_t k = j;
                if (next_code_point(p, s->len, &k) < limit) break;
                j = k;
                end++;
            }
            encode_error(enc, str, pos, end, limit == 0x80 ? "ordinal not in range(128)" : "ordinal not in range(256)");
        }
        if (err == ERR_REPLACE) vstr_add_char(&v, '?');
    }
    return bytes_from_vstr(&mp_type_bytes, &v);
}

// --- the Unicode errors' str(): built from (encoding, object, start, end, reason) --------------
static mp_print_fun_t exc_base_print;
static mp_attr_fun_t exc_base_attr;

static bool unicode_error_args(mp_obj_t o, mp_obj_t **items) {
    size_t n;
    mp_obj_t args = ((mp_obj_instance_t *)o)->args;
    return mp_obj_get_array(args, &n, items) && n == 5 && MP_OBJ_IS_SMALL_INT((*items)[2])
        && MP_OBJ_IS_SMALL_INT((*items)[3]) && mp_obj_is_str((*items)[0]);
}

static void unicode_error_print(vstr_t *out, mp_obj_t o, bool repr) {
    mp_obj_t *a;
    if (repr || !unicode_error_args(o, &a)) { exc_base_print(out, o, repr); return; }
    mp_int_t start = MP_OBJ_SMALL_INT_VALUE(a[2]), end = MP_OBJ_SMALL_INT_VALUE(a[3]);
    bool decode = mp_obj_isinstance(o, &mp_type_UnicodeDecodeError);
    if (decode && mp_obj_is_bytes_like(a[1]) && end == start + 1 && start >= 0 && (size_t)start < B(a[1])->len) {
        vstr_printf(out, "'%S' codec can't decode byte 0x%s in position %ld: %S", a[0],
                    (char[]){hex_digits[B(a[1])->data[start] >> 4], hex_digits[B(a[1])->data[start] & 15], 0},
                    (long)start, a[4]);
    } else if (!decode && mp_obj_is_str(a[1]) && end == start + 1) {
        mp_obj_str_t *s = a[1];
        size_t i = 0;
        uint32_t c = 0;
        for (mp_int_t k = 0; k <= start && i < s->len; k++) c = next_code_point((const byte *)s->data, s->len, &i);
        char esc[16];
        int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
        esc[0] = '\\';
        esc[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
        for (int d = 0; d < digits; d++) esc[2 + d] = hex_digits[(c >> (4 * (digits - 1 - d))) & 15];
        esc[2 + digits] = 0;
        vstr_printf(out, "'%S' codec can't encode character '%s' in position %ld: %S", a[0], esc, (long)start, a[4]);
    } else {
        vstr_printf(out, "'%S' codec can't %s %s in position %ld-%ld: %S", a[0], decode ? "decode" : "encode",
                    decode ? "bytes" : "characters", (long)start, (long)end - 1, a[4]);
    }
}

static bool unicode_error_attr(mp_obj_t self, qstr name, mp_obj_t *dest) {
    mp_obj_t *a;
    if (!mp_obj_is_type(self, &mp_type_type) && unicode_error_args(self, &a)) {
        static const char *const names[] = {"encoding", "object", "start", "end", "reason"};
        for (size_t i = 0; i < 5; i++) {
            if (strcmp(qstr_str(name), names[i]) == 0) { dest[0] = a[i]; return true; }
        }
    }
    return exc_base_attr(self, name, dest);
}

// --- constructors ---------------------------------------------------------------------------------
// the argument called name: positional number pos or a keyword; MP_OBJ_NULL when absent
static mp_obj_t get_arg(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw, size_t pos, const char *name) {
    if (pos < n) return a[pos];
    for (size_t i = 0; i < n_kw; i++) {
        if (strcmp(((mp_obj_str_t *)kw[2 * i])->data, name) == 0) return kw[2 * i + 1];
    }
    return MP_OBJ_NULL;
}

// bytes(x) / bytearray(x): the data of x
static mp_obj_t bytes_new(const mp_obj_type_t *t, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    const char *tname = t == &mp_type_bytes ? "bytes" : "bytearray";
    if (n > 3) mp_raise(&mp_type_TypeError, "%s() takes at most 3 arguments (%d given)", tname, (int)n);
    mp_obj_t src = get_arg(n, a, n_kw, kw, 0, "source");
    mp_obj_t enc = get_arg(n, a, n_kw, kw, 1, "encoding"), errors = get_arg(n, a, n_kw, kw, 2, "errors");
    if (src == MP_OBJ_NULL) return new_bytes(t, NULL, 0);
    check_codec_args(tname, enc, errors);
    if (mp_obj_is_str(src)) {
        if (enc == MP_OBJ_NULL) mp_raise(&mp_type_TypeError, "string argument without an encoding");
        mp_obj_bytes_t *r = mp_str_encode(src, enc, errors);
        return t == &mp_type_bytes ? r : new_bytes(t, r->data, r->len);
    }
    if (enc != MP_OBJ_NULL) mp_raise(&mp_type_TypeError, "encoding without a string argument");
    if (errors != MP_OBJ_NULL) mp_raise(&mp_type_TypeError, "errors without a string argument");
    if (mp_obj_is_bytes_like(src)) return new_bytes(t, B(src)->data, B(src)->len);
    if (mp_obj_is_int(src)) {
        mp_int_t k = mp_obj_get_int(src);
        if (k < 0) mp_raise(&mp_type_ValueError, "negative count");
        return new_bytes(t, NULL, (size_t)k);
    }
    const mp_obj_type_t *st = mp_type_of(src);
    if (st->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t r;
        if (t == &mp_type_bytes && mp_call_special(src, qstr_from_str("__bytes__"), 0, NULL, &r)) {
            if (!mp_obj_is_type(r, &mp_type_bytes)) mp_raise(&mp_type_TypeError, "__bytes__ returned non-bytes (type %T)", r);
            return r;
        }
    }
    if (st->getiter == NULL && !(st->flags & MP_TYPE_FLAG_USER)) {
        mp_raise(&mp_type_TypeError, "cannot convert '%T' object to %s", src, tname);
    }
    mp_obj_bytes_t *r = new_bytes(&mp_type_bytearray, NULL, 0);
    mp_obj_t it = mp_getiter(src), item;
    while ((item = mp_iternext(it)) != MP_OBJ_NULL) {
        byte c = byte_value(item, t == &mp_type_bytes ? "bytes" : "byte");
        ba_add(r, &c, 1);
    }
    return t == &mp_type_bytes ? new_bytes(t, r->data, r->len) : r;
}

static mp_obj_t bytes_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)type;
    return bytes_new(&mp_type_bytes, n, a, n_kw, kw);
}
static mp_obj_t bytearray_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)type;
    return bytes_new(&mp_type_bytearray, n, a, n_kw, kw);
}

// The image keeps a bytes constant as text whose code points are the bytes (latin-1).
mp_obj_t rt_load_const_bytes(qstr s) {
    mp_obj_str_t *text = qstr_obj(s);       // the length, not strlen: the data may hold NULs
    const byte *p = (const byte *)text->data;
    size_t n = text->len;
    mp_obj_bytes_t *b = new_bytes(&mp_type_bytes, NULL, n);
    size_t len = 0;
    for (size_t i = 0; i < n;) b->data[len++] = (byte)next_code_point(p, n, &i);
    b->len = len;
    return b;
}

// --- operators --------------------------------------------------------------------------------------
static mp_int_t find_sub(const mp_obj_bytes_t *b, const byte *sub, size_t n, size_t start, size_t end, bool reverse) {
    if (end > b->len) end = b->len;
    if (start > end || end - start < n) return -1;
    for (size_t k = 0; k <= end - start - n; k++) {
        size_t i = reverse ? end - n - k : start + k;
        if (memcmp(b->data + i, sub, n) == 0) return (mp_int_t)i;
    }
    return -1;
}

// the needle of in/find/count/index: an int in range(0, 256) or a bytes-like object
static const byte *needle(mp_obj_t o, byte *one, size_t *n) {
    if (mp_obj_is_int(o) || o == mp_const_true || o == mp_const_false) {
        *one = byte_value(o, "byte");
        *n = 1;
        return one;
    }
    mp_obj_bytes_t *b = bytes_arg(o);
    *n = b->len;
    return b->data;
}

// bytes % args: formatted as str over the latin-1 text of the bytes, then encoded back. %s and
// %b take the bytes of a bytes-like argument; %r and %a its repr.
static mp_obj_t latin1_text(const mp_obj_bytes_t *b) {
    return mp_bytes_decode((mp_obj_t)b, mp_obj_new_str("latin-1", 7), MP_OBJ_NULL);
}
static mp_obj_t bytes_percent(mp_obj_t fmt, mp_obj_t args) {
    size_t n = 1, k = 0;
    mp_obj_t *items = &args;
    bool is_tuple = mp_obj_is_type(args, &mp_type_tuple);
    if (is_tuple) mp_obj_get_array(args, &n, &items);
    mp_obj_t conv[n + 1];
    memcpy(conv, items, n * sizeof(mp_obj_t));
    mp_obj_bytes_t *f = new_bytes(&mp_type_bytearray, B(fmt)->data, B(fmt)->len);
    for (size_t i = 0; i < f->len; i++) {
        if (f->data[i] != '%') continue;
        size_t j = i + 1;
        while (j < f->len && memchr("-+ #0123456789.", f->data[j], 15)) j++;
        if (j >= f->len) break;                       // mp_str_percent reports it
        i = j;
        byte c = f->data[j];
        if (c == '%') continue;
        if (k < n && (c == 's' || c == 'b')) {
            f->data[j] = 's';
            if (!mp_obj_is_bytes_like(conv[k])) {
                mp_raise(&mp_type_TypeError, "%%b requires a bytes-like object, or an object that implements "
                         "__bytes__, not '%T'", conv[k]);
            }
            conv[k] = latin1_text(conv[k]);
        }
        k++;
    }
    if (k < n) mp_raise(&mp_type_TypeError, "not all arguments converted during bytes formatting");
    mp_obj_t text = mp_str_percent(latin1_text(f), is_tuple ? mp_obj_new_tuple(n, conv) : conv[0]);
    mp_obj_bytes_t *r = mp_str_encode(text, mp_obj_new_str("latin-1", 7), MP_OBJ_NULL);
    return new_bytes(mp_type_of(fmt), r->data, r->len);
}

static mp_obj_t bytes_repeat(mp_obj_bytes_t *a, mp_obj_t times, bool in_place) {
    mp_int_t k = mp_obj_get_int(times);
    if (k < 0) k = 0;
    if (in_place) {
        size_t n = a->len;
        if (k == 0) a->len = 0;
        for (mp_int_t i = 1; i < k; i++) ba_add(a, a->data, n);
        return a;
    }
    mp_obj_bytes_t *r = new_bytes(a->base.type, NULL, a->len * (size_t)k);
    for (mp_int_t i = 0; i < k; i++) memcpy(r->data + (size_t)i * a->len, a->data, a->len);
    return r;
}

static mp_obj_t bytes_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_bytes_t *a = lhs;
    bool ba = is_bytearray(lhs);
    switch (op) {
        case MP_BINARY_OP_IN: case MP_BINARY_OP_NOT_IN: {
            // rhs in lhs (obj.c swaps the operands of `in`)
            byte one;
            size_t n;
            const byte *sub = needle(rhs, &one, &n);
            return mp_obj_new_bool((find_sub(a, sub, n, 0, a->len, false) >= 0) == (op == MP_BINARY_OP_IN));
        }
        case MP_BINARY_OP_MULTIPLY: case MP_BINARY_OP_INPLACE_MULTIPLY:
            if (!mp_obj_is_int(rhs)) return MP_OBJ_NULL;
            return bytes_repeat(a, rhs, ba && op == MP_BINARY_OP_INPLACE_MULTIPLY);
        case MP_BINARY_OP_MODULO: case MP_BINARY_OP_INPLACE_MODULO:
            return bytes_percent(lhs, rhs);
        default: break;
    }
    if (!mp_obj_is_bytes_like(rhs)) {
        if (op == MP_BINARY_OP_ADD || op == MP_BINARY_OP_INPLACE_ADD) {
            if (ba && op == MP_BINARY_OP_INPLACE_ADD) {
                mp_raise(&mp_type_TypeError, "can't concat %T to bytearray", rhs);
            }
            mp_raise(&mp_type_TypeError, "can't concat %T to %T", rhs, lhs);
        }
        return MP_OBJ_NULL;
    }
    mp_obj_bytes_t *b = rhs;
    if (op == MP_BINARY_OP_INPLACE_ADD && ba) {
        ba_add(a, b->data, b->len);
        return a;
    }
    if (op == MP_BINARY_OP_ADD || op == MP_BINARY_OP_INPLACE_ADD) {
        mp_obj_bytes_t *r = new_bytes(a->base.type, NULL, a->len + b->len);
        if (a->len) memcpy(r->data, a->data, a->len);
        if (b->len) memcpy(r->data + a->len, b->data, b->len);
        return r;
    }
    size_t n = a->len < b->len ? a->len : b->len;
    int c = n ? memcmp(a->data, b->data, n) : 0;
    if (c == 0) c = a->len < b->len ? -1 : a->len > b->len;
    return mp_compare_result(op, c);
}

static mp_obj_t bytes_unary_op(mp_int_t op, mp_obj_t o) {
    switch (op) {
        case MP_UNARY_OP_BOOL: return mp_obj_new_bool(B(o)->len != 0);
        case MP_UNARY_OP_LEN: return MP_OBJ_NEW_SMALL_INT(B(o)->len);
        default: return MP_OBJ_NULL;
    }
}

// --- subscripts -------------------------------------------------------------------------------------
static size_t index_of(mp_obj_bytes_t *b, mp_obj_t index) {
    bool ba = is_bytearray(b);
    if (index == mp_const_false || index == mp_const_true) index = MP_OBJ_NEW_SMALL_INT(index == mp_const_true);
    if (!mp_obj_is_int(index)) {
        mp_raise(&mp_type_TypeError, "%s indices must be integers or slices, not %T", ba ? "bytearray" : "byte", index);
    }
    mp_int_t i;
    if (!mp_obj_int_get_checked(index, &i)) mp_raise(&mp_type_IndexError, "cannot fit 'int' into an index-sized integer");
    if (i < 0) i += (mp_int_t)b->len;
    if (i < 0 || i >= (mp_int_t)b->len) mp_raise(&mp_type_IndexError, ba ? "bytearray index out of range" : "index out of range");
    return (size_t)i;
}

// ba[slice] = value / del ba[slice] (value MP_OBJ_SENTINEL)
static void ba_store_slice(mp_obj_bytes_t *b, mp_obj_t slice, mp_obj_t value) {
    mp_int_t start, step;
    size_t n = mp_slice_indices(slice, b->len, &start, &step);
    mp_obj_bytes_t *src = NULL;
    if (value != MP_OBJ_SENTINEL) {
        if (mp_obj_is_int(value) || mp_obj_is_str(value)) {
            mp_raise(&mp_type_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        src = bytes_new(&mp_type_bytes, 1, &value, 0, NULL);
    }
    if (step != 1) {
        if (src != NULL) {
            if (src->len != n) {
                mp_raise(&mp_type_ValueError, "attempt to assign bytes of size %d to extended slice of size %d",
                         (int)src->len, (int)n);
            }
            for (size_t k = 0; k < n; k++) b->data[start + (mp_int_t)k * step] = src->data[k];
            return;
        }
        bool *drop = gc_alloc(b->len + 1);
        for (size_t k = 0; k < n; k++) drop[start + (mp_int_t)k * step] = true;
        size_t w = 0;
        for (size_t r = 0; r < b->len; r++) if (!drop[r]) b->data[w++] = b->data[r];
        b->len = w;
        return;
    }
    // the run [start, start + n) becomes src's data
    size_t add = src ? src->len : 0, tail = b->len - (size_t)start - n;
    if (add > n) ba_reserve(b, add - n);
    memmove(b->data + start + add, b->data + start + n, tail);
    if (add) memcpy(b->data + start, src->data, add);
    b->len = (size_t)start + add + tail;
}

static mp_obj_t bytes_subscr(mp_obj_t base, mp_obj_t index, mp_obj_t value) {
    mp_obj_bytes_t *b = base;
    if (value != MP_OBJ_NULL) {
        if (!is_bytearray(base)) return MP_OBJ_NULL;
        if (mp_obj_is_slice(index)) { ba_store_slice(b, index, value); return mp_const_none; }
        size_t i = index_of(b, index);
        if (value == MP_OBJ_SENTINEL) {
            memmove(b->data + i, b->data + i + 1, b->len - i - 1);
            b->len--;
        } else {
            b->data[i] = byte_value(value, "byte");
        }
        return mp_const_none;
    }
    if (mp_obj_is_slice(index)) {
        mp_int_t start, step;
        size_t n = mp_slice_indices(index, b->len, &start, &step);
        mp_obj_bytes_t *r = new_bytes(b->base.type, NULL, n);
        for (size_t k = 0; k < n; k++) r->data[k] = b->data[start + (mp_int_t)k * step];
        return r;
    }
    return MP_OBJ_NEW_SMALL_INT(b->data[index_of(b, index)]);
}

typedef struct { mp_obj_base_t base; mp_obj_bytes_t *seq; size_t i; } bytes_it_t;
static mp_obj_t bytes_getiter(mp_obj_t o) {
    bytes_it_t *it = m_new_obj(bytes_it_t);
    it->base.type = is_bytearray(o) ? &mp_type_bytearray_it : &mp_type_bytes_it;
    it->seq = o;
    return it;
}
static mp_obj_t bytes_it_next(mp_obj_t o) {
    bytes_it_t *it = o;
    return it->i < it->seq->len ? MP_OBJ_NEW_SMALL_INT(it->seq->data[it->i++]) : MP_OBJ_NULL;
}
static mp_obj_t identity(mp_obj_t o) { return o; }

// --- methods of both types ------------------------------------------------------------------------
MP_BUILTIN(bytes_decode, "decode", 1, 3, true);
static mp_obj_t bytes_decode(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    mp_obj_t enc = get_arg(n, a, n_kw, kw, 1, "encoding"), errors = get_arg(n, a, n_kw, kw, 2, "errors");
    check_codec_args("decode", enc, errors);
    return mp_bytes_decode(a[0], enc, errors);
}

MP_BUILTIN(bytes_hex, "hex", 1, 3, true);
static mp_obj_t bytes_hex(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    mp_obj_bytes_t *b = a[0];
    mp_obj_t sep = get_arg(n, a, n_kw, kw, 1, "sep"), per = get_arg(n, a, n_kw, kw, 2, "bytes_per_sep");
    const char *sep_p = NULL;
    if (sep != MP_OBJ_NULL) {
        if (mp_obj_is_str(sep) && ((mp_obj_str_t *)sep)->len == 1) sep_p = ((mp_obj_str_t *)sep)->data;
        else if (mp_obj_is_bytes_like(sep) && B(sep)->len == 1) sep_p = (const char *)B(sep)->data;
        else if (mp_obj_is_str(sep) || mp_obj_is_bytes_like(sep)) mp_raise(&mp_type_ValueError, "sep must be length 1.");
        else mp_raise(&mp_type_TypeError, "sep must be str or bytes.");
    }
    mp_int_t group = per == MP_OBJ_NULL ? 1 : mp_obj_get_int(per);
    size_t g = (size_t)(group < 0 ? -group : group);
    vstr_t v;
    vstr_init(&v, b->len * 3 + 1);
    for (size_t i = 0; i < b->len; i++) {
        // a positive group counts from the right, a negative one from the left
        size_t k = group > 0 ? b->len - i : i;
        if (sep_p != NULL && g != 0 && i > 0 && k % g == 0) vstr_add_char(&v, *sep_p);
        vstr_add_char(&v, hex_digits[b->data[i] >> 4]);
        vstr_add_char(&v, hex_digits[b->data[i] & 15]);
    }
    return mp_obj_new_str_from_vstr(&v);
}

static int hex_value(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}
static bool is_space(byte c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// a classmethod: a[0] is the class
MP_BUILTIN(bytes_fromhex, "fromhex", 2, 2, false);
static mp_obj_t bytes_fromhex(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    if (!mp_obj_is_str(a[1])) mp_raise(&mp_type_TypeError, "fromhex() argument must be str, not %T", a[1]);
    mp_obj_str_t *s = a[1];
    vstr_t v;
    vstr_init(&v, s->len / 2 + 1);
    for (size_t i = 0; i < s->len;) {
        if (is_space((byte)s->data[i])) { i++; continue; }
        int hi = hex_value(s->data[i]);
        int lo = i + 1 < s->len ? hex_value(s->data[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            mp_raise(&mp_type_ValueError, "non-hexadecimal number found in fromhex() arg at position %d",
                     (int)(hi < 0 ? i : i + 1));
        }
        vstr_add_char(&v, (char)(hi * 16 + lo));
        i += 2;
    }
    const mp_obj_type_t *t = a[0] == &mp_type_bytearray ? &mp_type_bytearray : &mp_type_bytes;
    return bytes_from_vstr(t, &v);
}

// the optional start and end arguments of count/find/index, clamped as slice bounds
static void bounds(size_t n, const mp_obj_t *a, size_t len, size_t *start, size_t *end) {
    mp_int_t s = n > 2 && a[2] != mp_const_none ? mp_obj_get_int(a[2]) : 0;
    mp_int_t e = n > 3 && a[3] != mp_const_none ? mp_obj_get_int(a[3]) : (mp_int_t)len;
    if (s < 0) { s += (mp_int_t)len; if (s < 0) s = 0; }
    if (e < 0) { e += (mp_int_t)len; if (e < 0) e = 0; }
    if (e > (mp_int_t)len) e = (mp_int_t)len;
    *start = (size_t)s;
    *end = (size_t)e;
}

static mp_int_t find_in(size_t n, const mp_obj_t *a, bool reverse) {
    mp_obj_bytes_t *b = a[0];
    byte one;
    size_t sub_n, start, end;
    const byte *sub = needle(a[1], &one, &sub_n);
    bounds(n, a, b->len, &start, &end);
    return find_sub(b, sub, sub_n, start, end, reverse);
}

BYTES_METHOD(bytes_find, "find", 2, 4);
static mp_obj_t bytes_find(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    return MP_OBJ_NEW_SMALL_INT(find_in(n, a, false));
}
BYTES_METHOD(bytes_rfind, "rfind", 2, 4);
static mp_obj_t bytes_rfind(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    return MP_OBJ_NEW_SMALL_INT(find_in(n, a, true));
}
BYTES_METHOD(bytes_index, "index", 2, 4);
static mp_obj_t bytes_index(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_int_t i = find_in(n, a, false);
    if (i < 0) mp_raise(&mp_type_ValueError, "subsection not found");
    return MP_OBJ_NEW_SMALL_INT(i);
}

BYTES_METHOD(bytes_count, "count", 2, 4);
static mp_obj_t bytes_count(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_obj_bytes_t *b = a[0];
    byte one;
    size_t sub_n, start, end;
    const byte *sub = needle(a[1], &one, &sub_n);
    bounds(n, a, b->len, &start, &end);
    if (start > end) return MP_OBJ_NEW_SMALL_INT(0);
    if (sub_n == 0) return MP_OBJ_NEW_SMALL_INT(end - start + 1);
    mp_int_t c = 0;
    for (size_t i = start; i + sub_n <= end;) {
        if (memcmp(b->data + i, sub, sub_n) == 0) { c++; i += sub_n; } else i++;
    }
    return MP_OBJ_NEW_SMALL_INT(c);
}

// startswith / endswith: a bytes-like or a tuple of them
static mp_obj_t affix(size_t n, const mp_obj_t *a, bool end_side, const char *name) {
    mp_obj_bytes_t *b = a[0];
    size_t start, end, count = 1;
    bounds(n, a, b->len, &start, &end);
    mp_obj_t *items = (mp_obj_t *)&a[1];
    bool is_tuple = mp_obj_is_type(a[1], &mp_type_tuple);
    if (is_tuple) mp_obj_get_array(a[1], &count, &items);
    for (size_t i = 0; i < count; i++) {
        if (!mp_obj_is_bytes_like(items[i])) {
            if (is_tuple) mp_raise(&mp_type_TypeError, "a bytes-like object is required, not '%T'", items[i]);
            mp_raise(&mp_type_TypeError, "%s first arg must be bytes or a tuple of bytes, not %T", name, items[i]);
        }
        mp_obj_bytes_t *p = items[i];
        if (start > end || end - start < p->len) continue;
        size_t at = end_side ? end - p->len : start;
        if (memcmp(b->data + at, p->data, p->len) == 0) return mp_const_true;
    }
    return mp_const_false;
}
BYTES_METHOD(bytes_startswith, "startswith", 2, 4);
static mp_obj_t bytes_startswith(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    return affix(n, a, false, "startswith");
}
BYTES_METHOD(bytes_endswith, "endswith", 2, 4);
static mp_obj_t bytes_endswith(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    return affix(n, a, true, "endswith");
}

static mp_obj_t slice_of(mp_obj_bytes_t *b, size_t start, size_t end) {
    return new_bytes(b->base.type, b->data + start, end - start);
}

MP_BUILTIN(bytes_split, "split", 1, 3, true);
static mp_obj_t bytes_split(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    mp_obj_bytes_t *b = a[0];
    mp_obj_t sep = get_arg(n, a, n_kw, kw, 1, "sep"), max = get_arg(n, a, n_kw, kw, 2, "maxsplit");
    mp_int_t left = max == MP_OBJ_NULL ? -1 : mp_obj_get_int(max);
    mp_obj_t out = mp_obj_new_list(0, NULL);
    size_t i = 0;
    if (sep == MP_OBJ_NULL || sep == mp_const_none) {
        for (;;) {
            while (i < b->len && is_space(b->data[i])) i++;
            if (i == b->len) break;
            size_t j = i;
            if (left == 0) j = b->len;
            else while (j < b->len && !is_space(b->data[j])) j++;
            mp_obj_list_append(out, slice_of(b, i, j));
            if (left > 0) left--;
            i = j;
        }
        return out;
    }
    mp_obj_bytes_t *s = bytes_arg(sep);
    if (s->len == 0) mp_raise(&mp_type_ValueError, "empty separator");
    for (;;) {
        mp_int_t j = left == 0 ? -1 : find_sub(b, s->data, s->len, i, b->len, false);
        if (j < 0) break;
        mp_obj_list_append(out, slice_of(b, i, (size_t)j));
        i = (size_t)j + s->len;
        if (left > 0) left--;
    }
    mp_obj_list_append(out, slice_of(b, i, b->len));
    return out;
}

BYTES_METHOD(bytes_join, "join", 2, 2);
static mp_obj_t bytes_join(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_bytes_t *sep = a[0];
    mp_obj_bytes_t *r = new_bytes(&mp_type_bytearray, NULL, 0);
    mp_obj_t it = mp_getiter(a[1]), item;
    for (size_t i = 0; (item = mp_iternext(it)) != MP_OBJ_NULL; i++) {
        if (!mp_obj_is_bytes_like(item)) {
            mp_raise(&mp_type_TypeError, "sequence item %d: expected a bytes-like object, %T found", (int)i, item);
        }
        if (i > 0) ba_add(r, sep->data, sep->len);
        ba_add(r, B(item)->data, B(item)->len);
    }
    return new_bytes(sep->base.type, r->data, r->len);
}

static mp_obj_t strip(size_t n, const mp_obj_t *a, bool left, bool right) {
    mp_obj_bytes_t *b = a[0];
    const byte *chars = (const byte *)" \t\n\r\f\v";
    size_t n_chars = 6;
    if (n > 1 && a[1] != mp_const_none) {
        mp_obj_bytes_t *c = bytes_arg(a[1]);
        chars = c->data;
        n_chars = c->len;
    }
    size_t i = 0, j = b->len;
    while (left && i < j && memchr(chars, b->data[i], n_chars)) i++;
    while (right && j > i && memchr(chars, b->data[j - 1], n_chars)) j--;
    return slice_of(b, i, j);
}
BYTES_METHOD(bytes_strip, "strip", 1, 2);
static mp_obj_t bytes_strip(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    return strip(n, a, true, true);
}
BYTES_METHOD(bytes_lstrip, "lstrip", 1, 2);
static mp_obj_t bytes_lstrip(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    return strip(n, a, true, false);
}
BYTES_METHOD(bytes_rstrip, "rstrip", 1, 2);
static mp_obj_t bytes_rstrip(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    return strip(n, a, false, true);
}

static mp_obj_t map_case(mp_obj_t self, bool upper) {
    mp_obj_bytes_t *b = self, *r = new_bytes(b->base.type, b->data, b->len);
    for (size_t i = 0; i < r->len; i++) {
        byte c = r->data[i];
        if (upper && c >= 'a' && c <= 'z') r->data[i] = (byte)(c - 32);
        if (!upper && c >= 'A' && c <= 'Z') r->data[i] = (byte)(c + 32);
    }
    return r;
}
BYTES_METHOD(bytes_upper, "upper", 1, 1);
static mp_obj_t bytes_upper(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return map_case(a[0], true);
}
BYTES_METHOD(bytes_lower, "lower", 1, 1);
static mp_obj_t bytes_lower(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return map_case(a[0], false);
}

BYTES_METHOD(bytes_replace, "replace", 3, 4);
static mp_obj_t bytes_replace(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_obj_bytes_t *b = a[0], *old = bytes_arg(a[1]), *new = bytes_arg(a[2]);
    mp_int_t left = n > 3 ? mp_obj_get_int(a[3]) : -1;
    mp_obj_bytes_t *r = new_bytes(&mp_type_bytearray, NULL, 0);
    size_t i = 0;
    while (i <= b->len && left != 0) {
        mp_int_t j = find_sub(b, old->data, old->len, i, b->len, false);
        if (j < 0) break;
        ba_add(r, b->data + i, (size_t)j - i);
        ba_add(r, new->data, new->len);
        if (old->len == 0) {
            // an empty pattern matches between every byte
            if ((size_t)j < b->len) ba_add(r, b->data + j, 1);
            i = (size_t)j + 1;
        } else {
            i = (size_t)j + old->len;
        }
        if (left > 0) left--;
    }
    if (i < b->len) ba_add(r, b->data + i, b->len - i);
    return new_bytes(b->base.type, r->data, r->len);
}

// isalpha / isdigit / isspace / isalnum / isupper / islower: every byte is of the class
static mp_obj_t is_class(mp_obj_t self, int kind) {
    mp_obj_bytes_t *b = self;
    bool cased = false;
    for (size_t i = 0; i < b->len; i++) {
        byte c = b->data[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z', dig = c >= '0' && c <= '9';
        bool ok = kind == 0 ? up || low : kind == 1 ? dig : kind == 2 ? is_space(c) : kind == 3 ? up || low || dig
                : kind == 4 ? !low : !up;
        if (!ok) return mp_const_false;
        cased |= up || low;
    }
    return mp_obj_new_bool(b->len != 0 && (kind < 4 || cased));
}
#define IS_METHOD(cname, pyname, kind) \
    BYTES_METHOD(cname, pyname, 1, 1); \
    static mp_obj_t cname(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) { \
        (void)n; (void)n_kw; (void)kw; \
        return is_class(a[0], kind); \
    }
IS_METHOD(bytes_isalpha, "isalpha", 0)
IS_METHOD(bytes_isdigit, "isdigit", 1)
IS_METHOD(bytes_isspace, "isspace", 2)
IS_METHOD(bytes_isalnum, "isalnum", 3)
IS_METHOD(bytes_isupper, "isupper", 4)
IS_METHOD(bytes_islower, "islower", 5)

// --- bytearray's mutators ---------------------------------------------------------------------------
BYTES_METHOD(ba_append, "append", 2, 2);
static mp_obj_t ba_append(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    byte c = byte_value(a[1], "byte");
    ba_add(a[0], &c, 1);
    return mp_const_none;
}

BYTES_METHOD(ba_extend, "extend", 2, 2);
static mp_obj_t ba_extend(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    if (mp_obj_is_int(a[1])) mp_raise(&mp_type_TypeError, "can't extend bytearray with %T", a[1]);
    if (mp_obj_is_str(a[1])) {
        // its items are strs, not ints
        if (((mp_obj_str_t *)a[1])->len == 0) return mp_const_none;
        mp_raise(&mp_type_TypeError, "'str' object cannot be interpreted as an integer");
    }
    mp_obj_bytes_t *src = bytes_new(&mp_type_bytes, 1, &a[1], 0, NULL);
    ba_add(a[0], src->data, src->len);
    return mp_const_none;
}

BYTES_METHOD(ba_pop, "pop", 1, 2);
static mp_obj_t ba_pop(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_obj_bytes_t *b = a[0];
    if (b->len == 0) mp_raise(&mp_type_IndexError, "pop from empty bytearray");
    mp_int_t i = n > 1 ? mp_obj_get_int(a[1]) : (mp_int_t)b->len - 1;
    if (i < 0) i += (mp_int_t)b->len;
    if (i < 0 || i >= (mp_int_t)b->len) mp_raise(&mp_type_IndexError, "pop index out of range");
    byte c = b->data[i];
    memmove(b->data + i, b->data + i + 1, b->len - (size_t)i - 1);
    b->len--;
    return MP_OBJ_NEW_SMALL_INT(c);
}

BYTES_METHOD(ba_insert, "insert", 3, 3);
static mp_obj_t ba_insert(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_bytes_t *b = a[0];
    mp_int_t i = mp_obj_get_int(a[1]), len = (mp_int_t)b->len;
    if (i < 0) i += len;
    if (i < 0) i = 0;
    if (i > len) i = len;
    byte c = byte_value(a[2], "byte");
    ba_reserve(b, 1);
    memmove(b->data + i + 1, b->data + i, (size_t)(len - i));
    b->data[i] = c;
    b->len++;
    return mp_const_none;
}

BYTES_METHOD(ba_remove, "remove", 2, 2);
static mp_obj_t ba_remove(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_bytes_t *b = a[0];
    byte c = byte_value(a[1], "byte");
    byte *p = b->len ? memchr(b->data, c, b->len) : NULL;
    if (p == NULL) mp_raise(&mp_type_ValueError, "value not found in bytearray");
    memmove(p, p + 1, b->len - (size_t)(p - b->data) - 1);
    b->len--;
    return mp_const_none;
}

BYTES_METHOD(ba_reverse, "reverse", 1, 1);
static mp_obj_t ba_reverse(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_bytes_t *b = a[0];
    for (size_t i = 0, j = b->len; i + 1 < j; i++, j--) {
        byte t = b->data[i];
        b->data[i] = b->data[j - 1];
        b->data[j - 1] = t;
    }
    return mp_const_none;
}

BYTES_METHOD(ba_clear, "clear", 1, 1);
static mp_obj_t ba_clear(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    B(a[0])->len = 0;
    return mp_const_none;
}

BYTES_METHOD(ba_copy, "copy", 1, 1);
static mp_obj_t ba_copy(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return new_bytes(&mp_type_bytearray, B(a[0])->data, B(a[0])->len);
}

// --- str.encode, and str(b, encoding) -------------------------------------------------------------
MP_BUILTIN(str_encode, "encode", 1, 3, true);
static mp_obj_t str_encode(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    mp_obj_t enc = get_arg(n, a, n_kw, kw, 1, "encoding"), errors = get_arg(n, a, n_kw, kw, 2, "errors");
    check_codec_args("encode", enc, errors);
    return mp_str_encode(a[0], enc, errors);
}

// str.c's constructor handles str(x); with an encoding or errors, str() decodes instead
static mp_call_fun_t str_base_make_new;
static mp_obj_t str_make_new_decoding(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    mp_obj_t enc = get_arg(n, a, n_kw, kw, 1, "encoding"), errors = get_arg(n, a, n_kw, kw, 2, "errors");
    if (enc == MP_OBJ_NULL && errors == MP_OBJ_NULL) return str_base_make_new(type, n, a, n_kw, kw);
    check_codec_args("str", enc, errors);
    mp_obj_t src = get_arg(n, a, n_kw, kw, 0, "object");
    if (src == MP_OBJ_NULL) return qstr_obj(MP_QSTR_empty);
    if (mp_obj_is_str(src)) mp_raise(&mp_type_TypeError, "decoding str is not supported");
    if (!mp_obj_is_bytes_like(src)) mp_raise(&mp_type_TypeError, "decoding to str: need a bytes-like object, %T found", src);
    return mp_bytes_decode(src, enc, errors);
}

// int(b"42") parses the bytes as text; int.c's constructor does the rest
static mp_call_fun_t int_base_make_new;
static mp_obj_t int_make_new_bytes(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    if (n == 0 || !mp_obj_is_bytes_like(a[0])) return int_base_make_new(type, n, a, n_kw, kw);
    mp_obj_t args[n];
    memcpy(args, a, n * sizeof(mp_obj_t));
    args[0] = latin1_text(a[0]);
    return int_base_make_new(type, n, args, n_kw, kw);
}

// ord(b"A"): builtins.c's ord handles str
static mp_obj_t ord_base;
MP_BUILTIN(bytes_ord, "ord", 1, 1, false);
static mp_obj_t bytes_ord(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    if (!mp_obj_is_bytes_like(a[0])) return mp_call(ord_base, n, a, n_kw, kw);
    if (B(a[0])->len != 1) {
        mp_raise(&mp_type_TypeError, "ord() expected a character, but string of length %d found", (int)B(a[0])->len);
    }
    return MP_OBJ_NEW_SMALL_INT(B(a[0])->data[0]);
}

// --- the types -----------------------------------------------------------------------------------------
mp_obj_type_t mp_type_bytes = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .print = bytes_print, .make_new = bytes_make_new,
    .unary_op = bytes_unary_op, .binary_op = bytes_binary_op, .subscr = bytes_subscr, .getiter = bytes_getiter,
};
mp_obj_type_t mp_type_bytearray = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .print = bytes_print, .make_new = bytearray_make_new,
    .unary_op = bytes_unary_op, .binary_op = bytes_binary_op, .subscr = bytes_subscr, .getiter = bytes_getiter,
};
mp_obj_type_t mp_type_bytes_it = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .getiter = identity, .iternext = bytes_it_next,
};
mp_obj_type_t mp_type_bytearray_it = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .getiter = identity, .iternext = bytes_it_next,
};

void bytes_init(void) {
    mp_type_bytes.name = qstr_from_str("bytes");
    mp_type_bytearray.name = qstr_from_str("bytearray");
    mp_type_bytes_it.name = qstr_from_str("bytes_iterator");
    mp_type_bytearray_it.name = qstr_from_str("bytearray_iterator");
    static const mp_obj_builtin_fun_t *const shared[] = {
        &bytes_decode_obj, &bytes_hex_obj, &bytes_find_obj, &bytes_rfind_obj, &bytes_index_obj, &bytes_count_obj,
        &bytes_startswith_obj, &bytes_endswith_obj, &bytes_split_obj, &bytes_join_obj, &bytes_strip_obj,
        &bytes_lstrip_obj, &bytes_rstrip_obj, &bytes_upper_obj, &bytes_lower_obj, &bytes_replace_obj,
        &bytes_isalpha_obj, &bytes_isdigit_obj, &bytes_isspace_obj, &bytes_isalnum_obj, &bytes_isupper_obj,
        &bytes_islower_obj,
    };
    for (size_t i = 0; i < sizeof shared / sizeof *shared; i++) {
        mp_store_method(&mp_type_bytes, shared[i]);
        mp_store_method(&mp_type_bytearray, shared[i]);
    }
    static const mp_obj_builtin_fun_t *const mutators[] = {
        &ba_append_obj, &ba_extend_obj, &ba_pop_obj, &ba_insert_obj, &ba_remove_obj, &ba_reverse_obj,
        &ba_clear_obj, &ba_copy_obj,
    };
    for (size_t i = 0; i < sizeof mutators / sizeof *mutators; i++) mp_store_method(&mp_type_bytearray, mutators[i]);
    static const mp_obj_static_class_method_t fromhex = {{&mp_type_classmethod}, (mp_obj_t)&bytes_fromhex_obj};
    mp_dict_store_q(mp_type_bytes.locals, qstr_from_str("fromhex"), (mp_obj_t)&fromhex);
    mp_dict_store_q(mp_type_bytearray.locals, qstr_from_str("fromhex"), (mp_obj_t)&fromhex);
    mp_dict_store_q(mp_builtins, mp_type_bytes.name, &mp_type_bytes);
    mp_dict_store_q(mp_builtins, mp_type_bytearray.name, &mp_type_bytearray);

    mp_store_method(&mp_type_str, &str_encode_obj);
    str_base_make_new = mp_type_str.make_new;
    mp_type_str.make_new = str_make_new_decoding;
    int_base_make_new = mp_type_int.make_new;
    mp_type_int.make_new = int_make_new_bytes;
    gc_add_root(&ord_base);
    ord_base = mp_dict_get_q(mp_builtins, qstr_from_str("ord"));
    mp_dict_store_q(mp_builtins, qstr_from_str("ord"), (mp_obj_t)&bytes_ord_obj);
    // the Unicode errors print from their five arguments
    exc_base_print = mp_type_UnicodeError.print;
    exc_base_attr = mp_type_UnicodeError.attr;
    mp_type_UnicodeDecodeError.print = mp_type_UnicodeEncodeError.print = unicode_error_print;
    mp_type_UnicodeDecodeError.attr = mp_type_UnicodeEncodeError.attr = unicode_error_attr;
}
