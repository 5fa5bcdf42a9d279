"""A spec edit end to end: add a superinstruction, regenerate into a temp dir, and every
generated piece knows it: assembler, disassembler, verifier, docs, the three loops, and
the compiler (which picks it from `fuses`) with the plain VM running it."""
import contextlib
import io
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, SPEC

NEW_OPCODE = '''
[[opcode]]
name = "LOAD_FAST_PAIR"
number = 0xf0
fuses = ["LOAD_FAST_N", "LOAD_FAST_N"]
operands = [{ kind = "uint", name = "a" }, { kind = "uint", name = "b" }]
stack = "-- x y"
doc = "push local a, then local b"
body = """
x = load_fast(a)
y = load_fast(b)
"""
'''


@pytest.fixture(scope="module")
def edited_vm(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("edit")
    spec = tmp / "opcodes.toml"
    spec.write_text(SPEC.read_text() + NEW_OPCODE)
    out = tmp / "vm"
    result = subprocess.run([sys.executable, "-m", "vmforge", "gen", "--spec", str(spec), "--out", str(out)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return out


def test_tables_assembler_disassembler_verifier(edited_vm):
    import vmforge.generated_vm as gv
    vm = gv.load(edited_vm)
    asm, dis, verify, opcodes = (gv.submodule(vm, n) for n in ("asm", "dis", "verify", "opcodes"))
    assert opcodes.LOAD_FAST_PAIR == 0xF0
    assert opcodes.FUSIONS[("LOAD_FAST_N", "LOAD_FAST_N")] == "LOAD_FAST_PAIR"
    code = asm.assemble("LOAD_FAST_PAIR 0 1\nBINARY_OP ADD\nRETURN_VALUE\n").code
    assert code[0] == 0xF0
    assert "LOAD_FAST_PAIR" in dis.disassemble(code)
    assert verify.verify(code, n_locals=2, bound=(0, 1)).max_depth == 2
    with pytest.raises(verify.VerifyError, match="local 1 may be unbound"):
        verify.verify(code, n_locals=2, bound=(0,))  # its reads are checked as LOAD_FAST's
    with pytest.raises(verify.VerifyError):
        verify.verify(code, n_locals=1)            # local 1 does not exist


def test_docs_and_the_three_loops(edited_vm):
    assert "LOAD_FAST_PAIR" in (edited_vm / "opcodes.md").read_text()
    assert "LOAD_FAST_PAIR" in (edited_vm / "loop_plain.py").read_text()
    assert "LOAD_FAST_PAIR" in (edited_vm / "loop_jit.py").read_text()
    vm_c = (edited_vm / "c" / "vm.c").read_text()
    assert "ENTRY(MP_BC_LOAD_FAST_PAIR)" in vm_c
    if shutil.which("gcc"):
        result = subprocess.run(["gcc", "-std=c11", "-Wall", "-Wextra", "-Werror", "-fsyntax-only",
                                 f"-I{edited_vm / 'c'}", f"-I{ROOT / 'vmforge' / 'runtime' / 'c'}",
                                 str(edited_vm / "c" / "vm.c")], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


def test_compiler_uses_it_and_plain_runs_it(edited_vm):
    import vmforge
    vm = vmforge.load("plain", build=edited_vm)
    source = "def f(a, b):\n    return max(a, b) - min(a, b)\nprint(f(3, 10), f(7, 2))\n"
    from vmforge.compiler import compile_source
    img = compile_source(source, "pair.py", vm.gen)
    function = img.codes[1]
    names = [i.name for i in vm.gen.opcodes.iter_instructions(function.code, function.bytecode_start)]
    assert "LOAD_FAST_PAIR" in names
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert vm.run_source(source, "pair.py") == 0
    assert out.getvalue() == "7 5\n"
