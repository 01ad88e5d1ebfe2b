"""The update list (``channel.json``): which signed packs a channel offers, signed itself.

Taught by The Update Framework (TUF): packs are signed, but a list of them that is not
can be frozen (an old copy served for ever, so kiosks never hear of a fix), replayed or
mixed. So the list carries its own number, which only goes up, and a date after which
kiosks stop believing it, and the whole of it is signed with a pack-signing key the
kiosks already trust. Kiosks refuse a list that is unsigned, older than the last they
accepted, or out of date, and tell staff how long they have gone without a fresh one.

channel.json (format 2)::

    {"signed": {"channel_format": 2, "version": 12, "expires": "2027-01-02T10:00:00+00:00",
                "updated_at": "...",
                "packs": [{"id": "...", "version": 4, "file": "ID-v4.kpack", "size": 123,
                           "sha256": "...", "min_app_version": "0.1.0", "key_id": "..."}]},
     "signatures": [{"algorithm": "ed25519", "key_id": "...", "signature": "BASE64"}]}

The signature covers the canonical JSON of ``signed`` (keys sorted, no spaces, ASCII), as
read back by the kiosk: what is checked is exactly what is then used.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import urllib.parse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import attrs

from kiosk.core import jsontext, signing, webaddress
from kiosk.core.atomic import write_atomic
from kiosk.core.hashing import sha256
from kiosk.core.kpack import DEFAULT_LIMITS, SUFFIX, Count, Kpack, Limits, Sha256
from kiosk.core.messages import explain_validation
from kiosk.core.phrases import Value, render, translate
from kiosk.core.structure import Pattern, SchemaError, structure, unstructure

if TYPE_CHECKING:  # imported where a key is first used (see signing.py)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

log = logging.getLogger("kiosk.channel")

CHANNEL_FORMAT = 2
CHANNEL_FILE = "channel.json"
MAX_CHANNEL_BYTES = 1024 * 1024
KEEP_PUBLISHED = 3
# How long kiosks believe a list. Short enough that a frozen channel shows within a month,
# long enough that a clinic's IT re-signing it monthly (or from cron) is no burden.
VALID_DAYS = 30
MAX_VALID_DAYS = 366


class ChannelError(Exception):
    """The channel could not be checked or a download failed; ``phrase`` is for staff."""

    def __init__(self, phrase: Value) -> None:
        super().__init__(render(phrase))
        self.phrase = phrase


# Read with extra="ignore": a newer `kiosk-pack publish` may add fields an older kiosk
# does not know.
@attrs.frozen
class ChannelEntry:
    id: str
    version: Count
    file: Annotated[str, Pattern(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.kpack$")]
    size: Count
    sha256: Sha256
    min_app_version: str = "0"
    key_id: str = ""


@attrs.frozen
class ChannelListing:
    channel_format: Count
    version: Count
    expires: str
    # Where this channel is published: a kiosk follows a list only from one of these, so
    # another channel's list, signed with the same key, cannot be passed off as this one's.
    addresses: list[str] = attrs.Factory(list)
    updated_at: str = ""
    packs: list[ChannelEntry] = attrs.Factory(list)

    def expires_at(self) -> dt.datetime:
        return _when(self.expires)


@attrs.frozen
class SignedListing:
    """A list as it came: what it says, the bytes its signatures cover, who signed it."""

    listing: ChannelListing
    signed: bytes
    key_id: str


def folder_address(url: str) -> str:
    """A channel's address as one spelling: scheme and host in small letters, no default
    port, the folder (not its channel.json), ending in "/", spelt as the kiosk sends it (a
    publisher's Urdu folder name matches the kiosk's percent-encoded one)."""
    parts = urllib.parse.urlsplit(webaddress.tidy(url))
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port if parts.port not in (None, {"http": 80, "https": 443}.get(
        parts.scheme.lower())) else None
    path = parts.path
    if path.endswith(".json"):
        path = path.rsplit("/", 1)[0]
    return f"{parts.scheme.lower()}://{host}{f':{port}' if port else ''}{path.rstrip('/')}/"


def lists_address(listing: ChannelListing, url: str) -> bool:
    """Whether ``listing`` was published for the channel at ``url``."""
    try:
        return folder_address(url) in {folder_address(a) for a in listing.addresses}
    except ValueError:  # an address that is not one (a bad port)
        return False


def canonical(signed: Any) -> bytes:
    return json.dumps(signed, sort_keys=True, separators=(",", ":"), ensure_ascii=True) \
        .encode("ascii")


def _when(text: str) -> dt.datetime:
    when = dt.datetime.fromisoformat(text)
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def _damaged(detail: Value | None = None) -> ChannelError:
    if detail is None:
        return ChannelError(translate(
            "Channel", "the channel's channel.json is damaged (not readable)"))
    return ChannelError(translate("Channel", "the channel's channel.json is damaged: {detail}")
                        .fill(detail=detail))


def _raw(data: bytes) -> dict[str, Any]:
    try:
        raw = jsontext.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise _damaged() from error
    if not isinstance(raw, dict):
        raise _damaged()
    return raw


def _structured(signed: Any) -> ChannelListing:
    try:
        listing = structure(signed, ChannelListing, extra="ignore")
    except SchemaError as error:
        raise _damaged(explain_validation(error, CHANNEL_FILE, "")[0].message) from error
    try:
        listing.expires_at()
    except ValueError as error:
        raise _damaged(translate("Channel", "its end date '{date}' is not a date")
                       .fill(date=listing.expires)) from error
    return listing


def read(data: bytes, trusted: dict[str, Ed25519PublicKey]) -> SignedListing:
    """The list in ``data`` if a trusted key signed it; ChannelError saying why not."""
    raw = _raw(data)
    signed = raw.get("signed")
    fmt = signed.get("channel_format") if isinstance(signed, dict) else raw.get("channel_format")
    if isinstance(fmt, int) and fmt > CHANNEL_FORMAT:
        raise ChannelError(translate(
            "Channel", "the channel uses format {format}; update the kiosk software to follow "
                       "it").fill(format=fmt))
    if not isinstance(signed, dict) or fmt != CHANNEL_FORMAT:
        raise ChannelError(translate(
            "Channel", "the channel's update list is not signed (it was made by an older "
                       "kiosk-pack); publish it again with 'kiosk-pack publish --key'"))
    body = canonical(signed)
    signatures = raw.get("signatures")
    if not isinstance(signatures, list) or not signatures:
        raise ChannelError(translate("Channel", "the channel's update list has no signature"))
    why: Value | None = None
    for item in signatures[:8]:  # a list signed by more keys than a kiosk could trust is odd
        try:
            signature = signing.Signature.from_json(json.dumps(item).encode("utf-8"))
        except signing.SignatureError as error:
            why = why or error.phrase
            continue
        problem = signing.check(body, signature, trusted)
        if problem is None:
            return SignedListing(_structured(signed), body, signature.key_id)
        # A wrong signature says more than an unknown key: keep the worse news.
        if why is None or signature.key_id in trusted:
            why = problem
    raise ChannelError(translate("Channel", "the channel's update list {why}; it was not used")
                       .fill(why=why if why is not None else "?"))


def read_unchecked(data: bytes) -> ChannelListing:
    """What a list says, signed or not (format 1 had no signature): for the publisher,
    who is rewriting it, never for a kiosk deciding what to install."""
    raw = _raw(data)
    signed = raw.get("signed", raw)
    if not isinstance(signed, dict):
        raise _damaged()
    if signed.get("channel_format") == 1:
        signed = {**signed, "version": 1, "expires": "1970-01-01T00:00:00+00:00"}
    return _structured(signed)


def sign(listing: ChannelListing, key: Ed25519PrivateKey) -> bytes:
    signed = unstructure(listing)
    signature = signing.sign(canonical(signed), key)
    # channel_format outside "signed" too: kiosk software from before format 2 reads it
    # there and asks staff to update the software, rather than calling the list damaged.
    return json.dumps({"channel_format": listing.channel_format, "signed": signed,
                       "signatures": [json.loads(signature.to_json())]},
                      indent=2).encode("utf-8")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _addresses(addresses: Sequence[str]) -> list[str]:
    if not addresses:
        raise ChannelError(translate(
            "Channel", "say where kiosks will find this channel: --address "
                       "https://… (the web address of the channel folder)"))
    kept: list[str] = []
    for address in addresses:
        # Tidied as a kiosk tidies the address staff give it (marks copied along from an
        # Urdu document, spaces, capitals), and refused in the words a kiosk would use:
        # a list naming an address no kiosk can follow is followed by none.
        try:
            kept.append(folder_address(webaddress.tidy(address)))
        except webaddress.BadAddress as error:
            raise ChannelError(error.phrase) from None
    return kept


def publish(kpacks: Sequence[Path], channel_dir: Path, key: Ed25519PrivateKey,
            addresses: Sequence[str] = (), keep: int = KEEP_PUBLISHED,
            valid_days: int = VALID_DAYS, limits: Limits = DEFAULT_LIMITS,
            above: int = 0) -> ChannelListing:
    """Copy signed .kpack files into a channel folder and sign a new channel.json.

    With no files it only signs the list again, with the next number and a new end date:
    what IT runs (by hand or from cron) so kiosks keep believing a channel with no news.
    ``addresses``: where the folder is published (kiosks follow the list only from
    there); the last list's are kept when none are given. ``above``: a number the list
    must be above, one kiosks say they had (see below).
    Pack files go in first and the list last, so a kiosk polling meanwhile never sees a
    list that names a file not yet there.
    """
    if not 1 <= valid_days <= MAX_VALID_DAYS:
        raise ChannelError(translate(
            "Channel", "an update list can be valid for 1 to {most} days, not {days}").fill(
            most=MAX_VALID_DAYS, days=valid_days))
    listing_path = channel_dir / CHANNEL_FILE
    entries: dict[tuple[str, int], ChannelEntry] = {}
    number = 0
    if listing_path.exists():
        try:
            old = read_unchecked(listing_path.read_bytes())
        except ChannelError as error:
            raise ChannelError(translate("Channel", "{file}: {problem}").fill(
                file=str(listing_path), problem=error.phrase)) from error
        number = old.version if old.channel_format == CHANNEL_FORMAT else 0
        entries = {(entry.id, entry.version): entry for entry in old.packs}
        addresses = addresses or old.addresses
    where = _addresses(addresses)
    channel_dir.mkdir(parents=True, exist_ok=True)
    for path in kpacks:
        with Kpack.open(path, limits) as kp:
            kp.verify_contents()
            if kp.signature is None or kp.signature_problem:
                raise ChannelError(translate(
                    "Channel", "{file}: kiosks only accept signed packs from a channel; sign "
                               "it first with 'kiosk-pack sign'").fill(file=path.name))
            manifest, key_id = kp.manifest, kp.signature.key_id
        name = f"{manifest.id}-v{manifest.version}{SUFFIX}"
        data = path.read_bytes()
        write_atomic(channel_dir / name, data)
        entries[(manifest.id, manifest.version)] = ChannelEntry(
            id=manifest.id, version=manifest.version, file=name, size=len(data),
            sha256=sha256(data).hexdigest(), min_app_version=manifest.min_app_version,
            key_id=key_id)
    kept: list[ChannelEntry] = []
    for pack_id in sorted({key[0] for key in entries}):
        versions = sorted((e for e in entries.values() if e.id == pack_id),
                          key=lambda e: e.version)
        kept.extend(versions[-keep:])
    now = _now()
    # The number follows the clock (seconds), and is always above the last: a channel
    # folder lost and made again, or restored from an old backup, still numbers its next
    # list above what kiosks have seen. Not where a list was once published with the
    # clock years ahead: kiosks then refuse every list of a folder made again (saying
    # the number they had), until one is numbered above it.
    listing = ChannelListing(channel_format=CHANNEL_FORMAT,
                             version=max(number + 1, above + 1, int(now.timestamp())),
                             expires=(now + dt.timedelta(days=valid_days)).isoformat(),
                             addresses=where, updated_at=now.isoformat(), packs=kept)
    write_atomic(listing_path, sign(listing, key))
    listed = {entry.file for entry in kept}
    for old_file in channel_dir.glob(f"*{SUFFIX}"):
        if old_file.name not in listed and any(old_file.name == e.file
                                               for e in entries.values()):
            old_file.unlink(missing_ok=True)
    log.info("published %d pack(s) to %s as update list %d, valid until %s", len(kpacks),
             channel_dir, listing.version, listing.expires)
    return listing
