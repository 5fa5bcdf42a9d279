// strfmt.c: formatting: printf-style `%` on str, and format(value, spec) (the format-spec
// mini-language f-strings use) for int, float and str.
#include <math.h>
#include <stdio.h>
#include "obj.h"

#define S(o) ((mp_obj_str_t *)(o))

// --- `%` formatting: %s %r %d %i %x %X %o %c %% with flags -, 0, width and precision ------------
static void pad(vstr_t *out, const char *s, size_t n, int width, bool left, char fill) {
    size_t w = width > 0 ? (size_t)width : 0;
    if (!left && fill == '0' && n < w && (s[0] == '-' || s[0] == '+')) {
        vstr_add_char(out, s[0]);
        s++; n--; w--;
    }
    if (!left) for (size_t i = n; i < w; i++) vstr_add_char(out, fill);
    vstr_add_strn(out, s, n);
    if (left) for (size_t i = n; i < w; i++) vstr_add_char(out, ' ');
}

mp_obj_t mp_str_percent(mp_obj_t fmt, mp_obj_t args) {
    mp_obj_str_t *f = fmt;
    size_t n_args = 1, next = 0;
    mp_obj_t *items = &args;
    bool is_tuple = mp_obj_is_type(args, &mp_type_tuple);
    if (is_tuple) mp_obj_get_array(args, &n_args, &items);
    vstr_t out;
    vstr_init(&out, f->len + 16);
    for (size_t i = 0; i < f->len; i++) {
        char c = f->data[i];
        if (c != '%') { vstr_add_char(&out, c); continue; }
        if (++i >= f->len) mp_raise(&mp_type_ValueError, "incomplete format");
        bool left = false, plus = false;
        char fill = ' ';
        for (; i < f->len && strchr("-0+ ", f->data[i]); i++) {
            if (f->data[i] == '-') left = true;
            else if (f->data[i] == '0') fill = '0';
            else if (f->data[i] == '+') plus = true;
        }
        int width = 0, prec = -1;
        while (i < f->len && f->data[i] >= '0' && f->data[i] <= '9') width = width * 10 + f->data[i++] - '0';
        if (i < f->len && f->data[i] == '.') {
            prec = 0;
            for (i++; i < f->len && f->data[i] >= '0' && f->data[i] <= '9'; i++) prec = prec * 10 + f->data[i] - '0';
        }
        if (i >= f->len) mp_raise(&mp_type_ValueError, "incomplete format");
        char conv = f->data[i];
        if (conv == '%') { vstr_add_char(&out, '%'); continue; }
        if (next >= n_args) mp_raise(&mp_type_TypeError, "not enough arguments for format string");
        mp_obj_t arg = items[next++];
        vstr_t v;
        vstr_init(&v, 16);
        switch (conv) {
            case 's': case 'r': case 'a':
                mp_obj_print(&v, arg, conv != 's');
                if (prec >= 0 && (size_t)prec < v.len) v.len = (size_t)prec;
                pad(&out, v.buf, v.len, width, left, ' ');
                continue;
            case 'd': case 'i': case 'x': case 'X': case 'o': {
                if (!mp_obj_is_int(arg) && arg != mp_const_true && arg != mp_const_false) {
                    mp_raise(&mp_type_TypeError, "%%%c format: a real number is required, not %T", conv, arg);
                }
                if (conv == 'd' || conv == 'i') {
                    if (plus && mp_binary_op(MP_BINARY_OP_MORE_EQUAL, arg, MP_OBJ_NEW_SMALL_INT(0)) == mp_const_true) vstr_add_char(&v, '+');
                    mp_int_print(&v, arg == mp_const_true ? MP_OBJ_NEW_SMALL_INT(1) : arg == mp_const_false ? MP_OBJ_NEW_SMALL_INT(0) : arg, false);
                } else {
                    mp_int_t x = mp_obj_get_int(arg);
                    char buf[80];
                    snprintf(buf, sizeof buf, conv == 'x' ? "%s%lx" : conv == 'X' ? "%s%lX" : "%s%lo",
                             x < 0 ? "-" : "", (unsigned long)(x < 0 ? -x : x));
                    vstr_add_str(&v, buf);
                }
                pad(&out, v.buf, v.len, width, left, left ? ' ' : fill);
                continue;
            }
            case 'c': {
                if (mp_obj_is_str(arg)) vstr_add_strn(&v, S(arg)->data, S(arg)->len);
                else vstr_add_char(&v, (char)mp_obj_get_int(arg));
                pad(&out, v.buf, v.len, width, left, ' ');
                continue;
            }
            case 'f': case 'e': case 'g': case 'F': case 'E': case 'G': {
                char spec[48];
                snprintf(spec, sizeof spec, "%s%s%d.%d%c", left ? "<" : "", plus ? "+" : "", width, prec < 0 ? 6 : prec, conv);
                if (!left && fill == '0') snprintf(spec, sizeof spec, "%s0%d.%d%c", plus ? "+" : "", width, prec < 0 ? 6 : prec, conv);
                mp_obj_t s = mp_format(arg, mp_obj_new_str(spec, strlen(spec)));
                vstr_add_strn(&out, S(s)->data, S(s)->len);
                continue;
            }
            default:
                mp_raise(&mp_type_ValueError, "unsupported format character '%c' (0x%lx) at index %d",
                         conv, (long)conv, (int)i);
        }
    }
    if (next < n_args) {
        mp_raise(&mp_type_TypeError, "not all arguments converted during string formatting");
    }
    return mp_obj_new_str_from_vstr(&out);
}

