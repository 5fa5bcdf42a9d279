"""The jit backend: plain's runtime with function frames run by the Numba-compiled loop
generated from the spec (build/gen/loop_jit.py). Importing it needs numpy and Numba."""
from .vm import JitVM

__all__ = ["JitVM"]
