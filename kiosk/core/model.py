"""The content model: a Pack holds Topics, a Topic holds Pages.

Screens render exactly what this model gives them; nothing here knows about Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core import languages as _languages
from kiosk.core.languages import Language

if TYPE_CHECKING:
    from kiosk.core.narration import Narration

# A picture label this low is a caption: set in the band every drawing keeps clear at
# its bottom (the kiosk), or in a row under the picture (the web edition).
CAPTION_FROM = 0.85


class Status(StrEnum):
    """How established a treatment is; every treatment page carries one."""

    APPROVED = "approved"
    SPECIALIST = "specialist"
    EXPERIMENTAL = "experimental"


class PageKind(StrEnum):
    TEXT = "text"
    QUIZ = "quiz"
    SELF_NONSELF = "self-nonself"


class PictureReads(StrEnum):
    """Whether a page's picture has an order a reader's eye follows across it."""

    # Its left and right are real (a body, a hand, a flag), or its parts have no order.
    AS_DRAWN = "as-drawn"
    # A row of steps or a timeline, read in order like the words: a reader of a
    # right-to-left language starts at the right, so there it is drawn mirrored (read
    # from the left, "call now" drawn first was read last).
    ACROSS = "across"


@dataclass(frozen=True, slots=True)
class Localized:
    """The same words in several languages."""

    texts: Mapping[str, str]

    def get(self, language: str) -> str:
        if language in self.texts:
            return self.texts[language]
        # The reader insists on every language of the pack (or topic), so this is a last
        # resort for a language the text does not have, never silence.
        return self.texts.get("en", next(iter(self.texts.values()), ""))

    def __contains__(self, language: object) -> bool:
        return language in self.texts


@dataclass(frozen=True, slots=True)
class Treatment:
    """A treatment a page names, how established it is, and who approved it.

    A page that names an approved medicine and an experimental one labels each: one
    label for the page would call the experimental one approved, or the other way round.
    """

    name: Localized | None  # None: the page's one status, from a pack without names
    status: Status
    approved_by: Localized | None = None  # "DRAP", "US FDA", "EU EMA"... where a source says


@dataclass(frozen=True, slots=True)
class Label:
    """A word laid over an illustration, at a fraction of its width and height.

    Illustrations carry no words of their own (they could not be translated).
    """

    x: float
    y: float
    text: Localized

    def mirrored(self) -> Label:
        """The label on the same part of the drawing drawn mirrored left to right."""
        return Label(1 - self.x, self.y, self.text)


@dataclass(frozen=True, slots=True)
class Choice:
    text: Localized
    correct: bool


@dataclass(frozen=True, slots=True)
class Question:
    prompt: Localized
    choices: tuple[Choice, ...]
    explanation: Localized


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    topic_id: str
    title: Localized
    body: Localized  # Markdown, one per language
    illustration: Path
    sources: tuple[str, ...]
    kind: PageKind = PageKind.TEXT
    status: Status | None = None
    labels: tuple[Label, ...] = ()
    questions: tuple[Question, ...] = ()
    narrations: tuple[Narration, ...] = ()
    treatments: tuple[Treatment, ...] = ()
    picture_reads: PictureReads = PictureReads.AS_DRAWN

    def picture_mirrored(self, rtl: bool) -> bool:
        """Whether the page's picture is drawn mirrored for a reader of this direction."""
        return mirrored_for(self.picture_reads, rtl)

    def picture_labels(self, rtl: bool) -> tuple[Label, ...]:
        """The picture's labels where they sit for a reader of this direction: each on
        what it names, wherever mirroring moved that."""
        return mirrored_labels(self.labels) if self.picture_mirrored(rtl) else self.labels

    @property
    def statuses(self) -> tuple[Treatment, ...]:
        """The status labels the page shows: one per treatment it names, or its one status."""
        if self.treatments:
            return self.treatments
        return (Treatment(None, self.status),) if self.status is not None else ()

    @property
    def key(self) -> str:
        return f"{self.topic_id}/{self.id}"

    def narration(self, language: str) -> Narration | None:
        """The page read aloud in ``language``, if the pack carries it."""
        return next((n for n in self.narrations if n.language == language), None)


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    title: Localized
    summary: Localized
    icon: str  # a qtawesome icon name, e.g. "fa5s.shield-alt"
    illustration: Path
    pages: tuple[Page, ...]
    # The languages its pages are written in: all the pack's, or fewer while a
    # translation is under way (the home screen then offers it only in these).
    languages: tuple[str, ...] = ()

    def has(self, language: str) -> bool:
        return not self.languages or language in self.languages


