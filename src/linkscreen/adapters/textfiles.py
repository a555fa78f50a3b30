"""Open CSV files as text, streaming: encoding fallback, header search, physical line numbers.

Memory stays flat whatever the file size: bytes are read in 1 MiB chunks, split into physical
lines, decoded (UTF-8, else cp1252) and parsed row by row; a quoted field spanning lines goes
through `csv.reader`, which joins them. Every row carries the physical line where it starts,
for `file:line` errors. A stray quote costs only its own row: the lines it swallowed are read again.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, islice
from typing import BinaryIO

from linkscreen.adapters.errors import ImportFileError, MissingColumnsError
from linkscreen.core.models import FileNote, RowError

CHUNK_SIZE = 1 << 20
MAX_LINE_BYTES = 64 << 20
FIELD_SIZE_LIMIT = 32 << 20
HEADER_SCAN_LINES = 20
MAX_RECORD_LINES = 2_000  # a quoted field still open this many lines on is taken for a stray quote
CANDIDATE_DELIMITERS = (",", ";", "\t")

_CP1252_FALLBACK = "linkscreen-cp1252"
_LATIN1_FALLBACK = "linkscreen-latin1"
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")

CsvRow = tuple[int, list[str]]


def _decode_latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    """Map the five bytes cp1252 leaves undefined to the same code points as latin-1."""
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start:error.end].decode("latin-1"), error.end


def _decode_cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Read bytes that are not valid UTF-8 as cp1252 (Excel's 'CSV' on Windows)."""
    assert isinstance(error, UnicodeDecodeError)
    text = error.object[error.start:error.end].decode("cp1252", _LATIN1_FALLBACK)
    return text, error.end


codecs.register_error(_LATIN1_FALLBACK, _decode_latin1_fallback)
codecs.register_error(_CP1252_FALLBACK, _decode_cp1252_fallback)
csv.field_size_limit(max(csv.field_size_limit(), FIELD_SIZE_LIMIT))


def normalise_column(name: str) -> str:
    """Return a header cell in comparable form: 'Sent At' == 'sent_at' == ' SENT AT '."""
    name = name.replace("\ufeff", "").replace("_", " ").replace("-", " ")
    return " ".join(name.split()).casefold()


def decode_cp1252(line: bytes) -> str:
    """Decode Windows-1252, mapping its five undefined bytes as latin-1 does."""
    return line.decode("cp1252", _LATIN1_FALLBACK)


