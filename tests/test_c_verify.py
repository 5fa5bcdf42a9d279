"""The C bytecode verifier (build/gen/c/verify.c, run by the C loader on every code object).

(a) It accepts every code object of the corpus, with the stack and block depths the Python
    verifier computes, and the C VM loads every corpus image.
(b) Bad code objects are refused by the C VM with exit status 2 and one line naming the code
    object and the offset: the cases of test_verify.py, plus the ones only the C loop needs.
(c) Fuzzing: mutated bytecode is refused by the C verifier whenever the Python one refuses it;
    mutated images (half with the CRC recomputed) never crash the ASan+UBSan build.
    VMFORGE_FUZZ_CASES sets the number of image cases (default 10,000).
"""
from __future__ import annotations

import os
import random
import shutil
import struct
import subprocess
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import ROOT
from test_corpus import CORPUS, PROGRAMS

from vmforge import cbuild, image
from vmforge.compiler import compile_source
from vmforge.generated_vm import load as load_generated, submodule

pytestmark = pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc is not installed")

GEN_C = ROOT / "build" / "gen" / "c"
ASAN = cbuild.CONFIGS["asan"]
SANITIZER_MARKS = (b"AddressSanitizer", b"LeakSanitizer", b"runtime error:")

# A test driver around mp_verify_bytecode: one code object per input line,
# "n_state n_locals n_exc_stack n_strings n_codes n_params CELLS_HEX HEX" (CELLS_HEX "-" for
# no cells), one answer per line:
# "OK max_depth max_blocks" or "BAD offset message".
DRIVER = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "verify.h"

static unsigned char code[1 << 20], cells[256];
static char line[(1 << 21) + 1024];

