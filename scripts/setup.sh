#!/usr/bin/env bash
# Install vmforge (editable, from this checkout) and its test tools into the current
# Python. A fresh machine needs only Python, pip, gcc and git. Does nothing when this
# checkout is already the installed one and the tools are there.
set -euo pipefail
cd "$(dirname "$0")/.."
here=$(pwd -P)
installed=$(cd / && python3 -c 'import pathlib, vmforge.generator as g; print(pathlib.Path(g.__file__).resolve().parent.parent)' 2>/dev/null || true)
if [ "$installed" != "$here" ] || ! python3 -c 'import numba, hypothesis, pytest_benchmark, matplotlib' 2>/dev/null; then
    echo "setup: pip install -e '.[dev]' (vmforge from $here, with numba, pytest, hypothesis)" >&2
    python3 -m pip install --disable-pip-version-check -q -e '.[dev]'
fi
