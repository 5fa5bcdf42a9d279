// exec.c: eval, exec and compile for a VM without a compiler (a source is looked up in the
// images' tables of sources compiled with the program), code objects, globals(), locals(),
// dir(), and SyntaxError's str().
#include "obj.h"

typedef struct {
    mp_obj_base_t base;
    mp_module_t *unit;              // its code 0 runs the source
    qstr filename;
} mp_obj_code_t;

static void code_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    mp_obj_code_t *c = o;
    vstr_printf(out, "<code object %q at 0x%lx, file \"%q\", line 1>", c->unit->codes[0].name,
                (unsigned long)(mp_uint_t)o, c->filename);
}
mp_obj_type_t mp_type_code = {.base = {&mp_type_type}, .parent = &mp_type_object, .print = code_print};

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

// The unit that runs src (a str) in mode, or the SyntaxError compiling it raises.
static mp_module_t *lookup(mp_obj_t src, int mode, qstr filename, const char *caller) {
    const mp_obj_str_t *s = src;
    const char *text = s->data;
    size_t len = s->len;
    if (mode == MP_SOURCE_EVAL) {
        // CPython's eval drops leading spaces and tabs; the table's keys are stripped too
        while (len > 0 && (*text == ' ' || *text == '\t')) text++, len--;
    }
    const mp_source_t *e = find_source(text, len, mode);
    if (e == NULL) {
        mp_raise(&mp_type_NotImplementedError, "%s() of a source not seen when the image was built: "
                 "the C VM has no compiler", caller);
    }
    if (e->kind == MP_SOURCE_CODE) return e->unit;
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

static mp_obj_t new_code(mp_module_t *unit, qstr filename) {
    mp_obj_code_t *c = m_new_obj(mp_obj_code_t);
    c->base.type = &mp_type_code;
    c->unit = unit;
    c->filename = filename;
    return c;
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
static mp_obj_t run(mp_module_t *unit, size_t n, const mp_obj_t *a, const char *caller) {
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
    mp_obj_fun_t *f = m_new_obj(mp_obj_fun_t);
    f->base.type = &mp_type_function;
    f->code = &unit->codes[0];
    f->globals = globals;
    return mp_fun_run(f, 0, NULL, 0, NULL, locals);
}

static mp_module_t *source_unit(mp_obj_t src, int mode, const char *caller) {
    if (mp_obj_is_type(src, &mp_type_code)) return ((mp_obj_code_t *)src)->unit;
    if (!mp_obj_is_str(src)) {
        mp_raise(&mp_type_TypeError, "%s() arg 1 must be a string, bytes or code object", caller);
    }
    return lookup(src, mode, qstr_from_str("<string>"), caller);
}

MP_BUILTIN(b_eval, "eval", 1, 3, false);
static mp_obj_t b_eval(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    return run(source_unit(a[0], MP_SOURCE_EVAL, "eval"), n, a, "eval");
}

MP_BUILTIN(b_exec, "exec", 1, 3, false);
static mp_obj_t b_exec(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n_kw; (void)kw;
    run(source_unit(a[0], MP_SOURCE_EXEC, "exec"), n, a, "exec");
    return mp_const_none;
}

MP_BUILTIN(b_compile, "compile", 3, 6, false);
static mp_obj_t b_compile(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    if (mp_obj_is_type(a[0], &mp_type_code)) return a[0];
    if (!mp_obj_is_str(a[0])) mp_raise(&mp_type_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    if (!mp_obj_is_str(a[1])) mp_raise(&mp_type_TypeError, "compile() argument 'filename' must be str, not %T", a[1]);
    if (!mp_obj_is_str(a[2])) mp_raise(&mp_type_TypeError, "compile() argument 'mode' must be str, not %T", a[2]);
    const char *mode = ((mp_obj_str_t *)a[2])->data;
    int m = !strcmp(mode, "eval") ? MP_SOURCE_EVAL : !strcmp(mode, "exec") || !strcmp(mode, "single") ? MP_SOURCE_EXEC : -1;
    if (m < 0) mp_raise(&mp_type_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    qstr filename = mp_obj_str_qstr(a[1]);
    return new_code(lookup(a[0], m, filename, "compile"), filename);
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
