"""Medical promises a patient-education pack must never make, in English, Urdu and Roman Urdu.

Unproven clinics sell "guaranteed cures" to desperate patients, "without any side effects";
a kiosk in a clinic's waiting room lends its words the clinic's authority, so a pack may
not promise a cure, a guarantee, a miracle, complete safety or freedom from side effects.

It must still be able to say so: "there is no cure yet", "no treatment is free of side
effects", "a clinic that promises a cure is a warning sign". So each promise found is
judged in its sentence, on the text as ``textnorm`` spells it (one spelling for Arabic and
Urdu letters, no invisible joiners or stretched letters):

- **negated**: "no cure", "not a cure", "کوئی علاج نہیں", "mukammal shifa mumkin nahi";
- **attributed and refuted**: someone else's claim ("clinics that claim...", "یہ دعویٰ
  کہ...", "jo dawa karte hain") called false or a warning in the same sentence or the
  next ("...are false", "...جھوٹ ہے", "...dhoka hai"). A claim that is only attributed
  ("our doctors promise a cure") is still a claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.core.phrases import translate
from kiosk.core.problems import Problem
from kiosk.core.textnorm import normalise

# Urdu letters (not its comma ، or full stop ۔, which end words as a space does).
_UR = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06fa-\u06ff"


def _fold(pattern: str) -> str:
    """The Urdu words of a pattern in the spelling ``normalise`` gives the text."""
    return "".join(normalise(c).text if ord(c) > 127 else c for c in pattern)


def _en(words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + words + r")\b")


def _ur(words: str) -> re.Pattern[str]:
    # Python's \b does not see Urdu letters as a word's edge: ask for a non-letter instead.
    return re.compile(rf"(?<![{_UR}])(?:" + _fold(words) + rf")(?![{_UR}])")


# -- how a sentence can take a promise back ---------------------------------------------

# A negation just before the promise: "no known cure", "is not a cure", "no treatment is
# free of side effects", "nobody can guarantee".
_NEGATED_BEFORE = re.compile(
    r"\b(?:no|not|never|cannot|can\s+not|(?:can|won|isn|aren|doesn|don|didn|wasn)'t|nobody|"
    r"no\s+one|nor|neither|nothing|fake|bogus|without)\b(?:\s+[\w']+){0,3}\s*$"
    # A frame that refutes all that follows: "it is not true that...", "the myth that...".
    r"|\b(?:not\s+true|untrue|false|a\s+(?:lie|myth))\s+that\b"
    # A warning that reaches further back: "be careful of clinics that sell a cure".
    r"|\b(?:beware|careful|wary|warn\w*|suspicious|avoid|anyone\s+who)\b(?:\s+[\w']+){0,6}\s*$"
    # Roman Urdu says "koi bhi ... nahi" around it; "koi bhi" alone before is enough.
    + "|" + _fold(r"(?:کوئی\s+بھی|جھوٹ[ےی]?|جعلی)\s*(?:\S+\s+){0,2}$")
    + r"|\bkoi\s+bhi\s+(?:\S+\s+){0,2}$")
# Urdu and Roman Urdu negate after: "مکمل شفا ممکن نہیں", "pakka ilaj nahi".
_NEGATED_AFTER = re.compile(
    _fold(r"^\s*(?:\S+\s+){0,3}?(?:نہیں|نہ|ممکن\s+نہیں)(?![" + _UR + "])")
    + r"|^\s*(?:\S+\s+){0,3}?(?:nahi|nahin|nai|na|mumkin\s+nahi)\b")


def _any_of(english: str, urdu: str, roman: str) -> re.Pattern[str]:
    """Any of some words, each list in its script: English, Urdu, Roman Urdu."""
    return re.compile(rf"\b(?:{english})\b|(?<![{_UR}])(?:{_fold(urdu)})(?![{_UR}])"
                      rf"|\b(?:{roman})\b")


# Someone else's words: the clinic's, an advert's, a rumour's.
_ATTRIBUTED = _any_of(
    r"claim\w*|promis\w*|say|says|said|saying|tell|tells|told|advertis\w*|offer\w*|sell\w*|"
    r"so-called|supposed|assur\w*",
    r"دعو[یےٰ]+|دعوی|کہتے|کہتی|کہے|کہنا|کہا|وعد[ےہ]|اشتہار\w*|بیچت[ےی]|پیشکش",
    r"dawa|daawa|dawah|kehte|kehtay|kehti|kaha|wada|waada|ishtehar")
# ...called false, or a warning.
_REFUTED = _any_of(
    r"false|untrue|not\s+true|wrong|a\s+lie|lies|myth|warning\s+sign\w*|red\s+flag\w*|"
    r"beware|careful|do\s+not\s+believe|don't\s+believe|mislead\w*|scam\w*|fraud\w*",
    r"جھوٹ|غلط|سچ\s+نہیں|درست\s+نہیں|دھوک[ہے]|فراڈ|خطرے\s+کی\s+(?:گھنٹی|نشانی|علامت)|"
    r"ہوشیار|خبردار|یقین\s+نہ",
    r"jhoot|jhooth|jhoota|jhooti|ghalat|galat|sach\s+nahi|dhoka|dhokha|fraud|khabardar|"
    r"hoshiyar")


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    said: str  # the words, as staff will recognise them
    negatable: bool = True  # "no cure" takes "cure" back; "no side effects" is the claim


_SIDE = r"side[\s-]*effects?|side[\s-]*efects?"
_UR_SIDE = r"سائی?ڈ\s*[اآ]ی?فی?کٹ(?:س)?|مضر\s+اثرات|ضمنی\s+اثر(?:ات)?|منفی\s+اثرات|برے\s+اثرات"
_ROMAN_CURE = r"ilaj|ilaaj|elaj|shifa|shifaa|sehat"

RULES: tuple[Rule, ...] = (
    # "No side effects" first: its words include a negation, so it is judged as a whole.
    Rule(_en(rf"(?:no|zero|free\s+(?:of|from))\s+(?:\w+\s+)?(?:{_SIDE})|"
             rf"(?:{_SIDE})[\s-]+free|without\s+(?:\w+\s+){{0,2}}(?:{_SIDE})|"
             rf"(?:koi|bina|baghair|baghayr)\s+(?:bhi\s+)?(?:{_SIDE})"),
         "no side effects", negatable=False),
    Rule(_ur(rf"(?:کوئی|کسی\s+قسم\s+کے|بغیر\s+کسی|بغیر)\s+(?:بھی\s+)?(?:{_UR_SIDE})(?:\s+\S+)?"
             rf"(?:\s+نہیں)?|(?:{_UR_SIDE})\s+(?:بالکل\s+)?نہیں|(?:{_UR_SIDE})\s+سے\s+پاک"),
         "کوئی مضر اثرات نہیں", negatable=False),
    Rule(_en(r"(?:completely|totally|100\s*%|100\s+percent|perfectly|fully)\s+safe|"
             r"risk[\s-]+free|bilkul\s+(?:mehfooz|mahfooz|mehfuz)|"
             r"(?:100\s*%|sau\s+(?:fisad|feesad|fesad))\s+(?:mehfooz|mahfooz|mehfuz)"),
         "completely safe", negatable=False),
    Rule(_ur(r"(?:سو|100)\s*(?:فیصد|%)\s+(?:محفوظ|کامیاب|علاج|شفا|مؤثر|موثر)|بالکل\s+محفوظ"),
         "سو فیصد محفوظ", negatable=False),
    Rule(re.compile(r"(?<!\w)100\s*(?:%|percent\b)\s*(?:effective|success|results?|recovery|"
                    rf"{_ROMAN_CURE}|kamyab|kaamyab)"), "100% effective", negatable=False),
    Rule(_en(r"cure[sd]?|curing|curative"), "cure"),
    Rule(_en(r"guarantee[sd]?|guaranteeing|guaranty"), "guarantee"),
    Rule(_en(r"miracles?|miraculous(?:ly)?|mojz[ae]|mojiza|moajza|mojzati"), "miracle"),
    Rule(_en(r"permanent(?:ly)?\s+(?:fix|healing|recovery|solution)"), "permanent fix"),
    Rule(_en(rf"(?:mukammal|pakka|pukka|yaqeeni|yakeeni|mustaqil)\s+(?:{_ROMAN_CURE})|"
             rf"(?:jad|jarr?|jar)\s+se\s+(?:khatam|khatma)"), "mukammal shifa"),
    Rule(_ur(r"علاج\s+کی\s+(?:ضمانت|گارنٹی)|شفا\s+کی\s+(?:ضمانت|گارنٹی)|یقینی\s+(?:علاج|شفا)"),
         "علاج کی ضمانت"),
    Rule(_ur(r"ضمانت|گارنٹی"), "ضمانت"),
    Rule(_ur(r"مکمل\s+(?:شفا|صحت\s*یابی)|مستقل\s+(?:علاج|شفا)|پکا\s+علاج|"
             r"جڑ\s+سے\s+(?:ختم|خاتمہ)"), "مکمل شفا"),
    Rule(_ur(r"معجز(?:ہ|ے|ات|اتی|انہ)"), "معجزہ"),
)

_SENTENCE_END = re.compile(r"[.!?؟۔;:\n]")


@dataclass(frozen=True)
class Claim:
    said: str
    excerpt: str
    line: int


def _taken_back(rule: Rule, head: str, tail: str, following: str) -> bool:
    """Whether the sentence around a promise says it is not one."""
    if _NEGATED_BEFORE.search(head):
        return True
    if rule.negatable and _NEGATED_AFTER.search(tail):
        return True
    sentence = head + " " + tail
    return bool(_ATTRIBUTED.search(sentence)) and bool(
        _REFUTED.search(sentence) or _REFUTED.search(following))


def find_claims(text: str) -> list[Claim]:
    """Every banned promise in ``text`` with its line; honest sentences are left alone."""
    norm = normalise(text)
    plain = norm.text
    found: list[tuple[int, Claim]] = []
    taken: list[tuple[int, int]] = []
    for rule in RULES:
        for match in rule.pattern.finditer(plain):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue  # a longer, more specific rule already named this spot
            taken.append((start, end))
            before = _SENTENCE_END.split(plain[:start])
            head = before[-1]
            rest = _SENTENCE_END.split(plain[end:])
            tail = rest[0]
            following = rest[1] if len(rest) > 1 else ""
            if _taken_back(rule, head, tail, following):
                continue
            first, last = norm.span(start, end)
            found.append((first, Claim(rule.said, text[first:last],
                                       text.count("\n", 0, first) + 1)))
    return [claim for _start, claim in sorted(found, key=lambda item: item[0])]


def claim_problems(found: Iterable[Claim], file: str) -> list[Problem]:
    """The problems to tell staff for promises ``found`` in ``file``."""
    return [
        Problem(file, translate(
            "Problems", "promises too much: '{excerpt}'. A kiosk must not promise a cure, a "
                        "guarantee, a miracle or no side effects; say what is known, and cite "
                        "the source").fill(excerpt=claim.excerpt), claim.line)
        for claim in found
    ]
