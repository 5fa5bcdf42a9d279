// exec.c: eval, exec and compile for a VM without a compiler (a source is looked up in the
// images' tables of sources compiled with the program), code objects, globals(), locals(),
// dir(), and SyntaxError's str(). An eval source not in the tables that is a literal display is
// evaluated directly.
#include <stdio.h>
#include "obj.h"

typedef struct {
    mp_obj_base_t base;
    mp_module_t *unit;              // its code 0 runs the source; NULL: a literal display's
    mp_obj_t value;                 // value
    qstr filename;
} mp_obj_code_t;

static void code_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    mp_obj_code_t *c = o;
    qstr name = c->unit != NULL ? c->unit->codes[0].name : qstr_from_str("<module>");
    vstr_printf(out, "<code object %q at 0x%lx, file \"%q\", line 1>", name,
                (unsigned long)(mp_uint_t)o, c->filename);
}
mp_obj_type_t mp_type_code = {.base = {&mp_type_type}, .parent = &mp_type_object, .print = code_print};

// --- literal displays ------------------------------------------------------------------------
// A source not in the table that is a Python literal display (numbers, strings, bytes, None,
// True, False, tuples, lists, dicts, sets, unary +/- on numbers) is evaluated directly, as
// CPython's eval gives it. The source is tokenized whole first, so that tokenizer errors win
// over parse errors as in CPython; anything this cannot vouch for gives MP_OBJ_NULL ("not a
// literal": the caller raises NotImplementedError).
#define LIT_MAX_LEVEL 200               // CPython's tokenizer MAXLEVEL
#define LIT_MAX_SIGNS 100               // longer chains of unary signs: not worth vouching for
enum { T_END, T_NEWLINE, T_NUM, T_STR, T_NAME, T_OP, T_OTHER };
typedef struct { uint8_t kind; char op; const char *start, *end; } lit_token_t;
typedef struct {
    const char *src, *end;
    qstr filename;
    lit_token_t *toks;
    size_t n, alloc, pos;
    const char *open[LIT_MAX_LEVEL];    // the tokenizer's open brackets
    int level;
} lit_t;

static bool lit_is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || (c & 0x80);
}
static bool lit_is_digit(char c) { return c >= '0' && c <= '9'; }

// SyntaxError(msg, (filename, line, offset, text)) at p (line and column as CPython counts them);
// the text keeps its newline at EOF when it is the tokenizer's current line (never closed)
static NORETURN void lit_error_at(lit_t *L, const char *p, const char *msg, bool at_eof) {
    mp_int_t line = 1;
    const char *bol = L->src;
    for (const char *q = L->src; q < p; q++) if (*q == '\n') line++, bol = q + 1;
    const char *eol = memchr(bol, '\n', (size_t)(L->end - bol));
    if (eol == NULL) eol = L->end;
    else if (at_eof && eol + 1 == L->end) eol++;
    mp_obj_t info[4] = {qstr_obj(L->filename), MP_OBJ_NEW_SMALL_INT(line),
                        MP_OBJ_NEW_SMALL_INT((mp_int_t)mp_utf8_char_len(bol, (size_t)(p - bol)) + 1),
                        mp_obj_new_str(bol, (size_t)(eol - bol))};
    mp_obj_t args[2] = {mp_obj_new_str(msg, strlen(msg)), mp_obj_new_tuple(4, info)};
    mp_raise_obj(mp_obj_new_exception(&mp_type_SyntaxError, 2, args));
}
static NORETURN void lit_error(lit_t *L, const char *p, const char *msg) { lit_error_at(L, p, msg, false); }

// the number of the last line holding a character: where CPython detects an error at EOF
static int lit_last_line(lit_t *L) {
    int line = 1;
    for (const char *q = L->src; q < L->end; q++) if (*q == '\n' && q + 1 < L->end) line++;
    return line;
}

