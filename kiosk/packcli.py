"""``kiosk-pack``: the staff command line for content packs.

Exit status: 0 success, 1 the input was refused or is invalid, 2 wrong usage.
Everything that changes a kiosk goes through the same code the kiosk itself uses
(``kiosk.core.store``); this file only parses arguments and prints.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kiosk import __version__
from kiosk.cliargs import iso_date
from kiosk.core import kpack, signing, trust
from kiosk.core.atomic import write_atomic
from kiosk.core.checkcache import CheckCache
from kiosk.core.diff import diff_paths
from kiosk.core.model import Pack
from kiosk.core.packdir import load_pack
from kiosk.core.paths import DataDir
from kiosk.core.problems import NOT_A_PACK_FOLDER, PackError, Problem
from kiosk.core.store import PackStore, Source
from kiosk.core.updatelist import VALID_DAYS, ChannelError, publish
from kiosk.core.validate import (
    TextFitCheck,
    checked_path,
    register_text_fit_check,
    unregister_text_fit_check,
    validate_folder,
)

if TYPE_CHECKING:  # the web tools are left out of the kiosk's own bundle
    from kiosk.core.webedition.export import ChipPlacer

OK, REFUSED, USAGE = 0, 1, 2


class ProgressBar:
    """A one-line text bar on stderr, drawn only when someone is watching a terminal."""

    def __init__(self, label: str, stream: TextIO | None = None, enabled: bool | None = None,
                 width: int = 30) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.width = width
        self._last = -1.0
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        fraction = 1.0 if total <= 0 else min(max(done / total, 0.0), 1.0)
        now = time.monotonic()
        # Redrawing thousands of times a second would slow the work it reports on.
        if fraction < 1.0 and now - self._last < 0.1:
            return
        self._last = now
        filled = int(fraction * self.width)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {fraction * 100:3.0f}%")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


def _print_problems(problems: Sequence[Problem], out: TextIO) -> None:
    for problem in problems:
        print(f"  {problem}", file=out)


def _refused(problems: Sequence[Problem], what: str) -> int:
    print(f"{what}:", file=sys.stderr)
    _print_problems(problems, sys.stderr)
    return REFUSED


# -- the starter pack --------------------------------------------------------------------------

_STARTER_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">
  <rect width="400" height="300" fill="#eef6f3"/>
  <circle cx="200" cy="150" r="80" fill="#3c9a7d"/>
</svg>
"""


def _starter_files(today: dt.date) -> dict[str, str]:
    later = today.replace(year=today.year + 1) if not (today.month == 2 and today.day == 29) \
        else today + dt.timedelta(days=365)
    return {
        "pack.toml": f"""format = 1
id = "org.example.my-pack"       # change this once, then never again
version = 1                      # raise it every time you publish
min_app_version = "{__version__}"
languages = ["en", "ur"]
topics = ["first-topic"]
# Once its web edition is published (kiosk-pack export-html), its address here puts a
# QR code on every topic: web_edition = "https://your-clinic.example/learn"

[title]
en = "My clinic's pack"
ur = "ہمارے کلینک کا پیک"

[review]
reviewed_by = "Write the reviewing doctor's name here"
reviewed_on = {today.isoformat()}
next_review = {later.isoformat()}
urdu_reviewed_by = "Write the Urdu reviewer's name here"

[sources]
S1 = "Write the source of the first page here"
""",
        "topics/first-topic/topic.toml": """icon = "fa5s.heartbeat"
illustration = "first-page.svg"

[title]
en = "First topic"
ur = "پہلا موضوع"

[summary]
en = "One short line about the topic"
ur = "موضوع کے بارے میں ایک مختصر سطر"

[[pages]]
id = "first-page"
illustration = "first-page.svg"
sources = ["S1"]

[pages.title]
en = "First page"
ur = "پہلا صفحہ"
""",
        "topics/first-topic/first-page.en.md": (
            "Write the page in **plain words**, under about 80 words.\n\n"
            "- Short lines work best on a screen.\n"
            "- In an emergency, call {emergency_number}.\n"),
        "topics/first-topic/first-page.ur.md": (
            "یہ صفحہ **آسان الفاظ** میں لکھیں، تقریباً اسی الفاظ سے کم۔\n\n"
            "- مختصر سطریں اسکرین پر بہتر لگتی ہیں۔\n"
            "- ایمرجنسی میں {emergency_number} پر فون کریں۔\n"),
        "topics/first-topic/first-page.svg": _STARTER_SVG,
    }


