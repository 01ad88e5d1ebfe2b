"""Read a pack folder into the content model, reporting every problem at once."""

from __future__ import annotations

import dataclasses
import logging
import tomllib
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from kiosk.core import icons, languages, narration, schema, tomltext
from kiosk.core.languages import FONTS, KNOWN, Language
from kiosk.core.markdown import check_markdown
from kiosk.core.messages import explain_toml, explain_validation, field_name, line_of
from kiosk.core.model import (
    Choice,
    Label,
    Localized,
    Pack,
    Page,
    PageKind,
    Question,
    Review,
    Signoff,
    Topic,
    TranslationReview,
    Treatment,
)
from kiosk.core.phrases import translate
from kiosk.core.problems import (
    MISSING,
    NEWER_FORMAT,
    NOT_A_PACK_FOLDER,
    SYMLINK_FILE,
    PackError,
    Problem,
    unreadable,
)
from kiosk.core.smallfile import NotAFile, TooBig, read_small
from kiosk.core.structure import SchemaError, structure

log = logging.getLogger("kiosk.pack")

MANIFEST = "pack.toml"
TOPIC_FILE = "topic.toml"
ILLUSTRATION_SUFFIXES = (".svg",)
MAX_TEXT_FILE_BYTES = 64 * 1024
# pack.toml and topic.toml list every page (with its labels and sources): about 700 bytes
# a page, so this leaves room for a topic of over a thousand pages.
MAX_LIST_FILE_BYTES = 1024 * 1024
MAX_SVG_BYTES = 2 * 1024 * 1024

M = TypeVar("M")


def _loc(model: schema.LocalizedModel) -> Localized:
    return Localized(dict(model))


def _texts_in(value: Any, loc: tuple[str | int, ...]) -> Any:
    """Every table of words in a read file, with where it is."""
    if isinstance(value, schema.Texts):
        yield loc, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts_in(item, (*loc, index))
    elif hasattr(type(value), "__attrs_attrs__"):
        for attribute in type(value).__attrs_attrs__:
            yield from _texts_in(getattr(value, attribute.name), (*loc, attribute.name))


