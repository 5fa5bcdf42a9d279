/*
 * obj.h: the C runtime's object model and the internal API its files share.
 *
 * Every heap object starts with mp_obj_base_t (its type). Small ints are tagged words
 * (vm_runtime.h); None, False, True, Ellipsis and the built-in types are static objects.
 * Objects live in the GC arena (gc.c); a C pointer to one keeps it alive while on the stack.
 */
#ifndef VMFORGE_OBJ_H
#define VMFORGE_OBJ_H

#include <stdarg.h>
#include <string.h>
#include "vm_runtime.h"
#include "bc0.h"
#include "vm_prims.h"

typedef struct _mp_obj_type_t mp_obj_type_t;
typedef struct { const mp_obj_type_t *type; } mp_obj_base_t;

// --- growable text buffer (print, repr, messages) -----------------------------------------
typedef struct { char *buf; size_t len, alloc; } vstr_t;
void vstr_init(vstr_t *v, size_t n);
void vstr_add_strn(vstr_t *v, const char *s, size_t n);
void vstr_add_str(vstr_t *v, const char *s);
void vstr_add_char(vstr_t *v, char c);
void vstr_printf(vstr_t *v, const char *fmt, ...);
void vstr_vprintf(vstr_t *v, const char *fmt, va_list ap);

// --- types ---------------------------------------------------------------------------------
typedef void (*mp_print_fun_t)(vstr_t *out, mp_obj_t o, bool repr);
// Calls take positional values and n_kw (name str, value) pairs.
typedef mp_obj_t (*mp_call_fun_t)(mp_obj_t self, size_t n_pos, const mp_obj_t *pos,
                                  size_t n_kw, const mp_obj_t *kw);
// Return MP_OBJ_NULL when the operation is not supported for these operands.
typedef mp_obj_t (*mp_binary_fun_t)(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs);
typedef mp_obj_t (*mp_unary_fun_t)(mp_int_t op, mp_obj_t o);
typedef mp_obj_t (*mp_getiter_fun_t)(mp_obj_t o);
typedef mp_obj_t (*mp_iternext_fun_t)(mp_obj_t it);     // MP_OBJ_NULL when exhausted
// value MP_OBJ_NULL: load; MP_OBJ_SENTINEL: delete; else store.
typedef mp_obj_t (*mp_subscr_fun_t)(mp_obj_t base, mp_obj_t index, mp_obj_t value);
// Instance attributes a built-in type keeps outside its method dict (exc.args): true if found.
typedef bool (*mp_attr_fun_t)(mp_obj_t self, qstr name, mp_obj_t *dest);

#define MP_OBJ_SENTINEL ((mp_obj_t)(uintptr_t)4)

#define MP_TYPE_FLAG_EXCEPTION (1)
#define MP_TYPE_FLAG_USER (2)        // a class statement made it: instances are mp_obj_instance_t

struct _mp_obj_type_t {
    mp_obj_base_t base;
    qstr name;
    uint16_t flags;
    const mp_obj_type_t *parent;   // the built-in base (NULL for object)
    mp_obj_t mro;                  // user classes: tuple of the classes to search, self first
    mp_obj_t locals;               // dict of class attributes (methods of built-ins too)
    mp_print_fun_t print;
    mp_call_fun_t make_new;        // calling the type
    mp_call_fun_t call;            // calling an instance
    mp_unary_fun_t unary_op;
    mp_binary_fun_t binary_op;
    mp_getiter_fun_t getiter;
    mp_iternext_fun_t iternext;
    mp_subscr_fun_t subscr;
    mp_attr_fun_t attr;
    mp_obj_t bases;                // user classes: tuple of the direct bases
};

extern mp_obj_type_t mp_type_type, mp_type_object, mp_type_NoneType, mp_type_bool, mp_type_int,
    mp_type_str, mp_type_tuple, mp_type_list, mp_type_dict, mp_type_range, mp_type_function,
    mp_type_closure_cell, mp_type_bound_meth, mp_type_builtin_fun, mp_type_ellipsis,
    mp_type_list_it, mp_type_tuple_it, mp_type_range_it, mp_type_dict_it, mp_type_str_it,
    mp_type_slice, mp_type_staticmethod, mp_type_classmethod, mp_type_enumerate, mp_type_zip,
    mp_type_map, mp_type_filter;

