"""`vmforge board test`: corpus programs on a board under QEMU, compared with CPython's output.

A corpus is a folder of NAME.py programs with CPython's NAME.exp (stdout), NAME.status (exit
status, default 0) and NAME.err (stderr) beside them, and a regen.py whose normalise_stderr()
makes tracebacks comparable (the project's own is tests/corpus/). A program that needs a
feature the board turns off is skipped, with the reason; the features a program needs are
read from its image (opcodes and code flags), a conservative over-approximation.
"""
from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

from ..image import CODE_GENERATOR
from .board import Board
from .strip import code_objects


@dataclass
class Outcome:
    name: str
    passed: bool = False
    skipped: str | None = None        # why, when skipped
    detail: str = ""                  # what differed, when failed


@dataclass
class Report:
    board: str
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, kind: str) -> int:
        if kind == "skipped":
            return sum(o.skipped is not None for o in self.outcomes)
        if kind == "passed":
            return sum(o.passed for o in self.outcomes)
        return sum(o.skipped is None and not o.passed for o in self.outcomes)


def programs(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.glob("*.py") if not p.name.startswith("helper_") and p.name != "regen.py")


def expected(program: Path) -> tuple[bytes, int, str]:
    status_file = program.with_suffix(".status")
    err_file = program.with_suffix(".err")
    return (program.with_suffix(".exp").read_bytes(),
            int(status_file.read_text()) if status_file.exists() else 0,
            err_file.read_text(encoding="utf-8") if err_file.exists() else "")


def normaliser(corpus: Path):
    """The corpus's normalise_stderr (regen.py), or one that only trims whitespace."""
    regen = corpus / "regen.py"
    if not regen.is_file():
        return lambda text: text.strip()
    spec = importlib.util.spec_from_file_location("vmforge_corpus_regen", regen)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.normalise_stderr


def needed_features(img, gen, status: int, err: str) -> dict[str, str]:
    """feature -> why the program needs it, from every code object of the image."""
    opcodes, binary_ops = gen.opcodes, gen.opcodes.ENUMS["binary_op"]
    float_ops = {binary_ops.index(n) for n in ("TRUE_DIVIDE", "INPLACE_TRUE_DIVIDE") if n in binary_ops}
    big_ops = {binary_ops.index(n) for n in ("POWER", "INPLACE_POWER", "LSHIFT", "INPLACE_LSHIFT")
               if n in binary_ops}
    need: dict[str, str] = {}
    for code in code_objects(img):
        if code.flags & CODE_GENERATOR:
            need.setdefault("generators", "defines a generator")
        for ins in opcodes.iter_instructions(code.code, code.bytecode_start):
            if ins.name == "LOAD_BUILD_CLASS":
                need.setdefault("classes", "defines a class")
            elif ins.name == "LOAD_CONST_DEC":
                need.setdefault("float", "has a float constant")
            elif ins.name == "LOAD_CONST_INT":
                need.setdefault("bigint", "has an int constant past the small-int range")
            for kind, op in zip((o.kind for o in opcodes.OPCODES[ins.number].operands), ins.operands):
                if kind != "binary_op":
                    continue
                if op in float_ops:
                    need.setdefault("float", "divides with /")
                elif op in big_ops:
                    need.setdefault("bigint", "uses ** or <<, which may leave the small ints")
    if status != 0 and err.startswith("Traceback"):
        need.setdefault("exceptions_traceback", "ends in a traceback")
    return need


def run_corpus(board: Board, elf: Path, corpus: Path, names: list[str] | None, workdir: Path, gen,
               timeout: float | None = None, progress=None) -> Report:
    """Compile and run each program; progress(outcome) is called after each one."""
    from ..compiler.program import compile_program
    from ..image import dump
    from .qemu import run as run_qemu
    normalise = normaliser(corpus)
    chosen = programs(corpus)
    if names:
        chosen = [p for p in chosen if p.stem in names]
    report = Report(board.name)
    workdir.mkdir(parents=True, exist_ok=True)
    for program in chosen:
        outcome = Outcome(program.stem)
        want_out, want_status, want_err = expected(program)
        img = compile_program(program, gen)
        off = {f: why for f, why in needed_features(img, gen, want_status, want_err).items()
               if not board.features.get(f, True)}
        if off:
            outcome.skipped = "; ".join(f"needs {f} ({why})" for f, why in sorted(off.items()))
        else:
            image = workdir / f"{program.stem}.vmi"
            image.write_bytes(dump(img))
            result = run_qemu(board, elf, image, timeout=timeout or board.timeout)
            got_err = normalise(result.stderr.decode("utf-8", "replace"))
            if result.timed_out:
                outcome.detail = "timed out"
            elif result.stdout != want_out:
                outcome.detail = "stdout differs"
            elif result.status != want_status:
                outcome.detail = f"exit status {result.status}, CPython's {want_status}"
            elif got_err != normalise(want_err):
                outcome.detail = "stderr differs: " + (got_err.strip().splitlines() or [""])[-1][:100]
            else:
                outcome.passed = True
        report.outcomes.append(outcome)
        if progress is not None:
            progress(outcome)
    return report
