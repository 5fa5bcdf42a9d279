"""Python source (an `ast` tree) to the VM's code objects.

One CodeGen per code object (module, function, lambda, class body, comprehension). Opcode
names, operand encodings and stack effects come from the generated VM; n_state and
n_exc_stack come from the generated verifier's analysis of the finished bytecode.
"""
from __future__ import annotations

import ast
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import ModuleType

from .. import image
from .codebuf import CodeBuffer, Label
from .errors import CompileError
from .symtable import CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, NAME, Scope

SMALL_INT_LIMIT = 1 << 30           # fits a tagged word on 32-bit builds too

_BINOP = {ast.Add: "ADD", ast.Sub: "SUBTRACT", ast.Mult: "MULTIPLY", ast.Div: "TRUE_DIVIDE",
          ast.FloorDiv: "FLOOR_DIVIDE", ast.Mod: "MODULO", ast.Pow: "POWER", ast.LShift: "LSHIFT",
          ast.RShift: "RSHIFT", ast.BitOr: "OR", ast.BitXor: "XOR", ast.BitAnd: "AND"}
_CMPOP = {ast.Lt: "LESS", ast.Gt: "MORE", ast.Eq: "EQUAL", ast.LtE: "LESS_EQUAL",
          ast.GtE: "MORE_EQUAL", ast.NotEq: "NOT_EQUAL", ast.In: "IN", ast.NotIn: "NOT_IN",
          ast.Is: "IS", ast.IsNot: "IS_NOT"}
_UNARY = {ast.Not: "NOT", ast.USub: "NEGATIVE", ast.UAdd: "POSITIVE", ast.Invert: "INVERT"}


@dataclass
class Loop:
    continue_label: Label
    break_label: Label
    blocks: int                  # exception-stack blocks active where the loop starts
    is_for: bool                 # a for loop keeps its iterator on the stack
    break_pad: Label | None = None


@dataclass
class Unit:
    """The module being compiled: its string table and code objects."""
    filename: str
    source_lines: list[str]
    vm: ModuleType
    strings: list[str] = field(default_factory=list)
    codes: list[image.CodeObject | None] = field(default_factory=list)

    def qstr(self, text: str) -> int:
        try:
            return self.strings.index(text)
        except ValueError:
            self.strings.append(text)
            return len(self.strings) - 1


