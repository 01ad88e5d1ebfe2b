"""Medical promises a patient-education pack must never make, in English and Urdu.

Unproven clinics sell "guaranteed cures" to desperate patients; a kiosk in a clinic's
waiting room lends its words the clinic's authority, so a pack may not promise a cure,
a guarantee, a miracle or freedom from side effects. Honest sentences that use the same
words ("there is no cure yet", "کوئی علاج نہیں") must pass, so each rule knows the
negations that turn a promise into a warning: English negates before the word, Urdu
usually after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.core.phrases import translate
from kiosk.core.problems import Problem


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    said: str  # the words, as staff will recognise them
    before: re.Pattern[str] | None = None  # negation just before the match
    after: re.Pattern[str] | None = None  # negation just after the match


_EN_NEG = re.compile(
    # A negation a few words before: "there is no known cure", "is not a cure".
    r"\b(?:no|not|never|cannot|can\s+not|(?:can|won|isn|aren|doesn|don|didn)[’']t|nobody|"
    r"no\s+one|nor|without|neither|false|fake|untrue|claims?\s+of|promises?\s+of)\b"
    r"(?:\s+\w+){0,3}\s*$"
    # A warning, which may sit further back: "be careful of clinics that sell a cure".
    r"|\b(?:beware|careful|wary|warn\w*|suspicious|avoid|anyone\s+who)\b(?:\s+[\w’']+){0,6}\s*$",
    re.I,
)
_UR_NEG_AFTER = re.compile(r"^\s*(?:\S+\s+){0,3}?(?:نہیں|نہ|ممکن\s+نہیں)")
_UR_NEG_BEFORE = re.compile(r"(?:کوئی\s+بھی|جھوٹ[ےی]?|جعلی|دھوکہ|دعو[ےی])\s*(?:\S+\s+){0,2}$")


def _en(words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + words + r")\b", re.I)


def _ur(words: str) -> re.Pattern[str]:
    # Urdu has no \b that Python's re understands well; require a non-letter or edge.
    return re.compile(r"(?<![\u0600-\u06FF])(?:" + words + r")(?![\u0600-\u06FF])")


RULES: tuple[Rule, ...] = (
    Rule(_en(r"cure[sd]?|curing|curative"), "cure", before=_EN_NEG),
    Rule(_en(r"guarantee[sd]?|guaranteeing"), "guarantee", before=_EN_NEG),
    Rule(_en(r"miracles?|miraculous(?:ly)?"), "miracle", before=_EN_NEG),
    Rule(_en(r"(?:no|zero|free\s+(?:of|from))\s+(?:\w+\s+)?side[\s-]+effects?|"
             r"side[\s-]+effect[\s-]+free|without\s+(?:any\s+)?side[\s-]+effects?"),
         "no side effects"),
    Rule(_en(r"(?:completely|totally|100\s*%|100\s+percent|perfectly)\s+safe|risk[\s-]+free"),
         "completely safe"),
    Rule(re.compile(r"(?<!\w)100\s*(?:%|percent\b)\s*(?:effective|success|results?|recovery)",
                    re.I), "100% effective"),
    Rule(_en(r"permanent(?:ly)?\s+(?:fix|healing|recovery|solution)"), "permanent fix",
         before=_EN_NEG),
    # Urdu.
    Rule(_ur(r"علاج\s+کی\s+(?:ضمانت|گارنٹی)|شفا\s+کی\s+(?:ضمانت|گارنٹی)|یقینی\s+(?:علاج|شفا)"),
         "علاج کی ضمانت", before=_UR_NEG_BEFORE, after=_UR_NEG_AFTER),
    Rule(_ur(r"(?:ضمانت|گارنٹی)"), "ضمانت", before=_UR_NEG_BEFORE, after=_UR_NEG_AFTER),
    Rule(_ur(r"مکمل\s+(?:شفا|صحت\s*یابی)|مستقل\s+(?:علاج|شفا)|جڑ\s+سے\s+(?:ختم|خاتمہ)"),
         "مکمل شفا", before=_UR_NEG_BEFORE, after=_UR_NEG_AFTER),
    Rule(_ur(r"معجز(?:ہ|ے|ات|اتی|انہ)"), "معجزہ", before=_UR_NEG_BEFORE, after=_UR_NEG_AFTER),
    Rule(_ur(r"(?:کوئی|کسی\s+قسم\s+کے)\s+(?:مضر|برے|منفی|نقصان\s*دہ)\s+اثرات\s+نہیں|"
             r"سائیڈ\s*ایفیکٹ(?:س)?\s+(?:بالکل\s+)?نہیں|"
             r"(?:کوئی|بغیر\s+کسی)\s+سائیڈ\s*ایفیکٹ|ضمنی\s+اثرات\s+(?:بالکل\s+)?نہیں|"
             r"کوئی\s+ضمنی\s+اثر(?:ات)?\s+نہیں|بغیر\s+(?:کسی\s+)?(?:مضر|ضمنی)\s+اثرات"),
         "کوئی مضر اثرات نہیں"),
    Rule(_ur(r"(?:سو|100|۱۰۰)\s*(?:فیصد|%)\s+(?:محفوظ|کامیاب|علاج|شفا|مؤثر|موثر)|"
             r"بالکل\s+محفوظ"),
         "سو فیصد محفوظ"),
)


@dataclass(frozen=True)
class Claim:
    said: str
    excerpt: str
    line: int


def find_claims(text: str) -> list[Claim]:
    """Every banned promise in ``text`` with its line; honest negations are left alone."""
    found: list[Claim] = []
    taken: list[tuple[int, int]] = []
    for rule in RULES:
        for match in rule.pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue  # a longer, more specific rule already named this spot
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end == -1 else line_end
            # A negation only counts inside the same sentence.
            head = re.split(r"[.!?؟۔;:,،\n]", text[line_start:start])[-1]
            tail = re.split(r"[.!?؟۔;:,،\n]", text[end:line_end])[0]
            if rule.before is not None and rule.before.search(head):
                continue
            if rule.after is not None and rule.after.search(tail):
                continue
            taken.append((start, end))
            found.append(Claim(rule.said, match.group(0), text.count("\n", 0, start) + 1))
    return sorted(found, key=lambda c: c.line)


def check_claims(text: str, file: str) -> list[Problem]:
    return [
        Problem(file, translate(
            "Problems", "promises too much: '{excerpt}'. A kiosk must not promise a cure, a "
                        "guarantee, a miracle or no side effects; say what is known, and cite "
                        "the source").fill(excerpt=claim.excerpt), claim.line)
        for claim in find_claims(text)
    ]
