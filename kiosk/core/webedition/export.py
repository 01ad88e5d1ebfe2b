"""Write a pack's web edition: a folder any web host can serve as it is.

One HTML file per topic and language (every page of the topic, in order, to scroll
through on a phone), an index of topics per language, a first page to choose the
language, the pictures, the narration, one style sheet and the Nastaliq font cut down to
the letters used. No script, and nothing fetched from any other host: it reads the same
on a clinic's intranet, on a phone with JavaScript off, and years from now.

The pages are made with Jinja2 templates (``templates/``), which escape every word from
the pack; page bodies are the pack's Markdown, rendered with raw HTML switched off.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
import shutil
from collections.abc import Callable, Iterator, Mapping
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from markdown_it import MarkdownIt
from markupsafe import Markup

from kiosk import __version__
from kiosk.core import review
from kiosk.core.hashing import sha256
from kiosk.core.lastwords import kept_together, markdown_kept_together
from kiosk.core.model import (
    CAPTION_FROM,
    Pack,
    Page,
    PageKind,
    Topic,
    fill_placeholders,
)
from kiosk.core.phrases import Translator
from kiosk.core.webedition import fontsubset, words
from kiosk.core.webedition.address import EDITION_FILE, expected_pages, topic_path
from kiosk.core.webedition.digest import content_digest
from kiosk.core.webedition.folder import ExportError, check_output, new_build, swap_in

__all__ = ["Edition", "ExportError", "export"]

log = logging.getLogger("kiosk.web")

_markdown = MarkdownIt("commonmark", {"html": False})
_VIEWBOX = re.compile(r"""viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)""")
_AUDIO_TYPES = {".ogg": "audio/ogg", ".opus": "audio/ogg", ".mp3": "audio/mpeg"}


@dataclasses.dataclass(frozen=True)
class Edition:
    folder: Path
    pages: list[str]
    font: str | None  # the font file under assets/, if any page is in a right-to-left script
    bytes_without_sound: int  # what was written, narration left out


@dataclasses.dataclass(frozen=True)
class _Picture:
    src: str
    width: int
    height: int


@dataclasses.dataclass(frozen=True)
class _Label:
    text: str
    x: float
    y: float
    # How far its chip is moved off what the drawing shows, in the chip's own widths and
    # heights (a phone's browser lays the chip out; its size is known only there).
    dx: float = 0.0
    dy: float = 0.0


# Where a picture's label chips would cover what they name on a phone, how far to move
# each (``_Label.dx``, ``dy``): given the drawing, the labels on it (words, x, y), their
# language, and whether the drawing is shown mirrored. The kiosk's own drawing code
# answers it (``kiosk._qt.web_chips``); without it, chips sit centred on their points.
ChipPlacer = Callable[[Path, list[tuple[str, float, float]], str, bool],
                      list[tuple[float, float]]]
# Text, its language -> the text with wider spaces where Nastaliq's dots hang past a
# word's start (``kiosk._qt.dot_room.room_for_browsers``: Qt measures them).
RoomMaker = Callable[[str, str], str]


class _Assets:
    """Pack files the edition carries, each copied once, under a stable path."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.files: dict[str, Path] = {}  # path in the edition -> file in the pack

    def add(self, folder: str, path: Path) -> str:
        inside = path.relative_to(self.pack.root)
        if inside.parts[:1] == ("topics",):
            inside = inside.relative_to("topics")
        name = (PurePosixPath(folder) / inside.as_posix()).as_posix()
        self.files[name] = path
        return name

    def picture(self, path: Path) -> _Picture:
        name = self.add("pictures", path)
        width, height = 400, 300  # the kiosk's usual 4:3, when a drawing gives no viewBox
        match = _VIEWBOX.search(path.read_text(encoding="utf-8", errors="replace")[:4096])
        if match:
            width, height = (max(1, round(float(v))) for v in match.groups())
        return _Picture(name, width, height)


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("kiosk.core.webedition", "templates"),
                      autoescape=True, undefined=StrictUndefined, trim_blocks=True,
                      lstrip_blocks=True, keep_trailing_newline=True)
    return env


def _body(text: str, placeholders: Mapping[str, str], room: Callable[[str], str]) -> Markup:
    # The pack's Markdown with raw HTML off: markdown-it escapes anything else.
    # With the kiosk's own no-break spaces (``lastwords``): a phone's lines break where
    # the kiosk's may, not inside a count ("7 in 10") or before a lone last word; and its
    # room for Nastaliq's hanging dots.
    return Markup(_markdown.render(room(markdown_kept_together(
        fill_placeholders(text, placeholders)))))


def _no_room(text: str, _language: str) -> str:
    return text


