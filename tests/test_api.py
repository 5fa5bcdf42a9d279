"""The public API: vmforge.load(...) and the VM's compile / run_* methods."""
import contextlib
import io
import subprocess
import sys

import pytest

import vmforge
from conftest import ROOT
from vmforge.api import BackendUnavailable


def run_quiet(fn):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = fn()
    return status, out.getvalue()


def test_run_source_and_image_round_trip():
    vm = vmforge.load("plain")
    status, out = run_quiet(lambda: vm.run_source("print(sum(x * x for x in range(4)))", "s.py"))
    assert (status, out) == (0, "14\n")
    data = vm.compile("import math\nprint(math.sqrt(16))\n", "m.py")
    assert data[:4] == b"VMFI"
    status, out = run_quiet(lambda: vm.run_image(data, "m.vmi"))
    assert (status, out) == (0, "4.0\n")


def test_run_file_status_of_system_exit(tmp_path):
    prog = tmp_path / "e.py"
    prog.write_text("import sys\nprint('bye')\nsys.exit(7)\n")
    status, out = run_quiet(lambda: vmforge.load("plain").run_file(prog))
    assert (status, out) == (7, "bye\n")


def test_unknown_backend_is_refused():
    with pytest.raises(BackendUnavailable):
        vmforge.load("fortran")


def test_backend_from_environment():
    code = "import vmforge; print(vmforge.load().backend)"
    env = {"VMFORGE_BACKEND": "plain", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                            env=env)
    assert result.stdout.strip() == "plain", result.stderr


def test_vm_from_user_build_dir(tmp_path):
    out = tmp_path / "myvm"
    gen = subprocess.run([sys.executable, "-m", "vmforge", "gen", "--out", str(out)],
                         capture_output=True, text=True, cwd=ROOT)
    assert gen.returncode == 0, gen.stderr
    vm = vmforge.load("plain", build=out)
    assert vm.gen.__name__ != "vmforge.generated"
    status, out_text = run_quiet(lambda: vm.run_source("print('from', 'my vm')", "u.py"))
    assert (status, out_text) == (0, "from my vm\n")


def test_image_from_another_spec_is_refused(tmp_path):
    from vmforge.image import ImageError
    spec = (ROOT / "spec" / "opcodes.toml").read_text().replace('doc = "push False"', 'doc = "push False!"')
    (tmp_path / "s.toml").write_text(spec)
    out = tmp_path / "other"
    subprocess.run([sys.executable, "-m", "vmforge", "gen", "--spec", str(tmp_path / "s.toml"), "--out", str(out)],
                   check=True, capture_output=True, cwd=ROOT)
    other = vmforge.load("plain", build=out)
    data = other.compile("print(1)", "o.py")
    with pytest.raises(ImageError) as info:
        vmforge.load("plain").run_image(data, "o.vmi")
    assert "image was built for spec " + other.gen.SPEC_HASH in str(info.value)
