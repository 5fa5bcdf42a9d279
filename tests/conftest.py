import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "opcodes.toml"

# Tests import the generator from the checkout, installed or not.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
