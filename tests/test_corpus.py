"""Every corpus program on every backend prints what CPython printed (tests/corpus/*.exp).

stdout must match byte for byte, the exit status must match (.status, default 0), and
stderr must match after the same normalisation regen.py applied to CPython's (.err).
"""
import contextlib
import io
import sys
from pathlib import Path

import pytest

from conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"
sys.path.insert(0, str(CORPUS))
from regen import normalise_stderr  # noqa: E402

from vmforge.boards.corpus import programs  # noqa: E402  (what counts as a corpus program)

PROGRAMS = programs(CORPUS)
BACKENDS = ["plain", "jit", "c"]



def expected(program: Path) -> tuple[str, int, str]:
    out = program.with_suffix(".exp").read_text(encoding="utf-8")
    status_file = program.with_suffix(".status")
    status = int(status_file.read_text()) if status_file.exists() else 0
    err_file = program.with_suffix(".err")
    err = err_file.read_text(encoding="utf-8") if err_file.exists() else ""
    return out, status, err


def run_on(backend: str, program: Path) -> tuple[str, int, str]:
    import vmforge
    from vmforge.api import BackendUnavailable
    try:
        vm = vmforge.load(backend)
    except BackendUnavailable as exc:
        pytest.skip(f"{backend}: {exc}")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = vm.run_file(program, [program.name])
    return out.getvalue(), status, err.getvalue()


def test_corpus_is_large_enough():
    assert len(PROGRAMS) >= 200
    for p in PROGRAMS:
        assert p.with_suffix(".exp").exists(), f"{p.name} has no .exp (run tests/corpus/regen.py)"


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_program(backend, program):
    want_out, want_status, want_err = expected(program)
    out, status, err = run_on(backend, program)
    assert out == want_out
    assert status == want_status, f"exit status {status}, CPython's {want_status}\n{err}"
    assert normalise_stderr(err) == want_err
