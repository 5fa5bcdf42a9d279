"""The C runtime (vmforge/runtime/c/) linked with the generated loop: corpus programs it
supports run byte-identically to CPython under AddressSanitizer and UBSan; bad images are
refused; a full heap raises MemoryError; deep recursion raises RecursionError.

The asan build is made once per session (vmforge.cbuild reuses an up-to-date binary).
"""
from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from conftest import ROOT
from test_corpus import CORPUS, PROGRAMS as PROGRAMS_ALL, expected
from regen import normalise_stderr

from vmforge import cbuild
from vmforge.cli import main as vmforge_main

pytestmark = pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc is not installed")

# The whole corpus (test_corpus runs it on the release build; here under the sanitizers).
PROGRAMS = [p.stem for p in PROGRAMS_ALL]

SANITIZER_MARKS = ("AddressSanitizer", "LeakSanitizer", "runtime error:")


@pytest.fixture(scope="module")
def vm_binary() -> Path:
    return cbuild.build("asan", quiet=True)


def compile_image(source: Path, out: Path) -> Path:
    assert vmforge_main(["compile", str(source), "-o", str(out)]) == 0
    return out


def run(binary: Path, image: Path, env: dict | None = None, cwd: Path = CORPUS) -> subprocess.CompletedProcess:
    result = subprocess.run([str(binary), str(image)], capture_output=True, timeout=120, cwd=cwd,
                            env=env)
    for mark in SANITIZER_MARKS:
        assert mark.encode() not in result.stderr, result.stderr.decode(errors="replace")
    return result


@pytest.mark.parametrize("name", PROGRAMS)
def test_corpus_program(vm_binary, name, tmp_path):
    program = CORPUS / f"{name}.py"
    want_out, want_status, want_err = expected(program)
    result = run(vm_binary, compile_image(program, tmp_path / f"{name}.vmi"))
    assert result.stdout.decode("utf-8") == want_out
    err = result.stderr.decode("utf-8")
    assert result.returncode == want_status, err
    assert normalise_stderr(err) == want_err


# --- bad images ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def good_image(tmp_path_factory) -> bytes:
    tmp = tmp_path_factory.mktemp("img")
    (tmp / "ok.py").write_text("print('ok')\n")
    return compile_image(tmp / "ok.py", tmp / "ok.vmi").read_bytes()


def _with_crc(data: bytearray) -> bytes:
    struct.pack_into("<I", data, 20, zlib.crc32(bytes(data[24:])))
    return bytes(data)


