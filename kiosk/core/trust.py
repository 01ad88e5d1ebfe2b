"""The keys a kiosk trusts, in the forms people handle: a line in the settings, a .pub file
on a USB stick, 80 digits typed on the kiosk's pad, a fingerprint compared by eye.

A settings entry is ``ed25519:BASE64`` and, after a space, the name staff know the key by
("Clinic X"), so a pack card can say whose key signed it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.signing import (
    MAX_KEY_FILE_BYTES,
    KeyFileError,
    key_id,
    parse_public_key,
    public_key_text,
    raw_bytes,
)

if TYPE_CHECKING:  # imported where a key is first used (see signing.py)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

KEY_DIGITS = 78  # 2**256 has 78 decimal digits
CHECK_DIGITS = 2
DIGITS = KEY_DIGITS + CHECK_DIGITS  # 80: sixteen groups of five
MAX_NAME = 60
MAX_KEY_FILES = 20  # a stick with hundreds of .pub files is not a key to add


@dataclass(frozen=True)
class TrustedKey:
    key: Ed25519PublicKey
    name: str = ""

    @property
    def key_id(self) -> str:
        return key_id(self.key)

    @property
    def fingerprint(self) -> str:
        """The key id in fours, as staff compare it by eye with what the maker sent."""
        return grouped(self.key_id, 4)

    @property
    def entry(self) -> str:
        """The line the settings keep."""
        return f"{public_key_text(self.key)} {self.name}".strip()

    def same_key(self, other: TrustedKey) -> bool:
        return self.key_id == other.key_id


def grouped(text: str, size: int) -> str:
    return " ".join(text[i:i + size] for i in range(0, len(text), size))


# Letters that draw as nothing, so a name could look blank or like another one.
_BLANK = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800", "\u180e"}


def clean_name(name: str) -> str:
    """A key's name as one short line: no line breaks, no control or invisible characters,
    and at most two marks on a letter (Urdu's zer and shadda, not a tower of accents)."""
    kept: list[str] = []
    marks = 0
    for ch in name:
        if not ch.isprintable() or ch in _BLANK:
            ch = " "
        marks = marks + 1 if unicodedata.category(ch) in ("Mn", "Me") else 0
        if marks <= 2:
            kept.append(ch)
    return " ".join("".join(kept).split())[:MAX_NAME]


def parse_entry(text: str) -> TrustedKey:
    """A settings entry or a .pub file's text; KeyFileError if it holds no key."""
    key = parse_public_key(text)
    lines = [ln.strip() for ln in text.strip().splitlines()
             if ln.strip() and not ln.strip().startswith("#")]
    parts = lines[-1].split(maxsplit=1) if lines else []
    return TrustedKey(key, clean_name(parts[1]) if len(parts) > 1 else "")


def read_entries(entries: Iterable[str]) -> list[TrustedKey]:
    """The settings' trusted keys that can be read (the others are logged by signing)."""
    keys: list[TrustedKey] = []
    for text in entries:
        try:
            keys.append(parse_entry(text))
        except KeyFileError:
            continue
    return keys


def _check(number: int) -> str:
    # ISO 7064 MOD 97-10, IBAN's check: it catches every single mistyped digit and every
    # two neighbours swapped (a hash's two digits let one typo in a hundred through).
    return f"{98 - number * 100 % 97:02d}"


def key_digits(key: Ed25519PublicKey) -> str:
    """The key as 80 digits (the last two a check), for a kiosk that has only a digit pad."""
    number = int.from_bytes(raw_bytes(key), "big")
    return f"{number:0{KEY_DIGITS}d}" + _check(number)


def key_from_digits(digits: str) -> Ed25519PublicKey:
    """The key 80 typed digits stand for; KeyFileError if one was mistyped."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    digits = "".join(ch for ch in digits if not ch.isspace())
    if len(digits) != DIGITS or not (digits.isascii() and digits.isdigit()):
        raise KeyFileError(f"a key is {DIGITS} digits")
    number = int(digits[:KEY_DIGITS])
    if number >= 2**256:
        raise KeyFileError("these digits are not a key: one was mistyped")
    if _check(number) != digits[KEY_DIGITS:]:
        raise KeyFileError("these digits are not a key: one was mistyped")
    raw = number.to_bytes(32, "big")
    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as error:
        raise KeyFileError("these digits are not a key: one was mistyped") from error


def key_files(folders: Iterable[Path]) -> list[tuple[Path, TrustedKey | None]]:
    """The .pub files at the top of these folders (USB sticks), each with its key, or None
    when it cannot be read as one (damaged, or some other kind of file)."""
    found: list[tuple[Path, TrustedKey | None]] = []
    for folder in folders:
        try:
            paths = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".pub")
        except OSError:
            continue
        for path in paths[:MAX_KEY_FILES]:
            try:
                if path.stat().st_size > MAX_KEY_FILE_BYTES:
                    raise KeyFileError(f"{path} is too big to be a public key")
                found.append((path, parse_entry(path.read_text(encoding="utf-8"))))
            except (KeyFileError, OSError, UnicodeDecodeError):
                found.append((path, None))
    return found
