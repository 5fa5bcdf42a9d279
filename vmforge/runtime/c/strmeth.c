// strmeth.c: the str methods (join is in str.c) and the Unicode character classes they use.
#include "obj.h"

#define S(o) ((mp_obj_str_t *)(o))
#define STR_METHOD(cname, pyname, lo, hi) MP_BUILTIN(cname, pyname, lo, hi, false)
#define STR_METHOD_KW(cname, pyname, lo, hi) MP_BUILTIN(cname, pyname, lo, hi, true)
#define UNUSED_ARGS (void)n; (void)n_kw; (void)kw
// str.upper(5) and the like reach a method with a self that is not a str
#define CHECK_SELF(pyname) check_self(a[0], pyname)
#define STR_SELF(pyname) UNUSED_ARGS; CHECK_SELF(pyname)
static void check_self(mp_obj_t self, const char *name) {
    if (!mp_obj_is_str(self)) {
        mp_raise(&mp_type_TypeError, "descriptor '%s' for 'str' objects doesn't apply to a '%T' object", name, self);
    }
}

// --- Unicode character classes -----------------------------------------------------------------
// Not the whole Unicode database: ASCII exactly, and the scripts programs commonly hold
// (Latin, Greek, Cyrillic, Armenian, Georgian, CJK, fullwidth forms) closely enough.
typedef struct { unichar lo, hi; } urange_t;

static bool in_ranges(unichar c, const urange_t *r, size_t n) {
    for (size_t i = 0; i < n; i++) if (c >= r[i].lo && c <= r[i].hi) return true;
    return false;
}
#define IN(c, table) in_ranges(c, table, sizeof table / sizeof *table)

// upper-case ranges and the distance to their lower case
static const struct { unichar lo, hi, delta; } case_ranges[] = {
    {0x41, 0x5a, 32}, {0xc0, 0xd6, 32}, {0xd8, 0xde, 32}, {0x388, 0x38a, 37}, {0x38e, 0x38f, 63},
    {0x391, 0x3a1, 32}, {0x3a3, 0x3ab, 32}, {0x400, 0x40f, 80}, {0x410, 0x42f, 32}, {0x531, 0x556, 48},
    {0x10a0, 0x10c5, 7264}, {0x2160, 0x216f, 16}, {0x24b6, 0x24cf, 26}, {0x2c00, 0x2c2f, 48},
    {0xff21, 0xff3a, 32}, {0x10400, 0x10427, 40},
};
// alternating ranges: an upper case at lo + 2k, its lower case right after it
static const urange_t pair_ranges[] = {
    {0x100, 0x12f}, {0x132, 0x137}, {0x139, 0x148}, {0x14a, 0x177}, {0x179, 0x17e}, {0x182, 0x185},
    {0x1a0, 0x1a5}, {0x1cd, 0x1dc}, {0x1de, 0x1ef}, {0x1f8, 0x21f}, {0x222, 0x233}, {0x246, 0x24f},
    {0x370, 0x373}, {0x3d8, 0x3ef}, {0x460, 0x481}, {0x48a, 0x4bf}, {0x4c1, 0x4ce}, {0x4d0, 0x52f},
    {0x1e00, 0x1e95}, {0x1ea0, 0x1eff}, {0x2c80, 0x2ce3}, {0xa640, 0xa66d}, {0xa680, 0xa69b},
    {0xa722, 0xa72f}, {0xa732, 0xa76f},
};
// single pairs (upper, lower); the first mapping only one way: İ -> i, ẞ -> ß
static const unichar to_lower_only[][2] = {{0x130, 0x69}, {0x1e9e, 0xdf}};
static const unichar case_pairs[][2] = {{0x178, 0xff}, {0x386, 0x3ac}, {0x38c, 0x3cc}, {0x4c0, 0x4cf}};
static const unichar to_upper_only[][2] = {{0x39c, 0xb5}, {0x49, 0x131}, {0x53, 0x17f}, {0x3a3, 0x3c2}};

// the digraphs with three cases: upper, title, lower (Ǆ ǅ ǆ)
static const unichar digraphs[][3] = {{0x1c4, 0x1c5, 0x1c6}, {0x1c7, 0x1c8, 0x1c9}, {0x1ca, 0x1cb, 0x1cc}, {0x1f1, 0x1f2, 0x1f3}};
static int digraph_case(unichar c, int *which) {   // the row, or -1
    if (c < 0x1c4 || c > 0x1f3) return -1;
    for (int i = 0; i < 4; i++) for (int k = 0; k < 3; k++) if (digraphs[i][k] == c) { *which = k; return i; }
    return -1;
}

static unichar simple_lower(unichar c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
    int k, row = digraph_case(c, &k);
    if (row >= 0) return digraphs[row][2];
    for (size_t i = 0; i < sizeof case_ranges / sizeof *case_ranges; i++) {
        if (c >= case_ranges[i].lo && c <= case_ranges[i].hi) return c + case_ranges[i].delta;
    }
    for (size_t i = 0; i < sizeof pair_ranges / sizeof *pair_ranges; i++) {
        if (c >= pair_ranges[i].lo && c <= pair_ranges[i].hi) return (c - pair_ranges[i].lo) % 2 ? c : c + 1;
    }
    for (size_t i = 0; i < 4; i++) if (c == case_pairs[i][0]) return case_pairs[i][1];
    for (size_t i = 0; i < 2; i++) if (c == to_lower_only[i][0]) return to_lower_only[i][1];
    return c;
}

