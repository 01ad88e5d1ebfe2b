"""``kiosk --self-test``: is this installation whole? A plain report, exit 0 or 1.

Run it after installing (the installers' tests do, from the frozen bundle): it loads the
bundled pack, renders every screen and page in both languages off screen, and checks the
fonts, icons and translations are there and that Urdu is shaped as HarfBuzz shapes it.
It never touches the kiosk's real data folder.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

log = logging.getLogger("kiosk.selftest")

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
# Strings that broke before (Debian's Nastaliq drew مدافعتی as بدافعتی).
HARD_WORDS = ("مدافعتی", "آٹو امیون", "انسولین", "اسٹیم سیل", "ذیابیطس", "رمیٹائیڈ آرتھرائٹس",
              "ملٹیپل اسکلروسیس", "پیوند کاری")
# UI words that must come out in Urdu: (context, source) pairs from translations/kiosk_ur.ts.
TRANSLATED = (("AttractScreen", "Touch the screen to start"), ("PageViewer", "Next"),
              ("PageViewer", "Back"), ("PageViewer", "All topics"))
# Icons the screens themselves use, and one from each of the three icon sets packs may use.
ICONS_ALWAYS = ("fa5s.redo", "fa5b.usb", "fa5.eye")
SIZES = [(1920, 1080), (1080, 1920)]
# What a real screen needs, beside the offscreen plugin the self-test itself uses.
PLATFORM_PLUGINS = {"linux": ("qxcb", "qwayland", "qoffscreen"),
                    "win32": ("qwindows", "qoffscreen"), "darwin": ("qcocoa", "qoffscreen")}
SHAPING_PX = 41


class Report:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.failures: list[str] = []
        self.count = 0

    def line(self, ok: bool, name: str, detail: str) -> None:
        self.count += 1
        if not ok:
            self.failures.append(name)
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}", file=self.out, flush=True)

    def check(self, name: str, fn: Callable[[], str]) -> None:
        """Run one check: it returns a detail line, or raises to fail."""
        try:
            self.line(True, name, fn())
        except Exception as error:  # a self-test reports everything, it never dies
            detail = f"{type(error).__name__}: {error}"
            log.debug("self-test %s failed:\n%s", name, traceback.format_exc())
            self.line(False, name, detail)


class _Collect(logging.Handler):
    """Warnings and errors logged while the checks run (Qt's own go to kiosk.qt)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.name}: {record.getMessage()}")


def _urdu_lines(text: str) -> Iterator[str]:
    for line in text.splitlines():
        line = re.sub(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)", "", line)
        line = re.sub(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1", r"\2", line)
        line = line.replace("\\", "").strip()
        if _ARABIC.search(line):
            yield line


def pack_urdu(pack: object) -> list[str]:
    """Every Urdu line in a pack: titles, summaries, bodies, labels, quizzes."""
    found: list[str] = []
    texts = [pack.title]  # type: ignore[attr-defined]
    for topic in pack.topics:  # type: ignore[attr-defined]
        texts += [topic.title, topic.summary]
        for page in topic.pages:
            texts += [page.title, page.body, *(label.text for label in page.labels)]
            for question in page.questions:
                texts += [question.prompt, question.explanation,
                          *(choice.text for choice in question.choices)]
    for text in texts:
        found.extend(_urdu_lines(text.get("ur")))
    return found


def _widget_text(window: object) -> Iterator[str]:
    """The words on screen now: labels, buttons and text documents."""
    from PySide6.QtWidgets import QWidget

    for widget in window.findChildren(QWidget):  # type: ignore[attr-defined]
        if not widget.isVisible():
            continue
        for getter in ("text", "toPlainText", "title"):
            method = getattr(widget, getter, None)
            if callable(method):
                try:
                    value = method()
                except TypeError:
                    continue
                if isinstance(value, str):
                    yield value
        document = getattr(widget, "document", None)
        if callable(document):
            try:
                doc = document()
            except TypeError:
                continue
            if hasattr(doc, "toPlainText"):
                yield doc.toPlainText()


def run(out: TextIO | None = None, sizes: list[tuple[int, int]] | None = None,
        record_shaping: Path | None = None) -> int:
    """The whole self-test; ``record_shaping`` also writes HarfBuzz's answers there (for the
    installer build: see kiosk._qt.shaping_reference)."""
    out = out or sys.stdout
    # Off screen whatever the session: the self-test must work over SSH, in CI, at install.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    report = Report(out)
    started = time.perf_counter()
    import kiosk
    from kiosk.core import resources

    frozen = getattr(sys, "_MEIPASS", None)
    where = f"frozen bundle at {frozen}" if frozen else f"from {Path(kiosk.__file__).parent}"
    print(f"clinic-kiosk {kiosk.__version__} self-test, Python {sys.version.split()[0]}, {where}",
          file=out)

    # -- the files -------------------------------------------------------------------------
    def files() -> str:
        root = resources.data_root()
        from kiosk._qt.fonts import LATIN_FILES, NASKH_FILES, URDU_FILE

        wanted = [resources.fonts() / URDU_FILE, *(resources.fonts() / f for f in LATIN_FILES),
                  *(resources.fonts() / f for f in NASKH_FILES),
                  resources.translations() / "kiosk_ur.qm", resources.default_pack() / "pack.toml"]
        missing = [str(p) for p in wanted if not p.is_file()]
        if missing:
            raise FileNotFoundError(", ".join(missing))
        return f"{len(wanted)} files present under {root}"

    report.check("bundled files", files)

    from kiosk.core.packdir import load_pack

    pack_holder: list[object] = []

    def pack() -> str:
        loaded = load_pack(resources.default_pack())
        pack_holder.append(loaded)
        pages = sum(len(t.pages) for t in loaded.topics)
        return (f"{loaded.id} v{loaded.version}: {len(loaded.topics)} topics, {pages} pages, "
                f"languages {', '.join(loaded.languages)}")

    report.check("default pack", pack)
    if not pack_holder:
        return _finish(report, started)

    # -- Qt ------------------------------------------------------------------------------------
    collected = _Collect()
    logging.getLogger("kiosk").addHandler(collected)
    data = tempfile.TemporaryDirectory(prefix="kiosk-selftest-")
    kiosk_app = None

    def start() -> str:
        nonlocal kiosk_app
        from PySide6 import __version__ as pyside
        from PySide6.QtCore import qVersion

        from kiosk._qt.app import build

        kiosk_app = build(Path(data.name), resources.default_pack())
        for handler in logging.getLogger("kiosk").handlers:
            if type(handler) is logging.StreamHandler:
                handler.setLevel(logging.WARNING)  # the report is the output, not the log
        return f"PySide6 {pyside}, Qt {qVersion()}, platform {kiosk_app.app.platformName()}"

    report.check("kiosk starts", start)
    if kiosk_app is None:
        return _finish(report, started, collected)

    def fonts() -> str:
        from PySide6.QtGui import QFont, QFontInfo

        from kiosk._qt.fonts import load_fonts

        fontset = load_fonts()
        # Every language of the pack, each in its script's font (Naskh for Pashto).
        codes = dict.fromkeys(("en", "ur", *pack_holder[0].languages))  # type: ignore[attr-defined]
        chosen = []
        for language in codes:
            font = QFont(fontset.family_for(language))
            font.setPixelSize(30)
            got = QFontInfo(font).family()
            if got != fontset.family_for(language):
                raise RuntimeError(f"{language}: asked for {fontset.family_for(language)!r}, "
                                   f"Qt chose {got!r}")
            chosen.append(got)
        return f"{', '.join(dict.fromkeys(chosen))} registered and chosen"

    report.check("fonts", fonts)

    def platforms() -> str:
        # The self-test draws off screen, so check the plugin a real screen needs is here.
        from PySide6.QtCore import QCoreApplication

        wanted = PLATFORM_PLUGINS.get(sys.platform, PLATFORM_PLUGINS["linux"])
        found = sorted({entry.name for folder in QCoreApplication.libraryPaths()
                        if (Path(folder) / "platforms").is_dir()
                        for entry in (Path(folder) / "platforms").iterdir()})
        missing = [name for name in wanted if not any(name in f for f in found)]
        if missing:
            raise FileNotFoundError(f"platform plugins missing: {', '.join(missing)} "
                                    f"(found: {', '.join(found) or 'none'})")
        return f"{', '.join(found)}"

    report.check("platform plugins", platforms)

    def translations() -> str:
        window = kiosk_app.window
        wrong = []
        for context, source in TRANSLATED:
            text = window.translations.text_in("ur", context, source)
            if text == source or not _ARABIC.search(text):
                wrong.append(f"{context}/{source!r} -> {text!r}")
        if wrong:
            raise RuntimeError("not translated: " + "; ".join(wrong))
        return f"{len(TRANSLATED)} sample UI strings come out in Urdu"

    report.check("translations", translations)

    def icons() -> str:
        from PySide6.QtGui import QColor

        from kiosk._qt.icons import icon

        names = sorted({t.icon for t in pack_holder[0].topics} | set(ICONS_ALWAYS))  # type: ignore[attr-defined]
        blank = []
        for name in names:
            image = icon(name, QColor("black")).pixmap(48, 48).toImage()
            if not any(image.pixelColor(x, y).alpha() for x in range(0, 48, 2)
                       for y in range(0, 48, 2)):
                blank.append(name)
        if blank:
            raise RuntimeError(f"icons draw nothing: {', '.join(blank)}")
        return f"{len(names)} icons drawn by qtawesome"

    report.check("icons", icons)

    shown_urdu: set[str] = set()

    def render() -> str:
        from kiosk._qt.screenshots import each_screen

        count, blank = 0, []
        for name, window in each_screen(kiosk_app, sizes or SIZES):
            image = window.grab().toImage()
            if image.isNull() or image.width() < 100:
                raise RuntimeError(f"{name}: nothing rendered")
            # A page that rendered must show more than one colour.
            small = image.scaled(64, 64)
            colours = {small.pixel(x, y) for x in range(64) for y in range(64)}
            if len(colours) < 3:
                blank.append(name)
            if "-ur-" in name:
                for text in _widget_text(window):
                    shown_urdu.update(_urdu_lines(text))
            count += 1
        if blank:
            raise RuntimeError(f"{len(blank)} blank screens: {', '.join(blank[:5])}")
        assert kiosk_app.session is not None  # each_screen needs it too
        return (f"{count} screens and pages rendered in "
                f"{', '.join(kiosk_app.session.pack.languages)} at "
                f"{', '.join(f'{w}x{h}' for w, h in sizes or SIZES)}")

    report.check("every page renders", render)

    def shaping() -> str:
        from kiosk._qt import shaping as shape
        from kiosk._qt import shaping_reference as reference
        from kiosk._qt.fonts import URDU_FILE

        font = resources.fonts() / URDU_FILE
        shaper: shape.Shaper
        try:
            import uharfbuzz
        except ImportError:
            if record_shaping:
                raise RuntimeError("recording HarfBuzz's answers needs uharfbuzz "
                                   "(pip install uharfbuzz)") from None
            # An installed bundle: HarfBuzz answered when the installer was built.
            record = resources.data_root() / reference.FILE_NAME
            shaper = reference.Reference.load(record, font)
            source = f"HarfBuzz {shaper.harfbuzz} (recorded when this installer was built)"
        else:
            shaper = reference.Recorder(font) if record_shaping else shape.harfbuzz_glyphs
            source = f"HarfBuzz {uharfbuzz.__version__}"
        # Words read off the screens with their spaces plain: the wider ones made for
        # hanging dots are drawn by the kiosk's Noto Sans, not by the Nastaliq under test.
        from kiosk._qt.dot_room import plain_spaces

        shown = {plain_spaces(text) for text in shown_urdu}
        strings = sorted(set(pack_urdu(pack_holder[0])) | shown | set(HARD_WORDS))
        if len(strings) < 50:
            raise RuntimeError(f"only {len(strings)} Urdu strings found; the pack looks empty")
        bad = []
        for text in strings:
            try:
                mismatches = shape.compare_with_harfbuzz(font, text, SHAPING_PX, shaper=shaper)
            except reference.MissingReference as missing:
                bad.append(f"{text!r}: no recorded HarfBuzz answer for {str(missing)!r}")
                continue
            if mismatches:
                bad.append(f"{text!r}: {mismatches[0]}")
        if bad:
            raise RuntimeError(f"{len(bad)} of {len(strings)} strings differ from HarfBuzz: "
                               + "; ".join(bad[:3]))
        if isinstance(shaper, reference.Recorder):
            assert record_shaping is not None  # a Recorder only when recording
            shaper.write(record_shaping)
        return (f"{len(strings)} Urdu strings ({len(shown_urdu)} read off the screens) shaped "
                f"as {source} shapes them")

    report.check("Urdu shaping", shaping)

    def narration() -> str:
        # Every recording is opened and its first samples decoded, as a tap on Listen does.
        from kiosk.core.narration import Sound

        loaded = pack_holder[0]
        count = 0
        for page in loaded.pages():  # type: ignore[attr-defined]
            for language in loaded.languages:  # type: ignore[attr-defined]
                spoken = page.narration(language)
                if spoken is not None:
                    sound = Sound(spoken.audio)
                    if not sound.read(4096):
                        raise RuntimeError(f"{spoken.audio.name} gave no sound")
                    sound.close()
                    count += 1
        narrator = kiosk_app.window.narrator
        output = ("a sound output" if narrator.output is not None else
                  "no sound output: recordings will not play until a speaker is connected")
        voice = (f"computer voice {narrator.voice.engine} for "
                 f"{', '.join(sorted(narrator.voice.languages()))}"
                 if narrator.voice is not None else "no computer voice")
        return f"{count} recordings decode; {output}; {voice}"

    report.check("narration", narration)

    def quiet() -> str:
        if collected.messages:
            raise RuntimeError(f"{len(collected.messages)} warnings: "
                               + " | ".join(collected.messages[:5]))
        return "no warnings or errors logged"

    report.check("log", quiet)
    kiosk_app.take_down()  # before its data folder goes: its usage writer writes there
    data.cleanup()
    return _finish(report, started, collected)


def _finish(report: Report, started: float, collected: _Collect | None = None) -> int:
    if collected is not None:
        logging.getLogger("kiosk").removeHandler(collected)
    seconds = time.perf_counter() - started
    if report.failures:
        print(f"SELF-TEST FAILED: {len(report.failures)} of {report.count} checks "
              f"({', '.join(report.failures)}) in {seconds:.1f} s", file=report.out)
        return 1
    print(f"self-test passed: {report.count} checks in {seconds:.1f} s", file=report.out)
    return 0
