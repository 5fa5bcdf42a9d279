"""Bad input gets a clear message with a location, and the process stays usable."""
import contextlib
import io
import struct
import subprocess
import sys
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT


def vmforge(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "vmforge", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_syntax_error_is_printed_like_cpython(tmp_path):
    prog = write(tmp_path, "bad.py", "x = 1\nif x\n    print(x)\n")
    result = vmforge("run", str(prog))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines() == ['  File "bad.py", line 2', "    if x", "        ^",
                                          "SyntaxError: expected ':'"]


def test_unsupported_construct_names_file_line_column(tmp_path):
    prog = write(tmp_path, "aio.py", "print(1)\n\nasync def f():\n    pass\n")
    result = vmforge("run", str(prog))
    assert result.returncode == 1
    assert '  File "aio.py", line 3' in result.stderr
    assert result.stderr.rstrip().endswith("SyntaxError: 'async def' is not supported by vmforge")
    assert "Traceback" not in result.stderr


def test_compile_error_from_api_has_location(tmp_path):
    import vmforge
    from vmforge.compiler import CompileError
    vm = vmforge.load("plain")
    with pytest.raises(CompileError) as info:
        vm.compile("def f():\n    nonlocal q\n", "nl.py")
    assert info.value.filename == "nl.py" and info.value.line == 1
    assert "no binding for nonlocal 'q'" in str(info.value)
    assert vm.run_source("print('still usable')", "ok.py") == 0


def _image(tmp_path):
    prog = write(tmp_path, "p.py", "def f(n):\n    return n * 2\nprint(f(21))\n")
    out = tmp_path / "p.vmi"
    assert vmforge("compile", str(prog), "-o", str(out)).returncode == 0
    return out


def test_image_runs(tmp_path):
    result = vmforge("run", str(_image(tmp_path)))
    assert result.returncode == 0 and result.stdout == "42\n"


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d[:10], "truncated image"),
    (lambda d: d[:-3], "truncated image"),
    (lambda d: b"XXXX" + d[4:], "not a vmforge image"),
    (lambda d: d[:40] + bytes([d[40] ^ 0x55]) + d[41:], "checksum does not match"),
    (lambda d: d[:8] + bytes(8) + d[16:], "image was built for spec 0000000000000000"),
])
def test_bad_images_are_refused_with_exit_2(tmp_path, mutate, message):
    image = _image(tmp_path)
    image.write_bytes(mutate(image.read_bytes()))
    result = vmforge("run", str(image))
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_runaway_recursion_is_catchable_and_vm_goes_on(tmp_path):
    prog = write(tmp_path, "rec.py", "def f(n):\n    return f(n + 1)\n"
                 "try:\n    f(0)\nexcept RecursionError as e:\n    print('caught:', e)\nprint(sum(range(5)))\n")
    result = vmforge("run", str(prog))
    assert result.returncode == 0
    assert result.stdout == "caught: maximum recursion depth exceeded\n10\n"


def test_uncaught_recursion_exits_1_with_traceback(tmp_path):
    prog = write(tmp_path, "rec2.py", "def f(n):\n    return f(n + 1)\nf(0)\n")
    result = vmforge("run", str(prog))
    assert result.returncode == 1
    assert result.stderr.startswith("Traceback (most recent call last):\n")
    assert result.stderr.rstrip().endswith("RecursionError: maximum recursion depth exceeded")


@pytest.mark.parametrize("source, last", [
    ("def g():\n    yield 1\n    raise KeyError('k')\nfor x in g():\n    print(x)\n", "KeyError: 'k'"),
    ("class C:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n"
     "        raise ValueError('in exit')\nwith C():\n    print('body')\n", "ValueError: in exit"),
])
def test_exception_escaping_generator_or_exit(tmp_path, source, last):
    prog = write(tmp_path, "esc.py", source)
    result = vmforge("run", str(prog))
    assert result.returncode == 1
    assert result.stderr.rstrip().endswith(last)
    assert '  File "esc.py", line' in result.stderr


# --- fuzzing the image loader ---------------------------------------------------------

FUZZ_SOURCES = [
    "def f(a, b=2):\n    return a * b\nprint(f(3), [i * i for i in range(4)])\n",
    "try:\n    x = {'a': 1}['b']\nexcept KeyError as e:\n    print('missing', e)\nfinally:\n    print('done')\n",
    "def gen(n):\n    for i in range(n):\n        yield i\nprint(sum(gen(5)))\nwhile False:\n    pass\n",
]


def _fix_crc(data: bytes) -> bytes:
    payload = data[24:]
    return data[:20] + struct.pack("<I", zlib.crc32(payload)) + payload


@pytest.fixture(scope="module")
def fuzz_vm():
    import vmforge
    vm = vmforge.load("plain")
    return vm, [vm.compile(src, f"fuzz{i}.py") for i, src in enumerate(FUZZ_SOURCES)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(which=st.integers(0, len(FUZZ_SOURCES) - 1),
       edits=st.lists(st.tuples(st.sampled_from(["flip", "truncate", "extend", "set"]),
                                st.integers(0, 10_000), st.integers(0, 255)), min_size=1, max_size=4),
       fix_crc=st.booleans())
def test_fuzzed_images_are_refused_or_run(fuzz_vm, which, edits, fix_crc):
    from vmforge.api import VM
    from vmforge.image import ImageError
    _, images = fuzz_vm
    data = bytearray(images[which])
    for kind, pos, value in edits:
        pos %= max(len(data), 1)
        if not data and kind in ("flip", "set"):
            continue
        if kind == "flip":
            data[pos] ^= (value or 1)
        elif kind == "set":
            data[pos] = value
        elif kind == "truncate":
            del data[pos:]
        else:
            data[pos:pos] = bytes([value]) * (1 + value % 7)
    data = bytes(data)
    if fix_crc and len(data) >= 24:
        data = _fix_crc(data)
    vm = VM("plain", max_steps=20_000)          # a mutated jump may loop forever
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = vm.run_image(data, "fuzz.vmi")
    except ImageError as exc:
        assert "\n" not in str(exc) and str(exc)
        return
    assert isinstance(status, int)              # ran: output, or an exception inside the VM