static unichar simple_upper(unichar c) {
    if (c < 0x80) return c >= 'a' && c <= 'z' ? c - 32 : c;
    int k, row = digraph_case(c, &k);
    if (row >= 0) return digraphs[row][0];
    for (size_t i = 0; i < sizeof case_ranges / sizeof *case_ranges; i++) {
        unichar d = case_ranges[i].delta;
        if (c >= case_ranges[i].lo + d && c <= case_ranges[i].hi + d) return c - d;
    }
    for (size_t i = 0; i < sizeof pair_ranges / sizeof *pair_ranges; i++) {
        if (c > pair_ranges[i].lo && c <= pair_ranges[i].hi) return (c - pair_ranges[i].lo) % 2 ? c - 1 : c;
    }
    for (size_t i = 0; i < 4; i++) if (c == case_pairs[i][1]) return case_pairs[i][0];
    for (size_t i = 0; i < 4; i++) if (c == to_upper_only[i][1]) return to_upper_only[i][0];
    return c;
}

static const urange_t other_lower[] = {
    {0xaa, 0xaa}, {0xba, 0xba}, {0xdf, 0xdf}, {0x138, 0x138}, {0x149, 0x149}, {0x250, 0x2af}, {0xfb00, 0xfb06},
};
static bool uc_istitle(unichar c) { int k; return digraph_case(c, &k) >= 0 && k == 1; }
static bool uc_isupper(unichar c) { return simple_lower(c) != c && !uc_istitle(c); }
static bool uc_islower(unichar c) { return (simple_upper(c) != c && !uc_istitle(c)) || (c >= 0x80 && IN(c, other_lower)); }
static bool uc_iscased(unichar c) { return uc_isupper(c) || uc_islower(c) || uc_istitle(c); }

static const urange_t letters[] = {
    {0xaa, 0xaa}, {0xb5, 0xb5}, {0xba, 0xba}, {0xc0, 0xd6}, {0xd8, 0xf6}, {0xf8, 0x2c1}, {0x2c6, 0x2d1},
    {0x2e0, 0x2e4}, {0x370, 0x374}, {0x376, 0x377}, {0x37a, 0x37d}, {0x37f, 0x37f}, {0x386, 0x386},
    {0x388, 0x38a}, {0x38c, 0x38c}, {0x38e, 0x3a1}, {0x3a3, 0x3f5}, {0x3f7, 0x481}, {0x48a, 0x52f},
    {0x531, 0x556}, {0x560, 0x588}, {0x5d0, 0x5ea}, {0x620, 0x64a}, {0x671, 0x6d3}, {0x904, 0x939},
    {0xe01, 0xe30}, {0x10a0, 0x10ff}, {0x1100, 0x11ff}, {0x1e00, 0x1fbc}, {0x2c00, 0x2ce4},
    {0x3041, 0x3096}, {0x30a1, 0x30fa}, {0x3400, 0x4dbf}, {0x4e00, 0x9fff}, {0xa000, 0xa48c},
    {0xac00, 0xd7a3}, {0xf900, 0xfaff}, {0xff21, 0xff3a}, {0xff41, 0xff5a}, {0xff66, 0xffbe},
    {0xfb00, 0xfb06}, {0x10400, 0x1044f}, {0x20000, 0x2a6df}, {0x2a700, 0x2ebe0}, {0x30000, 0x3134a},
};
static const urange_t decimals[] = {
    {0x660, 0x669}, {0x6f0, 0x6f9}, {0x7c0, 0x7c9}, {0xe50, 0xe59}, {0xed0, 0xed9}, {0xf20, 0xf29},
    {0x1040, 0x1049}, {0x17e0, 0x17e9}, {0x1810, 0x1819}, {0xff10, 0xff19}, {0x1d7ce, 0x1d7ff},
};
static const urange_t other_digits[] = {
    {0xb2, 0xb3}, {0xb9, 0xb9}, {0x1369, 0x1371}, {0x2070, 0x2070}, {0x2074, 0x2079}, {0x2080, 0x2089},
    {0x2460, 0x2468}, {0x2474, 0x247c}, {0x2488, 0x2490}, {0x24ea, 0x24ea}, {0x24f5, 0x24fd},
    {0x24ff, 0x24ff}, {0x2776, 0x277e}, {0x2780, 0x2788}, {0x278a, 0x2792},
};
static const urange_t other_numerics[] = {
    {0xbc, 0xbe}, {0x2150, 0x2182}, {0x2185, 0x2189}, {0x2469, 0x2473}, {0x247d, 0x2487},
    {0x2491, 0x249b}, {0x24eb, 0x24f4}, {0x24fe, 0x24fe}, {0x277f, 0x277f}, {0x2789, 0x2789},
    {0x2793, 0x2793}, {0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303a}, {0x4e00, 0x4e00},
    {0x4e03, 0x4e03}, {0x4e07, 0x4e07}, {0x4e09, 0x4e09}, {0x4e5d, 0x4e5d}, {0x4e8c, 0x4e8c},
    {0x4e94, 0x4e94}, {0x516b, 0x516b}, {0x516d, 0x516d}, {0x5341, 0x5341}, {0x5343, 0x5343},
    {0x56db, 0x56db}, {0x767e, 0x767e}, {0x96f6, 0x96f6},
};
static const urange_t spaces[] = {
    {0x9, 0xd}, {0x1c, 0x20}, {0x85, 0x85}, {0xa0, 0xa0}, {0x1680, 0x1680}, {0x2000, 0x200a},
    {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f}, {0x3000, 0x3000},
};
// not printable: controls, format characters, separators other than ' ', surrogates,
// private use and the unassigned code points programs are likely to meet
static const urange_t unprintable[] = {
    {0x0, 0x1f}, {0x7f, 0xa0}, {0xad, 0xad}, {0x378, 0x379}, {0x380, 0x383}, {0x38b, 0x38b},
    {0x38d, 0x38d}, {0x3a2, 0x3a2}, {0x600, 0x605}, {0x61c, 0x61c}, {0x6dd, 0x6dd}, {0x70f, 0x70f},
    {0x180e, 0x180e}, {0x1680, 0x1680}, {0x2000, 0x200f}, {0x2028, 0x202f}, {0x205f, 0x2064},
    {0x2066, 0x206f}, {0x3000, 0x3000}, {0xd7fc, 0xf8ff}, {0xfeff, 0xfeff}, {0xfff0, 0xfffb},
    {0xfffe, 0xffff}, {0x1d173, 0x1d17a}, {0x323b0, 0xdffff}, {0xe0000, 0xe00ff}, {0xe01f0, 0x10ffff},
};
static const urange_t line_breaks[] = {{0xa, 0xd}, {0x1c, 0x1e}, {0x85, 0x85}, {0x2028, 0x2029}};

