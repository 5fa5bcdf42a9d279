"""Emitter for docs/opcodes.md: the opcode reference, generated from the spec.

Everything opcode-specific comes from the spec; the prose around it (what a codec is,
what the body language allows, what each flag means) is in templates/docs/opcodes.md.j2.
"""
from __future__ import annotations

import re
import tomllib

from .model import CODEC_RANGES, Opcode, Spec

DOCS_KEY = "opcodes.md"


def _varint_len(value: int) -> int:
    n = 1
    while value >> (7 * n):
        n += 1
    return n


def _svarint_len(value: int) -> int:
    n = 1
    while not -(1 << (7 * n - 1)) <= value < (1 << (7 * n - 1)):
        n += 1
    return n


def codec_sizes(codec: str) -> tuple[int, int]:
    """Fewest and most bytes an operand of the codec takes over its range."""
    low, high = CODEC_RANGES[codec]
    if codec == "varint":
        return 1, _varint_len(high)
    if codec == "svarint":
        return 1, max(_svarint_len(low), _svarint_len(high))
    return {"u16": (2, 2), "u16_excess": (2, 2), "byte": (1, 1)}[codec]


def size_text(low: int, high: int) -> str:
    return f"{low} byte{'s' if low != 1 else ''}" if low == high else f"{low}–{high} bytes"


def instruction_size(op: Opcode) -> str:
    sizes = [codec_sizes(o.kind.codec) for o in op.operands]
    return size_text(1 + sum(s[0] for s in sizes), 1 + sum(s[1] for s in sizes))


def anchor(op: Opcode) -> str:
    """GitHub's anchor of the opcode's heading `0xNN NAME`."""
    return f"0x{op.number:02x}-{op.name.lower()}"


def _callee_docs(spec: Spec) -> dict[str, str]:
    """Docs of primitives and intrinsics (kept in the spec file; the model has no doc)."""
    docs = {}
    try:
        with open(spec.path, "rb") as f:
            data = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError):
        data = {}
    for section in ("primitives", "intrinsics"):
        for name, entry in data.get(section, {}).items():
            if isinstance(entry, dict):
                docs[name] = str(entry.get("doc", ""))
    for callee in spec.callees.values():
        doc = getattr(callee, "doc", None)
        if doc:
            docs[callee.name] = doc
    return docs


# Underscores that could open or close emphasis (`__bool__`, `exit_`); inside a word
# (`n_pos`) they are literal already.
_EDGE_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")


def md(text: str) -> str:
    """Spec prose as Markdown: `*`, `<` and edge underscores escaped outside `code spans`."""
    parts = str(text).split("`")
    for i in range(0, len(parts), 2):            # even parts are outside backticks
        plain = parts[i].replace("\\", "\\\\").replace("*", "\\*").replace("<", "&lt;")
        parts[i] = _EDGE_UNDERSCORE.sub(r"\\_", plain)
    return "`".join(parts)


def cell(text: str) -> str:
    """Spec prose that stays inside one Markdown table cell."""
    return md(" ".join(str(text).split())).replace("|", "\\|")


def outputs(spec: Spec, env, ctx) -> dict[str, str]:
    env.filters.setdefault("cell", cell)
    env.filters.setdefault("md", md)
    kinds = [(k, size_text(*codec_sizes(k.codec))) for k in spec.kinds.values()]
    template = env.get_template("docs/opcodes.md.j2")
    return {DOCS_KEY: template.render(
        spec=spec, ctx=ctx, kinds=kinds, codec_ranges=CODEC_RANGES,
        callee_docs=_callee_docs(spec), size=instruction_size, anchor=anchor)}