// exception classes: X(c_name, parent)
#define MP_EXC_TYPES(X) \
    X(BaseException, object) X(SystemExit, BaseException) X(KeyboardInterrupt, BaseException) \
    X(GeneratorExit, BaseException) X(Exception, BaseException) \
    X(StopIteration, Exception) X(ArithmeticError, Exception) \
    X(OverflowError, ArithmeticError) X(ZeroDivisionError, ArithmeticError) \
    X(AssertionError, Exception) X(AttributeError, Exception) X(LookupError, Exception) \
    X(IndexError, LookupError) X(KeyError, LookupError) X(MemoryError, Exception) \
    X(NameError, Exception) X(UnboundLocalError, NameError) X(RuntimeError, Exception) \
    X(NotImplementedError, RuntimeError) X(RecursionError, RuntimeError) \
    X(SystemError, Exception) X(TypeError, Exception) X(ValueError, Exception) \
    X(ImportError, Exception) X(ModuleNotFoundError, ImportError) \
    X(SyntaxError, Exception) X(IndentationError, SyntaxError) X(TabError, IndentationError) \
    X(UnicodeError, ValueError) X(UnicodeEncodeError, UnicodeError) X(UnicodeDecodeError, UnicodeError) \
    X(OSError, Exception) X(FileNotFoundError, OSError) X(EOFError, Exception) \
    X(FloatingPointError, ArithmeticError) X(BufferError, Exception) X(StopAsyncIteration, Exception) \
    X(Warning, Exception) X(UserWarning, Warning) X(DeprecationWarning, Warning) X(RuntimeWarning, Warning)
#define MP_DECLARE_EXC(name, parent) extern mp_obj_type_t mp_type_##name;
MP_EXC_TYPES(MP_DECLARE_EXC)

extern mp_obj_type_t mp_type_bigint;
static inline const mp_obj_type_t *mp_type_of(mp_obj_t o) {
    if (MP_OBJ_IS_SMALL_INT(o)) return &mp_type_int;
    const mp_obj_type_t *t = ((mp_obj_base_t *)o)->type;
    return t == &mp_type_bigint ? &mp_type_int : t;     // a bigint is an int to the program
}
static inline bool mp_obj_is_type(mp_obj_t o, const mp_obj_type_t *t) {
    return !MP_OBJ_IS_SMALL_INT(o) && ((mp_obj_base_t *)o)->type == t;
}
#define mp_obj_new_bool(b) ((b) ? mp_const_true : mp_const_false)

// CPython's 64-bit Py_hash_t, on every word size (set order and hash() depend on it)
typedef int64_t mp_hash_t;

// --- gc.c ------------------------------------------------------------------------------------
void gc_init(void *arena, size_t size, void *stack_top);
void *gc_alloc(size_t n);               // zeroed; raises MemoryError when the arena is full
void *gc_try_alloc(size_t n);           // zeroed; NULL when full (never raises)
void *gc_realloc(void *p, size_t old_n, size_t n);
void gc_add_root(mp_obj_t *slot);       // a static variable that holds an object
void gc_collect(void);
size_t gc_heap_size(void);
size_t gc_stack_used(void);             // bytes of C stack below the VM's entry
#define m_new_obj(T) ((T *)gc_alloc(sizeof(T)))

