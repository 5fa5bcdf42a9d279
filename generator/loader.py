"""Pass 1: read spec/opcodes.toml, keep line numbers, check the shape of every table.

tomllib gives no positions, so a small scan of the text maps each table and key to its
line; every SpecError raised later can then say where the problem is.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SpecError

_TABLE = re.compile(r"^\s*\[\s*([A-Za-z0-9_.]+)\s*\]\s*(#.*)?$")
_ARRAY_TABLE = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.]+)\s*\]\]\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=")


@dataclass
class Located:
    """A table from the spec with the line of the table and of each key in it."""
    data: dict
    line: int
    key_lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


@dataclass
class RawSpec:
    path: str
    text: str
    data: dict
    tables: dict[str, Located]          # "vm", "operand_kinds.uint", "primitives", ...
    opcodes: list[Located]               # the [[opcode]] tables, in file order


def _locate(text: str) -> tuple[dict[str, tuple[int, dict]], list[tuple[int, dict]]]:
    """Map table names and [[opcode]] entries to their line and their keys' lines."""
    tables: dict[str, tuple[int, dict]] = {}
    opcodes: list[tuple[int, dict]] = []
    current: dict | None = None
    in_multiline = False
    for number, line in enumerate(text.splitlines(), start=1):
        if in_multiline:
            if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                in_multiline = False
            continue
        if m := _ARRAY_TABLE.match(line):
            current = {}
            if m.group(1) == "opcode":
                opcodes.append((number, current))
            continue
        if m := _TABLE.match(line):
            current = {}
            tables[m.group(1)] = (number, current)
            continue
        if (m := _KEY.match(line)) and current is not None:
            current.setdefault(m.group(1), number)
            rest = line[m.end():]
            if rest.count('"""') % 2 == 1 or rest.count("'''") % 2 == 1:
                in_multiline = True
    return tables, opcodes


def load(path: str | Path) -> RawSpec:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"cannot read spec: {exc.strerror}", file=str(path)) from None
    return parse(text, str(path))


def parse(text: str, path: str = "<spec>") -> RawSpec:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise SpecError(f"not valid TOML: {exc}", file=path,
                        line=int(m.group(1)) if m else None) from None
    table_lines, opcode_lines = _locate(text)

    tables: dict[str, Located] = {}
    for name, (line, keys) in table_lines.items():
        node = data
        for part in name.split("."):
            node = node.get(part, {}) if isinstance(node, dict) else {}
        tables[name] = Located(node if isinstance(node, dict) else {}, line, keys)

    raw_opcodes = data.get("opcode", [])
    if not isinstance(raw_opcodes, list):
        raise SpecError("`opcode` must be an array of tables ([[opcode]])", file=path)
    opcodes = []
    for i, entry in enumerate(raw_opcodes):
        line, keys = opcode_lines[i] if i < len(opcode_lines) else (None, {})
        opcodes.append(Located(entry, line or 1, keys))

    known = {"vm", "operand_kinds", "enums", "primitives", "intrinsics", "dispatch", "opcode"}
    for key in data:
        if key not in known:
            line = tables[key].line if key in tables else None
            raise SpecError(f"unknown top-level table [{key}] (known: {', '.join(sorted(known))})",
                            file=path, line=line)
    return RawSpec(path, text, data, tables, opcodes)
