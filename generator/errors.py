"""The one error type of the generator: a spec problem, with where it is."""


class SpecError(Exception):
    """A malformed spec. Names the file, the line, the opcode (if any) and what is wrong."""

    def __init__(self, message: str, *, file: str = "<spec>", line: int | None = None,
                 opcode: str | None = None):
        self.message = message
        self.file = str(file)
        self.line = line
        self.opcode = opcode
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        what = f" opcode {self.opcode}:" if self.opcode else ""
        return f"{where}:{what} {self.message}"
