"""The shape of pack.toml, topic.toml and quiz files, checked with pydantic.

Kept apart from the reader so the same rules serve the kiosk, ``kiosk-pack validate``
and the docs. Messages are reworded for clinic staff in ``messages.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from kiosk.core.model import LANGUAGES, PageKind, Status

FORMAT_VERSION = 1

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]
PackId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9.-]{1,127}$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LocalizedModel(Strict):
    """Words in every language the kiosk speaks: English and Urdu, both required."""

    en: Text
    ur: Text


class ReviewModel(Strict):
    reviewed_by: Text
    reviewed_on: dt.date
    next_review: dt.date
    urdu_reviewed_by: str = ""


class ManifestModel(Strict):
    format: int = Field(ge=1)
    id: PackId
    version: int = Field(ge=1)
    min_app_version: Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+){0,2}$")]
    languages: list[str]
    title: LocalizedModel
    topics: list[Slug] = Field(min_length=1)
    review: ReviewModel
    sources: dict[str, Text] = Field(min_length=1)

    @field_validator("languages")
    @classmethod
    def _has_both_languages(cls, value: list[str]) -> list[str]:
        missing = [lang for lang in LANGUAGES if lang not in value]
        if missing:
            raise ValueError(f"must include {' and '.join(repr(m) for m in missing)}")
        return value

    @field_validator("topics")
    @classmethod
    def _unique_topics(cls, value: list[str]) -> list[str]:
        seen: set[str] = set()
        for topic in value:
            if topic in seen:
                raise ValueError(f"lists the topic {topic!r} twice")
            seen.add(topic)
        return value


class LabelModel(Strict):
    x: float = Field(ge=0, le=1)
    y: float = Field(ge=0, le=1)
    text: LocalizedModel


class PageModel(Strict):
    id: Slug
    title: LocalizedModel
    illustration: Text
    sources: list[Text] = Field(min_length=1)
    kind: PageKind = PageKind.TEXT
    status: Status | None = None
    labels: list[LabelModel] = []


class TopicModel(Strict):
    title: LocalizedModel
    summary: LocalizedModel
    icon: Annotated[str, StringConstraints(
        pattern=r"^(fa5s|fa5|fa5b|mdi6|mdi|ph|ri|msc)\.[a-z0-9-]+$")]
    illustration: Text
    pages: list[PageModel] = Field(min_length=1)


class ChoiceModel(Strict):
    text: LocalizedModel
    correct: bool = False


class QuestionModel(Strict):
    prompt: LocalizedModel
    explanation: LocalizedModel
    choices: list[ChoiceModel] = Field(min_length=2, max_length=4)

    @field_validator("choices")
    @classmethod
    def _one_right_answer(cls, value: list[ChoiceModel]) -> list[ChoiceModel]:
        right = sum(choice.correct for choice in value)
        if right != 1:
            raise ValueError(f"needs exactly one right answer (correct = true), has {right}")
        return value


class QuizModel(Strict):
    questions: list[QuestionModel] = Field(min_length=1, max_length=8)