static bool uc_isalpha(unichar c) {
    if (c < 0x80) return (c | 32) >= 'a' && (c | 32) <= 'z';
    return IN(c, letters) || uc_iscased(c);
}
static bool uc_isdecimal(unichar c) {
    if (c < 0x80) return c >= '0' && c <= '9';
    // the Indic scripts' digits sit at 0x?66-0x?6f of each 128-point block
    if (c >= 0x966 && c <= 0xdef && (c & 0x7f) >= 0x66 && (c & 0x7f) <= 0x6f) return true;
    return IN(c, decimals);
}
static bool uc_isdigit(unichar c) { return uc_isdecimal(c) || (c >= 0x80 && IN(c, other_digits)); }
static bool uc_isnumeric(unichar c) { return uc_isdigit(c) || (c >= 0x80 && IN(c, other_numerics)); }
static bool uc_isalnum(unichar c) { return uc_isalpha(c) || uc_isnumeric(c); }
bool mp_unichar_isspace(unichar c) { return c < 0x80 ? (c >= 0x9 && c <= 0xd) || (c >= 0x1c && c <= 0x20) : IN(c, spaces); }
bool mp_unichar_isprintable(unichar c) { return c < 0x80 ? c >= 0x20 && c < 0x7f : !IN(c, unprintable); }
static bool uc_islinebreak(unichar c) { return IN(c, line_breaks); }
#define uc_isspace mp_unichar_isspace

// --- helpers ----------------------------------------------------------------------------------------
static mp_obj_str_t *need_str(mp_obj_t o) {
    if (!mp_obj_is_str(o)) mp_raise(&mp_type_TypeError, "must be str, not %T", o);
    return o;
}

static unichar prev_char(const char *start, const char **pp) {
    const char *p = *pp;
    do p--; while (p > start && ((byte)*p & 0xc0) == 0x80);
    *pp = p;
    const char *q = p;
    return mp_utf8_next(&q);
}

// list.append(s[:n]); the list
static mp_obj_t append_str(mp_obj_t list, const char *s, size_t n) {
    mp_obj_list_append(list, mp_obj_new_str(s, n));
    return list;
}

// The arguments after self, by position or by keyword (names); out[i] NULL when not given.
static void get_args(const char *fn, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw,
                     const char *const *names, size_t n_names, mp_obj_t *out) {
    for (size_t i = 0; i < n_names; i++) out[i] = i + 1 < n ? a[i + 1] : MP_OBJ_NULL;
    for (size_t k = 0; k < n_kw; k++) {
        const char *key = S(kw[2 * k])->data;
        size_t i = 0;
        while (i < n_names && strcmp(key, names[i]) != 0) i++;
        if (i == n_names) mp_raise(&mp_type_TypeError, "'%s' is an invalid keyword argument for %s()", key, fn);
        if (out[i] != MP_OBJ_NULL) {
            mp_raise(&mp_type_TypeError, "argument for %s() given by name ('%s') and position (%d)", fn, key, (int)i + 1);
        }
        out[i] = kw[2 * k + 1];
    }
}

// A start or end argument of find, count, startswith...: None or an int (a big one clamps).
static mp_int_t index_arg(size_t n, const mp_obj_t *a, size_t i, mp_int_t dflt) {
    if (i >= n || a[i] == mp_const_none) return dflt;
    mp_obj_t o = a[i];
    if (o == mp_const_false || o == mp_const_true) return o == mp_const_true;
    if (!mp_obj_is_int(o)) mp_raise(&mp_type_TypeError, "slice indices must be integers or None or have an __index__ method");
    mp_int_t v;
    if (!mp_obj_int_get_checked(o, &v)) {
        v = mp_binary_op(MP_BINARY_OP_LESS, o, MP_OBJ_NEW_SMALL_INT(0)) == mp_const_true ? MP_SMALL_INT_MIN : MP_SMALL_INT_MAX;
    }
    return v;
}

// s[start:end] as a find-like method takes it (a[i], a[i+1]): code points clamped as a
// slice's, and byte offsets lo, hi (set only when start <= end)
typedef struct { mp_int_t start, end; size_t lo, hi; } span_t;
static span_t get_span(mp_obj_str_t *s, size_t n, const mp_obj_t *a, size_t i) {
    mp_int_t len = (mp_int_t)s->char_len;
    span_t sp = {index_arg(n, a, i, 0), index_arg(n, a, i + 1, len), 0, 0};
    if (sp.end > len) sp.end = len;
    else if (sp.end < 0 && (sp.end += len) < 0) sp.end = 0;
    if (sp.start < 0 && (sp.start += len) < 0) sp.start = 0;
    if (sp.start <= sp.end) {
        sp.lo = mp_str_byte_at(s, (size_t)sp.start);
        sp.hi = mp_str_byte_at(s, (size_t)sp.end);
    }
    return sp;
}

