"""What staff need to know about a .kpack before installing it, read from the file once.

One read of the file: its signature is judged, it is unpacked (every file checked against
the signed manifest's hash) into a temporary folder, validated and compared with the pack
in use, and the pack as read is kept so that installing it does not read it again.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from kiosk.core import review, trust
from kiosk.core.diff import diff_packs
from kiosk.core.kpack import DEFAULT_LIMITS, Kpack, Limits
from kiosk.core.model import Pack
from kiosk.core.phrases import Phrase, Value, translate
from kiosk.core.problems import MANIFESTS_DISAGREE, Problem
from kiosk.core.recording import Voices, voices
from kiosk.core.store import StoreStatus


class Signature(StrEnum):
    TRUSTED = "trusted"
    UNKNOWN_KEY = "unknown key"  # signed with a key this kiosk does not have: unchecked
    UNSIGNED = "unsigned"
    BAD = "bad"  # damaged or changed after signing


@dataclass(frozen=True)
class PackCheck:
    path: Path
    id: str
    version: int
    title: dict[str, str]
    signature: Signature
    key_id: str = ""  # the key that signed it, as the file claims
    key_name: str = ""  # whose key, when this kiosk trusts it under a name
    signature_detail: Value = ""
    problems: list[Phrase] = field(default_factory=list)
    # What would change, in each language the panel speaks (titles are the pack's own).
    changes: dict[str, list[Value]] = field(default_factory=dict)
    current_version: int | None = None
    voices: list[Voices] = field(default_factory=list)  # who reads its pages, per language
    review: list[Phrase] = field(default_factory=list)  # unsigned or overdue, in plain words
    # The manifest and the pack as read, so an install of the same file reads it once more
    # (to unpack) and never parses it again. None when the pack has problems.
    manifest: bytes = b""
    pack: Pack | None = None

    @property
    def newer(self) -> bool:
        return self.current_version is None or self.version > self.current_version

    @property
    def fingerprint(self) -> str:
        return trust.grouped(self.key_id, 4)


def check_pack_file(path: Path, trusted: list[trust.TrustedKey], status: StoreStatus,
                    in_use: Pack | None, limits: Limits = DEFAULT_LIMITS) -> PackCheck:
    """Open, check and compare a pack file; raises PackError if it cannot be read at all."""
    keys = {key.key_id: key for key in trusted}
    with Kpack.open(path, limits) as kp, tempfile.TemporaryDirectory(
            prefix="kiosk-check-") as tmp:
        manifest = kp.manifest
        why = kp.check_signature({key_id: key.key for key_id, key in keys.items()})
        signed_by = kp.signature.key_id if kp.signature is not None else ""
        detail: Value = ""
        if why is None:
            signature = Signature.TRUSTED
        elif kp.signature is None and kp.signature_problem is None:
            signature = Signature.UNSIGNED
        elif kp.signature is not None and kp.signature_problem is None and \
                signed_by not in keys:
            # Not "NOT valid": without the key it cannot be checked either way. The key id
            # is the file's own claim, so staff compare it with what the maker sent.
            signature = Signature.UNKNOWN_KEY
        else:
            signature, detail = Signature.BAD, why
        folder = Path(tmp) / "pack"
        kp.extract(folder)
        from kiosk.core.validate import checked_folder  # staff only: see store.install

        found, pack = checked_folder(folder, check_review=False)
        problems = [p.phrase for p in found]
        if pack is not None and (pack.id, pack.version) != (manifest.id, manifest.version):
            problems.append(Problem(path.name, MANIFESTS_DISAGREE).phrase)
            pack = None
        if kp.signature_problem:
            problems.append(kp.signature_problem)
        active = status.active_id_version
        current = active[1] if active is not None and active[0] == manifest.id else None
        changes: dict[str, list[Value]] = {}
        if not problems and pack is not None and in_use is not None:
            first: list[Value] = []
            if active is not None and active[0] != manifest.id:
                first = [translate("Changes", "replaces {id} version {version}").fill(
                    id=active[0], version=active[1])]
            # While the unpacked files exist: the comparison looks at pictures and sounds.
            diff = diff_packs(in_use, pack)
            changes = {language: first + list(diff.for_staff(language))
                       for language in dict.fromkeys(("en", *pack.languages))}
        spoken = voices(pack) if pack is not None else []
        notes = review.notices(pack.review) + review.translation_notices(pack) \
            if pack is not None else []
        return PackCheck(path, manifest.id, manifest.version, dict(manifest.title), signature,
                         signed_by, keys[signed_by].name if why is None else "", detail,
                         problems, changes, current, spoken, notes, kp.manifest_bytes,
                         pack if not problems else None)
