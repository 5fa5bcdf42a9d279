"""vmforge: build bytecode VMs from one opcode specification.

`vmforge gen` renders spec/opcodes.toml through templates/ into build/gen/ (installed as
`vmforge.generated`); the compiler and runtimes in this package use what it generates.
"""
__version__ = "0.1.0"


def load(backend=None, build=None, verbose=False):
    """A VM for `backend` ("plain", "jit", "c" or "auto"; default $VMFORGE_BACKEND or plain)."""
    from .api import load as _load
    return _load(backend, build, verbose)
