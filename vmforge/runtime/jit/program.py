"""What the compiled loop may call: registered code objects and the global words.

Every code object the loop may run gets a row in `codes` and its bytecode a place in one
concatenated array (jump operands are relative, so a code object runs the same anywhere
in it). Every loaded unit (image) gets a range of `globs`, one slot per string of its
string table, for LOAD_GLOBAL.

On each entry the host fills, for the entry code object and every function reachable
through its globals, the global slots its LOAD_GLOBALs read, from the globals as they
are now: nothing on the host runs until run() gives the frames back (a trap deoptimises
every loop frame to plain), so a global rebound by the program is always seen at the
next entry and the table never needs invalidating.
"""
from __future__ import annotations

import numpy as np

from ...image import CODE_GENERATOR
from ..plain.objects import Function

_VARARGS_OR_VARKW = 0x02 | 0x04


def _call_args(code) -> int:
    """Positional arguments with which a call binds as in plain's fast path, or -1."""
    if (code.flags & (CODE_GENERATOR | _VARARGS_OR_VARKW) or code.cells or code.n_kwonly
            or code.n_params != code.n_pos):
        return -1
    return code.n_pos


class Program:
    """The arrays run() gets for code objects and globals (see loop_jit's docstring)."""

    def __init__(self, loop, opcodes):
        self.loop = loop
        self.opcodes = opcodes
        self.load_global = loop.LOAD_GLOBAL
        self.ids: dict = {}             # CodeInfo -> row
        self.code_infos: list = []      # row -> CodeInfo
        self.bases: list[int] = []      # row -> address of its raw bytes in self.code
        self.names: list[list[int]] = []   # row -> qstrs its LOAD_GLOBALs read
        self.code = np.zeros(0, dtype=np.uint8)
        self.codes = np.zeros((0, loop.N_CODE_FIELDS), dtype=np.int64)
        self.units: dict = {}           # LoadedImage -> its base in globs
        self.globs = np.full(0, loop.MISS, dtype=np.int64)

    def gbase(self, unit) -> int:
        base = self.units.get(unit)
        if base is None:
            base = self.units[unit] = len(self.globs)
            more = np.full(len(unit.strings), self.loop.MISS, dtype=np.int64)
            self.globs = np.concatenate([self.globs, more])
        return base

    def row(self, code) -> int:
        """code's row, registering it on first use."""
        row = self.ids.get(code)
        if row is not None:
            return row
        loop, raw = self.loop, code.raw
        row = self.ids[code] = len(self.code_infos)
        base = len(self.code)
        self.code_infos.append(code)
        self.bases.append(base)
        self.names.append(sorted({insn.operands[0] for insn in
                                  self.opcodes.iter_instructions(raw.code, raw.bytecode_start, len(raw.code))
                                  if insn.number == self.load_global}))
        # stays writable: run() is compiled for that array type (read-only would recompile)
        self.code = np.concatenate([self.code, np.frombuffer(bytes(raw.code), dtype=np.uint8)])
        info = np.zeros((1, loop.N_CODE_FIELDS), dtype=np.int64)
        info[0, loop.C_START] = base + code.start
        info[0, loop.C_NSTATE] = len(code.local_names)   # the verifier keeps locals below it
        info[0, loop.C_NARGS] = _call_args(code)
        info[0, loop.C_GBASE] = self.gbase(code.unit)
        self.codes = np.concatenate([self.codes, info])
        return row

    def enter(self, code, globals_: dict, builtins: dict, table: list, to_word, callable_code):
        """Fill the global words of `code` and of the functions reachable from it; return
        (hcode, globals by gbase). Functions the loop may call get their row in hcode (if
        `callable_code(code)` agrees: their plan is not retired), the builtin range gets
        RANGE_FN; values that are not words go into `table` as handles."""
        miss = self.loop.MISS
        by_base = {self.gbase(code.unit): globals_}
        callees: dict[int, int] = {}    # table index -> row
        seen = {code}
        work = [code]
        while work:
            code = work.pop()
            row = self.row(code)
            base = self.gbase(code.unit)
            g = by_base[base]
            strings = code.unit.strings
            for q in self.names[row]:
                name = strings[q]
                value = g.get(name, miss)
                if value is miss:
                    value = builtins.get(name, miss)
                    if value is miss:
                        self.globs[base + q] = miss      # plain raises the NameError
                        continue
                self.globs[base + q] = to_word(value, table)
                if value is range:
                    callees[len(table) - 1] = self.loop.RANGE_FN
                    continue
                if type(value) is not Function or value.__closure__:
                    continue
                callee = value.code
                if _call_args(callee) < 0 or not callable_code(callee):
                    continue
                cbase = self.gbase(callee.unit)
                if by_base.setdefault(cbase, value.__globals__) is not value.__globals__:
                    continue                # another globals dict for that unit: plain calls it
                callees[len(table) - 1] = self.row(callee)
                if callee not in seen:
                    seen.add(callee)
                    work.append(callee)
        hcode = np.full(max(len(table), 1), -1, dtype=np.int64)
        for index, row in callees.items():
            hcode[index] = row
        return hcode, by_base
