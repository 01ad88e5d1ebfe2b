"""Check a pack folder or .kpack for everything at once, for ``kiosk-pack validate``.

``load_pack`` already refuses what the kiosk cannot show (bad TOML, missing Urdu,
missing pictures, non-UTF-8 text...). This adds what a careful reviewer would catch:
promises of cures, a review date that has passed, pictures that are not real drawings,
and (through a hook, because it needs Qt's fonts) text that does not fit its screen.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path, PurePosixPath

from kiosk.core import narration, svgcost
from kiosk.core.checkcache import CheckCache
from kiosk.core.claims import claim_problems
from kiosk.core.glyphs import undrawn_problem
from kiosk.core.kpack import DEFAULT_LIMITS, SUFFIX, Kpack, Limits, version_tuple, walk_pack
from kiosk.core.messages import line_of
from kiosk.core.model import Localized, Pack, Page, PictureReads
from kiosk.core.packdir import (
    MANIFEST,
    MAX_SVG_BYTES,
    MAX_TEXT_FILE_BYTES,
    TOPIC_FILE,
    load_pack,
)
from kiosk.core.phrases import translate
from kiosk.core.problems import (
    MANIFESTS_DISAGREE,
    NOT_A_PACK_FOLDER,
    PackError,
    Problem,
    unreadable,
)
from kiosk.core.remembered import claims_in, drawings_checked
from kiosk.core.settings import Settings
from kiosk.core.smallfile import read_small

log = logging.getLogger("kiosk.pack")

TextFitCheck = Callable[[Pack], list[Problem]]
"""A check needing the kiosk's display code, which kiosk.core cannot import: measuring
every page's text with the kiosk's real fonts, drawing every picture. One with a true
``in_background`` attribute runs in a thread beside the others. One with a ``begin``
method is begun as soon as the pack is read (``begin(pack)`` gives a context manager with
a ``finish()`` that returns its problems), so the processes it starts are getting ready
while validate checks the pack's files and words."""

_text_fit_checks: list[TextFitCheck] = []

# Picture formats someone might drop in a pack folder; only SVG scales to every screen.
_OTHER_IMAGES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".heic")

_OTHER_SOUNDS = (".wav", ".m4a", ".aac", ".wma", ".flac", ".amr", ".3gp")


def register_text_fit_check(check: TextFitCheck) -> None:
    """Called by the Qt side at start-up; kiosk.core cannot measure text itself."""
    if check not in _text_fit_checks:
        _text_fit_checks.append(check)


def unregister_text_fit_check(check: TextFitCheck) -> None:
    if check in _text_fit_checks:
        _text_fit_checks.remove(check)


def _toml_texts(pack: Pack) -> Iterator[tuple[str, str, str]]:
    """(file, language, text) for the words a patient reads that live in TOML files (no
    line numbers)."""
    def each(file: str, localized: Localized) -> Iterator[tuple[str, str, str]]:
        for language, text in localized.texts.items():
            yield file, language, text

    yield from each(MANIFEST, pack.title)
    for topic in pack.topics:
        topic_file = f"topics/{topic.id}/{TOPIC_FILE}"
        yield from each(topic_file, topic.title)
        yield from each(topic_file, topic.summary)
        for page in topic.pages:
            yield from each(topic_file, page.title)
            for label in page.labels:
                yield from each(topic_file, label.text)
            for treatment in page.statuses:  # the labels beside the title
                for words in (treatment.name, treatment.approved_by):
                    if words is not None:
                        yield from each(topic_file, words)
            quiz_file = f"topics/{topic.id}/{page.id}.quiz.toml"
            for question in page.questions:
                yield from each(quiz_file, question.prompt)
                yield from each(quiz_file, question.explanation)
                for choice in question.choices:
                    yield from each(quiz_file, choice.text)


def _undrawn(pack: Pack, texts: list[tuple[str, str, str]]) -> list[Problem]:
    """Characters none of the kiosk's fonts has, in the pages, the TOML texts, the pack's
    sources (its About screen) and the names it gives its languages (the language
    buttons); each language's in the script the pack gives it."""
    def script(code: str) -> str:
        return pack.language(code).script

    by_file: dict[str, list[tuple[str, str]]] = {}
    for file, language, text in texts:
        by_file.setdefault(file, []).append((script(language), text))
    shown = by_file.setdefault(MANIFEST, [])
    shown.extend(("latin", text) for text in pack.sources.values())
    shown.extend((language.script, language.name) for language in pack.described.values())
    pages = {f"topics/{topic.id}/{page.id}.{code}.md": (script(code), body)
             for topic in pack.topics for page in topic.pages
             for code, body in page.body.texts.items()}
    problems: list[Problem] = []
    try:
        for file, (written_in, body) in pages.items():
            problem = undrawn_problem(file, [(written_in, body)])
            if problem is not None:  # only then is the page read again, for the line
                problems.append(undrawn_problem(file, [(written_in, body)],
                                                raw=_read(pack.root / file)) or problem)
        problems.extend(problem for file, found in by_file.items()
                        if (problem := undrawn_problem(file, found)) is not None)
    except (OSError, ValueError) as error:  # the kiosk's own fonts, not the pack's fault
        log.error("characters not checked against the kiosk's fonts: %s", error)
        return []
    return problems


