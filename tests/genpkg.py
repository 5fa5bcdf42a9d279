"""Render the generated package from a spec into a directory and import it, so tests
exercise what the current spec generates (not whatever build/gen/ last held)."""
from __future__ import annotations

import importlib
import importlib.util
import itertools
import sys
from pathlib import Path
from types import ModuleType

from generator import driver, render

TOOLS = ("codecs", "opcodes", "asm", "dis", "verify")

_names = itertools.count()


def load_generated(tmp_path: Path, modules=TOOLS, spec_path: str | Path | None = None) -> ModuleType:
    """Render the spec (default: the project's) into tmp_path and import the package
    under a fresh name; `modules` are imported too and are attributes of the result."""
    spec = driver.load_spec(spec_path)
    files = render.render(spec, Path(spec_path).name if spec_path else "spec/opcodes.toml")
    name = f"_vmforge_generated_{next(_names)}"
    package = Path(tmp_path) / name
    for rel, text in files.items():
        if rel == driver.DOCS_FILE:
            continue
        path = package / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    init = package / "__init__.py"
    if not init.exists():
        init.write_text("", encoding="utf-8")
    module_spec = importlib.util.spec_from_file_location(
        name, init, submodule_search_locations=[str(package)])
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[name] = module
    module_spec.loader.exec_module(module)
    for sub in modules:
        importlib.import_module(f"{name}.{sub}")
    return module
