"""Module images (.vmi): the compiler's output, the loader's input.

Layout (little-endian):

    header   magic b"VMFI", u16 format version (the spec's), u16 container layout (LAYOUT),
             8-byte spec hash, u32 payload length, u32 CRC-32 of the payload
    payload  the main module's unit, then the bundle, then the source table
    unit     varint n_strings, then each string: varint byte length, UTF-8 bytes
             varint n_codes, then each code object:
               varint flags (CODE_* bits), varint n_pos_args, varint n_kwonly_args,
               varint n_local_names, that many qstr indices (the locals' names: parameters
               first, in order: positional, keyword-only, *args, **kwargs),
               varint qualname qstr, varint docstring (0: none, else qstr index + 1),
               varint length, then the code bytes in the seed's layout:
                 code_info: u32 size, u32 source-file qstr, u32 block-name qstr,
                            line-number table (per byte: bytecode delta in the low 5 bits,
                            line delta in the high 3; offsets count from the prelude's
                            start, as the seed's traceback code reads them), 0
                 prelude:   u16 n_state, u16 n_exc_stack, u8 n_cells, cell local indices
                 bytecode
    code object 0 is the module's top level.
    bundle   varint n_modules, then each: varint name length, UTF-8 name, unit. Modules the
             program imports, compiled with it: an import looks here before the file system.
    sources  varint n_sources, then each: varint text length, UTF-8 text, varint mode
             (0 eval, 1 exec), varint kind (0: a unit follows, its code 0 runs the source;
             1 SyntaxError, 2 IndentationError: varint message length, UTF-8 message,
             varint line, varint offset). What eval/exec/compile of that text gives, for a
             VM without a compiler.

The spec's format version covers the bytecode; LAYOUT covers this container (2: bundle and
sources sections; layout 0 images have neither).

A VM generated from another spec (different hash or format version) refuses the image and
says which spec it was built for. Every length and index is checked before use.
"""
from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field

MAGIC = b"VMFI"
HEADER = struct.Struct("<4sHH8sII")
LAYOUT = 2
MODES = ("eval", "exec")
ERROR_KINDS = (None, "SyntaxError", "IndentationError")

CODE_GENERATOR = 0x01
CODE_VARARGS = 0x02
CODE_VARKEYWORDS = 0x04


class ImageError(ValueError):
    """A corrupted, truncated or foreign image. The message is one line."""


@dataclass
class CodeObject:
    code: bytes                     # code_info + prelude + bytecode
    flags: int = 0
    n_pos_args: int = 0
    n_kwonly_args: int = 0
    local_names: list[int] = field(default_factory=list)   # qstr indices, parameters first
    qualname: int = 0                   # qstr index
    doc: int | None = None              # qstr index of the docstring

    @property
    def n_params(self) -> int:
        return (self.n_pos_args + self.n_kwonly_args + bool(self.flags & CODE_VARARGS)
                + bool(self.flags & CODE_VARKEYWORDS))

    # --- views of the seed layout ----------------------------------------------------
    @property
    def code_info_size(self) -> int:
        return struct.unpack_from("<I", self.code, 0)[0]

    @property
    def source_file(self) -> int:
        return struct.unpack_from("<I", self.code, 4)[0]

    @property
    def block_name(self) -> int:
        return struct.unpack_from("<I", self.code, 8)[0]

    def line_table(self) -> bytes:
        return self.code[12:self.code_info_size - 1]

    @property
    def n_state(self) -> int:
        return struct.unpack_from("<H", self.code, self.code_info_size)[0]

    @property
    def n_exc_stack(self) -> int:
        return struct.unpack_from("<H", self.code, self.code_info_size + 2)[0]

    @property
    def cells(self) -> list[int]:
        at = self.code_info_size + 4
        return list(self.code[at + 1:at + 1 + self.code[at]])

    @property
    def bytecode_start(self) -> int:
        at = self.code_info_size + 4
        return at + 1 + self.code[at]

    def lines(self) -> list[tuple[int, int]]:
        """(offset in the code bytes, line) pairs from the line table."""
        return decode_line_table(self.line_table(), self.code_info_size)

    def line_of(self, offset: int) -> int:
        """Source line of the instruction at `offset` in the code bytes."""
        return line_at(self.line_table(), offset - self.code_info_size)


