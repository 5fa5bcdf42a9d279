"""vmforge: build bytecode VMs from one opcode specification.

`vmforge gen` renders spec/opcodes.toml through templates/ into build/gen/ (installed as
`vmforge.generated`); the compiler and runtimes in this package use what it generates.
"""
__version__ = "0.1.0"
