"""CompileError: what the compiler cannot compile, with file, line and column."""
from __future__ import annotations


class CompileError(Exception):
    def __init__(self, message: str, filename: str = "<string>", line: int | None = None,
                 column: int | None = None, source_line: str | None = None,
                 kind: str = "SyntaxError"):
        super().__init__(message)
        self.message = message
        self.filename = filename
        self.line = line
        self.column = column
        self.source_line = source_line
        self.kind = kind

    def __str__(self) -> str:
        where = self.filename + (f":{self.line}" if self.line else "") + (f":{self.column + 1}" if self.column is not None else "")
        return f"{where}: {self.kind}: {self.message}"

    def format(self) -> str:
        """The error as CPython prints a SyntaxError."""
        lines = [f'  File "{self.filename}", line {self.line or 1}']
        if self.source_line is not None:
            text = self.source_line.rstrip("\n")
            stripped = text.lstrip()
            lines.append(f"    {stripped}")
            if self.column is not None:
                caret = max(self.column - (len(text) - len(stripped)), 0)
                lines.append("    " + " " * caret + "^")
        lines.append(f"{self.kind}: {self.message}")
        return "\n".join(lines) + "\n"