class _Site:
    """Everything the templates need, in one language at a time."""

    def __init__(self, pack: Pack, translators: Callable[[str], Translator],
                 placeholders: Mapping[str, str],
                 place_chips: ChipPlacer | None = None,
                 make_room: RoomMaker | None = None) -> None:
        self.pack = pack
        self.make_room = make_room or _no_room
        self.translators = translators
        self.placeholders = placeholders
        self.place_chips = place_chips
        # Each page is rendered twice (``export``): its chips are placed once.
        self._shifts: dict[tuple[str, str, str], list[tuple[float, float]]] = {}
        self.assets = _Assets(pack)
        self.env = _environment()

        @pass_context
        def kept(context: Context, text: str) -> str:  # titles, badges, quiz words, as the kiosk's
            return self.make_room(kept_together(text), str(context["lang"]))

        self.env.filters["kept_together"] = kept

    def _named(self, code: str) -> tuple[str, str, bool, str]:
        """A language as the templates name it: code, name in itself, rtl, script."""
        language = self.pack.language(code)
        return code, language.name, language.rtl, language.script

    def _common(self, language: str, depth: int, css: str) -> dict[str, object]:
        say = words.Say(self.translators(language))
        up = "../" * depth
        signed = [line.render(self.translators(language))
                  for line in review.summary(self.pack.review)]
        return {
            "lang": language, "dir": "rtl" if self.pack.language(language).rtl else "ltr",
            "say": say,
            "w": words, "up": up, "css": up + "assets/" + css,
            "pack_title": self.pack.title.get(language), "version": self.pack.version,
            "signed": signed, "written_on": self.pack.review.reviewed_on.isoformat(),
            "next_check": self.pack.review.next_review.isoformat(),
            "emergency": self.placeholders.get("emergency_number", ""),
            "script": self.pack.language(language).script,
            "languages": [self._named(code) for code in self.pack.languages],
        }

    def _page(self, topic: Topic, page: Page, language: str) -> dict[str, object]:
        say = words.Say(self.translators(language))
        rtl = self.pack.language(language).rtl
        # Room for hanging dots as the kiosk's chips make it (spaces only: a chip's words
        # wrap where they must), before the chips are placed, so they are measured wide.
        labels = [_Label(self.make_room(label.text.get(language), language), label.x, label.y)
                  for label in page.picture_labels(rtl)]
        over = [label for label in labels if label.y < CAPTION_FROM]
        if over and self.place_chips is not None:
            key = (topic.id, page.id, language)
            if key not in self._shifts:
                self._shifts[key] = self.place_chips(
                    page.illustration, [(label.text, label.x, label.y) for label in over],
                    language, page.picture_mirrored(rtl))
            shifts = self._shifts[key]
            over = [dataclasses.replace(label, dx=dx, dy=dy)
                    for label, (dx, dy) in zip(over, shifts, strict=True)]
        spoken = page.narration(language)

        def room(text: str) -> str:
            return self.make_room(text, language)

        audio = None
        if spoken is not None and spoken.matches(self.placeholders) and spoken.audio.is_file():
            audio = {"src": self.assets.add("audio", spoken.audio),
                     "type": _AUDIO_TYPES.get(spoken.audio.suffix.lower(), "audio/ogg"),
                     "words": say(words.LISTEN_DRAFT if spoken.draft else words.LISTEN)}
        questions = []
        for question in page.questions:
            right = next(c for c in question.choices if c.correct)
            questions.append({
                "prompt": question.prompt.get(language),
                "choices": [c.text.get(language) for c in question.choices],
                "right": right.text.get(language),
                "explanation": _body(question.explanation.get(language), self.placeholders,
                                     room),
            })
        return {
            "id": page.id, "title": page.title.get(language),
            "statuses": [(t.status.value, say(words.status(t, language)))
                         for t in page.statuses],
            "picture": self.assets.picture(page.illustration),
            "mirrored": page.picture_mirrored(rtl),
            "over": over,
            "captions": sorted((label for label in labels if label.y >= CAPTION_FROM),
                               key=lambda label: label.x),
            "body": _body(page.body.get(language), self.placeholders, room),
            "quiz": questions if page.kind is PageKind.QUIZ else [],
            "audio": audio,
            "sources": [(key, self.pack.sources.get(key, "")) for key in page.sources],
        }

    def pages(self, css: str) -> Iterator[tuple[str, str]]:
        """(path in the edition, HTML) for every page."""
        yield "index.html", self.env.get_template("languages.html.j2").render(
            **self._common(self.pack.languages[0], 0, css),
            titles=[(code, self.pack.title.get(code), *self._named(code)[2:])
                    for code in self.pack.languages],
            choose=[(code, words.Say(self.translators(code))(words.CHOOSE_LANGUAGE))
                    for code in self.pack.languages])
        for language in self.pack.languages:
            topics = [{"id": t.id, "title": t.title.get(language),
                       "summary": t.summary.get(language), "href": f"{t.id}.html",
                       "picture": self.assets.picture(t.illustration)}
                      for t in self.pack.topics_in(language)]
            yield f"{language}/index.html", self.env.get_template("index.html.j2").render(
                **self._common(language, 1, css), topics=topics)
            for topic in self.pack.topics_in(language):
                yield topic_path(language, topic.id), self.env.get_template(
                    "topic.html.j2").render(
                    **self._common(language, 1, css),
                    topic={"id": topic.id, "title": topic.title.get(language),
                           "summary": topic.summary.get(language)},
                    pages=[self._page(topic, page, language) for page in topic.pages],
                    others=[(*self._named(code), f"../{topic_path(code, topic.id)}")
                            for code in self.pack.languages
                            if code != language and topic.has(code)])