// A string literal's end (past its closing quote) from its opening quote q; SyntaxError if unterminated.
static const char *lit_scan_string(lit_t *L, const char *start, const char *q) {
    char quote = *q;
    bool triple = L->end - q >= 3 && q[1] == quote && q[2] == quote;
    const char *p = q + (triple ? 3 : 1);
    for (; p < L->end; p++) {
        if (*p == '\\') { if (++p == L->end) break; continue; }
        if (*p == quote && (!triple || (L->end - p >= 3 && p[1] == quote && p[2] == quote))) return p + (triple ? 3 : 1);
        if (*p == '\n' && !triple) break;
    }
    char msg[80];
    int line = p < L->end ? 1 : lit_last_line(L);
    if (p < L->end) for (const char *r = L->src; r < p; r++) line += *r == '\n';
    snprintf(msg, sizeof msg, "unterminated %sstring literal (detected at line %d)", triple ? "triple-quoted " : "", line);
    lit_error(L, start, msg);
}

// The end of the number at p, or NULL when it is not one this vouches for (CPython's
// tokenizer errors about numbers are many: those sources are left to NotImplementedError).
static const char *lit_scan_number(const char *p, const char *end) {
    if (*p == '0' && end - p > 1 && strchr("xXoObB", p[1]) && p[1]) {
        p += 2;
        while (p < end && lit_is_name_char(*p)) p++;
    } else {
        while (p < end && (lit_is_digit(*p) || *p == '_')) p++;
        if (p < end && *p == '.') for (p++; p < end && (lit_is_digit(*p) || *p == '_');) p++;
        if (p < end && (*p | 0x20) == 'e') {
            const char *d = p + 1 + (end - p > 1 && (p[1] == '+' || p[1] == '-'));
            if (d < end && lit_is_digit(*d)) for (p = d; p < end && (lit_is_digit(*p) || *p == '_');) p++;
        }
    }
    return p < end && (lit_is_name_char(*p) || *p == '.') ? NULL : p;
}

static void lit_push(lit_t *L, uint8_t kind, const char *start, const char *end) {
    if (L->n == L->alloc) {
        L->toks = gc_realloc(L->toks, L->alloc * sizeof(lit_token_t), 2 * L->alloc * sizeof(lit_token_t));
        L->alloc *= 2;
    }
    L->toks[L->n++] = (lit_token_t){kind, kind == T_OP ? *start : 0, start, end};
}

// Tokenize the whole source; false if it holds something the tokenizer does not vouch for.
static bool lit_tokenize(lit_t *L) {
    const char *p = L->src, *end = L->end;
    bool line_start = true;
    while (p < end) {
        char c = *p;
        if (c == ' ' || c == '\t' || c == '\f') {
            if (line_start && L->level == 0 && p != L->src) {
                const char *q = p;          // an indented line that is not blank: IndentationError
                while (q < end && (*q == ' ' || *q == '\t' || *q == '\f')) q++;
                if (q < end && *q != '\n' && *q != '#' && *q != '\\') return false;
            }
            p++;
        } else if (c == '#') {
            while (p < end && *p != '\n') p++;
        } else if (c == '\\') {
            if (end - p < 2 || p[1] != '\n') return false;
            p += 2;
        } else if (c == '\n') {
            if (L->level == 0 && !line_start) lit_push(L, T_NEWLINE, p, p + 1);
            line_start = L->level == 0 || line_start;
            p++;
        } else {
            line_start = false;
            const char *start = p;
            if (c == '\'' || c == '"') {
                p = lit_scan_string(L, start, p);
                lit_push(L, T_STR, start, p);
            } else if (lit_is_digit(c) || (c == '.' && end - p > 1 && lit_is_digit(p[1]))) {
                if ((p = lit_scan_number(p, end)) == NULL) return false;
                lit_push(L, T_NUM, start, p);
            } else if (lit_is_name_char(c)) {
                if (c & 0x80) return false;     // identifier rules for non-ASCII: not vouched for
                while (p < end && lit_is_name_char(*p)) p++;
                if (p < end && (*p == '\'' || *p == '"') && p - start <= 2) {
                    p = lit_scan_string(L, start, p);
                    lit_push(L, T_STR, start, p);
                } else {
                    lit_push(L, T_NAME, start, p);
                }
            } else if (strchr("([{", c)) {
                if (L->level >= LIT_MAX_LEVEL) lit_error(L, p, "too many nested parentheses");
                L->open[L->level++] = p++;
                lit_push(L, T_OP, start, p);
            } else if (strchr(")]}", c)) {
                char msg[96];
                if (L->level == 0) {
                    snprintf(msg, sizeof msg, "unmatched '%c'", c);
                    lit_error(L, p, msg);
                }
                char o = *L->open[L->level - 1];
                if ((o == '(') != (c == ')') || (o == '[') != (c == ']')) {
                    int n = snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, o);
                    const char *nl = memchr(L->open[L->level - 1], '\n', (size_t)(p - L->open[L->level - 1]));
                    if (nl != NULL) {       // CPython names the opening's line when it is another
                        int line = 1;
                        for (const char *r = L->src; r < L->open[L->level - 1]; r++) line += *r == '\n';
                        snprintf(msg + n, sizeof msg - (size_t)n, " on line %d", line);
                    }
                    lit_error(L, p, msg);
                }
                L->level--;
                lit_push(L, T_OP, start, ++p);
            } else if (strchr(",:+-", c)) {
                lit_push(L, T_OP, start, ++p);
            } else if (strchr("*/%@&|^~<>=;.", c)) {
                lit_push(L, T_OTHER, start, ++p);
            } else {
                return false;
            }
        }
    }
    lit_push(L, T_END, end, end);
    return true;
}

