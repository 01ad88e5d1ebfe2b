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
from kiosk.core.model import LANGUAGES, PageKind, Status
from kiosk.core.structure import MaxLen, MinLen, Pattern, Range, Rule, Strip

FORMAT_VERSION = 1

Slug = Annotated[str, Pattern(r"^[a-z0-9][a-z0-9-]{0,63}$")]
PackId = Annotated[str, Pattern(r"^[a-z0-9][a-z0-9.-]{1,127}$")]
Text = Annotated[str, Strip(), MinLen(1)]
AppVersion = Annotated[str, Pattern(r"^\d+(\.\d+){0,2}$")]


def _missing_languages(value: list[str]) -> str | None:
    missing = [lang for lang in LANGUAGES if lang not in value]
    return f"must include {' and '.join(repr(m) for m in missing)}" if missing else None


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


@attrs.frozen
class LocalizedModel:
    """Words in every language the kiosk speaks: English and Urdu, both required."""

    en: Text
    ur: Text


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
    languages: Annotated[list[str], Rule(_missing_languages)]
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


@attrs.frozen
class TopicModel:
    title: LocalizedModel
    summary: LocalizedModel
    icon: Annotated[str, Pattern(icons.NAME_PATTERN)]
    illustration: Text
    pages: Annotated[list[PageModel], MinLen(1)]


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
