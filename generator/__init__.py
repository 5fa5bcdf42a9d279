"""vmforge's generator: spec/opcodes.toml -> templates/ -> build/gen/.

Passes, each in its own module:
  loader    read the TOML and locate every table and key (for error lines)
  analyzer  check and build the model (stack effects, body language, flags)
  emit_*    one emitter per target language, from the same checked bodies
  render    run the Jinja2 templates and write (or --check) the outputs
"""
from .errors import SpecError

__all__ = ["SpecError"]
