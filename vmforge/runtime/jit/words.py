"""Host values <-> the loop's tagged int64 words (see loop_jit's docstring).

Small ints and the fixed constants are unboxed; any other value becomes a handle into a
per-activation table (a list), so the object comes back as itself, identity included.
"""
from __future__ import annotations

from ..plain.objects import NULL


def make_codec(loop):
    """(to_word, to_value) for the word layout of the generated loop module `loop`."""
    small_min, small_max = loop.SMALL_MIN, loop.SMALL_MAX
    first = loop.FIRST_HANDLE
    # handle number -> value, for the fixed handles (their order is the loop's)
    fixed = {loop.NULL >> 1: NULL, loop.NONE >> 1: None, loop.FALSE >> 1: False,
             loop.TRUE >> 1: True, loop.ELLIPSIS >> 1: Ellipsis}
    fixed_values = [fixed[h] for h in range(first)]
    none_w, false_w, true_w, ell_w, null_w = loop.NONE, loop.FALSE, loop.TRUE, loop.ELLIPSIS, loop.NULL

    def to_word(v, table: list) -> int:
        t = type(v)
        if t is int:
            if small_min <= v <= small_max:
                return (v << 1) | 1
        elif v is None:
            return none_w
        elif t is bool:
            return true_w if v else false_w
        elif v is NULL:
            return null_w
        elif v is Ellipsis:
            return ell_w
        table.append(v)                 # anything else (big ints included) is a handle
        return (len(table) - 1 + first) << 1

    def to_value(w: int, table: list):
        if w & 1:
            return w >> 1
        h = w >> 1
        if h >= first:
            return table[h - first]
        return fixed_values[h]

    return to_word, to_value
