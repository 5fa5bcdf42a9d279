"""pytest-benchmark runs of the bench programs per backend (run: pytest bench/).

Programs run in-process; compiling is outside the timed part. CPython runs the same
source through exec() as the reference column (the VM backends never use exec)."""
import contextlib
import io
from pathlib import Path

import pytest

PROGRAMS = sorted((Path(__file__).parent / "programs").glob("*.py"))


def _quiet(fn):
    def run():
        with contextlib.redirect_stdout(io.StringIO()):
            return fn()
    return run


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_cpython(benchmark, program):
    code = compile(program.read_text(), program.name, "exec")
    benchmark.group = program.stem
    benchmark.pedantic(_quiet(lambda: exec(code, {"__name__": "__main__"})), rounds=3, iterations=1)


@pytest.mark.parametrize("backend", ["plain", "jit", "c"])
@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_backend(benchmark, backend, program):
    import vmforge
    from vmforge.api import BackendUnavailable
    try:
        vm = vmforge.load(backend)
    except BackendUnavailable as exc:
        pytest.skip(str(exc))
    data = vm.compile(program.read_text(), program.name)
    benchmark.group = program.stem
    status = benchmark.pedantic(_quiet(lambda: vm.run_image(data, program.name)), rounds=3, iterations=1)
    assert status == 0