def _read(path: Path) -> str | None:
    """A page as written, for the line of what is found in it."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None


def check_svg(path: Path, name: str) -> list[Problem]:
    try:
        # Bounded before it is read: a 64 MB drawing took 45 s and 6 GB to parse.
        if path.stat().st_size > MAX_SVG_BYTES:
            return [Problem(name, translate(
                "Problems", "is too big ({size} MB; at most {limit} MB); export it again as "
                            "plain SVG").fill(size=path.stat().st_size // 1024 // 1024,
                                              limit=MAX_SVG_BYTES // 1024 // 1024))]
        data = path.read_bytes()
    except OSError as error:
        return [Problem(name, unreadable(error))]
    return check_svg_data(data, name)


def check_svg_data(data: bytes, name: str) -> list[Problem]:
    """``check_svg`` of a drawing already read (within the size limit)."""
    # Entity declarations can make a few bytes expand to gigabytes when parsed.
    if re.search(rb"<!(?:DOCTYPE|ENTITY)", data, re.I):
        return [Problem(name, translate(
            "Problems", "contains a DOCTYPE or ENTITY declaration; save it again as plain SVG"))]
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        line = error.position[0] if error.position else None
        return [Problem(name, translate(
            "Problems", "is damaged or is not an SVG drawing; export it again as SVG"), line)]
    if not root.tag.endswith("svg"):
        return [Problem(name, translate(
            "Problems", "is not an SVG drawing; export it again as SVG"))]
    try:
        svgcost.check(root)
    except svgcost.TooCostly as error:
        return [Problem(name, translate(
            "Problems", "asks for far more drawing than any picture needs ({reason}); the "
                        "kiosk would stop on its page. Export it again as plain SVG").fill(
            reason=error.reason))]
    problems = []
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag in ("script", "foreignObject"):
            problems.append(Problem(name, translate(
                "Problems", "contains <{tag}>, which the kiosk does not show; export it again "
                            "as plain SVG").fill(tag=tag)))
            break
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        href = element.get("href") or element.get("{http://www.w3.org/1999/xlink}href") or ""
        if tag == "image" and not href.startswith("data:"):
            problems.append(Problem(name, translate(
                "Problems", "links to a picture outside the drawing; the kiosk cannot show "
                            "it")))
            break
    return problems


def check_files(folder: Path, cache: CheckCache | None = None) -> list[Problem]:
    """Checks of single files, which work even when the pack as a whole does not load."""
    # The files a build would take, and what it would refuse (shortcuts, devices,
    # names some systems cannot hold): the same walk of the folder.
    names, problems = walk_pack(folder)
    files = [(folder / name, name, PurePosixPath(name).suffix.lower()) for name in names]
    texts: dict[str, str] = {}
    for path, name, suffix in files:
        if suffix == ".md":
            try:
                if path.stat().st_size > MAX_TEXT_FILE_BYTES:
                    continue  # load_pack says it is too big; reading it took 47 s and 4 GB
                texts[name] = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                continue  # load_pack reports unreadable text in its own words
    promised = dict(zip(texts, claims_in([(name, (text,)) for name, text in texts.items()],
                                         cache), strict=True))
    drawn = drawings_checked([(path, name) for path, name, suffix in files
                              if suffix == ".svg"], check_svg, check_svg_data, MAX_SVG_BYTES,
                             cache)
    for path, name, suffix in files:
        if suffix == ".md":
            if name in promised:
                problems.extend(claim_problems(promised[name][0], name))
        elif suffix == ".svg":
            problems.extend(drawn[name])
        elif suffix in narration.AUDIO_SUFFIXES:
            problems.extend(narration.check_audio(path, name)[0])
        elif suffix in _OTHER_SOUNDS:
            problems.append(Problem(name, translate(
                "Problems", "is a kind of sound file the kiosk does not play; save it as Ogg "
                            "Opus (.ogg) or MP3")))
        elif suffix in _OTHER_IMAGES:
            problems.append(Problem(name, translate(
                "Problems", "is a kind of picture the kiosk does not show; pictures must be "
                            "SVG drawings")))
    return problems


def check_narrations(pack: Pack) -> list[Problem]:
    """Narration for pages or languages that do not exist, and timings that do not fit."""
    problems: list[Problem] = []
    for topic in pack.topics:
        folder = pack.root / "topics" / topic.id
        pages = {page.id: page for page in topic.pages}
        for path in sorted(folder.iterdir()) if folder.is_dir() else ():
            split = narration.split_name(path.name)
            name = f"topics/{topic.id}/{path.name}"
            if split is None:
                if path.suffix.lower() in narration.AUDIO_SUFFIXES:
                    problems.append(Problem(name, translate(
                        "Problems", "is not named like a narration; name it after its page "
                                    "and language, like {example}").fill(
                        example=f"{topic.pages[0].id}.ur.ogg")))
                continue
            page_id, lang, _suffix = split
            if page_id not in pages:
                problems.append(Problem(name, translate(
                    "Problems", "is narration for a page '{page}' that this topic does not "
                                "have").fill(page=page_id)))
            elif lang not in pack.languages:
                problems.append(Problem(name, translate(
                    "Problems", "is narration in '{lang}', a language the pack does not "
                                "have").fill(lang=lang)))
        for page in topic.pages:
            for spoken in page.narrations:
                name = f"topics/{topic.id}/{spoken.audio.name[:-len(spoken.audio.suffix)]}" \
                       f"{narration.TIMINGS_SUFFIX}"
                for part in spoken.parts():
                    number = part[1:].split(".")[0] if part.startswith("q") else ""
                    if number and int(number) > len(page.questions):
                        problems.append(Problem(name, translate(
                            "Problems", "times question {n}, which the page does not "
                                        "have").fill(n=number)))
                problems.extend(_stale(page, spoken, name))
                # An unreadable sound (None) is reported by check_files, in its own words.
                problems.extend(narration.check_timings(
                    spoken, name, narration.duration(spoken.audio)))
    return problems


def _stale(page: Page, spoken: narration.Narration, name: str) -> list[Problem]:
    """Narration timed for words the page no longer has (the page was edited since)."""
    if not spoken.sentences:
        return []  # a recording without timings: nothing to compare
    said = {**Settings().placeholders(), **dict(spoken.said)}
    expected = [(line.part, " ".join(line.text.split()))
                for line in narration.script(page, spoken.language, said)]
    timed = [(s.part, " ".join(s.text.split())) for s in spoken.sentences]
    if timed == expected:
        return []
    number = next((i for i, (a, b) in enumerate(zip(timed, expected, strict=False), 1)
                   if a != b), min(len(timed), len(expected)) + 1)
    return [Problem(name, translate(
        "Problems", "was made for words the page no longer has (sentence {n}); record it "
                    "again, or run kiosk-pack narrate").fill(n=number))]


def check_pack(pack: Pack, *, today: dt.date | None = None, check_review: bool = True,
               text_fit: TextFitCheck | None = None,
               cache: CheckCache | None = None) -> list[Problem]:
    """Problems in a pack that loaded: claims, review date, text fit (not file checks)."""
    with _Measuring(pack, text_fit) as measuring:
        return [*_words_and_dates(pack, today, check_review, cache), *measuring.finish()]


def _words_and_dates(pack: Pack, today: dt.date | None, check_review: bool,
                     cache: CheckCache | None) -> list[Problem]:
    problems: list[Problem] = []
    texts = list(_toml_texts(pack))
    by_file: dict[str, list[str]] = {}
    for file, _language, text in texts:
        by_file.setdefault(file, []).append(text)
    promised = {file: iter(found) for file, found in zip(
        by_file, claims_in(list(by_file.items()), cache), strict=True)}
    for file, _language, _text in texts:  # in the order the texts are read
        problems.extend(Problem(p.file, p.words)
                        for p in claim_problems(next(promised[file]), file))
    problems.extend(_undrawn(pack, texts))
    if check_review and pack.review.overdue(today):
        problems.append(Problem(MANIFEST, translate(
            "Problems", "the medical review was due on {date}; have the pack reviewed again "
                        "and update [review]").fill(date=pack.review.next_review.isoformat())))
    if check_review:
        problems.extend(_reviews_to_come(pack, today or dt.date.today()))
    problems.extend(check_narrations(pack))
    problems.extend(check_reading_order(pack))
    return problems


# The kiosk software that first knew ``picture_reads``: an older one refuses the pack
# over a word it does not know, where "needs kiosk software 0.2.0" tells staff what to do.
READS_ACROSS_SINCE = "0.2.0"


def check_reading_order(pack: Pack) -> list[Problem]:
    """Pages whose picture reads across (drawn mirrored for right-to-left readers) with
    words drawn into it: mirrored, they would read backwards. And a pack that says so but
    lets kiosk software older than that setting take it."""
    problems: list[Problem] = []
    if any(page.picture_reads is PictureReads.ACROSS for page in pack.pages()) and \
            version_tuple(pack.min_app_version) < version_tuple(READS_ACROSS_SINCE):
        problems.append(Problem(MANIFEST, translate(
            "Problems", "its pages use picture_reads, which kiosk software before {needed} "
                        "does not know: set min_app_version = \"{needed}\", so an older "
                        "kiosk asks for a software update instead of refusing the pack")
            .fill(needed=READS_ACROSS_SINCE),
            line_of(_read(pack.root / MANIFEST) or "", ("min_app_version",))))
    worded: dict[Path, bool] = {}  # a drawing several pages show is read once
    for topic in pack.topics:
        name = f"topics/{topic.id}/{TOPIC_FILE}"
        source: str | None = None
        for index, page in enumerate(topic.pages):
            if page.picture_reads is not PictureReads.ACROSS:
                continue
            if page.illustration not in worded:
                worded[page.illustration] = _has_words(page.illustration)
            if not worded[page.illustration]:
                continue
            if source is None:
                source = _read(pack.root / name) or ""
            problems.append(Problem(name, translate(
                "Problems", "page '{page}' says its picture reads across, so the kiosk draws "
                            "{picture} mirrored for right-to-left readers, and the words in "
                            "it (<text>) would read backwards. Put the words in "
                            "[[pages.labels]], or remove picture_reads").fill(
                page=page.id, picture=page.illustration.name),
                line_of(source, ("pages", index, "picture_reads"))))
    return problems


def _has_words(path: Path) -> bool:
    """Whether a drawing has text elements. One that cannot be read, or is refused unread
    (check_svg_data), has its own problem already."""
    try:
        data = read_small(path, MAX_SVG_BYTES)
    except OSError:  # too big, or not a file: its own problem already
        return False
    if re.search(rb"<!(?:DOCTYPE|ENTITY)", data, re.I):
        return False
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return False
    return any(isinstance(element.tag, str) and element.tag.rsplit("}", 1)[-1] == "text"
               for element in root.iter())


def _reviews_to_come(pack: Pack, today: dt.date) -> list[Problem]:
    """Reviews dated after today. ``kiosk-pack review`` on a computer whose clock ran
    years ahead recorded one, which patients then read as "Checked on 2045-06-01", and
    which kept the pack from ever being overdue."""
    review = pack.review
    dated = [(review.reviewed_by, review.reviewed_on),
             *((signed.by, signed.on) for signed in review.signoffs)]
    return [Problem(MANIFEST, translate(
        "Problems", "{who}'s review is dated {date}, after today ({today}): the computer "
                    "that recorded it had its clock wrong; correct that date in pack.toml")
        .fill(who=who, date=on.isoformat(), today=today.isoformat()))
        # A day's grace: signed at 02:00 in Pakistan, built at once on a computer whose
        # clock keeps UTC, where it is still yesterday.
        for who, on in dated if on > today + dt.timedelta(days=1)]


class _Measuring:
    """The checks that need the kiosk's display code, for one pack, begun on entering.

    A check that only waits on a process of its own (drawing every picture) runs on a
    thread beside the rest; the others need this thread (Qt measures text in the thread
    that made it), and one that can be begun early is, so its helper processes start
    while this thread checks files and words. Leaving stops whatever is still running.
    """

    def __init__(self, pack: Pack | None, text_fit: TextFitCheck | None) -> None:
        self.pack = pack
        self.checks = list(_text_fit_checks) if text_fit is None else [text_fit]

    def __enter__(self) -> _Measuring:
        self._stack = ExitStack()
        try:
            self._here: list[Callable[[], list[Problem]]] = []
            self._waiting: list[Future[list[Problem]]] = []
            if self.pack is None:
                return self
            pack = self.pack
            beside = [check for check in self.checks if getattr(check, "in_background", False)]
            pool = self._stack.enter_context(ThreadPoolExecutor(max_workers=max(1, len(beside))))
            self._waiting = [pool.submit(check, pack) for check in beside]
            for check in self.checks:
                if check in beside:
                    continue
                begin = getattr(check, "begin", None)
                self._here.append(self._stack.enter_context(begin(pack)).finish
                                  if begin is not None else functools.partial(check, pack))
        except BaseException:
            self._stack.close()
            raise
        return self

    def finish(self) -> list[Problem]:
        problems: list[Problem] = []
        for check in self._here:
            problems.extend(check())
        for future in self._waiting:
            problems.extend(future.result())
        return problems

    def __exit__(self, *error: object) -> None:
        self._stack.close()


def validate_folder(folder: Path, *, today: dt.date | None = None, check_review: bool = True,
                    text_fit: TextFitCheck | None = None) -> list[Problem]:
    """Every problem in a pack folder at once: the reader's, each file's and the whole pack's."""
    return checked_folder(folder, today=today, check_review=check_review, text_fit=text_fit)[0]


