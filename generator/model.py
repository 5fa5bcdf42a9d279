"""The analysed spec: what every emitter and template works from."""
from __future__ import annotations

from dataclasses import dataclass, field

from .body import BodyInfo, Callee
from .stack_effect import StackEffect

CODECS = ("varint", "svarint", "u16", "u16_excess", "byte")
CODEC_RANGES = {           # value range an operand of each codec can hold
    "varint": (0, 2**32 - 1),
    "svarint": (-2**31, 2**31 - 1),
    "u16": (0, 0xFFFF),
    "u16_excess": (-0x8000, 0x7FFF),
    "byte": (0, 0xFF),
}
FLAGS = ("jump", "block_setup", "terminator", "may_raise", "yield", "unwind")


@dataclass(frozen=True)
class OperandKind:
    name: str
    codec: str
    type: str                 # int | qstr | label
    label: str | None         # None | "forward" | "relative"
    enum: str | None
    doc: str
    refers: str | None = None     # "code": an index into the image's code objects

    @property
    def fixed_size(self) -> int | None:
        return {"u16": 2, "u16_excess": 2, "byte": 1}.get(self.codec)


@dataclass(frozen=True)
class Enum:
    name: str
    values: tuple[str, ...]
    doc: str

    @property
    def prefix(self) -> str:
        return self.name.upper()

    def constants(self) -> list[tuple[str, int]]:
        return [(f"{self.prefix}_{v}", i) for i, v in enumerate(self.values)]


@dataclass(frozen=True)
class Operand:
    name: str
    kind: OperandKind
    fields: tuple[tuple[str, str], ...] = ()     # derived ints: (name, expression of the operand)


@dataclass
class Opcode:
    name: str
    number: int
    operands: tuple[Operand, ...]
    stack: StackEffect
    stack_on_jump: StackEffect | None
    flags: tuple[str, ...]
    doc: str
    body: str | None
    info: BodyInfo | None
    override: str | None
    seed: bool
    line: int
    fuses: tuple[str, ...] = ()       # a superinstruction: the opcodes it replaces
    nullable: tuple[str, ...] = ()    # inputs that may be NULL (an absent optional argument)
    nullable_out: tuple[str, ...] = ()    # outputs that may be NULL

    @property
    def is_override(self) -> bool:
        return self.override is not None

    @property
    def jump_effect(self) -> StackEffect:
        return self.stack_on_jump or self.stack

    @property
    def label_operands(self) -> list[Operand]:
        return [o for o in self.operands if o.kind.label]

    @property
    def fixed_size(self) -> int | None:
        size = 1
        for o in self.operands:
            if o.kind.fixed_size is None:
                return None
            size += o.kind.fixed_size
        return size

    def has(self, flag: str) -> bool:
        return flag in self.flags

    @property
    def scalar_names(self) -> list[str]:
        names = []
        for o in self.operands:
            names.append(o.name)
            names.extend(f for f, _ in o.fields)
        return names


@dataclass
class Spec:
    path: str
    name: str
    doc: str
    format_version: int
    hash: str
    kinds: dict[str, OperandKind]
    enums: dict[str, Enum]
    callees: dict[str, Callee]
    opcodes: list[Opcode]                       # by number
    hot: list[str]
    by_name: dict[str, Opcode] = field(default_factory=dict)

    @property
    def primitives(self) -> list[Callee]:
        return [c for c in self.callees.values() if not c.intrinsic]

    @property
    def intrinsics(self) -> list[Callee]:
        return [c for c in self.callees.values() if c.intrinsic]

    @property
    def overrides(self) -> list[Opcode]:
        return [o for o in self.opcodes if o.is_override]

    def enum_constants(self) -> list[tuple[str, int]]:
        out = []
        for e in self.enums.values():
            out.extend(e.constants())
        return out

    def int_constants(self) -> dict[str, int]:
        consts = {o.name: o.number for o in self.opcodes}
        consts.update(self.enum_constants())
        return consts

    def strings(self) -> list[str]:
        """String literals used by bodies: names every runtime interns up front."""
        seen: list[str] = []
        for op in self.opcodes:
            for s in (op.info.strings if op.info else []):
                if s not in seen:
                    seen.append(s)
        return seen

    def dispatch_order(self) -> list[Opcode]:
        hot = [self.by_name[n] for n in self.hot]
        return hot + [o for o in self.opcodes if o.name not in self.hot]
