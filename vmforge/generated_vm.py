"""Find the generated VM: the project's own (vmforge.generated, i.e. build/gen/) or one a
user generated elsewhere with `vmforge gen --spec S --out DIR`."""
from __future__ import annotations

import hashlib
import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType


class NotGenerated(RuntimeError):
    """There is no generated VM where one was asked for."""


def load(build: str | Path | None = None) -> ModuleType:
    """The generated package (with submodules opcodes, codecs, asm, dis, verify, loop_plain)."""
    if build is None:
        try:
            return importlib.import_module("vmforge.generated")
        except ModuleNotFoundError:
            build = Path(__file__).resolve().parent.parent / "build" / "gen"
    path = Path(build).resolve()
    init = path / "__init__.py"
    if not init.is_file():
        raise NotGenerated(f"no generated VM in {path} (run `vmforge gen --out {build}`)")
    name = "vmforge_vm_" + hashlib.sha1(str(path).encode()).hexdigest()[:10]
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, init, submodule_search_locations=[str(path)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def submodule(package: ModuleType, name: str) -> ModuleType:
    return importlib.import_module(f"{package.__name__}.{name}")