# -- commands ----------------------------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    folder: Path = args.dir
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        print(f"{folder} already exists and is not empty; choose a new folder name",
              file=sys.stderr)
        return REFUSED
    for name, text in _starter_files(dt.date.today()).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"made a starter pack in {folder}. Edit it, then run: kiosk-pack validate {folder}")
    return OK


def _today(args: argparse.Namespace) -> dt.date | None:
    return getattr(args, "today", None)


def _qt_text_fit(cache: CheckCache) -> TextFitCheck | None:
    """The kiosk's own text measurement, when Qt is installed (it is not on every PC)."""
    try:
        from kiosk._qt.staff.textfit import TextFit
    except ImportError as error:
        print(f"(text that might not fit on screen was not checked: {error})", file=sys.stderr)
        return None
    from kiosk.progressline import progress_line

    return TextFit(cache, progress_line("measuring pages on the kiosk's screens"))


def _drawing_time(cache: CheckCache) -> TextFitCheck | None:
    """Each picture drawn at full-screen size in a process of its own, when Qt is here."""
    import importlib.util

    if importlib.util.find_spec("PySide6") is None:
        print("(how long pictures take to draw was not checked: Qt is not installed)",
              file=sys.stderr)
        return None
    from kiosk.core.drawbudget import DrawingTimeCheck

    return DrawingTimeCheck(cache=cache)


def cmd_validate(args: argparse.Namespace) -> int:
    path: Path = args.path
    # The quick check (neither Qt pass) reads everything afresh, as it always has.
    measuring = not (args.no_text_fit and args.no_drawing_time)
    cache = CheckCache.default() if measuring and not args.no_cache else CheckCache(None)
    checks = [check for check in (None if args.no_text_fit else _qt_text_fit(cache),
                                  None if args.no_drawing_time else _drawing_time(cache))
              if check is not None]
    for check in checks:
        register_text_fit_check(check)
    try:
        problems, pack = checked_path(path, today=_today(args), cache=cache)
    finally:
        for check in checks:
            unregister_text_fit_check(check)
        cache.close()
    if pack is not None and (pack.web_edition or args.web_edition) and not args.no_web_check:
        from kiosk.core.webedition import freshness

        with _opened(path) as readable:  # a .kpack's files are read again to compare
            problems = [*problems, *freshness.check(readable, args.web_edition)]
    if problems or pack is None:
        print(f"{path}: {len(problems)} problem(s) to fix:", file=sys.stderr)
        _print_problems(problems, sys.stderr)
        return REFUSED
    print(f"{path}: no problems found")
    _print_review_notes(pack, _today(args))
    return OK


def _print_review_notes(pack: Pack, today: dt.date | None) -> None:
    """Who has signed the pack off, and what is still missing (not problems: a clinic may
    need an unreviewed pack on screen, but must know it is one)."""
    from kiosk.core import review

    for line in review.summary(pack.review):
        print(f"review: {line}")
    for line in [*review.notices(pack.review, today), *review.translation_notices(pack)]:
        print(f"note: {line}")


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[Pack]:
    """A pack folder, or a .kpack unpacked into a temporary folder for as long as needed."""
    if path.is_dir():
        yield load_pack(path)
        return
    with tempfile.TemporaryDirectory(prefix="kiosk-pack-") as tmp, kpack.Kpack.open(path) as kp:
        kp.extract(Path(tmp) / "pack")
        yield load_pack(Path(tmp) / "pack")


