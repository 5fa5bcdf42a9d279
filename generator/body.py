"""The body language: a strict subset of Python, parsed with `ast`, checked and typed.

Statements: `name = expr`, `a, b = call(...)` (a primitive with several results), a call
as a statement (a primitive or intrinsic with no result), `if`/`elif`/`else`, `pass`.
Expressions: names, int and str literals, the value constants None True False NULL
Ellipsis, opcode and enum names (ints), calls with positional arguments, `+ - * // % & |
^ << >>` and unary `-`, `~` on ints, comparisons `== != < <= > >=` on ints, `is`/`is not`
on values, `not` on a condition, and `items[i]` on a counted stack item.

Types: int, bool, qstr, label, obj, objs. A string literal is a qstr (an interned name).
Every emitter (Python, Numba, C) walks the same checked tree.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field

VALUE_CONSTANTS = ("None", "True", "False", "NULL", "Ellipsis")

_INT_OPS = (ast.Add, ast.Sub, ast.Mult, ast.FloorDiv, ast.Mod, ast.BitAnd, ast.BitOr,
            ast.BitXor, ast.LShift, ast.RShift)
_INT_CMP = (ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE)


class BodyError(Exception):
    def __init__(self, message: str, lineno: int | None = None):
        super().__init__(message)
        self.message = message
        self.lineno = lineno


@dataclass(frozen=True)
class Signature:
    params: tuple[tuple[str, str], ...]    # (name, type)
    results: tuple[str, ...]               # () none; ("obj",); ("obj", "obj"); ("objs[n]",)

    @property
    def returns_objs(self) -> bool:
        return len(self.results) == 1 and self.results[0].startswith("objs")

    def __str__(self) -> str:
        params = ", ".join(f"{n}: {t}" for n, t in self.params)
        if not self.results:
            return f"({params})"
        res = self.results[0] if len(self.results) == 1 else "(" + ", ".join(self.results) + ")"
        return f"({params}) -> {res}"


TYPES = ("int", "bool", "qstr", "label", "obj", "objs")


def parse_signature(text: str) -> Signature:
    """Parse `(a: int, b: obj) -> obj` (results may be a tuple or `objs[n]`)."""
    try:
        tree = ast.parse(f"def f{text}: pass")
    except SyntaxError:
        raise BodyError(f"signature `{text}` does not parse") from None
    fn = tree.body[0]
    assert isinstance(fn, ast.FunctionDef)
    args = fn.args
    if args.vararg or args.kwarg or args.kwonlyargs or args.defaults or args.posonlyargs:
        raise BodyError(f"signature `{text}`: only plain typed parameters are allowed")
    params = []
    for a in args.args:
        if not isinstance(a.annotation, ast.Name) or a.annotation.id not in TYPES:
            raise BodyError(f"signature `{text}`: parameter `{a.arg}` needs a type, one of {', '.join(TYPES)}")
        params.append((a.arg, a.annotation.id))
    results: tuple[str, ...] = ()
    r = fn.returns
    if r is None:
        results = ()
    elif isinstance(r, ast.Name) and r.id in TYPES:
        results = (r.id,)
    elif isinstance(r, ast.Tuple) and all(isinstance(e, ast.Name) and e.id in TYPES for e in r.elts):
        results = tuple(e.id for e in r.elts)
    elif (isinstance(r, ast.Subscript) and isinstance(r.value, ast.Name) and r.value.id == "objs"
          and isinstance(r.slice, ast.Name)):
        results = (f"objs[{r.slice.id}]",)
    else:
        raise BodyError(f"signature `{text}`: cannot read the result type")
    return Signature(tuple(params), results)


@dataclass(frozen=True)
class Callee:
    name: str
    sig: Signature
    intrinsic: bool
    raises: bool = False
    noreturn: bool = False
    jit: bool = False
    doc: str = ""


@dataclass
class BodyInfo:
    tree: list[ast.stmt]
    types: dict[str, str]                       # every variable's type
    temps: dict[str, str]                       # variables that are neither stack items nor operands
    calls: list[str] = field(default_factory=list)   # callee names in order of appearance
    strings: list[str] = field(default_factory=list) # string literals (interned names)
    constants: set[str] = field(default_factory=set) # opcode/enum names used
    jumps: bool = False
    falls_through: bool = True

    def calls_any(self, names) -> bool:
        return any(c in names for c in self.calls)


class _Checker:
    def __init__(self, *, scalars: dict[str, str], inputs: dict[str, str], outputs: dict[str, str],
                 jump_outputs: dict[str, str] | None, callees: dict[str, Callee],
                 int_constants: set[str], output_sizes: dict[str, str | None]):
        self.scalars = scalars              # operands and operand fields: name -> type
        self.inputs = inputs                # stack inputs: name -> obj|objs
        self.outputs = outputs
        self.jump_outputs = jump_outputs
        self.callees = callees
        self.int_constants = int_constants
        self.output_sizes = output_sizes
        self.types: dict[str, str] = dict(scalars) | dict(inputs)
        self.temps: dict[str, str] = {}
        self.calls: list[str] = []
        self.strings: list[str] = []
        self.constants: set[str] = set()
        self.jumps = False

    # --- expressions -------------------------------------------------------------
    def expr(self, node: ast.expr, defined: set[str]) -> str:
        line = getattr(node, "lineno", None)
        if isinstance(node, ast.Constant):
            if node.value is None or isinstance(node.value, bool):
                return "obj"
            if isinstance(node.value, int):
                return "int"
            if isinstance(node.value, str):
                if not node.value.isidentifier():
                    raise BodyError(f"string literal {node.value!r} must be an identifier (an interned name)", line)
                if node.value not in self.strings:
                    self.strings.append(node.value)
                return "qstr"
            raise BodyError(f"constant {node.value!r} is not in the body language", line)
        if isinstance(node, ast.Name):
            if node.id in VALUE_CONSTANTS:
                return "obj"
            if node.id in self.int_constants:
                self.constants.add(node.id)
                return "int"
            if node.id in self.callees:
                raise BodyError(f"`{node.id}` is a callable; call it", line)
            if node.id not in self.types:
                raise BodyError(f"unknown name `{node.id}`", line)
            if node.id not in defined:
                raise BodyError(f"`{node.id}` may be used before it is assigned", line)
            return self.types[node.id]
        if isinstance(node, ast.Call):
            results = self.call(node, defined)
            if len(results) != 1:
                what = "no result" if not results else f"{len(results)} results"
                raise BodyError(f"`{node.func.id}` has {what}; it cannot be used as a value", line)  # type: ignore[union-attr]
            return results[0]
        if isinstance(node, ast.BinOp):
            if not isinstance(node.op, _INT_OPS):
                raise BodyError(f"operator {type(node.op).__name__} is not in the body language", line)
            for side in (node.left, node.right):
                if self.expr(side, defined) != "int":
                    raise BodyError("arithmetic is only on ints (call a primitive for values)", line)
            return "int"
        if isinstance(node, ast.UnaryOp):
            t = self.expr(node.operand, defined)
            if isinstance(node.op, ast.Not):
                if t != "bool":
                    raise BodyError("`not` needs a condition (a comparison or a bool primitive)", line)
                return "bool"
            if isinstance(node.op, (ast.USub, ast.Invert)) and t == "int":
                return "int"
            raise BodyError(f"unary {type(node.op).__name__} is not allowed on {t}", line)
        if isinstance(node, ast.Compare):
            if len(node.ops) != 1:
                raise BodyError("chained comparisons are not in the body language", line)
            op = node.ops[0]
            lt = self.expr(node.left, defined)
            rt = self.expr(node.comparators[0], defined)
            if isinstance(op, (ast.Is, ast.IsNot)):
                if lt != "obj" or rt != "obj":
                    raise BodyError("`is` compares values (obj)", line)
                return "bool"
            if isinstance(op, _INT_CMP):
                if lt != "int" or rt != "int":
                    raise BodyError("comparisons other than `is` are on ints", line)
                return "bool"
            raise BodyError(f"comparison {type(op).__name__} is not in the body language", line)
        if isinstance(node, ast.Subscript):
            if not (isinstance(node.value, ast.Name) and self.types.get(node.value.id) == "objs"):
                raise BodyError("only a counted stack item can be indexed", line)
            self.expr(node.value, defined)
            if self.expr(node.slice, defined) != "int":
                raise BodyError("an index must be an int", line)
            return "obj"
        raise BodyError(f"{type(node).__name__} is not in the body language", line)

    def call(self, node: ast.Call, defined: set[str]) -> tuple[str, ...]:
        line = node.lineno
        if not isinstance(node.func, ast.Name):
            raise BodyError("only named primitives and intrinsics can be called", line)
        name = node.func.id
        callee = self.callees.get(name)
        if callee is None:
            raise BodyError(f"calls `{name}`, which the spec does not declare as a primitive or intrinsic", line)
        if node.keywords:
            raise BodyError(f"`{name}` takes positional arguments only", line)
        params = callee.sig.params
        if len(node.args) != len(params):
            raise BodyError(f"`{name}{callee.sig}` takes {len(params)} arguments, got {len(node.args)}", line)
        for arg, (pname, ptype) in zip(node.args, params):
            t = self.expr(arg, defined)
            if t != ptype:
                raise BodyError(f"argument `{pname}` of `{name}` must be {ptype}, got {t}", line)
        self.calls.append(name)
        if name == "jump":
            self.jumps = True
        return callee.sig.results

    # --- statements --------------------------------------------------------------
    def block(self, stmts: list[ast.stmt], defined: set[str]) -> tuple[set[str], bool]:
        """Check statements; return the names defined after them and whether they fall through."""
        for i, stmt in enumerate(stmts):
            defined, falls = self.stmt(stmt, defined)
            if not falls:
                if i != len(stmts) - 1:
                    raise BodyError("statement after a jump, return or raise is unreachable", stmts[i + 1].lineno)
                return defined, False
        return defined, True

    def assign_target(self, name: str, t: str, line: int) -> None:
        if name in self.scalars:
            raise BodyError(f"operand `{name}` is read-only", line)
        if name in self.inputs and name not in self.outputs:
            raise BodyError(f"input `{name}` is read-only (name the result as an output)", line)
        if name in VALUE_CONSTANTS or name in self.int_constants or name in self.callees:
            raise BodyError(f"cannot assign to `{name}`", line)
        if name in self.outputs:
            want = self.outputs[name]
            if t != want:
                raise BodyError(f"output `{name}` is {want}, assigned {t}", line)
        old = self.types.get(name)
        if old is not None and old != t:
            raise BodyError(f"`{name}` is {old} here but was {t} before", line)
        self.types[name] = t
        if name not in self.outputs and name not in self.inputs:
            self.temps[name] = t

    def stmt(self, stmt: ast.stmt, defined: set[str]) -> tuple[set[str], bool]:
        line = stmt.lineno
        if isinstance(stmt, ast.Pass):
            return defined, True
        if isinstance(stmt, ast.Expr):
            if not isinstance(stmt.value, ast.Call):
                raise BodyError("an expression statement must be a call", line)
            results = self.call(stmt.value, defined)
            if results:
                raise BodyError(f"the result of `{stmt.value.func.id}` is not used", line)  # type: ignore[union-attr]
            callee = self.callees[stmt.value.func.id]  # type: ignore[union-attr]
            if callee.name == "jump":
                self.check_jump_outputs(defined, line)
            return defined, not callee.noreturn
        if isinstance(stmt, ast.Assign):
            if len(stmt.targets) != 1:
                raise BodyError("one assignment target at a time", line)
            target = stmt.targets[0]
            if isinstance(target, ast.Name):
                if isinstance(stmt.value, ast.Call):
                    results = self.call(stmt.value, defined)
                    if len(results) != 1:
                        raise BodyError(f"`{stmt.value.func.id}` returns {len(results)} results", line)  # type: ignore[union-attr]
                    t = results[0]
                    if t.startswith("objs["):
                        self.check_objs_result(target.id, stmt.value, t, line)
                        t = "objs"
                else:
                    t = self.expr(stmt.value, defined)
                self.assign_target(target.id, t, line)
                return defined | {target.id}, True
            if isinstance(target, ast.Tuple):
                if not all(isinstance(e, ast.Name) for e in target.elts) or not isinstance(stmt.value, ast.Call):
                    raise BodyError("tuple assignment takes names from one call", line)
                results = self.call(stmt.value, defined)
                if len(results) != len(target.elts):
                    raise BodyError(f"`{stmt.value.func.id}` returns {len(results)} results, "  # type: ignore[union-attr]
                                    f"{len(target.elts)} names given", line)
                names = [e.id for e in target.elts]  # type: ignore[attr-defined]
                for n, t in zip(names, results):
                    self.assign_target(n, t, line)
                return defined | set(names), True
            raise BodyError("assignment targets are names", line)
        if isinstance(stmt, ast.If):
            if self.expr(stmt.test, defined) != "bool":
                raise BodyError("an `if` tests a condition (comparison or bool primitive)", line)
            d1, f1 = self.block(stmt.body, set(defined))
            d2, f2 = self.block(stmt.orelse, set(defined)) if stmt.orelse else (set(defined), True)
            if f1 and f2:
                return d1 & d2, True
            if f1:
                return d1, True
            if f2:
                return d2, True
            return defined, False
        raise BodyError(f"{type(stmt).__name__} is not in the body language", line)

    def check_objs_result(self, name: str, call: ast.Call, t: str, line: int) -> None:
        size = self.output_sizes.get(name)
        if size is None:
            raise BodyError(f"`{call.func.id}` returns {t}; assign it to a counted output", line)  # type: ignore[union-attr]
        count_param = t[len("objs["):-1]
        params = [p for p, _ in self.callees[call.func.id].sig.params]  # type: ignore[union-attr]
        arg = call.args[params.index(count_param)] if count_param in params else None
        if arg is None or ast.unparse(arg).replace(" ", "") != size.replace(" ", ""):
            raise BodyError(f"`{name}` has {size} slots, but `{ast.unparse(call)}` fills `{count_param}`", line)

    def check_jump_outputs(self, defined: set[str], line: int) -> None:
        outs = self.jump_outputs if self.jump_outputs is not None else self.outputs
        for name in outs:
            if name not in defined and name not in self.inputs:
                raise BodyError(f"jump() leaves `{name}` on the stack, but it is not assigned yet", line)


def check(text: str, **context) -> BodyInfo:
    """Parse and check a body; raise BodyError with a line relative to the body's start."""
    try:
        tree = ast.parse(text)
    except SyntaxError as exc:
        raise BodyError(f"body does not parse: {exc.msg}", exc.lineno) from None
    checker = _Checker(**context)
    defined = set(checker.scalars) | set(checker.inputs)
    defined_after, falls = checker.block(tree.body, defined)
    if falls:
        for name, t in checker.outputs.items():
            if name not in defined_after:
                raise BodyError(f"output `{name}` is not assigned on every path that falls through",
                                tree.body[-1].end_lineno if tree.body else 1)
    if context.get("jump_outputs") is not None and not checker.jumps:
        raise BodyError("`stack_on_jump` is given but the body never calls jump()", 1)
    return BodyInfo(tree=tree.body, types=checker.types, temps=checker.temps, calls=checker.calls,
                    strings=checker.strings, constants=checker.constants, jumps=checker.jumps,
                    falls_through=falls)
