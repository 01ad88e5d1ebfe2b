"""A printable review document for a pack: every page in each of its languages side by side.

``kiosk-pack review-sheet PACK -o FILE.html`` writes it. A clinician and a translator
read it on paper (print it, or "print to PDF" from any browser), tick or correct each
page, and sign the box under it; staff then record the sign-off with ``kiosk-pack
review``. It carries everything a reviewer needs to judge a page without the kiosk: the
words as patients see them, the picture and its labels, the treatment status labels,
the quiz's answers (the right one marked), where each fact comes from, and whose voice
reads it. One self-contained file: pictures and the fonts of its scripts are inside it.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import re
from collections.abc import Mapping
from pathlib import Path

from markdown_it import MarkdownIt

from kiosk.core import review
from kiosk.core.model import (
    Pack,
    Page,
    PageKind,
    PictureReads,
    Status,
    Treatment,
    fill_placeholders,
)

_STATUS_WORDS = {Status.APPROVED: "Approved", Status.SPECIALIST: "Specialist centres only",
                 Status.EXPERIMENTAL: "Experimental: clinical trial only"}
_markdown = MarkdownIt("commonmark", {"html": False})

_CSS = """
@page { size: A4; margin: 14mm; }
body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; color: #1b2a33; font-size: 10.5pt; }
h1 { font-size: 18pt; margin: 0 0 4pt; }
.meta { color: #4a5a63; margin: 0 0 10pt; }
.page { border: 1.5pt solid #1b2a33; border-radius: 6pt; padding: 8pt 10pt; margin: 0 0 12pt;
        page-break-inside: avoid; break-inside: avoid; }
.page h2 { font-size: 12.5pt; margin: 0 0 6pt; }
.cols { display: grid; gap: 12pt; }
.rtl { direction: rtl; text-align: right; }
.nastaliq { font-family: "Kiosk Nastaliq", serif; font-size: 12pt; line-height: 2.3; }
.naskh { font-family: "Kiosk Naskh", serif; font-size: 11.5pt; line-height: 1.8; }
.picture { float: right; width: 34mm; margin: 0 0 6pt 8pt; }
.picture svg { width: 100%; height: auto; }
.labels, .sources, .voice { color: #4a5a63; font-size: 9pt; }
.status { display: inline-block; border-radius: 4pt; padding: 1pt 6pt; margin: 0 4pt 4pt 0;
          color: white; font-size: 9pt; font-weight: bold; }
.approved { background: #1f7a4d; } .specialist { background: #1f5f7a; }
.experimental { background: #b3261e; }
.right { font-weight: bold; }
.signoff { border-top: 1pt dashed #4a5a63; margin-top: 8pt; padding-top: 6pt; display: grid;
           grid-template-columns: 2fr 2fr 1fr; gap: 8pt; font-size: 9pt; }
.signoff div { border-bottom: 1pt solid #1b2a33; min-height: 16pt; }
.check { font-size: 9pt; margin-top: 4pt; }
.notice { color: #b3261e; font-weight: bold; }
"""


_FAMILIES = {"nastaliq": "Kiosk Nastaliq", "naskh": "Kiosk Naskh"}


def _font_faces(fonts: Mapping[str, Path], scripts: set[str]) -> str:
    faces = []
    for script in sorted(scripts):
        font = fonts.get(script)
        if script not in _FAMILIES or font is None or not font.is_file():
            continue
        data = base64.b64encode(font.read_bytes()).decode("ascii")
        faces.append(f"@font-face {{ font-family: '{_FAMILIES[script]}'; "
                     f"src: url(data:font/ttf;base64,{data}) format('truetype'); }}")
    return "".join(faces)


def _svg(path: Path) -> str:
    """The picture inline, without its XML prolog (pack pictures are checked: no scripts)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    return re.sub(r"^\s*<\?xml[^>]*>\s*", "", text)


def _status(treatment: Treatment, language: str) -> str:
    words = _STATUS_WORDS[treatment.status]
    if treatment.approved_by is not None and treatment.status is Status.APPROVED:
        words = f"Approved by {treatment.approved_by.get(language)}"
    name = treatment.name.get(language) + ": " if treatment.name is not None else ""
    return (f'<span class="status {treatment.status.value}">'
            f"{html.escape(name + words)}</span>")


def _column(page: Page, language: str, placeholders: Mapping[str, str]) -> str:
    parts = [f"<h3>{html.escape(page.title.get(language))}</h3>"]
    parts += [_status(t, language) for t in page.statuses]
    parts.append(_markdown.render(fill_placeholders(page.body.get(language), placeholders)))
    if page.kind is PageKind.QUIZ:
        for number, question in enumerate(page.questions, 1):
            parts.append(f"<p><b>{number}. {html.escape(question.prompt.get(language))}</b></p>"
                         "<ul>")
            for choice in question.choices:
                mark = ' class="right"' if choice.correct else ""
                tick = " ✔" if choice.correct else ""
                parts.append(f"<li{mark}>{html.escape(choice.text.get(language))}{tick}</li>")
            parts.append("</ul>" + _markdown.render(question.explanation.get(language)))
    if page.labels:
        labels = " · ".join(html.escape(label.text.get(language)) for label in page.labels)
        parts.append(f'<p class="labels">Picture labels: {labels}</p>')
    spoken = page.narration(language)
    voice = ("no recording" if spoken is None else
             f"a machine's draft ({spoken.voice})" if spoken.draft else f"{spoken.voice}")
    parts.append(f'<p class="voice">Read aloud by: {html.escape(voice)}</p>')
    return "\n".join(parts)


def _language_column(pack: Pack, page: Page, code: str,
                     placeholders: Mapping[str, str]) -> str:
    language = pack.language(code)
    classes = " ".join([code, language.script, "rtl" if language.rtl else "ltr"])
    direction = ' dir="rtl"' if language.rtl else ""
    return (f'<div class="{classes}" lang="{code}"{direction}>'
            f"{_column(page, code, placeholders)}</div>")


def render(pack: Pack, placeholders: Mapping[str, str], *, today: dt.date | None = None,
           fonts: Mapping[str, Path] | None = None) -> str:
    """The whole review document as one HTML page."""
    today = today or dt.date.today()
    title = html.escape(pack.title.get("en"))
    notes = "".join(f'<p class="notice">{html.escape(str(n))}</p>'
                    for n in [*review.notices(pack.review, today),
                                *review.translation_notices(pack)])
    signed = "".join(f"<p>{html.escape(str(s))}</p>" for s in review.summary(pack.review))
    out = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Review: {title}</title><style>"
        f"{_font_faces(fonts or {}, {pack.language(code).script for code in pack.languages})}"
        f"{_CSS}</style></head><body>",
        f"<h1>Review sheet: {title}</h1>",
        f'<p class="meta">Pack <b>{html.escape(pack.id)}</b>, version {pack.version}, '
        f"{len(pack.pages())} pages. Printed {today.isoformat()}. Next review due "
        f"{pack.review.next_review.isoformat()}.</p>", notes, signed,
        "<p>For each page: is every statement true and balanced (risks beside benefits, "
        "with numbers out of how many), is each treatment labelled rightly, does each "
        "translation say the same in natural words, and do the sources support it? Write "
        "corrections beside the text, then sign the box.</p>",
    ]
    for topic in pack.topics:
        # In the pack's order; every language but English is a translation to check.
        shown = [code for code in pack.languages if topic.has(code)]
        for number, page in enumerate(topic.pages, 1):
            sources = "".join(
                f"<li><b>{html.escape(key)}</b> {html.escape(pack.sources.get(key, '?'))}</li>"
                for key in page.sources)
            out += [
                '<section class="page">',
                f"<h2>{html.escape(topic.title.get('en'))} · page {number}: "
                f"{html.escape(page.key)}</h2>",
                f'<div class="picture">{_svg(page.illustration)}</div>',
                # Drawn one way here: a reviewer checks the mirrored one is fit to mirror.
                '<p class="labels">The picture reads across: patients reading right to '
                "left see it mirrored.</p>" if page.picture_reads is PictureReads.ACROSS
                else "",
                f'<div class="cols" style="grid-template-columns: '
                f'repeat({len(shown)}, 1fr)">',
                *(_language_column(pack, page, code, placeholders) for code in shown),
                "</div>",
                f'<div class="sources">Sources:<ul>{sources}</ul></div>',
                '<p class="check">☐ Medicine correct &nbsp; ' + "".join(
                    f"☐ {html.escape(pack.language(code).name)} correct &nbsp; "
                    for code in shown if code != "en") +
                "☐ Needs changes (written above)</p>",
                '<div class="signoff"><span>Checked by (name, role)</span><span>Signature'
                "</span><span>Date</span><div></div><div></div><div></div></div>",
                "</section>",
            ]
    out.append("</body></html>")
    return "\n".join(out)