def cmd_review(args: argparse.Namespace) -> int:
    """Record a clinician's or translator's sign-off in pack.toml."""
    from kiosk.core import review

    folder: Path = args.dir
    if not (folder / "pack.toml").is_file():
        return _refused([Problem(str(folder), NOT_A_PACK_FOLDER)], "not recorded")
    on = args.date or dt.date.today()
    try:
        following = review.sign(folder, args.by, args.role, on, args.next)
    except review.SignoffError as error:
        print(f"not recorded: {error}", file=sys.stderr)
        return REFUSED
    try:
        load_pack(folder)
    except PackError as error:
        return _refused(error.problems, f"recorded, but {folder} does not load")
    print(f"recorded: {' '.join(args.by.split())} checked {folder} as {args.role} on "
          f"{on.isoformat()}; next review due {following.isoformat()}")
    return OK


def cmd_review_sheet(args: argparse.Namespace) -> int:
    """Write a printable review document (HTML) of every page in each of its languages."""
    from kiosk.core import resources, reviewsheet
    from kiosk.core.settings import Settings

    out: Path = args.output
    try:
        with _opened(args.path) as pack:
            text = reviewsheet.render(
                pack, Settings().placeholders(),
                fonts={"nastaliq": resources.fonts() / "NotoNastaliqUrduKiosk-Regular.ttf",
                       "naskh": resources.fonts() / "NotoNaskhArabicKiosk-Regular.ttf"})
    except PackError as error:
        return _refused(error.problems, f"{args.path} cannot be read")
    except OSError as error:
        print(f"{args.path} cannot be read: {error}", file=sys.stderr)
        return REFUSED
    write_atomic(out, text.encode("utf-8"))
    out.chmod(0o644)  # a document to pass round, not a secret
    print(f"wrote {out}: open it in a browser and print it (or print to PDF)")
    return OK


def _chip_placer() -> ChipPlacer | None:
    """What moves the web edition's label chips off their drawings, as the kiosk draws
    them; None (chips centred on their points) where Qt cannot draw here."""
    # Nothing is shown: off screen, so a display that is named but out of reach (an SSH
    # session's, since closed) cannot stop the export.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from kiosk._qt import fonts
        from kiosk._qt.app_for_tools import ensure_application
        from kiosk._qt.web_chips import chip_shifts

        ensure_application()
        fonts.load_fonts()
        fonts.naskh_family()
    except (ImportError, OSError, RuntimeError) as error:  # no graphics libraries, a font
        print(f"note: the label chips are left centred on their points ({error})",
              file=sys.stderr)
        return None
    return chip_shifts


def cmd_export_html(args: argparse.Namespace) -> int:
    """Write the pack's web edition: a folder of static pages for any web host."""
    try:
        from kiosk._qt.i18n import Translations
        from kiosk.core import resources
        from kiosk.core.settings import Settings
        from kiosk.core.webedition.export import ExportError, export
    except ImportError as error:  # the kiosk's own bundle leaves the web tools out
        print(f"cannot export: {error.name} is missing; run kiosk-pack from a pip install "
              "of clinic-kiosk on a staff computer", file=sys.stderr)
        return REFUSED
    try:
        values = Settings(emergency_number=args.emergency_number).placeholders() \
            if args.emergency_number else Settings().placeholders()
    except ValueError:
        print(f"{args.emergency_number!r} is not a phone number", file=sys.stderr)
        return USAGE
    try:
        words = Translations()
    except (OSError, RuntimeError) as error:  # the compiled Urdu is missing or damaged
        print(f"cannot export: {error}", file=sys.stderr)
        return REFUSED
    place_chips = _chip_placer()
    make_room: Callable[[str, str], str] | None = None
    if place_chips is not None:  # Qt draws here: it measures Nastaliq's dots too
        from kiosk._qt.dot_room import room_for_browsers

        make_room = room_for_browsers
    try:
        with _opened(args.path) as pack:
            edition = export(
                pack, args.output, placeholders=values,
                translators=lambda lang: lambda context, text: words.text_in(lang, context, text),
                fonts={"nastaliq": resources.fonts() / "NotoNastaliqUrduKiosk-Regular.ttf",
                       "naskh": resources.fonts() / "NotoNaskhArabicKiosk-Regular.ttf"},
                place_chips=place_chips, make_room=make_room)
            address = pack.web_edition
    except PackError as error:
        return _refused(error.problems, f"{args.path} cannot be read")
    except ExportError as error:
        print(str(error), file=sys.stderr)
        return REFUSED
    except OSError as error:
        print(f"the web edition cannot be written to {args.output}: {error}", file=sys.stderr)
        return REFUSED
    print(f"wrote {len(edition.pages)} pages to {edition.folder} "
          f"({edition.bytes_without_sound // 1024} kB without sound)")
    if address:
        print(f"publish that folder at {address} (docs/content-packs.md says how)")
    else:
        print("to show QR codes on the kiosk, publish that folder on a web host and set "
              "web_edition in pack.toml to its address")
    return OK