// --- the parser over the tokens: each returns MP_OBJ_NULL for "not a literal"
static lit_token_t *lit_peek(lit_t *L) {
    lit_token_t *t = &L->toks[L->pos];
    if (t->kind == T_END && L->level > 0) {     // the source ended inside brackets
        char msg[32];
        snprintf(msg, sizeof msg, "'%c' was never closed", *L->open[L->level - 1]);
        lit_error_at(L, L->open[L->level - 1], msg, true);
    }
    return t;
}
static bool lit_is_op(lit_t *L, char op) {
    lit_token_t *t = lit_peek(L);
    return t->kind == T_OP && t->op == op;
}

// One escape of a non-raw literal at *pp (past the backslash) into out; false if not vouched for.
// Octal escapes above 0o377 and unknown escapes are kept as CPython 3.11 does (it only warns,
// with a DeprecationWarning its default filters do not show).
static bool lit_escape(const char **pp, const char *end, bool bytes, vstr_t *out) {
    const char *p = *pp;
    char c = *p++;
    unichar v;
    const char *simple = strchr("\\'\"abfnrtv", c);
    if (c == '\n') { *pp = p; return true; }
    if (c && simple) {
        vstr_add_char(out, "\\'\"\a\b\f\n\r\t\v"[simple - "\\'\"abfnrtv"]);
        *pp = p;
        return true;
    }
    if (c >= '0' && c <= '7') {
        v = (unichar)(c - '0');
        for (int i = 0; i < 2 && p < end && *p >= '0' && *p <= '7'; i++) v = v * 8 + (unichar)(*p++ - '0');
        if (bytes) v &= 0xff;
    } else {
        int n = c == 'x' ? 2 : c == 'u' && !bytes ? 4 : c == 'U' && !bytes ? 8 : 0;
        if (c == 'N' && !bytes) return false;    // \N{name}: no name database here
        if (n == 0) {                   // an unknown escape: the backslash stays, and what follows
            vstr_add_char(out, '\\');
            return true;
        }
        v = 0;
        for (int i = 0; i < n; i++, p++) {
            if (p >= end) return false;
            char h = (char)(*p | 0x20);
            if (lit_is_digit(*p)) v = v * 16 + (unichar)(*p - '0');
            else if (h >= 'a' && h <= 'f') v = v * 16 + (unichar)(h - 'a' + 10);
            else return false;
        }
        if (v > 0x10FFFF) return false;
    }
    if (bytes) vstr_add_char(out, (char)v);
    else vstr_add_unichar(out, v);
    *pp = p;
    return true;
}

