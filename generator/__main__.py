"""`python -m generator ...` from a checkout: the same CLI as `vmforge`."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from vmforge.cli import main  # noqa: E402

raise SystemExit(main())