// --- str.c: qstrs and str objects -------------------------------------------------------
typedef struct {
    mp_obj_base_t base;
    size_t len;                     // bytes of UTF-8 (lone surrogates too, as CPython's surrogatepass)
    mp_uint_t hash;                 // 0: not computed yet (mp_str_cached_hash computes it)
    size_t char_len;                // code points; == len: ASCII only, so a char index is a byte index
    char data[];                    // NUL-terminated
} mp_obj_str_t;
#define MP_QSTRS(X) X(__init__) X(__str__) X(__repr__) X(__name__) X(__qualname__) \
    X(__module__) X(__main__) X(__class__) X(__call__) X(__eq__) X(__ne__) X(__lt__) X(__le__) \
    X(__gt__) X(__ge__) X(__add__) X(__sub__) X(__mul__) X(__len__) X(__bool__) X(__iter__) \
    X(__next__) X(__getitem__) X(__setitem__) X(__contains__) X(__hash__) X(__enter__) \
    X(__exit__) X(__doc__) X(__neg__) X(__floordiv__) X(__mod__) X(__truediv__) X(args) \
    X(append) X(pop) X(extend) X(insert) X(join) X(keys) X(values) X(items) X(get) X(sep) X(end) \
    X(upper) X(lower) X(format) X(startswith) X(split) X(strip) X(copy) X(reverse) X(index) \
    X(count) X(setdefault) X(update) X(value) X(code) X(__cause__) X(__context__)
#define MP_QSTR_ENUM(n) MP_QSTR_##n,
enum { MP_QSTR_NULL, MP_QSTR_empty, MP_QSTRS(MP_QSTR_ENUM) MP_QSTR_first_dynamic };
void qstr_init(void);
qstr qstr_from_strn(const char *s, size_t n);
static inline qstr qstr_from_str(const char *s) { return qstr_from_strn(s, strlen(s)); }
mp_obj_t qstr_obj(qstr q);          // the interned str object of q
const char *qstr_str(qstr q);
qstr mp_obj_str_qstr(mp_obj_t s);   // intern a str object
mp_obj_t mp_obj_new_str(const char *s, size_t n);
mp_obj_t mp_obj_new_str_from_vstr(vstr_t *v);
static inline bool mp_obj_is_str(mp_obj_t o) { return mp_obj_is_type(o, &mp_type_str); }
mp_hash_t mp_str_hash(const char *s, size_t n);
uint64_t mp_siphash13(const byte *p, size_t n);   // SipHash-1-3, zero key (PYTHONHASHSEED=0)
// A str's hash, computed on first use (most strs are never hashed); a word's worth of the
// full hash, which dict indexes use. A hash of 0 (the empty str) is recomputed each time.
static inline mp_uint_t mp_str_cached_hash(mp_obj_t o) {
    mp_obj_str_t *s = o;
    if (s->hash == 0) s->hash = (mp_uint_t)mp_str_hash(s->data, s->len);
    return s->hash;
}   // CPython's (PYTHONHASHSEED=0)
void mp_str_print_repr(vstr_t *out, const char *s, size_t n);
void str_init(void);
void str_methods_init(void);
mp_obj_t mp_str_percent(mp_obj_t fmt, mp_obj_t args);
mp_obj_t mp_format(mp_obj_t value, mp_obj_t spec);     // format(value, spec)
// fmt.format(*args, **kw), or fmt.format_map(mapping) when mapping is not NULL
mp_obj_t mp_str_format(mp_obj_t fmt, size_t n, const mp_obj_t *args, size_t n_kw, const mp_obj_t *kw, mp_obj_t mapping);
mp_obj_t mp_obj_ascii_of(mp_obj_t o);    // ascii(o)
void strfmt_init(void);                  // after builtins_init: ascii()
// code points: UTF-8 in and out, char index <-> byte offset, character classes (strmeth.c)
typedef uint32_t unichar;
unichar mp_utf8_next(const char **p);              // the code point at *p; steps past it
void vstr_add_unichar(vstr_t *v, unichar c);
size_t mp_utf8_char_len(const char *s, size_t n);
size_t mp_str_byte_at(const mp_obj_str_t *s, size_t ci);   // byte offset of code point ci
size_t mp_str_char_at(const mp_obj_str_t *s, size_t bi);   // code point index at byte offset bi
mp_obj_t mp_obj_new_str_of_char(unichar c);
void mp_str_print_ascii_repr(vstr_t *out, const char *s, size_t n);   // ascii(): escapes non-ASCII too
bool mp_unichar_isprintable(unichar c);
bool mp_unichar_isspace(unichar c);

