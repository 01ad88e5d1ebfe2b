"""Where a line must not break: inside a number and what it is counted out of, and
between a text's last two words. Marked by no-break spaces, which Qt's line breaking and
the browser's both keep.

- A risk is told as a number with its denominator ("7 in 10", "10 میں سے 7", "34 په 55
  کې"), or a range ("1 to 2", "20 سے 29"): broken across lines, "34 په / 55" reads as two
  numbers, and the denominator is what makes the number honest.
- A number stays with the word after it ("4 ہفتے", "1122 پر", "20 کو", "5 years"): a
  number at a line's end reads as the end of a sentence, and its unit starts the next.
- An abbreviation spelled out in Urdu or Pashto letters ("ایم ایس", MS) stays whole, and
  a cell named by its letter ("ٹی سیل", "B cell") with it.
- A short aside in brackets ("(نرم ہڈی)", "(ڈائٹ نہیں)") is not broken: its second half
  alone on the next line reads as a new thought, not as the bracket's end.
- A paragraph, title or quiz answer that wraps never ends with one word alone under the
  rest. A lone word under a line reads as something apart (under an answer, a second
  answer), and in Urdu it is most often the verb's last part ("ہے۔", "کم کرے / گا"),
  alone on a line that costs a whole Nastaliq line's height.
"""

from __future__ import annotations

import re

NO_BREAK = "\u00a0"
# Up to this many letters, the last two words with their space: a pair that long still
# fits any answer button or column, and validate measures it as one word.
KEPT_TOGETHER = 16

_NUMBER = r"\d+(?:[.,٫٬]\d+)*[%٪]?"  # Arabic-script decimal, thousands and per cent too
# The words that count between two numbers ("in", "of", "to"; "میں سے", "تقریباً", "سے";
# "په", "تر"): named, not any short word, or "7 مریضوں میں 5 سال" would be one count.
_COUNTING = ("in of out to and or per about over under "
             "میں سے تقریباً یا اور کم تک "
             "په تر نه له")
# A number, one to three counting words, and a number; and as many more as follow, so
# "1 to 2 in 100" holds together whole.
_COUNTED = re.compile(r"(?<![\d.,٫٬]){0}(?:(?: (?:{1})){{1,3}} {0})+".format(
    _NUMBER, "|".join(sorted(_COUNTING.split(), key=len, reverse=True))))
# A number (or a count, once joined) and the word after it.
_NUMBER_AND_WORD = re.compile(rf"(?<![\d.,٫٬]){_NUMBER} (?=[^\s\d])")


# Latin letters as Urdu and Pashto spell them, for abbreviations ("ایم ایس" MS, "ٹی بی"
# TB, "ایچ ایس سی ٹی" HSCT, "ټي اېن اېف" TNF): broken across lines, "ایم / ایس" reads as
# two words. Left out: the letter names that are also everyday words ("کے" and "کې" of,
# in; "او" and; "یو" one; "اې" O), which would join whatever follows them.
_LETTERS = ("اے بی سی ڈی ای ایف جی ایچ آئی جے ایل ایم این پی کیو آر ایس ٹی وی ڈبلیو ایکس "
            "وائی زیڈ بي سي ډي اېف جي اېچ آی اېل اېم اېن پي اېس ټي وي اېکس زېډ ار")
_LETTER = "|".join(sorted(_LETTERS.split(), key=len, reverse=True))
_SPELLED = re.compile(rf"(?<!\w)(?:{_LETTER})(?: (?:{_LETTER}))+(?!\w)")
# "ٹی سیل", "بی سیلز", "B cell": a letter that names a kind of cell ("بي سېل" in Pashto).
_CELL = "سیلز|سیل|سېلونه|سېل|cells|cell"
_LETTER_CELL = re.compile(rf"(?<!\w)(?:(?:{_LETTER})(?: (?:{_LETTER}))*|[A-Z]) (?:{_CELL})(?!\w)")
# Brackets around at most four words and this many letters.
BRACKETED = 20
_BRACKETED = re.compile(r"\((?:[^()\s]+ ){1,3}[^()\s]+\)")

# A list item's mark ("- ", "1. ") or a heading's ("## "), with the spaces around it.
_MARKS = re.compile(r"[ \t]*(?:(?:[-*+]|\d{1,9}[.)]|#{1,6})[ \t]+)?")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")


def _joined(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", NO_BREAK)


def _short_aside(match: re.Match[str]) -> str:
    aside = match.group(0)
    return _joined(match) if len(aside) - aside.count(" ") - 2 <= BRACKETED else aside


def kept_together(text: str) -> str:
    """``text`` with no-break spaces where a line must not break: inside a count, after
    a number, inside a spelled abbreviation or a short aside in brackets, and between the
    last two words."""
    # Page turns prepare pages with this: plain string work, no loop over characters.
    text = _COUNTED.sub(_joined, text)
    text = _NUMBER_AND_WORD.sub(_joined, text)
    text = _SPELLED.sub(_joined, text)
    text = _LETTER_CELL.sub(_joined, text)
    text = _BRACKETED.sub(_short_aside, text)
    at = _last_words_space(text)
    return text if at is None else text[:at] + NO_BREAK + text[at + 1:]


def _last_words_space(text: str) -> int | None:
    """The space between the last two words, if they are to be kept together: three
    words or more, the last two short enough."""
    at = text.rfind(" ")
    if at <= 0 or at == len(text) - 1 or text[at - 1].isspace():
        return None
    before = text.rfind(" ", 0, at)
    pair = text[before + 1:]
    if len(pair) - pair.count("*") > KEPT_TOGETHER:  # Markdown's bold marks take no room
        return None
    if not text[:max(0, before)].strip():  # fewer than three words
        return None
    return at


def markdown_kept_together(markdown: str) -> str:
    """Page Markdown with no-break spaces, line by line: a paragraph is most often one
    line of its file, and where it runs over several, the last two words of each are
    joined too, which costs a line break there and nothing else. A list item's or
    heading's mark is not one of its words, nor a heading's closing hashes. A no-break
    space is whitespace to Markdown, so emphasis reads as before."""
    lines = []
    for line in markdown.split("\n"):
        marks = _MARKS.match(line)  # always: everything in it may be left out
        start, end = marks.end() if marks else 0, len(line)
        if line[:start].strip().startswith("#"):  # a heading
            closing = _CLOSING_HASHES.search(line, start)
            end = closing.start() if closing else end
        lines.append(line[:start] + kept_together(line[start:end]) + line[end:])
    return "\n".join(lines)
