"""kiosk-update-address.txt as Windows tools save it: PowerShell 5's ``echo > file`` and
Notepad's "Unicode" write UTF-16 with a byte order mark, which was taken for no file at all
(staff were sent looking for a naming mistake); a file in no encoding the kiosk reads is
reported as that."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from kiosk.core.packsources import ADDRESS_FILE, PACK_FOLDER, NotText, read_address


def _stick(tmp_path: Path, data: bytes, inside: bool = False) -> Path:
    stick = tmp_path / "stick"
    (stick / PACK_FOLDER).mkdir(parents=True, exist_ok=True)
    (stick / PACK_FOLDER / ADDRESS_FILE if inside else stick / ADDRESS_FILE).write_bytes(data)
    return stick


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8", "utf-8-sig"])
def test_an_address_file_is_read_in_the_encodings_windows_saves(
        tmp_path: Path, encoding: str) -> None:
    text = "# from IT\r\nhttps://clinic.example.pk/kiosk/\r\n"
    mark = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    stick = _stick(tmp_path, mark + text.encode(encoding))
    assert read_address([stick]) == "https://clinic.example.pk/kiosk/"


def test_invisible_marks_do_not_hide_a_comment_or_make_a_blank_line_an_address(
        tmp_path: Path) -> None:
    stick = _stick(tmp_path, "\u200f# \u0627\u06cc \u0679\u06cc\n\u200e\n"
                             "\u200fhttps://c.example.pk/k/\u200f\n".encode())
    assert read_address([stick]) == "https://c.example.pk/k/"


def test_a_file_not_saved_as_text_the_kiosk_reads_is_reported_as_such(tmp_path: Path) -> None:
    # UTF-16 without its byte order mark, and a legacy code page's accented letter.
    for data in ("https://c.example.pk/k/".encode("utf-16-le"), b"https://c.example.pk/caf\xe9/"):
        stick = _stick(tmp_path, data)
        with pytest.raises(NotText) as refused:
            read_address([stick])
        assert refused.value.path == stick / ADDRESS_FILE
    # A readable file elsewhere still gives the address.
    stick = _stick(tmp_path, b"https://c.example.pk/k/\n", inside=True)
    assert read_address([stick]) == "https://c.example.pk/k/"