// byte offset of sub in s[lo:hi], the first or the last; -1 if none
static mp_int_t search(const char *s, size_t lo, size_t hi, const char *sub, size_t m, bool last) {
    if (hi < lo || hi - lo < m) return -1;
    if (m == 0) return (mp_int_t)(last ? hi : lo);
    if (last) {
        for (size_t i = hi - m + 1; i-- > lo;) if (s[i] == sub[0] && memcmp(s + i, sub, m) == 0) return (mp_int_t)i;
        return -1;
    }
    for (size_t i = lo; i + m <= hi; i++) {
        const char *hit = memchr(s + i, sub[0], hi - m + 1 - i);
        if (hit == NULL) return -1;
        i = (size_t)(hit - s);
        if (memcmp(hit, sub, m) == 0) return (mp_int_t)i;
    }
    return -1;
}

// --- case ---------------------------------------------------------------------------------------------
enum { LOWER, UPPER, TITLE, FOLD };

// the ligatures' upper, title and folded forms (their lower form is themselves)
static const char *const ligatures[][3] = {
    {"FF", "Ff", "ff"}, {"FI", "Fi", "fi"}, {"FL", "Fl", "fl"}, {"FFI", "Ffi", "ffi"}, {"FFL", "Ffl", "ffl"},
    {"ST", "St", "st"}, {"ST", "St", "st"},
};

// Σ at the end of a word lowers to ς (CPython's final-sigma rule, without case-ignorables)
static bool final_sigma(const char *begin, const char *end, const char *at, const char *after) {
    const char *p = at;
    if (p == begin || !uc_iscased(prev_char(begin, &p))) return false;
    p = after;
    return p == end || !uc_iscased(mp_utf8_next(&p));
}

// the character at [at, after) of [begin, end) in one case, as CPython's full case mappings
static void add_cased(vstr_t *v, const char *begin, const char *end, const char *at, const char *after, int how) {
    const char *p = at;
    unichar c = mp_utf8_next(&p);
    if (c < 0x80) {
        vstr_add_char(v, (char)(how == UPPER || how == TITLE ? simple_upper(c) : simple_lower(c)));
        return;
    }
    if (c == 0xdf || (c == 0x1e9e && how == FOLD)) {   // ß, ẞ
        vstr_add_str(v, how == UPPER ? "SS" : how == TITLE ? "Ss" : how == FOLD ? "ss" : "\xc3\x9f");
        return;
    }
    if (c >= 0xfb00 && c <= 0xfb06 && how != LOWER) { vstr_add_str(v, ligatures[c - 0xfb00][how == UPPER ? 0 : how == TITLE ? 1 : 2]); return; }
    if (c == 0x130 && (how == LOWER || how == FOLD)) { vstr_add_str(v, "i\xcc\x87"); return; }   // İ: i + dot
    if (c == 0x3a3 && how == LOWER && final_sigma(begin, end, at, after)) { vstr_add_unichar(v, 0x3c2); return; }
    if (how == FOLD && (c == 0x3c2 || c == 0xb5 || c == 0x17f)) { vstr_add_unichar(v, simple_lower(simple_upper(c))); return; }
    int k, row = how == TITLE ? digraph_case(c, &k) : -1;
    if (row >= 0) { vstr_add_unichar(v, digraphs[row][1]); return; }
    vstr_add_unichar(v, how == UPPER || how == TITLE ? simple_upper(c) : simple_lower(c));
}

// every character through case(c): returns the case to map c to
static mp_obj_t map_case(mp_obj_t self, int (*which)(unichar c, void *state), void *state) {
    mp_obj_str_t *s = self;
    vstr_t v;
    vstr_init(&v, s->len + 1);
    for (const char *p = s->data, *end = p + s->len; p < end;) {
        const char *at = p;
        unichar c = mp_utf8_next(&p);
        int how = which(c, state);
        if (how < 0) vstr_add_strn(&v, at, (size_t)(p - at));
        else add_cased(&v, s->data, end, at, p, how);
    }
    return mp_obj_new_str_from_vstr(&v);
}
static int always(unichar c, void *how) { (void)c; return *(int *)how; }
static int swapped(unichar c, void *state) {
    (void)state;
    return uc_isupper(c) ? LOWER : uc_islower(c) ? UPPER : -1;
}
// title: a character after a cased one lowers, any other title-cases
static int titled(unichar c, void *prev_cased) {
    bool prev = *(bool *)prev_cased;
    *(bool *)prev_cased = uc_iscased(c);
    return prev ? LOWER : TITLE;
}
// capitalize: the first title-cases, the rest lower
static int capitalized(unichar c, void *first) {
    (void)c;
    bool f = *(bool *)first;
    *(bool *)first = false;
    return f ? TITLE : LOWER;
}

#define CASE_METHOD(cname, pyname, fn, type, init) \
    STR_METHOD(cname, pyname, 1, 1); \
    static mp_obj_t cname(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) { \
        STR_SELF(pyname); \
        type state = init; \
        return map_case(a[0], fn, &state); \
    }
CASE_METHOD(str_upper, "upper", always, int, UPPER)
CASE_METHOD(str_lower, "lower", always, int, LOWER)
CASE_METHOD(str_casefold, "casefold", always, int, FOLD)
CASE_METHOD(str_swapcase, "swapcase", swapped, int, 0)
CASE_METHOD(str_title, "title", titled, bool, false)
CASE_METHOD(str_capitalize, "capitalize", capitalized, bool, true)

// --- predicates -------------------------------------------------------------------------------------
static mp_obj_t all_chars(mp_obj_t self, bool (*pred)(unichar)) {
    mp_obj_str_t *s = self;
    if (s->len == 0) return mp_const_false;
    for (const char *p = s->data, *end = p + s->len; p < end;) if (!pred(mp_utf8_next(&p))) return mp_const_false;
    return mp_const_true;
}
#define PREDICATE(cname, pyname, pred) \
    STR_METHOD(cname, pyname, 1, 1); \
    static mp_obj_t cname(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) { \
        STR_SELF(pyname); \
        return all_chars(a[0], pred); \
    }