// Append string literal t's value to out; false if not vouched for. *bytes: its kind.
static bool lit_decode_string(lit_token_t *t, vstr_t *out, bool *bytes) {
    const char *p = t->start;
    bool raw = false, u = false;
    *bytes = false;
    for (; *p != '\'' && *p != '"'; p++) {
        char c = (char)(*p | 0x20);
        if (c == 'r' && !raw) raw = true;
        else if (c == 'b' && !*bytes) *bytes = true;
        else if (c == 'u') u = true;
        else return false;              // f-strings and names that are no prefix
    }
    if (u && (raw || *bytes || p - t->start > 1)) return false;
    bool triple = t->end - p >= 6 && p[1] == *p && p[2] == *p;
    const char *q = p + (triple ? 3 : 1), *end = t->end - (triple ? 3 : 1);
    for (const char *r = q; *bytes && r < end; r++) {
        if (*r & 0x80) return false;    // CPython: bytes can only contain ASCII literal characters
    }
    while (q < end) {
        if (*q != '\\' || raw) {
            vstr_add_char(out, *q++);
            if (raw && q[-1] == '\\' && q < end) vstr_add_char(out, *q++);
        } else {
            q++;
            if (!lit_escape(&q, end, *bytes, out)) return false;
        }
    }
    return true;
}

static mp_obj_t lit_strings(lit_t *L) {
    vstr_t out;
    vstr_init(&out, 16);
    bool first_bytes = false;
    for (bool first = true; lit_peek(L)->kind == T_STR; first = false) {
        bool bytes;
        if (!lit_decode_string(&L->toks[L->pos++], &out, &bytes)) return MP_OBJ_NULL;
        if (!first && bytes != first_bytes) return MP_OBJ_NULL;   // cannot mix bytes and nonbytes literals
        first_bytes = bytes;
    }
    if (first_bytes) return mp_obj_new_bytes((const byte *)out.buf, out.len);
    return mp_obj_new_str(out.buf, out.len);
}

static mp_obj_t lit_number(lit_token_t *t) {
    const char *s = t->start;
    size_t n = (size_t)(t->end - s);
    bool based = n > 1 && s[0] == '0' && strchr("xXoObB", s[1]);
    if (!based && (memchr(s, '.', n) || memchr(s, 'e', n) || memchr(s, 'E', n))) return mp_obj_float_from_str(s, n);
    if (!based && n > 4000) return MP_OBJ_NULL;     // CPython: a SyntaxError about the digit limit
    return mp_obj_int_from_str(s, n, 0);
}

static mp_obj_t lit_expr(lit_t *L);

// items up to the closing bracket: a tuple, list or set (or a parenthesized value)
static mp_obj_t lit_sequence(lit_t *L, char close, mp_obj_t first, bool *comma) {
    mp_obj_t items = mp_obj_new_list(0, NULL);
    if (first != MP_OBJ_NULL) mp_obj_list_append(items, first);
    *comma = false;
    while (!lit_is_op(L, close)) {
        if (first != MP_OBJ_NULL || *comma) {
            if (!lit_is_op(L, ',')) return MP_OBJ_NULL;
            L->pos++;
            *comma = true;
            if (lit_is_op(L, close)) break;
        }
        mp_obj_t v = lit_expr(L);
        if (v == MP_OBJ_NULL) return MP_OBJ_NULL;
        mp_obj_list_append(items, v);
        first = v;
    }
    L->pos++;
    return items;
}

static mp_obj_t lit_dict(lit_t *L, mp_obj_t key) {
    mp_obj_t d = mp_obj_new_dict(4);
    for (;;) {
        L->pos++;                       // the ':'
        mp_obj_t v = lit_expr(L);
        if (v == MP_OBJ_NULL) return MP_OBJ_NULL;
        mp_obj_dict_store(d, key, v);
        if (lit_is_op(L, '}')) break;
        if (!lit_is_op(L, ',')) return MP_OBJ_NULL;
        L->pos++;
        if (lit_is_op(L, '}')) break;
        if ((key = lit_expr(L)) == MP_OBJ_NULL || !lit_is_op(L, ':')) return MP_OBJ_NULL;
    }
    L->pos++;
    return d;
}

static mp_obj_t lit_set(mp_obj_t items) {
    mp_obj_list_t *l = items;
    if (l->len <= 2) return mp_obj_new_set(&mp_type_set, items);
    // CPython makes a frozenset constant of three or more constants, which its constant merging
    // rebuilds from the first one's order, and updates a new set from it: the order it shows
    mp_obj_t first = mp_obj_new_set(&mp_type_frozenset, items), order = mp_obj_new_list(0, NULL), it = mp_getiter(first), v;
    while ((v = mp_iternext(it)) != MP_OBJ_NULL) mp_obj_list_append(order, v);
    return mp_obj_new_set(&mp_type_set, mp_obj_new_set(&mp_type_frozenset, order));
}