def checked_folder(folder: Path, *, today: dt.date | None = None, check_review: bool = True,
                   text_fit: TextFitCheck | None = None, cache: CheckCache | None = None
                   ) -> tuple[list[Problem], Pack | None]:
    """``validate_folder``, and the pack as read (None if it has problems): read once."""
    if not folder.is_dir():
        return [Problem(str(folder), NOT_A_PACK_FOLDER)], None
    problems: list[Problem] = []
    pack: Pack | None = None
    try:
        pack = load_pack(folder)
    except PackError as error:
        problems.extend(error.problems)
    with _Measuring(pack, text_fit) as measuring:  # begun before the files are checked
        problems.extend(check_files(folder, cache))
        if pack is not None:
            problems.extend(_words_and_dates(pack, today, check_review, cache))
            problems.extend(measuring.finish())
    unique: dict[tuple[str, str, int | None], Problem] = {}
    for problem in problems:
        unique.setdefault((problem.file, problem.message, problem.line), problem)
    return list(unique.values()), (pack if not unique else None)


def validate_kpack(path: Path, *, today: dt.date | None = None, check_review: bool = True,
                   text_fit: TextFitCheck | None = None,
                   limits: Limits = DEFAULT_LIMITS) -> list[Problem]:
    """Open, hash-check and unpack a .kpack to a temporary folder, then validate that.

    The signature is not judged here (``kiosk-pack verify`` does that against a key).
    """
    return check_kpack(path, today=today, check_review=check_review, text_fit=text_fit,
                       limits=limits)[0]


