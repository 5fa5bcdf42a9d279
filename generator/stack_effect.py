"""Stack-effect notation: `inputs -- outputs`, bottom to top.

An item is a name (one slot) or a counted item `name[expr]` whose size is an integer
expression of the opcode's operands and operand fields, e.g. `fn args[n_pos + 2 * n_kw]`.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass

_ITEM = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[([^\]]+)\])?")
_ALLOWED_SIZE_NODES = (ast.Expression, ast.BinOp, ast.Name, ast.Constant, ast.Load,
                       ast.Add, ast.Sub, ast.Mult, ast.FloorDiv, ast.Mod, ast.BitAnd,
                       ast.BitOr, ast.LShift, ast.RShift, ast.UnaryOp, ast.USub)


def paren(expr: str) -> str:
    """Wrap an int expression in parentheses unless it is a name or a number."""
    return expr if expr.isidentifier() or expr.lstrip("-").isdigit() else f"({expr})"


class StackEffectError(ValueError):
    pass


@dataclass(frozen=True)
class Item:
    name: str
    size: str | None = None        # None: one slot; else an int expression of operands

    @property
    def counted(self) -> bool:
        return self.size is not None

    def __str__(self) -> str:
        return self.name if self.size is None else f"{self.name}[{self.size}]"


@dataclass(frozen=True)
class StackEffect:
    inputs: tuple[Item, ...]
    outputs: tuple[Item, ...]

    @property
    def counted(self) -> bool:
        return any(i.counted for i in self.inputs + self.outputs)

    def size_expr(self, items: tuple[Item, ...]) -> str:
        """The number of slots of `items` as an int expression ("0" for none)."""
        fixed = sum(1 for i in items if not i.counted)
        counted = [i.size for i in items if i.counted]
        parts = ([str(fixed)] if fixed or not counted else []) + counted
        if len(parts) == 1:
            return parts[0]
        return " + ".join(paren(p) for p in parts)

    def delta_expr(self) -> str:
        return f"{paren(self.size_expr(self.outputs))} - {paren(self.size_expr(self.inputs))}"

    def size_names(self) -> set[str]:
        """Operand names the counted items' sizes use."""
        return {n.id for i in self.inputs + self.outputs if i.counted
                for n in ast.walk(ast.parse(i.size, mode="eval")) if isinstance(n, ast.Name)}

    def fixed_delta(self) -> int | None:
        if self.counted:
            return None
        return len(self.outputs) - len(self.inputs)

    def names(self) -> set[str]:
        return {i.name for i in self.inputs + self.outputs}

    def __str__(self) -> str:
        left = " ".join(map(str, self.inputs))
        right = " ".join(map(str, self.outputs))
        return f"{left} -- {right}".strip()


def _parse_items(text: str, operand_names: set[str]) -> tuple[Item, ...]:
    items = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        if text[pos].isspace():
            pos += 1
            continue
        m = _ITEM.match(text, pos)
        if not m:
            raise StackEffectError(f"cannot read a stack item at {text[pos:]!r}")
        name, size = m.group(1), m.group(2)
        if size is not None:
            _check_size(size, operand_names)
            size = " ".join(size.split())
        items.append(Item(name, size))
        pos = m.end()
    return tuple(items)


def _check_size(size: str, operand_names: set[str]) -> None:
    try:
        tree = ast.parse(size.strip(), mode="eval")
    except SyntaxError:
        raise StackEffectError(f"count `{size}` is not an expression") from None
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED_SIZE_NODES):
            raise StackEffectError(f"count `{size}` may only use + - * // % & | << >> on operands")
        if isinstance(node, ast.Name) and node.id not in operand_names:
            raise StackEffectError(f"count `{size}` uses `{node.id}`, which is not an operand")
        if isinstance(node, ast.Constant) and not isinstance(node.value, int):
            raise StackEffectError(f"count `{size}` has a non-integer constant")


def parse(text: str, operand_names: set[str]) -> StackEffect:
    if text.count("--") != 1:
        raise StackEffectError(f"`{text}` must have exactly one `--` between inputs and outputs")
    left, right = text.split("--")
    inputs = _parse_items(left, operand_names)
    outputs = _parse_items(right, operand_names)
    seen = set()
    for item in inputs:
        if item.name in seen:
            raise StackEffectError(f"input `{item.name}` is named twice")
        seen.add(item.name)
    out_sizes: dict[str, str | None] = {}
    for item in outputs:
        if item.name in out_sizes and out_sizes[item.name] != item.size:
            raise StackEffectError(f"output `{item.name}` appears with two sizes")
        out_sizes[item.name] = item.size
        if item.counted and item.name in seen:
            match = [i for i in inputs if i.name == item.name][0]
            if match.size != item.size:
                raise StackEffectError(f"`{item.name}` changes size between inputs and outputs")
    return StackEffect(inputs, outputs)
