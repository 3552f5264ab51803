"""Read a spreadsheet's CSV export, whatever program wrote it.

Encoding: UTF-8 (with or without the BOM Excel adds), UTF-16 (Excel's "Unicode text"),
otherwise Windows-1252 (Latin-1 for the five bytes Windows-1252 leaves undefined).
Separator: comma, semicolon (European Excel), tab or pipe, chosen by which one splits the
first lines into the same number of columns. The first row holds the column names.
Anything that is not a table of text ends in a ClinicError saying what is wrong.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from clinic_app.errors import ClinicError

MAX_BYTES = 512 * 2**20  # a million patients is about 100 MB of CSV
MAX_CELL = 100_000
SEPARATORS = (",", ";", "\t", "|")
SEPARATOR_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
SNIFF_ROWS = 200


class FileProblem(ClinicError):
    """The file cannot be read as a patient list; the message says why and what to do."""


@dataclass(frozen=True)
class Table:
    """A parsed file: column names and rows of text cells (padded to the header's width)."""

    header: list[str]
    rows: list[list[str]]
    #: the spreadsheet row number of each row (the header is row 1)
    numbers: list[int]
    encoding: str  # as a person reads it: 'UTF-8', 'UTF-8 with BOM', 'Windows-1252', ...
    separator: str
    #: rows with more cells than the header has columns (number -> how many)
    too_wide: dict[int, int]

    @property
    def separator_name(self) -> str:
        return SEPARATOR_NAMES.get(self.separator, repr(self.separator))


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding label) of a file's bytes; FileProblem for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "UTF-8 with BOM"
        except UnicodeDecodeError:
            pass  # a BOM and then something else: read as Windows-1252 below
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise FileProblem("The file says it is UTF-16 text but is not readable as such. "
                              "Save it again from the spreadsheet as 'CSV UTF-8'.") from None
    if b"\x00" in data[:65536] or b"\x00" in data[-65536:]:
        raise FileProblem("This is not a text file (it holds binary data). In the spreadsheet "
                          "program use 'Save as' and choose 'CSV', then pick that file.")
    try:
        text, label = data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        try:
            text, label = data.decode("cp1252"), "Windows-1252"
        except UnicodeDecodeError:
            text, label = data.decode("latin-1"), "Latin-1 (ISO-8859-1)"
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    if sample and controls > max(8, len(sample) // 100):
        raise FileProblem("This is not a text file (it holds binary data). In the spreadsheet "
                          "program use 'Save as' and choose 'CSV', then pick that file.")
    return text, label


def _split(text: str, separator: str) -> csv.reader:  # type: ignore[valid-type]
    return csv.reader(io.StringIO(text, newline=""), delimiter=separator, quotechar='"',
                      skipinitialspace=False, strict=False)


def sniff_separator(text: str) -> str:
    """The separator that splits the first rows into the most, most regular, columns."""
    best, best_score = ",", (0.0, 1)
    head = text[:262_144]
    for sep in SEPARATORS:
        if sep not in head:
            continue
        counts: list[int] = []
        try:
            for row in _split(head, sep):
                if any(cell.strip() for cell in row):
                    counts.append(len(row))
                if len(counts) >= SNIFF_ROWS:
                    break
        except csv.Error:
            continue
        if len(counts) > 1 and len(head) == 262_144:
            counts.pop()  # the last row read may be cut in half by the sample's end
        if not counts:
            continue
        width, seen = Counter(counts).most_common(1)[0]
        if width < 2:
            continue
        score = (seen / len(counts), width)
        if score > best_score:
            best, best_score = sep, score
    return best


def parse(text: str, separator: str | None = None) -> tuple[list[str], list[list[str]],
                                                             list[int], dict[int, int], str]:
    """Split text into (header, rows, row numbers, too-wide rows, separator)."""
    sep = separator or sniff_separator(text)
    reader = _split(text, sep)
    header: list[str] | None = None
    rows: list[list[str]] = []
    numbers: list[int] = []
    too_wide: dict[int, int] = {}
    number = 0
    old_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL)
    try:
        for number, cells in enumerate(reader, start=1):
            if any(len(c) > MAX_CELL for c in cells):
                raise FileProblem(
                    f"Row {number} has a cell of more than {MAX_CELL:,} characters: this does "
                    "not look like a patient list. Check that you picked the right file.")
            cells = [c.strip() for c in cells]
            if header is None:
                if not any(cells):
                    continue  # blank lines above the header
                header = cells
                number_of_header = number
                continue
            if not any(cells):
                continue
            width = len(header)
            if len(cells) > width:
                if any(cells[width:]):
                    too_wide[number - number_of_header + 1] = len(cells)
                cells = cells[:width]
            elif len(cells) < width:
                cells += [""] * (width - len(cells))
            rows.append(cells)
            numbers.append(number - number_of_header + 1)
    except csv.Error as exc:
        if "field larger" in str(exc):
            raise FileProblem(
                f"Row {number + 1} has a cell of more than {MAX_CELL:,} characters: this does "
                "not look like a patient list. Check that you picked the right file.") from None
        raise FileProblem(f"Row {number + 1} cannot be read ({exc}). Open the file in a "
                          "spreadsheet program, save it again as CSV and retry.") from None
    finally:
        csv.field_size_limit(old_limit)
    if header is None:
        raise FileProblem("The file is empty. Pick the file that holds the patient list.")
    header = [h.lstrip("\ufeff").strip() for h in header]
    return header, rows, numbers, too_wide, sep


def read_bytes(data: bytes, separator: str | None = None) -> Table:
    text, encoding = decode(data)
    if not text.strip():
        raise FileProblem("The file is empty. Pick the file that holds the patient list.")
    header, rows, numbers, too_wide, sep = parse(text, separator)
    return Table(header, rows, numbers, encoding, sep, too_wide)


def read_file(path: Path, separator: str | None = None) -> Table:
    """Read and parse ``path``; FileProblem (never another error) for what cannot be read."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise FileProblem(f"{path.name} is {size / 2**20:,.0f} MB: too big for a patient "
                              f"list (at most {MAX_BYTES // 2**20} MB). Split it into parts.")
        if path.is_dir():
            raise FileProblem(f"{path} is a folder: pick the CSV file inside it.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileProblem(f"There is no file {path}. Check the name and folder.") from None
    except PermissionError:
        raise FileProblem(f"{path} may not be read by this user. Copy it somewhere you can "
                          "open (e.g. your Documents) and pick the copy.") from None
    except OSError as exc:
        raise FileProblem(f"{path} cannot be read ({exc.strerror or exc}).") from None
    return read_bytes(data, separator)
