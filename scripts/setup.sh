#!/usr/bin/env bash
# Install vmforge and its test tools into the current Python (a fresh machine needs only
# Python, pip, gcc and git). Quiet when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! python3 -c 'import vmforge.generator, numba, hypothesis, pytest_benchmark' 2>/dev/null; then
    echo "setup: installing vmforge with its dev extra (pip install -e '.[dev]')" >&2
    python3 -m pip install --disable-pip-version-check -q -e '.[dev]'
fi