class DecodedLines:
    """The physical lines of a binary stream, decoded as UTF-8, else cp1252, never all at once.

    Lines are split on the bytes (at \\n, \\r\\n or \\r only), then decoded one by one. The
    first chunk decides: a UTF-8 BOM is stripped, a UTF-16 BOM selects UTF-16, bytes that are
    not valid UTF-8 select cp1252. In a UTF-8 file, a later line that is not valid UTF-8 has its
    invalid bytes read as cp1252. `notes()` reports any fallback.
    """

    def __init__(self, stream: BinaryIO, name: str, *, chunk_size: int = CHUNK_SIZE,
                 max_line_bytes: int = MAX_LINE_BYTES) -> None:
        self.name = name
        self.encoding = ""
        self.fallback_line = 0
        self._stream = stream
        self._chunk_size = chunk_size
        self._max_line_bytes = max_line_bytes
        self._complete_lines = 0

    def notes(self) -> list[FileNote]:
        """Return what the user should know about the encoding of this file."""
        if self.encoding == "cp1252":
            return [FileNote(self.name, "not valid UTF-8: read as Windows-1252 (cp1252)")]
        if self.encoding == "utf-16":
            return [FileNote(self.name, "read as UTF-16")]
        if self.fallback_line:
            return [FileNote(self.name, f"not valid UTF-8 from line {self.fallback_line}: "
                                        "the invalid bytes were read as Windows-1252 (cp1252)")]
        return []

    def __iter__(self) -> Iterator[str]:
        return chain.from_iterable(self._batches())

    def _batches(self) -> Iterator[list[str]]:
        """Yield the decoded lines chunk by chunk (flattened in C by __iter__)."""
        chunk = self._stream.read(max(self._chunk_size, 4))  # room for any BOM
        if chunk.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            yield from self._iterate_utf16(chunk)
            return
        chunk = chunk.removeprefix(codecs.BOM_UTF8)
        self.encoding = "utf-8" if self._looks_utf8(chunk) else "cp1252"
        decode = bytes.decode if self.encoding == "utf-8" else decode_cp1252
        carry = b""
        while chunk:
            lines = (carry + chunk if carry else chunk).splitlines(True)
            carry = lines.pop() if not lines[-1].endswith(b"\n") else b""
            if len(carry) > self._max_line_bytes:
                raise ImportFileError(f"{self.name}: line {self._complete_lines + len(lines) + 1} "
                                      f"is longer than {self._max_line_bytes:,} bytes; "
                                      "is this really a CSV or JSON Lines file?")
            yield self._decode_lines(lines, decode)
            chunk = self._stream.read(self._chunk_size)
        if carry:
            yield self._decode_lines([carry], decode)

    def _looks_utf8(self, first: bytes) -> bool:
        """Probe the first chunk (a sequence cut at its end is fine)."""
        try:
            codecs.utf_8_decode(first, "strict", len(first) < self._chunk_size)
        except UnicodeDecodeError:
            return False
        return True

    def _decode_lines(self, lines: list[bytes], decode: Callable[[bytes], str]) -> list[str]:
        """Decode a batch of lines; on a UTF-8 error, redo the batch line by line with fallback."""
        try:
            decoded = list(map(decode, lines))
        except UnicodeDecodeError:
            decoded = [self._decode_leniently(line, offset) for offset, line in enumerate(lines)]
        self._complete_lines += len(lines)
        return decoded

    def _decode_leniently(self, line: bytes, offset: int) -> str:
        try:
            return line.decode("utf-8")
        except UnicodeDecodeError:
            self.fallback_line = self.fallback_line or self._complete_lines + offset + 1
            return line.decode("utf-8", _CP1252_FALLBACK)

    def _iterate_utf16(self, chunk: bytes) -> Iterator[list[str]]:
        """The rare UTF-16 file (Excel's 'Unicode text'): decode first, then split."""
        self.encoding = "utf-16"
        decoder = codecs.getincrementaldecoder("utf-16")("replace")
        carry = ""
        while True:
            text = carry + decoder.decode(chunk, not chunk)
            lines = _LINE.findall(text)
            carry = lines.pop() if chunk and lines and not lines[-1].endswith("\n") else ""
            self._complete_lines += len(lines)
            yield lines
            if not chunk:
                return
            chunk = self._stream.read(self._chunk_size)


