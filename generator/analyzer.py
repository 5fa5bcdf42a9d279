"""Pass 2: turn the raw spec into the model, checking everything a backend relies on.

Every problem is a SpecError naming the file, the line and the opcode.
"""
from __future__ import annotations

import ast
import hashlib
import json

from . import body as bodylang
from . import stack_effect
from .errors import SpecError
from .loader import Located, RawSpec
from .model import CODECS, FLAGS, Enum, Opcode, Operand, OperandKind, Spec

_KIND_KEYS = {"codec", "type", "label", "enum", "doc", "refers"}
_OPCODE_KEYS = {"name", "number", "operands", "stack", "stack_on_jump", "flags", "doc", "body",
                "override", "seed", "fuses", "nullable", "nullable_out"}
_CALLEE_KEYS = {"sig", "raises", "noreturn", "jit", "doc"}
_OPERAND_TYPES = ("int", "qstr", "label")
_FIELD_NODES = (ast.Expression, ast.BinOp, ast.Name, ast.Constant, ast.Load, ast.BitAnd,
                ast.BitOr, ast.RShift, ast.LShift, ast.Add, ast.Sub, ast.Mult, ast.FloorDiv,
                ast.Mod)


def spec_hash(data: dict) -> str:
    """Hash of the spec's content (not its comments or layout): images carry it."""
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


