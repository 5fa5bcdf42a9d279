"""Hand-written runtimes, one per backend: plain (Python), c (C sources), jit (Numba driver)."""