def _bad_images(good: bytes) -> dict[str, tuple[bytes, str]]:
    wrong_magic = bytearray(good)
    wrong_magic[0:4] = b"NOPE"
    wrong_hash = bytearray(good)
    wrong_hash[8] ^= 0xFF
    bad_crc = bytearray(good)
    bad_crc[-1] ^= 0xFF
    bad_count = bytearray(good)
    bad_count[24] = 0x7F                 # string count far past the payload
    return {
        "truncated": (good[: len(good) // 2], "truncated image"),
        "header_only_part": (good[:10], "truncated image: 10 bytes"),
        "wrong_magic": (bytes(wrong_magic), "not a vmforge image"),
        "wrong_spec_hash": (bytes(wrong_hash), "image was built for spec"),
        "bad_crc": (bytes(bad_crc), "checksum does not match"),
        "bad_string_count": (_with_crc(bad_count), "corrupt image"),
    }


@pytest.mark.parametrize("case", ["truncated", "header_only_part", "wrong_magic", "wrong_spec_hash",
                                  "bad_crc", "bad_string_count"])
def test_bad_image_is_refused(vm_binary, good_image, case, tmp_path):
    data, message = _bad_images(good_image)[case]
    path = tmp_path / "bad.vmi"
    path.write_bytes(data)
    result = run(vm_binary, path)
    assert result.returncode == 2
    assert result.stdout == b""
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("vmforge-c: ") and message in lines[0], lines[0]


def test_good_image_runs(vm_binary, good_image, tmp_path):
    path = tmp_path / "ok.vmi"
    path.write_bytes(good_image)
    result = run(vm_binary, path)
    assert (result.returncode, result.stdout, result.stderr) == (0, b"ok\n", b"")


# --- limits ------------------------------------------------------------------------------------

HEAP_PROGRAM = '''
chunks = []
try:
    while True:
        chunks.append([0] * 1000)
except MemoryError:
    caught = len(chunks) > 10
    chunks = None
    print("caught MemoryError", caught)
total = 0
for i in range(20000):
    total = total + len([i, i + 1])
print("still running", total)
'''


def test_heap_exhaustion_raises_memory_error(vm_binary, tmp_path):
    (tmp_path / "heap.py").write_text(HEAP_PROGRAM)
    image = compile_image(tmp_path / "heap.py", tmp_path / "heap.vmi")
    env = {"VMFORGE_C_HEAP": "1m", "PATH": "/usr/bin:/bin"}
    result = run(vm_binary, image, env=env)
    assert result.stderr == b""
    assert result.returncode == 0
    assert result.stdout == b"caught MemoryError True\nstill running 40000\n"


def test_uncaught_memory_error_is_a_traceback(vm_binary, tmp_path):
    (tmp_path / "oom.py").write_text("x = []\nwhile True:\n    x.append([0] * 100)\n")
    image = compile_image(tmp_path / "oom.py", tmp_path / "oom.vmi")
    result = run(vm_binary, image, env={"VMFORGE_C_HEAP": "512k", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1
    assert result.stderr.decode().splitlines()[-1] == "MemoryError"


RECURSION_PROGRAM = '''
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as exc:
    print("RecursionError:", exc)

def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1

print(depth(900))

class Node:
    def __repr__(self):
        return repr(self)

try:
    repr(Node())
except RecursionError:
    print("repr recursion caught")
'''


def test_deep_recursion_raises_recursion_error(vm_binary, tmp_path):
    (tmp_path / "deep.py").write_text(RECURSION_PROGRAM)
    image = compile_image(tmp_path / "deep.py", tmp_path / "deep.vmi")
    result = run(vm_binary, image)
    assert result.stderr == b"", result.stderr.decode(errors="replace")
    assert result.returncode == 0
    assert result.stdout == (b"RecursionError: maximum recursion depth exceeded\n900\n"
                             b"repr recursion caught\n")


NESTED_PROGRAM = """
a = [1, 2]
a.append(a)
d = {"k": 1}
d["self"] = d
print(a, d)
x = []
for i in range(3000):
    x = [x]
try:
    print(x)
except RecursionError as e:
    print("RecursionError", e)
print("done")
"""


def test_self_referencing_and_deeply_nested_containers_print_as_in_cpython(vm_binary, tmp_path):
    (tmp_path / "nested.py").write_text(NESTED_PROGRAM)
    result = run(vm_binary, compile_image(tmp_path / "nested.py", tmp_path / "nested.vmi"))
    want = subprocess.run([sys.executable, str(tmp_path / "nested.py")], capture_output=True)
    assert (result.returncode, result.stdout) == (0, want.stdout)


def test_uncaught_recursion_error_prints_a_traceback(vm_binary, tmp_path):
    (tmp_path / "loop.py").write_text("def f():\n    return f()\n\nf()\n")
    image = compile_image(tmp_path / "loop.py", tmp_path / "loop.vmi")
    result = run(vm_binary, image)
    assert result.returncode == 1
    err = result.stderr.decode().splitlines()
    assert err[0] == "Traceback (most recent call last):"
    assert err[1] == '  File "loop.py", line 4, in <module>'
    assert err[2] == '  File "loop.py", line 2, in f'
    assert err[-1] == "RecursionError: maximum recursion depth exceeded"


def test_build_command_makes_the_binary(capsys):
    assert vmforge_main(["build", "c", "--config", "asan"]) == 0
    assert Path(capsys.readouterr().out.strip()) == cbuild.binary_path("asan")


# --- 32-bit words --------------------------------------------------------------------------------

M32_PROGRAMS = PROGRAMS   # the whole corpus on 32-bit words too


@pytest.fixture(scope="module")
def vm_binary_m32() -> Path:
    if not cbuild.m32_works():
        pytest.skip("gcc -m32 cannot build here (no 32-bit libc; install gcc-multilib)")
    return cbuild.build("m32", quiet=True)


@pytest.mark.parametrize("name", M32_PROGRAMS)
def test_corpus_program_on_32_bit_words(vm_binary_m32, name, tmp_path):
    program = CORPUS / f"{name}.py"
    want_out, want_status, want_err = expected(program)
    result = run(vm_binary_m32, compile_image(program, tmp_path / f"{name}.vmi"))
    assert result.stdout.decode("utf-8") == want_out
    assert result.returncode == want_status
    assert normalise_stderr(result.stderr.decode("utf-8")) == want_err


BIGINT_PROGRAM = '''
f = 1
for i in range(1, 41):
    f = f * i
print(f, f // 12345678901234567, f % 987654321987, -f // 7, 2 ** 130 - 1)
print(int("-123456789012345678901234567890") * 3, 10 ** 30 > 10 ** 29)
'''


@pytest.mark.parametrize("config", ["asan", "m32"])
def test_big_ints_on_both_word_sizes(config, tmp_path, request):
    binary = request.getfixturevalue("vm_binary" if config == "asan" else "vm_binary_m32")
    (tmp_path / "big.py").write_text(BIGINT_PROGRAM)
    result = run(binary, compile_image(tmp_path / "big.py", tmp_path / "big.vmi"))
    want = subprocess.run([sys.executable, str(tmp_path / "big.py")], capture_output=True).stdout
    assert result.stdout == want


# --- the collector under stress ------------------------------------------------------------------

STRESS_PROGRAMS = ["app_binary_tree", "app_word_count", "class_super_diamond", "closures_nonlocal",
                   "exc_nested_try", "gen_yield_from", "list_sort", "tb_during_handling",
                   "dict_methods_pop_popitem", "float_arith"]


@pytest.fixture(scope="module")
def vm_binary_gc_stress(tmp_path_factory) -> Path:
    # collects every 20 allocations: a missing root shows up as a sanitizer report or wrong output
    out = tmp_path_factory.mktemp("stress") / "vmforge-c"
    return cbuild.build("asan", extra_flags=["-DVMFORGE_GC_STRESS=20"], out=out, quiet=True)


@pytest.mark.parametrize("name", STRESS_PROGRAMS)
def test_corpus_program_under_gc_stress(vm_binary_gc_stress, name, tmp_path):
    program = CORPUS / f"{name}.py"
    want_out, want_status, want_err = expected(program)
    env = {"VMFORGE_C_HEAP": "1m", "PATH": "/usr/bin:/bin"}
    result = run(vm_binary_gc_stress, compile_image(program, tmp_path / f"{name}.vmi"), env=env)
    assert result.stdout.decode("utf-8") == want_out
    assert result.returncode == want_status
    assert normalise_stderr(result.stderr.decode("utf-8")) == want_err