def cmd_narrate(args: argparse.Namespace) -> int:
    """Draft narration with a speech engine on this machine, marked as a draft."""
    from kiosk.core.narrate import NoSpeechEngine, narrate_pages
    from kiosk.core.settings import Settings

    try:
        pack = load_pack(args.dir)
    except PackError as error:
        return _refused(error.problems, str(args.dir))
    pages = [p for p in pack.pages() if args.page in (None, p.id, p.key)]
    if not pages:
        print(f"{args.dir}: no page called {args.page!r}", file=sys.stderr)
        return REFUSED
    if args.lang and args.lang not in pack.languages:
        print(f"{args.dir}: the pack has no {args.lang!r} text (its languages: "
              f"{', '.join(pack.languages)})", file=sys.stderr)
        return REFUSED
    languages = [args.lang] if args.lang else list(pack.languages)
    written = 0
    unspoken = []
    try:
        for language in languages:
            try:
                for path in narrate_pages(
                        pages, lambda page: pack.root / "topics" / page.topic_id, [language],
                        Settings().placeholders()):
                    written += 1
                    print(f"wrote {path.relative_to(pack.root).as_posix()} (draft)")
            except NoSpeechEngine as error:
                # One language without a voice (Pashto, here) leaves the others drafted.
                print(f"cannot narrate: {error}", file=sys.stderr)
                unspoken.append(language)
    except ImportError as error:
        print(f"cannot narrate: {error.name} is missing; install it with "
              f"pip install 'clinic-kiosk[narrate]'", file=sys.stderr)
        return REFUSED
    print(f"{written} narration file(s) written; they are drafts until a person records them")
    if unspoken:
        print(f"no narration drafted in {', '.join(unspoken)}: record it with the staff "
              f"panel's recorder, or on any phone (docs/content-packs.md, Narration)",
              file=sys.stderr)
        return REFUSED if len(unspoken) == len(languages) else OK
    return OK


def cmd_preview(args: argparse.Namespace) -> int:
    path: Path = args.path
    if not path.exists():
        return _refused([Problem(str(path), "is missing: give a pack folder or a .kpack file")],
                        "Nothing to preview")
    from kiosk._qt import fonts
    from kiosk._qt.app_for_tools import ensure_application
    from kiosk._qt.i18n import Translations
    from kiosk._qt.staff.preview import PreviewWindow

    app = ensure_application()
    fonts.load_fonts()
    translations = Translations()
    translations.activate(args.language)
    try:
        window = PreviewWindow(path, language=args.language)
    except PackError as error:
        return _refused(error.problems, f"{path} cannot be shown")
    window.resize(1600, 900)
    window.show()
    print(f"Previewing {path}; save a file to see the change. Close the window to stop.")
    return OK if app.exec() == 0 else REFUSED


def cmd_build(args: argparse.Namespace) -> int:
    folder: Path = args.dir
    out: Path = args.output
    if not folder.is_dir():
        return _refused([Problem(str(folder), NOT_A_PACK_FOLDER)], "not built")
    if out.suffix.lower() != kpack.SUFFIX:
        print(f"the output file must end in {kpack.SUFFIX}", file=sys.stderr)
        return USAGE
    signer = None
    if args.key is not None:
        try:
            private = signing.load_private_key(args.key)
        except signing.KeyFileError as error:
            return _refused([Problem(str(args.key), str(error))], "not built")

        def signer(data: bytes) -> signing.Signature:
            return signing.sign(data, private)

    problems = validate_folder(folder, today=_today(args))
    if problems:
        return _refused(problems, f"{folder}: not built; fix these first")
    bar = ProgressBar("building", enabled=args.progress)
    try:
        manifest = kpack.build(folder, out, signer=signer, progress=bar)
    except PackError as error:
        return _refused(error.problems, f"{folder}: not built")
    except OSError as error:
        return _refused([kpack.disk_problem(error, out.name)], "not built")
    finally:
        bar.close()
    signed = ("signed" if signer is not None
              else "unsigned (sign it with 'kiosk-pack sign' before sending)")
    print(f"built {out}: {manifest.id} version {manifest.version}, {len(manifest.files)} files, "
          f"{signed}")
    return OK


