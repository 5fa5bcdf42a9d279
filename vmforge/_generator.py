"""The generator, whether installed as vmforge.generator or run from a checkout."""
import importlib.util

if importlib.util.find_spec("vmforge.generator") is not None:
    from .generator import driver
    from .generator.errors import SpecError
else:                                    # a checkout that is not pip-installed
    from generator import driver         # type: ignore[no-redef]
    from generator.errors import SpecError  # type: ignore[no-redef]

__all__ = ["driver", "SpecError"]