class CsvFile:
    """A CSV file opened for streaming: header found, dialect chosen, rows with line numbers.

    The header is the first of the first `scan_lines` lines that holds every required column
    (LinkedIn's Connections.csv puts a 'Notes:' preamble above it). The delimiter is the first
    of `,` `;` TAB (or, with `sniff`, csv.Sniffer's guess) under which such a header exists.
    """

    def __init__(self, stream: BinaryIO, name: str, required: Sequence[str], *,
                 sniff: bool = False, scan_lines: int = HEADER_SCAN_LINES,
                 chunk_size: int = CHUNK_SIZE, max_record_lines: int = MAX_RECORD_LINES) -> None:
        self.name = name
        self._max_record_lines = max(2, max_record_lines)
        self._lines = DecodedLines(stream, name, chunk_size=chunk_size)
        line_iter = iter(self._lines)
        head = list(islice(line_iter, scan_lines))
        self._dialect, records_above = self._find_header(head, required, sniff)
        reader = csv.reader(iter(head), self._dialect)
        header: list[str] = []
        for _ in range(records_above + 1):
            header = next(reader)
        self.header = [cell.replace("\ufeff", "").strip() for cell in header]
        self.header_line = reader.line_num
        self.delimiter: str = self._dialect.delimiter
        self.columns: dict[str, int] = {}
        for position, cell in enumerate(self.header):
            self.columns.setdefault(normalise_column(cell), position)
        self._data_lines = chain(head[reader.line_num:], line_iter)

    @property
    def encoding(self) -> str:
        return self._lines.encoding

    def index(self, column: str) -> int | None:
        """Return the position of a column (compared loosely), or None when absent."""
        return self.columns.get(normalise_column(column))

    def notes(self) -> list[FileNote]:
        """Return the file-level notes known so far (encoding fallbacks)."""
        return self._lines.notes()

    def rows(self) -> Iterator[CsvRow | RowError]:
        """Yield (start line, fields) per data row, or a RowError for a row that cannot be read.

        Blank lines are skipped; rows longer than the header only by empty trailing fields
        (Excel) are trimmed; other rows of the wrong width are errors. One-line rows without
        quotes, or with every field quoted and no quote inside, are split directly (the same
        result as csv, several times faster); every other row goes through csv.reader.

        A row joined from several lines whose quoted field is never closed, is still open after
        `max_record_lines` lines, or is closed by a quote with more text after it is taken for a
        stray quote: it is reported at its first line and the lines after that one are read again.
        """
        dialect, width = self._dialect, len(self.header)
        delimiter = self.delimiter
        separator = f'"{delimiter}"'
        all_quoted = 2 * width
        simple = _is_simple(dialect)
        number = self.header_line
        feed = _RecordFeed(self._data_lines, dialect, self._max_record_lines)
        while True:
            for line in feed.lines:
                number += 1
                if simple:
                    if '"' not in line:
                        fields = line.rstrip("\r\n").split(delimiter)
                        if len(fields) == width and (width > 1 or fields[0]):
                            yield number, fields
                            continue
                        yield from self._fit(number, fields, width)
                        continue
                    if line[0] == '"' and line.count('"') == all_quoted:
                        tail = -2 if line.endswith('"\n') else _find_quoted_tail(line)
                        if tail:
                            fields = line.split(separator)
                            # all quotes accounted for, none inside: a field '","' would shift these
                            if len(fields) == width and fields[0] and len(fields[-1]) >= -tail:
                                fields[0] = fields[0][1:]
                                fields[-1] = fields[-1][:tail]
                                yield number, fields
                                continue
                fields, problem = feed.read_row(line, number)
                start, number = number, number + len(feed.taken) - 1
                if not problem:
                    yield from self._fit(start, fields, width, number)
                elif start == number:
                    yield RowError(self.name, start, problem)
                else:
                    yield RowError(self.name, start, f"{problem}; {_describe_rereading(start + 1, number)}")
                    feed.rewind()
                    number = start
                    break
            else:
                return

    def _fit(self, line: int, fields: list[str], width: int, last: int = 0) -> Iterator[CsvRow | RowError]:
        """Yield a row of the wrong width trimmed to fit, an error, or nothing for a blank line; `last`
        is the row's last line when it spans several."""
        if not fields or (len(fields) == 1 and not fields[0].strip()):
            return
        if len(fields) > width and not any(cell.strip() for cell in fields[width:]):
            yield line, fields[:width]
        elif len(fields) == width:
            yield line, fields
        else:
            joined = f" in the row joined from lines {line}-{last}" if last > line else ""
            yield RowError(self.name, line, f"expected {width} fields, found {len(fields)}{joined}")

    def _find_header(self, head: list[str], required: Sequence[str],
                     sniff: bool) -> tuple[type[csv.Dialect] | csv.Dialect, int]:
        """Return the dialect and the number of records above the header; raise when absent.

        When several dialects find the header, the one whose following rows most often have the
        header's width wins (earlier candidates win ties).
        """
        wanted = {normalise_column(column): column for column in required}
        best_missing, best_line = list(required), 0
        choice: tuple[float, type[csv.Dialect] | csv.Dialect, int] | None = None
        for dialect in _candidate_dialects(head, sniff):
            reader = csv.reader(iter(head), dialect)
            try:
                records = [(record, reader.line_num) for record in reader]
            except csv.Error:
                continue
            for number, (record, line) in enumerate(records):
                present = {normalise_column(cell) for cell in record}
                missing = [name for key, name in wanted.items() if key not in present]
                if not missing:
                    score = _score_width(records[number + 1:], len(record))
                    if choice is None or score > choice[0]:
                        choice = (score, dialect, number)
                    break
                if len(missing) < len(best_missing) and len(present) > 1:
                    best_missing, best_line = missing, line
        if choice is not None:
            return choice[1], choice[2]
        if best_line:
            raise MissingColumnsError(self.name, best_missing, best_line)
        raise MissingColumnsError(self.name, list(required))


def _score_width(records: list[tuple[list[str], int]], width: int) -> float:
    """Return the share of non-blank records that have `width` fields (1.0 when there are none)."""
    rows = [record for record, _line in records if any(cell.strip() for cell in record)]
    return sum(len(row) == width for row in rows) / len(rows) if rows else 1.0


