"""Board builds: the C VM cross-compiled for a microcontroller described by a board file
(boards/NAME.toml), and run under QEMU. board.py reads board files, build.py makes firmware,
qemu.py runs it."""
from .board import Board, BoardError, board_dir, list_boards, load_board

__all__ = ["Board", "BoardError", "board_dir", "list_boards", "load_board"]