// --- int.c ----------------------------------------------------------------------------------
mp_obj_t mp_obj_new_int(mp_int_t v);
mp_obj_t mp_obj_int_from_str(const char *s, size_t n, int base);  // NULL if not a number
bool mp_obj_is_int(mp_obj_t o);          // small or big (not bool)
bool mp_obj_int_get_checked(mp_obj_t o, mp_int_t *out);  // false if it does not fit a word
mp_obj_t mp_int_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs);
mp_obj_t mp_int_unary_op(mp_int_t op, mp_obj_t o);
void mp_int_print(vstr_t *out, mp_obj_t o, bool repr);
mp_hash_t mp_int_hash(mp_obj_t o);
extern mp_obj_type_t mp_type_bigint;
double mp_bigint_to_double(mp_obj_t o);
// (mp_bigint_to_double takes any int: correctly rounded, OverflowError if too big)
mp_obj_t mp_obj_new_int_from_double(double d);   // truncated; errors for inf and nan
mp_obj_t mp_int_pow_mod(mp_obj_t base, mp_obj_t exp, mp_obj_t mod);
mp_obj_t mp_int_round(mp_obj_t x, mp_int_t ndigits);
mp_obj_t mp_int_format_base(mp_obj_t o, int base, const char *prefix);   // hex, oct, bin
void int_init(void);

// --- float.c --------------------------------------------------------------------------------
extern mp_obj_type_t mp_type_float;
mp_obj_t mp_obj_new_float(double v);
bool mp_obj_is_float(mp_obj_t o);
bool mp_obj_get_double(mp_obj_t o, double *out);
double mp_obj_float_value(mp_obj_t o);
void mp_format_double(vstr_t *out, double x);
mp_obj_t mp_float_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs);
mp_obj_t mp_obj_float_from_str(const char *s, size_t n);
mp_hash_t mp_float_hash(mp_obj_t o);
mp_obj_t mp_float_divmod(double a, double b);    // divmod() of two numbers, one a float
mp_obj_t mp_float_round(double x, mp_int_t ndigits);   // round(x, ndigits), correctly rounded
void float_init(void);

// --- modmath.c: the math module (built with modules.c's two helpers) -----------------------
void modmath_init(void);
mp_obj_t mp_module_new(const char *name);     // registered for import
void mp_module_add(mp_obj_t m, const char *name, mp_obj_t v);

// --- tuple.c, list.c ------------------------------------------------------------------------
typedef struct { mp_obj_base_t base; size_t len; mp_obj_t items[]; } mp_obj_tuple_t;
typedef struct { mp_obj_base_t base; size_t len, alloc; mp_obj_t *items; } mp_obj_list_t;
mp_obj_t mp_obj_new_tuple(size_t n, const mp_obj_t *items);
mp_obj_t mp_obj_new_list(size_t n, const mp_obj_t *items);
void mp_obj_list_append(mp_obj_t lst, mp_obj_t v);
// the items of a tuple or list (no copy), else false
bool mp_obj_get_array(mp_obj_t o, size_t *len, mp_obj_t **items);
mp_int_t mp_get_index(const mp_obj_type_t *type, size_t len, mp_obj_t index, bool is_slice_ok);
// seq.index(x[, start[, end]]): args are (seq, x, start, end), n of them; -1 if not found
mp_int_t mp_seq_index(const mp_obj_t *items, size_t len, size_t n, const mp_obj_t *args);
void tuple_init(void);
// slice.c
mp_obj_t mp_obj_new_slice(mp_obj_t start, mp_obj_t stop, mp_obj_t step);
bool mp_obj_is_slice(mp_obj_t o);
size_t mp_slice_indices(mp_obj_t slice, size_t len, mp_int_t *start, mp_int_t *step);
size_t mp_slice_adjust(mp_obj_t slice, mp_int_t len, mp_int_t *start, mp_int_t *stop, mp_int_t *step);
mp_obj_t mp_seq_slice(const mp_obj_t *items, size_t len, mp_obj_t slice, bool as_list);
void slice_init(void);
void list_init(void);
extern const mp_obj_tuple_t mp_const_empty_tuple_obj;
#define mp_const_empty_tuple ((mp_obj_t)&mp_const_empty_tuple_obj)