def cmd_keygen(args: argparse.Namespace) -> int:
    try:
        private, public = signing.keygen(args.dir, trust.clean_name(args.name))
    except signing.KeyFileError as error:
        print(str(error), file=sys.stderr)
        return REFUSED
    print(f"private key: {private}  (keep it secret and backed up; anyone with it can sign "
          f"packs)")
    print(f"public key:  {public}")
    _print_key(public)
    return OK


def _print_key(public: Path) -> None:
    key = trust.parse_entry(public.read_text(encoding="utf-8"))
    print(f"fingerprint: {key.fingerprint}  (staff compare it with the one the kiosk shows)")
    print("to trust it on a kiosk: in the staff panel's Keys tab, add it from this .pub file "
          "on a USB stick, or type these digits:")
    print("  " + trust.grouped(trust.key_digits(key.key), 5))
    print(f"or add this line to the kiosk's trusted keys in settings.json:\n  {key.entry}")


def cmd_keyinfo(args: argparse.Namespace) -> int:
    try:
        signing.load_public_key(args.pub)
        _print_key(args.pub)
    except (signing.KeyFileError, OSError, UnicodeDecodeError) as error:
        print(f"{args.pub}: {error}", file=sys.stderr)
        return REFUSED
    return OK


def cmd_sign(args: argparse.Namespace) -> int:
    try:
        private = signing.load_private_key(args.key)
        kpack.rewrite_signature(args.file, signing.sign(_manifest_bytes(args.file), private))
    except signing.KeyFileError as error:
        return _refused([Problem(str(args.key), str(error))], "not signed")
    except PackError as error:
        return _refused(error.problems, "not signed")
    except OSError as error:
        return _refused([kpack.disk_problem(error, args.file.name)], "not signed")
    print(f"signed {args.file} with key {signing.key_id(private.public_key())}")
    return OK


def _manifest_bytes(path: Path) -> bytes:
    with kpack.Kpack.open(path) as kp:
        return kp.manifest_bytes


def cmd_verify(args: argparse.Namespace) -> int:
    try:
        keys = [signing.load_public_key(p) for p in args.pubkey]
    except signing.KeyFileError as error:
        print(str(error), file=sys.stderr)
        return REFUSED
    trusted = {signing.key_id(key): key for key in keys}
    bar = ProgressBar("checking", enabled=args.progress)
    try:
        with kpack.Kpack.open(args.file) as kp:
            why = kp.check_signature(trusted)
            if why is not None:
                return _refused([Problem(kp.name, why)], "NOT verified")
            kp.verify_contents(bar)
            manifest, key = kp.manifest, kp.signature.key_id if kp.signature else ""
    except PackError as error:
        return _refused(error.problems, "NOT verified")
    finally:
        bar.close()
    print(f"verified {args.file}: signed by key {key}; all {len(manifest.files)} files match "
          f"({manifest.id} version {manifest.version})")
    return OK


def cmd_info(args: argparse.Namespace) -> int:
    try:
        with kpack.Kpack.open(args.file) as kp:
            m, sig, sig_problem = kp.manifest, kp.signature, kp.signature_problem
    except PackError as error:
        return _refused(error.problems, "cannot read")
    print(f"pack:            {m.id}")
    print(f"version:         {m.version}")
    for lang, title in m.title.items():
        print(f"title ({lang}):      {title}")
    print(f"languages:       {', '.join(m.languages)}")
    print(f"needs kiosk:     {m.min_app_version} or newer")
    print(f"reviewed:        {m.review.reviewed_on} by {m.review.reviewed_by}")
    print(f"next review:     {m.review.next_review}"
          + ("  (PASSED)" if m.review.next_review < dt.date.today() else ""))
    if m.review.urdu_reviewed_by:
        print(f"Urdu reviewed:   {m.review.urdu_reviewed_by}")
    print(f"sources:         {len(m.sources)}")
    print(f"files:           {len(m.files)} ({m.total_size() // 1024} KB)")
    print(f"built:           {m.built_at} with {m.built_with}")
    if sig_problem:
        print(f"signature:       DAMAGED ({sig_problem})")
    elif sig is not None:
        print(f"signature:       key {sig.key_id} (check it with 'kiosk-pack verify')")
    else:
        print("signature:       none")
    print(f"format:          pack file {m.kpack_format}, content {m.pack_format}")
    return OK