@dataclass
class Image:
    strings: list[str]
    codes: list[CodeObject]
    spec_hash: str
    format_version: int
    modules: list["BundledModule"] = field(default_factory=list)
    sources: list["SourceEntry"] = field(default_factory=list)


@dataclass
class BundledModule:
    name: str                           # the import name
    image: Image                        # its strings and codes (no bundle or sources of its own)


@dataclass
class SourceEntry:
    """What compiling `text` in `mode` gives: a unit (code 0 runs it) or a syntax error."""
    text: str
    mode: str                           # "eval" or "exec"
    image: Image | None = None
    error: tuple[str, str, int, int] | None = None      # (kind, message, line, offset)


# --- code objects -----------------------------------------------------------------------

# The seed's table only steps forward (3 bits of line delta). Source lines can go back
# (a call's arguments on later lines than the call), so one escape is added: the byte
# LINE_BACK (bytecode delta 0, line delta 7, which the encoder never writes for a
# forward step) is followed by a byte k (1..255) meaning "line -= k".
LINE_BACK = 0xE0


def encode_line_table(pairs: list[tuple[int, int]], first_line: int = 1) -> bytes:
    """Line table from (offset, line) pairs sorted by offset."""
    out = bytearray()
    last_bc, last_line = 0, first_line
    for bc, line in pairs:
        db, dl = bc - last_bc, line - last_line
        if dl < 0:
            # move to the offset first, then step back: the step applies from there on
            while db > 0:
                step_b = min(db, 31)
                out.append(step_b)
                db -= step_b
            while dl < 0:
                step = min(-dl, 255)
                out += bytes([LINE_BACK, step])
                dl += step
        while db > 31 or dl > 6:
            step_b, step_l = min(db, 31), min(dl, 6)
            out.append(step_b | (step_l << 5))
            db -= step_b
            dl -= step_l
        if db or dl:
            out.append(db | (dl << 5))
        last_bc, last_line = bc, line
    return bytes(out)


def _steps(table: bytes):
    """(bytecode delta, line delta) steps of a line table."""
    i = 0
    while i < len(table):
        byte = table[i]
        if byte == LINE_BACK and i + 1 < len(table):
            yield 0, -table[i + 1]
            i += 2
            continue
        yield byte & 31, byte >> 5
        i += 1


def decode_line_table(table: bytes, base: int = 0, first_line: int = 1) -> list[tuple[int, int]]:
    pairs, bc, line = [], 0, first_line
    for db, dl in _steps(table):
        bc += db
        line += dl
        pairs.append((base + bc, line))
    return pairs


def line_at(table: bytes, bc_offset: int, first_line: int = 1) -> int:
    """The source line of the instruction at bytecode offset bc_offset (as the seed does)."""
    line = first_line
    for db, dl in _steps(table):
        if bc_offset < db:
            break
        bc_offset -= db
        line += dl
    return line


def build_code(bytecode: bytes, *, source_file: int, block_name: int, n_state: int,
               n_exc_stack: int, cells: list[int] = (), lines: list[tuple[int, int]] = ()) -> bytes:
    """Lay out code_info, prelude and bytecode; `lines` offsets are relative to the bytecode."""
    prelude_size = 5 + len(cells)
    table = encode_line_table(sorted((off + prelude_size, line) for off, line in lines))
    info_size = 12 + len(table) + 1
    info = struct.pack("<III", info_size, source_file, block_name) + table + b"\0"
    if n_state > 0xFFFF or n_exc_stack > 0xFFFF or len(cells) > 255:
        raise ValueError("code object too large for the prelude")
    prelude = struct.pack("<HH", n_state, n_exc_stack) + bytes([len(cells)]) + bytes(cells)
    return info + prelude + bytecode


# --- varints for the container ------------------------------------------------------------