// --- dict.c ---------------------------------------------------------------------------------
typedef struct { mp_obj_t key, value; } mp_map_elem_t;
typedef struct {
    mp_obj_base_t base;
    size_t used, filled, alloc;   // live entries; entries slots written; entries capacity
    mp_map_elem_t *entries;       // in insertion order; a deleted entry has key NULL
    size_t index_size;            // power of two
    mp_int_t *index;              // hash -> entry number + 1 (0: empty, -1: deleted)
    bool watched;                 // a class namespace: a change empties the type lookup cache
} mp_obj_dict_t;
mp_obj_t mp_obj_new_dict(size_t n);
mp_obj_t mp_obj_dict_get(mp_obj_t d, mp_obj_t key);          // NULL if missing
void mp_obj_dict_store(mp_obj_t d, mp_obj_t key, mp_obj_t v);
bool mp_obj_dict_delete(mp_obj_t d, mp_obj_t key);
mp_obj_t mp_obj_dict_get_str(mp_obj_t d, mp_obj_t key);      // key: a str (its hash is cached)
static inline mp_obj_t mp_dict_get_q(mp_obj_t d, qstr q) { return mp_obj_dict_get_str(d, qstr_obj(q)); }
static inline void mp_dict_store_q(mp_obj_t d, qstr q, mp_obj_t v) { mp_obj_dict_store(d, qstr_obj(q), v); }
void dict_init(void);

// dict views: keys(), values() and items() (dict.c)
extern mp_obj_type_t mp_type_dict_keys, mp_type_dict_values, mp_type_dict_items;
bool mp_obj_is_dict_setview(mp_obj_t o);    // keys() or items(): they act as sets
mp_obj_t mp_dict_view_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs);

// --- set.c: set and frozenset ----------------------------------------------------------------
typedef struct { mp_obj_t key; mp_hash_t hash; } mp_set_entry_t;
typedef struct {
    mp_obj_base_t base;
    size_t fill, used, mask, finger;   // CPython's fields: fill counts dummies too
    mp_set_entry_t *table;             // mask + 1 entries; empty: key NULL, hash 0
    mp_hash_t hash;                    // frozenset: cached hash, -1 until computed
} mp_obj_set_t;
extern mp_obj_type_t mp_type_set, mp_type_frozenset, mp_type_set_it;
mp_obj_t mp_obj_new_set(const mp_obj_type_t *t, mp_obj_t iterable);  // iterable may be NULL
void mp_obj_set_add(mp_obj_t s, mp_obj_t key);
bool mp_obj_is_anyset(mp_obj_t o);
mp_hash_t mp_frozenset_hash(mp_obj_t o);
void set_init(void);

// --- obj.c: generic operations --------------------------------------------------------------
void mp_obj_print(vstr_t *out, mp_obj_t o, bool repr);
mp_obj_t mp_obj_str_of(mp_obj_t o);      // str(o)
mp_obj_t mp_obj_repr_of(mp_obj_t o);     // repr(o)
bool mp_obj_equal(mp_obj_t a, mp_obj_t b);
mp_hash_t mp_obj_hash(mp_obj_t o);      // CPython's hash(o); TypeError if unhashable
mp_obj_t mp_obj_new_int_from_hash(mp_hash_t h);
bool mp_obj_is_true(mp_obj_t o);
mp_obj_t mp_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs);
mp_obj_t mp_compare_result(mp_int_t op, int c);   // op applied to a three-way result c; NULL if op is no comparison
mp_obj_t mp_unary_op(mp_int_t op, mp_obj_t o);
mp_obj_t mp_obj_len(mp_obj_t o);
mp_obj_t mp_getiter(mp_obj_t o);
mp_obj_t mp_iternext(mp_obj_t it);
mp_obj_t mp_subscr(mp_obj_t base, mp_obj_t index, mp_obj_t value);
const char *mp_type_name(mp_obj_t o);    // type(o).__name__
bool mp_obj_is_subclass(const mp_obj_type_t *t, const mp_obj_type_t *base);
bool mp_obj_isinstance(mp_obj_t o, const mp_obj_type_t *t);
mp_int_t mp_obj_get_int(mp_obj_t o);     // an int that fits a word, else TypeError/OverflowError
mp_obj_t mp_obj_index(mp_obj_t o);       // o.__index__() of a user instance, else o
void obj_init(void);