def cmd_diff(args: argparse.Namespace) -> int:
    try:
        result = diff_paths(args.old, args.new)
    except PackError as error:
        return _refused(error.problems, "cannot compare")
    print("\n".join(result.lines()))
    return OK


def _store(args: argparse.Namespace) -> PackStore:
    return PackStore(DataDir.choose(args.data_dir).create())


def cmd_install(args: argparse.Namespace) -> int:
    store = _store(args)
    bar = ProgressBar("installing", enabled=args.progress)
    try:
        installed = store.install(args.file, Source.USB, progress=bar)
    except PackError as error:
        bar.close()
        active = store.status()
        now = active.active.describe() if active.active else (
            active.bundled.describe() if active.bundled else "none")
        _refused(error.problems, "NOT installed")
        print(f"still in use: {now}", file=sys.stderr)
        return REFUSED
    bar.close()
    print(f"installed {installed.describe()}")
    return OK


def cmd_rollback(args: argparse.Namespace) -> int:
    try:
        status = _store(args).rollback()
    except PackError as error:
        return _refused(error.problems, "nothing changed")
    now = status.active.describe() if status.active else (
        status.bundled.describe() if status.bundled else "none")
    print(f"rolled back; now in use: {now}")
    return OK


def cmd_status(args: argparse.Namespace) -> int:
    store = _store(args)
    status = store.status()
    if status.active is not None:
        print(f"in use:   {status.active.describe()}")
    elif status.bundled is not None:
        print(f"in use:   {status.bundled.describe()}")
    else:
        print("in use:   nothing (the bundled pack is missing)")
    print(f"folder:   {store.active_pack_folder()}")
    if status.history:
        print("rollback: " + "; ".join(f"version {h.version} ({h.installed_at})"
                                       for h in reversed(status.history)))
    elif status.active is not None and status.bundled is not None:
        print(f"rollback: the bundled pack (version {status.bundled.version})")
    else:
        print("rollback: nothing to roll back to")
    return OK


def cmd_publish(args: argparse.Namespace) -> int:
    try:
        key = signing.load_private_key(args.key)
    except signing.KeyFileError as error:
        return _refused([Problem(str(args.key), str(error))], "not published")
    try:
        listing = publish(args.files, args.channel, key, addresses=args.address or (),
                          keep=args.keep, valid_days=args.valid_days, above=args.above)
    except PackError as error:
        return _refused(error.problems, "not published")
    except ChannelError as error:
        print(f"not published: {error}", file=sys.stderr)
        return REFUSED
    except OSError as error:
        return _refused([kpack.disk_problem(error, str(args.channel))], "not published")
    print(f"published to {args.channel}: " + (", ".join(
        f"{e.id} v{e.version}" for e in listing.packs) or "no packs"))
    print(f"update list number {listing.version}, signed with key "
          f"{signing.key_id(key.public_key())}; kiosks believe it until {listing.expires[:10]}")
    print("copy the whole folder to " + " or ".join(listing.addresses) + ", and run publish "
          "again (with no files, to sign the list anew) before that date")
    return OK


# -- parsing -----------------------------------------------------------------------------------