class _Text(HTMLParser):
    """The words of a page, to know which letters its font must keep."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _letters(html: str) -> str:
    reader = _Text()
    reader.feed(html)
    return "".join(reader.parts)


# The web fonts' family names in site.css, by script (Latin is left to the phone's own).
_FAMILIES = {"nastaliq": "Kiosk Nastaliq", "naskh": "Kiosk Naskh"}


def export(pack: Pack, out: Path, *, translators: Callable[[str], Translator],
           placeholders: Mapping[str, str], fonts: Mapping[str, Path],
           made: dt.datetime | None = None,
           place_chips: ChipPlacer | None = None,
           make_room: RoomMaker | None = None) -> Edition:
    """Write the web edition of ``pack`` into the folder ``out``.

    ``translators`` gives the web edition's own words in a language; ``placeholders``
    fill the pack's site values (the emergency number); ``fonts`` are the font files to
    cut down, by script ("nastaliq", "naskh"); ``place_chips`` moves label chips off what
    their drawing shows (``ChipPlacer``); ``make_room`` widens the spaces where Nastaliq's
    dots hang past a word's start (``RoomMaker``). An earlier edition in ``out`` is
    replaced whole.
    """
    out = out.absolute()
    check_output(out, pack.root)
    site = _Site(pack, translators, placeholders, place_chips, make_room)
    # Render once to learn which letters each script's pages use (a font's file name,
    # and so the style sheet's, depends on them), then again with the final names.
    drafts = dict(site.pages("site.css"))
    cut: dict[str, bytes] = {}
    faces: list[tuple[str, str]] = []
    for script, family in _FAMILIES.items():
        codes = [code for code in pack.languages if pack.language(code).script == script]
        if not codes:
            continue
        if script not in fonts:
            raise ExportError(f"no {script} font to cut for {', '.join(codes)}")
        # The front page holds every language's title: only this script's are its.
        letters = "".join(_letters(html) for path, html in drafts.items()
                          if path.split("/")[0] in codes)
        letters += "".join(pack.title.get(code) for code in codes)
        name, data = fontsubset.web_font(fonts[script], letters, prefix=script)
        cut[name] = data
        faces.append((family, f"{name}"))
        # A page in another language names each language in its own script: a font of
        # just those few letters (a few kB) spares it fetching the whole cut.
        names = "".join(pack.language(code).name for code in codes)
        name, data = fontsubset.web_font(fonts[script], names, prefix=f"{script}-names")
        cut[name] = data
        faces.append((f"{family} Names", name))
    font_name = next(iter(cut), None)
    css = _environment().get_template("site.css.j2").render(faces=faces)
    css_name = f"site-{sha256(css.encode()).hexdigest()[:12]}.css"
    built = new_build(out)
    written = 0
    try:
        def put(name: str, data: bytes) -> None:
            nonlocal written
            target = built / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            written += len(data)

        pages = dict(site.pages(css_name))
        for name, html in pages.items():
            put(name, html.encode("utf-8"))
        put(f"assets/{css_name}", css.encode("utf-8"))
        put("assets/icon.svg", (Path(__file__).parent / "templates" / "icon.svg").read_bytes())
        for name, data in cut.items():
            put(f"assets/{name}", data)
        for name, source in sorted(site.assets.files.items()):
            target = built / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            if not name.startswith("audio/"):
                written += target.stat().st_size
        made = made or dt.datetime.now(dt.UTC)
        files = sorted({*pages, *site.assets.files, f"assets/{css_name}", "assets/icon.svg",
                        *(f"assets/{name}" for name in cut), EDITION_FILE})
        record = {
            "pack": pack.id, "version": pack.version, "content": content_digest(pack),
            "languages": list(pack.languages), "pages": sorted(pages),
            "made": made.isoformat(timespec="seconds"), "made_by": f"kiosk-pack {__version__}",
            "site_values": dict(placeholders),
            "files": files,  # so a later export knows what it may replace
        }
        put(EDITION_FILE, json.dumps(record, indent=2, ensure_ascii=False).encode("utf-8"))
        missing = set(expected_pages(pack)) - set(pages)
        assert not missing, missing  # the templates and address.py must agree
        swap_in(built, out)
    except BaseException:
        shutil.rmtree(built, ignore_errors=True)
        raise
    log.info("web edition of %s v%d written to %s (%d pages)", pack.id, pack.version, out,
             len(pages))
    return Edition(out, sorted(pages), font_name, written)