// --- format(value, spec): the format-spec mini-language for int, float and str ------------------
static void add_grouped(vstr_t *out, const char *digits, size_t n, char sep) {
    for (size_t i = 0; i < n; i++) {
        vstr_add_char(out, digits[i]);
        if (sep && (n - 1 - i) % 3 == 0 && i + 1 < n) vstr_add_char(out, sep);
    }
}

mp_obj_t mp_format(mp_obj_t value, mp_obj_t spec_obj) {
    mp_obj_str_t *spec = spec_obj;
    const char *p = spec->data, *end = p + spec->len;
    char fill = ' ', align = 0, sign = '-', type = 0, group = 0;
    int width = -1, prec = -1;
    bool alt = false, zero = false;
    if (end - p >= 2 && strchr("<>^=", p[1])) { fill = p[0]; align = p[1]; p += 2; }
    else if (p < end && strchr("<>^=", *p)) align = *p++;
    if (p < end && strchr("+- ", *p)) sign = *p++;
    if (p < end && *p == '#') { alt = true; p++; }
    if (p < end && *p == '0') { zero = true; p++; }
    while (p < end && *p >= '0' && *p <= '9') width = (width < 0 ? 0 : width * 10) + *p++ - '0';
    if (p < end && (*p == ',' || *p == '_')) group = *p++;
    if (p < end && *p == '.') {
        prec = 0;
        for (p++; p < end && *p >= '0' && *p <= '9'; p++) prec = prec * 10 + *p - '0';
    }
    if (p < end) type = *p++;
    if (p != end) mp_raise(&mp_type_ValueError, "Invalid format specifier '%s' for object of type '%T'", spec->data, value);
    if (zero && !align) { fill = '0'; align = '='; }
    vstr_t body;
    vstr_init(&body, 32);
    bool neg = false;
    bool is_num = mp_obj_is_int(value) || mp_obj_is_float(value) || value == mp_const_true || value == mp_const_false;
    if (mp_obj_is_str(value) || (!is_num && (type == 0 || type == 's'))) {
        if (type && type != 's') mp_raise(&mp_type_ValueError, "Unknown format code '%c' for object of type 'str'", type);
        mp_obj_print(&body, value, false);
        if (prec >= 0 && (size_t)prec < body.len) body.len = (size_t)prec;
        if (!align) align = '<';
    } else if ((mp_obj_is_int(value) || value == mp_const_true || value == mp_const_false) && type != 'f' && type != 'e'
               && type != 'g' && type != '%' && type != 'F' && type != 'E' && type != 'G') {
        mp_obj_t v = mp_call1(&mp_type_int, value);
        neg = mp_binary_op(MP_BINARY_OP_LESS, v, MP_OBJ_NEW_SMALL_INT(0)) == mp_const_true;
        if (neg) v = mp_unary_op(MP_UNARY_OP_NEGATIVE, v);
        if (type == 0 || type == 'd' || type == 'n') {
            vstr_t d;
            vstr_init(&d, 32);
            mp_int_print(&d, v, false);
            add_grouped(&body, d.buf, d.len, group);
        } else if (type == 'c') {
            vstr_add_char(&body, (char)mp_obj_get_int(v));
        } else {
            int base = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : type == 'b' ? 2 : 0;
            if (!base) mp_raise(&mp_type_ValueError, "Unknown format code '%c' for object of type 'int'", type);
            if (alt) { vstr_add_char(&body, '0'); vstr_add_char(&body, type == 'X' ? 'X' : type); }
            mp_uint_t u = (mp_uint_t)mp_obj_get_int(v);
            char buf[80], *q = buf + sizeof buf;
            do { *--q = (type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef")[u % (mp_uint_t)base]; u /= (mp_uint_t)base; } while (u);
            vstr_add_strn(&body, q, (size_t)(buf + sizeof buf - q));
        }
        if (!align) align = '>';
    } else {
        double x;
        if (!mp_obj_get_double(value, &x)) mp_raise(&mp_type_TypeError, "unsupported format string passed to %T.__format__", value);
        neg = signbit(x) && !isnan(x);
        if (neg) x = -x;
        char buf[400];
        if (type == '%') { x *= 100; type = 'f'; }
        else if (type == '%') type = 'f';
        if (type == 0 && prec < 0) {
            vstr_t r;
            vstr_init(&r, 32);
            mp_format_double(&r, x);
            vstr_add_strn(&body, r.buf, r.len);
        } else {
            char t = type == 0 ? 'g' : type;
            snprintf(buf, sizeof buf, (char[]){'%', '.', '*', t, 0}, prec < 0 ? 6 : prec, x);
            char *dot = strchr(buf, '.');
            size_t int_len = dot ? (size_t)(dot - buf) : strcspn(buf, "eE");
            if (group && (t == 'f' || t == 'F') && !isinf(x) && !isnan(x)) {
                add_grouped(&body, buf, int_len, group);
                vstr_add_str(&body, buf + int_len);
            } else {
                vstr_add_str(&body, buf);
            }
            if (type == 0 && !strpbrk(buf, ".einf")) vstr_add_str(&body, ".0");
        }
        if (spec->len && spec->data[spec->len - 1] == '%') vstr_add_char(&body, '%');
        if (!align) align = '>';
    }
    const char *sign_str = neg ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
    size_t len = strlen(sign_str) + body.len;
    size_t pad_n = width > 0 && (size_t)width > len ? (size_t)width - len : 0;
    vstr_t out;
    vstr_init(&out, len + pad_n + 1);
    size_t left = align == '>' ? pad_n : align == '^' ? pad_n / 2 : 0;
    if (align == '=') {
        vstr_add_str(&out, sign_str);
        for (size_t i = 0; i < pad_n; i++) vstr_add_char(&out, fill);
        vstr_add_strn(&out, body.buf, body.len);
    } else {
        for (size_t i = 0; i < left; i++) vstr_add_char(&out, fill);
        vstr_add_str(&out, sign_str);
        vstr_add_strn(&out, body.buf, body.len);
        for (size_t i = left; i < pad_n; i++) vstr_add_char(&out, fill);
    }
    return mp_obj_new_str_from_vstr(&out);
}
