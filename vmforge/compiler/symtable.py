"""Scope analysis: which names are local, cell, free, global or looked up by name.

One Scope per module, class body, function, lambda and comprehension, as CPython does.
Function locals are laid out as: parameters (positional, keyword-only, *args, **kwargs),
then free variables (the closure's cells, placed by the runtime at call time), then the
remaining locals (cell variables among them, created by the prelude). The prelude lists the
free variables too, so that a closure too short for them leaves empty cells, not NULLs.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field

from .errors import CompileError

LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, NAME = "local", "cell", "free", "global", "global?", "name"


@dataclass
class Scope:
    kind: str                      # module | class | function | lambda | comprehension
    name: str
    node: ast.AST
    parent: "Scope | None"
    params: list[str] = field(default_factory=list)
    assigned: set[str] = field(default_factory=set)
    used: set[str] = field(default_factory=set)
    globals: set[str] = field(default_factory=set)
    nonlocals: set[str] = field(default_factory=set)
    children: list["Scope"] = field(default_factory=list)
    is_generator: bool = False
    uses_class_cell: bool = False   # a method using super() / __class__
    # filled by resolve():
    free: list[str] = field(default_factory=list)
    cells: set[str] = field(default_factory=set)
    local_order: list[str] = field(default_factory=list)

    @property
    def is_function(self) -> bool:
        return self.kind in ("function", "lambda", "comprehension")

    def kind_of(self, name: str) -> str:
        if self.kind == "module":
            return NAME
        if name in self.globals:
            return GLOBAL_EXPLICIT
        if name in self.free:
            return FREE
        if self.kind == "class":
            return NAME
        if name in self.cells:
            return CELL
        if name in self.local_order:
            return LOCAL
        return GLOBAL_IMPLICIT

    def index(self, name: str) -> int:
        return self.local_order.index(name)


class _Collector(ast.NodeVisitor):
    """Walks one scope's own statements; nested scopes get their own collector."""

    def __init__(self, scope: Scope, filename: str):
        self.scope = scope
        self.filename = filename

    def error(self, node: ast.AST, message: str) -> CompileError:
        return CompileError(message, self.filename, getattr(node, "lineno", None), getattr(node, "col_offset", None))

    # names
    def visit_Name(self, node: ast.Name) -> None:
        if isinstance(node.ctx, (ast.Store, ast.Del)):
            self.scope.assigned.add(node.id)
        else:
            self.scope.used.add(node.id)
            if node.id == "super" and self.scope.kind in ("function", "lambda"):
                self.scope.uses_class_cell = True
            if node.id == "__class__":
                self.scope.uses_class_cell = True

    def visit_Global(self, node: ast.Global) -> None:
        for name in node.names:
            if name in self.scope.assigned or name in self.scope.used:
                raise self.error(node, f"name '{name}' is used prior to global declaration")
            self.scope.globals.add(name)

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        if self.scope.kind == "module":
            raise self.error(node, "nonlocal declaration not allowed at module level")
        for name in node.names:
            if name in self.scope.assigned or name in self.scope.used:
                raise self.error(node, f"name '{name}' is used prior to nonlocal declaration")
            self.scope.nonlocals.add(name)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.scope.assigned.add(alias.asname or alias.name.split(".")[0])

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        for alias in node.names:
            if alias.name == "*":
                if self.scope.kind != "module":
                    raise self.error(node, "import * only allowed at module level")
                continue
            self.scope.assigned.add(alias.asname or alias.name)

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.name:
            self.scope.assigned.add(node.name)
        self.generic_visit(node)

    def visit_Yield(self, node: ast.Yield) -> None:
        self._yield(node)

    def visit_YieldFrom(self, node: ast.YieldFrom) -> None:
        self._yield(node)

    def _yield(self, node) -> None:
        if not self.scope.is_function:
            raise self.error(node, "'yield' outside function")
        self.scope.is_generator = True
        self.generic_visit(node)

    def visit_Await(self, node) -> None:
        raise self.error(node, "'await' is not supported by vmforge")

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        # The target binds in the nearest enclosing non-comprehension scope.
        target = self.scope
        while target.kind == "comprehension":
            target = target.parent
            target.assigned.add(node.target.id)
        if target is self.scope:
            self.scope.assigned.add(node.target.id)
        elif node.target.id not in self.scope.nonlocals:
            self.scope.used.add(node.target.id)
            self.scope.nonlocals.add(node.target.id) if target.kind != "module" else self.scope.globals.add(node.target.id)
        self.visit(node.value)

    # nested scopes
    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.scope.assigned.add(node.name)
        for d in node.decorator_list:
            self.visit(d)
        self._defaults(node.args)
        if node.returns:
            pass                           # annotations are not evaluated
        self._child("function", node.name, node, node.args, node.body)

    def visit_AsyncFunctionDef(self, node) -> None:
        raise self.error(node, "'async def' is not supported by vmforge")

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self._defaults(node.args)
        self._child("lambda", "<lambda>", node, node.args, [node.body])

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.scope.assigned.add(node.name)
        for d in node.decorator_list:
            self.visit(d)
        for b in node.bases:
            self.visit(b)
        for k in node.keywords:
            self.visit(k.value)
        self._child("class", node.name, node, None, node.body)

    def _comprehension(self, node, name: str, elements: list[ast.AST]) -> None:
        first = node.generators[0]
        self.visit(first.iter)            # evaluated in the enclosing scope
        scope = Scope("comprehension", name, node, self.scope, params=[".0"])
        scope.assigned.add(".0")
        self.scope.children.append(scope)
        inner = _Collector(scope, self.filename)
        for i, gen in enumerate(node.generators):
            if gen.is_async:
                raise self.error(node, "async comprehensions are not supported by vmforge")
            inner.visit(gen.target)
            if i:
                inner.visit(gen.iter)
            for cond in gen.ifs:
                inner.visit(cond)
        for e in elements:
            inner.visit(e)
        if isinstance(node, ast.GeneratorExp):
            scope.is_generator = True

    def visit_ListComp(self, node) -> None:
        self._comprehension(node, "<listcomp>", [node.elt])

    def visit_SetComp(self, node) -> None:
        self._comprehension(node, "<setcomp>", [node.elt])

    def visit_GeneratorExp(self, node) -> None:
        self._comprehension(node, "<genexpr>", [node.elt])

    def visit_DictComp(self, node) -> None:
        self._comprehension(node, "<dictcomp>", [node.key, node.value])

    def _defaults(self, args: ast.arguments) -> None:
        for d in args.defaults + [d for d in args.kw_defaults if d is not None]:
            self.visit(d)

    def _child(self, kind: str, name: str, node, args: ast.arguments | None, body: list) -> None:
        scope = Scope(kind, name, node, self.scope)
        if args is not None:
            if args.posonlyargs:
                scope.params.extend(a.arg for a in args.posonlyargs)
            scope.params.extend(a.arg for a in args.args)
            scope.params.extend(a.arg for a in args.kwonlyargs)
            if args.vararg:
                scope.params.append(args.vararg.arg)
            if args.kwarg:
                scope.params.append(args.kwarg.arg)
            if len(set(scope.params)) != len(scope.params):
                dup = next(p for p in scope.params if scope.params.count(p) > 1)
                raise self.error(node, f"duplicate argument '{dup}' in function definition")
            scope.assigned.update(scope.params)
        self.scope.children.append(scope)
        collector = _Collector(scope, self.filename)
        for stmt in body:
            collector.visit(stmt)


