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
echo "== the sample, assembled and disassembled (examples/countdown.s)"
python3 -m vmforge asm examples/countdown.s -o build/countdown.vmi
python3 -m vmforge dis build/countdown.vmi
