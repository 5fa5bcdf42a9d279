"""JitVM: plain's runtime, with plain functions' frames run by the compiled loop.

Everything but the dispatch of a function activation is PlainVM's: primitives, builtins,
imports, generators, module and class bodies, tracebacks. When a plain function is
called and its code object has a plan (see plans.py), its locals become words and run()
executes the frame, and inside it the calls of functions reachable through the globals
(program.py) as loop frames. On RETURN from the entry frame the result comes back as a
host value. On TRAP or STACK_FULL, at any depth, the activation deoptimises: every loop
frame becomes a plain Frame (locals, stack, ip), the innermost continues on plain's
execute(), and each result (or exception) goes back to its caller as plain's call would
have delivered it: pushed, with the caller resumed after its CALL_FUNCTION, or raised
at the CALL_FUNCTION. So exceptions, tracebacks, recursion depth and line numbers are
exactly plain's; the loop never re-enters a deoptimised activation.

Activations never nest inside run(): run() calls no host code, and a trapping frame is
converted out before plain runs anything. So one set of word arrays serves the VM; the
`busy` flag covers the one way host code can still run meanwhile (a finalizer called by
the garbage collector during a conversion): such a call runs on plain.
"""
from __future__ import annotations

import numpy as np

from ..plain.objects import NULL, Frame
from ..plain.vm import PlainVM
from .loop import FAST_WORDS, FRAME_ROWS, OBJ_ROWS, STACK_WORDS, empty_frames, empty_objs, load_loop
from .plans import PROBE_FUEL, Plan, make_plan
from .program import Program
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
        self.program = Program(self.loop, self.gen.opcodes)
        self.stack_words = np.zeros(STACK_WORDS, dtype=np.int64)
        self.fast_words = np.zeros(FAST_WORDS, dtype=np.int64)
        self.frame_words = empty_frames(self.loop, FRAME_ROWS)
        self.obj_words = empty_objs(self.loop, OBJ_ROWS)
        self.busy = False               # the word arrays hold a live activation
        self.enter = self._enter

    def _enter(self, frame, inject=NULL):
        """PlainVM.run_frame's executor: the compiled loop for a fresh activation whose
        code object has a plan, plain's loop otherwise (one dict lookup per call)."""
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
                returned, value, chain = self._run_compiled(frame, plan)
            finally:
                self.busy = False
            if returned:
                return value        # else deoptimised: plain continues at frame.ip
            if chain:
                inject = self._settle(chain, 0)
        return self.execute(frame, inject)

    def _settle(self, chain, i):
        """Finish the deoptimised frames above chain[i] on plain and set chain[i] up to
        continue as plain's CALL_FUNCTION would: the result pushed and ip after the call,
        or ip at the call and the exception to raise there (returned, else NULL)."""
        caller, call_ip, ret_ip = chain[i]
        try:
            value = self._resume(chain, i + 1)
        except BaseException as exc:
            caller.ip = call_ip
            return exc
        caller.stack.append(value)
        caller.ip = ret_ip
        return NULL

    def _resume(self, chain, i):
        """Run deoptimised chain[i] to its end with run_frame's bookkeeping (its depth was
        never counted: the loop ran it)."""
        frame = chain[i][0]
        saved = self.globals, self.locals, self.frame
        self.globals, self.locals, self.frame = frame.globals, frame.locals, frame
        self.depth += 1
        try:
            inject = self._settle(chain, i) if i + 1 < len(chain) else NULL
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

    def _callable(self, code) -> bool:
        """Whether the loop may run calls of code: not while its plan is retired to plain."""
        plan = self.plans.get(code)
        return plan is None or not isinstance(plan, Plan) or plan.active

    def _run_compiled(self, frame, plan):
        """(True, result, None) when the loop ran the frame to its return; (False, None,
        chain) when it trapped: frame holds the state for plain to continue and chain,
        when the trap was in a nested loop frame, the frames to settle (see _settle)."""
        loop, to_word, to_value, program = self.loop, self.to_word, self.to_value, self.program
        table: list = []
        code = frame.code
        n = len(code.local_names)       # the rest of the state is NULL, and never read
        fast = self.fast_words
        fast[:n] = [to_word(v, table) for v in frame.fast[:n]]
        hcode, by_base = program.enter(code, frame.globals, self.builtins, table, to_word, self._callable)
        row = program.ids[code]
        frames = self.frame_words
        frames[0, loop.F_CODE] = row
        frames[0, loop.F_FP] = 0
        frames[0, loop.F_SBASE] = 0
        frames[0, loop.F_GBASE] = program.codes[row, loop.C_GBASE]
        code_words, codes, globs = program.code, program.codes, program.globs
        max_depth = self.recursion_limit - self.depth
        stack = self.stack_words
        objs = self.obj_words
        objs[0, 0] = 0
        ip = program.bases[row] + frame.ip
        # a short probe first: an activation that takes PROBE_FUEL jumps inline is useful
        status, ip, sp, depth = loop.run(code_words, ip, stack, 0, fast, 0, PROBE_FUEL,
                                         frames, codes, globs, hcode, objs, max_depth)
        plan.record(status == loop.PAUSE)
        while status == loop.PAUSE:     # Python delivers signals (Ctrl-C) between calls
            status, ip, sp, depth = loop.run(code_words, ip, stack, sp, fast, depth, FUEL,
                                             frames, codes, globs, hcode, objs, max_depth)
        if objs[0, 0]:                  # words of iterators the loop made may be about
            to_value = self._loop_values(to_value, table, objs)
        if status == loop.RETURN:
            # no block can be active (push_block traps), so a return returns directly
            plan.returns += 1
            return True, to_value(int(stack[sp - 1]), table), None
        # TRAP or STACK_FULL: deoptimise every loop frame; plain runs the instruction at ip
        rows = frames[:depth + 1].tolist()
        infos = program.code_infos
        inner = self.plans.get(infos[rows[depth][loop.F_CODE]])
        counted = inner if isinstance(inner, Plan) else plan
        counted.deopts += 1
        opcode = int(code_words[ip])
        counted.trap_ops[opcode] = counted.trap_ops.get(opcode, 0) + 1
        chain = []
        for d, r in enumerate(rows):
            code = infos[r[loop.F_CODE]]
            base = program.bases[r[loop.F_CODE]]
            fp = r[loop.F_FP]
            top = rows[d + 1][loop.F_FN] if d < depth else sp
            n_locals = int(program.codes[r[loop.F_CODE], loop.C_NSTATE])
            values = [to_value(w, table) for w in fast[fp:fp + n_locals].tolist()]
            values += [NULL] * (code.n_state - n_locals)
            if d == 0:
                f = frame
                f.fast[:] = values
            else:
                f = Frame(code, values, by_base[r[loop.F_GBASE]])
            f.stack[:] = [to_value(w, table) for w in stack[r[loop.F_SBASE]:top].tolist()]
            if d < depth:               # where its call was made and where it continues
                callee = rows[d + 1]
                chain.append((f, callee[loop.F_CALL] - base, callee[loop.F_RET] - base))
            else:
                f.ip = ip - base
                chain.append((f, None, None))
        return False, None, chain if depth else None

    def _loop_values(self, to_value, table, objs):
        """to_value that also knows the range iterators the loop made (one object each)."""
        loop_base = self.loop.LOOP_BASE
        made: dict[int, object] = {}

        def value(w, table):
            row = (w >> 1) - loop_base
            if w & 1 or row <= 0:
                return to_value(w, table)
            it = made.get(row)
            if it is None:
                cur, stop, step = objs[row].tolist()
                it = made[row] = iter(range(cur, stop, step))
            return it

        return value

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
