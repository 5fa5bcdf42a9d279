// strfmt.c: formatting: format(value, spec) (the format-spec mini-language, for int, float, str
// and f-strings), str.format / format_map, and printf-style `%` on str.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "obj.h"

#define S(o) ((mp_obj_str_t *)(o))

mp_obj_t mp_obj_ascii_of(mp_obj_t o) {
    if (mp_obj_is_str(o)) {
        vstr_t v;
        vstr_init(&v, S(o)->len + 16);
        mp_str_print_ascii_repr(&v, S(o)->data, S(o)->len);
        return mp_obj_new_str_from_vstr(&v);
    }
    mp_obj_t r = mp_obj_repr_of(o);
    if (S(r)->char_len == S(r)->len) return r;
    vstr_t w;
    vstr_init(&w, S(r)->len + 16);
    for (const char *p = S(r)->data, *end = p + S(r)->len; p < end;) {
        const char *start = p;
        unichar c = mp_utf8_next(&p);
        if (c < 0x80) { vstr_add_strn(&w, start, (size_t)(p - start)); continue; }
        int digits = c <= 0xff ? 2 : c <= 0xffff ? 4 : 8;
        vstr_add_char(&w, '\\');
        vstr_add_char(&w, digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
        while (digits-- > 0) vstr_add_char(&w, "0123456789abcdef"[(c >> (4 * digits)) & 15]);
    }
    return mp_obj_new_str_from_vstr(&w);
}

static void add_fill(vstr_t *out, unichar fill, size_t n) {
    for (size_t i = 0; i < n; i++) vstr_add_unichar(out, fill);
}

// The digits of a non-negative int in base 2, 8, 10 or 16 (big ints too).
static void add_int_digits(vstr_t *out, mp_obj_t v, int base, bool upper) {
    const char *digit = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    mp_int_t small;
    if (base == 10 && !mp_obj_int_get_checked(v, &small)) { mp_int_print(out, v, false); return; }
    char buf[sizeof(mp_uint_t) * 8 + 1], *end = buf + sizeof buf, *q = end;
    if (mp_obj_int_get_checked(v, &small)) {
        mp_uint_t u = (mp_uint_t)small;
        do { *--q = digit[u % (mp_uint_t)base]; u /= (mp_uint_t)base; } while (u);
        vstr_add_strn(out, q, (size_t)(end - q));
        return;
    }
    // a big int: peel off 4 digits at a time (base^4 is a small int everywhere), lowest first
    const int k = 4;
    vstr_t rev;
    vstr_init(&rev, 64);
    mp_obj_t div = MP_OBJ_NEW_SMALL_INT(base * base * base * base);
    while (!mp_obj_int_get_checked(v, &small)) {
        mp_int_t r = MP_OBJ_SMALL_INT_VALUE(mp_binary_op(MP_BINARY_OP_MODULO, v, div));
        v = mp_binary_op(MP_BINARY_OP_FLOOR_DIVIDE, v, div);
        for (int i = 0; i < k; i++) { vstr_add_char(&rev, digit[r % base]); r /= base; }
    }
    add_int_digits(out, v, base, upper);
    for (size_t i = rev.len; i > 0; i--) vstr_add_char(out, rev.buf[i - 1]);
}

// --- format specs ---------------------------------------------------------------------------
typedef struct {
    unichar fill;
    char align, sign, group, type;   // align 0: the type's default; sign '-', '+' or ' '
    bool alt, z;
    mp_int_t width, prec;           // -1: not given
} spec_t;

static mp_int_t spec_num(const char **pp, const char *end) {
    mp_int_t n = 0;
    for (; *pp < end && **pp >= '0' && **pp <= '9'; (*pp)++) {
        if (n > (MP_SMALL_INT_MAX - 9) / 10) mp_raise(&mp_type_ValueError, "Too many decimal digits in format string");
        n = n * 10 + (**pp - '0');
    }
    return n;
}

static bool is_align(unichar c) { return c == '<' || c == '>' || c == '^' || c == '='; }

// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
static void parse_spec(mp_obj_str_t *spec, mp_obj_t value, spec_t *f) {
    char default_align = mp_obj_is_str(value) ? '<' : '>';
    const char *p = spec->data, *end = p + spec->len;
    *f = (spec_t){.fill = ' ', .sign = '-', .width = -1, .prec = -1};
    bool fill_given = false;
    if (p < end) {
        const char *q = p;
        unichar c = mp_utf8_next(&q);
        if (q < end && is_align((unichar)*q)) { f->fill = c; f->align = *q; p = q + 1; fill_given = true; }
        else if (is_align(c)) { f->align = (char)c; p++; }
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) f->sign = *p++;
    if (p < end && *p == 'z') { f->z = true; p++; }
    if (p < end && *p == '#') { f->alt = true; p++; }
    if (p < end && *p == '0') {
        // zero padding: after the sign for numbers, a plain fill for str
        if (!fill_given) f->fill = '0';
        if (!f->align && default_align == '>') f->align = '=';
        p++;
    }
    if (p < end && *p >= '0' && *p <= '9') f->width = spec_num(&p, end);
    if (p < end && (*p == ',' || *p == '_')) {
        f->group = *p++;
        if (p < end && (*p == ',' || *p == '_')) {
            if (*p == f->group) mp_raise(&mp_type_ValueError, "Cannot specify '%c' with '%c'.", *p, *p);
            mp_raise(&mp_type_ValueError, "Cannot specify both ',' and '_'.");
        }
    }
    if (p < end && *p == '.') {
        p++;
        if (p == end || *p < '0' || *p > '9') mp_raise(&mp_type_ValueError, "Format specifier missing precision");
        f->prec = spec_num(&p, end);
    }
    if (end - p > 1 || (p < end && (byte)*p >= 0x80)) {
        mp_raise(&mp_type_ValueError, "Invalid format specifier '%s' for object of type '%T'", spec->data, value);
    }
    if (p < end) f->type = *p;
    if (f->group) {
        const char *ok = f->group == ',' ? "deEfFgG%" : "deEfFgG%boxX";
        if (f->type && !strchr(ok, f->type)) {
            mp_raise(&mp_type_ValueError, "Cannot specify '%c' with '%c'.", f->group, f->type);
        }
    }
}

// pad body (n_chars code points) to the width, as align says
static void add_aligned(vstr_t *out, const spec_t *f, const char *body, size_t len, size_t n_chars, char dflt) {
    size_t pad = f->width > 0 && (size_t)f->width > n_chars ? (size_t)f->width - n_chars : 0;
    char align = f->align ? f->align : dflt;
    size_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    add_fill(out, f->fill, left);
    vstr_add_strn(out, body, len);
    add_fill(out, f->fill, pad - left);
}

// digits grouped by sep every `every` digits; with '0' padding, zeros are grouped in up to
// min_width (CPython's InsertThousandsGrouping)
static void add_grouped(vstr_t *out, const char *d, size_t n, char sep, int every, mp_int_t min_width) {
    vstr_t rev;
    vstr_init(&rev, n * 2 + 8);
    mp_int_t remaining = (mp_int_t)n;
    for (bool use_sep = false;; use_sep = true) {
        mp_int_t l = remaining > min_width ? remaining : min_width;
        if (l < 1) l = 1;
        if (l > every) l = every;
        mp_int_t n_chars = remaining < l ? remaining : l;
        if (use_sep) vstr_add_char(&rev, sep);
        for (mp_int_t i = 0; i < n_chars; i++) vstr_add_char(&rev, d[--remaining]);
        for (mp_int_t i = n_chars; i < l; i++) vstr_add_char(&rev, '0');
        min_width -= l;
        if (remaining <= 0 && min_width <= 0) break;
        min_width -= 1;
    }
    for (size_t i = rev.len; i > 0; i--) vstr_add_char(out, rev.buf[i - 1]);
}

// sign, prefix, integer digits (grouped), rest (fraction, exponent, %), padded per spec
static void add_number(vstr_t *out, const spec_t *f, bool neg, const char *prefix, const char *digits,
                       size_t n_digits, const char *rest, size_t n_rest) {
    const char *sign = neg ? "-" : f->sign == '+' ? "+" : f->sign == ' ' ? " " : "";
    size_t fixed = strlen(sign) + strlen(prefix) + n_rest;
    char align = f->align ? f->align : '>';
    vstr_t num;
    vstr_init(&num, n_digits * 2 + 16);
    if (f->group) {
        mp_int_t min_width = f->fill == '0' && align == '=' && f->width > (mp_int_t)fixed ? f->width - (mp_int_t)fixed : 0;
        add_grouped(&num, digits, n_digits, f->group, strchr("boxX", f->type ? f->type : 'd') ? 4 : 3, min_width);
    } else {
        vstr_add_strn(&num, digits, n_digits);
    }
    vstr_add_strn(&num, rest, n_rest);
    size_t len = fixed - n_rest + num.len;
    size_t pad = f->width > 0 && (size_t)f->width > len ? (size_t)f->width - len : 0;
    if (align == '=') {
        vstr_add_str(out, sign);
        vstr_add_str(out, prefix);
        add_fill(out, f->fill, pad);
        vstr_add_strn(out, num.buf, num.len);
        return;
    }
    size_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    add_fill(out, f->fill, left);
    vstr_add_str(out, sign);
    vstr_add_str(out, prefix);
    vstr_add_strn(out, num.buf, num.len);
    add_fill(out, f->fill, pad - left);
}

static void format_str(vstr_t *out, mp_obj_str_t *s, const spec_t *f) {
    if (f->type && f->type != 's') mp_raise(&mp_type_ValueError, "Unknown format code '%c' for object of type 'str'", f->type);
    if (f->sign != '-') mp_raise(&mp_type_ValueError, "Sign not allowed in string format specifier");
    if (f->alt) mp_raise(&mp_type_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f->z) mp_raise(&mp_type_ValueError, "Negative zero coercion (z) not allowed in format specifier");
    if (f->align == '=') mp_raise(&mp_type_ValueError, "'=' alignment not allowed in string format specifier");
    if (f->group) mp_raise(&mp_type_ValueError, "Cannot specify '%c' with 's'.", f->group);
    size_t n = s->char_len;
    if (f->prec >= 0 && (size_t)f->prec < n) n = (size_t)f->prec;
    add_aligned(out, f, s->data, mp_str_byte_at(s, n), n, '<');
}

// v: the int value of value (a bool's 0 or 1)
static void format_int(vstr_t *out, mp_obj_t value, mp_obj_t v, const spec_t *f) {
    char type = f->type ? f->type : 'd';
    if (f->prec >= 0) mp_raise(&mp_type_ValueError, "Precision not allowed in integer format specifier");
    if (f->z) mp_raise(&mp_type_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    bool neg = mp_binary_op(MP_BINARY_OP_LESS, v, MP_OBJ_NEW_SMALL_INT(0)) == mp_const_true;
    if (type == 'c') {
        if (f->sign != '-') mp_raise(&mp_type_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f->alt) mp_raise(&mp_type_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        mp_int_t c;
        if (!mp_obj_int_get_checked(v, &c)) mp_raise(&mp_type_OverflowError, "Python int too large to convert to C long");
        if (c < 0 || c > 0x10ffff) mp_raise(&mp_type_OverflowError, "%%c arg not in range(0x110000)");
        vstr_t ch;
        vstr_init(&ch, 8);
        vstr_add_unichar(&ch, (unichar)c);
        add_aligned(out, f, ch.buf, ch.len, 1, '<');
        return;
    }
    int base = type == 'b' ? 2 : type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
    if (base == 10 && type != 'd' && type != 'n') {
        mp_raise(&mp_type_ValueError, "Unknown format code '%c' for object of type '%T'", type, value);
    }
    if (type == 'n' && f->group) mp_raise(&mp_type_ValueError, "Cannot specify '%c' with 'n'.", f->group);
    if (neg) v = mp_unary_op(MP_UNARY_OP_NEGATIVE, v);
    vstr_t d;
    vstr_init(&d, 32);
    add_int_digits(&d, v, base, type == 'X');
    const char *prefix = !f->alt || base == 10 ? "" : type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
    add_number(out, f, neg, prefix, d.buf, d.len, "", 0);
}

// x (>= 0, finite) in C's %e/%f/%g style; the length
static size_t c_format(char **buf, double x, char type, int prec, bool alt) {
    char fmt[8], *p = fmt;
    *p++ = '%';
    if (alt) *p++ = '#';
    *p++ = '.'; *p++ = '*'; *p++ = type; *p = 0;
    int n = snprintf(NULL, 0, fmt, prec, x);
    *buf = gc_alloc((size_t)n + 1);
    snprintf(*buf, (size_t)n + 1, fmt, prec, x);
    return (size_t)n;
}

// CPython's float formatting of |x| for one type: the text, digits then the rest
static void float_text(vstr_t *t, double x, char type, mp_int_t prec, bool alt) {
    char *buf;
    if (isinf(x) || isnan(x)) {
        bool up = type == 'E' || type == 'F' || type == 'G';
        vstr_add_str(t, isnan(x) ? (up ? "NAN" : "nan") : (up ? "INF" : "inf"));
        return;
    }
    if (type == 0 && prec < 0) {
        size_t at = t->len;
        mp_format_double(t, x);
        char *e = memchr(t->buf + at, 'e', t->len - at);
        if (alt && e && !memchr(t->buf + at, '.', t->len - at)) {
            // '#': a point even in 1e+16
            size_t k = (size_t)(e - t->buf);
            vstr_add_char(t, 0);
            memmove(t->buf + k + 1, t->buf + k, t->len - k - 1);
            t->buf[k] = '.';
        }
        return;
    }
    if (prec < 0) prec = 6;
    if (prec > 1000) prec = 1000;
    if (type == 0) {
        // like 'g', but scientific from exponent prec-1 and always a digit after the point
        int p = prec == 0 ? 1 : (int)prec;
        c_format(&buf, x, 'e', p - 1, false);
        int e = atoi(strchr(buf, 'e') + 1);
        if (e >= -4 && e < p - 1) {
            c_format(&buf, x, 'f', p - 1 - e, alt);
            size_t n = strlen(buf);
            if (!alt && strchr(buf, '.')) { while (buf[n - 1] == '0') n--; if (buf[n - 1] == '.') n--; }
            vstr_add_strn(t, buf, n);
            if (!memchr(buf, '.', n)) vstr_add_str(t, ".0");
            return;
        }
        c_format(&buf, x, 'e', p - 1, alt);
        char *ep = strchr(buf, 'e');
        size_t n = (size_t)(ep - buf);
        if (!alt && memchr(buf, '.', n)) { while (buf[n - 1] == '0') n--; if (buf[n - 1] == '.') n--; }
        vstr_add_strn(t, buf, n);
        vstr_add_str(t, ep);
        return;
    }
    if (type == 'g' || type == 'G') {
        c_format(&buf, x, type, prec == 0 ? 1 : (int)prec, alt);
    } else {
        c_format(&buf, x, type, (int)prec, alt);
    }
    vstr_add_str(t, buf);
}

static void format_float(vstr_t *out, double x, const spec_t *f, mp_obj_t value) {
    char type = f->type;
    if (!strchr("eEfFgGn%", type)) {
        mp_raise(&mp_type_ValueError, "Unknown format code '%c' for object of type '%T'", type, value);
    }
    if (type == 'n') {
        if (f->group) mp_raise(&mp_type_ValueError, "Cannot specify '%c' with 'n'.", f->group);
        type = 'g';
    }
    bool neg = signbit(x) && !isnan(x);
    if (neg) x = -x;
    if (type == '%') x *= 100;
    vstr_t t;
    vstr_init(&t, 32);
    float_text(&t, x, type == '%' ? 'f' : type, f->prec, f->alt);
    if (f->z && neg && isfinite(x)) {
        // z: a negative zero after rounding loses its sign
        bool zero = true;
        for (size_t i = 0; i < t.len && t.buf[i] != 'e' && t.buf[i] != 'E'; i++) zero &= !(t.buf[i] >= '1' && t.buf[i] <= '9');
        neg = !zero;
    }
    if (type == '%') vstr_add_char(&t, '%');
    size_t n_int = 0;
    while (n_int < t.len && t.buf[n_int] >= '0' && t.buf[n_int] <= '9') n_int++;
    spec_t g = *f;
    if (!isfinite(x)) g.group = 0;   // inf and nan are not grouped
    add_number(out, &g, neg, "", t.buf, n_int, t.buf + n_int, t.len - n_int);
}

static qstr qstr___format__;

mp_obj_t mp_format(mp_obj_t value, mp_obj_t spec_obj) {
    mp_obj_str_t *spec = spec_obj;
    const mp_obj_type_t *t = mp_type_of(value);
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t r;
        if (!qstr___format__) qstr___format__ = qstr_from_str("__format__");
        if (mp_call_special(value, qstr___format__, 1, &spec_obj, &r)) {
            if (!mp_obj_is_str(r)) mp_raise(&mp_type_TypeError, "__format__ must return a str, not %T", r);
            return r;
        }
    }
    if (spec->len == 0) return mp_obj_str_of(value);
    bool is_int = mp_obj_is_int(value) || value == mp_const_true || value == mp_const_false;
    if (!is_int && !mp_obj_is_float(value) && !mp_obj_is_str(value)) {
        mp_raise(&mp_type_TypeError, "unsupported format string passed to %T.__format__", value);
    }
    spec_t f;
    parse_spec(spec, value, &f);
    vstr_t out;
    vstr_init(&out, 32);
    if (mp_obj_is_str(value)) {
        format_str(&out, value, &f);
    } else if (is_int && !(f.type && strchr("eEfFgG%", f.type))) {
        format_int(&out, value, value == mp_const_true || value == mp_const_false ? MP_OBJ_NEW_SMALL_INT(value == mp_const_true) : value, &f);
    } else {
        double x;
        mp_obj_get_double(value, &x);
        format_float(&out, x, &f, value);
    }
    return mp_obj_new_str_from_vstr(&out);
}

// --- str.format and format_map -----------------------------------------------------------------
typedef struct {
    size_t n_args;
    const mp_obj_t *args;
    size_t n_kw;
    const mp_obj_t *kw;          // (name, value) pairs
    mp_obj_t mapping;            // format_map's, else NULL
    mp_int_t next_auto;          // -1 once a field was numbered by hand
    bool used_auto;
} fmt_args_t;

static mp_obj_t field_arg(fmt_args_t *fa, const char *name, size_t n) {
    if (n == 0 || (name[0] >= '0' && name[0] <= '9')) {
        size_t k = 0;
        bool digits = true;
        for (size_t i = 0; i < n; i++) {
            if (name[i] < '0' || name[i] > '9') { digits = false; break; }
            k = k * 10 + (size_t)(name[i] - '0');
        }
        if (digits) {
            if (n == 0) {
                if (fa->next_auto < 0) mp_raise(&mp_type_ValueError, "cannot switch from manual field specification to automatic field numbering");
                k = (size_t)fa->next_auto++;
                fa->used_auto = true;
            } else {
                if (fa->used_auto) mp_raise(&mp_type_ValueError, "cannot switch from automatic field numbering to manual field specification");
                fa->next_auto = -1;
            }
            if (fa->mapping != MP_OBJ_NULL) mp_raise(&mp_type_ValueError, "Format string contains positional fields");
            if (k >= fa->n_args) mp_raise(&mp_type_IndexError, "Replacement index %d out of range for positional args tuple", (int)k);
            return fa->args[k];
        }
    }
    mp_obj_t key = mp_obj_new_str(name, n);
    if (fa->mapping != MP_OBJ_NULL) return mp_subscr(fa->mapping, key, MP_OBJ_NULL);
    for (size_t i = 0; i < fa->n_kw; i++) if (mp_obj_equal(fa->kw[2 * i], key)) return fa->kw[2 * i + 1];
    mp_raise_obj(mp_obj_new_exception(&mp_type_KeyError, 1, &key));
}

// the value a field name picks: arg_name ("." attr | "[" index "]")*
static mp_obj_t field_value(fmt_args_t *fa, const char *p, const char *end) {
    const char *q = p;
    while (q < end && *q != '.' && *q != '[') q++;
    mp_obj_t v = field_arg(fa, p, (size_t)(q - p));
    while (q < end) {
        if (*q == '.') {
            const char *a = ++q;
            while (q < end && *q != '.' && *q != '[') q++;
            if (q == a) mp_raise(&mp_type_ValueError, "Empty attribute in format string");
            v = mp_load_attr(v, qstr_from_strn(a, (size_t)(q - a)));
        } else {
            const char *a = ++q;
            while (q < end && *q != ']') q++;
            if (q == end) mp_raise(&mp_type_ValueError, "Missing ']' in format string");
            if (q == a) mp_raise(&mp_type_ValueError, "Empty attribute in format string");
            bool digits = true;
            mp_int_t k = 0;
            for (const char *d = a; d < q; d++) {
                if (*d < '0' || *d > '9') digits = false;
                else k = k * 10 + (*d - '0');
            }
            v = mp_subscr(v, digits ? mp_obj_new_int(k) : mp_obj_new_str(a, (size_t)(q - a)), MP_OBJ_NULL);
            q++;
            if (q < end && *q != '.' && *q != '[') {
                mp_raise(&mp_type_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
        }
    }
    return v;
}

static void vformat(vstr_t *out, const char *s, const char *end, fmt_args_t *fa, int depth);

// One replacement field from just after its '{' (CPython's parse_field): returns the end.
static const char *format_field(vstr_t *out, const char *p, const char *end, fmt_args_t *fa, int depth) {
    const char *name = p;
    char c = 0;
    while (p < end) {
        c = *p++;
        if (c == '{') mp_raise(&mp_type_ValueError, "unexpected '{' in field name");
        if (c == '[') { while (p < end && *p != ']') p++; c = 0; continue; }
        if (c == '}' || c == ':' || c == '!') break;
        c = 0;
    }
    const char *name_end = c ? p - 1 : p;
    char conv = 0;
    const char *spec = NULL, *spec_end = NULL;
    bool expand = false;
    if (c == '!' || c == ':') {
        bool done = false;
        if (c == '!') {
            if (p >= end) mp_raise(&mp_type_ValueError, "end of string while looking for conversion specifier");
            conv = *p++;
            if (p < end) {
                char d = *p++;
                if (d == '}') done = true;
                else if (d != ':') mp_raise(&mp_type_ValueError, "expected ':' after conversion specifier");
            }
        }
        if (!done) {
            spec = p;
            for (int count = 1; spec_end == NULL; p++) {
                if (p >= end) mp_raise(&mp_type_ValueError, "unmatched '{' in format spec");
                if (*p == '{') { expand = true; count++; }
                else if (*p == '}' && --count == 0) spec_end = p;
            }
        }
    } else if (c != '}') {
        mp_raise(&mp_type_ValueError, "expected '}' before end of string");
    }
    mp_obj_t v = field_value(fa, name, name_end);
    if (conv == 'r') v = mp_obj_repr_of(v);
    else if (conv == 's') v = mp_obj_str_of(v);
    else if (conv == 'a') v = mp_obj_ascii_of(v);
    else if (conv) mp_raise(&mp_type_ValueError, "Unknown conversion specifier %c", conv);
    mp_obj_t spec_obj = qstr_obj(MP_QSTR_empty);
    if (spec != NULL && expand) {
        vstr_t sv;
        vstr_init(&sv, (size_t)(spec_end - spec) + 16);
        vformat(&sv, spec, spec_end, fa, depth - 1);
        spec_obj = mp_obj_new_str_from_vstr(&sv);
    } else if (spec != NULL) {
        spec_obj = mp_obj_new_str(spec, (size_t)(spec_end - spec));
    }
    mp_obj_t r = mp_format(v, spec_obj);
    vstr_add_strn(out, S(r)->data, S(r)->len);
    return p;
}

static void vformat(vstr_t *out, const char *s, const char *end, fmt_args_t *fa, int depth) {
    if (depth <= 0) mp_raise(&mp_type_ValueError, "Max string recursion exceeded");
    for (const char *p = s; p < end;) {
        const char *lit = p;
        while (p < end && *p != '{' && *p != '}') p++;
        vstr_add_strn(out, lit, (size_t)(p - lit));
        if (p == end) break;
        char c = *p++;
        if (p < end && *p == c) { vstr_add_char(out, c); p++; continue; }   // {{ or }}
        if (c == '}') mp_raise(&mp_type_ValueError, "Single '}' encountered in format string");
        if (p == end) mp_raise(&mp_type_ValueError, "Single '{' encountered in format string");
        p = format_field(out, p, end, fa, depth);
    }
}

mp_obj_t mp_str_format(mp_obj_t fmt, size_t n, const mp_obj_t *args, size_t n_kw, const mp_obj_t *kw, mp_obj_t mapping) {
    mp_obj_str_t *f = fmt;
    fmt_args_t fa = {n, args, n_kw, kw, mapping, 0, false};
    vstr_t out;
    vstr_init(&out, f->len + 16);
    vformat(&out, f->data, f->data + f->len, &fa, 2);
    return mp_obj_new_str_from_vstr(&out);
}

// --- `%` formatting -------------------------------------------------------------------------------
typedef struct {
    mp_obj_str_t *fmt;
    const mp_obj_t *items;
    size_t n_items, next;
    mp_obj_t dict;               // a mapping argument, else NULL
    mp_obj_t keyed;              // the value a %(key) picked: the one argument left
} pct_t;

static mp_obj_t pct_next(pct_t *st) {
    if (st->next >= st->n_items) mp_raise(&mp_type_TypeError, "not enough arguments for format string");
    return st->items[st->next++];
}

static mp_int_t pct_star(pct_t *st, const char *c_type) {
    mp_obj_t v = pct_next(st);
    if (!mp_obj_is_int(v) && v != mp_const_true && v != mp_const_false) mp_raise(&mp_type_TypeError, "* wants int");
    if (mp_obj_is_int(v) && !MP_OBJ_IS_SMALL_INT(v)) mp_raise(&mp_type_OverflowError, "Python int too large to convert to C %s", c_type);
    return mp_obj_get_int(v);
}

static bool is_number(mp_obj_t o) {
    return mp_obj_is_int(o) || mp_obj_is_float(o) || o == mp_const_true || o == mp_const_false;
}

// one %-conversion of arg into out; f holds flags, width and precision
static void pct_convert(vstr_t *out, char conv, mp_obj_t arg, spec_t *f) {
    switch (conv) {
        case 's': case 'r': case 'a': {
            mp_obj_t s = conv == 's' ? mp_obj_str_of(arg) : conv == 'r' ? mp_obj_repr_of(arg) : mp_obj_ascii_of(arg);
            size_t n = S(s)->char_len;
            if (f->prec >= 0 && (size_t)f->prec < n) n = (size_t)f->prec;
            f->fill = ' ';
            add_aligned(out, f, S(s)->data, mp_str_byte_at(S(s), n), n, '>');
            return;
        }
        case 'c': {
            vstr_t ch;
            vstr_init(&ch, 8);
            if (mp_obj_is_str(arg) && S(arg)->char_len == 1) {
                vstr_add_strn(&ch, S(arg)->data, S(arg)->len);
            } else if (mp_obj_is_int(arg) || arg == mp_const_true || arg == mp_const_false) {
                mp_int_t c;
                bool fits = MP_OBJ_IS_SMALL_INT(arg) || mp_obj_is_int(arg) ? mp_obj_int_get_checked(arg, &c) : (c = arg == mp_const_true, true);
                if (!fits || c < 0 || c > 0x10ffff) mp_raise(&mp_type_OverflowError, "%%c arg not in range(0x110000)");
                vstr_add_unichar(&ch, (unichar)c);
            } else {
                mp_raise(&mp_type_TypeError, "%%c requires int or char");
            }
            f->fill = ' ';
            add_aligned(out, f, ch.buf, ch.len, 1, '>');
            return;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            bool dec = conv == 'd' || conv == 'i' || conv == 'u';
            if (!is_number(arg) || (!dec && mp_obj_is_float(arg))) {
                if (dec) mp_raise(&mp_type_TypeError, "%%%c format: a real number is required, not %T", conv, arg);
                mp_raise(&mp_type_TypeError, "%%%c format: an integer is required, not %T", conv, arg);
            }
            mp_obj_t v = mp_call1(&mp_type_int, arg);
            bool neg = mp_binary_op(MP_BINARY_OP_LESS, v, MP_OBJ_NEW_SMALL_INT(0)) == mp_const_true;
            if (neg) v = mp_unary_op(MP_UNARY_OP_NEGATIVE, v);
            vstr_t d;
            vstr_init(&d, 32);
            add_int_digits(&d, v, dec ? 10 : conv == 'o' ? 8 : 16, conv == 'X');
            vstr_t z;   // a precision is a minimum number of digits
            vstr_init(&z, d.len + 8);
            for (mp_int_t i = (mp_int_t)d.len; i < f->prec; i++) vstr_add_char(&z, '0');
            vstr_add_strn(&z, d.buf, d.len);
            const char *prefix = !f->alt || dec ? "" : conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
            add_number(out, f, neg, prefix, z.buf, z.len, "", 0);
            return;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            double x;
            if (!is_number(arg) || !mp_obj_get_double(arg, &x)) mp_raise(&mp_type_TypeError, "must be real number, not %T", arg);
            f->type = conv;
            if (f->prec < 0) f->prec = 6;
            format_float(out, x, f, arg);
            return;
        }
        default:
            break;
    }
}

mp_obj_t mp_str_percent(mp_obj_t fmt, mp_obj_t args) {
    mp_obj_str_t *fs = fmt;
    pct_t st = {fs, &args, 1, 0, MP_OBJ_NULL, MP_OBJ_NULL};
    if (mp_obj_is_type(args, &mp_type_tuple)) {
        mp_obj_get_array(args, &st.n_items, (mp_obj_t **)&st.items);
    } else if (!mp_obj_is_str(args) && (mp_type_of(args)->subscr != NULL
               || mp_type_lookup(mp_type_of(args), MP_QSTR___getitem__) != MP_OBJ_NULL)) {
        st.dict = args;   // CPython: any mapping-like argument (a list too) may serve %(key)s
    }
    const char *s = fs->data, *end = s + fs->len;
    vstr_t out;
    vstr_init(&out, fs->len + 16);
    for (const char *p = s; p < end; p++) {
        if (*p != '%') {
            const char *lit = p;
            while (p + 1 < end && p[1] != '%') p++;
            vstr_add_strn(&out, lit, (size_t)(p + 1 - lit));
            continue;
        }
        p++;
        if (p < end && *p == '%') { vstr_add_char(&out, '%'); continue; }   // only %% escapes
        if (p < end && *p == '(') {
            if (st.dict == MP_OBJ_NULL || mp_obj_is_type(args, &mp_type_tuple)) mp_raise(&mp_type_TypeError, "format requires a mapping");
            const char *k = ++p;
            for (int level = 1; p < end; p++) {
                if (*p == '(') level++;
                else if (*p == ')' && --level == 0) break;
            }
            if (p >= end) mp_raise(&mp_type_ValueError, "incomplete format key");
            st.keyed = mp_subscr(st.dict, mp_obj_new_str(k, (size_t)(p - k)), MP_OBJ_NULL);
            st.items = &st.keyed;
            st.n_items = 1;
            st.next = 0;
            p++;
        }
        spec_t f = {.fill = ' ', .sign = '-', .width = -1, .prec = -1};
        bool zero = false;
        for (; p < end && *p && strchr("-+ #0", *p); p++) {
            if (*p == '-') f.align = '<';
            else if (*p == '+') f.sign = '+';
            else if (*p == ' ') { if (f.sign != '+') f.sign = ' '; }
            else if (*p == '#') f.alt = true;
            else zero = true;
        }
        if (p < end && *p == '*') {
            f.width = pct_star(&st, "ssize_t");
            if (f.width < 0) { f.align = '<'; f.width = -f.width; }
            p++;
        } else if (p < end && *p >= '0' && *p <= '9') {
            f.width = spec_num(&p, end);
        }
        if (p < end && *p == '.') {
            p++;
            if (p < end && *p == '*') { f.prec = pct_star(&st, "int"); if (f.prec < 0) f.prec = 0; p++; }
            else f.prec = spec_num(&p, end);
        }
        while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
        if (p >= end) mp_raise(&mp_type_ValueError, "incomplete format");
        char conv = *p;
        mp_obj_t arg = pct_next(&st);
        if (!conv || !strchr("sracdiuxXoeEfFgG", conv)) {
            const char *q = p;
            unichar c = mp_utf8_next(&q);
            mp_raise(&mp_type_ValueError, "unsupported format character '%c' (0x%lx) at index %d",
                     c >= 32 && c < 127 ? (int)c : '?', (long)c, (int)mp_utf8_char_len(s, (size_t)(p - s)));
        }
        if (zero && f.align != '<') { f.fill = '0'; f.align = '='; }
        pct_convert(&out, conv, arg, &f);
    }
    if (st.next < st.n_items && st.dict == MP_OBJ_NULL) {
        mp_raise(&mp_type_TypeError, "not all arguments converted during string formatting");
    }
    return mp_obj_new_str_from_vstr(&out);
}

MP_BUILTIN(b_ascii, "ascii", 1, 1, false);
static mp_obj_t b_ascii(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_ascii_of(a[0]);
}

// the formatting builtins; runs after builtins_init made the builtins dict
void strfmt_init(void) {
    mp_dict_store_q(mp_builtins, qstr_from_str("ascii"), (mp_obj_t)&b_ascii_obj);
}
