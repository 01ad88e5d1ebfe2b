"""What changed between two versions of a pack, page by page, for reviewers.

A medical reviewer signing off version 4 needs to read only what differs from the
version 3 they already approved; this lists pages added, removed and changed, and for
a changed page which parts (English text, Urdu text, picture, labels...).
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.core.hashing import sha256
from kiosk.core.kpack import Kpack
from kiosk.core.language_words import language_for_staff
from kiosk.core.model import Localized, Pack, Page
from kiosk.core.packdir import load_pack
from kiosk.core.phrases import Phrase, Value, listing, translate


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
        return sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _aspects(page: Page) -> dict[Phrase, object]:
    aspects: dict[Phrase, object] = {
        translate("Changes", "title"): _loc(page.title),
        # Which way it faces in a right-to-left language is part of the picture patients see.
        translate("Changes", "picture"): (_file_hash(page.illustration), page.picture_reads),
        translate("Changes", "labels"): tuple((lb.x, lb.y, _loc(lb.text)) for lb in page.labels),
        translate("Changes", "sources"): page.sources,
        translate("Changes", "page type or treatment status"): (page.kind, page.statuses),
        translate("Changes", "quiz"): tuple(
            (_loc(q.prompt), _loc(q.explanation),
             tuple((_loc(c.text), c.correct) for c in q.choices))
            for q in page.questions),
    }
    for lang, text in sorted(page.body.texts.items()):
        aspects[_WORDS.get(lang) or translate("Changes", "text ({language})").fill(
            language=language_for_staff(lang))] = text
    return aspects


# A page's words by the language they are in, as staff and reviewers name them.
_WORDS = {"en": translate("Changes", "English words"), "ur": translate("Changes", "Urdu words")}


@dataclass(frozen=True)
class PackDiff:
    old: Phrase
    new: Phrase
    topics_added: list[str] = field(default_factory=list)
    topics_removed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[Value]] = field(default_factory=dict)
    topics_changed: list[str] = field(default_factory=list)  # title, summary, icon or picture
    other: list[Phrase] = field(default_factory=list)
    # Topic ids and page keys to their titles, language by language (the newer pack's).
    names: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.topics_added or self.topics_removed or self.added or self.removed
                    or self.changed or self.topics_changed or self.other)

    def changes(self) -> list[Phrase]:
        """One line per change, for the staff panel (in the reader's language)."""
        out = [translate("Changes", "+ topic {topic}").fill(topic=t) for t in self.topics_added]
        out += [translate("Changes", "- topic {topic}").fill(topic=t)
                for t in self.topics_removed]
        out += [translate("Changes", "+ page {page}").fill(page=p) for p in self.added]
        out += [translate("Changes", "- page {page}").fill(page=p) for p in self.removed]
        out += [translate("Changes", "~ page {page}: {what}").fill(page=p, what=listing(what))
                for p, what in self.changed.items()]
        out += [translate("Changes", "~ topic {topic}: title, summary, icon or picture").fill(
            topic=t) for t in self.topics_changed]
        out += [translate("Changes", "~ {what}").fill(what=what) for what in self.other]
        if self.empty:
            out.append(translate("Changes", "no pages changed"))
        return out

    def for_staff(self, language: str) -> list[Phrase]:
        """The changes as a nurse reads them: topics and pages by their titles in
        ``language``, not by the names in the pack's files."""
        def name(key: str) -> str:
            titles = self.names.get(key, {})
            return titles.get(language) or titles.get("en") or key

        def page(key: str) -> dict[str, Value]:
            return {"page": name(key), "topic": name(key.split("/", 1)[0])}

        out = [translate("Changes", "New topic: {topic}").fill(topic=name(t))
               for t in self.topics_added]
        out += [translate("Changes", "Topic taken out: {topic}").fill(topic=name(t))
                for t in self.topics_removed]
        out += [translate("Changes", "New page: {page} (in {topic})").fill(**page(p))
                for p in self.added]
        out += [translate("Changes", "Page taken out: {page} (in {topic})").fill(**page(p))
                for p in self.removed]
        out += [translate("Changes", "Changed: {page} (in {topic}): {what}").fill(
            what=listing(what), **page(p)) for p, what in self.changed.items()]
        out += [translate("Changes", "Changed: the topic {topic} (its title, summary, icon "
                                     "or picture)").fill(topic=name(t))
                for t in self.topics_changed]
        out += [translate("Changes", "Also changed: {what}").fill(what=what)
                for what in self.other]
        if self.empty:
            out.append(translate("Changes", "no pages changed"))
        return out

    def lines(self) -> list[str]:
        """The command line's report: a heading, then the changes indented."""
        heading = translate("Changes", "from {old} to {new}").fill(old=self.old, new=self.new)
        return [str(heading)] + [f"  {change}" for change in self.changes()]


def _version(pack: Pack) -> Phrase:
    return translate("Changes", "{id} version {version}").fill(id=pack.id, version=pack.version)


def diff_packs(old: Pack, new: Pack) -> PackDiff:
    old_topics = [t.id for t in old.topics]
    new_topics = [t.id for t in new.topics]
    old_pages = {p.key: p for p in old.pages()}
    new_pages = {p.key: p for p in new.pages()}
    changed: dict[str, list[Value]] = {}
    for key in new_pages.keys() & old_pages.keys():
        a, b = _aspects(old_pages[key]), _aspects(new_pages[key])
        what: list[Value] = [name for name in b if a.get(name) != b[name]]
        if what:
            changed[key] = what
    other: list[Phrase] = []
    if _loc(old.title) != _loc(new.title):
        other.append(translate("Changes", "pack title"))
    if old.review != new.review:
        other.append(translate("Changes", "medical review dates or reviewers"))
    if dict(old.sources) != dict(new.sources):
        other.append(translate("Changes", "sources list"))
    if old.min_app_version != new.min_app_version:
        other.append(translate("Changes", "needs kiosk software {new} (was {old})").fill(
            new=new.min_app_version, old=old.min_app_version))
    if [t for t in old_topics if t in new_topics] != [t for t in new_topics if t in old_topics]:
        other.append(translate("Changes", "topic order"))
    topics_changed = []
    for topic in new.topics:
        if topic.id in old_topics:
            before = old.topic(topic.id)
            if (_loc(before.title), _loc(before.summary), before.icon) != \
                    (_loc(topic.title), _loc(topic.summary), topic.icon) or \
                    _file_hash(before.illustration) != _file_hash(topic.illustration):
                topics_changed.append(topic.id)
    return PackDiff(
        old=_version(old),
        new=_version(new),
        topics_added=[t for t in new_topics if t not in old_topics],
        topics_removed=[t for t in old_topics if t not in new_topics],
        added=[k for k in new_pages if k not in old_pages],
        removed=[k for k in old_pages if k not in new_pages],
        changed={k: changed[k] for k in new_pages if k in changed},
        topics_changed=topics_changed,
        other=other,
        names=_names(old) | _names(new),
    )


def _names(pack: Pack) -> dict[str, dict[str, str]]:
    names = {topic.id: dict(topic.title.texts) for topic in pack.topics}
    names.update({page.key: dict(page.title.texts) for page in pack.pages()})
    return names


def diff_paths(old: Path, new: Path) -> PackDiff:
    """Compare two folders or .kpack files; raises PackError if either cannot be read."""
    with opened_pack(old) as a, opened_pack(new) as b:
        return diff_packs(a, b)