def _find_quoted_tail(line: str) -> int:
    """Return minus the length of '"' + line end, or 0 when the line does not end in a quote."""
    if line.endswith('"\n'):
        return -2
    if line.endswith('"\r\n'):
        return -3
    if line.endswith('"'):
        return -1
    return -2 if line.endswith('"\r') else 0


class _RecordFeed:
    """Reads the rows that need csv.reader, feeding it the line a row starts on, then the lines it asks
    for, at most `limit` in all.

    The lines of the current row are kept in `taken`: a row is read strictly first, and only when that
    fails read again leniently from the same lines; `rewind` puts all but its first line back in front
    of the rest, to read them as rows. `ended` says why a row was cut short: "end" (no more lines) or
    "limit".
    """

    def __init__(self, lines: Iterator[str], dialect: type[csv.Dialect] | csv.Dialect, limit: int) -> None:
        self.lines: Iterator[str] = lines
        self.limit = limit
        self.taken: list[str] = []
        self.ended = ""
        self._source = lines
        self._backlog: Iterator[str] = iter(())
        self._position = 0
        self._strict = csv.reader(self, dialect, strict=True)
        self._lenient = csv.reader(self, dialect)

    def read_row(self, line: str, number: int) -> tuple[list[str], str]:
        """Read the row starting at `line` (line `number`, already taken from `lines`): its fields, and what
        is wrong with it ('' when nothing is). A lenient reading (a quote inside an unquoted field is kept
        as text) is wrong only for a row of several lines."""
        self.taken, self.ended, self._position = [line], "", 0
        before = self._strict.line_num
        try:
            return next(self._strict), ""
        except csv.Error as error:
            closed_badly = "expected after" in str(error)
        failed_on = number + self._strict.line_num - before - 1
        self.ended, self._position = "", 0
        try:
            fields = next(self._lenient)
        except csv.Error as error:
            return [], f"unreadable CSV: {error}"
        if len(self.taken) == 1:
            return fields, ""
        if self.ended == "end":
            return fields, "a quoted field opened on this line is never closed (it runs to the end of the file)"
        if self.ended == "limit":
            return fields, f"a quoted field opened on this line is still open after {len(self.taken):,} lines"
        if not closed_badly:
            return fields, ""
        return fields, (f"a quote followed by more text on line {failed_on} makes this row run over "
                        f"{len(self.taken)} lines (a stray quote?)")

    def rewind(self) -> None:
        """Make `lines` yield the current row's lines after its first again, then whatever followed."""
        self._backlog = iter([*self.taken[1:], *self._backlog])
        self.lines = chain(self._backlog, self._source)
        self.taken = []

    def __iter__(self) -> _RecordFeed:
        return self

    def __next__(self) -> str:
        position = self._position
        if position < len(self.taken):
            self._position = position + 1
            return self.taken[position]
        if position >= self.limit:
            self.ended = "limit"
            raise StopIteration
        line = next(self.lines, None)
        if line is None:
            self.ended = "end"
            raise StopIteration
        self.taken.append(line)
        self._position = position + 1
        return line


def _describe_rereading(first: int, last: int) -> str:
    """Say that the lines a broken row swallowed are read again."""
    if first == last:
        return f"row skipped, line {first} read again on its own"
    return f"row skipped, lines {first}-{last} read again on their own"


def _is_simple(dialect: type[csv.Dialect] | csv.Dialect) -> bool:
    """True when rows may be split directly: '"' quotes, doubled inside, nothing else special."""
    return (dialect.quotechar == '"' and bool(dialect.doublequote) and not dialect.escapechar
            and not dialect.skipinitialspace and dialect.quoting != csv.QUOTE_NONE)


def _candidate_dialects(head: list[str], sniff: bool) -> Iterable[type[csv.Dialect] | csv.Dialect]:
    """Yield the dialects to try, most likely first."""
    if sniff and head:
        try:
            yield csv.Sniffer().sniff("".join(head), delimiters=",;\t|")
        except csv.Error:
            pass
    for delimiter in CANDIDATE_DELIMITERS:
        yield _dialect_with(delimiter)


def _dialect_with(delimiter: str) -> type[csv.Dialect]:
    """Return the Excel dialect with another delimiter."""
    if delimiter not in _DIALECTS:
        _DIALECTS[delimiter] = type(f"excel_{ord(delimiter)}", (csv.excel,), {"delimiter": delimiter})
    return _DIALECTS[delimiter]


_DIALECTS: dict[str, type[csv.Dialect]] = {}