static mp_obj_t lit_bracket(lit_t *L, char open) {
    L->pos++;
    bool comma;
    if (open == '[') return lit_sequence(L, ']', MP_OBJ_NULL, &comma);
    if (open == '(') {
        mp_obj_t items = lit_sequence(L, ')', MP_OBJ_NULL, &comma);
        if (items == MP_OBJ_NULL) return MP_OBJ_NULL;
        mp_obj_list_t *l = items;
        return l->len == 1 && !comma ? l->items[0] : mp_obj_new_tuple(l->len, l->items);
    }
    if (lit_is_op(L, '}')) { L->pos++; return mp_obj_new_dict(0); }
    mp_obj_t first = lit_expr(L);
    if (first == MP_OBJ_NULL) return MP_OBJ_NULL;
    if (lit_is_op(L, ':')) return lit_dict(L, first);
    mp_obj_t items = lit_sequence(L, '}', first, &comma);
    return items == MP_OBJ_NULL ? MP_OBJ_NULL : lit_set(items);
}

static mp_obj_t lit_atom(lit_t *L) {
    lit_token_t *t = lit_peek(L);
    switch (t->kind) {
        case T_STR: return lit_strings(L);
        case T_NUM: L->pos++; return lit_number(t);
        case T_OP: return strchr("([{", t->op) ? lit_bracket(L, t->op) : MP_OBJ_NULL;
        case T_NAME: {
            size_t n = (size_t)(t->end - t->start);
            L->pos++;
            if (n == 4 && !memcmp(t->start, "None", 4)) return mp_const_none;
            if (n == 4 && !memcmp(t->start, "True", 4)) return mp_const_true;
            if (n == 5 && !memcmp(t->start, "False", 5)) return mp_const_false;
            return MP_OBJ_NULL;
        }
        default: return MP_OBJ_NULL;
    }
}

// [+-]* atom: the signs apply to numbers only (innermost first, as the operators nest)
static mp_obj_t lit_expr(lit_t *L) {
    size_t first = L->pos, n = 0;
    while (lit_is_op(L, '-') || lit_is_op(L, '+')) L->pos++, n++;
    if (n > LIT_MAX_SIGNS) return MP_OBJ_NULL;
    mp_obj_t v = lit_atom(L);
    if (v == MP_OBJ_NULL) return MP_OBJ_NULL;
    if (n > 0 && !(mp_obj_is_int(v) || mp_obj_is_float(v))) return MP_OBJ_NULL;
    while (n-- > 0) v = mp_unary_op(L->toks[first + n].op == '-' ? MP_UNARY_OP_NEGATIVE : MP_UNARY_OP_POSITIVE, v);
    return v;
}

// The value of src (UTF-8, leading blanks dropped) if it is a literal display, else MP_OBJ_NULL;
// SyntaxError for the errors of CPython's tokenizer (unterminated strings, brackets).
static mp_obj_t literal_eval(const char *src, size_t len, qstr filename) {
    if (memchr(src, '\r', len) || memchr(src, '\0', len)) return MP_OBJ_NULL;
    lit_t *L = gc_alloc(sizeof(lit_t));
    L->src = src, L->end = src + len, L->filename = filename;
    if (len == 0) {                     // CPython's error at "line 0"
        mp_obj_t info[4] = {qstr_obj(filename), MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_NEW_SMALL_INT(0), mp_obj_new_str("", 0)};
        mp_obj_t args[2] = {mp_obj_new_str("invalid syntax", 14), mp_obj_new_tuple(4, info)};
        mp_raise_obj(mp_obj_new_exception(&mp_type_SyntaxError, 2, args));
    }
    L->alloc = 16;
    L->toks = gc_alloc(L->alloc * sizeof(lit_token_t));
    if (!lit_tokenize(L) || L->toks[0].kind == T_END) return MP_OBJ_NULL;
    mp_obj_t v = lit_expr(L);
    if (v != MP_OBJ_NULL && lit_is_op(L, ',')) {        // a bare tuple: 1, 2
        mp_obj_t items = mp_obj_new_list(1, &v);
        while (v != MP_OBJ_NULL && lit_is_op(L, ',')) {
            L->pos++;
            uint8_t k = lit_peek(L)->kind;
            if (k == T_NEWLINE || k == T_END) break;
            if ((v = lit_expr(L)) != MP_OBJ_NULL) mp_obj_list_append(items, v);
        }
        mp_obj_list_t *l = items;
        if (v != MP_OBJ_NULL) v = mp_obj_new_tuple(l->len, l->items);
    }
    if (v == MP_OBJ_NULL) return MP_OBJ_NULL;
    while (lit_peek(L)->kind == T_NEWLINE) L->pos++;
    return lit_peek(L)->kind == T_END ? v : MP_OBJ_NULL;
}