// --- class.c: user classes and instances ---------------------------------------------------
typedef struct {
    mp_obj_base_t base;
    mp_obj_t dict;                  // instance attributes
    // exceptions only (instances of a subclass of BaseException):
    mp_obj_t args;                  // tuple
    mp_obj_t traceback;             // list of (file qstr, line, block qstr) small-int triples
    mp_obj_t cause, context;
    const void *tb_frame;           // the frame of the newest traceback entry
    bool suppress_context;
} mp_obj_instance_t;
mp_obj_t mp_load_attr(mp_obj_t base, qstr name);
mp_obj_t mp_load_attr_maybe(mp_obj_t base, qstr name);     // NULL if missing
void mp_load_method(mp_obj_t base, qstr name, mp_obj_t *dest);  // dest[0] fn, dest[1] self/NULL
mp_obj_t mp_load_method_maybe(mp_obj_t base, qstr name, mp_obj_t *dest);
void mp_store_attr(mp_obj_t base, qstr name, mp_obj_t v);
void mp_delete_attr(mp_obj_t base, qstr name);
mp_obj_t mp_type_lookup(const mp_obj_type_t *t, qstr name);  // NULL if missing
void mp_type_cache_invalidate(void);    // a class namespace changed, or a class was made
mp_obj_t mp_builtin___build_class__(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw);
mp_obj_t mp_instance_new(const mp_obj_type_t *t);
// Call a special method of a user instance; false if the class does not define it.
bool mp_call_special(mp_obj_t self, qstr name, size_t n, const mp_obj_t *args, mp_obj_t *ret);

// --- function.c ------------------------------------------------------------------------------
typedef struct _mp_module_t mp_module_t;
typedef struct {
    const byte *code;               // code_info, prelude, bytecode
    size_t code_len;
    mp_module_t *module;
    uint8_t flags;                  // image CODE_* bits
    uint16_t n_pos, n_kwonly, n_locals, n_state, n_exc_stack;
    const qstr *local_names;
    qstr qualname, name;
    mp_obj_t doc;                   // NULL: none
    const byte *prelude;            // set by mp_code_prepare once the layout is checked
    uint16_t n_params;              // positional, keyword-only, *args and **kwargs slots
} mp_code_t;
struct _mp_module_t {
    size_t n_qstrs, n_codes;
    qstr *qstrs;                    // image string index -> qstr
    mp_code_t *codes;
    mp_obj_t globals;
};
typedef struct {
    mp_obj_base_t base;
    const mp_code_t *code;
    mp_obj_t globals;
    mp_obj_t defaults;              // tuple or NULL
    mp_obj_t kwdefaults;            // dict or NULL
    mp_obj_t closure;               // tuple of cells or NULL
    mp_obj_t dict;                  // attributes set on the function (lazily)
} mp_obj_fun_t;
typedef struct { mp_obj_base_t base; mp_obj_t contents; } mp_obj_cell_t;
typedef struct { mp_obj_base_t base; mp_obj_t self, meth; } mp_obj_bound_meth_t;
typedef mp_obj_t (*mp_builtin_fun_ptr)(size_t n, const mp_obj_t *args, size_t n_kw, const mp_obj_t *kw);
typedef struct {
    mp_obj_base_t base;
    const char *name;
    mp_builtin_fun_ptr fun;
    int16_t n_min, n_max;           // positional arguments (a method's include self); -1: any
    bool takes_kw;
} mp_obj_builtin_fun_t;
typedef struct { mp_obj_base_t base; mp_obj_t fun; } mp_obj_static_class_method_t;
#define MP_BUILTIN(cname, pyname, lo, hi, takes_kw) \
    static mp_obj_t cname(size_t n, const mp_obj_t *args, size_t n_kw, const mp_obj_t *kw); \
    static const mp_obj_builtin_fun_t cname##_obj = {{&mp_type_builtin_fun}, pyname, cname, lo, hi, takes_kw}
