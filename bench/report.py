"""Side-by-side benchmark report: every bench program on CPython and on every backend
that runs here, measured in one run; times are ratios to CPython, with a geometric mean.

    python bench/report.py [--repeat 3] [--programs int_loop fib_recursive] [--chart FILE]

Each measurement is a fresh process that times only the program's run (best of
--repeat): CPython executing the compiled program, a VM running the compiled image, so
interpreter start-up and compilation are left out on both sides.
"""
from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
ROOT = HERE.parent


_CPYTHON = """
import sys, time
src = open(sys.argv[1]).read()
code = compile(src, sys.argv[1], "exec")
start = time.perf_counter()
exec(code, {"__name__": "__main__"})
print(f"@elapsed {time.perf_counter() - start}", file=sys.stderr)
"""

_VM = """
import sys, time, vmforge
vm = vmforge.load(sys.argv[2])
data = vm.compile(open(sys.argv[1]).read(), sys.argv[1])
start = time.perf_counter()
status = vm.run_image(data, sys.argv[1])
print(f"@elapsed {time.perf_counter() - start}", file=sys.stderr)
sys.exit(status)
"""


# The C VM is its own process: time the binary on the image, less its time on an empty
# program (process start-up and VM initialisation), so start-up is cancelled as above.
_C = """
import subprocess, sys, tempfile, time, vmforge
from pathlib import Path
vm = vmforge.load("c")
binary = str(vm.binary)
def best(image, n):
    out, t = None, float("inf")
    for _ in range(n):
        start = time.perf_counter()
        result = subprocess.run([binary, image], capture_output=True)
        t = min(t, time.perf_counter() - start)
        out = result
    return out, t
with tempfile.TemporaryDirectory() as tmp:
    prog, empty = Path(tmp, "prog.vmi"), Path(tmp, "empty.vmi")
    prog.write_bytes(vm.compile(open(sys.argv[1]).read(), sys.argv[1]))
    empty.write_bytes(vm.compile("pass", "empty.py"))
    _, base = best(str(empty), 5)
    result, t = best(str(prog), 1)
sys.stdout.write(result.stdout.decode())
sys.stderr.write(result.stderr.decode())
print(f"@elapsed {max(t - base, 1e-6)}", file=sys.stderr)
sys.exit(result.returncode)
"""


def command(backend: str, program: Path) -> list[str]:
    if backend == "cpython":
        return [sys.executable, "-c", _CPYTHON, str(program)]
    if backend == "c":
        return [sys.executable, "-c", _C, str(program)]
    return [sys.executable, "-c", _VM, str(program), backend]


def available_backends() -> list[str]:
    out = ["cpython"]
    for backend in ("plain", "jit", "c"):
        probe = subprocess.run([sys.executable, "-c", f"import vmforge; vmforge.load({backend!r})"],
                               capture_output=True, text=True, cwd=ROOT)
        if probe.returncode == 0:
            out.append(backend)
        else:
            print(f"report: {backend} backend not available, skipped", file=sys.stderr)
    return out


def timed(cmd: list[str], repeat: int) -> tuple[float, str]:
    best, output = math.inf, ""
    for _ in range(repeat):
        result = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd[-2:])} failed:\n{result.stderr[-1500:]}")
        elapsed = float(result.stderr.rsplit("@elapsed ", 1)[1].split()[0])
        best, output = min(best, elapsed), result.stdout
    return best, output


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (best is kept)")
    parser.add_argument("--programs", nargs="*", help="program names (default: all in bench/programs)")
    parser.add_argument("--backends", nargs="*", help="backends (default: every one that runs here)")
    parser.add_argument("--chart", default=str(HERE / "results" / "report.png"), help="bar chart to write")
    args = parser.parse_args(argv)
    programs = sorted(PROGRAMS.glob("*.py"))
    if args.programs:
        programs = [p for p in programs if p.stem in args.programs]
    backends = args.backends or available_backends()
    rows = []
    for program in programs:
        times = {}
        reference = None
        for backend in backends:
            print(f"report: {program.stem} on {backend} ...", file=sys.stderr, flush=True)
            elapsed, output = timed(command(backend, program), args.repeat)
            if reference is None:
                reference = output
            elif output != reference:
                raise RuntimeError(f"{program.stem}: {backend} printed {output!r}, CPython {reference!r}")
            times[backend] = elapsed
        rows.append((program.stem, times))
    print_table(rows, backends)
    write_chart(rows, backends, Path(args.chart))
    return 0


def print_table(rows, backends) -> None:
    others = [b for b in backends if b != "cpython"]
    head = f"{'program':22} {'cpython s':>10}" + "".join(f" {b + ' x':>10}" for b in others)
    print(head)
    print("-" * len(head))
    logs = {b: [] for b in others}
    for name, times in rows:
        line = f"{name:22} {times['cpython']:10.3f}"
        for b in others:
            ratio = times[b] / times["cpython"]
            logs[b].append(math.log(ratio))
            line += f" {ratio:10.2f}"
        print(line)
    print("-" * len(head))
    print(f"{'geometric mean':22} {'':10}" + "".join(
        f" {math.exp(sum(v) / len(v)):10.2f}" if v else f" {'':10}" for v in logs.values()))


def write_chart(rows, backends, path: Path) -> None:
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("report: matplotlib not installed, no chart", file=sys.stderr)
        return
    others = [b for b in backends if b != "cpython"]
    if not others:
        return
    fig, ax = plt.subplots(figsize=(10, 4.5))
    width = 0.8 / len(others)
    for i, b in enumerate(others):
        ratios = [t[b] / t["cpython"] for _, t in rows]
        ax.bar([x + i * width for x in range(len(rows))], ratios, width, label=b)
    ax.axhline(1.0, color="black", linewidth=0.8)
    ax.set_xticks([x + width * (len(others) - 1) / 2 for x in range(len(rows))])
    ax.set_xticklabels([name for name, _ in rows], rotation=30, ha="right")
    ax.set_ylabel("time / CPython time")
    ax.set_yscale("log")
    ax.set_title("vmforge backends vs CPython (lower is faster)")
    ax.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    print(f"report: chart written to {path}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
