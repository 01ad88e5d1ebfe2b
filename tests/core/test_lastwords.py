"""Where a line must not break (kiosk.core.lastwords)."""

from __future__ import annotations

import pytest

from kiosk.core.lastwords import NO_BREAK, kept_together, markdown_kept_together

_ = NO_BREAK


@pytest.mark.parametrize(("text", "kept"), [
    # The last two words: never one alone on the last line.
    ("حملہ کر دیتا ہے۔", f"حملہ کر دیتا{_}ہے۔"),
    ("B cells and T cells", f"B cells and T{_}cells"),
    ("**ابھی 1122 پر فون کریں۔**", f"**ابھی 1122 پر فون{_}کریں۔**"),
    ("Ask before any other **live vaccine**.", f"Ask before any other **live{_}vaccine**."),
    # A number with what it is counted out of, or a range, in every language.
    ("about 7 in 10 had no signs of MS", f"about 7{_}in{_}10 had no signs of{_}MS"),
    ("10 میں سے 7 مریضوں میں بہتری آئی", f"10{_}میں{_}سے{_}7 مریضوں میں بہتری{_}آئی"),
    ("ښه شول 34 په 55 کې.", f"ښه شول 34{_}په{_}55{_}کې."),  # then the last two "words"
    ("Death: about 1 to 2 in 100 in Europe",
     f"Death: about 1{_}to{_}2{_}in{_}100 in{_}Europe"),
    ("عمر 20 سے 29 سال ہو", f"عمر 20{_}سے{_}29 سال{_}ہو"),
    ("تحقیق میں 10 میں سے تقریباً 7 مریضوں میں 5 سال بعد ایم ایس کی سرگرمی نہ ملی",
     f"تحقیق میں 10{_}میں{_}سے{_}تقریباً{_}7 مریضوں میں 5 سال بعد ایم{_}ایس کی سرگرمی نہ{_}ملی"),
    # Abbreviations spelled in Urdu and Pashto letters.
    ("5 سال بعد ایم ایس کی سرگرمی نہ ملی", f"5 سال بعد ایم{_}ایس کی سرگرمی نہ{_}ملی"),
    ("له ایچ ایس سي ټي وروسته ښه شول", f"له ایچ{_}ایس{_}سي{_}ټي وروسته ښه{_}شول"),
    ("from 3.5 to 4,000 cells", f"from 3.5{_}to{_}4,000 cells"),  # the pair: 18 letters
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
    # Numbers in different sentences or clauses are not one count.
    "It starts at 40. Women are 2 times more likely to get it, we are told",
    "5 سال کے بعد، 10 میں",
    "one number 1998 between words on a long line of text here",
    "7 patients had 5 years of it, we are told",  # not counting words between
    # Letter names that are also everyday words join nothing.
    "یو ټي سېل او بي سېل په وینه کې دي",
    "ٹی سیل کے بی سیل سے رابطے ہوتے ہیں",
])
def test_only_the_last_two_words_are_kept(text: str) -> None:
    last = text.rfind(" ")
    assert kept_together(text) == text[:last] + NO_BREAK + text[last + 1:]


def test_page_markdown_is_kept_together_line_by_line() -> None:
    markdown = "**فائدہ**: 10 میں سے 7 میں بہتری۔\n\n- ایم ایس کے لیے صرف ماہر مراکز\n"
    assert markdown_kept_together(markdown) == (
        f"**فائدہ**: 10{_}میں{_}سے{_}7 میں{_}بہتری۔\n\n- ایم{_}ایس کے لیے صرف ماہر{_}مراکز\n")


@pytest.mark.parametrize(("line", "kept"), [
    ("- Two words", "- Two words"),  # the list's mark is not a word
    ("## Two words", "## Two words"),
    ("## A heading here ##", f"## A heading{_}here ##"),  # nor are closing hashes
    ("1. one two three", f"1. one two{_}three"),
    ("70٪ سے 80٪ لوگوں کو", f"70٪{_}سے{_}80٪ لوگوں{_}کو"),  # the Arabic per cent sign
])
def test_markdown_marks_are_not_words(line: str, kept: str) -> None:
    assert markdown_kept_together(line) == kept

