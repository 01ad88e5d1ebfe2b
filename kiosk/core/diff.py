"""What changed between two versions of a pack, page by page, for reviewers.

A medical reviewer signing off version 4 needs to read only what differs from the
version 3 they already approved; this lists pages added, removed and changed, and for
a changed page which parts (English text, Urdu text, picture, labels...).
"""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.core.kpack import Kpack
from kiosk.core.model import Localized, Pack, Page
from kiosk.core.packdir import load_pack


@contextlib.contextmanager
def opened_pack(path: Path) -> Iterator[Pack]:
    """A Pack from a folder or a .kpack (unpacked, hash-checked, into a temporary folder)."""
    if path.is_dir():
        yield load_pack(path)
        return
    with Kpack.open(path) as kp, tempfile.TemporaryDirectory(prefix="kiosk-diff-") as tmp:
        kp.extract(Path(tmp) / "pack")
        yield load_pack(Path(tmp) / "pack")


def _loc(value: Localized) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(value.texts.items()))


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _aspects(page: Page) -> dict[str, object]:
    aspects: dict[str, object] = {
        "title": _loc(page.title),
        "picture": _file_hash(page.illustration),
        "labels": tuple((lb.x, lb.y, _loc(lb.text)) for lb in page.labels),
        "sources": page.sources,
        "kind": (page.kind, page.status),
        "quiz": tuple((_loc(q.prompt), _loc(q.explanation),
                       tuple((_loc(c.text), c.correct) for c in q.choices))
                      for q in page.questions),
    }
    for lang, text in sorted(page.body.texts.items()):
        aspects[f"text ({lang})"] = text
    return aspects


@dataclass(frozen=True)
class PackDiff:
    old: str
    new: str
    topics_added: list[str] = field(default_factory=list)
    topics_removed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)
    other: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.topics_added or self.topics_removed or self.added or self.removed
                    or self.changed or self.other)

    def lines(self) -> list[str]:
        out = [f"from {self.old} to {self.new}"]
        out += [f"  + topic {t}" for t in self.topics_added]
        out += [f"  - topic {t}" for t in self.topics_removed]
        out += [f"  + page {p}" for p in self.added]
        out += [f"  - page {p}" for p in self.removed]
        out += [f"  ~ page {p}: {', '.join(what)}" for p, what in self.changed.items()]
        out += [f"  ~ {what}" for what in self.other]
        if self.empty:
            out.append("  no pages changed")
        return out


def diff_packs(old: Pack, new: Pack) -> PackDiff:
    old_topics = [t.id for t in old.topics]
    new_topics = [t.id for t in new.topics]
    old_pages = {p.key: p for p in old.pages()}
    new_pages = {p.key: p for p in new.pages()}
    changed: dict[str, list[str]] = {}
    for key in new_pages.keys() & old_pages.keys():
        a, b = _aspects(old_pages[key]), _aspects(new_pages[key])
        what = [name for name in b if a.get(name) != b[name]]
        if what:
            changed[key] = what
    other: list[str] = []
    if _loc(old.title) != _loc(new.title):
        other.append("pack title")
    if old.review != new.review:
        other.append("medical review dates or reviewers")
    if dict(old.sources) != dict(new.sources):
        other.append("sources list")
    if old.min_app_version != new.min_app_version:
        other.append(f"needs kiosk software {new.min_app_version} (was {old.min_app_version})")
    if [t for t in old_topics if t in new_topics] != [t for t in new_topics if t in old_topics]:
        other.append("topic order")
    for topic in new.topics:
        if topic.id in old_topics:
            before = old.topic(topic.id)
            if (_loc(before.title), _loc(before.summary), before.icon) != \
                    (_loc(topic.title), _loc(topic.summary), topic.icon) or \
                    _file_hash(before.illustration) != _file_hash(topic.illustration):
                other.append(f"topic {topic.id}: title, summary, icon or picture")
    return PackDiff(
        old=f"{old.id} version {old.version}",
        new=f"{new.id} version {new.version}",
        topics_added=[t for t in new_topics if t not in old_topics],
        topics_removed=[t for t in old_topics if t not in new_topics],
        added=[k for k in new_pages if k not in old_pages],
        removed=[k for k in old_pages if k not in new_pages],
        changed={k: changed[k] for k in new_pages if k in changed},
        other=other,
    )


def diff_paths(old: Path, new: Path) -> PackDiff:
    """Compare two folders or .kpack files; raises PackError if either cannot be read."""
    with opened_pack(old) as a, opened_pack(new) as b:
        return diff_packs(a, b)