class _Reader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []
        self.pack_languages: tuple[str, ...] = ()
        self.format = 1
        self._sources: dict[Path, str] = {}  # each read file's text, for line numbers

    def rel(self, path: Path) -> str:
        try:
            return str(PurePosixPath(path.relative_to(self.root)))
        except ValueError:
            return str(path)

    def read_text(self, path: Path, limit: int = MAX_TEXT_FILE_BYTES) -> str | None:
        name = self.rel(path)
        if path.is_symlink():
            self.problems.append(Problem(name, SYMLINK_FILE))
            return None
        if not path.is_file():
            self.problems.append(Problem(name, MISSING))
            return None
        try:
            data = read_small(path, limit)
        except TooBig as error:
            self.problems.append(Problem(name, translate(
                "Problems", "is too big ({size} KB; at most {limit} KB)").fill(
                size=error.size // 1024, limit=limit // 1024)))
            return None
        except NotAFile:  # made a FIFO or a folder since it was looked at
            self.problems.append(Problem(name, MISSING))
            return None
        except OSError as error:
            self.problems.append(Problem(name, unreadable(error)))
            return None
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            self.problems.append(Problem(
                name, translate("Problems", "is not saved as UTF-8 text; save it again choosing "
                                        "UTF-8"), line))
            return None

    def read_model(self, path: Path, model: type[M],
                   limit: int = MAX_TEXT_FILE_BYTES) -> M | None:
        text = self.read_text(path, limit)
        if text is None:
            return None
        try:
            data: dict[str, Any] = tomltext.loads(text)
        except tomllib.TOMLDecodeError as error:
            self.problems.append(explain_toml(error, self.rel(path)))
            return None
        except tomltext.TooComplex as error:
            self.problems.append(Problem(self.rel(path), translate(
                "Problems", "is shaped far beyond any pack's ({reason}); refused unread").fill(
                reason=error.reason), error.line))
            return None
        try:
            record = structure(data, model)
        except SchemaError as error:
            self.problems.extend(explain_validation(error, self.rel(path), text))
            return None
        self._sources[path] = text
        return record

    def check_languages(self, path: Path, record: Any, wanted: tuple[str, ...]) -> None:
        """Every table of words in ``record`` has each ``wanted`` language, and none
        other: one the pack does not list, or one the topic says it is not written in
        (words nobody would see, and nobody would check)."""
        source = self._sources.get(path, "")
        for loc, texts in _texts_in(record, ()):
            missing = [code for code in wanted if code not in texts]
            if missing:
                self.problems.append(Problem(self.rel(path), translate(
                    "Problems", "'{field}' has no text in {languages}; add {example}").fill(
                    field=field_name(loc), languages=", ".join(missing),
                    example=", ".join(f'{code} = "..."' for code in missing)),
                    line_of(source, loc)))
            unknown = [code for code in texts if code not in self.pack_languages]
            if unknown:
                self.problems.append(Problem(self.rel(path), translate(
                    "Problems", "'{field}' has text in {languages}, which pack.toml's "
                                "'languages' does not list").fill(
                    field=field_name(loc), languages=", ".join(unknown)),
                    line_of(source, loc)))
            unlisted = [code for code in texts
                        if code in self.pack_languages and code not in wanted]
            if unlisted:
                self.problems.append(Problem(self.rel(path), translate(
                    "Problems", "'{field}' has text in {languages}, which the topic's "
                                "'languages' does not list: add it there, or remove the "
                                "text").fill(field=field_name(loc),
                                             languages=", ".join(unlisted)),
                    line_of(source, loc)))

    def check_icon(self, name: str, path: Path) -> None:
        try:
            known = icons.is_known(name)
        except (icons.IconFontsMissing, OSError, ValueError) as error:
            # A broken install, not a broken pack; the kiosk still draws the tile without it.
            log.error("cannot check icon names: %s", error)
            return
        if not known:
            source = path.read_text(encoding="utf-8-sig")
            self.problems.append(Problem(self.rel(path), translate(
                "Problems", "icon '{icon}' is not a Font Awesome 5 icon; pick one at "
                            "fontawesome.com/v5/search (free icons)").fill(icon=name),
                line_of(source, ("icon",))))

    def illustration(self, base: Path, name: str, owner: str) -> Path:
        """Resolve an illustration path, refusing anything that leaves the pack."""
        pure = PurePosixPath(name)
        bad = (pure.is_absolute() or ".." in pure.parts or "\\" in name
               or (len(name) > 1 and name[1] == ":"))
        path = base / pure
        if bad:
            self.problems.append(Problem(owner, translate(
                "Problems", "illustration '{name}' points outside the pack").fill(name=name)))
        elif path.suffix.lower() not in ILLUSTRATION_SUFFIXES:
            self.problems.append(Problem(owner, translate(
                "Problems", "illustration '{name}' must be an SVG drawing").fill(name=name)))
        elif path.is_symlink() or not path.is_file():
            self.problems.append(Problem(owner, translate(
                "Problems", "illustration '{name}' is missing").fill(name=name)))
        elif path.stat().st_size > MAX_SVG_BYTES:
            self.problems.append(Problem(owner, translate(
                "Problems", "illustration '{name}' is too big (at most {limit} MB)").fill(
                name=name, limit=MAX_SVG_BYTES // 1024 // 1024)))
        return path

    def page(self, folder: Path, topic_id: str, model: schema.PageModel,
             wanted: tuple[str, ...]) -> Page | None:
        owner = self.rel(folder / TOPIC_FILE)
        if model.status is not None and model.treatments:
            self.problems.append(Problem(owner, translate(
                "Problems", "page '{page}' gives both one status for the page and a status "
                            "for each treatment; keep the [[pages.treatments]] and remove "
                            "'status'").fill(page=model.id)))
        bodies: dict[str, str] = {}
        for lang in wanted:
            path = folder / f"{model.id}.{lang}.md"
            text = self.read_text(path)
            if text is not None:
                issues = check_markdown(text, self.rel(path))
                self.problems.extend(issues)
                bodies[lang] = text.strip()
        questions: tuple[Question, ...] = ()
        if model.kind is PageKind.QUIZ:
            quiz_path = folder / f"{model.id}.quiz.toml"
            quiz = self.read_model(quiz_path, schema.QuizModel)
            if quiz is not None:
                self.check_languages(quiz_path, quiz, wanted)
                questions = tuple(
                    Question(
                        prompt=_loc(q.prompt),
                        explanation=_loc(q.explanation),
                        choices=tuple(Choice(_loc(c.text), c.correct) for c in q.choices),
                    )
                    for q in quiz.questions
                )
        for lang in self.pack_languages:
            if lang in wanted:
                continue
            strays = [path for path in (folder / f"{model.id}.{lang}.md",
                                        narration.audio_file(folder, model.id, lang),
                                        narration.timings_file(folder, model.id, lang))
                      if path is not None and path.exists()]
            for path in strays:
                self.problems.append(Problem(self.rel(path), translate(
                    "Problems", "is in {language}, which the topic's 'languages' does not "
                                "list: add it there, or remove the file").fill(language=lang)))
        illustration = self.illustration(folder, model.illustration, owner)
        narrations = self.narrations(folder, model.id, wanted)
        if len(bodies) != len(wanted):
            return None
        return Page(
            id=model.id,
            topic_id=topic_id,
            title=_loc(model.title),
            body=Localized(bodies),
            illustration=illustration,
            sources=tuple(model.sources),
            kind=model.kind,
            status=model.status,
            labels=tuple(Label(lb.x, lb.y, _loc(lb.text)) for lb in model.labels),
            treatments=tuple(
                Treatment(_loc(t.name), t.status,
                          _loc(t.approved_by) if t.approved_by is not None else None)
                for t in model.treatments),
            questions=questions,
            narrations=narrations,
            picture_reads=model.picture_reads,
        )

    def narrations(self, folder: Path, page_id: str,
                   wanted: tuple[str, ...]) -> tuple[narration.Narration, ...]:
        """The page's narration files and timings (their sound is checked by validate)."""
        found: list[narration.Narration] = []
        for lang in wanted:
            audio = narration.audio_file(folder, page_id, lang)
            timings_path = narration.timings_file(folder, page_id, lang)
            timings = None
            if timings_path.exists():
                if audio is None:
                    self.problems.append(Problem(self.rel(timings_path), translate(
                        "Problems", "gives timings for a narration that is not there; add "
                                    "{page}.{lang}.ogg or remove this file").fill(
                        page=page_id, lang=lang)))
                    continue
                timings = self.read_model(timings_path, narration.TimingsModel)
                if timings is None:
                    continue
            if audio is not None:
                found.append(narration.narration_from(audio, lang, timings))
        return tuple(found)

    def topic(self, topic_id: str, sources: set[str]) -> Topic | None:
        folder = self.root / "topics" / topic_id
        if not folder.is_dir() or folder.is_symlink():
            self.problems.append(Problem(f"topics/{topic_id}", translate(
                "Problems", "folder is missing")))
            return None
        model = self.read_model(folder / TOPIC_FILE, schema.TopicModel, MAX_LIST_FILE_BYTES)
        if model is None:
            return None
        owner = self.rel(folder / TOPIC_FILE)
        self.check_icon(model.icon, folder / TOPIC_FILE)
        wanted = tuple(model.languages or self.pack_languages)
        if model.languages is not None and self.format < 2:
            self.problems.append(Problem(owner, translate(
                "Problems", "lists its own 'languages', which needs format = 2 in "
                            "pack.toml"), line_of(self._sources.get(folder / TOPIC_FILE, ""),
                                                  ("languages",))))
        strangers = [code for code in wanted if code not in self.pack_languages]
        if strangers:
            self.problems.append(Problem(owner, translate(
                "Problems", "'languages' lists {languages}, which pack.toml's 'languages' "
                            "does not").fill(languages=", ".join(strangers)),
                line_of(self._sources.get(folder / TOPIC_FILE, ""), ("languages",))))
        self.check_languages(folder / TOPIC_FILE, model, wanted)
        pages: list[Page] = []
        seen: set[str] = set()
        for page_model in model.pages:
            if page_model.id in seen:
                self.problems.append(Problem(owner, translate(
                    "Problems", "has two pages called '{page}'").fill(page=page_model.id)))
                continue
            seen.add(page_model.id)
            unknown = [key for key in page_model.sources if key not in sources]
            if unknown:
                self.problems.append(Problem(
                    owner, translate("Problems", "page '{page}' cites {keys}, which pack.toml "
                                                 "[sources] does not list").fill(
                        page=page_model.id, keys=", ".join(unknown))))
            page = self.page(folder, topic_id, page_model, wanted)
            if page is not None:
                pages.append(page)
        illustration = self.illustration(folder, model.illustration, owner)
        return Topic(
            id=topic_id,
            title=_loc(model.title),
            summary=_loc(model.summary),
            icon=model.icon,
            illustration=illustration,
            pages=tuple(pages),
            languages=wanted,
        )

    def described_languages(self, manifest: schema.ManifestModel) -> list[Language]:
        """The pack's languages as the kiosk will draw them; a problem for any it cannot."""
        source = self._sources.get(self.root / MANIFEST, "")
        found = []
        for code in manifest.language:
            if code not in manifest.languages:
                self.problems.append(Problem(MANIFEST, translate(
                    "Problems", "describes the language '{code}', which 'languages' does not "
                                "list").fill(code=code), line_of(source, ("language", code))))
        for code, table in manifest.language.items():
            if code in ("en", "ur") and (table.reviewed_by or table.reviewed_on):
                # English is what the pack is written from; Urdu's check is a translator's
                # sign-off, which the kiosk reads from [[review.signoffs]].
                self.problems.append(Problem(MANIFEST, translate(
                    "Problems", "[language.{code}] cannot record a review: record the "
                                "clinician's or the Urdu translator's check with kiosk-pack "
                                "review, in [[review.signoffs]]").fill(code=code),
                    line_of(source, ("language", code))))
        for code in manifest.languages:
            table = manifest.language.get(code, schema.LanguageModel())
            known = KNOWN.get(code)
            script = FONTS.get((table.font or "").strip().lower())
            if known is None:
                missing = [key for key, value in (("name", table.name), ("direction",
                           table.direction), ("font", table.font)) if value is None]
                if missing:
                    self.problems.append(Problem(MANIFEST, translate(
                        "Problems", "the kiosk does not know the language '{code}': describe "
                                    "it under [language.{code}] with {keys}").fill(
                        code=code, keys=", ".join(missing)), line_of(source, ("languages",))))
                    continue
                assert table.name is not None
                found.append(Language(code, table.name, table.direction == "rtl",
                                      script or "latin"))
                continue
            if (table.direction is not None and (table.direction == "rtl") != known.rtl) or \
                    (script is not None and script != known.script):
                self.problems.append(Problem(MANIFEST, translate(
                    "Problems", "the kiosk already knows '{code}' (its direction, and the "
                                "font {font}); remove 'direction' and 'font' from "
                                "[language.{code}]").fill(code=code, font=known.font),
                    line_of(source, ("language", code))))
            found.append(known._replace(name=table.name or known.name))
        return found


def moved(pack: Pack, new_root: Path) -> Pack:
    """The same pack read from another folder (its files copied there byte for byte):
    every path under its root now under ``new_root``, without reading anything again."""
    old = pack.root

    def move(value: Any) -> Any:
        if isinstance(value, Path):
            return new_root / value.relative_to(old) if value.is_relative_to(old) else value
        if isinstance(value, tuple):
            return tuple(move(item) for item in value)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.replace(value, **{
                f.name: move(getattr(value, f.name)) for f in dataclasses.fields(value)
                if f.init})
        return value

    return move(pack)  # type: ignore[no-any-return]


def load_pack(root: Path | str) -> Pack:
    """Read the pack folder at ``root``; raise PackError listing everything wrong."""
    root = Path(root)
    reader = _Reader(root)
    if not root.is_dir():
        raise PackError([Problem(str(root), NOT_A_PACK_FOLDER)])
    manifest = reader.read_model(root / MANIFEST, schema.ManifestModel, MAX_LIST_FILE_BYTES)
    if manifest is None:
        raise PackError(reader.problems)
    if manifest.format > schema.FORMAT_VERSION:
        raise PackError([Problem(MANIFEST, NEWER_FORMAT.fill(
            format=manifest.format, known=schema.FORMAT_VERSION))])
    reader.pack_languages = tuple(manifest.languages)
    reader.format = manifest.format
    if manifest.format < 2 and (set(manifest.languages) != {"en", "ur"} or manifest.language):
        # Older kiosks read format 1 as English and Urdu exactly: told "format 2", they
        # say plainly that they need updating instead of refusing word by word.
        reader.problems.append(Problem(MANIFEST, translate(
            "Problems", "has languages beyond English and Urdu (or describes them): write "
                        "format = 2, which older kiosks know to refuse plainly"),
            line_of(reader._sources.get(root / MANIFEST, ""), ("format",))))
    described = reader.described_languages(manifest)
    reader.check_languages(root / MANIFEST, manifest, reader.pack_languages)
    topics = [reader.topic(topic_id, set(manifest.sources)) for topic_id in manifest.topics]
    read = [t for t in topics if t is not None]
    if len(read) == len(topics):
        for code in manifest.languages:
            if not any(code in t.languages for t in read):
                reader.problems.append(Problem(MANIFEST, translate(
                    "Problems", "no topic is written in '{code}': list it in a topic's "
                                "'languages', or remove it from the pack's").fill(code=code),
                    line_of(reader._sources.get(root / MANIFEST, ""), ("languages",))))
        emergency = manifest.emergency_page.split("/")[0] if manifest.emergency_page else None
        for t in read:
            if t.id == emergency and len(t.languages) < len(manifest.languages):
                reader.problems.append(Problem(f"topics/{t.id}/{TOPIC_FILE}", translate(
                    "Problems", "holds the emergency page, so it must be in every language "
                                "of the pack; add {languages}").fill(languages=", ".join(
                        c for c in manifest.languages if c not in t.languages))))
    known = {f"{t.id}/{page.id}" for t in topics if t is not None for page in t.pages}
    # Only when every topic read: a broken topic's pages are unknown, not missing.
    if manifest.emergency_page is not None and manifest.emergency_page not in known \
            and not reader.problems:
        reader.problems.append(Problem(MANIFEST, translate(
            "Problems", "emergency_page '{page}' is not a page of this pack; give it as "
                        "topic/page").fill(page=manifest.emergency_page)))
    if reader.problems:
        raise PackError(reader.problems)
    review = manifest.review
    pack = Pack(
        id=manifest.id,
        version=manifest.version,
        format=manifest.format,
        title=_loc(manifest.title),
        languages=tuple(manifest.languages),
        min_app_version=manifest.min_app_version,
        review=Review(review.reviewed_by, review.reviewed_on, review.next_review,
                      review.urdu_reviewed_by,
                      tuple(Signoff(s.by, s.role, s.on) for s in review.signoffs)),
        sources=dict(manifest.sources),
        topics=tuple(t for t in topics if t is not None),
        root=root,
        emergency_page=manifest.emergency_page,
        web_edition=manifest.web_edition,
        translation_reviews={code: TranslationReview(table.reviewed_by, table.reviewed_on)
                             for code, table in manifest.language.items()
                             if table.reviewed_by or table.reviewed_on},
        described={language.code: language for language in described},
    )
    # A preview or a check of this pack can draw a language only it describes; the pack
    # patients see is the one whose descriptions win (languages.go_live).
    for language in described:
        languages.describe(language)
    log.info("loaded pack %s v%d from %s (%d pages)", pack.id, pack.version, root,
             len(pack.pages()))
    return pack
