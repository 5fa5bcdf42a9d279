#!/usr/bin/env bash
# The main job: regenerate the VM from the spec, show what was built, and run the sample
# on every backend that exists.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== vmforge gen: spec/opcodes.toml -> build/gen/, docs/opcodes.md"
python3 -m vmforge gen
echo
echo "== what was built"
for f in build/gen/*.py build/gen/c/* docs/opcodes.md; do
    [ -f "$f" ] && printf '  %-28s %6d lines\n' "$f" "$(wc -l < "$f")"
done
echo
echo "== bytecode by hand: examples/countdown.s assembled, disassembled and run"
python3 -m vmforge asm examples/countdown.s -o build/countdown.vmi
python3 -m vmforge dis build/countdown.vmi
python3 -m vmforge run build/countdown.vmi
echo
echo "== the C VM: build/gen/c/vm.c + vmforge/runtime/c/*.c compiled by gcc -O2"
python3 -m vmforge build c
size "$(python3 -m vmforge build c 2>/dev/null)" 2>/dev/null || true
echo
echo "== examples/sample.py on CPython and on every backend"
echo "-- cpython"
python3 examples/sample.py
for backend in plain jit c; do
    echo "-- $backend"
    python3 -m vmforge run --backend "$backend" examples/sample.py || echo "   ($backend: not available yet, see above)"
done
echo
echo "== examples/sample.py on the boards under QEMU (cross toolchains: scripts/setup-boards.sh)"
for board in mps2-an385 rv32-virt; do
    echo "-- $board"
    python3 -m vmforge board run "$board" examples/sample.py || echo "   ($board: not available here, see above)"
done