def _put_varint(out: bytearray, value: int) -> None:
    groups = [value & 0x7F]
    value >>= 7
    while value:
        groups.append(value & 0x7F)
        value >>= 7
    for i, g in enumerate(reversed(groups)):
        out.append(g | (0x80 if i < len(groups) - 1 else 0))


class _Reader:
    def __init__(self, data: bytes):
        self.data = data
        self.pos = 0

    def varint(self, what: str, limit: int) -> int:
        value = 0
        for _ in range(5):
            if self.pos >= len(self.data):
                raise ImageError(f"truncated image: {what} runs past the end at byte {self.pos}")
            byte = self.data[self.pos]
            self.pos += 1
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                if value > limit:
                    raise ImageError(f"corrupt image: {what} {value} is over the limit {limit}")
                return value
        raise ImageError(f"corrupt image: {what} is not a valid varint at byte {self.pos}")

    def text(self, what: str) -> str:
        raw = self.take(self.varint(f"length of {what}", len(self.data)), what)
        try:
            return raw.decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            raise ImageError(f"corrupt image: {what} is not UTF-8") from None

    def take(self, n: int, what: str) -> bytes:
        if self.pos + n > len(self.data):
            raise ImageError(f"truncated image: {what} needs {n} bytes at byte {self.pos}")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk


# --- whole images -----------------------------------------------------------------------

def _put_text(out: bytearray, text: str) -> None:
    raw = text.encode("utf-8", "surrogatepass")
    _put_varint(out, len(raw))
    out += raw


def _dump_unit(payload: bytearray, image: Image) -> None:
    _put_varint(payload, len(image.strings))
    for s in image.strings:
        _put_text(payload, s)
    _put_varint(payload, len(image.codes))
    for c in image.codes:
        for value in (c.flags, c.n_pos_args, c.n_kwonly_args, len(c.local_names), *c.local_names,
                      c.qualname, 0 if c.doc is None else c.doc + 1, len(c.code)):
            _put_varint(payload, value)
        payload += c.code


def dump(image: Image) -> bytes:
    payload = bytearray()
    _dump_unit(payload, image)
    _put_varint(payload, len(image.modules))
    for m in image.modules:
        _put_text(payload, m.name)
        _dump_unit(payload, m.image)
    _put_varint(payload, len(image.sources))
    for e in image.sources:
        _put_text(payload, e.text)
        _put_varint(payload, MODES.index(e.mode))
        if e.error is None:
            _put_varint(payload, 0)
            _dump_unit(payload, e.image)
        else:
            kind, message, line, offset = e.error
            _put_varint(payload, ERROR_KINDS.index(kind))
            _put_text(payload, message)
            _put_varint(payload, max(line, 0))
            _put_varint(payload, max(offset, 0))
    header = HEADER.pack(MAGIC, image.format_version, LAYOUT, bytes.fromhex(image.spec_hash),
                         len(payload), zlib.crc32(payload))
    return header + bytes(payload)


