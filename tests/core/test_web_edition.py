"""The web edition: every page of the pack as static pages a phone can read (no Qt here).

What a browser makes of them is in tests/qt/test_web_edition_browser.py.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import html5lib
import pytest
import uharfbuzz as hb
from markupsafe import escape

from kiosk.core.model import Pack
from kiosk.core.packdir import load_pack
from kiosk.core.phrases import english
from kiosk.core.webedition import expected_pages, fontsubset, topic_address
from kiosk.core.webedition.export import ExportError, export

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "assets" / "fonts" / "NotoNastaliqUrduKiosk-Regular.ttf"
FONTS = {"nastaliq": FONT, "naskh": ROOT / "assets" / "fonts" / "NotoNaskhArabicKiosk-Regular.ttf"}
SITE = {"emergency_number": "1122"}
# What a phone on a slow link waits for to read one topic: the page, its style sheet,
# its pictures and (in Urdu) the font, as a web server sends them: text compressed, the
# font as it is (WOFF2 is compressed already). Narration plays only when asked.
BUDGET_BYTES = 150 * 1024


def write(pack: Pack, out: Path) -> None:
    export(pack, out, translators=lambda _language: english, placeholders=SITE, fonts=FONTS)


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(ROOT / "assets" / "packs" / "default")


@pytest.fixture(scope="module")
def edition(pack: Pack, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("web") / "edition"
    write(pack, out)
    return out


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.langs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("href", "src"):
            if values.get(name) and not (tag == "use" and name == "href"):
                self.links.append(values[name] or "")
        if values.get("id"):
            self.ids.add(values["id"] or "")


def links(path: Path) -> _Links:
    reader = _Links()
    reader.feed(path.read_text(encoding="utf-8"))
    return reader


def pages(edition: Path) -> Iterator[Path]:
    return iter(sorted(edition.rglob("*.html")))


def test_every_topic_in_every_language_and_what_it_was_made_from(pack: Pack,
                                                                 edition: Path) -> None:
    written = sorted(p.relative_to(edition).as_posix() for p in pages(edition))
    assert written == sorted(expected_pages(pack))
    assert len(written) == 1 + sum(1 + len(pack.topics_in(code)) for code in pack.languages)
    assert "ps/immune-system.html" in written and "ps/type-1-diabetes.html" not in written
    record = json.loads((edition / "edition.json").read_text(encoding="utf-8"))
    assert (record["pack"], record["version"]) == (pack.id, pack.version)
    assert record["pages"] == written and record["site_values"] == SITE
    # The address a QR code holds is a page that was written.
    address = topic_address("https://clinic.example.pk/learn/", "ur", "treatments")
    assert address == "https://clinic.example.pk/learn/ur/treatments.html"
    assert (edition / urlsplit(address).path.removeprefix("/learn/")).is_file()


def test_every_page_is_valid_html5(edition: Path) -> None:
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    for page in pages(edition):
        parser.parse(page.read_bytes())  # raises on the first parse error
        assert not parser.errors, (page, parser.errors)


def test_the_validity_check_can_fail(tmp_path: Path) -> None:
    parser = html5lib.HTMLParser(strict=True)
    with pytest.raises(html5lib.html5parser.ParseError):
        parser.parse(b"<!DOCTYPE html><html><body><p>a</div></body></html>")


def test_no_link_is_broken_and_nothing_comes_from_another_host(edition: Path) -> None:
    for page in pages(edition):
        found = links(page)
        assert found.links, page
        for link in found.links:
            assert not urlsplit(link).scheme and not link.startswith("//"), (page, link)
            target, anchor = urldefrag(link)
            file = (page.parent / target).resolve() if target else page
            assert file.is_file(), f"{page.relative_to(edition)} links to missing {link}"
            assert file.is_relative_to(edition.resolve()), (page, link)
            if anchor:
                assert anchor in links(file).ids, f"{page.name}: no #{anchor} in {file.name}"
    for css in edition.glob("assets/*.css"):
        for url in re.findall(r"url\(([^)]*)\)", css.read_text(encoding="utf-8")):
            url = url.strip("\"'")
            assert not urlsplit(url).scheme and (css.parent / url).is_file(), url


def test_a_topic_page_opens_on_a_slow_phone_link(edition: Path) -> None:
    heaviest = 0
    for page in sorted(edition.glob("*/*.html")):
        files = {page}
        files |= {(page.parent / urldefrag(link)[0]).resolve() for link in links(page).links
                  if urldefrag(link)[0] and not link.endswith((".html", ".ogg", ".mp3"))}
        text = page.read_text(encoding="utf-8")
        script = re.search(r'data-script="(\w+)"', text.split(">", 2)[1])
        assert script is not None, page
        # Its own script's font, and the fonts that write the other languages' names.
        files |= set(edition.glob(f"assets/{script.group(1)}-*.woff2"))
        files |= set(edition.glob("assets/*-names-*.woff2"))
        weight = sum(len(gzip.compress(f.read_bytes())) if f.suffix in (".html", ".css", ".svg")
                     else f.stat().st_size for f in files)
        assert weight < BUDGET_BYTES, f"{page.relative_to(edition)}: {weight // 1024} kB"
        heaviest = max(heaviest, weight)
    assert heaviest > 100 * 1024  # the Urdu font was counted


def test_what_a_patient_must_see_is_on_every_topic_page(pack: Pack, edition: Path) -> None:
    for topic in pack.topics:
        for language in topic.languages:
            html = (edition / language / f"{topic.id}.html").read_text(encoding="utf-8")
            direction = "rtl" if pack.language(language).rtl else "ltr"
            script = pack.language(language).script
            assert f'<html lang="{language}" dir="{direction}" data-script="{script}">' in html
            assert "talk to your doctor before you start, stop or change any treatment" in html
            assert "In an emergency, call 1122." in html
            assert "No doctor has checked this information yet" in html  # not signed off
            for page in topic.pages:
                assert f'<article id="{page.id}">' in html
                for key in page.sources:
                    assert f"<b>{key}</b>" in html
                for treatment in page.statuses:
                    assert f'class="status {treatment.status.value}"' in html
                spoken = page.narration(language)
                if spoken is not None and spoken.matches(SITE):
                    audio = f"audio/{topic.id}/{spoken.audio.name}"
                    assert f'src="../{audio}"' in html and (edition / audio).is_file()
                for question in page.questions:
                    right = next(c for c in question.choices if c.correct)
                    assert f"Right answer: {escape(right.text.get(language))}" in html
    # Urdu words of the pack on the Urdu pages, English on the English ones.
    treatments = pack.topic("treatments")
    ur = (edition / "ur" / "treatments.html").read_text(encoding="utf-8")
    assert treatments.pages[0].title.get("ur") in ur
    assert treatments.pages[0].title.get("en") not in ur


def test_picture_labels_in_the_pages_language(pack: Pack, edition: Path) -> None:
    page = pack.topic("immune-system").pages[2]  # "Skin" over the picture, a caption under
    over = [label for label in page.labels if label.y < 0.85]
    captions = [label for label in page.labels if label.y >= 0.85]
    assert over and captions
    for language in ("en", "ur"):
        html = (edition / language / "immune-system.html").read_text(encoding="utf-8")
        for label in over:
            assert (f'style="--x:{label.x:.3f};--y:{label.y:.3f}">{label.text.get(language)}'
                    "</span>") in html
        for label in captions:
            assert f"<span>{label.text.get(language)}</span>" in html


def test_the_urdu_font_is_cut_down_yet_shapes_every_line_as_the_whole_font(
        pack: Pack, edition: Path) -> None:
    (cut,) = set(edition.glob("assets/nastaliq-*.woff2")) - set(
        edition.glob("assets/nastaliq-names-*.woff2"))
    assert cut.stat().st_size < FONT.stat().st_size / 3
    lines = {text for topic in pack.topics for text in (
        topic.title.get("ur"), topic.summary.get("ur"),
        *(page.title.get("ur") for page in topic.pages),
        *(line for page in topic.pages for line in page.body.get("ur").splitlines()),
        *(label.text.get("ur") for page in topic.pages for label in page.labels))} - {""}
    letters = "".join(lines)
    whole = hb.Font(hb.Face(hb.Blob.from_file_path(FONT)))
    part = hb.Font(hb.Face(hb.Blob(fontsubset.subset(FONT, letters))))
    for text in sorted(lines):
        assert shaped(part, text) == shaped(whole, text), text
    # The comparison can tell: a cut that left out one letter shapes differently.
    short = hb.Font(hb.Face(hb.Blob(fontsubset.subset(FONT, letters.replace("ے", "")))))
    assert any(shaped(short, text) != shaped(whole, text) for text in lines if "ے" in text)


def test_a_phone_keeps_counts_titles_and_last_words_on_one_line_as_the_kiosk(
        edition: Path) -> None:
    english = (edition / "en" / "treatments.html").read_text(encoding="utf-8")
    urdu = (edition / "ur" / "treatments.html").read_text(encoding="utf-8")
    assert "7\u00a0in\u00a010" in english and "1\u00a0to\u00a02\u00a0in\u00a0100" in english
    assert "10\u00a0میں\u00a0سے\u00a0تقریباً\u00a07" in urdu
    assert "ایچ\u00a0ایس\u00a0سی\u00a0ٹی" in urdu  # HSCT, spelled in Urdu letters
    # Emphasis reads as before: a no-break space is whitespace to Markdown.
    assert "<strong>" in urdu and "**" not in urdu
    assert "<h2>HSCT: benefits and risks side by\u00a0side</h2>" in english


def test_the_same_letters_make_the_same_font_file_at_any_time(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # fontTools reads the time it stamps into a font from SOURCE_DATE_EPOCH when set.
    names = []
    for when in ("1000000000", "1700000000"):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", when)
        names.append(fontsubset.web_font(FONT, "آپ کا مدافعتی نظام"))
    assert names[0] == names[1]


def shaped(font: hb.Font, text: str) -> list[tuple[object, ...]]:
    """Each glyph as drawn: its ink box (a cut font numbers its glyphs anew), where it
    goes, and which letters it stands for."""
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(font, buffer)
    return [(tuple(font.get_glyph_extents(info.codepoint) or ()), info.cluster, pos.x_advance,
             pos.x_offset, pos.y_offset)
            for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)]


def test_exporting_again_replaces_the_old_edition_whole(pack: Pack, tmp_path: Path,
                                                        default_pack_dir: Path) -> None:
    folder = tmp_path / "pack"
    shutil.copytree(default_pack_dir, folder)
    out = tmp_path / "web"
    write(load_pack(folder), out)
    assert (out / "en" / "ask-your-doctor.html").is_file()
    manifest = folder / "pack.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        ', "ask-your-doctor"]', "]").replace(
        'emergency_page = "ask-your-doctor/get-help-now"', ""), encoding="utf-8")
    write(load_pack(folder), out)
    assert not (out / "en" / "ask-your-doctor.html").exists()  # no stale page left behind
    assert (out / "en" / "treatments.html").is_file()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_folder_of_other_things_is_never_overwritten(pack: Pack, tmp_path: Path) -> None:
    out = tmp_path / "documents"
    out.mkdir()
    (out / "letter.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError, match="not empty and holds no web edition"):
        write(pack, out)
    assert [p.name for p in out.iterdir()] == ["letter.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents"]


def test_a_web_server_running_as_another_user_can_read_it(edition: Path) -> None:
    assert edition.stat().st_mode & 0o777 == 0o755
    assert (edition / "ur").stat().st_mode & 0o777 == 0o755
    assert (edition / "ur" / "index.html").stat().st_mode & 0o777 == 0o644


def test_a_folder_with_others_files_beside_an_edition_is_never_replaced(
        pack: Pack, tmp_path: Path) -> None:
    out = tmp_path / "site"
    write(pack, out)
    (out / "CNAME").write_text("learn.clinic.example.pk", encoding="utf-8")  # GitHub Pages'
    with pytest.raises(ExportError, match=r"holds files the web edition did not write \(CNAME"):
        write(pack, out)
    assert (out / "CNAME").is_file() and (out / "edition.json").is_file()


def test_never_inside_the_pack(tmp_path: Path, default_pack_dir: Path) -> None:
    folder = tmp_path / "pack"
    shutil.copytree(default_pack_dir, folder)
    for inside in (folder / "web", folder / "topics" / "web", folder, tmp_path):
        with pytest.raises(ExportError, match="inside the pack folder"):
            write(load_pack(folder), inside)
    assert not (folder / "web").exists() and not (folder / "topics" / "web").exists()


def test_a_failed_swap_puts_the_old_edition_back(pack: Pack, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.core.webedition import folder

    out = tmp_path / "web"
    write(pack, out)
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    real = folder.os.replace
    calls = []

    def second_fails(src: object, dst: object) -> None:
        calls.append(dst)
        if len(calls) == 2:  # the new edition into place (a file held open, on Windows)
            raise PermissionError(13, "held open by another program")
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(folder.os, "replace", second_fails)
    with pytest.raises(PermissionError):
        write(pack, out)
    monkeypatch.undo()
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before
    assert [p.name for p in tmp_path.iterdir()] == ["web"]  # nothing half-made left


def test_the_digest_ignores_desktop_clutter_and_where_it_is_published(
        tmp_path: Path, default_pack_dir: Path) -> None:
    from kiosk.core.webedition.digest import content_digest

    folder = tmp_path / "pack"
    shutil.copytree(default_pack_dir, folder)
    before = content_digest(load_pack(folder))
    (folder / "topics" / "treatments" / "Thumbs.db").write_bytes(b"\0" * 64)
    manifest = folder / "pack.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "\n[title]", '\nweb_edition = "https://elsewhere.example/x"\n\n[title]', 1),
        encoding="utf-8")
    assert content_digest(load_pack(folder)) == before
    page = folder / "topics" / "treatments" / "hsct.en.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert content_digest(load_pack(folder)) != before


def test_pack_words_are_escaped_wherever_they_land(tmp_path: Path,
                                                   default_pack_dir: Path) -> None:
    folder = tmp_path / "pack"
    shutil.copytree(default_pack_dir, folder)
    topic = folder / "topics" / "immune-system" / "topic.toml"
    text = topic.read_text(encoding="utf-8")
    text = text.replace('en = "B cells and T cells"', "en = 'B & <T> \"cells\"'")
    text = text.replace('text = { en = "B cell"', "text = { en = '<img src=x onerror=alert(1)>'")
    topic.write_text(text, encoding="utf-8")
    out = tmp_path / "web"
    write(load_pack(folder), out)
    html = (out / "en" / "immune-system.html").read_text(encoding="utf-8")
    assert "B &amp; &lt;T&gt; &#34;cells&#34;" in html and "<T>" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "<img src=x" not in html


def test_a_picture_that_reads_across_faces_a_right_to_left_reader_s_way(
        pack: Pack, edition: Path) -> None:
    """As on the kiosk: the flare and calm-time timeline drawn mirrored in Urdu, its labels
    over the same parts; in English, and any picture not marked, as drawn."""
    page = pack.page("autoimmune-disease/flares-and-remission")
    assert page is not None and page.picture_mirrored(rtl=True)
    for language, mirrored in (("en", False), ("ur", True)):
        html = (edition / language / "autoimmune-disease.html").read_text(encoding="utf-8")
        figures = re.findall(r'<div class="picture( mirrored)?">\s*<img src="[^"]*/([\w-]+)\.svg"',
                             html)
        assert ((" mirrored" if mirrored else ""), page.illustration.stem) in figures
        assert [name for kind, name in figures if kind] == ([page.illustration.stem]
                                                            if mirrored else [])
        for label in page.labels:
            x = 1 - label.x if mirrored else label.x
            assert (f'style="--x:{x:.3f};--y:{label.y:.3f}">{label.text.get(language)}'
                    "</span>") in html
    css = next((edition / "assets").glob("site*.css")).read_text(encoding="utf-8")
    assert ".mirrored img { transform: scaleX(-1); }" in css


def test_captions_of_a_mirrored_picture_come_in_its_order(pack: Pack, edition: Path) -> None:
    """Captions sit in a row under the picture, left to right by where they point: under
    the mirrored stem cell drips, "your stem cells" now comes first from the left."""
    page = pack.page("treatments/hsct")
    assert page is not None and page.picture_mirrored(rtl=True)
    words = [label.text for label in sorted(page.labels, key=lambda label: label.x)]
    for language, order in (("en", words), ("ur", words[::-1])):
        html = (edition / language / "treatments.html").read_text(encoding="utf-8")
        at = html.index(f"/{page.illustration.name}")
        row = re.search(r'<figcaption class="captions">(.*?)</figcaption>', html[at:], re.S)
        assert row is not None
        assert re.findall(r"<span>([^<]*)</span>", row.group(1)) == \
            [text.get(language) for text in order]
