"""Run the passes: load, analyse, render; then write the outputs or check them."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from . import analyzer, loader, render
from .errors import SpecError
from .model import Spec

ROOT = Path(__file__).resolve().parent.parent      # the repo (or, installed, the vmforge package)
DEFAULT_SPEC = ROOT / "spec" / "opcodes.toml"
DOCS_FILE = "opcodes.md"


def in_checkout() -> bool:
    return (ROOT / "pyproject.toml").is_file() and (ROOT / "build").is_dir()


def load_spec(path: str | Path | None = None) -> Spec:
    return analyzer.analyze(loader.load(Path(path) if path else DEFAULT_SPEC))


def _source_label(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.name


def plan(spec_path: str | Path | None = None, out: str | Path | None = None) -> tuple[Spec, dict[Path, str]]:
    """Render everything in memory: {absolute output path: text}."""
    path = Path(spec_path) if spec_path else DEFAULT_SPEC
    spec = analyzer.analyze(loader.load(path))
    files = render.render(spec, _source_label(path))
    if out is None:
        if not in_checkout():
            raise SpecError("not in a vmforge checkout: pass --out DIR for the generated VM", file=str(path))
        package, docs = ROOT / "build" / "gen", ROOT / "docs"
    else:
        package = docs = Path(out)
    placed = {}
    for rel, text in files.items():
        placed[(docs / rel) if rel == DOCS_FILE else (package / rel)] = text
    return spec, placed


@dataclass
class Result:
    spec: Spec
    files: list[Path]
    changed: list[Path] = field(default_factory=list)      # written (gen) or differing (check)
    seconds: float = 0.0


def generate(spec_path=None, out=None, check: bool = False) -> Result:
    start = time.perf_counter()
    spec, files = plan(spec_path, out)
    if check:
        changed = [p for p, text in files.items()
                   if not p.exists() or p.read_text(encoding="utf-8") != text]
    else:
        changed = []
        for p, text in sorted(files.items()):
            if p.exists() and p.read_text(encoding="utf-8") == text:
                continue
            p.parent.mkdir(parents=True, exist_ok=True)
            tmp = p.with_name(p.name + ".tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(p)
            changed.append(p)
    return Result(spec, sorted(files), sorted(changed), time.perf_counter() - start)
