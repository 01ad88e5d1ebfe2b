"""Ed25519 keys for signing packs: key files, signatures and short key ids.

A public key travels as text (``ed25519:`` + base64 of the 32 raw bytes) so staff can
paste it into the kiosk's settings (``Settings.trusted_keys``) and read it over a phone.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core import jsontext
from kiosk.core.atomic import write_atomic
from kiosk.core.hashing import sha256
from kiosk.core.phrases import Phrase, translate

# cryptography is imported where a key is first used: loaded, it is about 8 MiB of the
# kiosk's memory, and a kiosk showing its pack checks no signature until staff bring one.
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

log = logging.getLogger("kiosk.pack")

ALGORITHM = "ed25519"
KEY_PREFIX = "ed25519:"
PRIVATE_KEY_FILE = "kiosk-pack.key"
PUBLIC_KEY_FILE = "kiosk-pack.pub"
MAX_KEY_FILE_BYTES = 16 * 1024


class KeyFileError(Exception):
    """A key file or key text that cannot be used; the message is for staff."""


class SignatureError(ValueError):
    """A signature file that cannot be read; ``phrase`` says why, for staff."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(str(phrase))
        self.phrase = phrase


@dataclass(frozen=True)
class Signature:
    algorithm: str
    key_id: str
    value: bytes

    def to_json(self) -> bytes:
        return json.dumps(
            {"algorithm": self.algorithm, "key_id": self.key_id,
             "signature": base64.b64encode(self.value).decode("ascii")},
            indent=2,
        ).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> Signature:
        """Parse a signature file; raises SignatureError with a staff-readable reason."""
        try:
            raw = jsontext.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as error:
            raise SignatureError(translate(
                "Signature", "the signature is damaged (not readable)")) from error
        if not isinstance(raw, dict):
            raise SignatureError(translate(
                "Signature", "the signature is damaged (wrong layout)"))
        algorithm, key_id, value = raw.get("algorithm"), raw.get("key_id"), raw.get("signature")
        if algorithm != ALGORITHM:
            raise SignatureError(translate(
                "Signature", "the signature uses '{algorithm}', but the kiosk only accepts "
                             "{accepted}").fill(algorithm=str(algorithm), accepted=ALGORITHM))
        if not isinstance(key_id, str) or not isinstance(value, str):
            raise SignatureError(translate(
                "Signature", "the signature is damaged (fields missing)"))
        try:
            decoded = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as error:
            raise SignatureError(translate(
                "Signature", "the signature is damaged (bad encoding)")) from error
        if len(decoded) != 64:
            raise SignatureError(translate(
                "Signature", "the signature is damaged (wrong length)"))
        return cls(algorithm, key_id, decoded)


def raw_bytes(key: Ed25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_text(key: Ed25519PublicKey) -> str:
    raw = raw_bytes(key)
    return KEY_PREFIX + base64.b64encode(raw).decode("ascii")


def key_id(key: Ed25519PublicKey) -> str:
    """A short, stable name for a key: enough to tell keys apart, not a secret."""
    raw = raw_bytes(key)
    return sha256(raw).hexdigest()[:16]


def parse_public_key(text: str) -> Ed25519PublicKey:
    """Read a public key given as ``ed25519:BASE64`` (the prefix may be left off)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    body = text.strip()
    # A .pub file may carry a comment line for people; the key is the last real line.
    lines = [ln.strip() for ln in body.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise KeyFileError("the public key is empty")
    # After the key, a name people know it by may follow ("ed25519:… Clinic X").
    body = lines[-1].split()[0].removeprefix(KEY_PREFIX)
    try:
        raw = base64.b64decode(body, validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError) as error:
        raise KeyFileError("this is not a kiosk public key (expected 'ed25519:' and 44 "
                        "letters and digits)") from error


def _read_small(path: Path, what: str) -> bytes:
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise KeyFileError(f"{path} is too big to be a {what}")
        return path.read_bytes()
    except FileNotFoundError as error:
        raise KeyFileError(f"{path}: the {what} file is missing") from error
    except IsADirectoryError as error:
        raise KeyFileError(f"{path} is a folder, not a {what} file") from error
    except OSError as error:
        raise KeyFileError(f"{path}: the {what} cannot be read ({error.strerror})") from error


def load_public_key(source: str | Path) -> Ed25519PublicKey:
    """A public key from a .pub file, or from the key text itself."""
    text = str(source)
    if text.strip().startswith(KEY_PREFIX):
        return parse_public_key(text)
    data = _read_small(Path(source), "public key")
    try:
        return parse_public_key(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise KeyFileError(f"{source} is not a kiosk public key") from error


def load_private_key(path: Path) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    data = _read_small(path, "private key")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as error:
        raise KeyFileError(f"{path} is not a kiosk private key (made by 'kiosk-pack keygen')") \
            from error
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path} is not an Ed25519 key; make one with 'kiosk-pack keygen'")
    return key


def keygen(folder: Path, name: str = "") -> tuple[Path, Path]:
    """Write a new key pair into ``folder``; never overwrites an existing key."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    folder.mkdir(parents=True, exist_ok=True)
    private_path, public_path = folder / PRIVATE_KEY_FILE, folder / PUBLIC_KEY_FILE
    for path in (private_path, public_path):
        if path.exists():
            raise KeyFileError(f"{path} already exists; a key is never overwritten, because "
                            f"kiosks that trust it would stop accepting your packs")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    # O_EXCL: two people running keygen at once must not both think they own the key.
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())
    public = key.public_key()
    # The name after the key is what staff see: "signed by Clinic X's key".
    text = (f"# kiosk pack signing key {key_id(public)}: put the next line in the kiosk's "
            f"trusted keys\n{public_key_text(public)} {name}".rstrip() + "\n")
    write_atomic(public_path, text.encode("utf-8"))
    log.info("made signing key %s in %s", key_id(public), folder)
    return private_path, public_path


def sign(data: bytes, key: Ed25519PrivateKey) -> Signature:
    return Signature(ALGORITHM, key_id(key.public_key()), key.sign(data))


def trusted_keys(texts: Iterable[str]) -> dict[str, Ed25519PublicKey]:
    """Key id -> key for the settings' trusted keys; unreadable entries are logged, skipped."""
    keys: dict[str, Ed25519PublicKey] = {}
    for text in texts:
        try:
            key = parse_public_key(text)
        except KeyFileError as error:
            log.error("ignoring a trusted key in the settings: %s", error)
            continue
        keys[key_id(key)] = key
    return keys


def check(data: bytes, signature: Signature,
          trusted: dict[str, Ed25519PublicKey]) -> Phrase | None:
    """None when ``signature`` is a good signature of ``data`` by a trusted key, else why not."""
    from cryptography.exceptions import InvalidSignature

    key = trusted.get(signature.key_id)
    if key is None:
        # In fours, as the Keys tab and the pack's card show a key: staff compare by eye.
        return translate("Signature", "is signed with key {key}, which this kiosk does not "
                                      "trust; add its public key to the kiosk's trusted keys") \
            .fill(key=" ".join(signature.key_id[i:i + 4]
                               for i in range(0, len(signature.key_id), 4)))
    try:
        key.verify(signature.value, data)
    except InvalidSignature:
        return translate("Signature", "has a signature that does not match its contents "
                                      "(damaged or altered)")
    return None
