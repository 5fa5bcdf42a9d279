// slice.c: slice objects and the index arithmetic of seq[start:stop:step] (CPython's
// PySlice_AdjustIndices), shared by list, tuple and str.
#include "obj.h"

typedef struct { mp_obj_base_t base; mp_obj_t start, stop, step; } mp_obj_slice_t;

mp_obj_t mp_obj_new_slice(mp_obj_t start, mp_obj_t stop, mp_obj_t step) {
    mp_obj_slice_t *s = m_new_obj(mp_obj_slice_t);
    s->base.type = &mp_type_slice;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return s;
}

mp_obj_t rt_build_slice(mp_int_t n, mp_obj_t *items) {
    return mp_obj_new_slice(items[0], items[1], n == 3 ? items[2] : mp_const_none);
}

static mp_int_t slice_int(mp_obj_t o) {
    o = mp_obj_index(o);
    if (!mp_obj_is_int(o) && o != mp_const_true && o != mp_const_false) {
        mp_raise(&mp_type_TypeError, "slice indices must be integers or None or have an __index__ method");
    }
    mp_int_t v;
    if (!mp_obj_int_get_checked(o, &v)) {
        // a big index clamps to the sequence's ends
        v = mp_binary_op(MP_BINARY_OP_LESS, o, MP_OBJ_NEW_SMALL_INT(0)) == mp_const_true ? MP_SMALL_INT_MIN : MP_SMALL_INT_MAX;
    }
    return v;
}

// CPython's PySlice_AdjustIndices: start, stop and step clamped to a sequence of len
// items; returns how many items the slice picks.
size_t mp_slice_adjust(mp_obj_t slice, mp_int_t len, mp_int_t *start_out, mp_int_t *stop_out, mp_int_t *step_out) {
    mp_obj_slice_t *s = slice;
    mp_int_t step = s->step == mp_const_none ? 1 : slice_int(s->step);
    if (step == 0) mp_raise(&mp_type_ValueError, "slice step cannot be zero");
    mp_int_t lo = step < 0 ? -1 : 0, hi = step < 0 ? len - 1 : len;
    mp_int_t start, stop;
    if (s->start == mp_const_none) start = step < 0 ? hi : lo;
    else {
        start = slice_int(s->start);
        if (start < 0) { start += len; if (start < lo) start = lo; }
        else if (start > hi) start = hi;
    }
    if (s->stop == mp_const_none) stop = step < 0 ? lo : hi;
    else {
        stop = slice_int(s->stop);
        if (stop < 0) { stop += len; if (stop < lo) stop = lo; }
        else if (stop > hi) stop = hi;
    }
    *start_out = start;
    *stop_out = stop;
    *step_out = step;
    if (step > 0) return stop > start ? (size_t)((stop - start - 1) / step + 1) : 0;
    return start > stop ? (size_t)((start - stop - 1) / -step + 1) : 0;
}

// The items a slice picks from a sequence of len items: start, step and how many.
size_t mp_slice_indices(mp_obj_t slice, size_t len, mp_int_t *start_out, mp_int_t *step_out) {
    mp_int_t stop;
    return mp_slice_adjust(slice, (mp_int_t)len, start_out, &stop, step_out);
}

bool mp_obj_is_slice(mp_obj_t o) { return mp_obj_is_type(o, &mp_type_slice); }

// items[slice] as a new array (for list and tuple)
mp_obj_t mp_seq_slice(const mp_obj_t *items, size_t len, mp_obj_t slice, bool as_list) {
    mp_int_t start, step;
    size_t n = mp_slice_indices(slice, len, &start, &step);
    mp_obj_t out = as_list ? mp_obj_new_list(n, NULL) : mp_obj_new_tuple(n, NULL);
    mp_obj_t *dest = as_list ? ((mp_obj_list_t *)out)->items : (n ? ((mp_obj_tuple_t *)out)->items : NULL);
    for (size_t i = 0; i < n; i++) dest[i] = items[start + (mp_int_t)i * step];
    return out;
}

static void slice_print(vstr_t *out, mp_obj_t o, bool repr) {
    (void)repr;
    mp_obj_slice_t *s = o;
    vstr_printf(out, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static mp_obj_t slice_make_new(mp_obj_t type, size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)type; (void)kw;
    if (n_kw) mp_raise(&mp_type_TypeError, "slice() takes no keyword arguments");
    if (n < 1) mp_raise(&mp_type_TypeError, "slice expected at least 1 argument, got %d", (int)n);
    if (n > 3) mp_raise(&mp_type_TypeError, "slice expected at most 3 arguments, got %d", (int)n);
    if (n == 1) return mp_obj_new_slice(mp_const_none, a[0], mp_const_none);
    return mp_obj_new_slice(a[0], a[1], n == 3 ? a[2] : mp_const_none);
}

static bool slice_attr(mp_obj_t self, qstr name, mp_obj_t *dest) {
    mp_obj_slice_t *s = self;
    const char *n = qstr_str(name);
    dest[0] = strcmp(n, "start") == 0 ? s->start : strcmp(n, "stop") == 0 ? s->stop
            : strcmp(n, "step") == 0 ? s->step : MP_OBJ_NULL;
    return dest[0] != MP_OBJ_NULL;
}

// slices compare as (start, stop, step) tuples
static mp_obj_t slice_binary_op(mp_int_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (!mp_obj_is_slice(rhs) || op < MP_BINARY_OP_LESS || op > MP_BINARY_OP_NOT_EQUAL) return MP_OBJ_NULL;
    mp_obj_slice_t *a = lhs, *b = rhs;
    mp_obj_t ta[3] = {a->start, a->stop, a->step}, tb[3] = {b->start, b->stop, b->step};
    return mp_binary_op(op, mp_obj_new_tuple(3, ta), mp_obj_new_tuple(3, tb));
}

MP_BUILTIN(slice_indices, "indices", 2, 2, false);
static mp_obj_t slice_indices(size_t n, const mp_obj_t *a, size_t n_kw, const mp_obj_t *kw) {
    (void)n; (void)n_kw; (void)kw;
    mp_int_t len = mp_obj_get_int(a[1]), r[3];
    if (len < 0) mp_raise(&mp_type_ValueError, "length should not be negative");
    mp_slice_adjust(a[0], len, &r[0], &r[1], &r[2]);
    mp_obj_t t[3] = {mp_obj_new_int(r[0]), mp_obj_new_int(r[1]), mp_obj_new_int(r[2])};
    return mp_obj_new_tuple(3, t);
}

mp_obj_type_t mp_type_slice = {
    .base = {&mp_type_type}, .parent = &mp_type_object, .print = slice_print, .make_new = slice_make_new,
    .binary_op = slice_binary_op, .attr = slice_attr,
};

void slice_init(void) {
    mp_type_slice.name = qstr_from_str("slice");
    mp_store_method(&mp_type_slice, &slice_indices_obj);
    mp_dict_store_q(mp_builtins, mp_type_slice.name, &mp_type_slice);
}
