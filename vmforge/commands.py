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


def asm(args: argparse.Namespace) -> int:
    _err("asm: not available yet")
    return EXIT_USAGE


def dis(args: argparse.Namespace) -> int:
    _err("dis: not available yet")
    return EXIT_USAGE