PREDICATE(str_isalpha, "isalpha", uc_isalpha)
PREDICATE(str_isalnum, "isalnum", uc_isalnum)
PREDICATE(str_isdecimal, "isdecimal", uc_isdecimal)
PREDICATE(str_isdigit, "isdigit", uc_isdigit)
PREDICATE(str_isnumeric, "isnumeric", uc_isnumeric)
PREDICATE(str_isspace, "isspace", uc_isspace)

STR_METHOD(str_isascii, "isascii", 1, 1);
static mp_obj_t str_isascii(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("isascii");
    return mp_obj_new_bool(S(a[0])->char_len == S(a[0])->len);
}

STR_METHOD(str_isprintable, "isprintable", 1, 1);
static mp_obj_t str_isprintable(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("isprintable");
    mp_obj_str_t *s = a[0];
    for (const char *p = s->data, *end = p + s->len; p < end;) if (!mp_unichar_isprintable(mp_utf8_next(&p))) return mp_const_false;
    return mp_const_true;
}

STR_METHOD(str_isidentifier, "isidentifier", 1, 1);
static mp_obj_t str_isidentifier(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("isidentifier");
    mp_obj_str_t *s = a[0];
    if (s->len == 0) return mp_const_false;
    bool first = true;
    for (const char *p = s->data, *end = p + s->len; p < end; first = false) {
        unichar c = mp_utf8_next(&p);
        bool ok = c == '_' || uc_isalpha(c) || (!first && (uc_isdecimal(c) || (c >= 0x300 && c <= 0x36f)));
        if (!ok) return mp_const_false;
    }
    return mp_const_true;
}

// isupper / islower: some cased character, and none of the other case
static mp_obj_t cased_only(mp_obj_t self, bool upper) {
    mp_obj_str_t *s = self;
    bool cased = false;
    for (const char *p = s->data, *end = p + s->len; p < end;) {
        unichar c = mp_utf8_next(&p);
        if (uc_istitle(c) || (upper ? uc_islower(c) : uc_isupper(c))) return mp_const_false;
        cased |= upper ? uc_isupper(c) : uc_islower(c);
    }
    return mp_obj_new_bool(cased);
}
STR_METHOD(str_isupper, "isupper", 1, 1);
static mp_obj_t str_isupper(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("isupper");
    return cased_only(a[0], true);
}
STR_METHOD(str_islower, "islower", 1, 1);
static mp_obj_t str_islower(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("islower");
    return cased_only(a[0], false);
}

