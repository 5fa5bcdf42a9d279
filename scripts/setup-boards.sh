#!/usr/bin/env bash
# Install the cross toolchains and QEMU used by board builds (vmforge board ...), from
# Debian's packages, when any is missing. Called by setup.sh with --boards or
# VMFORGE_BOARDS=1, and by CI. About 30 s and 2.4 GB on a fresh machine.
set -euo pipefail
pkgs=(gcc-arm-none-eabi libnewlib-arm-none-eabi gcc-riscv64-unknown-elf
      picolibc-riscv64-unknown-elf qemu-system-arm qemu-system-misc)
missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} = 0 ]; then
    echo "setup-boards: toolchains and QEMU already installed" >&2
    exit 0
fi
if ! command -v apt-get >/dev/null; then
    echo "setup-boards: apt-get not found; install these packages by hand: ${missing[*]}" >&2
    exit 1
fi
sudo=()
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then sudo=(sudo); else
        echo "setup-boards: not root and no sudo; as root run: apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi
echo "setup-boards: apt-get install ${missing[*]} (about 30 s, 2.4 GB)" >&2
if ! { "${sudo[@]}" apt-get update -qq &&
       "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >/tmp/setup-boards.log 2>&1; then
    tail -5 /tmp/setup-boards.log >&2
    echo "setup-boards: could not install ${missing[*]} (log: /tmp/setup-boards.log); board builds and their tests will be skipped" >&2
    exit 1
fi
echo "setup-boards: done" >&2