class CodeGen:
    def __init__(self, unit: Unit, scope: Scope, qualname: str):
        self.unit = unit
        self.scope = scope
        self.qualname = qualname
        self.ops = unit.vm.opcodes
        self.code = CodeBuffer(self.ops, unit.vm.codecs)
        self.loops: list[Loop] = []
        self.blocks = 0                  # active exception-stack blocks at this point
        self.finallies: list[tuple[int, int]] = []   # (blocks, loops) where each finally body began
        # locals certainly bound at this point (so loads need no unbound check)
        self.definite: set[str] = set(scope.params)

    # --- errors and lines ----------------------------------------------------------
    def error(self, node: ast.AST | None, message: str) -> CompileError:
        line = getattr(node, "lineno", None)
        col = getattr(node, "col_offset", None)
        text = self.unit.source_lines[line - 1] if line and line <= len(self.unit.source_lines) else None
        return CompileError(message, self.unit.filename, line, col, text)

    def at(self, node: ast.AST) -> None:
        if getattr(node, "lineno", None):
            self.code.line = node.lineno

    def emit(self, name: str, *operands) -> None:
        self.code.emit(name, *operands)

    def op(self, enum: str, name: str) -> int:
        return getattr(self.ops, f"{enum.upper()}_{name}")

    # --- names ------------------------------------------------------------------------
    def _local(self, verb: str, index: int, name: str) -> None:
        if verb == "STORE":
            self.definite.add(name)
        if verb == "LOAD" and name not in self.definite:
            self.emit("LOAD_FAST_CHECK", index, name)
        elif verb == "DELETE":
            self.definite.discard(name)
            self.emit("DELETE_FAST", index, name)
        else:
            self.emit(f"{verb}_FAST_N", index)     # short forms are chosen when assembling

    def name_op(self, verb: str, name: str, node: ast.AST) -> None:
        kind = self.scope.kind_of(name)
        if kind in (CELL, FREE):
            if verb == "DELETE":
                raise self.error(node, f"deleting the closed-over variable '{name}' is not supported")
            self.emit(f"{verb}_DEREF", self.scope.index(name))
        elif kind == LOCAL:
            self._local(verb, self.scope.index(name), name)
        elif kind in (GLOBAL_EXPLICIT, GLOBAL_IMPLICIT):
            self.emit(f"{verb}_GLOBAL", name)
        else:
            assert kind == NAME
            self.emit(f"{verb}_NAME", name)

    # --- code objects -------------------------------------------------------------
    def finish(self, node: ast.AST, flags: int, n_pos: int, n_kwonly: int) -> int:
        """Assemble this code object into the unit; return its code id."""
        if self.code.last_name() not in ("RETURN_VALUE", "JUMP", "RAISE_VARARGS"):
            self.emit("LOAD_CONST_NONE")
            self.emit("RETURN_VALUE")
        bytecode, lines = self.code.assemble(self.unit.qstr)
        verify = self.unit.vm.verify
        n_locals = len(self.scope.local_order)
        # The prelude lists the free variables too: the runtime leaves the ones the closure
        # supplies and makes an empty cell for any it lacks, so that every cell slot is bound
        # at entry (the verifier relies on it; a crafted closure may be short).
        cells = sorted({self.scope.index(n) for n in (*self.scope.cells, *self.scope.free)
                        if n in self.scope.local_order})
        bound = [self.scope.index(n) for n in self.scope.params if n in self.scope.local_order] + cells
        try:
            verified = verify.verify(bytecode, 0, len(bytecode), n_locals=n_locals,
                                     n_strings=len(self.unit.strings), bound=bound)
        except verify.VerifyError as exc:
            raise self.error(node, f"internal compiler error: bytecode fails verification: {exc}") from None
        body = image.build_code(
            bytecode, source_file=self.unit.qstr(self.unit.filename), block_name=self.unit.qstr(self.scope.name),
            n_state=n_locals + verified.max_depth, n_exc_stack=verified.max_blocks, cells=cells, lines=lines)
        names = [self.unit.qstr(n) for n in self.scope.local_order]
        doc = self.docstring(node)
        code = image.CodeObject(body, flags, n_pos, n_kwonly, names, self.unit.qstr(self.qualname),
                                None if doc is None else self.unit.qstr(doc))
        return self._slot_index(code)

    def docstring(self, node) -> str | None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
                    and isinstance(first.value.value, str):
                return first.value.value
        return None

    def store_docstring(self, body: list[ast.stmt]) -> None:
        """Module and class docstrings become __doc__ in their namespace, as in CPython."""
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                and isinstance(body[0].value.value, str):
            self.at(body[0])
            self.emit("LOAD_CONST_STRING", body[0].value.value)
            self.name_op("STORE", "__doc__", body[0])

    def _slot_index(self, code: image.CodeObject) -> int:
        if getattr(self, "_slot", None) is None:
            self.unit.codes.append(code)
            return len(self.unit.codes) - 1
        self.unit.codes[self._slot] = code
        return self._slot

    def reserve(self) -> None:
        """Take this code object's id before its children (the module is code 0)."""
        self._slot = len(self.unit.codes)
        self.unit.codes.append(None)

    def child_scope(self, node: ast.AST) -> Scope:
        for child in self.scope.children:
            if child.node is node:
                return child
        raise self.error(node, "internal compiler error: no scope for this definition")

    # --- statements ---------------------------------------------------------------
    def body(self, stmts: list[ast.stmt]) -> None:
        for stmt in stmts:
            self.at(stmt)
            method = getattr(self, f"stmt_{type(stmt).__name__}", None)
            if method is None:
                raise self.error(stmt, f"'{type(stmt).__name__}' statements are not supported by vmforge")
            method(stmt)

    def stmt_Expr(self, node: ast.Expr) -> None:
        self.expr(node.value)
        self.emit("POP_TOP")

    def stmt_Pass(self, node) -> None:
        pass

    def stmt_Assign(self, node: ast.Assign) -> None:
        self.expr(node.value)
        for i, target in enumerate(node.targets):
            if i < len(node.targets) - 1:
                self.emit("DUP_TOP")
            self.store(target)

    def stmt_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.expr(node.value)
            self.store(node.target)

    def stmt_AugAssign(self, node: ast.AugAssign) -> None:
        op = self.op("binary_op", "INPLACE_" + _BINOP[type(node.op)])
        t = node.target
        if isinstance(t, ast.Name):
            self.name_op("LOAD", t.id, t)
            self.expr(node.value)
            self.at(node)
            self.emit("BINARY_OP", op)
            self.name_op("STORE", t.id, t)
        elif isinstance(t, ast.Attribute):
            self.expr(t.value)
            self.emit("DUP_TOP")
            self.emit("LOAD_ATTR", t.attr)
            self.expr(node.value)
            self.at(node)
            self.emit("BINARY_OP", op)
            self.emit("ROT_TWO")
            self.emit("STORE_ATTR", t.attr)
        elif isinstance(t, ast.Subscript):
            self.expr(t.value)
            self.subscript_index(t.slice)
            self.emit("DUP_TOP_TWO")
            self.emit("BINARY_OP", self.op("binary_op", "SUBSCR"))
            self.expr(node.value)
            self.at(node)
            self.emit("BINARY_OP", op)
            self.emit("ROT_THREE")
            self.emit("STORE_SUBSCR")
        else:
            raise self.error(t, "illegal expression for augmented assignment")

    def store(self, target: ast.expr) -> None:
        self.at(target)
        if isinstance(target, ast.Name):
            self.name_op("STORE", target.id, target)
        elif isinstance(target, ast.Attribute):
            self.expr(target.value)
            self.emit("STORE_ATTR", target.attr)
        elif isinstance(target, ast.Subscript):
            self.expr(target.value)
            self.subscript_index(target.slice)
            self.emit("STORE_SUBSCR")
        elif isinstance(target, (ast.Tuple, ast.List)):
            stars = [i for i, e in enumerate(target.elts) if isinstance(e, ast.Starred)]
            if len(stars) > 1:
                raise self.error(target, "multiple starred expressions in assignment")
            if stars:
                before = stars[0]
                after = len(target.elts) - before - 1
                self.emit("UNPACK_EX", self.fields("UNPACK_EX", "counts", target,
                                                   n_before=before, n_after=after))
            else:
                self.emit("UNPACK_SEQUENCE", len(target.elts))
            for elt in target.elts:
                self.store(elt.value if isinstance(elt, ast.Starred) else elt)
        elif isinstance(target, ast.Starred):
            raise self.error(target, "starred assignment target must be in a list or tuple")
        else:
            raise self.error(target, f"cannot assign to {type(target).__name__.lower()}")

    def stmt_Delete(self, node: ast.Delete) -> None:
        for target in node.targets:
            self.delete(target)

    def delete(self, target: ast.expr) -> None:
        self.at(target)
        if isinstance(target, ast.Name):
            self.name_op("DELETE", target.id, target)
        elif isinstance(target, ast.Attribute):
            self.expr(target.value)
            self.emit("DELETE_ATTR", target.attr)
        elif isinstance(target, ast.Subscript):
            self.expr(target.value)
            self.subscript_index(target.slice)
            self.emit("DELETE_SUBSCR")
        elif isinstance(target, (ast.Tuple, ast.List)):
            for elt in target.elts:
                self.delete(elt)
        else:
            raise self.error(target, f"cannot delete {type(target).__name__.lower()}")

    def stmt_If(self, node: ast.If) -> None:
        end = self.code.label("endif")
        orelse = self.code.label("else") if node.orelse else end
        self.jump_if(node.test, False, orelse)
        before = set(self.definite)
        self.body(node.body)
        after_body = self.definite
        self.definite = set(before)
        if node.orelse:
            if self.code.last_name() not in ("JUMP", "RETURN_VALUE", "RAISE_VARARGS", "UNWIND_JUMP"):
                self.emit("JUMP", end)
            self.code.mark(orelse)
            self.body(node.orelse)
        self.definite &= after_body
        self.code.mark(end)

    @contextmanager
    def maybe_skipped(self):
        """Code that may not run (loop bodies, try bodies): what it binds is not certain after."""
        before = set(self.definite)
        yield
        self.definite = before

    def stmt_While(self, node: ast.While) -> None:
        top, end, brk = self.code.label("while"), self.code.label("endwhile"), self.code.label("break")
        self.code.mark(top)
        self.at(node)
        self.jump_if(node.test, False, end)
        self.loops.append(Loop(top, brk, self.blocks, False))
        with self.maybe_skipped():
            self.body(node.body)
        self.loops.pop()
        self.at(node)
        self.emit("JUMP", top)
        self.code.mark(end)
        self.body(node.orelse)
        self.code.mark(brk)

    def stmt_For(self, node: ast.For) -> None:
        top, end, brk = self.code.label("for"), self.code.label("endfor"), self.code.label("break")
        self.expr(node.iter)
        self.at(node)
        self.emit("GET_ITER")
        self.code.mark(top)
        self.emit("FOR_ITER", end)
        loop = Loop(top, brk, self.blocks, True)
        self.loops.append(loop)
        with self.maybe_skipped():
            self.store(node.target)
            self.body(node.body)
        self.loops.pop()
        self.at(node)
        self.emit("JUMP", top)
        if loop.break_pad is not None:
            # breaks that unwind blocks land here with the iterator still on the stack
            self.code.mark(loop.break_pad)
            self.emit("POP_TOP")
            self.emit("JUMP", brk)
        self.code.mark(end)
        self.body(node.orelse)
        self.code.mark(brk)

    def leave_finallies(self, node, down_to: int, keep: int) -> int:
        """Leave the finally bodies entered above `down_to` blocks (break, continue or
        return inside them): POP_FINALLY drops what entered each. Returns how many."""
        left = [f for f in self.finallies if f[0] > down_to]
        blocks, loops = self.blocks, len(self.loops)
        for fin_blocks, fin_loops in reversed(left):
            if fin_blocks != blocks or fin_loops != loops:
                raise self.error(node, "leaving a finally block from inside a loop, try or with "
                                       "within it is not supported by vmforge")
            self.emit("POP_FINALLY", keep)
            blocks -= 1
        return len(left)

    def stmt_Break(self, node: ast.Break) -> None:
        loop = self._loop(node, "break")
        unwind = self.blocks - loop.blocks - self.leave_finallies(node, loop.blocks, 0)
        if unwind == 0:
            if loop.is_for:
                self.emit("POP_TOP")
            self.emit("JUMP", loop.break_label)
        elif loop.is_for:
            loop.break_pad = loop.break_pad or self.code.label("breakpad")
            self.emit("UNWIND_JUMP", loop.break_pad, unwind)
        else:
            self.emit("UNWIND_JUMP", loop.break_label, unwind)

    def stmt_Continue(self, node: ast.Continue) -> None:
        loop = self._loop(node, "continue")
        unwind = self.blocks - loop.blocks - self.leave_finallies(node, loop.blocks, 0)
        if unwind == 0:
            self.emit("JUMP", loop.continue_label)
        else:
            self.emit("UNWIND_JUMP", loop.continue_label, unwind)

    def _loop(self, node, word: str) -> Loop:
        if not self.loops:
            raise self.error(node, f"'{word}' outside loop")
        return self.loops[-1]

    def stmt_Return(self, node: ast.Return) -> None:
        if not self.scope.is_function:
            raise self.error(node, "'return' outside function")
        if node.value is None:
            self.emit("LOAD_CONST_NONE")
        else:
            self.expr(node.value)
        self.at(node)
        self.leave_finallies(node, -1, 1)
        self.emit("RETURN_VALUE")

    def stmt_Raise(self, node: ast.Raise) -> None:
        n = 0
        if node.exc is not None:
            self.expr(node.exc)
            n = 1
            if node.cause is not None:
                self.expr(node.cause)
                n = 2
        self.at(node)
        self.emit("RAISE_VARARGS", n)

    def stmt_Assert(self, node: ast.Assert) -> None:
        ok = self.code.label("assert_ok")
        self.jump_if(node.test, True, ok)
        self.at(node)
        self.emit("LOAD_GLOBAL", "AssertionError")
        if node.msg is not None:
            self.expr(node.msg)
            self.emit("CALL_FUNCTION", self.argc(1, 0))
        self.emit("RAISE_VARARGS", 1)
        self.code.mark(ok)

    def stmt_Global(self, node) -> None:
        pass

    def stmt_Nonlocal(self, node) -> None:
        pass

    @contextmanager
    def block(self):
        self.blocks += 1
        try:
            yield
        finally:
            self.blocks -= 1

    def stmt_Try(self, node: ast.Try) -> None:
        if node.finalbody:
            final = self.code.label("finally")
            self.emit("SETUP_FINALLY", final)
            with self.block(), self.maybe_skipped():
                if node.handlers:
                    self.try_except(node)
                else:
                    self.body(node.body)
            self.emit("POP_BLOCK")
            self.emit("LOAD_CONST_NONE")
            self.code.mark(final)
            with self.block():       # the finally body runs with its block's items on the stack
                self.finallies.append((self.blocks, len(self.loops)))
                self.body(node.finalbody)
                self.finallies.pop()
            self.emit("END_FINALLY")
        else:
            self.try_except(node)

    def stmt_TryStar(self, node) -> None:
        raise self.error(node, "'except*' is not supported by vmforge")

    def try_except(self, node: ast.Try) -> None:
        handler_label, end = self.code.label("except"), self.code.label("endtry")
        orelse = self.code.label("else")
        self.emit("SETUP_EXCEPT", handler_label)
        with self.block(), self.maybe_skipped():
            self.body(node.body)
        self.emit("POP_BLOCK")
        self.emit("JUMP", orelse)
        self.code.mark(handler_label)
        match = self.op("binary_op", "EXCEPTION_MATCH")
        for i, handler in enumerate(node.handlers):
            self.at(handler)
            if handler.type is None and i != len(node.handlers) - 1:
                raise self.error(handler, "default 'except:' must be last")
            next_handler = self.code.label("next_except")
            if handler.type is not None:
                self.emit("DUP_TOP")
                self.expr(handler.type)
                self.emit("BINARY_OP", match)
                self.emit("POP_JUMP_IF_FALSE", next_handler)
            self.emit("POP_TOP")                          # the type
            if handler.name:
                self.name_op("STORE", handler.name, handler)
            else:
                self.emit("POP_TOP")                      # the value
            self.emit("POP_TOP")                          # the traceback
            with self.block(), self.maybe_skipped():      # the EXCEPT block stays until POP_EXCEPT
                self.body(handler.body)
            self.emit("POP_EXCEPT")
            if handler.name:
                self.emit("LOAD_CONST_NONE")
                self.name_op("STORE", handler.name, handler)
                self.name_op("DELETE", handler.name, handler)
            self.emit("JUMP", end)
            self.code.mark(next_handler)
        self.emit("END_FINALLY")                          # no handler matched: re-raise
        self.code.mark(orelse)
        self.body(node.orelse)
        self.code.mark(end)

    def stmt_With(self, node: ast.With) -> None:
        self.with_items(node.items, node.body)

    def with_items(self, items: list[ast.withitem], body: list[ast.stmt]) -> None:
        item, rest = items[0], items[1:]
        cleanup = self.code.label("with_cleanup")
        self.expr(item.context_expr)
        self.at(item.context_expr)
        self.emit("SETUP_WITH", cleanup)
        with self.block(), self.maybe_skipped():
            if item.optional_vars is not None:
                self.store(item.optional_vars)
            else:
                self.emit("POP_TOP")
            if rest:
                self.with_items(rest, body)
            else:
                self.body(body)
        self.emit("POP_BLOCK")
        self.emit("LOAD_CONST_NONE")
        self.code.mark(cleanup)
        with self.block():
            self.emit("WITH_CLEANUP")
        self.emit("END_FINALLY")

    def stmt_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.emit("LOAD_CONST_SMALL_INT", 0)
            self.emit("LOAD_CONST_NONE")
            self.emit("IMPORT_NAME", alias.name)
            if alias.asname:
                for part in alias.name.split(".")[1:]:
                    self.emit("IMPORT_FROM", part)
                    self.emit("ROT_TWO")
                    self.emit("POP_TOP")
                self.name_op("STORE", alias.asname, node)
            else:
                self.name_op("STORE", alias.name.split(".")[0], node)

    def stmt_ImportFrom(self, node: ast.ImportFrom) -> None:
        self.emit("LOAD_CONST_SMALL_INT", node.level)
        names = [a.name for a in node.names]
        for name in names:
            self.emit("LOAD_CONST_STRING", name)
        self.emit("BUILD_TUPLE", len(names))
        self.emit("IMPORT_NAME", node.module or "")
        if names == ["*"]:
            self.emit("IMPORT_STAR")
            return
        for alias in node.names:
            self.emit("IMPORT_FROM", alias.name)
            self.name_op("STORE", alias.asname or alias.name, node)
        self.emit("POP_TOP")

    def stmt_FunctionDef(self, node: ast.FunctionDef) -> None:
        for d in node.decorator_list:
            self.expr(d)
        self.at(node)
        self.make_function(node, node.args, node.body, node.name)
        for _ in node.decorator_list:
            self.emit("CALL_FUNCTION", self.argc(1, 0))
        self.name_op("STORE", node.name, node)

    def stmt_ClassDef(self, node: ast.ClassDef) -> None:
        for d in node.decorator_list:
            self.expr(d)
        self.at(node)
        self.emit("LOAD_BUILD_CLASS")
        scope = self.child_scope(node)
        gen = CodeGen(self.unit, scope, self._qual(node.name))
        gen.reserve()
        gen.at(node)
        gen.store_docstring(node.body)
        gen.body(node.body)
        if "__class__" in scope.cells:
            gen.emit("LOAD_FAST_N", scope.index("__class__"))   # the cell itself, for __build_class__
        else:
            gen.emit("LOAD_CONST_NONE")
        gen.emit("RETURN_VALUE")
        code_id = gen.finish(node, 0, 0, 0)
        self._push_function(code_id, scope, None, None)
        self.emit("LOAD_CONST_STRING", node.name)
        for base in node.bases:
            self.expr(base)
        kw = 0
        for k in node.keywords:
            if k.arg is None:
                raise self.error(node, "**kwargs in a class statement is not supported by vmforge")
            self.emit("LOAD_CONST_STRING", k.arg)
            self.expr(k.value)
            kw += 1
        self.at(node)
        self.emit("CALL_FUNCTION", self.argc(2 + len(node.bases), kw))
        for _ in node.decorator_list:
            self.emit("CALL_FUNCTION", self.argc(1, 0))
        self.name_op("STORE", node.name, node)

    # --- functions ------------------------------------------------------------------
    def _qual(self, name: str) -> str:
        if self.scope.kind == "module":
            return name
        if self.scope.kind == "class":
            return f"{self.qualname}.{name}"
        return f"{self.qualname}.<locals>.{name}"

    def make_function(self, node, args: ast.arguments, body, name: str) -> None:
        scope = self.child_scope(node)
        defaults = args.defaults
        kw_defaults = [(a.arg, d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None]
        if defaults:
            for d in defaults:
                self.expr(d)
            self.emit("BUILD_TUPLE", len(defaults))
        if kw_defaults:
            self.emit("BUILD_MAP", len(kw_defaults))
            for arg, d in kw_defaults:
                self.expr(d)
                self.emit("LOAD_CONST_STRING", arg)
                self.emit("STORE_MAP")
        gen = CodeGen(self.unit, scope, self._qual(name))
        gen.reserve()
        gen.at(node)
        if isinstance(node, ast.Lambda):
            gen.expr(node.body)
            gen.emit("RETURN_VALUE")
        else:
            gen.body(body)
        flags = 0
        if scope.is_generator:
            flags |= image.CODE_GENERATOR
        if args.vararg:
            flags |= image.CODE_VARARGS
        if args.kwarg:
            flags |= image.CODE_VARKEYWORDS
        n_pos = len(args.posonlyargs) + len(args.args)
        code_id = gen.finish(node, flags, n_pos, len(args.kwonlyargs))
        self.at(node)
        self._push_function(code_id, scope, bool(defaults), bool(kw_defaults))

    def _push_function(self, code_id: int, scope: Scope, has_defaults, has_kwdefaults) -> None:
        """Emit the MAKE_* for code_id with the defaults already on the stack."""
        if scope.free:
            for name in scope.free:
                self.load_cell(name)
            self.emit("BUILD_TUPLE", len(scope.free))
        if has_kwdefaults:
            if not scope.free:
                self.emit("LOAD_NULL")
            if not has_defaults:
                # defaults go below kwdefs and cells: make room with NULL and rotate it down
                self.emit("LOAD_NULL")
                self.emit("ROT_THREE")
            self.emit("MAKE_FUNCTION_KW", code_id)
        elif scope.free:
            self.emit("MAKE_CLOSURE_DEFARGS" if has_defaults else "MAKE_CLOSURE", code_id)
        else:
            self.emit("MAKE_FUNCTION_DEFARGS" if has_defaults else "MAKE_FUNCTION", code_id)

    def load_cell(self, name: str) -> None:
        """Push the cell object (not its contents) that holds `name` in this scope."""
        self.emit("LOAD_FAST_N", self.scope.index(name))

    def argc(self, n_pos: int, n_kw: int) -> int:
        """CALL_* operand from its fields (the layout is the spec's, via the generated asm)."""
        return self.fields("CALL_FUNCTION", "argc", None, n_pos=n_pos, n_kw=n_kw)

    def fields(self, opname: str, operand: str, node, **values) -> int:
        try:
            return self.unit.vm.asm.compose_fields(opname, operand, values)
        except ValueError as exc:
            raise self.error(node, f"too many items for {opname}: {exc}") from None

    # --- expressions ------------------------------------------------------------------
    def expr(self, node: ast.expr) -> None:
        self.at(node)
        method = getattr(self, f"expr_{type(node).__name__}", None)
        if method is None:
            raise self.error(node, f"'{type(node).__name__}' expressions are not supported by vmforge")
        method(node)

    def expr_Constant(self, node: ast.Constant) -> None:
        self.constant(node.value, node)

    def constant(self, value, node) -> None:
        if value is None:
            self.emit("LOAD_CONST_NONE")
        elif value is True:
            self.emit("LOAD_CONST_TRUE")
        elif value is False:
            self.emit("LOAD_CONST_FALSE")
        elif value is Ellipsis:
            self.emit("LOAD_CONST_ELLIPSIS")
        elif isinstance(value, int):
            if -SMALL_INT_LIMIT <= value < SMALL_INT_LIMIT:
                self.emit("LOAD_CONST_SMALL_INT", value)
            else:
                self.emit("LOAD_CONST_INT", str(value))
        elif isinstance(value, float):
            self.emit("LOAD_CONST_DEC", repr(value))
        elif isinstance(value, complex):
            if value.real:
                raise self.error(node, "complex constants with a real part are not supported")
            self.emit("LOAD_CONST_DEC", repr(value.imag) + "j")
        elif isinstance(value, str):
            # identifier-like strings (names, keywords) as the seed's LOAD_CONST_ID
            self.emit("LOAD_CONST_ID" if value.isidentifier() else "LOAD_CONST_STRING", value)
        elif isinstance(value, bytes):
            self.emit("LOAD_CONST_BYTES", value.decode("latin-1"))
        elif isinstance(value, tuple):
            for v in value:
                self.constant(v, node)
            self.emit("BUILD_TUPLE", len(value))
        else:
            raise self.error(node, f"constant {value!r} is not supported")

    def expr_Name(self, node: ast.Name) -> None:
        self.name_op("LOAD", node.id, node)

    def expr_Attribute(self, node: ast.Attribute) -> None:
        self.expr(node.value)
        self.at(node)
        self.emit("LOAD_ATTR", node.attr)

    def subscript_index(self, index: ast.expr) -> None:
        if isinstance(index, ast.Slice):
            parts = [index.lower, index.upper] + ([index.step] if index.step is not None else [])
            for p in parts:
                if p is None:
                    self.emit("LOAD_CONST_NONE")
                else:
                    self.expr(p)
            self.emit("BUILD_SLICE", len(parts))
        else:
            self.expr(index)

    def expr_Subscript(self, node: ast.Subscript) -> None:
        self.expr(node.value)
        self.subscript_index(node.slice)
        self.at(node)
        self.emit("BINARY_OP", self.op("binary_op", "SUBSCR"))

    def expr_Slice(self, node: ast.Slice) -> None:
        self.subscript_index(node)

    def expr_BinOp(self, node: ast.BinOp) -> None:
        self.expr(node.left)
        self.expr(node.right)
        self.at(node)
        self.emit("BINARY_OP", self.op("binary_op", _BINOP[type(node.op)]))

    def expr_UnaryOp(self, node: ast.UnaryOp) -> None:
        operand = node.operand
        if isinstance(node.op, ast.Not) and isinstance(operand, ast.Compare) and len(operand.ops) == 1 \
                and isinstance(operand.ops[0], (ast.In, ast.NotIn, ast.Is, ast.IsNot)):
            # these comparisons always give a bool: the seed's NOT (True -> False) is exact
            self.expr(operand)
            self.at(node)
            self.emit("NOT")
            return
        self.expr(node.operand)
        self.at(node)
        self.emit("UNARY_OP", self.op("unary_op", _UNARY[type(node.op)]))

    def expr_BoolOp(self, node: ast.BoolOp) -> None:
        end = self.code.label("boolop")
        jump = "JUMP_IF_FALSE_OR_POP" if isinstance(node.op, ast.And) else "JUMP_IF_TRUE_OR_POP"
        for i, value in enumerate(node.values):
            self.expr(value)
            if i < len(node.values) - 1:
                self.emit(jump, end)
        self.code.mark(end)

    def expr_Compare(self, node: ast.Compare) -> None:
        self.expr(node.left)
        if len(node.ops) == 1:
            self.expr(node.comparators[0])
            self.at(node)
            self.emit("BINARY_OP", self.op("binary_op", _CMPOP[type(node.ops[0])]))
            return
        cleanup, end = self.code.label("cmp_cleanup"), self.code.label("cmp_end")
        for i, (op, right) in enumerate(zip(node.ops, node.comparators)):
            self.expr(right)
            self.at(node)
            last = i == len(node.ops) - 1
            if not last:
                self.emit("DUP_TOP")
                self.emit("ROT_THREE")
            self.emit("BINARY_OP", self.op("binary_op", _CMPOP[type(op)]))
            if not last:
                self.emit("JUMP_IF_FALSE_OR_POP", cleanup)
        self.emit("JUMP", end)
        self.code.mark(cleanup)
        self.emit("ROT_TWO")
        self.emit("POP_TOP")
        self.code.mark(end)

    def jump_if(self, test: ast.expr, when: bool, target: Label) -> None:
        """Jump to target if test's truth is `when`; the test's value is consumed."""
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            self.jump_if(test.operand, not when, target)
            return
        if isinstance(test, ast.BoolOp):
            is_and = isinstance(test.op, ast.And)
            if is_and != when:
                # and-chain jumping on false (or or-chain on true): any operand decides
                for v in test.values:
                    self.jump_if(v, when, target)
            else:
                skip = self.code.label("bool_skip")
                for v in test.values[:-1]:
                    self.jump_if(v, not when, skip)
                self.jump_if(test.values[-1], when, target)
                self.code.mark(skip)
            return
        self.expr(test)
        self.at(test)
        self.emit("POP_JUMP_IF_TRUE" if when else "POP_JUMP_IF_FALSE", target)

    def expr_IfExp(self, node: ast.IfExp) -> None:
        orelse, end = self.code.label("ifexp_else"), self.code.label("ifexp_end")
        self.jump_if(node.test, False, orelse)
        self.expr(node.body)
        self.emit("JUMP", end)
        self.code.mark(orelse)
        self.expr(node.orelse)
        self.code.mark(end)

    def expr_NamedExpr(self, node: ast.NamedExpr) -> None:
        self.expr(node.value)
        self.emit("DUP_TOP")
        self.store(node.target)

    def _elements(self, elts: list[ast.expr], build: str, node) -> None:
        """Push a list/tuple/set display; starred items extend a list built step by step."""
        if not any(isinstance(e, ast.Starred) for e in elts):
            for e in elts:
                self.expr(e)
            self.at(node)
            self.emit(build, len(elts))
            return
        if build == "BUILD_TUPLE":
            self.emit("LOAD_GLOBAL", "tuple")
        elif build == "BUILD_SET":
            self.emit("BUILD_SET", 0)
        if build != "BUILD_SET":
            self.emit("BUILD_LIST", 0)
        for e in elts:
            self.emit("DUP_TOP")
            if isinstance(e, ast.Starred):
                self.emit("LOAD_METHOD", "update" if build == "BUILD_SET" else "extend")
                self.expr(e.value)
            else:
                self.emit("LOAD_METHOD", "add" if build == "BUILD_SET" else "append")
                self.expr(e)
            self.emit("CALL_METHOD", self.argc(1, 0))
            self.emit("POP_TOP")
        if build == "BUILD_TUPLE":
            self.emit("CALL_FUNCTION", self.argc(1, 0))

    def expr_Tuple(self, node: ast.Tuple) -> None:
        self._elements(node.elts, "BUILD_TUPLE", node)

    def expr_List(self, node: ast.List) -> None:
        self._elements(node.elts, "BUILD_LIST", node)

    def expr_Set(self, node: ast.Set) -> None:
        self._elements(node.elts, "BUILD_SET", node)

    def expr_Dict(self, node: ast.Dict) -> None:
        self.emit("BUILD_MAP", len(node.keys))
        for k, v in zip(node.keys, node.values):
            if k is None:                       # {**other}
                self.emit("DUP_TOP")
                self.emit("LOAD_METHOD", "update")
                self.expr(v)
                self.emit("CALL_METHOD", self.argc(1, 0))
                self.emit("POP_TOP")
                continue
            self.expr(k)
            self.expr(v)
            self.emit("ROT_TWO")
            self.emit("STORE_MAP")

    def expr_Starred(self, node) -> None:
        raise self.error(node, "can't use starred expression here")

    def expr_JoinedStr(self, node: ast.JoinedStr) -> None:
        for part in node.values:
            if isinstance(part, ast.Constant):
                self.emit("LOAD_CONST_STRING", part.value)
            else:
                self.expr(part)
        if len(node.values) != 1 or not isinstance(node.values[0], ast.FormattedValue):
            self.emit("BUILD_STRING", len(node.values))

    def expr_FormattedValue(self, node: ast.FormattedValue) -> None:
        self.expr(node.value)
        conversion = {-1: 0, ord("s"): 1, ord("r"): 2, ord("a"): 3}[node.conversion]
        if node.format_spec is not None:
            self.expr(node.format_spec)
        self.at(node)
        self.emit("FORMAT_VALUE", conversion | (4 if node.format_spec is not None else 0))

    def expr_Lambda(self, node: ast.Lambda) -> None:
        self.make_function(node, node.args, None, "<lambda>")

    def expr_Yield(self, node: ast.Yield) -> None:
        if node.value is None:
            self.emit("LOAD_CONST_NONE")
        else:
            self.expr(node.value)
        self.at(node)
        self.emit("YIELD_VALUE")

    def expr_YieldFrom(self, node: ast.YieldFrom) -> None:
        self.expr(node.value)
        self.at(node)
        self.emit("GET_ITER")
        self.emit("LOAD_CONST_NONE")
        self.emit("YIELD_FROM")

    def expr_Await(self, node) -> None:
        raise self.error(node, "'await' is not supported by vmforge")

    def expr_Call(self, node: ast.Call) -> None:
        func = node.func
        method = isinstance(func, ast.Attribute)
        if method:
            self.expr(func.value)
            self.at(func)
            self.emit("LOAD_METHOD", func.attr)
        elif isinstance(func, ast.Name) and func.id == "super" and not node.args and not node.keywords:
            self.zero_arg_super(node)
            return
        else:
            self.expr(func)
        stars = any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords)
        if not stars:
            for a in node.args:
                self.expr(a)
            for k in node.keywords:
                self.emit("LOAD_CONST_STRING", k.arg)
                self.expr(k.value)
            self.at(node)
            self.emit("CALL_METHOD" if method else "CALL_FUNCTION", self.argc(len(node.args), len(node.keywords)))
            return
        first_star = next((i for i, a in enumerate(node.args) if isinstance(a, ast.Starred)), len(node.args))
        plain = node.args[:first_star]
        for a in plain:
            self.expr(a)
        has_dstar = any(k.arg is None for k in node.keywords)
        n_kw = 0
        if not has_dstar:
            for k in node.keywords:
                self.emit("LOAD_CONST_STRING", k.arg)
                self.expr(k.value)
                n_kw += 1
        rest = node.args[first_star:]
        if rest:
            self._elements(rest, "BUILD_LIST", node)
        else:
            self.emit("LOAD_NULL")
        if has_dstar:
            self.emit("BUILD_MAP", 0)
            for k in node.keywords:             # merged one by one: a repeated key is an error
                if k.arg is None:
                    self.expr(k.value)
                else:
                    self.emit("BUILD_MAP", 1)
                    self.expr(k.value)
                    self.emit("LOAD_CONST_STRING", k.arg)
                    self.emit("STORE_MAP")
                self.emit("DICT_MERGE")
        else:
            self.emit("LOAD_NULL")
        self.at(node)
        self.emit("CALL_METHOD_VAR_KW" if method else "CALL_FUNCTION_VAR_KW", self.argc(len(plain), n_kw))

    def zero_arg_super(self, node: ast.Call) -> None:
        """super() in a method: super(__class__, <first argument>)."""
        scope = self.scope
        if scope.kind not in ("function", "lambda") or "__class__" not in scope.free or not scope.params:
            raise self.error(node, "super(): no arguments")
        self.emit("LOAD_GLOBAL", "super")
        self.emit("LOAD_DEREF", scope.index("__class__"))
        first = scope.params[0]
        kind = scope.kind_of(first)
        if kind in (CELL, FREE):
            self.emit("LOAD_DEREF", scope.index(first))
        else:
            self._local("LOAD", scope.index(first), first)
        self.at(node)
        self.emit("CALL_FUNCTION", self.argc(2, 0))

    # --- comprehensions ------------------------------------------------------------
    def _comprehension(self, node, build: str | None) -> None:
        scope = self.child_scope(node)
        gen = CodeGen(self.unit, scope, self._qual(scope.name))
        gen.reserve()
        gen.at(node)
        if build:
            gen.emit(build, 0)
        gen.emit("LOAD_FAST_0")                       # the iterator argument `.0`
        gen.comprehension_loops(node, 0, build)
        if build:
            gen.emit("RETURN_VALUE")
        flags = image.CODE_GENERATOR if build is None else 0
        code_id = gen.finish(node, flags, 1, 0)
        self.at(node)
        self._push_function(code_id, scope, False, False)
        self.expr(node.generators[0].iter)
        self.at(node)
        self.emit("GET_ITER")
        self.emit("CALL_FUNCTION", self.argc(1, 0))

    def comprehension_loops(self, node, depth: int, build: str | None) -> None:
        generator = node.generators[depth]
        top, end = self.code.label("comp"), self.code.label("comp_end")
        if depth:
            self.expr(generator.iter)
            self.emit("GET_ITER")
        self.code.mark(top)
        self.emit("FOR_ITER", end)
        self.store(generator.target)
        for cond in generator.ifs:
            self.jump_if(cond, False, top)
        if depth + 1 < len(node.generators):
            self.comprehension_loops(node, depth + 1, build)
        else:
            iterators = depth + 1
            self.at(node)
            if build == "BUILD_LIST":
                self.expr(node.elt)
                self.emit("LIST_APPEND", iterators + 1)
            elif build == "BUILD_SET":
                self.expr(node.elt)
                self.emit("SET_ADD", iterators + 1)
            elif build == "BUILD_MAP":
                self.expr(node.key)
                self.expr(node.value)
                self.emit("ROT_TWO")
                self.emit("MAP_ADD", iterators + 1)
            else:
                self.expr(node.elt)
                self.emit("YIELD_VALUE")
                self.emit("POP_TOP")
        self.emit("JUMP", top)
        self.code.mark(end)

    def expr_ListComp(self, node) -> None:
        self._comprehension(node, "BUILD_LIST")

    def expr_SetComp(self, node) -> None:
        self._comprehension(node, "BUILD_SET")

    def expr_DictComp(self, node) -> None:
        self._comprehension(node, "BUILD_MAP")

    def expr_GeneratorExp(self, node) -> None:
        self._comprehension(node, None)
