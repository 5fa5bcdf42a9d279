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

# 32-bit host builds of the C VM need gcc-multilib (Debian); best effort, the tests say
# clearly when a 32-bit build cannot be made.
if command -v gcc >/dev/null && ! echo 'int main(void){return 0;}' | gcc -m32 -x c -o /dev/null - 2>/dev/null; then
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        echo "setup: apt-get install gcc-multilib (for -m32 builds of the C VM)" >&2
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gcc-multilib) >/dev/null 2>&1 \
            || echo "setup: could not install gcc-multilib; 32-bit C builds will be skipped" >&2
    fi
fi

# Board builds (vmforge board ...) need cross compilers and QEMU (about 2.4 GB): only when
# asked, with `scripts/setup.sh --boards` or VMFORGE_BOARDS=1 (CI does). Their tests skip
# with the reason when these are missing.
if [ "${1:-}" = "--boards" ] || [ "${VMFORGE_BOARDS:-}" = 1 ]; then
    scripts/setup-boards.sh || true
fi
