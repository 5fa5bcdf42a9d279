"""Binding call arguments to a function's locals, with CPython's error messages."""
from __future__ import annotations

from .objects import NULL, Function


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _names(names: list[str]) -> str:
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


def bind(fn: Function, args: list, kwargs: dict | None) -> list:
    """The locals list for a call of fn: parameters bound, the rest NULL."""
    code = fn.code
    fast = [NULL] * code.n_state
    n_pos, n_kwonly = code.n_pos, code.n_kwonly
    names = code.local_names
    has_varargs = code.flags & 0x02
    has_varkw = code.flags & 0x04
    qual = fn.__qualname__
    given = len(args)
    if given > n_pos and not has_varargs:
        defaults = len(fn.__defaults__)
        if defaults:
            takes = f"from {n_pos - defaults} to {n_pos} positional arguments"
        else:
            takes = f"{_plural(n_pos, 'positional argument')}"
        was = "was" if given == 1 else "were"
        raise TypeError(f"{qual}() takes {takes} but {given} {was} given")
    for i in range(min(given, n_pos)):
        fast[i] = args[i]
    index = n_pos + n_kwonly
    if has_varargs:
        fast[index] = tuple(args[n_pos:])
        index += 1
    extra = {} if has_varkw else None
    if kwargs:
        for key, value in kwargs.items():
            try:
                slot = names.index(key, 0, n_pos + n_kwonly)
            except ValueError:
                if extra is None:
                    raise TypeError(f"{qual}() got an unexpected keyword argument '{key}'") from None
                extra[key] = value
                continue
            if fast[slot] is not NULL:
                raise TypeError(f"{qual}() got multiple values for argument '{key}'")
            fast[slot] = value
    if has_varkw:
        fast[index] = extra
    missing = [i for i in range(n_pos) if fast[i] is NULL]
    if missing:
        defaults = fn.__defaults__
        first_default = n_pos - len(defaults)
        for i in list(missing):
            if i >= first_default:
                fast[i] = defaults[i - first_default]
                missing.remove(i)
        if missing:
            raise TypeError(f"{qual}() missing {_plural(len(missing), 'required positional argument')}: "
                            f"{_names([names[i] for i in missing])}")
    for i in range(n_pos, n_pos + n_kwonly):
        if fast[i] is NULL:
            name = names[i]
            if name in fn.__kwdefaults__:
                fast[i] = fn.__kwdefaults__[name]
    missing = [names[i] for i in range(n_pos, n_pos + n_kwonly) if fast[i] is NULL]
    if missing:
        raise TypeError(f"{qual}() missing {_plural(len(missing), 'required keyword-only argument')}: "
                        f"{_names(missing)}")
    return fast


def keywords(args: list, n_pos: int, n_kw: int) -> dict:
    """The keyword pairs after n_pos positional values on the stack."""
    return {args[n_pos + 2 * i]: args[n_pos + 2 * i + 1] for i in range(n_kw)}