mp_obj_t mp_call(mp_obj_t fn, size_t n_pos, const mp_obj_t *pos, size_t n_kw, const mp_obj_t *kw);
mp_obj_t mp_call0(mp_obj_t fn);
mp_obj_t mp_call1(mp_obj_t fn, mp_obj_t a);
mp_obj_t mp_obj_new_cell(mp_obj_t v);
mp_obj_t mp_obj_new_bound_meth(mp_obj_t meth, mp_obj_t self);
void mp_code_prepare(mp_code_t *c);     // the loader calls it on every checked code object
mp_obj_t mp_make_function(mp_int_t code_id, mp_obj_t defargs, mp_obj_t kwdefs, mp_obj_t cells);
// Run a code object with its locals filled in (fast), in globals/locals namespace.
mp_obj_t mp_run_code(const mp_code_t *code, mp_obj_t *fast_init, size_t n_fast, mp_obj_t globals,
                     mp_obj_t locals);
void mp_store_method(mp_obj_type_t *t, const mp_obj_builtin_fun_t *fn);
void function_init(void);
void mp_frame_setup(mp_obj_fun_t *f, mp_obj_t *state, mp_exc_stack_t *blocks, size_t n_pos,
                    const mp_obj_t *pos, size_t n_kw, const mp_obj_t *kw, mp_code_state_t *cs);
mp_vm_return_kind_t mp_frame_run(mp_obj_fun_t *f, mp_code_state_t *cs, mp_obj_t ns, mp_obj_t inject);
mp_obj_t mp_fun_run(mp_obj_fun_t *f, size_t n_pos, const mp_obj_t *pos, size_t n_kw, const mp_obj_t *kw,
                    mp_obj_t ns);

// --- gen.c ---------------------------------------------------------------------------------------
extern mp_obj_type_t mp_type_gen;
mp_obj_t mp_gen_new(mp_obj_fun_t *f, size_t n_pos, const mp_obj_t *pos, size_t n_kw, const mp_obj_t *kw);
mp_obj_t mp_gen_next(mp_obj_t gen);
void gen_init(void);

// --- exc.c -------------------------------------------------------------------------------------
mp_obj_t mp_obj_new_exception(const mp_obj_type_t *t, size_t n_args, const mp_obj_t *args);
mp_obj_t mp_obj_new_exception_msg(const mp_obj_type_t *t, const char *fmt, ...);
NORETURN void mp_raise(const mp_obj_type_t *t, const char *fmt, ...);
NORETURN void mp_raise_obj(mp_obj_t exc);
bool mp_obj_is_exception_instance(mp_obj_t o);
void mp_exc_print_traceback(vstr_t *out, mp_obj_t exc);
mp_obj_t mp_exc_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw);
bool mp_exc_store_attr(mp_obj_t exc, qstr name, mp_obj_t v);   // true if name is a slot
mp_obj_t mp_with_exit_wrap(mp_obj_t exit);   // __exit__ that is given the traceback
extern mp_obj_t mp_memory_error_obj;         // preallocated: raised when the arena is full
void exc_init(void);

// --- builtins.c, runtime.c ---------------------------------------------------------------------
extern mp_obj_t mp_builtins;                   // dict
extern mp_obj_t mp_cur_globals, mp_cur_locals;  // the running frame's namespaces
extern mp_module_t *mp_cur_module;
extern mp_obj_fun_t *mp_cur_fun;                // the running frame (NULL at boot)
extern mp_code_state_t *mp_cur_state;
extern mp_int_t mp_recursion_depth, mp_recursion_limit;
void builtins_init(void);
void iter_init(void);
void iter_more_init(void);
void modules_init(int argc, char **argv);
// modules.c
typedef struct { mp_obj_base_t base; qstr name, file; mp_obj_t globals; } mp_obj_module_t;  // file: 0 built-in
extern mp_obj_type_t mp_type_module;
// descr.c
extern mp_obj_type_t mp_type_super, mp_type_property, mp_type_NotImplementedType;
extern mp_obj_t mp_const_notimplemented;
bool mp_property_get(mp_obj_t prop, mp_obj_t obj, mp_obj_t *out);
bool mp_property_set(mp_obj_t prop, mp_obj_t obj, qstr name, mp_obj_t value);   // value NULL: delete
void descr_init(void);
void mp_print_str(const char *s, size_t n);     // to stdout
mp_obj_t mp_obj_new_range(mp_int_t start, mp_int_t stop, mp_int_t step);
mp_obj_t mp_range_reversed(mp_obj_t range);     // reversed(range)

