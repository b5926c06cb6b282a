"""The data file's bytes to text, or located issues: one reading that never crashes.

Editors save the file from many programs. What this module accepts and what
it reports (each with line and column, and a fix):

- a missing file, a folder in its place, an unreadable or oversized file;
- UTF-16 or UTF-32 (with or without a byte order mark) and any byte sequence
  that is not UTF-8, e.g. a file saved as Windows-1258;
- control characters (NUL, ESC, DEL, C1 controls …), which no text of the
  plan contains;
- Windows line endings (CRLF) are read as LF; a UTF-8 byte order mark at the
  start is dropped; decomposed Unicode (NFD, as some macOS programs save it) is
  read in composed form (NFC), and a notice says so.
"""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from plan.model.errors import Issue

MAX_FILE_BYTES = 64 * 1024 * 1024  # the 100× benchmark plan is about 15 MiB
MAX_REPORTED = 20  # issues of one kind reported per file; the rest are counted

WIDE_BOMS = {
    codecs.BOM_UTF32_LE: "UTF-32", codecs.BOM_UTF32_BE: "UTF-32",
    codecs.BOM_UTF16_LE: "UTF-16", codecs.BOM_UTF16_BE: "UTF-16",
}
SAVE_AS_UTF8 = ("save the file as UTF-8 (in VS Code: click the encoding in the status bar, "
                "'Save with Encoding', 'UTF-8'), then check that the Vietnamese letters still look right")
# C0 controls except tab and line feed, DEL, C1 controls. Carriage returns are handled apart.
CONTROL = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass
class SourceText:
    file: str
    text: str = ""
    issues: list[Issue] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def read_source(path: Path, file: str) -> SourceText:
    """The file at `path`, named `file` in messages."""
    source = SourceText(file)
    data = _read_bytes(path, source)
    if data is not None:
        decode(data, source)
    return source


def _read_bytes(path: Path, source: SourceText) -> bytes | None:
    def fail(code: str, message: str, hint: str) -> None:
        source.issues.append(Issue(source.file, 1, 1, code, message, hint))

    restore = (f"restore it with `git checkout -- {source.file}`, or set PLAN_DATA to the dataset to use")
    try:
        if path.is_dir():
            fail("data-file-is-folder", "this is a folder, not the plan's YAML file", restore)
            return None
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            fail("file-too-large", f"the file has {size:,} bytes; the limit is {MAX_FILE_BYTES:,}",
                 "check for an accidental paste (a whole document, an image); the plan itself is far smaller")
            return None
        return path.read_bytes()
    except FileNotFoundError:
        fail("no-data-file", "the data file does not exist", restore)
    except OSError as error:
        fail("unreadable-file", f"the file cannot be read ({error.strerror or error})",
             "check that the file exists and that you may read it")
    return None


def decode(data: bytes, source: SourceText) -> None:
    """UTF-8 bytes to NFC text with LF line ends; problems go to `source.issues`."""
    wide = _wide_encoding(data)
    if wide:
        source.issues.append(Issue(source.file, 1, 1, "not-utf8", f"the file is saved as {wide}, not UTF-8",
                                   SAVE_AS_UTF8))
        return
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _byte_position(data, error.start)
        byte = data[error.start]
        source.issues.append(Issue(
            source.file, line, column, "not-utf8",
            f"byte 0x{byte:02X} here is not UTF-8 (the file was probably saved as Windows-1258, TCVN3 or Latin-1)",
            SAVE_AS_UTF8,
        ))
        return
    text = text.replace("\r\n", "\n")
    _control_characters(text, source)
    if source.issues:
        return
    composed = unicodedata.normalize("NFC", text)
    if composed != text:
        changed = sum(a != b for a, b in zip(text.split("\n"), composed.split("\n")))
        source.notices.append(
            f"{source.file}: {changed} line(s) were written in decomposed Unicode (NFD, letters and accents as "
            "separate characters) and are read in composed form (NFC), as the site shows them. Saving the file "
            "from an editor that writes NFC removes this notice."
        )
    source.text = composed


def _wide_encoding(data: bytes) -> str:
    for bom, name in WIDE_BOMS.items():
        if data.startswith(bom):
            return name
    head = data[:4096]
    if head and head.count(0) * 4 >= len(head):  # every second or fourth byte is NUL: wide text without a BOM
        return "UTF-16 or UTF-32 (without a byte order mark)"
    return ""


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


def text_position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of `offset` in `text`."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def _control_characters(text: str, source: SourceText) -> None:
    found = [(match.start(), match[0]) for match in CONTROL.finditer(text)]
    found += [(match.start(), "\r") for match in re.finditer("\r", text)]
    for offset, character in sorted(found)[:MAX_REPORTED]:
        line, column = text_position(text, offset)
        name = "carriage return" if character == "\r" else (unicodedata.name(character, "") or "control character")
        source.issues.append(Issue(
            source.file, line, column, "control-character",
            f"the file contains a {name.lower()} (U+{ord(character):04X}), which is invisible and has no place in the plan's text",
            "delete it (retype the words around it); it usually comes from copying out of another program"
            if character != "\r" else "save the file with Unix (LF) or Windows (CRLF) line endings, not old Mac (CR)",
        ))
    if len(found) > MAX_REPORTED:
        source.issues.append(Issue(source.file, 1, 1, "control-character",
                                   f"{len(found) - MAX_REPORTED} more control characters are not listed",
                                   "fix the ones above and run plan-check again"))


def display_name(path: os.PathLike | str) -> str:
    """The path as an editor would type it: relative to the working directory when inside it."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)
