"""A text's last two words kept on one line (kiosk.core.lastwords)."""

from __future__ import annotations

import pytest

from kiosk.core.lastwords import NO_BREAK, joining_space, last_words_together


@pytest.mark.parametrize(("text", "kept"), [
    ("حملہ کر دیتا ہے۔", "حملہ کر دیتا" + NO_BREAK + "ہے۔"),
    ("B cells and T cells", "B cells and T" + NO_BREAK + "cells"),
    ("**ابھی 1122 پر فون کریں۔**", "**ابھی 1122 پر فون" + NO_BREAK + "کریں۔**"),
])
def test_the_last_two_words_are_joined(text: str, kept: str) -> None:
    assert last_words_together(text) == kept


@pytest.mark.parametrize("text", [
    "",
    "Quiz",
    "First page",  # two words: joined, they would be one line that cannot wrap
    "پہلا صفحہ",
    "a pair too long: extraordinarily-long-word",  # over the letters kept together
    "trailing space ",
    "two  spaces",
])
def test_what_is_left_as_it_is(text: str) -> None:
    assert last_words_together(text) == text


def test_the_space_is_found_where_a_document_can_replace_it() -> None:
    text = "اس جھلی میں سوزش ہو جاتی ہے"
    at = joining_space(text)
    assert at is not None and text[at] == " " and text[at + 1:] == "ہے"
    assert text[:at].endswith("جاتی")