@dataclass(frozen=True, slots=True)
class Signoff:
    """A named person's check of the pack: a clinician's of its medicine, a translator's of
    its Urdu (``kiosk-pack review`` records it)."""

    by: str
    role: str  # "clinician" or "translator"
    on: dt.date


@dataclass(frozen=True, slots=True)
class TranslationReview:
    """Who checked a pack's text in one language beyond Urdu (``[language.xx]``)."""

    by: str
    on: dt.date | None  # None: not checked yet

    @property
    def done(self) -> bool:
        return self.on is not None


@dataclass(frozen=True, slots=True)
class Review:
    reviewed_by: str
    reviewed_on: dt.date
    next_review: dt.date
    urdu_reviewed_by: str = ""
    signoffs: tuple[Signoff, ...] = ()

    def latest(self, role: str) -> Signoff | None:
        """The most recent sign-off in ``role``, if anyone has signed."""
        signed = [s for s in self.signoffs if s.role == role]
        return max(signed, key=lambda s: s.on) if signed else None

    def overdue(self, today: dt.date | None = None) -> bool:
        return (today or dt.date.today()) > self.next_review


@dataclass(frozen=True, slots=True)
class Pack:
    id: str
    version: int
    format: int
    title: Localized
    languages: tuple[str, ...]
    min_app_version: str
    review: Review
    sources: Mapping[str, str]
    topics: tuple[Topic, ...]
    root: Path
    extra: Mapping[str, object] = field(default_factory=dict)
    emergency_page: str | None = None  # "topic/page" the home screen's emergency button opens
    web_edition: str | None = None  # the address the pack's web edition is published at
    # Who checked the text in each language beyond Urdu (``[language.xx] reviewed_by``).
    translation_reviews: Mapping[str, TranslationReview] = field(default_factory=dict)
    # Each language as this pack describes it (its name, direction and script).
    described: Mapping[str, Language] = field(default_factory=dict)

    def language(self, code: str) -> Language:
        """A language of the pack: its name in itself, direction and script."""
        return self.described.get(code) or _languages.get(code)

    def topics_in(self, language: str) -> tuple[Topic, ...]:
        """The topics a patient reading ``language`` is offered."""
        return tuple(topic for topic in self.topics if topic.has(language))

    def pages_in(self, language: str) -> list[Page]:
        """The pages written in ``language`` (the pages of its topics)."""
        return [page for topic in self.topics_in(language) for page in topic.pages]

    def pages(self) -> list[Page]:
        return [page for topic in self.topics for page in topic.pages]

    def page(self, key: str) -> Page | None:
        return next((page for page in self.pages() if page.key == key), None)

    def topic(self, topic_id: str) -> Topic:
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise KeyError(topic_id)


def is_rtl(language: str) -> bool:
    return _languages.is_rtl(language)


def mirrored_for(reads: PictureReads, rtl: bool) -> bool:
    """Whether a picture that reads so is drawn mirrored for a reader of this direction."""
    return rtl and reads is PictureReads.ACROSS


def mirrored_labels(labels: tuple[Label, ...]) -> tuple[Label, ...]:
    return tuple(label.mirrored() for label in labels)


def fill_placeholders(text: str, values: Mapping[str, str]) -> str:
    """Put per-site values (like the emergency number) into page text.

    Only the named placeholders are replaced; this is not a template language, so
    nothing in a pack can compute or run anything.
    """
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text