def check_kpack(path: Path, *, today: dt.date | None = None, check_review: bool = True,
                text_fit: TextFitCheck | None = None, limits: Limits = DEFAULT_LIMITS,
                cache: CheckCache | None = None) -> tuple[list[Problem], Pack | None]:
    """``validate_kpack``, and the pack as read (None if it has problems), for a caller
    that also says what is in it. Its files are gone: read what it says, not its files."""
    pack: Pack | None = None
    try:
        with Kpack.open(path, limits) as kp, tempfile.TemporaryDirectory(
                prefix="kiosk-validate-") as tmp:
            folder = Path(tmp) / "pack"
            kp.extract(folder)
            problems, pack = checked_folder(folder, today=today, check_review=check_review,
                                            text_fit=text_fit, cache=cache)
            if pack is not None and \
                    (pack.id, pack.version) != (kp.manifest.id, kp.manifest.version):
                problems.append(Problem(path.name, MANIFESTS_DISAGREE))
            if kp.signature_problem:
                problems.append(Problem(path.name, kp.signature_problem))
            return problems, (pack if not problems else None)
    except PackError as error:
        return error.problems, None


def validate_path(path: Path, *, today: dt.date | None = None, check_review: bool = True,
                  text_fit: TextFitCheck | None = None) -> list[Problem]:
    """A folder or a .kpack, whichever ``path`` is."""
    return checked_path(path, today=today, check_review=check_review, text_fit=text_fit)[0]


def checked_path(path: Path, *, today: dt.date | None = None, check_review: bool = True,
                 text_fit: TextFitCheck | None = None, cache: CheckCache | None = None
                 ) -> tuple[list[Problem], Pack | None]:
    """``validate_path``, and the pack as read (None if it has problems): read once.
    With a ``cache``, what the promises check found in files unchanged since is kept."""
    if path.is_dir():
        return checked_folder(path, today=today, check_review=check_review, text_fit=text_fit,
                              cache=cache)
    if path.is_file() or path.suffix.lower() == SUFFIX:
        return check_kpack(path, today=today, check_review=check_review, text_fit=text_fit,
                           cache=cache)
    return [Problem(str(path), translate(
        "Problems", "is missing: it is neither a pack folder nor a .kpack file"))], None
