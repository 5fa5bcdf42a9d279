"""Whole-program images: bundled modules and the table of pre-compiled eval/exec sources
(vmforge/compiler/program.py), on the plain backend and, when gcc is there, the C VM."""
import shutil
import struct
import subprocess
import sys
import zlib

import pytest

from conftest import ROOT
from vmforge import image
from vmforge.generated_vm import load as load_generated

MAIN = "import helper_a\nfrom helper_a import twice\nprint(helper_a.NAME, twice(4))\nhelper_a.boom()\n"
HELPER_A = "import helper_b\nNAME = helper_b.NAME + 'a'\n\ndef twice(x):\n    return 2 * x\n\n" \
           "def boom():\n    raise ValueError('boom')\n"
HELPER_B = "NAME = 'b'\n"
EVAL_PROG = ("ops = {'add': 'a + b', 'mul': 'a * b'}\n"
             "for k, src in ops.items():\n    print(k, eval(src, {'a': 3, 'b': 4}))\n"
             "try:\n    eval('1 +')\nexcept SyntaxError as e:\n    print('SyntaxError', e)\n"
             "exec('def sq(n):\\n    return n * n\\nprint(sq(5))')\n"
             "print(eval(compile('2 ** 5', '<c>', 'eval')))\n")


def vmforge(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "vmforge", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def program(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "main.py").write_text(MAIN)
    (src / "helper_a.py").write_text(HELPER_A)
    (src / "helper_b.py").write_text(HELPER_B)
    return src / "main.py"


def _load(data: bytes) -> image.Image:
    vm = load_generated(None)
    return image.load(data, spec_hash=vm.SPEC_HASH, format_version=vm.FORMAT_VERSION)


def test_compile_bundles_imports_transitively(program, tmp_path):
    out = tmp_path / "main.vmi"
    assert vmforge("compile", str(program), "-o", str(out)).returncode == 0
    img = _load(out.read_bytes())
    assert [m.name for m in img.modules] == ["helper_a", "helper_b"]
    assert img.sources == []                  # no eval/exec/compile: no table
    assert vmforge("compile", "--no-bundle", str(program), "-o", str(out)).returncode == 0
    assert _load(out.read_bytes()).modules == []


def test_plain_runs_a_bundled_image_away_from_its_sources(program, tmp_path):
    out = tmp_path / "elsewhere" / "main.vmi"
    out.parent.mkdir()
    assert vmforge("compile", str(program), "-o", str(out)).returncode == 0
    result = vmforge("run", str(out), cwd=out.parent)
    assert result.stdout == "ba 8\n"
    assert result.returncode == 1
    assert result.stderr.splitlines()[-3:] == ['  File "helper_a.py", line 8, in boom',
                                               "    raise ValueError('boom')", "ValueError: boom"] \
        or result.stderr.splitlines()[-2:] == ['  File "helper_a.py", line 8, in boom', "ValueError: boom"]


def test_source_table_records_modes_and_syntax_errors(tmp_path):
    prog = tmp_path / "ev.py"
    prog.write_text(EVAL_PROG)
    out = tmp_path / "ev.vmi"
    assert vmforge("compile", str(prog), "-o", str(out)).returncode == 0
    img = _load(out.read_bytes())
    table = {(e.text, e.mode): e for e in img.sources}
    assert table[("a + b", "eval")].image is not None and ("a + b", "exec") in table
    assert table[("1 +", "eval")].error == ("SyntaxError", "invalid syntax", 1, 0)
    assert ("2 ** 5", "eval") in table
    assert ("add", "eval") not in table       # a bare name: not worth an entry
    assert not any(t == "<c>" for t, _ in table)
    round_trip = _load(image.dump(img))
    assert [(e.text, e.mode, e.error) for e in round_trip.sources] == \
        [(e.text, e.mode, e.error) for e in img.sources]


def test_old_layout_is_refused(program, tmp_path):
    out = tmp_path / "main.vmi"
    assert vmforge("compile", str(program), "-o", str(out)).returncode == 0
    data = bytearray(out.read_bytes())
    struct.pack_into("<H", data, 6, 0)
    out.write_bytes(bytes(data))
    result = vmforge("run", str(out))
    assert result.returncode == 2 and "layout 0" in result.stderr and "recompile it" in result.stderr


# --- the C VM ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def c_vm():
    if shutil.which("gcc") is None:
        pytest.skip("no C compiler")
    from vmforge import cbuild
    return cbuild.build("asan", quiet=True)


def _fix_crc(data: bytes) -> bytes:
    return data[:20] + struct.pack("<I", zlib.crc32(data[24:])) + data[24:]


def test_c_vm_imports_bundled_modules_and_files(c_vm, program, tmp_path):
    out = tmp_path / "b" / "main.vmi"
    out.parent.mkdir()
    assert vmforge("compile", str(program), "-o", str(out)).returncode == 0
    result = subprocess.run([str(c_vm), str(out)], capture_output=True, text=True, cwd=tmp_path)
    assert result.stdout == "ba 8\n" and result.returncode == 1
    assert '  File "helper_a.py", line 8, in boom' in result.stderr
    # unbundled: helper_a.vmi beside the image is found, helper_b is missing
    assert vmforge("compile", "--no-bundle", str(program), "-o", str(out)).returncode == 0
    assert vmforge("compile", "--no-bundle", str(program.parent / "helper_a.py"), "-o",
                   str(out.parent / "helper_a.vmi")).returncode == 0
    result = subprocess.run([str(c_vm), str(out)], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == "ModuleNotFoundError: No module named 'helper_b'"


def test_c_vm_eval_exec_compile_from_the_table(c_vm, tmp_path):
    prog = tmp_path / "ev.py"
    prog.write_text(EVAL_PROG + "src = str(1) + '+1'\neval(src)\n")
    out = tmp_path / "ev.vmi"
    assert vmforge("compile", str(prog), "-o", str(out)).returncode == 0
    result = subprocess.run([str(c_vm), str(out)], capture_output=True, text=True)
    assert result.stdout == "add 7\nmul 12\nSyntaxError invalid syntax (<string>, line 1)\n25\n32\n"
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == ("NotImplementedError: eval() of a source not seen when the "
                                              "image was built: the C VM has no compiler")


def test_c_vm_refuses_corrupt_bundles(c_vm, program, tmp_path):
    out = tmp_path / "main.vmi"
    assert vmforge("compile", str(program), "-o", str(out)).returncode == 0
    good = out.read_bytes()
    bundle_at = len(image.dump(image.Image(*_main_unit(good)))) - 2    # after the main unit
    for cut in range(bundle_at, len(good), 7):   # truncated inside the bundle
        out.write_bytes(_fix_crc(good[:cut]))
        result = subprocess.run([str(c_vm), str(out)], capture_output=True, text=True)
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith("vmforge-c: ") and "image" in result.stderr
        assert "Sanitizer" not in result.stderr and "runtime error" not in result.stderr


def _main_unit(data: bytes):
    img = _load(data)
    return img.strings, img.codes, img.spec_hash, img.format_version