// --- the source table ------------------------------------------------------------------------
static const mp_source_t *find_source(const char *text, size_t len, int mode) {
    for (mp_image_t *img = mp_modules_images(); img != NULL; img = img->next) {
        for (size_t i = 0; i < img->n_sources; i++) {
            const mp_source_t *e = &img->sources[i];
            const mp_obj_str_t *s = e->text;
            if (e->mode == mode && s->len == len && memcmp(s->data, text, len) == 0) return e;
        }
    }
    return NULL;
}

static mp_obj_t new_code(mp_module_t *unit, mp_obj_t value, qstr filename) {
    mp_obj_code_t *c = m_new_obj(mp_obj_code_t);
    c->base.type = &mp_type_code;
    c->unit = unit;
    c->value = value;
    c->filename = filename;
    return c;
}

// The code object that runs src (a str) in mode, or the SyntaxError compiling it raises.
static mp_obj_code_t *lookup(mp_obj_t src, int mode, qstr filename, const char *caller) {
    const mp_obj_str_t *s = src;
    const char *text = s->data;
    size_t len = s->len;
    if (mode == MP_SOURCE_EVAL) {
        // CPython's eval drops leading spaces and tabs; the table's keys are stripped too
        while (len > 0 && (*text == ' ' || *text == '\t')) text++, len--;
    }
    const mp_source_t *e = find_source(text, len, mode);
    // (compile() keeps leading blanks: CPython's IndentationError, left to NotImplementedError)
    bool literal_ok = e == NULL && mode == MP_SOURCE_EVAL && (text == s->data || strcmp(caller, "compile") != 0);
    mp_obj_t literal = literal_ok ? literal_eval(text, len, filename) : MP_OBJ_NULL;
    if (literal != MP_OBJ_NULL) return new_code(NULL, literal, filename);
    if (e == NULL) {
        mp_raise(&mp_type_NotImplementedError, "%s() of a source not seen when the image was built: "
                 "the C VM has no compiler", caller);
    }
    if (e->kind == MP_SOURCE_CODE) return new_code(e->unit, MP_OBJ_NULL, filename);
    // SyntaxError(msg, (filename, lineno, offset, text)): text is the source's line `line`
    const char *line = s->data, *end = s->data + s->len;
    for (mp_int_t n = 1; n < e->line && line < end; n++) {
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        line = nl ? nl + 1 : end;
    }
    const char *nl = memchr(line, '\n', (size_t)(end - line));
    mp_obj_t info[4] = {qstr_obj(filename), MP_OBJ_NEW_SMALL_INT(e->line), MP_OBJ_NEW_SMALL_INT(e->offset),
                        mp_obj_new_str(line, (size_t)((nl ? nl + 1 : end) - line))};
    mp_obj_t args[2] = {e->message, mp_obj_new_tuple(4, info)};
    const mp_obj_type_t *t = e->kind == MP_SOURCE_INDENTATION_ERROR ? &mp_type_IndentationError : &mp_type_SyntaxError;
    mp_raise_obj(mp_obj_new_exception(t, 2, args));
}

