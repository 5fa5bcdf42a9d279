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
