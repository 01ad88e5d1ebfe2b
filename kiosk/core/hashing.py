"""Checksums of pack files, with OpenSSL loaded only when a SHA-256 is first needed.

Python's ``hashlib`` (and ``secrets``, through ``hmac``) loads OpenSSL's libcrypto: 3.7 MiB
of a kiosk's memory for the whole day. A kiosk showing its pack needs no SHA-256: it
checks no signature, and an installed pack's files are checked at start against the
CRC-32s recorded when they were unpacked (``zlib``, which Python has loaded anyway).
Signatures, pack files being built or installed, and staff PINs still use SHA-256 and
scrypt, and load OpenSSL when they first do.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import hashlib

CHUNK = 64 * 1024


def sha256(data: bytes = b"") -> hashlib._Hash:
    import hashlib  # here, not at the top: see the module docstring

    return hashlib.sha256(data)


def file_crc32(path: Path) -> int:
    """The CRC-32 of a file's bytes, read a chunk at a time."""
    crc = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            crc = zlib.crc32(chunk, crc)
    return crc