def load(data: bytes, *, spec_hash: str, format_version: int, spec_name: str = "this VM") -> Image:
    """Parse and check an image's container; code objects are checked by check_code()."""
    if len(data) < HEADER.size:
        raise ImageError(f"truncated image: {len(data)} bytes, the header alone is {HEADER.size}")
    magic, version, layout, hash_bytes, length, crc = HEADER.unpack_from(data)
    if magic != MAGIC:
        raise ImageError(f"not a vmforge image (magic {magic!r}, expected {MAGIC!r})")
    if hash_bytes.hex() != spec_hash or version != format_version or layout != LAYOUT:
        raise ImageError(f"image was built for spec {hash_bytes.hex()} (format {version}, layout {layout}); "
                         f"this VM is {spec_name} {spec_hash} (format {format_version}, layout {LAYOUT}): "
                         "recompile it")
    payload = data[HEADER.size:]
    if len(payload) != length:
        raise ImageError(f"truncated image: payload is {len(payload)} bytes, header says {length}")
    if zlib.crc32(payload) != crc:
        raise ImageError("corrupt image: payload checksum does not match")
    r = _Reader(payload)
    strings, codes = _load_unit(r, "")
    image = Image(strings, codes, hash_bytes.hex(), version)
    for i in range(r.varint("module count", len(payload))):
        name = r.text(f"name of module {i}")
        m_strings, m_codes = _load_unit(r, f"module {i}: ")
        image.modules.append(BundledModule(name, Image(m_strings, m_codes, image.spec_hash, version)))
    for i in range(r.varint("source count", len(payload))):
        text = r.text(f"text of source {i}")
        mode = MODES[r.varint(f"mode of source {i}", len(MODES) - 1)]
        kind = r.varint(f"kind of source {i}", len(ERROR_KINDS) - 1)
        if kind == 0:
            e_strings, e_codes = _load_unit(r, f"source {i}: ")
            image.sources.append(SourceEntry(text, mode, Image(e_strings, e_codes, image.spec_hash, version)))
        else:
            message = r.text(f"message of source {i}")
            line = r.varint(f"line of source {i}", len(payload))
            offset = r.varint(f"offset of source {i}", len(payload))
            image.sources.append(SourceEntry(text, mode, error=(ERROR_KINDS[kind], message, line, offset)))
    if r.pos != len(payload):
        raise ImageError(f"corrupt image: {len(payload) - r.pos} bytes after the source table")
    return image


def _load_unit(r: _Reader, where: str) -> tuple[list[str], list[CodeObject]]:
    """One unit's strings and code objects, checked; `where` prefixes the messages' subjects."""
    n = len(r.data)
    strings = []
    for i in range(r.varint(f"{where}string count", n)):
        strings.append(r.text(f"{where}string {i}"))
    codes = []
    for i in range(r.varint(f"{where}code object count", n)):
        flags = r.varint(f"{where}flags of code {i}", 0xFF)
        n_pos = r.varint(f"{where}argument count of code {i}", 255)
        n_kwonly = r.varint(f"{where}keyword-only count of code {i}", 255)
        names = [r.varint(f"{where}local name of code {i}", max(len(strings) - 1, 0))
                 for _ in range(r.varint(f"{where}local names of code {i}", 0xFFFF))]
        top = max(len(strings) - 1, 0)
        qualname = r.varint(f"{where}qualified name of code {i}", top)
        doc = r.varint(f"{where}docstring of code {i}", len(strings))
        code = r.take(r.varint(f"{where}length of code {i}", n), f"{where}code {i}")
        codes.append(CodeObject(code, flags, n_pos, n_kwonly, names, qualname, doc - 1 if doc else None))
    if not codes:
        raise ImageError(f"corrupt image: {where}no code objects")
    for i, c in enumerate(codes):
        check_layout(c, i, len(strings), where)
    return strings, codes


def check_layout(c: CodeObject, index: int, n_strings: int, where: str = "") -> None:
    """Bounds of the seed layout: code_info, prelude and cells must lie inside the code."""
    what = f"corrupt image: {where}code {index}"
    if len(c.code) < 12 + 1 + 5:
        raise ImageError(f"{what} is too short ({len(c.code)} bytes)")
    size = c.code_info_size
    if size < 13 or size + 5 > len(c.code) or c.code[size - 1] != 0:
        raise ImageError(f"{what} has a bad code_info size {size}")
    if 0 in c.code[12:size - 1]:
        raise ImageError(f"{what} has a zero byte inside its line table")
    if c.source_file >= n_strings or c.block_name >= n_strings:
        raise ImageError(f"{what} names a string outside the string table")
    n_cells = c.code[size + 4]
    if size + 5 + n_cells > len(c.code):
        raise ImageError(f"{what} has {n_cells} cells past its end")
    if c.n_params > len(c.local_names) or len(c.local_names) > c.n_state:
        raise ImageError(f"{what} has {c.n_params} parameters, {len(c.local_names)} locals "
                         f"and n_state {c.n_state}, which do not fit")
    if any(cell >= c.n_state for cell in c.cells):
        raise ImageError(f"{what} has a cell index outside its n_state")
