"""What each CLI subcommand does (argument parsing lives in cli.py)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cli import EXIT_ERROR, EXIT_OK, EXIT_USAGE, _err
from ._generator import driver, SpecError


def gen(args: argparse.Namespace) -> int:
    try:
        result = driver.generate(args.spec, args.out, check=args.check)
    except SpecError as exc:
        _err(str(exc))
        return EXIT_USAGE
    if args.check:
        if result.changed:
            for path in result.changed:
                print(f"stale: {_show(path)}", file=sys.stderr)
            _err(f"{len(result.changed)} generated file(s) differ from the spec; run `vmforge gen`")
            return EXIT_ERROR
        if not args.quiet:
            print(f"up to date: {len(result.files)} files from {result.spec.path} "
                  f"({len(result.spec.opcodes)} opcodes, {result.seconds:.2f} s)")
        return EXIT_OK
    if not args.quiet:
        for path in result.changed:
            print(f"wrote {_show(path)}")
        print(f"{len(result.files)} files ({len(result.changed)} changed) from {result.spec.path}: "
              f"{len(result.spec.opcodes)} opcodes, spec hash {result.spec.hash}, {result.seconds:.2f} s")
    return EXIT_OK


def _show(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _vm(args: argparse.Namespace):
    from .generated_vm import NotGenerated, load
    try:
        return load(args.build)
    except NotGenerated as exc:
        _err(str(exc))
        return None


def _read(path: str, binary: bool):
    if path == "-":
        return sys.stdin.buffer.read() if binary else sys.stdin.read()
    p = Path(path)
    return p.read_bytes() if binary else p.read_text(encoding="utf-8")


def asm(args: argparse.Namespace) -> int:
    from .asmfile import AsmFileError, assemble_file
    vm = _vm(args)
    if vm is None:
        return EXIT_USAGE
    try:
        text = _read(args.file, binary=False)
    except (OSError, UnicodeDecodeError) as exc:
        _err(f"{args.file}: cannot read: {exc}")
        return EXIT_USAGE
    name = "<stdin>" if args.file == "-" else args.file
    try:
        data = assemble_file(text, name, vm)
    except AsmFileError as exc:
        _err(str(exc))
        return EXIT_USAGE
    out = Path(args.output) if args.output else Path(name).with_suffix(".vmi")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    except OSError as exc:
        _err(f"{out}: cannot write: {exc.strerror}")
        return EXIT_USAGE
    print(f"wrote {out} ({len(data)} bytes)", file=sys.stderr)
    return EXIT_OK


def dis(args: argparse.Namespace) -> int:
    from .asmfile import AsmFileError, assemble_file, disassemble_image
    from .image import ImageError
    vm = _vm(args)
    if vm is None:
        return EXIT_USAGE
    try:
        data = _read(args.file, binary=True)
    except OSError as exc:
        _err(f"{args.file}: cannot read: {exc.strerror}")
        return EXIT_USAGE
    from .compiler import CompileError, compile_source
    from .image import dump
    try:
        if args.file.endswith(".s"):
            data = assemble_file(data.decode("utf-8"), args.file, vm)
        elif args.file.endswith(".py"):
            data = dump(compile_source(data.decode("utf-8"), Path(args.file).name, vm))
        print(disassemble_image(data, vm))
    except CompileError as exc:
        sys.stderr.write(exc.format())
        return EXIT_ERROR
    except (AsmFileError, ImageError, UnicodeDecodeError) as exc:
        _err(f"{args.file}: {exc}")
        return EXIT_USAGE
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    from .api import BackendUnavailable, load
    from .compiler import CompileError
    from .generated_vm import NotGenerated
    from .image import ImageError
    try:
        vm = load(args.backend, args.build, verbose=args.verbose)
    except (BackendUnavailable, NotGenerated) as exc:
        _err(str(exc))
        return EXIT_USAGE
    path = Path(args.file)
    if not path.is_file():
        _err(f"can't open file '{args.file}': no such file")
        return EXIT_USAGE
    try:
        return vm.run_file(path, [args.file] + list(args.args))
    except CompileError as exc:
        sys.stderr.write(exc.format())
        return EXIT_ERROR
    except ImageError as exc:
        message = str(exc)
        _err(message if message.startswith(args.file) else f"{args.file}: {message}")
        return EXIT_USAGE
    except (OSError, UnicodeDecodeError) as exc:
        _err(f"{args.file}: cannot read: {exc}")
        return EXIT_USAGE


def compile(args: argparse.Namespace) -> int:
    from .compiler import CompileError, compile_program
    from .image import dump
    vm = _vm(args)
    if vm is None:
        return EXIT_USAGE
    path = Path(args.file)
    try:
        data = dump(compile_program(path, vm, bundle=getattr(args, "bundle", True)))
    except (OSError, UnicodeDecodeError) as exc:
        _err(f"{args.file}: cannot read: {exc}")
        return EXIT_USAGE
    except CompileError as exc:
        sys.stderr.write(exc.format())
        return EXIT_ERROR
    out = Path(args.output) if args.output else path.with_suffix(".vmi")
    try:
        out.write_bytes(data)
    except OSError as exc:
        _err(f"{out}: cannot write: {exc.strerror}")
        return EXIT_USAGE
    print(f"wrote {out} ({len(data)} bytes)", file=sys.stderr)
    return EXIT_OK


def build(args: argparse.Namespace) -> int:
    from .cbuild import BuildError, build as build_c
    try:
        path = build_c(args.config, force=args.force)
    except BuildError as exc:
        _err(str(exc))
        return EXIT_ERROR
    print(path)
    return EXIT_OK


# --- vmforge board ... -------------------------------------------------------------------------

def _board(name: str):
    from .boards import BoardError, load_board
    try:
        return load_board(name)
    except BoardError as exc:
        _err(str(exc))
        return None


def _firmware(board, force: bool = False, frozen=None):
    from .boards.build import BoardBuildError, build as build_board
    try:
        return build_board(board, force=force, frozen=frozen)
    except BoardBuildError as exc:
        _err(str(exc))
        return None


def _board_image(args: argparse.Namespace) -> bytes | None:
    """The program's image: FILE.vmi as is, FILE.py compiled with the project's compiler
    (with the modules it imports from beside it, as `vmforge compile` does)."""
    from .compiler import CompileError
    from .compiler.program import compile_program
    from .image import dump
    path = Path(args.file)
    if path.suffix == ".vmi":
        try:
            return path.read_bytes()
        except OSError as exc:
            _err(f"{args.file}: cannot read: {exc.strerror}")
            return None
    vm = _vm(argparse.Namespace(build=None))
    if vm is None:
        return None
    try:
        return dump(compile_program(path, vm))
    except (OSError, UnicodeDecodeError) as exc:
        _err(f"{args.file}: cannot read: {exc}")
    except CompileError as exc:
        sys.stderr.write(exc.format())
    return None


def board_list(args: argparse.Namespace) -> int:
    from .boards import BoardError, list_boards, load_board
    status = EXIT_OK
    for path in list_boards():
        try:
            b = load_board(path)
        except BoardError as exc:
            _err(str(exc))
            status = EXIT_USAGE
            continue
        print(f"{b.name:12} {b.description}")
    return status


def board_build(args: argparse.Namespace) -> int:
    board = _board(args.name)
    if board is None:
        return EXIT_USAGE
    fw = _firmware(board, force=args.force)
    if fw is None:
        return EXIT_ERROR
    print(fw.size_report())
    if args.strip:
        if not Path(args.strip).is_file():
            _err(f"can't open file '{args.strip}': no such file")
            return EXIT_USAGE
        data = _board_image(argparse.Namespace(file=args.strip))
        if data is None:
            return EXIT_ERROR
        stripped = _stripped_firmware(board, data, force=args.force)
        if stripped is None:
            return EXIT_ERROR
        print(stripped.size_report())
        print(_savings(fw, stripped))
    return EXIT_OK


def _stripped_firmware(board, data: bytes, frozen=None, force: bool = False):
    """Firmware whose dispatch loop and verifier hold only the opcodes the image uses."""
    from .boards.build import BoardBuildError, build as build_board, output_root
    from .boards.strip import opcodes_used, stripped_sources
    from .image import load
    vm = _vm(argparse.Namespace(build=None))
    img = load(data, spec_hash=vm.opcodes.SPEC_HASH, format_version=vm.opcodes.FORMAT_VERSION)
    used = opcodes_used(img, vm)
    gen_dir, kept = stripped_sources(used, output_root() / board.name / "stripped-gen")
    _err(f"{board.name}: --strip keeps {len(kept)} of {len(vm.opcodes.OPCODES)} opcodes "
         f"({len(used)} used by the program, the rest the unwinding overrides)")
    try:
        return build_board(board, gen_dir=gen_dir, frozen=frozen, force=force,
                           name="stripped" if frozen is None else "frozen-stripped")
    except BoardBuildError as exc:
        _err(str(exc))
        return None


def _savings(full, stripped) -> str:
    saved = full.text - stripped.text
    return f"{stripped.board.name}: --strip saves {saved} bytes of text ({100 * saved / full.text:.1f} %)"


def _report_run(board, result, timeout) -> int:
    from .boards.qemu import HANG_STATUS
    sys.stdout.buffer.write(result.stdout)
    sys.stdout.flush()
    sys.stderr.buffer.write(result.stderr)
    if result.timed_out:
        _err(f"{board.name}: the guest did not finish within {timeout:g} s; killed "
             "(a hang, or raise --timeout)")
        return HANG_STATUS
    return result.status


def board_run(args: argparse.Namespace) -> int:
    from .boards.qemu import missing_qemu, run as run_qemu
    board = _board(args.name)
    if board is None:
        return EXIT_USAGE
    if not Path(args.file).is_file():
        _err(f"can't open file '{args.file}': no such file")
        return EXIT_USAGE
    if missing_qemu(board):
        _err(f"{board.name}: {missing_qemu(board)} not installed (run scripts/setup-boards.sh)")
        return EXIT_ERROR
    data = _board_image(args)
    if data is None:
        return EXIT_ERROR
    fw = _firmware(board)
    if fw is None:
        return EXIT_ERROR
    # a plain file name: semihosting's command line splits at spaces, QEMU's options at commas
    stem = "".join(c if c.isalnum() or c in "-_." else "_" for c in Path(args.file).stem)
    image = fw.elf.parent / "images" / (stem + ".vmi")
    image.parent.mkdir(parents=True, exist_ok=True)
    image.write_bytes(data)
    timeout = args.timeout or board.timeout
    try:
        # output straight through (stdout and stderr keep their order) unless --icount
        # needs the firmware's tick line from stderr
        result = run_qemu(board, fw.elf, image, timeout=timeout, icount=args.icount,
                          program_args=list(args.args), capture=args.icount)
    except ValueError as exc:
        _err(str(exc))
        return EXIT_USAGE
    return _report_run(board, result, timeout)


def board_freeze(args: argparse.Namespace) -> int:
    from .boards.qemu import run as run_qemu
    board = _board(args.name)
    if board is None:
        return EXIT_USAGE
    if not Path(args.file).is_file():
        _err(f"can't open file '{args.file}': no such file")
        return EXIT_USAGE
    data = _board_image(args)
    if data is None:
        return EXIT_ERROR
    frozen = (Path(args.file).with_suffix(".py").name, data)
    if args.strip:
        full = _firmware(board, frozen=frozen)
        fw = _stripped_firmware(board, data, frozen=frozen) if full is not None else None
        if fw is not None:
            print(_savings(full, fw), file=sys.stderr if args.run else sys.stdout)
    else:
        fw = _firmware(board, frozen=frozen)
    if fw is None:
        return EXIT_ERROR
    print(fw.size_report(), file=sys.stderr if args.run else sys.stdout)
    if not args.run:
        return EXIT_OK
    timeout = args.timeout or board.timeout
    return _report_run(board, run_qemu(board, fw.elf, None, timeout=timeout, capture=False), timeout)


def board_test(args: argparse.Namespace) -> int:
    from .boards.corpus import run_corpus
    from .boards.qemu import missing_qemu
    board = _board(args.name)
    if board is None:
        return EXIT_USAGE
    corpus = Path(args.corpus) if args.corpus else Path(__file__).resolve().parent.parent / "tests" / "corpus"
    if not corpus.is_dir():
        _err(f"{corpus}: no corpus folder here (give --corpus DIR)")
        return EXIT_USAGE
    if missing_qemu(board):
        _err(f"{board.name}: {missing_qemu(board)} not installed (run scripts/setup-boards.sh)")
        return EXIT_ERROR
    fw = _firmware(board)
    if fw is None:
        return EXIT_ERROR
    vm = _vm(argparse.Namespace(build=None))
    if vm is None:
        return EXIT_USAGE
    from .boards.corpus import programs
    total = len([p for p in programs(corpus) if not args.programs or p.stem in args.programs])
    bar = _progress(total, f"{board.name}")
    report = run_corpus(board, fw.elf, corpus, args.programs, fw.elf.parent / "corpus", vm,
                        timeout=args.timeout, progress=lambda o: bar.update(o))
    bar.close()
    for o in report.outcomes:
        if o.skipped:
            print(f"SKIP {o.name}: {o.skipped}")
        elif not o.passed:
            print(f"FAIL {o.name}: {o.detail}")
    print(f"{board.name}: {report.count('passed')} passed, {report.count('failed')} failed, "
          f"{report.count('skipped')} skipped of {len(report.outcomes)}")
    return EXIT_OK if report.count("failed") == 0 else EXIT_ERROR


class _progress:
    """A progress bar on stderr (tqdm), or a line per program when tqdm is not installed."""

    def __init__(self, total: int, label: str):
        try:
            from tqdm import tqdm
            self._bar = tqdm(total=total, desc=label, unit="prog", file=sys.stderr, leave=True)
        except ImportError:
            self._bar = None
        self._label, self._done, self._total = label, 0, total

    def update(self, outcome) -> None:
        self._done += 1
        state = "skip" if outcome.skipped else "ok" if outcome.passed else "FAIL"
        if self._bar is not None:
            self._bar.set_postfix_str(f"{outcome.name}: {state}", refresh=False)
            self._bar.update(1)
        else:
            print(f"{self._label}: [{self._done}/{self._total}] {outcome.name}: {state}", file=sys.stderr)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