STR_METHOD(str_istitle, "istitle", 1, 1);
static mp_obj_t str_istitle(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("istitle");
    mp_obj_str_t *s = a[0];
    bool cased = false, prev_cased = false;
    for (const char *p = s->data, *end = p + s->len; p < end;) {
        unichar c = mp_utf8_next(&p);
        if (uc_isupper(c) || uc_istitle(c)) {
            if (prev_cased) return mp_const_false;
            prev_cased = cased = true;
        } else if (uc_islower(c)) {
            if (!prev_cased) return mp_const_false;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return mp_obj_new_bool(cased);
}

// --- searching ----------------------------------------------------------------------------------------
// find, rfind, index, rindex: the code point index of sub in s[start:end], or -1
static mp_int_t find_common(size_t n, const mp_obj_t *a, bool last) {
    mp_obj_str_t *s = a[0], *sub = need_str(a[1]);
    span_t sp = get_span(s, n, a, 2);
    if (sp.end - sp.start < (mp_int_t)sub->char_len) return -1;
    mp_int_t at = search(s->data, sp.lo, sp.hi, sub->data, sub->len, last);
    return at < 0 ? -1 : (mp_int_t)mp_str_char_at(s, (size_t)at);
}
STR_METHOD(str_find, "find", 2, 4);
static mp_obj_t str_find(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("find");
    return mp_obj_new_int(find_common(n, a, false));
}
STR_METHOD(str_rfind, "rfind", 2, 4);
static mp_obj_t str_rfind(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("rfind");
    return mp_obj_new_int(find_common(n, a, true));
}
static mp_obj_t index_common(size_t n, const mp_obj_t *a, bool last) {
    mp_int_t i = find_common(n, a, last);
    if (i < 0) mp_raise(&mp_type_ValueError, "substring not found");
    return mp_obj_new_int(i);
}
STR_METHOD(str_index, "index", 2, 4);
static mp_obj_t str_index(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("index");
    return index_common(n, a, false);
}
STR_METHOD(str_rindex, "rindex", 2, 4);
static mp_obj_t str_rindex(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("rindex");
    return index_common(n, a, true);
}

STR_METHOD(str_count, "count", 2, 4);
static mp_obj_t str_count(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("count");
    mp_obj_str_t *s = a[0], *sub = need_str(a[1]);
    span_t sp = get_span(s, n, a, 2);
    if (sp.end - sp.start < (mp_int_t)sub->char_len) return MP_OBJ_NEW_SMALL_INT(0);
    if (sub->len == 0) return mp_obj_new_int(sp.end - sp.start + 1);
    mp_int_t count = 0;
    for (mp_int_t at; (at = search(s->data, sp.lo, sp.hi, sub->data, sub->len, false)) >= 0; count++) {
        sp.lo = (size_t)at + sub->len;
    }
    return mp_obj_new_int(count);
}

// startswith / endswith: prefix is a str or a tuple of them
static mp_obj_t affix(size_t n, const mp_obj_t *a, bool end, const char *fn) {
    mp_obj_str_t *s = a[0];
    size_t n_items = 1;
    mp_obj_t *items = (mp_obj_t *)&a[1];
    if (mp_obj_is_type(a[1], &mp_type_tuple)) mp_obj_get_array(a[1], &n_items, &items);
    else if (!mp_obj_is_str(a[1])) mp_raise(&mp_type_TypeError, "%s first arg must be str or a tuple of str, not %T", fn, a[1]);
    span_t sp = get_span(s, n, a, 2);
    for (size_t i = 0; i < n_items; i++) {
        if (!mp_obj_is_str(items[i])) mp_raise(&mp_type_TypeError, "tuple for %s must only contain str, not %T", fn, items[i]);
        mp_obj_str_t *x = items[i];
        if (sp.end - (mp_int_t)x->char_len < sp.start || x->len > sp.hi - sp.lo) continue;
        if (memcmp(s->data + (end ? sp.hi - x->len : sp.lo), x->data, x->len) == 0) return mp_const_true;
    }
    return mp_const_false;
}
STR_METHOD(str_startswith, "startswith", 2, 4);
static mp_obj_t str_startswith(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("startswith");
    return affix(n, a, false, "startswith");
}
STR_METHOD(str_endswith, "endswith", 2, 4);
static mp_obj_t str_endswith(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("endswith");
    return affix(n, a, true, "endswith");
}

// --- transforming ---------------------------------------------------------------------------------------
STR_METHOD(str_replace, "replace", 3, 4);
static mp_obj_t str_replace(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("replace");
    mp_obj_str_t *s = a[0];
    for (int i = 1; i <= 2; i++) {
        if (!mp_obj_is_str(a[i])) mp_raise(&mp_type_TypeError, "replace() argument %d must be str, not %T", i, a[i]);
    }
    mp_obj_str_t *old = a[1], *new_ = a[2];
    mp_int_t count = n > 3 ? mp_obj_get_int(a[3]) : -1;
    vstr_t v;
    vstr_init(&v, s->len + 1);
    if (old->len == 0) {
        // the new text before every character and at the end
        const char *p = s->data, *end = p + s->len;
        for (; count != 0; count--) {
            vstr_add_strn(&v, new_->data, new_->len);
            if (p == end) break;
            const char *c = p;
            mp_utf8_next(&p);
            vstr_add_strn(&v, c, (size_t)(p - c));
        }
        vstr_add_strn(&v, p, (size_t)(end - p));
        return mp_obj_new_str_from_vstr(&v);
    }
    size_t i = 0;
    for (mp_int_t at; count != 0 && (at = search(s->data, i, s->len, old->data, old->len, false)) >= 0; count--) {
        vstr_add_strn(&v, s->data + i, (size_t)at - i);
        vstr_add_strn(&v, new_->data, new_->len);
        i = (size_t)at + old->len;
    }
    if (i == 0) return a[0];
    vstr_add_strn(&v, s->data + i, s->len - i);
    return mp_obj_new_str_from_vstr(&v);
}

static bool has_char(const mp_obj_str_t *chars, unichar c) {
    // an ASCII byte never occurs inside a multi-byte sequence
    if (c < 0x80) return memchr(chars->data, (int)c, chars->len) != NULL;
    for (const char *p = chars->data, *end = p + chars->len; p < end;) if (mp_utf8_next(&p) == c) return true;
    return false;
}

// strip, lstrip, rstrip: which = 1 left, 2 right, 3 both
static mp_obj_t strip_common(size_t n, const mp_obj_t *a, int which, const char *fn) {
    mp_obj_str_t *s = a[0], *chars = NULL;
    if (n > 1 && a[1] != mp_const_none) {
        if (!mp_obj_is_str(a[1])) mp_raise(&mp_type_TypeError, "%s arg must be None or str", fn);
        chars = a[1];
    }
    const char *lo = s->data, *hi = s->data + s->len, *p;
    while ((which & 1) && lo < hi) {
        unichar c = mp_utf8_next((p = lo, &p));
        if (chars ? !has_char(chars, c) : !uc_isspace(c)) break;
        lo = p;
    }
    while ((which & 2) && hi > lo) {
        unichar c = prev_char(lo, (p = hi, &p));
        if (chars ? !has_char(chars, c) : !uc_isspace(c)) break;
        hi = p;
    }
    if (lo == s->data && hi == s->data + s->len) return a[0];
    return mp_obj_new_str(lo, (size_t)(hi - lo));
}
STR_METHOD(str_strip, "strip", 1, 2);
static mp_obj_t str_strip(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("strip");
    return strip_common(n, a, 3, "strip");
}
STR_METHOD(str_lstrip, "lstrip", 1, 2);
static mp_obj_t str_lstrip(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("lstrip");
    return strip_common(n, a, 1, "lstrip");
}
STR_METHOD(str_rstrip, "rstrip", 1, 2);
static mp_obj_t str_rstrip(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("rstrip");
    return strip_common(n, a, 2, "rstrip");
}

static mp_obj_t affix_remove(mp_obj_t self, mp_obj_t x, bool suffix, const char *fn) {
    mp_obj_str_t *s = self;
    if (!mp_obj_is_str(x)) mp_raise(&mp_type_TypeError, "%s() argument must be str, not %T", fn, x);
    size_t m = S(x)->len;
    if (m == 0 || m > s->len || memcmp(s->data + (suffix ? s->len - m : 0), S(x)->data, m) != 0) return self;
    return mp_obj_new_str(s->data + (suffix ? 0 : m), s->len - m);
}
STR_METHOD(str_removeprefix, "removeprefix", 2, 2);
static mp_obj_t str_removeprefix(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("removeprefix");
    return affix_remove(a[0], a[1], false, "removeprefix");
}
STR_METHOD(str_removesuffix, "removesuffix", 2, 2);
static mp_obj_t str_removesuffix(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("removesuffix");
    return affix_remove(a[0], a[1], true, "removesuffix");
}

// --- padding ----------------------------------------------------------------------------------------------
// ljust (where 0), center (1), rjust (2)
static mp_obj_t justify(size_t n, const mp_obj_t *a, int where) {
    mp_obj_str_t *s = a[0];
    mp_int_t width = mp_obj_get_int(a[1]);
    const char *fill = " ";
    size_t fill_len = 1;
    if (n > 2) {
        if (!mp_obj_is_str(a[2])) mp_raise(&mp_type_TypeError, "The fill character must be a unicode character, not %T", a[2]);
        if (S(a[2])->char_len != 1) mp_raise(&mp_type_TypeError, "The fill character must be exactly one character long");
        fill = S(a[2])->data;
        fill_len = S(a[2])->len;
    }
    if (width <= (mp_int_t)s->char_len) return a[0];
    size_t total = (size_t)width - s->char_len;
    size_t left = where == 0 ? 0 : where == 2 ? total : total / 2 + (total & (size_t)width & 1);
    vstr_t v;
    vstr_init(&v, total * fill_len + s->len + 1);
    for (size_t i = 0; i < left; i++) vstr_add_strn(&v, fill, fill_len);
    vstr_add_strn(&v, s->data, s->len);
    for (size_t i = left; i < total; i++) vstr_add_strn(&v, fill, fill_len);
    return mp_obj_new_str_from_vstr(&v);
}
STR_METHOD(str_ljust, "ljust", 2, 3);
static mp_obj_t str_ljust(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("ljust");
    return justify(n, a, 0);
}
STR_METHOD(str_center, "center", 2, 3);
static mp_obj_t str_center(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("center");
    return justify(n, a, 1);
}
STR_METHOD(str_rjust, "rjust", 2, 3);
static mp_obj_t str_rjust(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("rjust");
    return justify(n, a, 2);
}

STR_METHOD(str_zfill, "zfill", 2, 2);
static mp_obj_t str_zfill(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("zfill");
    mp_obj_str_t *s = a[0];
    mp_int_t width = mp_obj_get_int(a[1]);
    if (width <= (mp_int_t)s->char_len) return a[0];
    vstr_t v;
    vstr_init(&v, (size_t)width + s->len);
    size_t i = 0;
    if (s->len && (s->data[0] == '-' || s->data[0] == '+')) vstr_add_char(&v, s->data[i++]);
    for (size_t k = s->char_len; k < (size_t)width; k++) vstr_add_char(&v, '0');
    vstr_add_strn(&v, s->data + i, s->len - i);
    return mp_obj_new_str_from_vstr(&v);
}

STR_METHOD_KW(str_expandtabs, "expandtabs", 1, 2);
static mp_obj_t str_expandtabs(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    CHECK_SELF("expandtabs");
    static const char *const names[] = {"tabsize"};
    mp_obj_t arg;
    get_args("expandtabs", n, a, n_kw, kw, names, 1, &arg);
    mp_int_t tab = arg ? mp_obj_get_int(arg) : 8;
    mp_obj_str_t *s = a[0];
    vstr_t v;
    vstr_init(&v, s->len + 16);
    mp_int_t col = 0;
    for (const char *p = s->data, *end = p + s->len; p < end;) {
        const char *c0 = p;
        unichar c = mp_utf8_next(&p);
        if (c == '\t') {
            if (tab > 0) for (mp_int_t k = tab - col % tab; k > 0; k--, col++) vstr_add_char(&v, ' ');
            continue;
        }
        vstr_add_strn(&v, c0, (size_t)(p - c0));
        col = c == '\n' || c == '\r' ? 0 : col + 1;
    }
    return mp_obj_new_str_from_vstr(&v);
}

// --- splitting -------------------------------------------------------------------------------------------
// split / rsplit on runs of whitespace: at most maxsplit cuts, from the left or the right; the
// text left over keeps its whitespace on the far side
static mp_obj_t split_whitespace(mp_obj_str_t *s, mp_int_t maxsplit, bool right) {
    mp_obj_t out = mp_obj_new_list(0, NULL);
    const char *begin = s->data, *end = begin + s->len;
    if (!right) {
        const char *p = begin;
        for (;;) {
            const char *q;
            while (p < end && (q = p, uc_isspace(mp_utf8_next(&q)))) p = q;
            if (p == end) break;
            if (maxsplit == 0) { append_str(out, p, (size_t)(end - p)); break; }
            const char *w = p;
            while (p < end && (q = p, !uc_isspace(mp_utf8_next(&q)))) p = q;
            append_str(out, w, (size_t)(p - w));
            maxsplit--;
        }
        return out;
    }
    const char *p = end;
    for (;;) {
        const char *q;
        while (p > begin && (q = p, uc_isspace(prev_char(begin, &q)))) p = q;
        if (p == begin) break;
        if (maxsplit == 0) { append_str(out, begin, (size_t)(p - begin)); break; }
        const char *w = p;
        while (p > begin && (q = p, !uc_isspace(prev_char(begin, &q)))) p = q;
        append_str(out, p, (size_t)(w - p));
        maxsplit--;
    }
    mp_obj_list_t *l = out;
    for (size_t i = 0; i < l->len / 2; i++) {
        mp_obj_t t = l->items[i];
        l->items[i] = l->items[l->len - 1 - i];
        l->items[l->len - 1 - i] = t;
    }
    return out;
}

static mp_obj_t split_common(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw, bool right) {
    static const char *const names[] = {"sep", "maxsplit"};
    mp_obj_t args[2];
    get_args(right ? "rsplit" : "split", n, a, n_kw, kw, names, 2, args);
    mp_obj_str_t *s = a[0];
    mp_int_t maxsplit = args[1] ? mp_obj_get_int(args[1]) : -1;
    if (args[0] == MP_OBJ_NULL || args[0] == mp_const_none) return split_whitespace(s, maxsplit, right);
    if (!mp_obj_is_str(args[0])) mp_raise(&mp_type_TypeError, "must be str or None, not %T", args[0]);
    mp_obj_str_t *sep = args[0];
    if (sep->len == 0) mp_raise(&mp_type_ValueError, "empty separator");
    mp_obj_t out = mp_obj_new_list(0, NULL);
    if (!right) {
        size_t i = 0;
        for (mp_int_t at; maxsplit != 0 && (at = search(s->data, i, s->len, sep->data, sep->len, false)) >= 0; maxsplit--) {
            append_str(out, s->data + i, (size_t)at - i);
            i = (size_t)at + sep->len;
        }
        return append_str(out, s->data + i, s->len - i);
    }
    size_t j = s->len;
    for (mp_int_t at; maxsplit != 0 && (at = search(s->data, 0, j, sep->data, sep->len, true)) >= 0; maxsplit--) {
        append_str(out, s->data + at + sep->len, j - (size_t)at - sep->len);
        j = (size_t)at;
    }
    append_str(out, s->data, j);
    mp_obj_list_t *l = out;
    for (size_t i = 0; i < l->len / 2; i++) {
        mp_obj_t t = l->items[i];
        l->items[i] = l->items[l->len - 1 - i];
        l->items[l->len - 1 - i] = t;
    }
    return out;
}
STR_METHOD_KW(str_split, "split", 1, 3);
static mp_obj_t str_split(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    CHECK_SELF("split");
    return split_common(n, a, n_kw, kw, false);
}
STR_METHOD_KW(str_rsplit, "rsplit", 1, 3);
static mp_obj_t str_rsplit(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    CHECK_SELF("rsplit");
    return split_common(n, a, n_kw, kw, true);
}

STR_METHOD_KW(str_splitlines, "splitlines", 1, 2);
static mp_obj_t str_splitlines(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    CHECK_SELF("splitlines");
    static const char *const names[] = {"keepends"};
    mp_obj_t arg;
    get_args("splitlines", n, a, n_kw, kw, names, 1, &arg);
    bool keep = arg != MP_OBJ_NULL && mp_obj_is_true(arg);
    mp_obj_str_t *s = a[0];
    mp_obj_t out = mp_obj_new_list(0, NULL);
    const char *line = s->data, *end = line + s->len;
    for (const char *p = line; p < end;) {
        const char *at = p;
        unichar c = mp_utf8_next(&p);
        if (!uc_islinebreak(c)) continue;
        if (c == '\r' && p < end && *p == '\n') p++;
        append_str(out, line, (size_t)((keep ? p : at) - line));
        line = p;
    }
    if (line < end) append_str(out, line, (size_t)(end - line));
    return out;
}

static mp_obj_t partition_common(mp_obj_t self, mp_obj_t sep_obj, bool right) {
    mp_obj_str_t *s = self, *sep = need_str(sep_obj);
    if (sep->len == 0) mp_raise(&mp_type_ValueError, "empty separator");
    mp_int_t at = search(s->data, 0, s->len, sep->data, sep->len, right);
    mp_obj_t empty = qstr_obj(MP_QSTR_empty);
    mp_obj_t parts[3] = {right ? empty : self, empty, right ? self : empty};
    if (at >= 0) {
        parts[0] = mp_obj_new_str(s->data, (size_t)at);
        parts[1] = sep_obj;
        parts[2] = mp_obj_new_str(s->data + at + sep->len, s->len - (size_t)at - sep->len);
    }
    return mp_obj_new_tuple(3, parts);
}
STR_METHOD(str_partition, "partition", 2, 2);
static mp_obj_t str_partition(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("partition");
    return partition_common(a[0], a[1], false);
}
STR_METHOD(str_rpartition, "rpartition", 2, 2);
static mp_obj_t str_rpartition(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("rpartition");
    return partition_common(a[0], a[1], true);
}

// --- formatting (strfmt.c does the work) -------------------------------------------------------------
MP_BUILTIN(str_format, "format", 1, -1, true);
static mp_obj_t str_format(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    CHECK_SELF("format");
    return mp_str_format(a[0], n - 1, a + 1, n_kw, kw, MP_OBJ_NULL);
}
STR_METHOD(str_format_map, "format_map", 2, 2);
static mp_obj_t str_format_map(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    STR_SELF("format_map");
    return mp_str_format(a[0], 0, NULL, 0, NULL, a[1]);
}

void str_methods_init(void) {
    static const mp_obj_builtin_fun_t *const methods[] = {
        &str_upper_obj, &str_lower_obj, &str_casefold_obj, &str_swapcase_obj, &str_title_obj,
        &str_capitalize_obj, &str_isalpha_obj, &str_isalnum_obj, &str_isdecimal_obj, &str_isdigit_obj,
        &str_isnumeric_obj, &str_isspace_obj, &str_isascii_obj, &str_isprintable_obj,
        &str_isidentifier_obj, &str_isupper_obj, &str_islower_obj, &str_istitle_obj, &str_find_obj,
        &str_rfind_obj, &str_index_obj, &str_rindex_obj, &str_count_obj, &str_startswith_obj,
        &str_endswith_obj, &str_replace_obj, &str_strip_obj, &str_lstrip_obj, &str_rstrip_obj,
        &str_removeprefix_obj, &str_removesuffix_obj, &str_ljust_obj, &str_center_obj, &str_rjust_obj,
        &str_zfill_obj, &str_expandtabs_obj, &str_split_obj, &str_rsplit_obj, &str_splitlines_obj,
        &str_partition_obj, &str_rpartition_obj, &str_format_obj, &str_format_map_obj,
    };
    for (size_t i = 0; i < sizeof methods / sizeof *methods; i++) mp_store_method(&mp_type_str, methods[i]);
}