def _declares(scope: Scope, name: str) -> bool:
    """Does this function scope bind name itself (so inner scopes can close over it)?"""
    return (name in scope.assigned or name in scope.params) and name not in scope.globals \
        and name not in scope.nonlocals


def _resolve(scope: Scope, filename: str) -> None:
    for child in scope.children:
        _resolve(child, filename)
    if scope.kind == "class" and any(c.uses_class_cell for c in scope.children if c.kind in ("function", "lambda")):
        scope.cells.add("__class__")

    def needs(name: str) -> None:
        """A child scope uses `name` free: bind it here (cell) or pass it through (free)."""
        if scope.kind == "module":
            return
        if scope.kind == "class":
            if name == "__class__":
                return
            if name not in scope.free and _enclosing_binds(scope.parent, name):
                scope.free.append(name)
            return
        if name in scope.globals:
            return
        if _declares(scope, name) and name not in scope.nonlocals:
            scope.cells.add(name)
        elif name not in scope.free and (name in scope.nonlocals or _enclosing_binds(scope.parent, name)):
            scope.free.append(name)

    if scope.is_function:
        for name in sorted(scope.nonlocals):
            if not _enclosing_binds(scope.parent, name):
                raise CompileError(f"no binding for nonlocal '{name}' found", filename,
                                   getattr(scope.node, "lineno", None), getattr(scope.node, "col_offset", None))
            if name not in scope.free:
                scope.free.append(name)
        for name in sorted(scope.used - scope.assigned - scope.globals):
            if name in scope.free:
                continue
            if name == "__class__" or (name == "super" and scope.uses_class_cell):
                if _class_cell_owner(scope) and "__class__" not in scope.free:
                    scope.free.append("__class__")
                continue
            if _enclosing_binds(scope.parent, name):
                scope.free.append(name)
    elif scope.kind == "class":
        for name in sorted(scope.used - scope.assigned - scope.globals):
            if _enclosing_binds(scope.parent, name) and name not in scope.free:
                scope.free.append(name)
    # children's free names must be provided by this scope
    for child in scope.children:
        for name in child.free:
            if child.kind == "class" or name != "__class__" or scope.kind != "class":
                needs(name)
    if scope.is_function:
        order = list(scope.params) + [f for f in scope.free if f not in scope.params]
        rest = sorted((scope.assigned | scope.cells) - set(order) - scope.globals - set(scope.free))
        scope.local_order = order + rest
    elif scope.kind == "class":
        scope.local_order = list(scope.free) + sorted(scope.cells)


def _enclosing_binds(scope: Scope | None, name: str) -> bool:
    while scope is not None:
        if scope.is_function and (_declares(scope, name) or name in scope.nonlocals):
            return True
        scope = scope.parent
    return False


def _class_cell_owner(scope: Scope) -> bool:
    p = scope.parent
    while p is not None and p.kind != "class":
        if p.kind == "module":
            return False
        p = p.parent
    return p is not None


def analyze(tree: ast.Module, filename: str) -> Scope:
    module = Scope("module", "<module>", tree, None)
    collector = _Collector(module, filename)
    for stmt in tree.body:
        collector.visit(stmt)
    _resolve(module, filename)
    return module
