"""The shape of pack.toml, topic.toml and quiz files, checked by ``structure.py``.

Kept apart from the reader so the same rules serve the kiosk, ``kiosk-pack validate``
and the docs. Messages are reworded for clinic staff in ``messages.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

import attrs

from kiosk.core import icons
from kiosk.core.languages import FONT_NAMES, FONTS
from kiosk.core.model import PageKind, PictureReads, Status
from kiosk.core.structure import Invalid, MaxLen, MinLen, Pattern, Range, Rule, Strip, register

# 2: a pack lists any languages it likes (format 1 packs had English and Urdu, and older
# kiosks refuse any other key in a text's table).
FORMAT_VERSION = 2
LANGUAGE_CODE = r"^[a-z]{2,3}$"

Slug = Annotated[str, Pattern(r"^[a-z0-9][a-z0-9-]{0,63}$")]
PackId = Annotated[str, Pattern(r"^[a-z0-9][a-z0-9.-]{1,127}$")]
Text = Annotated[str, Strip(), MinLen(1)]
AppVersion = Annotated[str, Pattern(r"^\d+(\.\d+){0,2}$")]


class Texts(dict[str, str]):
    """The same words in several languages, ``{ en = "...", ur = "..." }``.

    Which languages a table must have depends on the pack and topic it is in: the reader
    checks that (packdir.py), with the file's line numbers."""


def _texts(value: object, _type: object) -> Texts:
    if not isinstance(value, dict):
        raise Invalid("dict_type")
    texts = Texts()
    for code, text in value.items():
        if not isinstance(code, str) or not re.fullmatch(LANGUAGE_CODE, code):
            raise Invalid("value_error", detail=(
                f"has {code!r}, which is not a language code (two or three small letters, "
                f"such as 'en', 'ur', 'ps')"))
        if not isinstance(text, str):
            raise Invalid("value_error", detail=f"gives {code!r} something other than text")
        if not text.strip():
            raise Invalid("value_error", detail=f"has blank {code!r} text")
        texts[code] = text.strip()
    if not texts:
        raise Invalid("value_error", detail="has no text in any language")
    return texts


register(Texts, _texts)


def _repeated(value: list[str]) -> str | None:
    seen = [code for index, code in enumerate(value) if code in value[:index]]
    return f"lists {seen[0]!r} twice" if seen else None


def _known_font(value: str) -> str | None:
    if value.strip().lower() in FONTS:
        return None
    return (f"asks for the font {value!r}, which this kiosk does not have; it has "
            f"{', '.join(repr(name) for name in FONT_NAMES.values())}")


def _web_address(value: str) -> str | None:
    # The kiosk puts this in a QR code a patient's phone opens: a plain web address of a
    # folder, with nothing after it that the topic's own path would be glued onto.
    if not re.fullmatch(r"https?://[^\s/?#@]+(/[^\s?#]*)?", value):
        return ("must be a web address starting with https:// (or http://), such as "
                "'https://clinic.example.pk/learn', with no spaces, ? or #")
    if re.search(r"\.html?/?$", value, re.IGNORECASE):
        return ("must be the address of the web edition's folder (where its index.html "
                "is), not of a page in it")
    return None


def _repeated_topic(value: list[str]) -> str | None:
    seen: set[str] = set()
    for topic in value:
        if topic in seen:
            return f"lists the topic {topic!r} twice"
        seen.add(topic)
    return None


def _not_one_right_answer(value: list[ChoiceModel]) -> str | None:
    right = sum(choice.correct for choice in value)
    return None if right == 1 else f"needs exactly one right answer (correct = true), has {right}"


LocalizedModel = Texts
LanguageCode = Annotated[str, Pattern(LANGUAGE_CODE)]


@attrs.frozen
class LanguageModel:
    """``[language.xx]``: a language the kiosk may not know yet, described by the pack, and
    who checked the pack's text in it."""

    name: Text | None = None  # in its own script
    direction: Annotated[str, Pattern(r"^(ltr|rtl)$")] | None = None
    font: Annotated[str, Rule(_known_font)] | None = None
    # Who checked the pack's text in this language, and when; no date: not yet checked
    # (reviewed_by may then say who it waits for).
    reviewed_by: str = ""
    reviewed_on: dt.date | None = None


@attrs.frozen
class SignoffModel:
    by: Text
    role: Annotated[str, Pattern(r"^(clinician|translator)$")]
    on: dt.date


@attrs.frozen
class ReviewModel:
    reviewed_by: Text
    reviewed_on: dt.date
    next_review: dt.date
    urdu_reviewed_by: str = ""
    signoffs: list[SignoffModel] = attrs.Factory(list)


@attrs.frozen
class ManifestModel:
    format: Annotated[int, Range(ge=1)]
    id: PackId
    version: Annotated[int, Range(ge=1)]
    min_app_version: AppVersion
    # In the order the welcome screen offers them; the first is the pack's own.
    languages: Annotated[list[LanguageCode], MinLen(1), Rule(_repeated)]
    title: LocalizedModel
    topics: Annotated[list[Slug], MinLen(1), Rule(_repeated_topic)]
    review: ReviewModel
    sources: Annotated[dict[str, Text], MinLen(1)]
    # The page the home screen's emergency button opens ("topic/page"): what to do now.
    emergency_page: Annotated[str, Pattern(r"^[a-z0-9][a-z0-9-]{0,63}/[a-z0-9][a-z0-9-]{0,63}$")] \
        | None = None
    # Where this pack's web edition is published (kiosk-pack export-html): each topic
    # then shows a QR code that opens it there, in the patient's language.
    web_edition: Annotated[str, MaxLen(200), Rule(_web_address)] | None = None
    language: dict[LanguageCode, LanguageModel] = attrs.Factory(dict)


@attrs.frozen
class LabelModel:
    x: Annotated[float, Range(ge=0, le=1)]
    y: Annotated[float, Range(ge=0, le=1)]
    text: LocalizedModel


@attrs.frozen
class TreatmentModel:
    name: LocalizedModel
    status: Status
    approved_by: LocalizedModel | None = None


@attrs.frozen
class PageModel:
    id: Slug
    title: LocalizedModel
    illustration: Text
    sources: Annotated[list[Text], MinLen(1)]
    kind: PageKind = PageKind.TEXT
    status: Status | None = None
    labels: list[LabelModel] = attrs.Factory(list)
    treatments: list[TreatmentModel] = attrs.Factory(list)
    # "across": the picture is read in order, like the words (mirrored for right-to-left).
    picture_reads: PictureReads = PictureReads.AS_DRAWN


@attrs.frozen
class TopicModel:
    title: LocalizedModel
    summary: LocalizedModel
    icon: Annotated[str, Pattern(icons.NAME_PATTERN)]
    illustration: Text
    pages: Annotated[list[PageModel], MinLen(1)]
    # Fewer languages than the pack: a topic not yet translated into all of them.
    languages: Annotated[list[LanguageCode], MinLen(1), Rule(_repeated)] | None = None


@attrs.frozen
class ChoiceModel:
    text: LocalizedModel
    correct: bool = False


@attrs.frozen
class QuestionModel:
    prompt: LocalizedModel
    explanation: LocalizedModel
    choices: Annotated[list[ChoiceModel], MinLen(2), MaxLen(4), Rule(_not_one_right_answer)]


@attrs.frozen
class QuizModel:
    questions: Annotated[list[QuestionModel], MinLen(1), MaxLen(8)]
