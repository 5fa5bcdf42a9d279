"""A code object under construction: instructions and labels, assembled with the
generated operand encoders (nothing about the encoding is written here)."""
from __future__ import annotations

from types import ModuleType


class Label:
    __slots__ = ("offset", "name")

    def __init__(self, name: str = ""):
        self.offset: int | None = None
        self.name = name

    def __repr__(self) -> str:
        return f"<label {self.name} @{self.offset}>"


class CodeBuffer:
    def __init__(self, vm_opcodes: ModuleType, vm_codecs: ModuleType):
        self.ops = vm_opcodes
        self.codecs = vm_codecs
        self.items: list = []            # [name, operands, line] lists and Label objects
        self.line = 1

    def emit(self, name: str, *operands) -> None:
        self.items.append((name, operands, self.line))

    def label(self, name: str = "") -> Label:
        return Label(name)

    def mark(self, label: Label) -> None:
        self.items.append(label)

    def last_name(self) -> str | None:
        for item in reversed(self.items):
            if not isinstance(item, Label):
                return item[0]
            return None
        return None

    def _encode(self, info, operands, offset: int, strings) -> bytes:
        out = bytearray([info.number])
        values = list(operands)
        if len(values) != len(info.operands):
            raise ValueError(f"{info.name} takes {len(info.operands)} operands, got {len(values)}")
        for spec, value in zip(info.operands, values):
            encode = getattr(self.codecs, f"encode_{spec.codec}")
            if spec.label:
                if value.offset is None:          # not placed yet: settles on a later pass
                    out += encode(0)
                    continue
                target = value.offset
                value = target - (offset + len(out) + len(encode(0)))
                if spec.codec in ("varint", "svarint"):       # size depends on the value
                    value = target - (offset + len(out) + len(encode(value)))
            elif spec.type == "qstr" and isinstance(value, str):
                value = strings(value)
            out += encode(value)
        return bytes(out)

    def peephole(self) -> None:
        """Replace runs of instructions by the spec's superinstructions (FUSIONS), longest
        first and never across a label, then use the short forms NAME_0..NAME_2 of
        NAME_N for small operands where the spec has them."""
        infos = self.ops.BY_NAME
        fusions = self.ops.FUSIONS
        lengths = sorted({len(k) for k in fusions}, reverse=True)
        items, out, i = self.items, [], 0
        while i < len(items):
            item = items[i]
            if isinstance(item, Label):
                out.append(item)
                i += 1
                continue
            for length in lengths:
                run = items[i:i + length]
                if len(run) < length or any(isinstance(x, Label) for x in run):
                    continue
                fused = fusions.get(tuple(x[0] for x in run))
                if fused is None:
                    continue
                operands = tuple(v for x in run for v in x[1])
                raising = [x for x in run if "may_raise" in infos[x[0]].flags]
                out.append((fused, operands, (raising or run)[0][2]))
                i += length
                break
            else:
                name, operands, line = item
                if name.endswith("_N") and operands and 0 <= operands[0] <= 2:
                    short = f"{name[:-2]}_{operands[0]}"
                    if short in infos and not infos[short].operands:
                        item = (short, (), line)
                out.append(item)
                i += 1
        self.items = out

    def assemble(self, strings) -> tuple[bytes, list[tuple[int, int]]]:
        """Bytes and (offset, line) pairs; `strings(text) -> index` interns qstrs."""
        self.peephole()
        infos = self.ops.BY_NAME
        for _ in range(8):                        # label offsets settle in a pass or two
            code = bytearray()
            lines: list[tuple[int, int]] = []
            moved = False
            for item in self.items:
                if isinstance(item, Label):
                    if item.offset != len(code):
                        moved = True
                        item.offset = len(code)
                    continue
                name, operands, line = item
                if not lines or lines[-1][1] != line:
                    lines.append((len(code), line))
                code += self._encode(infos[name], operands, len(code), strings)
            if not moved:
                return bytes(code), lines
        raise RuntimeError("label offsets did not settle")
