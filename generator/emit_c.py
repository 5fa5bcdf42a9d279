"""Emitter for the C target: c/bc0.h, c/vm_prims.h and c/vm.c.

vm.c (templates/c/vm.c.j2) holds the interpreter function; this module renders one case per
opcode from its body. A case decodes its operands, reads the inputs it needs from the value
stack by offset (from `sp`, or from `bottom`, its lowest input, when the effect has counted
items), runs the body, then writes the outputs that changed and moves sp once. The contract
the generated code compiles against is vmforge/runtime/c/vm_runtime.h (hand-written).
"""
from __future__ import annotations

import ast
import re
import textwrap

import jinja2

from .body import Callee
from .emit_base import BodyWalker, TargetError, layout
from .model import Opcode, Operand, Spec
from .stack_effect import Item, paren

C_TYPES = {"int": "mp_int_t", "bool": "bool", "qstr": "qstr", "obj": "mp_obj_t",
           "objs": "mp_obj_t *", "label": "const byte *"}

_VALUE_CONSTANTS = {"None": "mp_const_none", "True": "mp_const_true", "False": "mp_const_false",
                    "NULL": "MP_OBJ_NULL", "Ellipsis": "mp_const_ellipsis"}

C_KEYWORDS = set("""auto break case char const continue default do double else enum extern float
    for goto if inline int long register restrict return short signed sizeof static struct switch
    typedef union unsigned void volatile while _Alignas _Alignof _Atomic _Bool _Complex _Generic
    _Imaginary _Noreturn _Static_assert _Thread_local bool true false NULL""".split())

# Names the interpreter function and its helpers use: a body variable may not take one.
LOOP_NAMES = {"state", "code_info", "qstrs", "fastn", "ip", "sp", "bottom", "inject_exc",
              "dispatch_table", "byte", "qstr", "run", "floor_div", "floor_mod", "read_u32",
              "add_traceback", "handled_exception", "catch_exception"}

_SIZE_OF_CODEC = {"u16": 2, "u16_excess": 2, "byte": 1}
_C_BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.BitAnd: "&", ast.BitOr: "|",
             ast.BitXor: "^", ast.LShift: "<<", ast.RShift: ">>"}
_PRECEDENCE = {ast.Mult: 5, ast.Add: 4, ast.Sub: 4, ast.LShift: 3, ast.RShift: 3,
               ast.BitAnd: 2, ast.BitXor: 1, ast.BitOr: 0}
_ADDITIVE = 4               # + - and * bind tighter than shifts and bitwise operators
_C_WIDTH = 96               # comment lines are wrapped to this width


def c_function(name: str) -> str:
    """The C name of a primitive: rt_ + its name, without a trailing underscore (rt_raise)."""
    return "rt_" + name.rstrip("_")


def declare(ctype: str, name: str) -> str:
    return f"{ctype}{name}" if ctype.endswith("*") else f"{ctype} {name}"


def comment(text: str, indent: str = "") -> str:
    return "\n".join(textwrap.wrap(text, _C_WIDTH, initial_indent=indent + "// ",
                                   subsequent_indent=indent + "// ", break_on_hyphens=False))


def wrap_call(head: str, args: list[str], tail: str) -> str:
    """`head` + args + `tail` on one line, or with the args wrapped under the parenthesis."""
    line = head + ", ".join(args) + tail
    if len(line) <= _C_WIDTH + 4:
        return line
    lines, current, pad = [], head + args[0], " " * len(head)
    for arg in args[1:]:
        if len(current) + 2 + len(arg) > _C_WIDTH + 4:
            lines.append(current + ",")
            current = pad + arg
        else:
            current += ", " + arg
    return "\n".join(lines + [current + tail])


def _first_caller(spec: Spec, name: str) -> str | None:
    return next((op.name for op in spec.opcodes if op.info and name in op.info.calls), None)


def check_primitive(spec: Spec, p: Callee) -> None:
    """Refuse signatures a C runtime function cannot have."""
    results = p.sig.results

    def refuse(why: str):
        raise TargetError(f"C: primitive `{p.name}{p.sig}` {why}",
                          opcode=_first_caller(spec, p.name))

    if "label" in results:
        refuse("returns a label, which the C runtime cannot give (it does not see the bytecode)")
    if "objs" in results or (len(results) > 1 and any(r.startswith("objs") for r in results)):
        refuse("returns stack slots other than as a lone `objs[n]` result (filled in place)")
    if p.noreturn and results:
        refuse("never returns, yet has results")