// --- bytes.c: bytes and bytearray (one struct; a bytes keeps its data in its own block) ----
typedef struct { mp_obj_base_t base; size_t len, alloc; byte *data; } mp_obj_bytes_t;
extern mp_obj_type_t mp_type_bytes, mp_type_bytearray, mp_type_bytes_it, mp_type_bytearray_it;
mp_obj_t mp_obj_new_bytes(const byte *data, size_t n);
bool mp_obj_is_bytes_like(mp_obj_t o);          // bytes or bytearray
mp_hash_t mp_bytes_hash(mp_obj_t o);            // CPython's hash; TypeError for a bytearray
// encoding/errors: str objects or MP_OBJ_NULL (utf-8, strict)
mp_obj_t mp_bytes_decode(mp_obj_t bytes, mp_obj_t encoding, mp_obj_t errors);
mp_obj_t mp_str_encode(mp_obj_t str, mp_obj_t encoding, mp_obj_t errors);
void bytes_init(void);

// --- exec.c: eval, exec, compile (sources pre-compiled into the image), globals, locals, dir ---
extern mp_obj_type_t mp_type_code;
void exec_init(void);

// --- loader.c ---------------------------------------------------------------------------------
typedef struct { qstr name; mp_module_t *unit; } mp_bundled_t;     // a module compiled into the image
enum { MP_SOURCE_EVAL, MP_SOURCE_EXEC };                             // modes of a source
enum { MP_SOURCE_CODE, MP_SOURCE_SYNTAX_ERROR, MP_SOURCE_INDENTATION_ERROR };   // what it gives
typedef struct {                    // a pre-compiled eval/exec/compile source (image.SourceEntry)
    mp_obj_t text;                  // str
    uint8_t mode, kind;
    mp_module_t *unit;              // MP_SOURCE_CODE: its code 0 runs the source
    mp_obj_t message;               // errors: the message, line and offset
    mp_int_t line, offset;
} mp_source_t;
typedef struct _mp_image_t {
    mp_module_t *main;
    size_t n_modules, n_sources;
    mp_bundled_t *modules;
    mp_source_t *sources;
    struct _mp_image_t *next;       // the images loaded, newest first (modules.c)
} mp_image_t;
// Parse and check an image; on error write a one-line message to err and return NULL.
mp_image_t *mp_load_image(const byte *data, size_t len, char *err, size_t err_len);
void mp_modules_add_image(mp_image_t *img);    // modules.c: its bundle and sources are searched
mp_image_t *mp_modules_images(void);           // the images loaded, newest first
void mp_modules_set_main(mp_obj_t globals);    // sys.modules['__main__']

// --- verifier.c -------------------------------------------------------------------------------
// Verify code object `index` (its layout already checked); false with a one-line message if bad.
bool mp_verify_code(const mp_code_t *c, size_t index, size_t n_strings, size_t n_codes, char *err,
                    size_t err_len);

// --- runtime.c -------------------------------------------------------------------------------
// o itself if it is a t, else SystemError: verified bytecode has the right stack shapes but
// crafted bytecode may still hand an opcode a value of the wrong type
void *mp_expect_type(mp_obj_t o, const mp_obj_type_t *t, const char *opcode);

// --- boot.c: the init sequence and running one image (host main.c and board ports) ---------
void mp_boot(void *arena, size_t size, void *stack_top, int argc, char **argv);
int mp_run_image(const byte *data, size_t len);   // the program's exit status (2: bad image)

// --- port (port_unix.c) --------------------------------------------------------------------
void mp_port_write(int fd, const char *s, size_t n);
byte *mp_port_read_file(const char *path, size_t *len);   // malloc'd, or NULL
void mp_port_free(byte *data);                             // what mp_port_read_file returned
NORETURN void mp_port_exit(int status);
const char *mp_port_getenv(const char *name);

#endif // VMFORGE_OBJ_H
