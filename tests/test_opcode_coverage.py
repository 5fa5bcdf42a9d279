"""Every opcode of the spec is executed by some corpus program (plain backend, counting)."""
import contextlib
import io

from conftest import ROOT
from test_corpus import PROGRAMS


def test_every_opcode_runs_in_the_corpus():
    import vmforge
    from vmforge.api import VM
    vm = VM("plain", count_opcodes=True)
    for program in PROGRAMS:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            vm.run_file(program, [program.name])
    executed = set(vm.opcode_counts)
    spec = {info.name for info in vm.gen.opcodes.OPCODES.values()}
    missing = sorted(spec - executed)
    assert not missing, f"no corpus program executes: {', '.join(missing)}"