int main(void) {
    while (fgets(line, sizeof line, stdin) != NULL) {
        unsigned long n_state, n_locals, n_exc, n_strings, n_codes, n_params;
        char cells_hex[520];
        int used = 0;
        if (sscanf(line, "%lu %lu %lu %lu %lu %lu %519s %n", &n_state, &n_locals, &n_exc, &n_strings, &n_codes,
                   &n_params, cells_hex, &used) != 7) {
            return 3;
        }
        size_t n_cells = 0;
        for (const char *p = cells_hex; p[0] && p[0] != '-' && p[1]; p += 2) {
            unsigned byte;
            sscanf(p, "%2x", &byte);
            cells[n_cells++] = (unsigned char)byte;
        }
        size_t len = 0;
        for (const char *p = line + used; p[0] && p[0] != '\n' && p[1]; p += 2) {
            unsigned byte;
            sscanf(p, "%2x", &byte);
            code[len++] = (unsigned char)byte;
        }
        mp_verify_code_t in = {code, len, n_state, n_locals, n_exc, n_strings, n_codes, n_params, cells, n_cells};
        mp_verify_result_t result;
        mp_verify_status_t status = MP_VERIFY_NO_ROOM;
        for (size_t size = mp_verify_scratch_hint(&in); status == MP_VERIFY_NO_ROOM; size *= 4) {
            void *scratch = malloc(size);
            status = mp_verify_bytecode(&in, scratch, size, &result);
            free(scratch);
        }
        if (status == MP_VERIFY_OK) {
            printf("OK %lu %lu\n", (unsigned long)result.max_depth, (unsigned long)result.max_blocks);
        } else {
            if (strchr(result.message, '\n') != NULL) return 4;
            printf("BAD %lu %s\n", (unsigned long)result.offset, result.message);
        }
        fflush(stdout);
    }
    return 0;
}
"""


@pytest.fixture(scope="module")
def gen():
    vm = load_generated(ROOT / "build" / "gen")
    for name in ("asm", "verify", "opcodes", "codecs"):
        submodule(vm, name)
    return vm


@pytest.fixture(scope="module")
def driver(tmp_path_factory) -> Path:
    """The verifier alone, built with the sanitizers, behind the line driver above."""
    out = tmp_path_factory.mktemp("driver")
    (out / "driver.c").write_text(DRIVER)
    exe = out / "verify-driver"
    for flags in (["-m32", "-c", "-o", str(out / "v32.o")], ["-c", "-o", str(out / "v.o")]):
        if "-m32" in flags and not cbuild.m32_works():
            continue
        result = subprocess.run(["gcc", "-std=c11", "-Wall", "-Wextra", "-Werror", *flags, f"-I{GEN_C}",
                                 str(GEN_C / "verify.c")], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    result = subprocess.run(["gcc", *cbuild.BASE_FLAGS, *ASAN, f"-I{GEN_C}", str(out / "driver.c"),
                             str(GEN_C / "verify.c"), "-o", str(exe)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return exe


@pytest.fixture(scope="module")
def vm_binary(tmp_path_factory) -> Path:
    """The C VM of this checkout (build/gen/c and vmforge/runtime/c) with ASan and UBSan: built
    here rather than by cbuild, which follows vmforge.generated wherever it is installed."""
    exe = tmp_path_factory.mktemp("vm") / "vmforge-c-asan"
    runtime = ROOT / "vmforge" / "runtime" / "c"
    sources = [GEN_C / "vm.c", *sorted(runtime.glob("*.c"))]
    result = subprocess.run(["gcc", *cbuild.BASE_FLAGS, *ASAN, f"-I{GEN_C}", f"-I{runtime}",
                             *map(str, sources), "-lm", "-o", str(exe)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return exe


def c_verify(driver: Path, cases: list[tuple]) -> list[tuple]:
    """(n_state, n_locals, n_exc_stack, n_strings, n_codes, n_params, cells, bytecode) ->
    ("OK", depth, blocks) or ("BAD", offset, message), through one driver process."""
    text = "".join(f"{s} {l} {e} {q} {c} {p} {bytes(cells).hex() or '-'} {code.hex()}\n"
                   for s, l, e, q, c, p, cells, code in cases)
    result = subprocess.run([str(driver)], input=text.encode(), capture_output=True, timeout=600)
    assert result.returncode == 0 and not any(m in result.stderr for m in SANITIZER_MARKS), result.stderr
    answers = []
    for line in result.stdout.decode().splitlines():
        kind, a, b = line.split(" ", 2)
        answers.append((kind, int(a), int(b)) if kind == "OK" else (kind, int(a), b))
    assert len(answers) == len(cases)
    return answers


def py_verify(gen, case: tuple):
    n_state, n_locals, n_exc, n_strings, n_codes, n_params, cells, code = case
    try:
        done = gen.verify.verify(code, n_state=n_state, n_locals=n_locals, n_strings=n_strings,
                                 n_codes=n_codes, n_exc_stack=n_exc, bound=[*range(n_params), *cells])
    except gen.verify.VerifyError as exc:
        return ("BAD", exc.offset, exc.message)
    return ("OK", done.max_depth, done.max_blocks)


def code_cases(img: image.Image) -> list[tuple]:
    return [(c.n_state, len(c.local_names), c.n_exc_stack, len(img.strings), len(img.codes), c.n_params,
             tuple(c.cells), c.code[c.bytecode_start:]) for c in img.codes]


@pytest.fixture(scope="module")
def corpus_images(gen) -> dict[str, image.Image]:
    return {p.stem: compile_source(p.read_text(), p.name, gen) for p in PROGRAMS}


def test_gen_writes_and_checks_the_c_verifier():
    from generator import driver as generator
    _, files = generator.plan()
    assert {GEN_C / "verify.c", GEN_C / "verify.h"} <= set(files)
    assert not [p for p in generator.generate(check=True).changed if p.parent == GEN_C]


# --- (a) the corpus -------------------------------------------------------------------------

def test_corpus_code_objects_verify_as_in_python(gen, driver, corpus_images):
    cases = [case for img in corpus_images.values() for case in code_cases(img)]
    assert len(cases) > len(corpus_images)
    for case, answer in zip(cases, c_verify(driver, cases)):
        assert answer == py_verify(gen, case), answer
        # and the prelude asks for exactly what the code needs
        assert answer[1] == case[0] - case[1] and answer[2] == case[2]


def test_hand_written_good_code_verifies_as_in_python(gen, driver):
    """test_verify.GOOD: bytecode shaped as the compiler emits it, every kind of block."""
    from test_verify import GOOD
    cases = []
    for text, _, _ in GOOD.values():
        result = asm(gen, text)
        cases.append((4 + 16, 4, 4, len(result.strings), 1, 4, (), result.code))
    for case, answer in zip(cases, c_verify(driver, cases)):
        assert answer[0] == "OK" and answer == py_verify(gen, case), (answer, case)


def run_vm(binary: Path, path: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ, VMFORGE_C_HEAP="16m", ASAN_OPTIONS="detect_leaks=0")
    return subprocess.run([str(binary), str(path)], capture_output=True, timeout=timeout, cwd=CORPUS,
                          env=env, stdin=subprocess.DEVNULL)


def test_corpus_images_load_under_asan(vm_binary, corpus_images, tmp_path):
    def one(name):
        path = tmp_path / f"{name}.vmi"
        path.write_bytes(image.dump(corpus_images[name]))
        result = run_vm(vm_binary, path)
        return name, result

    with ThreadPoolExecutor(2) as pool:
        for name, result in pool.map(one, sorted(corpus_images)):
            assert b"corrupt image" not in result.stderr and b"too complex" not in result.stderr, name
            assert not any(m in result.stderr for m in SANITIZER_MARKS), (name, result.stderr[-2000:])


# --- (b) bad code objects -------------------------------------------------------------------

def image_of(gen, code: bytes, *, n_locals: int = 2, n_state: int | None = None, n_exc_stack: int = 4,
             strings: tuple[str, ...] = ()) -> bytes:
    """A one-code-object image around bytecode that need not pass the Python verifier."""
    strings = list(strings) + ["bad.py", "<module>"]
    body = image.build_code(code, source_file=len(strings) - 2, block_name=len(strings) - 1,
                            n_state=n_locals + 16 if n_state is None else n_state,
                            n_exc_stack=n_exc_stack)
    names = [len(strings) - 1] * n_locals
    obj = image.CodeObject(body, local_names=names, qualname=len(strings) - 1)
    return image.dump(image.Image(strings, [obj], gen.SPEC_HASH, gen.FORMAT_VERSION))


def refused(vm_binary, tmp_path, data: bytes, offset: int, words: str, code: int = 0) -> str:
    path = tmp_path / "bad.vmi"
    path.write_bytes(data)
    result = run_vm(vm_binary, path)
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert len(err.strip().splitlines()) == 1, err
    assert f"corrupt image: code {code} at offset {offset}: " in err, err
    assert words in err, err
    return err


def asm(gen, text):
    return gen.asm.assemble(text)


BAD_ASM = {
    # name: (assembly, label of the offending instruction, words of the message)
    "stack_underflow": ("LOAD_CONST_NONE\nat:\nBINARY_OP ADD\nRETURN_VALUE\n", "at", "underflow"),
    "pop_block_without_a_block": ("LOAD_CONST_NONE\nat:\nPOP_BLOCK\nRETURN_VALUE\n", "at", "no block"),
    "pop_except_outside_a_handler": ("SETUP_EXCEPT h\nat:\nPOP_EXCEPT\nh:\nLOAD_CONST_NONE\nRETURN_VALUE\n",
                                     "at", "except handler"),
    "block_growth_in_a_loop": ("loop:\nSETUP_EXCEPT h\nJUMP loop\nh:\nLOAD_CONST_NONE\nRETURN_VALUE\n",
                               "loop", "5 blocks exceed n_exc_stack = 4"),
    "stack_growth_in_a_loop": ("LOAD_CONST_NONE\nloop:\nLOAD_CONST_NONE\nJUMP loop\n", "loop",
                               "stack depth 17 exceeds the 16 slots"),
    "falling_off_the_end": ("LOAD_CONST_NONE\nat:\nPOP_TOP\n", "at", "falls off the end"),
    "end_finally_on_a_plain_int": ("LOAD_CONST_SMALL_INT 1\nat:\nEND_FINALLY\nLOAD_CONST_NONE\nRETURN_VALUE\n",
                                   "at", "END_FINALLY: needs None"),
    "end_finally_on_a_local": ("LOAD_CONST_SMALL_INT 1\nSTORE_FAST_0\nLOAD_FAST_0\nat:\nEND_FINALLY\n"
                               "LOAD_CONST_NONE\nRETURN_VALUE\n", "at", "END_FINALLY"),
    "unwind_jump_through_missing_blocks": ("at:\nUNWIND_JUMP end 1\nend:\nLOAD_CONST_NONE\nRETURN_VALUE\n",
                                           "at", "more blocks"),
    "raise_below_the_handler_depth": ("LOAD_CONST_NONE\nSETUP_EXCEPT h\nPOP_TOP\nat:\nPOP_BLOCK\nh:\n"
                                      "LOAD_CONST_NONE\nRETURN_VALUE\n", "at", "below the depth"),
    "local_out_of_range": ("at:\nLOAD_FAST_N 2\nRETURN_VALUE\n", "at", "local 2 is outside the 2 locals"),
    "enum_out_of_range": ("LOAD_CONST_NONE\nLOAD_CONST_NONE\nat:\nBINARY_OP 200\nRETURN_VALUE\n", "at",
                          "not a binary_op value"),
    "negative_count": ("BUILD_LIST 0\nLOAD_CONST_NONE\nat:\nLIST_APPEND 0\nRETURN_VALUE\n", "at", "under[n - 1]"),
    "code_id_outside_the_image": ("at:\nMAKE_FUNCTION 3\nRETURN_VALUE\n", "at", "code object 3"),
    # NULL reaching the runtime as an object (test_verify has more of these, run below too)
    "null_returned": ("LOAD_NULL\nat:\nRETURN_VALUE\n", "at", "RETURN_VALUE: NULL used as a value"),
    "null_self_of_load_method_added": ("LOAD_CONST_NONE\nLOAD_GLOBAL x\nLOAD_METHOD m\nat:\nBINARY_OP ADD\n"
                                       "RETURN_VALUE\n", "at", "BINARY_OP: NULL used as a value"),
    "local_never_stored": ("at:\nLOAD_FAST_0\nRETURN_VALUE\n", "at",
                           "LOAD_FAST_0: local 0 may be unbound here (LOAD_FAST_CHECK checks it)"),
    "local_deleted": ("LOAD_CONST_NONE\nSTORE_FAST_1\nDELETE_FAST 1 x\nat:\nBINARY_OP_FAST_CONST 1 2 ADD\n"
                      "RETURN_VALUE\n", "at", "BINARY_OP_FAST_CONST: local 1 may be unbound here"),
    # What the C loop reads back from the stack, which the Python verifier does not track:
    # a copied exception type (END_FINALLY would raise the type, not the exception) ...
    "end_finally_on_a_copied_exception_type": (
        "SETUP_EXCEPT h\nLOAD_CONST_NONE\nRETURN_VALUE\nh:\nDUP_TOP\nat:\nEND_FINALLY\nLOAD_CONST_NONE\n"
        "RETURN_VALUE\n", "at", "not above the exception"),
    # ... a JUMP sentinel moved off its destination (the loop would jump to None's address) ...
    "end_finally_on_a_jump_without_its_destination": (
        "SETUP_FINALLY fin\nUNWIND_JUMP end 1\nfin:\nROT_THREE\nROT_THREE\nPOP_TOP\nLOAD_CONST_NONE\n"
        "ROT_THREE\nat:\nEND_FINALLY\nend:\nLOAD_CONST_NONE\nRETURN_VALUE\n", "at", "JUMP sentinel"),
    # ... and POP_FINALLY's keep, which the loop reads as a flag.
    "pop_finally_keeping_two": (
        "SETUP_FINALLY fin\nLOAD_CONST_NONE\nRETURN_VALUE\nfin:\nLOAD_CONST_NONE\nLOAD_CONST_NONE\nat:\n"
        "POP_FINALLY 2\nPOP_TOP\nPOP_TOP\nLOAD_CONST_NONE\nRETURN_VALUE\n", "at", "keep = 2"),
}


@pytest.mark.parametrize("case", sorted(BAD_ASM))
def test_bad_code_is_refused(gen, vm_binary, tmp_path, case):
    text, label, words = BAD_ASM[case]
    result = asm(gen, text)
    refused(vm_binary, tmp_path, image_of(gen, result.code), result.labels[label], words)


def test_null_and_unbound_locals_as_in_python(gen, driver):
    """test_verify's NULL and unbound-local cases: the C verifier refuses what the Python one
    refuses, at the same offset with the same words, and accepts what it accepts (locals
    bound at entry given as parameters, then as the prelude's cells)."""
    from test_verify import BOUND_OK, NULL_MISUSE, NULL_OK, UNBOUND
    texts = [(text, ()) for text, _ in NULL_MISUSE.values()] + [(text, ()) for text in NULL_OK]
    texts += [(text, bound) for text, _, _, bound in UNBOUND.values()] + BOUND_OK
    cases = []
    for text, bound in texts:
        result = asm(gen, text)
        n_params = len(bound) if tuple(bound) == tuple(range(len(bound))) else 0
        cells = () if n_params else tuple(bound)
        cases.append((3 + 8, 3, 2, len(result.strings), 1, n_params, cells, result.code))
        cases.append((3 + 8, 3, 2, len(result.strings), 1, 0, tuple(bound), result.code))
    answers = c_verify(driver, cases)
    for case, answer in zip(cases, answers):
        want = py_verify(gen, case)
        assert answer[:2] == want[:2], (case, answer, want)
        if answer[0] == "BAD":
            assert want[2].split("): ", 1)[1] in answer[2], (answer, want)
    assert sum(a[0] == "BAD" for a in answers) == 2 * (len(NULL_MISUSE) + len(UNBOUND))


def test_the_extra_checks_are_c_only(gen):
    """The cases the C loop needs refused are fine for the Python VM (it does not read the
    values back): the Python verifier accepts them."""
    for case in ("end_finally_on_a_copied_exception_type", "end_finally_on_a_jump_without_its_destination",
                 "pop_finally_keeping_two"):
        gen.verify.verify(asm(gen, BAD_ASM[case][0]).code)


def test_jump_outside_the_code(gen, vm_binary, tmp_path):
    ops, codecs = gen.opcodes, gen.codecs
    code = bytes([ops.LOAD_CONST_NONE, ops.JUMP]) + codecs.encode_u16_excess(40) + bytes([ops.RETURN_VALUE])
    refused(vm_binary, tmp_path, image_of(gen, code), 1, "outside the code")


def test_jump_into_an_operand(gen, vm_binary, tmp_path):
    ops, codecs = gen.opcodes, gen.codecs
    code = bytes([ops.LOAD_CONST_SMALL_INT, 1])                     # offsets 0-1
    code += bytes([ops.JUMP]) + codecs.encode_u16_excess(1 - 5)     # at 2: to offset 1
    refused(vm_binary, tmp_path, image_of(gen, code), 2, "middle of an instruction")


def test_truncated_operand_and_unknown_opcode(gen, vm_binary, tmp_path):
    ops = gen.opcodes
    refused(vm_binary, tmp_path, image_of(gen, bytes([ops.LOAD_CONST_NONE, ops.LOAD_FAST_N, 0x80])), 1,
            "past the end")
    refused(vm_binary, tmp_path, image_of(gen, bytes([ops.LOAD_CONST_NONE, 0xFF])), 1, "unknown opcode 0xff")


def test_string_index_outside_the_table(gen, vm_binary, tmp_path):
    result = asm(gen, "LOAD_CONST_NONE\nPOP_TOP\nat:\nLOAD_NAME #7\nRETURN_VALUE\n")
    refused(vm_binary, tmp_path, image_of(gen, result.code), result.labels["at"], "string table")


DEPTH_3 = "LOAD_CONST_NONE\nLOAD_CONST_NONE\nat:\nLOAD_CONST_NONE\nBUILD_TUPLE 3\nRETURN_VALUE\n"
BLOCKS_2 = ("SETUP_EXCEPT h1\nat:\nSETUP_FINALLY h2\nLOAD_CONST_NONE\nRETURN_VALUE\n"
            "h2:\nh1:\nLOAD_CONST_NONE\nRETURN_VALUE\n")


def test_n_state_too_small(gen, vm_binary, tmp_path):
    result = asm(gen, DEPTH_3)
    assert run_vm(vm_binary, _write(tmp_path, image_of(gen, result.code, n_state=5))).returncode == 0
    refused(vm_binary, tmp_path, image_of(gen, result.code, n_state=4), result.labels["at"],
            "stack depth 3 exceeds the 2 slots n_state leaves")


def test_n_exc_stack_too_small(gen, vm_binary, tmp_path):
    result = asm(gen, BLOCKS_2)
    assert run_vm(vm_binary, _write(tmp_path, image_of(gen, result.code, n_exc_stack=2))).returncode == 0
    refused(vm_binary, tmp_path, image_of(gen, result.code, n_exc_stack=1), result.labels["at"],
            "2 blocks exceed n_exc_stack = 1")


def test_second_code_object_is_named(gen, vm_binary, corpus_images, tmp_path):
    img = corpus_images["closures_basic"]
    bad = img.codes[1]
    code = bytearray(bad.code)
    code[bad.bytecode_start] = 0xFF
    img = image.Image(img.strings, [img.codes[0], image.CodeObject(bytes(code), bad.flags, bad.n_pos_args,
                      bad.n_kwonly_args, bad.local_names, bad.qualname, bad.doc), *img.codes[2:]],
                      img.spec_hash, img.format_version)
    refused(vm_binary, tmp_path, image.dump(img), 0, "unknown opcode 0xff", code=1)


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "ok.vmi"
    path.write_bytes(data)
    return path


# --- (c) fuzzing ----------------------------------------------------------------------------

FUZZ_PROGRAMS = ["exc_finally_break_continue", "loop_break_in_finally", "with_exception_flow",
                 "gen_throw", "closures_basic", "exc_nested_try", "tb_zero_division", "gen_basic"]
INTERESTING = (0x00, 0x01, 0x02, 0x7F, 0x80, 0x81, 0xFF, 0xFE, 0x40, 0x3F)


def mutate(rng: random.Random, data: bytes, donors: list[bytes]) -> bytes:
    """1 to 4 edits: byte flips, sets to interesting values or opcodes, truncations,
    insertions, deletions, splices from another image."""
    out = bytearray(data)
    opcodes = submodule(load_generated(ROOT / "build" / "gen"), "opcodes").OPCODES
    for _ in range(rng.randint(1, 4)):
        if not out:
            break
        kind = rng.choice(("flip", "set", "opcode", "truncate", "insert", "delete", "splice"))
        at = rng.randrange(len(out))
        if kind == "flip":
            out[at] ^= 1 << rng.randrange(8)
        elif kind == "set":
            out[at] = rng.choice(INTERESTING)
        elif kind == "opcode":
            out[at] = rng.choice(list(opcodes))
        elif kind == "truncate":
            del out[rng.randrange(len(out) // 2, len(out)):]
        elif kind == "insert":
            out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif kind == "delete":
            del out[at:at + rng.randint(1, 8)]
        else:
            donor = rng.choice(donors)
            start = rng.randrange(len(donor))
            chunk = donor[start:start + rng.randint(1, 32)]
            out[at:at + len(chunk)] = chunk
    return bytes(out)


def with_crc(data: bytes) -> bytes:
    if len(data) < 24:
        return data
    out = bytearray(data)
    struct.pack_into("<I", out, 20, zlib.crc32(bytes(out[24:])))
    return bytes(out)


def test_fuzzed_bytecode_c_refuses_what_python_refuses(gen, driver, corpus_images):
    """Mutated code objects (bytecode and prelude sizes): whenever the Python verifier
    refuses one, so does the C one; when both accept, they agree on the depths."""
    rng = random.Random(1234)
    base = [case for name in FUZZ_PROGRAMS for case in code_cases(corpus_images[name])]
    donors = [case[-1] for case in base]
    cases = []
    for _ in range(4000):
        n_state, n_locals, n_exc, n_strings, n_codes, n_params, cells, code = rng.choice(base)
        if rng.random() < 0.2:
            n_state = max(n_locals, n_state - rng.randint(1, 3))
        if rng.random() < 0.1:
            n_exc = max(0, n_exc - 1)
        cases.append((n_state, n_locals, n_exc, n_strings, n_codes, n_params, cells,
                      mutate(rng, code, donors)))
    c_accepts = 0
    for case, answer in zip(cases, c_verify(driver, cases)):
        want = py_verify(gen, case)
        if answer[0] == "OK":
            c_accepts += 1
            assert want == answer, (case, answer, want)
    assert c_accepts > 100


def fuzz_cases() -> int:
    return int(os.environ.get("VMFORGE_FUZZ_CASES", "10000"))


def loops_forever_in_python(data: bytes) -> bool:
    """Whether the plain Python VM, on a step budget, runs out of steps on this image: the
    mutation made a valid program that loops forever (a hang that is not the C VM's fault)."""
    import contextlib
    import io
    from vmforge.api import VM
    from vmforge.image import ImageError
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            VM("plain", max_steps=300_000).run_image(data, "fuzz.vmi")
    except ImageError:
        return False
    return "instruction budget exhausted" in out.getvalue()


@pytest.mark.slow
def test_fuzzed_images_never_crash_the_vm(vm_binary, corpus_images, tmp_path):
    """Mutated images under ASan+UBSan: an exit status (0, 1, 2 or the program's own), no
    sanitizer report, no signal, no hang. Half the cases have their CRC recomputed, so that
    the loader and the verifier see the mutation. A case still running after 3 s is a hang
    unless the Python VM finds that the mutated program loops forever; then it is counted,
    not failed. The default 10,000 cases take 50 s on two idle cores, 160 s on busy ones."""
    rng = random.Random(1234)
    goods = [image.dump(corpus_images[name]) for name in FUZZ_PROGRAMS]
    cases = []
    for i in range(fuzz_cases()):
        data = mutate(rng, rng.choice(goods), goods)
        cases.append(with_crc(data) if i % 2 == 0 else data)
    crashes = Path(os.environ.get("VMFORGE_FUZZ_CRASHES", "/tmp/verify-crashes"))

    def one(i):
        path = tmp_path / f"case{i}.vmi"
        path.write_bytes(cases[i])
        try:
            try:
                result = run_vm(vm_binary, path, timeout=3)
            except subprocess.TimeoutExpired:
                if loops_forever_in_python(cases[i]):
                    return i, "loops"
                try:
                    result = run_vm(vm_binary, path, timeout=10)
                except subprocess.TimeoutExpired:
                    return i, "hang"
        finally:
            path.unlink()
        if result.returncode < 0 or any(m in result.stderr for m in SANITIZER_MARKS):
            return i, f"status {result.returncode}: {result.stderr.decode(errors='replace')}"
        return i, result.returncode

    bad, outcomes = [], {}
    with ThreadPoolExecutor(2) as pool:
        for i, outcome in pool.map(one, range(len(cases))):
            if isinstance(outcome, str) and outcome != "loops":
                crashes.mkdir(parents=True, exist_ok=True)
                (crashes / f"case{i}.vmi").write_bytes(cases[i])
                bad.append((i, outcome[:1500]))
                outcome = "failed"
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    print(f"{len(cases)} fuzzed images: outcomes {sorted(outcomes.items(), key=str)}")
    assert not bad, f"{len(bad)} of {len(cases)} cases failed (saved in {crashes}): {bad[:3]}"
    assert outcomes.get(2, 0) > len(cases) // 3 and outcomes.get(0, 0) > 0, outcomes