# --- vm_prims.h ---------------------------------------------------------------------------

def _result_names(spec: Spec) -> dict[str, list[str]]:
    """Out-parameter names for multi-result primitives: the names their callers' bodies use."""
    names: dict[str, list[str]] = {}
    for op in spec.opcodes:
        for node in (n for stmt in (op.info.tree if op.info else []) for n in ast.walk(stmt)):
            if (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Tuple)
                    and isinstance(node.value, ast.Call)):
                names.setdefault(node.value.func.id, [e.id for e in node.targets[0].elts])  # type: ignore[union-attr, attr-defined]
    return names


def _c_param(name: str) -> str:
    return name + "_" if name in C_KEYWORDS else name


def prototypes(spec: Spec) -> list[dict[str, str]]:
    out_names = _result_names(spec)
    seen: dict[str, str] = {}
    protos = []
    for p in spec.primitives:
        check_primitive(spec, p)
        cname = c_function(p.name)
        if cname in seen:
            raise TargetError(f"C: primitives `{seen[cname]}` and `{p.name}` would both be "
                              f"`{cname}`")
        seen[cname] = p.name
        params = [declare(C_TYPES[t], _c_param(n)) for n, t in p.sig.params]
        taken = {n for n, _ in p.sig.params}
        results = p.sig.results
        ret = "void"
        if p.sig.returns_objs:
            params.append("mp_obj_t *" + ("dest_out" if "dest" in taken else "dest"))
        elif len(results) == 1:
            ret = C_TYPES[results[0]]
        elif results:
            names = out_names.get(p.name) or [f"out{i}" for i in range(len(results))]
            for n, t in zip(names, results):
                n = _c_param(n + "_out" if n in taken else n)
                params.append(declare(C_TYPES[t] + " *", n))
        decl = wrap_call(f"{'NORETURN ' if p.noreturn else ''}{declare(ret, cname)}(",
                         params or ["void"], ")")
        doc = p.doc.rstrip(".")
        notes = " Never returns." if p.noreturn else " May raise." if p.raises else ""
        text = (f"{doc}.{notes}" if doc else notes).strip()
        lines = comment(f"{p.name}{p.sig}") + ("\n" + comment(text) if text else "")
        protos.append({"comment": lines, "decl": decl})
    return protos


# --- vm.c: one case ---------------------------------------------------------------------

def _assigned(tree: list[ast.stmt]) -> tuple[set[str], set[str]]:
    """Names assigned anywhere, and those assigned inside an `if` (declared up front)."""
    anywhere, nested = set(), set()

    def targets(stmt: ast.Assign) -> list[str]:
        t = stmt.targets[0]
        return [t.id] if isinstance(t, ast.Name) else [e.id for e in t.elts]  # type: ignore[attr-defined]

    def walk(stmts, inside):
        for s in stmts:
            if isinstance(s, ast.Assign):
                anywhere.update(targets(s))
                if inside:
                    nested.update(targets(s))
            elif isinstance(s, ast.If):
                walk(s.body, True)
                walk(s.orelse, True)
    walk(tree, False)
    return anywhere, nested


def _norm(expr: str) -> str:
    return expr.replace(" ", "")