// --- locals ----------------------------------------------------------------------------------
// The running function's bound locals by name (cells dereferenced), as CPython's locals().
static mp_obj_t frame_locals(void) {
    mp_obj_t d = mp_obj_new_dict(8);
    if (mp_cur_fun == NULL || mp_cur_state == NULL) return d;
    const mp_code_t *c = mp_cur_fun->code;
    for (size_t i = 0; i < c->n_locals; i++) {
        mp_obj_t v = mp_cur_state->fastn[-(mp_int_t)i];
        if (v != MP_OBJ_NULL && mp_obj_is_type(v, &mp_type_closure_cell)) v = ((mp_obj_cell_t *)v)->contents;
        if (v != MP_OBJ_NULL) mp_dict_store_q(d, c->local_names[i], v);
    }
    return d;
}

static mp_obj_t cur_locals(void) {
    return mp_cur_locals != MP_OBJ_NULL ? mp_cur_locals : frame_locals();
}

// --- running a code object -------------------------------------------------------------------
static mp_obj_t run(mp_obj_code_t *code, size_t n, const mp_obj_t *a, const char *caller) {
    mp_obj_t globals = n > 1 ? a[1] : mp_const_none, locals = n > 2 ? a[2] : mp_const_none;
    if (globals == mp_const_none) {
        globals = mp_cur_globals;
        if (locals == mp_const_none) locals = cur_locals();
    } else if (!mp_obj_is_type(globals, &mp_type_dict)) {
        if (!strcmp(caller, "exec")) mp_raise(&mp_type_TypeError, "exec() globals must be a dict, not %T", globals);
        mp_raise(&mp_type_TypeError, "globals must be a dict");
    }
    if (locals == mp_const_none) locals = globals;
    // as CPython, a globals dict without __builtins__ gets the builtins' (programs see the key)
    qstr builtins = qstr_from_str("__builtins__");
    if (mp_dict_get_q(globals, builtins) == MP_OBJ_NULL) mp_dict_store_q(globals, builtins, mp_builtins);
    if (code->unit == NULL) return code->value;
    mp_obj_fun_t *f = m_new_obj(mp_obj_fun_t);
    f->base.type = &mp_type_function;
    f->code = &code->unit->codes[0];
    f->globals = globals;
    return mp_fun_run(f, 0, NULL, 0, NULL, locals);
}

// a bytes source is read as UTF-8 text, as CPython does without a coding cookie
static mp_obj_t source_text(mp_obj_t src) {
    return mp_obj_is_type(src, &mp_type_bytes) ? mp_bytes_decode(src, MP_OBJ_NULL, MP_OBJ_NULL) : src;
}

static mp_obj_code_t *source_code(mp_obj_t src, int mode, const char *caller) {
    if (mp_obj_is_type(src, &mp_type_code)) return src;
    src = source_text(src);
    if (!mp_obj_is_str(src)) {
        mp_raise(&mp_type_TypeError, "%s() arg 1 must be a string, bytes or code object", caller);
    }
    return lookup(src, mode, qstr_from_str("<string>"), caller);
}

MP_BUILTIN(b_eval, "eval", 1, 3, false);
static mp_obj_t b_eval(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    return run(source_code(a[0], MP_SOURCE_EVAL, "eval"), n, a, "eval");
}

MP_BUILTIN(b_exec, "exec", 1, 3, false);
static mp_obj_t b_exec(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    run(source_code(a[0], MP_SOURCE_EXEC, "exec"), n, a, "exec");
    return mp_const_none;
}

MP_BUILTIN(b_compile, "compile", 3, 6, false);
static mp_obj_t b_compile(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    if (mp_obj_is_type(a[0], &mp_type_code)) return a[0];
    mp_obj_t src = source_text(a[0]);
    if (!mp_obj_is_str(src)) mp_raise(&mp_type_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    if (!mp_obj_is_str(a[1])) mp_raise(&mp_type_TypeError, "compile() argument 'filename' must be str, not %T", a[1]);
    if (!mp_obj_is_str(a[2])) mp_raise(&mp_type_TypeError, "compile() argument 'mode' must be str, not %T", a[2]);
    const char *mode = ((mp_obj_str_t *)a[2])->data;
    int m = !strcmp(mode, "eval") ? MP_SOURCE_EVAL : !strcmp(mode, "exec") || !strcmp(mode, "single") ? MP_SOURCE_EXEC : -1;
    if (m < 0) mp_raise(&mp_type_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    qstr filename = mp_obj_str_qstr(a[1]);
    return lookup(src, m, filename, "compile");
}

MP_BUILTIN(b_globals, "globals", 0, 0, false);
static mp_obj_t b_globals(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)a; (void)n_kw; (void)kw;
    return mp_cur_globals;
}

MP_BUILTIN(b_locals, "locals", 0, 0, false);
static mp_obj_t b_locals(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)a; (void)n_kw; (void)kw;
    return cur_locals();
}

