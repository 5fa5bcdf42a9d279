"""Tracebacks of VM exceptions, printed as CPython prints them.

An exception collects (file, line, function, frame) entries in `__vm_tb__` as it passes
through VM frames, innermost first; a re-raise in the same frame adds nothing.
"""
from __future__ import annotations

import linecache
from pathlib import Path


def add_entry(exc: BaseException, frame, offset: int) -> None:
    try:
        entries = exc.__dict__.setdefault("__vm_tb__", [])
    except AttributeError:                 # an exception type without a __dict__
        return
    if entries and entries[-1][3] is frame:
        return
    code = frame.code
    entries.append((code.filename, code.line_of(offset), code.name, frame))


def _source_line(frame, line: int) -> str:
    """The program's source line, when the code came from a .py file that is still there
    (CPython prints it under each entry)."""
    label = getattr(frame.code.unit, "label", "")
    if not label.endswith(".py") or not Path(label).is_file():
        return ""
    return linecache.getline(label, line).strip()


def _type_name(exc: BaseException) -> str:
    cls = type(exc)
    module = getattr(cls, "__module__", "builtins")
    if module in ("builtins", "__main__"):
        return cls.__qualname__
    return f"{module}.{cls.__qualname__}"


def format_exception_only(exc: BaseException) -> str:
    try:
        text = str(exc)
    except BaseException:
        text = "<exception str() failed>"
    name = _type_name(exc)
    return f"{name}: {text}" if text else name


def _format_one(exc: BaseException) -> list[str]:
    lines = []
    entries = exc.__dict__.get("__vm_tb__", []) if hasattr(exc, "__dict__") else []
    if entries:
        lines.append("Traceback (most recent call last):")
        for filename, line, name, frame in reversed(entries):
            lines.append(f'  File "{filename}", line {line}, in {name}')
            text = _source_line(frame, line)
            if text:
                lines.append(f"    {text}")
    lines.append(format_exception_only(exc))
    return lines


def format_exception(exc: BaseException) -> str:
    """The whole chain (causes and contexts first), as CPython's default hook prints it."""
    chain = []
    seen = set()
    current, link = exc, None
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, "cause"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, "context"
        else:
            break
    out: list[str] = []
    for i, (e, _) in enumerate(reversed(chain)):
        out.extend(_format_one(e))
        if i < len(chain) - 1:
            nxt_link = chain[len(chain) - 1 - i][1]
            if nxt_link == "cause":
                out += ["", "The above exception was the direct cause of the following exception:", ""]
            else:
                out += ["", "During handling of the above exception, another exception occurred:", ""]
    return "\n".join(out) + "\n"