class CCase(BodyWalker):
    """The C statements of one opcode's case (the lines inside its braces)."""

    def __init__(self, spec: Spec, op: Opcode, depth: int = 2):
        super().__init__(spec, op)
        self.base_depth = self.depth = depth
        self.lines: list[str] = []
        self.refs: set[str] = set()         # names the emitted code reads
        self.uses_bottom = False
        eff = op.stack
        self.counted = eff.counted or (op.stack_on_jump is not None and op.stack_on_jump.counted)
        self.types = op.info.types if op.info else {}
        self.assigned, nested = _assigned(op.info.tree) if op.info else (set(), set())
        self.declared = {i.name for i in eff.inputs}
        self.hoisted = sorted(nested - self.declared)       # declared before the body
        self.declared.update(self.hoisted)
        self.source = op.body or ""                          # for literals' own spelling
        self.objs_results: dict[str, str] = {}    # objs[n] result variable -> its output offset
        for stmt in (n for s in (op.info.tree if op.info else []) for n in ast.walk(s)):
            if (isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Name)
                    and isinstance(stmt.value, ast.Call)
                    and self.spec.callees[stmt.value.func.id].sig.returns_objs):  # type: ignore[union-attr]
                name = stmt.targets[0].id
                slot = next(s for s in layout(eff.outputs) if s.item.name == name)
                self.objs_results[name] = slot.offset

    # --- expressions ----------------------------------------------------------------------
    def value_constant(self, name: str) -> str:
        return _VALUE_CONSTANTS[name]

    def int_constant(self, name: str) -> str:
        return f"MP_BC_{name}" if name in self.spec.by_name else f"MP_{name}"

    def string(self, text: str) -> str:
        return f"MP_QSTR_{text}"

    def variable(self, name: str) -> str:
        self.refs.add(name)
        return name

    def compare(self, left: str, op: str, right: str) -> str:
        return f"{left} {({'is': '==', 'is not': '!='}).get(op, op)} {right}"

    def logical_not(self, operand: str) -> str:
        return f"!{operand}"

    def expr(self, node: ast.expr, top: bool = True) -> str:
        if isinstance(node, ast.Constant) and type(node.value) is int:
            return ast.get_source_segment(self.source, node) or str(node.value)   # keeps 0xff
        if not isinstance(node, ast.BinOp):
            return super().expr(node, top)
        if isinstance(node.op, (ast.FloorDiv, ast.Mod)):
            fn = "floor_div" if isinstance(node.op, ast.FloorDiv) else "floor_mod"
            return f"{fn}({self.expr(node.left)}, {self.expr(node.right)})"
        # C precedence; parentheses stay around anything but arithmetic inside arithmetic
        prec = _PRECEDENCE[type(node.op)]

        def side(child: ast.expr, left: bool) -> str:
            if not isinstance(child, ast.BinOp) or isinstance(child.op, (ast.FloorDiv, ast.Mod)):
                return self.expr(child)
            inner = _PRECEDENCE[type(child.op)]
            arithmetic = prec >= _ADDITIVE and inner >= _ADDITIVE
            bare = arithmetic and (inner > prec or (left and inner == prec))
            return self.expr(child, bare)

        text = f"{side(node.left, True)} {_C_BINOPS[type(node.op)]} {side(node.right, False)}"
        return text if top else f"({text})"

    def int_expr(self, text: str) -> str:
        """An int expression of operands (a stack count or offset, an operand field) in C."""
        body_source, self.source = self.source, text
        try:
            return self.expr(ast.parse(text, mode="eval").body)
        finally:
            self.source = body_source

    def fast(self, index: str) -> str:
        if index == "0":
            return "fastn[0]"
        return f"fastn[-{paren(index)}]"

    def call(self, name: str, args: list[str], node: ast.Call) -> str:
        callee = self.spec.callees[name]
        if callee.intrinsic:
            if name == "small_int":
                return f"MP_OBJ_NEW_SMALL_INT({args[0]})"
            if name == "load_fast":
                return self.fast(args[0])
            if name == "current_exception":
                return "handled_exception(state)"
            raise TargetError(f"C: the C target does not provide intrinsic `{name}` as a value")
        check_primitive(self.spec, callee)
        return f"{c_function(name)}({', '.join(args)})"

    # --- statements -----------------------------------------------------------------------
    def statement(self, stmt: ast.stmt) -> None:
        if isinstance(stmt, ast.Pass):
            return
        if isinstance(stmt, ast.If):
            self.if_chain(stmt)
        elif isinstance(stmt, ast.Expr):
            self.call_statement(stmt.value)  # type: ignore[arg-type]
        elif isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Tuple):
            self.tuple_assign(stmt.targets[0], stmt.value)  # type: ignore[arg-type]
        elif isinstance(stmt, ast.Assign):
            self.assign(stmt.targets[0].id, stmt.value)  # type: ignore[attr-defined]
        else:
            raise TargetError(f"C: cannot emit {type(stmt).__name__}")

    def if_chain(self, stmt: ast.If) -> None:
        self.emit(f"if ({self.expr(stmt.test)}) {{")
        while True:
            self.depth += 1
            self.statements(stmt.body)
            self.depth -= 1
            orelse = stmt.orelse
            if len(orelse) == 1 and isinstance(orelse[0], ast.If):
                stmt = orelse[0]
                self.emit(f"}} else if ({self.expr(stmt.test)}) {{")
                continue
            if orelse:
                self.emit("} else {")
                self.depth += 1
                self.statements(orelse)
                self.depth -= 1
            self.emit("}")
            return

    def assign(self, name: str, value: ast.expr) -> None:
        if name in self.objs_results:
            # A primitive filling stack slots: `name` points at them, the call fills them.
            call: ast.Call = value  # type: ignore[assignment]
            args = [self.expr(a) for a in call.args]
            if name not in self.declared:
                self.declared.add(name)
                self.emit(f"mp_obj_t *{name} = {self.slot_pointer(self.objs_results[name])};")
            self.emit(f"{c_function(call.func.id)}({', '.join(args + [name])});")  # type: ignore[union-attr]
            return
        rhs = self.expr(value)
        if name not in self.declared:
            self.declared.add(name)
            self.emit(f"{declare(C_TYPES[self.types[name]], name)} = {rhs};")
        else:
            self.emit(f"{name} = {rhs};")

    def tuple_assign(self, target: ast.Tuple, call: ast.Call) -> None:
        names = [e.id for e in target.elts]  # type: ignore[attr-defined]
        fresh = [n for n in names if n not in self.declared]
        for ctype in dict.fromkeys(C_TYPES[self.types[n]] for n in fresh):
            group = [n for n in fresh if C_TYPES[self.types[n]] == ctype]
            self.emit(f"{ctype} {', '.join(group)};")
        self.declared.update(fresh)
        callee = self.spec.callees[call.func.id]  # type: ignore[union-attr]
        check_primitive(self.spec, callee)
        args = [self.expr(a) for a in call.args] + [f"&{n}" for n in names]
        self.emit(f"{c_function(callee.name)}({', '.join(args)});")

    def call_statement(self, node: ast.Call) -> None:
        name = node.func.id  # type: ignore[union-attr]
        callee = self.spec.callees[name]
        if name == "return_":
            self.return_value(node.args[0])
            return
        args = [self.expr(a) for a in node.args]
        if not callee.intrinsic:
            self.emit(self.call(name, args, node) + ";")
        elif name == "store_fast":
            self.emit(f"{self.fast(args[0])} = {args[1]};")
        elif name == "jump":
            self.write_outputs(self.op.jump_effect.outputs)
            self.emit(f"ip = {args[0]};")
            self.emit("DISPATCH();")
        elif name == "push_block":
            self.emit(f"PUSH_BLOCK({args[0]}, {args[1]}, {self.block_top(node.args[2], args[2])});")
        elif name in ("pop_block", "pop_except"):
            self.emit("POP_BLOCK();")
        else:
            raise TargetError(f"C: the C target does not provide intrinsic `{name}`")

    # --- stack traffic --------------------------------------------------------------------
    def sp_offset(self, k: int) -> str:
        return "sp" if k == 0 else f"sp + {k}" if k > 0 else f"sp - {-k}"

    def slot(self, offset: str) -> str:
        """A slot at an offset from the case's entry stack (from `bottom` when counted)."""
        self.uses_bottom = True
        return f"bottom[{self.int_expr(offset)}]"

    def slot_pointer(self, offset: str) -> str:
        self.uses_bottom = True
        return "bottom" if offset == "0" else f"bottom + {self.int_expr(offset)}"

    def bottom_expr(self) -> str:
        """Where the lowest input is, from sp: sp + 1 minus the inputs' size."""
        ins = self.op.stack.inputs
        fixed = sum(1 for i in ins if not i.counted)
        terms = "".join(f" - {paren(self.int_expr(i.size))}" for i in ins if i.counted)  # type: ignore[arg-type]
        return self.sp_offset(1 - fixed) + terms

    def top_expr(self, outputs: tuple[Item, ...]) -> str:
        """The new sp of a counted effect: bottom + the outputs' size - 1."""
        self.uses_bottom = True
        fixed = sum(1 for i in outputs if not i.counted)
        terms = "".join(f" + {paren(self.int_expr(i.size))}" for i in outputs if i.counted)  # type: ignore[arg-type]
        k = fixed - 1
        return "bottom" + terms + (f" + {k}" if k > 0 else f" - {-k}" if k < 0 else "")

    def block_top(self, keep_node: ast.expr, keep: str) -> str:
        """push_block's saved stack top: the inputs popped and `keep` outputs pushed."""
        n_in = len(self.op.stack.inputs)
        if self.counted:
            self.uses_bottom = True
            if isinstance(keep_node, ast.Constant):
                k = keep_node.value - 1
                return "bottom" + (f" + {k}" if k > 0 else f" - {-k}" if k < 0 else "")
            return f"bottom - 1 + {paren(keep)}"
        if isinstance(keep_node, ast.Constant):
            return self.sp_offset(keep_node.value - n_in)
        return f"{self.sp_offset(-n_in)} + {paren(keep)}"

    def in_place(self, item: Item, same: Item | None, offsets_equal: bool) -> bool:
        return same == item and offsets_equal and item.name not in self.assigned

    def write_outputs(self, outputs: tuple[Item, ...]) -> None:
        ins = self.op.stack.inputs
        if self.counted:
            in_slots = {s.item.name: s for s in layout(ins)}
            for slot in layout(outputs):
                name = slot.item.name
                src = in_slots.get(name)
                same = src is not None and _norm(src.offset) == _norm(slot.offset)
                if self.in_place(slot.item, src.item if src else None, same):
                    continue
                if slot.item.counted:
                    if _norm(self.objs_results.get(name, "?")) == _norm(slot.offset):
                        continue
                    raise TargetError(f"C: counted output `{slot.item}` would move on the stack; "
                                      f"the C target keeps counted items in place")
                self.emit(f"{self.slot(slot.offset)} = {self.variable(name)};")
            self.emit(f"sp = {self.top_expr(outputs)};")
            return
        n_in = len(ins)
        for i, item in enumerate(outputs):
            if self.in_place(item, ins[i] if i < n_in else None, True):
                continue
            self.emit(f"sp[{i + 1 - n_in}] = {self.variable(item.name)};")
        delta = len(outputs) - n_in
        if delta:
            self.emit(f"sp {'+' if delta > 0 else '-'}= {abs(delta)};")

    def return_value(self, node: ast.expr) -> None:
        """return_(v): pop the inputs, push v, and unwind (see unwind_return in vm.c.j2)."""
        ins = self.op.stack.inputs
        first = ins[0] if ins else None
        in_place = (first is not None and not first.counted and isinstance(node, ast.Name)
                    and node.id == first.name and first.name not in self.assigned)
        if self.counted:
            if not in_place:
                self.emit(f"{self.slot('0')} = {self.expr(node)};")
            self.uses_bottom = True
            self.emit("sp = bottom;")
        else:
            if not in_place:
                self.emit(f"sp[{1 - len(ins)}] = {self.expr(node)};")
            if len(ins) != 1:
                self.emit(f"sp {'+' if len(ins) < 1 else '-'}= {abs(1 - len(ins))};")
        self.emit("goto unwind_return;")

    # --- the whole case -------------------------------------------------------------------
    def prologue(self) -> list[str]:
        """Operand decoding, operand fields, `bottom` and the input reads, for what is used."""
        ind = self.indent * self.base_depth
        reads: list[str] = []
        ins = self.op.stack.inputs
        if self.counted:
            for slot in layout(ins):
                if slot.item.name not in self.refs:
                    continue
                if slot.item.counted:
                    reads.append(f"mp_obj_t *{slot.item.name} = {self.slot_pointer(slot.offset)};")
                else:
                    reads.append(f"mp_obj_t {slot.item.name} = {self.slot(slot.offset)};")
            if self.uses_bottom:
                reads.insert(0, f"mp_obj_t *bottom = {self.bottom_expr()};")
        else:
            for i, item in enumerate(ins):
                if item.name in self.refs:
                    reads.append(f"mp_obj_t {item.name} = sp[{i + 1 - len(ins)}];")
        fields = []
        for o in self.op.operands:
            for fname, fexpr in o.fields:
                if fname in self.refs:
                    fields.append(f"mp_int_t {fname} = {self.int_expr(fexpr)};")
        decode = [decode_operand(o, o.name in self.refs) for o in self.op.operands]
        return [ind + line for line in decode + fields + reads]

    def render(self) -> str:
        op = self.op
        check_names(op)
        self.statements(op.info.tree)
        if op.info.falls_through:
            self.write_outputs(op.stack.outputs)
            self.emit("DISPATCH();")
        body = self.lines
        self.lines = []
        for name in self.hoisted:
            if name in self.objs_results:
                self.emit(f"mp_obj_t *{name} = {self.slot_pointer(self.objs_results[name])};")
            else:
                self.emit(f"{declare(C_TYPES[self.types[name]], name)};")
        hoisted = self.lines
        return "\n".join(self.prologue() + hoisted + body)