def cmd_fleet_report(args: argparse.Namespace) -> int:
    from kiosk.core.usage import fleet

    now = dt.datetime.now().astimezone()
    rows = fleet.read_rows(args.folder, now)
    if not rows:
        print(f"No kiosk summaries (*.json) in {args.folder}.", file=sys.stderr)
        return REFUSED
    print(fleet.table(rows, now))
    silent = [row.kiosk for row in rows if row.silent(now)]
    if silent:
        print(f"\n{len(silent)} of {len(rows)} kiosks silent for more than two days or "
              f"unreadable: {', '.join(silent)}")
    if args.csv:
        write_atomic(args.csv, fleet.as_csv(rows, now).encode("utf-8"))
    return OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk-pack",
        description="Make, check, sign and install content packs for the clinic kiosk.",
        epilog="Exit status: 0 success, 1 refused or invalid input, 2 wrong usage. "
               "See docs/content-packs.md.")
    parser.add_argument("--version", action="version", version=f"kiosk-pack {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="say more about each step")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="show a progress bar (default: when run in a terminal)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text)

    p = add("new", "make a starter pack folder to edit")
    p.add_argument("dir", type=Path, metavar="DIR")
    p.set_defaults(func=cmd_new)

    p = add("review", "record that a clinician checked the pack's medicine, or a medical "
                      "translator its Urdu (in pack.toml)")
    p.add_argument("dir", type=Path, metavar="DIR")
    p.add_argument("--by", required=True, help="the name of the person who checked it")
    p.add_argument("--role", required=True, choices=("clinician", "translator"))
    p.add_argument("--date", type=iso_date, help="when it was checked (YYYY-MM-DD; default today)")
    p.add_argument("--next", type=iso_date, help="when it must be checked again (clinician; "
                                              "default six months on, at most a year)")
    p.set_defaults(func=cmd_review)

    p = add("review-sheet", "write a printable review document of every page, English "
                            "and Urdu side by side, with pictures, labels, sources and a "
                            "sign-off box")
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.html")
    p.set_defaults(func=cmd_review_sheet)

    p = add("export-html", "write the pack's web edition (every topic in English and Urdu, "
                           "with pictures and narration) as a folder of static pages to "
                           "publish on any web host")
    p.add_argument("path", type=Path, metavar="PACK")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    p.add_argument("--emergency-number", metavar="NUMBER",
                   help="the number the pages give for emergencies (default: the kiosk's "
                        "default, 1122)")
    p.set_defaults(func=cmd_export_html)

    p = add("validate", "check a pack folder or .kpack and list every problem")
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("--today", type=iso_date, help=argparse.SUPPRESS)
    p.add_argument("--no-text-fit", action="store_true",
                   help="skip measuring text at 1920x1080, 1080x1920 and 1366x768 (faster; "
                        "needs no Qt)")
    p.add_argument("--no-drawing-time", action="store_true",
                   help="skip drawing every picture at full-screen size against its time "
                        "budget (faster; needs no Qt)")
    p.add_argument("--web-edition", metavar="FOLDER|URL",
                   help="check the web edition here (default: at the pack's web_edition "
                        "address, when it names one)")
    p.add_argument("--no-web-check", action="store_true",
                   help="do not check the web edition (a computer with no internet)")
    p.add_argument("--no-cache", action="store_true",
                   help="check every page, picture and text afresh, not only those "
                        "changed since the last check (the results are kept in this "
                        "computer's cache folder, or in $KIOSK_CACHE_DIR)")
    p.set_defaults(func=cmd_validate)

    p = add("preview", "show a pack folder or .kpack in all its languages side by side; "
                       "it reloads whenever a file in the folder is saved")
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("--language", metavar="CODE", default="en",
                   help="language of the window's own buttons and messages, such as en or "
                        "ur (the pack is shown in all its languages either way)")
    p.set_defaults(func=cmd_preview)

    p = add("narrate", "read every page aloud with this computer's speech engine "
                       "(espeak-ng), as draft narration with sentence timings")
    p.add_argument("dir", type=Path, metavar="DIR")
    p.add_argument("--lang", metavar="CODE",
                   help="only this language, such as en, ur or ps (default: every language "
                        "of the pack)")
    p.add_argument("--page", metavar="ID", help="only this page (its id, or topic/id)")
    p.set_defaults(func=cmd_narrate)

    p = add("build", "build a pack folder into one .kpack file")
    p.add_argument("dir", type=Path, metavar="DIR")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.kpack")
    p.add_argument("--key", type=Path, metavar="KEY", help="sign with this private key")
    p.add_argument("--today", type=iso_date, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_build)

    p = add("keygen", "make a signing key pair in DIR")
    p.add_argument("dir", type=Path, metavar="DIR")
    p.add_argument("--name", default="", metavar="NAME",
                   help="whose key it is, as staff will see it (e.g. 'Clinic X')")
    p.set_defaults(func=cmd_keygen)

    p = add("keyinfo", "show a public key's fingerprint and the digits staff type to trust it")
    p.add_argument("pub", type=Path, metavar="PUB")
    p.set_defaults(func=cmd_keyinfo)

    p = add("sign", "sign a .kpack with a private key")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--key", type=Path, required=True, metavar="KEY")
    p.set_defaults(func=cmd_sign)

    p = add("verify", "check a .kpack's signature and every file's checksum")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--pubkey", action="append", required=True, metavar="PUB",
                   help="a public key file or 'ed25519:...' text (may be repeated)")
    p.set_defaults(func=cmd_verify)

    p = add("info", "show what a .kpack contains")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_info)

    p = add("diff", "list pages added, removed and changed between two packs")
    p.add_argument("old", type=Path, metavar="OLD")
    p.add_argument("new", type=Path, metavar="NEW")
    p.set_defaults(func=cmd_diff)

    for name, help_text, func in (
            ("install", "install a .kpack on this kiosk (or the data folder given)", cmd_install),
            ("rollback", "go back to the previously installed pack", cmd_rollback),
            ("status", "show the pack in use and the ones kept for rollback", cmd_status)):
        p = add(name, help_text)
        if name == "install":
            p.add_argument("file", type=Path, metavar="FILE")
        p.add_argument("--data-dir", type=Path, metavar="DIR",
                       help="the kiosk's data folder (default: $KIOSK_DATA_DIR or the usual one)")
        p.set_defaults(func=func)

    p = add("fleet-report", "a table of every kiosk whose summary is in FOLDER (a shared "
                            "folder): last contact, pack, free disk, use, last error; a "
                            "kiosk silent for more than two days is flagged")
    p.add_argument("folder", type=Path, metavar="FOLDER")
    p.add_argument("--csv", type=Path, metavar="FILE.csv", help="also write it as CSV")
    p.set_defaults(func=cmd_fleet_report)

    p = add("publish", "put signed .kpack files into a channel folder for kiosks to follow, "
                       "and sign its update list (with no files: sign the list anew)")
    p.add_argument("files", type=Path, nargs="*", metavar="FILE")
    p.add_argument("--channel", type=Path, required=True, metavar="DIR")
    p.add_argument("--key", type=Path, required=True, metavar="KEY",
                   help="the private key that signs the update list (kiosks must trust it)")
    p.add_argument("--address", action="append", metavar="URL",
                   help="the web address the folder is published at (kiosks follow its list "
                        "only from there); may be repeated; the last list's are kept")
    p.add_argument("--valid-days", type=int, default=VALID_DAYS, metavar="DAYS",
                   help=f"how long kiosks believe this list (default {VALID_DAYS}); sign it "
                        "again before then, or kiosks say there is no fresh update list")
    p.add_argument("--keep", type=int, default=3, help="versions of each pack to keep listed")
    p.add_argument("--above", type=int, default=0, metavar="NUMBER",
                   help="number the list above this: the number kiosks say they already "
                        "had, after the folder was made again (a list once published with "
                        "the clock set ahead)")
    p.set_defaults(func=cmd_publish)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) if not isinstance(exit_.code, str) else USAGE
    logger = logging.getLogger("kiosk")
    # Added for this run only: main() is also called in-process (tests, the staff panel).
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.DEBUG if os.environ.get("KIOSK_PACK_DEBUG") else
                     logging.INFO if args.verbose else logging.WARNING)
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(min(handler.level, old_level or logging.WARNING))
    try:
        code: int = args.func(args)
    except OSError as error:
        # A folder that cannot be created or read: a refusal with a reason, not a traceback.
        where = f"{error.filename}: " if error.filename else ""
        print(f"{where}{error.strerror or error}", file=sys.stderr)
        code = REFUSED
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    return code


if __name__ == "__main__":
    sys.exit(main())
