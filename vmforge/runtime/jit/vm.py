"""JitVM: plain's runtime, with plain functions' frames run by the compiled loop.

Everything but the dispatch of a function activation is PlainVM's: primitives, builtins,
imports, generators, module and class bodies, tracebacks. When a plain function is
called and its code object has a plan (see plans.py), its locals become words and run()
executes the frame. On RETURN the result comes back as a host value. On TRAP or
STACK_FULL the activation deoptimises: locals, stack and ip become a plain Frame state
and plain's execute() finishes that activation (the loop never re-enters it), so
exceptions, finally blocks, calls and line numbers are exactly plain's.

Activations never nest inside run(): run() calls no host code, and a trapping frame is
converted out before plain runs anything. So one pair of word arrays serves the VM; the
`busy` flag covers the one way host code can still run meanwhile (a finalizer called by
the garbage collector during a conversion): such a call runs on plain.
"""
from __future__ import annotations

import numpy as np

from ..plain.objects import NULL
from ..plain.vm import PlainVM
from .loop import STACK_WORDS, load_loop
from .plans import PROBE_FUEL, make_plan
from .words import make_codec

FUEL = 1 << 20          # jumps per run() call: between calls Python can deliver Ctrl-C
_UNPLANNED = object()


class JitVM(PlainVM):
    backend = "jit"

    def __init__(self, build=None, eager: bool = False, **options):
        super().__init__(build, **options)
        self.eager = eager              # enter every function activation (to test deopts)
        self.loop = load_loop(self.gen)
        self.to_word, self.to_value = make_codec(self.loop)
        self.inline = set(self.loop.INLINE)
        # the debug modes count or budget plain's instructions: the loop would bypass them
        self.jit_enabled = self.counts is None and self.steps_left is None
        self.plans: dict = {}           # CodeInfo -> Plan, or None: never worth entering
        self.stack_words = np.zeros(STACK_WORDS, dtype=np.int64)
        self.fast_words = np.zeros(64, dtype=np.int64)
        self.busy = False               # the word arrays hold a live activation

    def run_frame(self, frame, inject=NULL):
        # PlainVM.run_frame's bookkeeping, with the choice of executor inside it so that
        # a code object without a plan pays one dict lookup per call, no extra call
        if self.depth >= self.recursion_limit:
            raise RecursionError("maximum recursion depth exceeded")
        saved = self.globals, self.locals, self.frame
        self.globals, self.locals, self.frame = frame.globals, frame.locals, frame
        self.depth += 1
        try:
            plan = self.plans.get(frame.code, _UNPLANNED)
            if plan is None:
                return self.execute(frame, inject)
            if plan is _UNPLANNED:
                plan = self.plans[frame.code] = self._plan(frame, inject)
            # only fresh activations: a generator resumes mid-frame (and has no plan)
            if (plan is not None and plan.active and inject is NULL and frame.ip == frame.code.start
                    and not self.busy):
                self.busy = True
                try:
                    returned, value = self._run_compiled(frame, plan)
                finally:
                    self.busy = False
                if returned:
                    return value        # else deoptimised: plain continues at frame.ip
            return self.execute(frame, inject)
        finally:
            self.depth -= 1
            self.globals, self.locals, self.frame = saved

    def _plan(self, frame, inject):
        """A code object's plan, made on its first activation; None keeps it plain for good.
        Module and class bodies (run with a locals dict) are never planned."""
        if not self.jit_enabled or frame.locals is not None or inject is not NULL:
            return None
        return make_plan(frame.code, self.gen.opcodes, self.inline, self.eager)

    def _run_compiled(self, frame, plan) -> tuple[bool, object]:
        """(True, result) when the loop ran the frame to its return; (False, None) when it
        trapped and the frame now holds the state for plain to continue."""
        loop, to_word, to_value = self.loop, self.to_word, self.to_value
        table: list = []
        n = len(frame.fast)
        fast = self.fast_words
        if len(fast) < n:
            fast = self.fast_words = np.zeros(2 * n, dtype=np.int64)
        fast[:n] = [to_word(v, table) for v in frame.fast]
        stack = self.stack_words
        # a short probe first: an activation that takes PROBE_FUEL jumps inline is useful
        status, ip, sp = loop.run(plan.code, frame.ip, stack, 0, fast, 0, PROBE_FUEL)
        plan.record(status == loop.PAUSE)
        while status == loop.PAUSE:     # Python delivers signals (Ctrl-C) between calls
            status, ip, sp = loop.run(plan.code, ip, stack, sp, fast, 0, FUEL)
        if status == loop.RETURN:
            # no block can be active (push_block traps), so a return returns directly
            plan.returns += 1
            return True, to_value(int(stack[sp - 1]), table)
        # TRAP or STACK_FULL: deoptimise, plain runs the instruction at ip and the rest
        plan.deopts += 1
        opcode = int(plan.code[ip])
        plan.trap_ops[opcode] = plan.trap_ops.get(opcode, 0) + 1
        frame.fast[:] = [to_value(w, table) for w in fast[:n].tolist()]
        frame.stack[:] = [to_value(w, table) for w in stack[:sp].tolist()]
        frame.ip = ip
        return False, None

    def jit_stats(self) -> list[dict]:
        """Per code object the loop ran: activations, useful ones, returns, deopts by opcode."""
        names = {n: info.name for n, info in self.gen.opcodes.OPCODES.items()}
        out = []
        for code, plan in self.plans.items():
            if plan is None:
                continue
            out.append({"code": plan.name, "calls": plan.calls, "useful": plan.useful,
                        "returns": plan.returns, "deopts": plan.deopts, "active": plan.active,
                        "traps": {names[k]: v for k, v in sorted(plan.trap_ops.items())}})
        return out