def decode_operand(o: Operand, used: bool) -> str:
    kind = o.kind
    if kind.label:
        ctype, call = "const byte *", f"decode_{kind.codec}_label(&ip)"
    elif kind.type == "qstr":
        ctype, call = "qstr", f"qstrs[decode_{kind.codec}(&ip)]"
    else:
        ctype, call = "mp_int_t", f"decode_{kind.codec}(&ip)"
    if used:
        return f"{declare(ctype, o.name)} = {call};"
    if kind.codec in _SIZE_OF_CODEC:
        return f"ip += {_SIZE_OF_CODEC[kind.codec]}; // {o.name}, unused"
    return f"decode_{kind.codec}(&ip); // {o.name}, unused"


def check_names(op: Opcode) -> None:
    names = set(op.info.types) if op.info else set()
    names |= {n for o in op.operands for n in [o.name, *(f for f, _ in o.fields)]}
    bad = sorted(names & (C_KEYWORDS | LOOP_NAMES))
    if bad:
        raise TargetError(f"C: `{bad[0]}` is a C keyword or a name the C interpreter uses; rename it",
                          opcode=op.name)


def override_case(env, spec: Spec, op: Opcode, depth: int = 2) -> str:
    """Decoded operands, then the hand-written code of templates/c/overrides/NAME.c.j2."""
    check_names(op)
    name = f"c/overrides/{op.name}.c.j2"
    try:
        template = env.get_template(name)
    except jinja2.TemplateNotFound:
        raise TargetError(f"C: no override template templates/{name}", opcode=op.name) from None
    code = template.render(spec=spec, op=op).strip("\n")
    used = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", code))
    ind = CCase.indent * depth
    lines = [ind + decode_operand(o, o.name in used) for o in op.operands]
    lines += [ind + line if line else "" for line in code.splitlines()]
    return "\n".join(lines)


