#!/usr/bin/env bash
# The test command: install what is missing, check build/ against the spec, run pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== vmforge gen --check"
python3 -m vmforge gen --check
echo "== pytest"
python3 -m pytest "$@"
