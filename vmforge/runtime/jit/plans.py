"""Which code objects the compiled loop may run, and the record that keeps it honest.

Static test: a code object is worth entering only if it has a loop (a backward jump)
whose every instruction the compiled loop runs inline, or makes calls and has no
instruction the loop cannot run (recursion, calls of such functions); anything else
would trap within a few instructions and pay the entry and deopt conversion for nothing.

Dynamic test: an activation is "useful" when it takes at least PROBE_FUEL jumps inside the
loop before trapping or returning. After MIN_CALLS activations, a code object whose
activations are mostly not useful goes back to plain for good, so trap-heavy code costs
at most a few wasted entries.
"""
from __future__ import annotations

from ...image import CODE_GENERATOR

PROBE_FUEL = 16         # jumps an activation must run inline to count as useful
MIN_CALLS = 8           # activations measured before judging a code object


class Plan:
    """Whether a code object enters the loop, and its record (its bytecode is in Program)."""
    __slots__ = ("active", "calls", "useful", "returns", "deopts", "trap_ops", "name", "eager")

    def __init__(self, name: str, eager: bool = False):
        self.eager = eager              # never judged: a test mode that always enters
        self.name = name
        self.active = True
        self.calls = 0
        self.useful = 0
        self.returns = 0
        self.deopts = 0
        self.trap_ops: dict[int, int] = {}   # opcode number -> deopts it caused

    def record(self, useful: bool) -> None:
        self.calls += 1
        self.useful += useful
        if self.calls >= MIN_CALLS and 2 * self.useful < self.calls and not self.eager:
            self.active = False


def has_inline_loop(raw, opcodes, inline: set) -> bool:
    """Whether raw's bytecode has a backward jump whose loop body is all inline opcodes."""
    insns = list(opcodes.iter_instructions(raw.code, raw.bytecode_start, len(raw.code)))
    for insn in insns:
        info = opcodes.OPCODES[insn.number]
        for operand, value in zip(info.operands, insn.operands):
            if operand.label and value <= insn.offset:
                body = [i for i in insns if value <= i.offset <= insn.offset]
                if all(i.number in inline for i in body):
                    return True
    return False


def calls_inline(raw, opcodes, inline: set) -> bool:
    """Whether raw's bytecode calls and every instruction of it is inline."""
    numbers = [i.number for i in opcodes.iter_instructions(raw.code, raw.bytecode_start, len(raw.code))]
    call = opcodes.BY_NAME["CALL_FUNCTION"].number
    return call in numbers and all(n in inline for n in numbers)


def make_plan(code, opcodes, inline: set, eager: bool = False):
    """A Plan for CodeInfo `code`, or None when the loop should never run it (eager: a
    plan for every function but generators, for tests of the deopt path)."""
    raw = code.raw
    if code.flags & CODE_GENERATOR or not (eager or has_inline_loop(raw, opcodes, inline)
                                                or calls_inline(raw, opcodes, inline)):
        return None
    return Plan(code.qualname, eager)