# --- the files ----------------------------------------------------------------------------

def _case_title(op: Opcode) -> str:
    title = f"{op.name} (0x{op.number:02x}): {op.stack}"
    if op.stack_on_jump is not None:
        title += f"; on jump: {op.stack_on_jump}"
    return title


def _dispatch_rows(spec: Spec) -> list[str]:
    by_number = {op.number: op for op in spec.opcodes}
    rows, n = [], 0
    while n < 256:
        if n in by_number:
            rows.append(f"[MP_BC_{by_number[n].name}] = &&entry_MP_BC_{by_number[n].name}")
            n += 1
            continue
        end = n
        while end + 1 < 256 and end + 1 not in by_number:
            end += 1
        span = f"0x{n:02x}" if end == n else f"0x{n:02x} ... 0x{end:02x}"
        rows.append(f"[{span}] = &&entry_unknown")
        n = end + 1
    return rows


def cases(env, spec: Spec) -> list[dict[str, str]]:
    out = []
    for op in spec.opcodes:
        try:
            body = override_case(env, spec, op) if op.is_override else CCase(spec, op).render()
        except TargetError as exc:
            raise TargetError(str(exc), opcode=exc.opcode or op.name) from None
        doc = op.doc
        if op.is_override:
            doc += f" (hand-written: templates/c/overrides/{op.name}.c.j2)"
        out.append({"name": op.name, "comment": comment(_case_title(op), "    ") + "\n"
                    + comment(doc, "    "), "body": body})
    return out


def outputs(spec: Spec, env, ctx) -> dict[str, str]:
    codecs = {o.kind.codec for op in spec.opcodes for o in op.operands}
    label_codecs = sorted({o.kind.codec for op in spec.opcodes for o in op.operands if o.kind.label})
    uses_qstrs = any(o.kind.type == "qstr" for op in spec.opcodes for o in op.operands)
    name_width = max(len(op.name) for op in spec.opcodes) + len("MP_BC_")
    return {
        "c/bc0.h": env.get_template("c/bc0.h.j2").render(spec=spec, ctx=ctx, name_width=name_width),
        "c/vm_prims.h": env.get_template("c/vm_prims.h.j2").render(
            spec=spec, ctx=ctx, prototypes=prototypes(spec), qstrs=spec.strings()),
        "c/vm.c": env.get_template("c/vm.c.j2").render(
            spec=spec, ctx=ctx, cases=cases(env, spec), codecs=codecs, label_codecs=label_codecs,
            uses_qstrs=uses_qstrs, dispatch_rows=_dispatch_rows(spec)),
    }
