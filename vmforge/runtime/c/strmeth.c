// strmeth.c: the str methods programs use most (join is in str.c).
#include <math.h>
#include <stdio.h>
#include "obj.h"

#define S(o) ((mp_obj_str_t *)(o))
#define STR_METHOD(cname, pyname, lo, hi) MP_BUILTIN(cname, pyname, lo, hi, false)

static mp_obj_t str_arg(mp_obj_t o, const char *method) {
    if (!mp_obj_is_str(o)) mp_raise(&mp_type_TypeError, "%s arg must be None or str", method);
    return o;
}

static mp_obj_t map_chars(mp_obj_t self, int upper) {
    mp_obj_str_t *s = self;
    vstr_t v;
    vstr_init(&v, s->len + 1);
    for (size_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        if (upper && c >= 'a' && c <= 'z') c = (char)(c - 32);
        if (!upper && c >= 'A' && c <= 'Z') c = (char)(c + 32);
        vstr_add_char(&v, c);
    }
    return mp_obj_new_str_from_vstr(&v);
}
STR_METHOD(str_upper, "upper", 1, 1);
static mp_obj_t str_upper(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return map_chars(a[0], 1);
}
STR_METHOD(str_lower, "lower", 1, 1);
static mp_obj_t str_lower(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return map_chars(a[0], 0);
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

STR_METHOD(str_strip, "strip", 1, 2);
static mp_obj_t str_strip(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_obj_str_t *s = a[0];
    mp_obj_str_t *chars = n > 1 && a[1] != mp_const_none ? str_arg(a[1], "strip") : NULL;
    size_t lo = 0, hi = s->len;
#define STRIPPED(c) (chars ? memchr(chars->data, (c), chars->len) != NULL : is_space(c))
    while (lo < hi && STRIPPED(s->data[lo])) lo++;
    while (hi > lo && STRIPPED(s->data[hi - 1])) hi--;
#undef STRIPPED
    return mp_obj_new_str(s->data + lo, hi - lo);
}

STR_METHOD(str_split, "split", 1, 3);
static mp_obj_t str_split(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_obj_str_t *s = a[0];
    mp_obj_t out = mp_obj_new_list(0, NULL);
    mp_int_t maxsplit = n > 2 ? mp_obj_get_int(a[2]) : -1;
    if (n < 2 || a[1] == mp_const_none) {
        size_t i = 0;
        for (;;) {
            while (i < s->len && is_space(s->data[i])) i++;
            if (i == s->len) break;
            size_t j = i;
            if (maxsplit == 0) j = s->len;
            else while (j < s->len && !is_space(s->data[j])) j++;
            if (maxsplit == 0) { while (j > i && is_space(s->data[j - 1])) j--; }
            mp_obj_list_append(out, mp_obj_new_str(s->data + i, j - i));
            if (maxsplit > 0) maxsplit--;
            i = j;
            if (j >= s->len) break;
        }
        return out;
    }
    mp_obj_str_t *sep = str_arg(a[1], "split");
    if (sep->len == 0) mp_raise(&mp_type_ValueError, "empty separator");
    size_t i = 0;
    for (size_t j = 0; j + sep->len <= s->len && maxsplit != 0;) {
        if (memcmp(s->data + j, sep->data, sep->len) == 0) {
            mp_obj_list_append(out, mp_obj_new_str(s->data + i, j - i));
            j += sep->len;
            i = j;
            if (maxsplit > 0) maxsplit--;
        } else {
            j++;
        }
    }
    mp_obj_list_append(out, mp_obj_new_str(s->data + i, s->len - i));
    return out;
}

static bool affix(mp_obj_t self, mp_obj_t x, bool end) {
    mp_obj_str_t *s = self;
    size_t n = 1;
    mp_obj_t *items = &x;
    if (mp_obj_is_type(x, &mp_type_tuple)) mp_obj_get_array(x, &n, &items);
    for (size_t i = 0; i < n; i++) {
        mp_obj_str_t *p = str_arg(items[i], end ? "endswith" : "startswith");
        if (p->len <= s->len && memcmp(s->data + (end ? s->len - p->len : 0), p->data, p->len) == 0) return true;
    }
    return false;
}
STR_METHOD(str_startswith, "startswith", 2, 2);
static mp_obj_t str_startswith(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_new_bool(affix(a[0], a[1], false));
}
STR_METHOD(str_endswith, "endswith", 2, 2);
static mp_obj_t str_endswith(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return mp_obj_new_bool(affix(a[0], a[1], true));
}

static mp_int_t find(mp_obj_str_t *s, mp_obj_str_t *sub) {
    for (size_t i = 0; i + sub->len <= s->len; i++) if (memcmp(s->data + i, sub->data, sub->len) == 0) return (mp_int_t)i;
    return -1;
}
STR_METHOD(str_find, "find", 2, 2);
static mp_obj_t str_find(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    return MP_OBJ_NEW_SMALL_INT(find(a[0], str_arg(a[1], "find")));
}

STR_METHOD(str_replace, "replace", 3, 3);
static mp_obj_t str_replace(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_str_t *s = a[0], *old = str_arg(a[1], "replace"), *new_ = str_arg(a[2], "replace");
    vstr_t v;
    vstr_init(&v, s->len + 1);
    for (size_t i = 0; i < s->len;) {
        if (old->len > 0 && i + old->len <= s->len && memcmp(s->data + i, old->data, old->len) == 0) {
            vstr_add_strn(&v, new_->data, new_->len);
            i += old->len;
        } else {
            vstr_add_char(&v, s->data[i++]);
        }
    }
    return mp_obj_new_str_from_vstr(&v);
}

STR_METHOD(str_isdigit, "isdigit", 1, 1);
static mp_obj_t str_isdigit(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_str_t *s = a[0];
    bool ok = s->len > 0;
    for (size_t i = 0; i < s->len && ok; i++) ok = s->data[i] >= '0' && s->data[i] <= '9';
    return mp_obj_new_bool(ok);
}

static mp_obj_t predicate(mp_obj_t self, int kind) {
    mp_obj_str_t *s = self;
    bool ok = s->len > 0, cased = false;
    for (size_t i = 0; i < s->len && ok; i++) {
        char c = s->data[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z', dig = c >= '0' && c <= '9';
        cased |= up || low;
        switch (kind) {
            case 0: ok = up || low; break;                 // isalpha
            case 1: ok = is_space(c); break;               // isspace
            case 2: ok = up || low || dig; break;          // isalnum
            case 3: ok = !low; break;                      // isupper
            case 4: ok = !up; break;                       // islower
        }
    }
    if (kind >= 3) ok = ok && cased;
    return mp_obj_new_bool(ok);
}
#define PREDICATE(cname, pyname, kind) \
    STR_METHOD(cname, pyname, 1, 1); \
    static mp_obj_t cname(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) { \
        (void)n; (void)n_kw; (void)kw; \
        return predicate(a[0], kind); \
    }
PREDICATE(str_isalpha, "isalpha", 0)
PREDICATE(str_isspace, "isspace", 1)
PREDICATE(str_isalnum, "isalnum", 2)
PREDICATE(str_isupper, "isupper", 3)
PREDICATE(str_islower, "islower", 4)

STR_METHOD(str_title, "title", 1, 1);
static mp_obj_t str_title(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_str_t *s = a[0];
    vstr_t v;
    vstr_init(&v, s->len + 1);
    bool prev_cased = false;
    for (size_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        if (!prev_cased && low) c = (char)(c - 32);
        else if (prev_cased && up) c = (char)(c + 32);
        prev_cased = up || low;
        vstr_add_char(&v, c);
    }
    return mp_obj_new_str_from_vstr(&v);
}

STR_METHOD(str_count, "count", 2, 2);
static mp_obj_t str_count(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_str_t *s = a[0], *sub = str_arg(a[1], "count");
    if (sub->len == 0) return MP_OBJ_NEW_SMALL_INT(s->len + 1);
    mp_int_t c = 0;
    for (size_t i = 0; i + sub->len <= s->len;) {
        if (memcmp(s->data + i, sub->data, sub->len) == 0) { c++; i += sub->len; } else i++;
    }
    return MP_OBJ_NEW_SMALL_INT(c);
}

STR_METHOD(str_index, "index", 2, 2);
static mp_obj_t str_index(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_int_t i = find(a[0], str_arg(a[1], "index"));
    if (i < 0) mp_raise(&mp_type_ValueError, "substring not found");
    return MP_OBJ_NEW_SMALL_INT(i);
}

static mp_obj_t justify(size_t n, const mp_obj_t *a, int where) {
    mp_obj_str_t *s = a[0];
    mp_int_t width = mp_obj_get_int(a[1]);
    char fill = n > 2 ? S(str_arg(a[2], "fill"))->data[0] : ' ';
    if (width <= (mp_int_t)s->len) return a[0];
    size_t total = (size_t)width - s->len;
    size_t left = where == 0 ? 0 : where == 2 ? total : total / 2 + (total & (size_t)width & 1);
    vstr_t v;
    vstr_init(&v, (size_t)width + 1);
    for (size_t i = 0; i < left; i++) vstr_add_char(&v, fill);
    vstr_add_strn(&v, s->data, s->len);
    for (size_t i = left; i < total; i++) vstr_add_char(&v, fill);
    return mp_obj_new_str_from_vstr(&v);
}
STR_METHOD(str_ljust, "ljust", 2, 3);
static mp_obj_t str_ljust(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    return justify(n, a, 0);
}
STR_METHOD(str_center, "center", 2, 3);
static mp_obj_t str_center(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    return justify(n, a, 1);
}
STR_METHOD(str_rjust, "rjust", 2, 3);
static mp_obj_t str_rjust(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    return justify(n, a, 2);
}

STR_METHOD(str_zfill, "zfill", 2, 2);
static mp_obj_t str_zfill(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_str_t *s = a[0];
    mp_int_t width = mp_obj_get_int(a[1]);
    if (width <= (mp_int_t)s->len) return a[0];
    vstr_t v;
    vstr_init(&v, (size_t)width + 1);
    size_t i = 0;
    if (s->len && (s->data[0] == '-' || s->data[0] == '+')) vstr_add_char(&v, s->data[i++]);
    for (size_t k = s->len; k < (size_t)width; k++) vstr_add_char(&v, '0');
    vstr_add_strn(&v, s->data + i, s->len - i);
    return mp_obj_new_str_from_vstr(&v);
}

STR_METHOD(str_splitlines, "splitlines", 1, 1);
static mp_obj_t str_splitlines(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_obj_str_t *s = a[0];
    mp_obj_t out = mp_obj_new_list(0, NULL);
    size_t start = 0;
    for (size_t i = 0; i < s->len; i++) {
        if (s->data[i] != '\n' && s->data[i] != '\r') continue;
        mp_obj_list_append(out, mp_obj_new_str(s->data + start, i - start));
        if (s->data[i] == '\r' && i + 1 < s->len && s->data[i + 1] == '\n') i++;
        start = i + 1;
    }
    if (start < s->len) mp_obj_list_append(out, mp_obj_new_str(s->data + start, s->len - start));
    return out;
}

// str.format: {} {0} {name} {x.attr} {x[0]}-free fields, with !r/!s and a format spec
MP_BUILTIN(str_format, "format", 1, -1, true);
static mp_obj_t str_format(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    mp_obj_str_t *f = a[0];
    vstr_t out;
    vstr_init(&out, f->len + 16);
    size_t auto_index = 0;
    for (size_t i = 0; i < f->len; i++) {
        char c = f->data[i];
        if (c == '}' ) {
            if (i + 1 < f->len && f->data[i + 1] == '}') i++;
            vstr_add_char(&out, '}');
            continue;
        }
        if (c != '{') { vstr_add_char(&out, c); continue; }
        if (i + 1 < f->len && f->data[i + 1] == '{') { vstr_add_char(&out, '{'); i++; continue; }
        size_t j = i + 1;
        while (j < f->len && f->data[j] != '}') j++;
        if (j == f->len) mp_raise(&mp_type_ValueError, "Single '{' encountered in format string");
        const char *field = f->data + i + 1, *fend = f->data + j;
        const char *colon = memchr(field, ':', (size_t)(fend - field));
        const char *bang = memchr(field, '!', (size_t)((colon ? colon : fend) - field));
        const char *name_end = bang ? bang : colon ? colon : fend;
        mp_obj_t value;
        if (name_end == field) {
            if (auto_index + 1 >= n) mp_raise(&mp_type_IndexError, "Replacement index %d out of range for positional args tuple", (int)auto_index);
            value = a[1 + auto_index++];
        } else if (*field >= '0' && *field <= '9') {
            size_t k = 0;
            for (const char *p = field; p < name_end; p++) k = k * 10 + (size_t)(*p - '0');
            if (k + 1 >= n) mp_raise(&mp_type_IndexError, "Replacement index %d out of range for positional args tuple", (int)k);
            value = a[1 + k];
        } else {
            qstr name = qstr_from_strn(field, (size_t)(name_end - field));
            value = MP_OBJ_NULL;
            for (size_t k = 0; k < n_kw; k++) if (mp_obj_str_qstr(kw[2 * k]) == name) value = kw[2 * k + 1];
            if (value == MP_OBJ_NULL) mp_raise_obj(mp_obj_new_exception(&mp_type_KeyError, 1, (mp_obj_t[]){qstr_obj(name)}));
        }
        if (bang && bang + 1 < fend && bang[1] == 'r') value = mp_obj_repr_of(value);
        else if (bang) value = mp_obj_str_of(value);
        mp_obj_t s = colon ? mp_format(value, mp_obj_new_str(colon + 1, (size_t)(fend - colon - 1))) : mp_obj_str_of(value);
        vstr_add_strn(&out, S(s)->data, S(s)->len);
        i = j;
    }
    return mp_obj_new_str_from_vstr(&out);
}

void str_methods_init(void) {
    static const mp_obj_builtin_fun_t *const methods[] = {
        &str_upper_obj, &str_lower_obj, &str_strip_obj, &str_split_obj, &str_startswith_obj,
        &str_endswith_obj, &str_find_obj, &str_replace_obj, &str_isdigit_obj, &str_isalpha_obj,
        &str_isspace_obj, &str_isalnum_obj, &str_isupper_obj, &str_islower_obj, &str_title_obj,
        &str_count_obj, &str_index_obj, &str_ljust_obj, &str_center_obj, &str_rjust_obj,
        &str_zfill_obj, &str_splitlines_obj, &str_format_obj,
    };
    for (size_t i = 0; i < sizeof methods / sizeof *methods; i++) mp_store_method(&mp_type_str, methods[i]);
}

