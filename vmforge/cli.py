"""The `vmforge` command line: argparse subcommands; messages on stderr; exit 0 ok,
1 program error (or a stale build/ for `gen --check`), 2 bad usage or input."""
from __future__ import annotations

import argparse
import sys

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _err(message: str) -> None:
    print(f"vmforge: {message}", file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vmforge",
        description="Build bytecode VMs from one opcode spec: generate, assemble, disassemble.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    gen = sub.add_parser("gen", help="regenerate the VM from the spec",
                         description="Render the spec through the templates into build/gen/ "
                                     "(or --out DIR) and docs/opcodes.md.")
    gen.add_argument("--spec", metavar="PATH", help="spec file (default: the project's spec/opcodes.toml)")
    gen.add_argument("--out", metavar="DIR", help="write the generated VM here instead of build/gen/")
    gen.add_argument("--check", action="store_true",
                     help="regenerate in memory; exit 1 naming each file that differs")
    gen.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    gen.set_defaults(func=_commands().gen)

    asm = sub.add_parser("asm", help="assemble bytecode text into a module image",
                         description="Assemble a .s file (one instruction a line, `label:` lines) "
                                     "into a module image.")
    asm.add_argument("file", help="assembly source (.s), or - for stdin")
    asm.add_argument("-o", "--output", metavar="OUT", help="image to write (default: FILE with .vmi)")
    asm.add_argument("--build", metavar="DIR", help="use the VM generated in DIR (vmforge gen --out)")
    asm.set_defaults(func=_commands().asm)

    run = sub.add_parser("run", help="run a Python program (or a module image) on the VM",
                         description="Compile FILE.py with vmforge's compiler (or load FILE.vmi) "
                                     "and run it; exits with the program's status.")
    run.add_argument("file", help="program (.py) or module image (.vmi)")
    run.add_argument("args", nargs=argparse.REMAINDER, help="arguments the program sees in sys.argv")
    run.add_argument("--backend", choices=("plain", "jit", "c", "auto"),
                     help="backend (default: $VMFORGE_BACKEND or plain)")
    run.add_argument("--build", metavar="DIR", help="use the VM generated in DIR (vmforge gen --out)")
    run.add_argument("-v", "--verbose", action="store_true", help="say which backend runs the program")
    run.set_defaults(func=_commands().run)

    comp = sub.add_parser("compile", help="compile a Python program into a module image",
                          description="Compile FILE.py into a module image (.vmi). The image bundles "
                          "every module the program imports (transitively) that is found beside "
                          "FILE.py; other imports are resolved at run time. When a module uses "
                          "eval, exec or compile, its string constants are also compiled into the "
                          "image, for VMs without a compiler (the C VM).")
    comp.add_argument("file", help="program (.py)")
    comp.add_argument("-o", "--output", metavar="OUT", help="image to write (default: FILE with .vmi)")
    comp.add_argument("--no-bundle", dest="bundle", action="store_false",
                      help="do not bundle the imported modules found beside FILE.py")
    comp.add_argument("--build", metavar="DIR", help="use the VM generated in DIR (vmforge gen --out)")
    comp.set_defaults(func=_commands().compile)

    dis = sub.add_parser("dis", help="disassemble a program, a module image or assembly",
                         description="Print the code objects of a program (.py, compiled first), "
                                     "a module image (.vmi) or an assembly file (.s), like CPython's dis.")
    dis.add_argument("file", help="program (.py), module image (.vmi) or assembly source (.s)")
    dis.add_argument("--build", metavar="DIR", help="use the VM generated in DIR (vmforge gen --out)")
    dis.set_defaults(func=_commands().dis)

    build = sub.add_parser("build", help="build a native VM (the C target for the host)",
                           description="Compile the generated C loop and the C runtime with gcc "
                                       "into build/c-host/CONFIG/vmforge-c.")
    build.add_argument("target", choices=("c",), help="what to build")
    build.add_argument("--config", default="release", choices=("release", "debug", "asan", "m32"),
                       help="compiler settings (default: release)")
    build.add_argument("--force", action="store_true", help="rebuild even if the binary is up to date")
    build.set_defaults(func=_commands().build)

    board = sub.add_parser("board", help="firmware for microcontroller boards, run under QEMU",
                           description="Cross-compile the C VM for a board described by "
                                       "boards/NAME.toml and run programs on it under QEMU.")
    bsub = board.add_subparsers(dest="board_command", metavar="ACTION")
    bsub.required = True
    blist = bsub.add_parser("list", help="list the boards", description="List the board files.")
    blist.set_defaults(func=_commands().board_list)
    bbuild = bsub.add_parser("build", help="build a board's firmware",
                             description="Build build/boards/NAME/firmware.elf and print its size "
                                         "(text, data, bss, heap).")
    bbuild.add_argument("name", help="board name (see `vmforge board list`) or a board file")
    bbuild.add_argument("--force", action="store_true", help="rebuild even if up to date")
    bbuild.add_argument("--strip", metavar="PROG",
                        help="app-specific VM: generate the dispatch loop and verifier for only the "
                             "opcodes PROG (.py or .vmi) uses, build it as NAME/stripped.elf and "
                             "report what it saves against the full firmware")
    bbuild.set_defaults(func=_commands().board_build)
    brun = bsub.add_parser("run", help="run a program on a board under QEMU",
                           description="Compile FILE.py (or take FILE.vmi), run it on the board's "
                                       "firmware under QEMU with the image read over semihosting; "
                                       "UART output on stdout; exits with the program's status.")
    brun.add_argument("name", help="board name or board file")
    brun.add_argument("file", help="program (.py) or module image (.vmi)")
    brun.add_argument("args", nargs=argparse.REMAINDER, help="arguments the program sees in sys.argv")
    brun.add_argument("--timeout", type=float, metavar="SECONDS",
                      help="kill a guest that runs longer (default: the board file's qemu.timeout)")
    brun.add_argument("--icount", action="store_true",
                      help="run with -icount shift=0 and print the guest instruction count on stderr")
    brun.set_defaults(func=_commands().board_run)
    bfreeze = bsub.add_parser("freeze", help="build firmware with a program frozen into flash",
                              description="Compile FILE.py and build build/boards/NAME/frozen.elf "
                                          "with the image as a const C array: it runs without "
                                          "semihosting file access.")
    bfreeze.add_argument("name", help="board name or board file")
    bfreeze.add_argument("file", help="program (.py) or module image (.vmi)")
    bfreeze.add_argument("--run", action="store_true", help="run the frozen firmware under QEMU too")
    bfreeze.add_argument("--strip", action="store_true",
                         help="app-specific VM: only the opcodes the program uses (see build --strip)")
    bfreeze.add_argument("--timeout", type=float, metavar="SECONDS", help="with --run: hang timeout")
    bfreeze.set_defaults(func=_commands().board_freeze)
    btest = bsub.add_parser("test", help="run the corpus on a board under QEMU",
                            description="Run corpus programs on the board under QEMU and compare "
                                        "stdout, exit status and stderr with CPython's (NAME.exp, "
                                        ".status, .err). Programs needing a feature the board turns "
                                        "off are skipped, each with its reason. Exit status 1 if "
                                        "any program fails.")
    btest.add_argument("name", help="board name or board file")
    btest.add_argument("programs", nargs="*", help="program names (default: the whole corpus)")
    btest.add_argument("--corpus", metavar="DIR", help="the corpus folder (default: tests/corpus)")
    btest.add_argument("--timeout", type=float, metavar="SECONDS", help="per-program hang timeout")
    btest.set_defaults(func=_commands().board_test)
    return parser


def _version() -> str:
    from . import __version__
    return __version__


def _commands():
    from . import commands
    return commands


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK
