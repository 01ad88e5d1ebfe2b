"""What staff need to know about a .kpack before installing it (worked out off the UI thread)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from kiosk.core import review, signing
from kiosk.core.diff import diff_paths
from kiosk.core.kpack import Kpack
from kiosk.core.model import LANGUAGES, Pack
from kiosk.core.phrases import Phrase, Value, translate
from kiosk.core.problems import PackError, Problem
from kiosk.core.recording import Voices, voices
from kiosk.core.store import PackStore
from kiosk.core.validate import check_kpack


class Signature(StrEnum):
    TRUSTED = "trusted"
    UNKNOWN_KEY = "unknown key"  # signed with a key this kiosk does not have: unchecked
    UNSIGNED = "unsigned"
    BAD = "bad"  # damaged or changed after signing


@dataclass(frozen=True)
class PackInfo:
    path: Path
    id: str
    version: int
    title: dict[str, str]
    signature: Signature
    signature_detail: Value = ""
    problems: list[Phrase] = field(default_factory=list)
    # What would change, in each language the panel speaks (titles are the pack's own).
    changes: dict[str, list[Value]] = field(default_factory=dict)
    current_version: int | None = None
    voices: list[Voices] = field(default_factory=list)  # who reads its pages, per language
    review: list[Phrase] = field(default_factory=list)  # unsigned or overdue, in plain words

    @property
    def newer(self) -> bool:
        return self.current_version is None or self.version > self.current_version


def _no_text_fit(_pack: Pack) -> list[Problem]:
    # Measuring text needs Qt widgets, which live on the UI thread only; installing does
    # not measure either, so the list matches what an install would refuse.
    return []


def inspect(path: Path, store: PackStore) -> PackInfo:
    """Open, check and compare a pack file; raises PackError if it cannot be read at all."""
    trusted = signing.trusted_keys(store.settings.trusted_keys)
    with Kpack.open(path, store.limits) as kp:
        manifest = kp.manifest
        why = kp.check_signature(trusted)
        detail: Value
        if why is None:
            signature, detail = Signature.TRUSTED, kp.signature.key_id if kp.signature else ""
        elif kp.signature is None and kp.signature_problem is None:
            signature, detail = Signature.UNSIGNED, ""
        elif kp.signature is not None and kp.signature_problem is None and \
                kp.signature.key_id not in trusted:
            # Not "NOT valid": without the key it cannot be checked either way. The key id
            # shown is the file's own claim, so the words ask IT, not staff, to decide.
            signature, detail = Signature.UNKNOWN_KEY, kp.signature.key_id
        else:
            signature, detail = Signature.BAD, why
        title = dict(manifest.title)
    found, pack = check_kpack(path, check_review=False, text_fit=_no_text_fit,
                              limits=store.limits)
    problems = [p.phrase for p in found]
    active = store.status().active_id_version
    current = active[1] if active is not None and active[0] == manifest.id else None
    changes: dict[str, list[Value]] = {}
    if not problems:
        first: list[Value] = []
        if active is not None and active[0] != manifest.id:
            first = [translate("Changes", "replaces {id} version {version}").fill(
                id=active[0], version=active[1])]
        try:
            diff = diff_paths(store.active_pack_folder(), path)
            changes = {language: first + list(diff.for_staff(language))
                       for language in LANGUAGES}
        except PackError as error:
            changes = {language: first + [p.phrase for p in error.problems]
                       for language in LANGUAGES}
        except FileNotFoundError as error:
            changes = {language: [*first, str(error)] for language in LANGUAGES}
    return PackInfo(path, manifest.id, manifest.version, title, signature, detail, problems,
                    changes, current, voices(pack) if pack is not None else [],
                    review.notices(pack.review) if pack is not None else [])