class _Analyzer:
    def __init__(self, raw: RawSpec):
        self.raw = raw

    def error(self, msg: str, line: int | None = None, opcode: str | None = None) -> SpecError:
        return SpecError(msg, file=self.raw.path, line=line, opcode=opcode)

    def table(self, name: str) -> Located:
        return self.raw.tables.get(name) or Located({}, 1, {})

    # --- sections ---------------------------------------------------------------------
    def vm(self) -> tuple[str, str, int]:
        vm = self.table("vm")
        data = self.raw.data.get("vm")
        if not isinstance(data, dict):
            raise self.error("missing [vm] table with `name` and `format_version`")
        name = data.get("name")
        version = data.get("format_version")
        if not isinstance(name, str) or not name:
            raise self.error("[vm] needs a `name` string", vm.line)
        if not isinstance(version, int) or isinstance(version, bool) or not 0 < version < 65536:
            raise self.error("[vm] `format_version` must be an integer 1..65535", vm.line_of("format_version"))
        return name, str(data.get("doc", "")), version

    def enums(self) -> dict[str, Enum]:
        out = {}
        for name, data in self.raw.data.get("enums", {}).items():
            loc = self.table(f"enums.{name}")
            values = data.get("values") if isinstance(data, dict) else None
            if not isinstance(values, list) or not values:
                raise self.error(f"enum `{name}` needs a non-empty `values` list", loc.line)
            for v in values:
                if not isinstance(v, str) or not v.isidentifier():
                    raise self.error(f"enum `{name}`: value {v!r} is not an identifier", loc.line_of("values"))
            if len(set(values)) != len(values):
                dup = next(v for v in values if values.count(v) > 1)
                raise self.error(f"enum `{name}`: value `{dup}` is listed twice", loc.line_of("values"))
            if len(values) > 256:
                raise self.error(f"enum `{name}` has more than 256 values", loc.line_of("values"))
            out[name] = Enum(name, tuple(values), str(data.get("doc", "")))
        return out

    def kinds(self, enums: dict[str, Enum]) -> dict[str, OperandKind]:
        out = {}
        kinds = self.raw.data.get("operand_kinds", {})
        if not kinds:
            raise self.error("no [operand_kinds.*] tables")
        for name, data in kinds.items():
            loc = self.table(f"operand_kinds.{name}")
            if not isinstance(data, dict):
                raise self.error(f"operand kind `{name}` must be a table", loc.line)
            unknown = set(data) - _KIND_KEYS
            if unknown:
                key = sorted(unknown)[0]
                raise self.error(f"operand kind `{name}`: unknown key `{key}`", loc.line_of(key))
            codec = data.get("codec")
            if codec not in CODECS:
                raise self.error(f"operand kind `{name}`: codec {codec!r} is not one of {', '.join(CODECS)}",
                                 loc.line_of("codec"))
            typ = data.get("type", "int")
            if typ not in _OPERAND_TYPES:
                raise self.error(f"operand kind `{name}`: type {typ!r} is not one of {', '.join(_OPERAND_TYPES)}",
                                 loc.line_of("type"))
            label = data.get("label")
            if (label is not None) != (typ == "label") or label not in (None, "forward", "relative"):
                raise self.error(f"operand kind `{name}`: a label kind has type = \"label\" and "
                                 f"label = \"forward\" or \"relative\"", loc.line_of("label"))
            if label == "forward" and codec not in ("u16", "varint"):
                raise self.error(f"operand kind `{name}`: a forward label needs an unsigned codec", loc.line_of("codec"))
            if label == "relative" and codec not in ("u16_excess", "svarint"):
                raise self.error(f"operand kind `{name}`: a relative label needs a signed codec", loc.line_of("codec"))
            enum = data.get("enum")
            if enum is not None and enum not in enums:
                raise self.error(f"operand kind `{name}`: unknown enum `{enum}`", loc.line_of("enum"))
            refers = data.get("refers")
            if refers not in (None, "code") or (refers and typ != "int"):
                raise self.error(f"operand kind `{name}`: refers = \"code\" is the only reference kind, "
                                 f"on an int operand", loc.line_of("refers"))
            out[name] = OperandKind(name, codec, typ, label, enum, str(data.get("doc", "")), refers)
        return out

    def callees(self) -> dict[str, bodylang.Callee]:
        out: dict[str, bodylang.Callee] = {}
        for section, intrinsic in (("primitives", False), ("intrinsics", True)):
            loc = self.table(section)
            for name, data in self.raw.data.get(section, {}).items():
                line = loc.line_of(name)
                if not isinstance(data, dict) or "sig" not in data:
                    raise self.error(f"{section[:-1]} `{name}` needs a `sig`", line)
                unknown = set(data) - _CALLEE_KEYS
                if unknown:
                    raise self.error(f"{section[:-1]} `{name}`: unknown key `{sorted(unknown)[0]}`", line)
                if name in out:
                    raise self.error(f"`{name}` is declared as both a primitive and an intrinsic", line)
                try:
                    sig = bodylang.parse_signature(data["sig"])
                except bodylang.BodyError as exc:
                    raise self.error(f"{section[:-1]} `{name}`: {exc.message}", line) from None
                out[name] = bodylang.Callee(name, sig, intrinsic, bool(data.get("raises", False)),
                                            bool(data.get("noreturn", False)), bool(data.get("jit", False)),
                                            str(data.get("doc", "")))
        return out

    # --- opcodes -----------------------------------------------------------------------
    def operands(self, op: Located, name: str, kinds: dict[str, OperandKind]) -> tuple[Operand, ...]:
        line = op.line_of("operands")
        raw = op.data.get("operands", [])
        if not isinstance(raw, list):
            raise self.error("`operands` must be a list of {kind, name} tables", line, name)
        out = []
        names: set[str] = set()
        for entry in raw:
            if not isinstance(entry, dict) or "kind" not in entry or "name" not in entry:
                raise self.error("each operand is a table with `kind` and `name`", line, name)
            kind = kinds.get(entry["kind"])
            if kind is None:
                raise self.error(f"unknown operand kind `{entry['kind']}` (known: {', '.join(kinds)})", line, name)
            oname = entry["name"]
            if not isinstance(oname, str) or not oname.isidentifier() or oname in names:
                raise self.error(f"operand name {oname!r} is not a fresh identifier", line, name)
            names.add(oname)
            fields = []
            for fname, expr in (entry.get("fields") or {}).items():
                if not fname.isidentifier() or fname in names or not isinstance(expr, str):
                    raise self.error(f"operand field {fname!r} is not a fresh identifier with an expression", line, name)
                try:
                    tree = ast.parse(expr, mode="eval")
                except SyntaxError:
                    raise self.error(f"operand field `{fname}`: `{expr}` does not parse", line, name) from None
                for node in ast.walk(tree):
                    if not isinstance(node, _FIELD_NODES) or (isinstance(node, ast.Name) and node.id != oname):
                        raise self.error(f"operand field `{fname}`: `{expr}` may only use `{oname}` "
                                         f"and integer operators", line, name)
                names.add(fname)
                fields.append((fname, expr))
            out.append(Operand(oname, kind, tuple(fields)))
        if len([o for o in out if o.kind.label]) > 1:
            raise self.error("an opcode has at most one label operand", line, name)
        return tuple(out)

    def opcode(self, op: Located, kinds, callees, int_constants: set[str]) -> Opcode:
        data = op.data
        name = data.get("name")
        if not isinstance(name, str) or not name.isidentifier() or name.upper() != name:
            raise self.error(f"opcode name {name!r} must be an UPPER_CASE identifier", op.line_of("name"))
        unknown = set(data) - _OPCODE_KEYS
        if unknown:
            key = sorted(unknown)[0]
            raise self.error(f"unknown key `{key}`", op.line_of(key), name)
        number = data.get("number")
        if not isinstance(number, int) or isinstance(number, bool) or not 0 <= number <= 255:
            raise self.error(f"number {number!r} is outside 0..255", op.line_of("number"), name)
        doc = data.get("doc")
        if not isinstance(doc, str) or not doc.strip():
            raise self.error("needs a one-line `doc`", op.line, name)
        operands = self.operands(op, name, kinds)
        scalars: dict[str, str] = {}
        for o in operands:
            scalars[o.name] = o.kind.type
            for f, _ in o.fields:
                scalars[f] = "int"
        size_names = {n for n, t in scalars.items() if t == "int"}

        def effect(key: str) -> stack_effect.StackEffect | None:
            text = data.get(key)
            if text is None:
                return None
            if not isinstance(text, str):
                raise self.error(f"`{key}` must be a string like \"a b -- c\"", op.line_of(key), name)
            try:
                eff = stack_effect.parse(text, size_names)
            except stack_effect.StackEffectError as exc:
                raise self.error(f"stack effect `{text}`: {exc}", op.line_of(key), name) from None
            clash = eff.names() & set(scalars)
            if clash:
                raise self.error(f"stack item `{sorted(clash)[0]}` has the name of an operand", op.line_of(key), name)
            return eff

        stack = effect("stack")
        if stack is None:
            raise self.error("needs a `stack` effect (\"--\" for none)", op.line, name)
        on_jump = effect("stack_on_jump")
        if on_jump is not None and on_jump.inputs != stack.inputs:
            raise self.error("`stack_on_jump` must have the same inputs as `stack`", op.line_of("stack_on_jump"), name)

        flags = data.get("flags", [])
        if not isinstance(flags, list) or any(f not in FLAGS for f in flags):
            bad = [f for f in flags if f not in FLAGS] if isinstance(flags, list) else flags
            raise self.error(f"unknown flag {bad!r} (known: {', '.join(FLAGS)})", op.line_of("flags"), name)

        body = data.get("body")
        override = data.get("override")
        if (body is None) == (override is None):
            raise self.error("needs exactly one of `body` and `override`", op.line, name)
        info = None
        if body is not None:
            if not isinstance(body, str):
                raise self.error("`body` must be a string", op.line_of("body"), name)
            body_line = op.line_of("body")
            key_text = self.raw.text.splitlines()[body_line - 1] if body_line else ""
            first = body_line + 1 if ('"""' in key_text or "'''" in key_text) else body_line
            info = self.check_body(body, name, first, scalars, stack, on_jump, callees, int_constants)
            flags = self.derive_flags(name, op, flags, info, callees)
        elif not isinstance(override, str) or not override.strip():
            raise self.error("`override` must say why the opcode is hand-written per backend",
                             op.line_of("override"), name)
        fuses = data.get("fuses", [])
        if not isinstance(fuses, list) or not all(isinstance(f, str) for f in fuses) or len(fuses) == 1:
            raise self.error("`fuses` lists two or more opcode names", op.line_of("fuses"), name)
        nullable = self.nullable(op, name, "nullable", [i.name for i in stack.inputs])
        outs = [i.name for e in (stack, on_jump) if e for i in e.outputs]
        nullable_out = self.nullable(op, name, "nullable_out", outs)
        return Opcode(name, number, operands, stack, on_jump, tuple(flags), doc.strip(),
                      body, info, override, bool(data.get("seed", False)), op.line, tuple(fuses),
                      nullable, nullable_out)

    def nullable(self, op: Located, name: str, key: str, items: list[str]) -> tuple[str, ...]:
        """`nullable` / `nullable_out`: names of the stack effect's inputs / outputs."""
        names = op.data.get(key, [])
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise self.error(f"`{key}` lists stack item names", op.line_of(key), name)
        for n in names:
            if n not in items:
                what = "input" if key == "nullable" else "output"
                raise self.error(f"`{key}` names `{n}`, which is not an {what} of the stack effect",
                                 op.line_of(key), name)
        return tuple(names)

    def check_body(self, body, name, first_line, scalars, stack, on_jump, callees, int_constants):
        def types(items):
            return {i.name: ("objs" if i.counted else "obj") for i in items}
        try:
            return bodylang.check(
                body, scalars=scalars, inputs=types(stack.inputs), outputs=types(stack.outputs),
                jump_outputs=types(on_jump.outputs) if on_jump else None, callees=callees,
                int_constants=int_constants,
                output_sizes={i.name: i.size for i in stack.outputs})
        except bodylang.BodyError as exc:
            line = first_line + (exc.lineno or 1) - 1
            raise self.error(exc.message, line, name) from None

    def derive_flags(self, name, op: Located, declared, info, callees) -> list[str]:
        derived = set()
        if info.jumps:
            derived.add("jump")
        if "push_block" in info.calls:
            derived.add("block_setup")
        if not info.falls_through:
            derived.add("terminator")
        if any(callees[c].raises for c in info.calls):
            derived.add("may_raise")
        for flag in declared:
            if flag not in derived:
                raise self.error(f"declares flag `{flag}`, but its body does not do that", op.line_of("flags"), name)
        return [f for f in FLAGS if f in derived]

    def check_fusion(self, fused: Opcode, by_name: dict) -> None:
        """A superinstruction must take its parts' operands in order and have their
        combined stack effect, and only its last part may jump."""
        line = self.raw.opcodes[[o.data.get("name") for o in self.raw.opcodes].index(fused.name)].line_of("fuses")
        parts = []
        for name in fused.fuses:
            if name not in by_name:
                raise self.error(f"fuses `{name}`, which is not an opcode", line, fused.name)
            parts.append(by_name[name])
        kinds = [o.kind.name for p in parts for o in p.operands]
        if kinds != [o.kind.name for o in fused.operands]:
            raise self.error(f"operands must be its parts' operands in order ({', '.join(kinds) or 'none'})",
                             line, fused.name)
        depth = need = 0
        for i, part in enumerate(parts):
            if part.stack.counted or part.is_override:
                raise self.error(f"cannot fuse `{part.name}` (counted stack items or an override)", line, fused.name)
            if part.has("jump") and i != len(parts) - 1:
                raise self.error(f"only the last part may jump (`{part.name}` does)", line, fused.name)
            depth -= len(part.stack.inputs)
            need = max(need, -depth)
            depth += len(part.stack.outputs)
        if (len(fused.stack.inputs), len(fused.stack.outputs)) != (need, need + depth):
            raise self.error(f"stack effect must take {need} and leave {need + depth} items, as its parts do",
                             line, fused.name)

    def run(self) -> Spec:
        name, doc, version = self.vm()
        enums = self.enums()
        kinds = self.kinds(enums)
        callees = self.callees()
        raw_names = [o.data.get("name") for o in self.raw.opcodes]
        int_constants = {n for n in raw_names if isinstance(n, str)}
        for e in enums.values():
            for const, _ in e.constants():
                if const in int_constants:
                    raise self.error(f"enum constant `{const}` has the name of an opcode",
                                     self.table(f"enums.{e.name}").line)
                int_constants.add(const)
        if not self.raw.opcodes:
            raise self.error("the spec has no [[opcode]] tables")
        opcodes: list[Opcode] = []
        by_name: dict[str, Opcode] = {}
        by_number: dict[int, Opcode] = {}
        for located in self.raw.opcodes:
            opc = self.opcode(located, kinds, callees, int_constants)
            if opc.name in by_name:
                raise self.error(f"duplicate opcode name (first at line {by_name[opc.name].line})",
                                 located.line_of("name"), opc.name)
            if opc.name in callees:
                raise self.error("an opcode may not share its name with a primitive", located.line_of("name"), opc.name)
            if opc.number in by_number:
                other = by_number[opc.number]
                raise self.error(f"duplicate opcode number 0x{opc.number:02x} (also {other.name}, line {other.line})",
                                 located.line_of("number"), opc.name)
            by_name[opc.name] = opc
            by_number[opc.number] = opc
            opcodes.append(opc)
        for opc in opcodes:
            if opc.fuses:
                self.check_fusion(opc, by_name)
        hot = self.raw.data.get("dispatch", {}).get("hot", [])
        for h in hot:
            if h not in by_name:
                raise self.error(f"[dispatch] hot lists `{h}`, which is not an opcode",
                                 self.table("dispatch").line_of("hot"))
        opcodes.sort(key=lambda o: o.number)
        return Spec(self.raw.path, name, doc, version, spec_hash(self.raw.data), kinds, enums, callees,
                    opcodes, list(hot), by_name)


def analyze(raw: RawSpec) -> Spec:
    return _Analyzer(raw).run()
