"""What every emitter shares: walking a checked body, and planning its stack traffic.

An emitter renders one opcode's case: decode operands, bind stack inputs to the body's
variables, the body's statements, then write the outputs (or, at jump(), the outputs of
`stack_on_jump`). Subclasses say how each piece is spelled in their language.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass

from .model import Opcode, Spec
from .stack_effect import Item, StackEffect, paren

_BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.FloorDiv: "//", ast.Mod: "%",
           ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^", ast.LShift: "<<", ast.RShift: ">>"}
_CMPOPS = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
           ast.Is: "is", ast.IsNot: "is not"}


class TargetError(Exception):
    """A body uses something a target cannot provide (reported as a SpecError)."""

    def __init__(self, message: str, opcode: str | None = None, line: int | None = None):
        super().__init__(message)
        self.opcode = opcode
        self.line = line


@dataclass
class Slot:
    """A stack item at a position: `offset` is an int expression from the effect's base."""
    item: Item
    offset: str


def layout(items: tuple[Item, ...]) -> list[Slot]:
    """Offsets of items from the base (the depth below the first input)."""
    slots, fixed, counted = [], 0, []
    for item in items:
        parts = ([str(fixed)] if fixed or not counted else []) + [paren(c) for c in counted]
        slots.append(Slot(item, " + ".join(parts) if parts else "0"))
        if item.counted:
            counted.append(item.size)
        else:
            fixed += 1
    return slots


def common_prefix(a: tuple[Item, ...], b: tuple[Item, ...]) -> int:
    """How many bottom items two effects share unchanged (same name and size)."""
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n


def names_in(tree: list[ast.stmt]) -> set[str]:
    return {n.id for stmt in tree for n in ast.walk(stmt) if isinstance(n, ast.Name)}


class BodyWalker:
    """Turns body statements into lines; subclasses spell expressions and statements."""

    indent = "    "

    def __init__(self, spec: Spec, op: Opcode):
        self.spec = spec
        self.op = op
        self.consts = spec.int_constants()
        self.lines: list[str] = []
        self.depth = 0

    # output ------------------------------------------------------------------------------
    def emit(self, line: str) -> None:
        self.lines.append(self.indent * self.depth + line)

    def statements(self, stmts: list[ast.stmt]) -> None:
        for stmt in stmts:
            self.statement(stmt)

    def statement(self, stmt: ast.stmt) -> None:
        raise NotImplementedError

    # expression hooks -----------------------------------------------------------------
    def value_constant(self, name: str) -> str:
        raise NotImplementedError

    def int_constant(self, name: str) -> str:
        return str(self.consts[name])

    def string(self, text: str) -> str:
        raise NotImplementedError

    def variable(self, name: str) -> str:
        return name

    def call(self, name: str, args: list[str], node: ast.Call) -> str:
        raise NotImplementedError

    def compare(self, left: str, op: str, right: str) -> str:
        return f"{left} {op} {right}"

    def logical_not(self, operand: str) -> str:
        return f"not {operand}"

    def subscript(self, base: str, index: str) -> str:
        return f"{base}[{index}]"

    def expr(self, node: ast.expr, top: bool = True) -> str:
        if isinstance(node, ast.Constant):
            if node.value is None or isinstance(node.value, bool):
                return self.value_constant(repr(node.value))
            if isinstance(node.value, str):
                return self.string(node.value)
            return repr(node.value)
        if isinstance(node, ast.Name):
            if node.id in ("None", "True", "False", "NULL", "Ellipsis"):
                return self.value_constant(node.id)
            if node.id in self.consts:
                return self.int_constant(node.id)
            return self.variable(node.id)
        if isinstance(node, ast.Call):
            return self.call(node.func.id, [self.expr(a) for a in node.args], node)  # type: ignore[union-attr]
        if isinstance(node, ast.BinOp):
            s = f"{self.expr(node.left, False)} {_BINOPS[type(node.op)]} {self.expr(node.right, False)}"
            return s if top else f"({s})"
        if isinstance(node, ast.UnaryOp):
            if isinstance(node.op, ast.Not):
                return self.logical_not(self.expr(node.operand, False))
            sym = "-" if isinstance(node.op, ast.USub) else "~"
            return f"{sym}{self.expr(node.operand, False)}"
        if isinstance(node, ast.Compare):
            s = self.compare(self.expr(node.left, False), _CMPOPS[type(node.ops[0])],
                             self.expr(node.comparators[0], False))
            return s if top else f"({s})"
        if isinstance(node, ast.Subscript):
            return self.subscript(self.expr(node.value), self.expr(node.slice))
        raise TargetError(f"cannot emit {type(node).__name__}")


def all_effect_names(effect: StackEffect) -> set[str]:
    return {i.name for i in effect.inputs + effect.outputs}