// dir(): the sorted names of the current scope; dir(x): of x's attributes (instance dict,
// module globals, then each class on its MRO)
static void add_keys(mp_obj_t names, mp_obj_t dict) {
    if (dict == MP_OBJ_NULL) return;
    mp_obj_dict_t *d = dict;
    for (size_t i = 0; i < d->filled; i++) {
        if (d->entries[i].key != MP_OBJ_NULL) mp_obj_dict_store(names, d->entries[i].key, mp_const_none);
    }
}
MP_BUILTIN(b_dir, "dir", 0, 1, false);
static mp_obj_t b_dir(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    mp_obj_t names = mp_obj_new_dict(16);
    if (n == 0) {
        add_keys(names, cur_locals());
    } else if (mp_obj_is_type(a[0], &mp_type_module)) {
        add_keys(names, ((mp_obj_module_t *)a[0])->globals);
    } else {
        const mp_obj_type_t *t = mp_type_of(a[0]);
        if (t->flags & (MP_TYPE_FLAG_USER | MP_TYPE_FLAG_EXCEPTION)) add_keys(names, ((mp_obj_instance_t *)a[0])->dict);
        if (t == &mp_type_type) t = a[0];
        if (t->mro != MP_OBJ_NULL) {
            mp_obj_tuple_t *mro = t->mro;
            for (size_t i = 0; i < mro->len; i++) add_keys(names, ((mp_obj_type_t *)mro->items[i])->locals);
        }
        for (; t != NULL; t = t->parent) add_keys(names, t->locals);
    }
    return mp_call1(mp_dict_get_q(mp_builtins, qstr_from_str("sorted")), names);
}

// --- SyntaxError -----------------------------------------------------------------------------
// str(): "msg (file, line N)" when args carry (filename, lineno, offset, text), as CPython's
static void syntax_error_print(vstr_t *out, mp_obj_t o, bool repr) {
    mp_obj_tuple_t *args = ((mp_obj_instance_t *)o)->args;
    if (repr || args->len != 2 || !mp_obj_is_type(args->items[1], &mp_type_tuple)
        || ((mp_obj_tuple_t *)args->items[1])->len < 4) {
        if (repr) {
            vstr_printf(out, "%T", o);
            mp_obj_print(out, args, true);
            if (args->len == 1) out->len -= 2, vstr_add_char(out, ')');
        } else if (args->len == 1) {
            mp_obj_print(out, args->items[0], false);
        } else if (args->len > 1) {
            mp_obj_print(out, args, true);
        }
        return;
    }
    mp_obj_t *info = ((mp_obj_tuple_t *)args->items[1])->items;
    mp_obj_print(out, args->items[0], false);
    bool file = mp_obj_is_str(info[0]), line = mp_obj_is_int(info[1]);
    if (file && line) {
        vstr_add_str(out, " (");
        mp_obj_print(out, info[0], false);
        vstr_add_str(out, ", line ");
        mp_obj_print(out, info[1], false);
        vstr_add_char(out, ')');
    } else if (file || line) {
        vstr_add_str(out, line ? " (line " : " (");
        mp_obj_print(out, line ? info[1] : info[0], false);
        vstr_add_char(out, ')');
    }
}

void exec_init(void) {
    mp_type_code.name = qstr_from_str("code");
    mp_type_SyntaxError.print = syntax_error_print;
    mp_type_IndentationError.print = syntax_error_print;
    static const mp_obj_builtin_fun_t *const funs[] = {
        &b_eval_obj, &b_exec_obj, &b_compile_obj, &b_globals_obj, &b_locals_obj, &b_dir_obj,
    };
    for (size_t i = 0; i < sizeof funs / sizeof *funs; i++) {
        mp_dict_store_q(mp_builtins, qstr_from_str(funs[i]->name), (mp_obj_t)funs[i]);
    }
}
