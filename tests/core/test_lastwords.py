"""Where a line must not break (kiosk.core.lastwords)."""

from __future__ import annotations

import pytest

from kiosk.core.lastwords import NO_BREAK, kept_together, markdown_kept_together

_ = NO_BREAK


@pytest.mark.parametrize(("text", "kept"), [
    # The last two words: never one alone on the last line.
    ("حملہ کر دیتا ہے۔", f"حملہ کر دیتا{_}ہے۔"),
    ("B cells and T cells", f"B{_}cells and{_}T{_}cells"),  # a cell named by its letter
    ("**ابھی 1122 پر فون کریں۔**", f"**ابھی 1122{_}پر فون{_}کریں۔**"),
    ("Ask before any other **live vaccine**.", f"Ask before any other **live{_}vaccine**."),
    # A number with what it is counted out of, or a range, in every language.
    ("about 7 in 10 had no signs of MS", f"about 7{_}in{_}10{_}had no signs of{_}MS"),
    ("10 میں سے 7 مریضوں میں بہتری آئی", f"10{_}میں{_}سے{_}7{_}مریضوں میں بہتری{_}آئی"),
    ("ښه شول 34 په 55 کې.", f"ښه شول{_}34{_}په{_}55{_}کې."),  # then the last two "words"
    ("Death: about 1 to 2 in 100 in Europe",
     f"Death: about 1{_}to{_}2{_}in{_}100{_}in Europe"),
    ("عمر 20 سے 29 سال ہو", f"عمر 20{_}سے{_}29{_}سال{_}ہو"),
    ("تحقیق میں 10 میں سے تقریباً 7 مریضوں میں 5 سال بعد ایم ایس کی سرگرمی نہ ملی",
     f"تحقیق میں 10{_}میں{_}سے{_}تقریباً{_}7{_}مریضوں میں 5{_}سال بعد ایم{_}ایس کی سرگرمی نہ{_}ملی"),
    # Abbreviations spelled in Urdu and Pashto letters.
    ("5 سال بعد ایم ایس کی سرگرمی نہ ملی", f"5{_}سال بعد ایم{_}ایس کی سرگرمی نہ{_}ملی"),
    ("له ایچ ایس سي ټي وروسته ښه شول", f"له ایچ{_}ایس{_}سي{_}ټي وروسته ښه{_}شول"),
    ("from 3.5 to 4,000 cells", f"from 3.5{_}to{_}4,000{_}cells"),
    # A number with the word after it: its unit, or what it is a number of.
    ("گرمی میں، 4 ہفتے تک رکھیں اور", f"گرمی میں، 4{_}ہفتے تک رکھیں{_}اور"),
    ("at least 20 people in the study were", f"at least 20{_}people in the study{_}were"),
    ("It starts at 40. Women are", f"It starts at 40. Women{_}are"),  # not across a stop
    # A cell named by its letter, in Urdu and Pashto.
    ("بی سیل اور ٹی سیل لڑتے ہیں", f"بی{_}سیل اور ٹی{_}سیل لڑتے{_}ہیں"),
    ("یو ټي سېل او بي سېل په وینه کې دي", f"یو ټي{_}سېل او بي{_}سېل په وینه کې{_}دي"),
    # A short aside in brackets; a long one may break.
    ("میٹھا پانی (ڈائٹ نہیں) پئیں اور", f"میٹھا پانی (ڈائٹ{_}نہیں) پئیں{_}اور"),
    ("ڈریپ (دواؤں کا سرکاری ادارہ) دیکھتا ہے", f"ڈریپ (دواؤں{_}کا{_}سرکاری{_}ادارہ) دیکھتا{_}ہے"),
    ("an aside (far too long to be kept on one line) here and", "an aside (far too long to "
     f"be kept on one line) here{_}and"),
])
def test_what_is_kept_on_one_line(text: str, kept: str) -> None:
    assert kept_together(text) == kept


@pytest.mark.parametrize("text", [
    "",
    "Quiz",
    "First page",  # two words: joined, they would be one line that cannot wrap
    "پہلا صفحہ",
    "a pair too long: extraordinarily-long-word",  # over the letters kept together
    "trailing space ",
    "two  spaces",
    "اس سے پہلے اپنے ڈاکٹر سے بات کر لیں، دوائیاں_بہت_ضروری_ہیں",  # a long last "word"
])
def test_what_is_left_as_it_is(text: str) -> None:
    assert kept_together(text) == text


@pytest.mark.parametrize("text", [
    # Letter names that are also everyday words join nothing.
    "یو ټي او کې بي په وینه کې دي",
    "کے بعد یو اور او اب",
    "a sentence with a pause (and an aside too long to be kept whole) and more",
])
def test_only_the_last_two_words_are_kept(text: str) -> None:
    last = text.rfind(" ")
    assert kept_together(text) == text[:last] + NO_BREAK + text[last + 1:]


def test_page_markdown_is_kept_together_line_by_line() -> None:
    # The count and its next word are one run: with the last word, over the 16 letters.
    markdown = "**فائدہ**: 10 میں سے 7 میں بہتری۔\n\n- ایم ایس کے لیے صرف ماہر مراکز\n"
    assert markdown_kept_together(markdown) == (
        f"**فائدہ**: 10{_}میں{_}سے{_}7{_}میں بہتری۔\n\n- ایم{_}ایس کے لیے صرف ماہر{_}مراکز\n")


@pytest.mark.parametrize(("line", "kept"), [
    ("- Two words", "- Two words"),  # the list's mark is not a word
    ("## Two words", "## Two words"),
    ("## A heading here ##", f"## A heading{_}here ##"),  # nor are closing hashes
    ("1. one two three", f"1. one two{_}three"),
    ("70٪ سے 80٪ لوگوں کو", f"70٪{_}سے{_}80٪{_}لوگوں کو"),  # the Arabic per cent sign
])
def test_markdown_marks_are_not_words(line: str, kept: str) -> None:
    assert markdown_kept_together(line) == kept

