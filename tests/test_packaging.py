"""The wheel ships the spec, the templates and the generated VM: build it, install it
(not editable) into a fresh venv, and generate and disassemble from there."""
import os
import subprocess
import sys
import venv

import pytest

from conftest import ROOT


@pytest.mark.slow
def test_wheel_installs_and_runs(tmp_path):
    dist = tmp_path / "dist"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(dist), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next(dist.glob("vmforge-*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                              str(wheel)], capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr[-2000:]
    clean_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    where = subprocess.run([str(python), "-c", "import vmforge, vmforge.generated as g; print(vmforge.__file__, g.SPEC_HASH)"],
                           cwd=tmp_path, capture_output=True, text=True, env=clean_env)
    assert where.returncode == 0, where.stderr
    assert str(env_dir) in where.stdout, "vmforge must import from the venv, not the checkout"
    spec_path = subprocess.run([str(python), "-c", "from vmforge.generator import driver; print(driver.DEFAULT_SPEC)"],
                               cwd=tmp_path, capture_output=True, text=True, env=clean_env).stdout.strip()
    out = tmp_path / "myvm"
    gen = subprocess.run([str(python), "-m", "vmforge", "gen", "--spec", spec_path, "--out", str(out)],
                         cwd=tmp_path, capture_output=True, text=True, env=clean_env)
    assert gen.returncode == 0, gen.stderr
    assert (out / "loop_plain.py").exists() and (out / "c" / "vm.c").exists() and (out / "opcodes.md").exists()
    sample = tmp_path / "hello.py"
    sample.write_text("print('hello', 6 * 7)\n")
    dis = subprocess.run([str(python), "-m", "vmforge", "dis", str(sample)], cwd=tmp_path,
                         capture_output=True, text=True, env=clean_env)
    assert dis.returncode == 0, dis.stderr
    assert "BINARY_OP" in dis.stdout or "LOAD_CONST_SMALL_INT" in dis.stdout
    run = subprocess.run([str(python), "-m", "vmforge", "run", "--build", str(out), str(sample)], cwd=tmp_path,
                         capture_output=True, text=True, env=clean_env)
    assert run.returncode == 0, run.stderr
    assert run.stdout == "hello 42\n"
