"""Build the kiosk's bundled fonts (assets/fonts/) from their published originals.

This is a build tool, run by hand when the fonts change; the kiosk only ever loads the
TTFs it writes, which are committed. Run from the repository root:

    python tools/fonts/make_fonts.py            # fetches the npm package, reads Debian's files
    python tools/fonts/make_fonts.py --check    # rebuild in memory, compare with assets/fonts

Needs fontTools and uharfbuzz (both in the dev venv), ``npm`` (to fetch the Fontsource
package unless --fontsource points at an unpacked one) and Debian's fonts-noto-core
(``apt-get install fonts-noto-core``) for Noto Sans and Noto Naskh Arabic.

What it does, and why:

* Urdu: Noto Nastaliq Urdu 3.007 from the npm package @fontsource/noto-nastaliq-urdu.
  Debian's 2.000 positions letters with contour-point anchors (GPOS anchor format 2),
  which Qt resolves wrongly, so letters detach (مدافعتی is drawn as بدافعتی). 3.007 uses
  only plain-coordinate anchors. Fontsource splits the font by script, so the Arabic
  and Latin subsets are merged back into one file: Urdu text routinely carries Latin
  digits and abbreviations (1122, MS), and one file means Qt never has to fall back to
  another font in the middle of an Urdu line.
* Latin UI: Noto Sans Regular and Bold 2.004 from Debian fonts-noto-core, unmodified
  apart from the family name.
* Pashto and Sindhi (#18): Noto Naskh Arabic Regular and Bold 2.004 from the same
  Debian package; it has every letter the two add to the Arabic alphabet, and only
  plain-coordinate anchors. It leaves brackets, %, ?, quotes and hyphens to Noto Sans,
  so Noto Sans's glyphs for them (same style) are merged in, as for Urdu: a Pashto line
  with "(MS)" or "8%" in it is then drawn from one file, never a system font.
* Every font gets a kiosk-specific family name. Qt prefers an installed system font over
  an application font of the same family, so on a machine with Debian's broken Noto
  Nastaliq Urdu installed the bundled font would silently lose.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from fontTools.merge import Merger
from fontTools.merge import Options as MergeOptions
from fontTools.subset import Options as SubsetOptions
from fontTools.subset import Subsetter
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import otTables

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "assets" / "fonts"

FONTSOURCE_PACKAGE = "@fontsource/noto-nastaliq-urdu"
FONTSOURCE_VERSION = "5.3.0"
NASTALIQ_VERSION = "Version 3.007"
DEBIAN_PACKAGE = "fonts-noto-core"
DEBIAN_VERSION = "20201225-1"
DEBIAN_NOTO = Path("/usr/share/fonts/truetype/noto")
NOTO_SANS_VERSION = "2.004"
NASKH_VERSION = "2.004"

NASTALIQ_FAMILY = "Noto Nastaliq Urdu Kiosk"
SANS_FAMILY = "Noto Sans Kiosk"
NASKH_FAMILY = "Noto Naskh Arabic Kiosk"

NASTALIQ_FILE = "NotoNastaliqUrduKiosk-Regular.ttf"
SANS_FILES = {"Regular": "NotoSansKiosk-Regular.ttf", "Bold": "NotoSansKiosk-Bold.ttf"}
NASKH_FILES = {"Regular": "NotoNaskhArabicKiosk-Regular.ttf",
               "Bold": "NotoNaskhArabicKiosk-Bold.ttf"}

# Shaping samples used to prove the merge changed nothing: the words that broke before,
# Urdu digits and punctuation, and Latin with kerning pairs and ligature candidates.
URDU_SAMPLES = (
    "مدافعتی نظام اور آٹو امیون بیماریاں",
    "رمیٹائیڈ آرتھرائٹس، ملٹیپل اسکلروسیس، ذیابیطس",
    "انسولین، اسٹیم سیل، پیوند کاری، بانجھ پن، سوزش، جراثیم، خلیے۔",
    "کیا آپ کو بخار ہے؟ ۱۱۲۲ پر فون کریں ۔ ۰۱۲۳۴۵۶۷۸۹",
    "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےۓئآ",
)
# Pashto and Sindhi (#18): every letter they add to the Arabic alphabet, in words.
NASKH_SAMPLES = (
    "ټ ډ ړ ښ ږ ځ څ ې ۍ ڄ ڃ ٺ ٽ ٿ ڀ ڏ ڌ ڊ ڍ ڙ ڳ ڱ ڪ ٻ ڦ ڇ ڻ ڮ",
    "د بدن دفاعي سیستم ستاسو ساتنه کوي؛ ډاکټر، ښځه، ځوان، څه، ږیره، ړوند",
    "جسم جو دفاعي نظام توهان جي حفاظت ڪري ٿو؛ ڊاڪٽر، ٻار، ڄاڻ، ڳالهه، ٺيڪ",
)
# What Pashto and Sindhi text carries from the Latin keyboard that Noto Naskh Arabic lacks.
NASKH_LATIN = "".join(chr(code) for code in range(0x20, 0x7F)) + \
    "\u00a0\u00ab\u00b7\u00bb\u00b0\u00b1\u00d7\u00f7\u2013\u2014\u2018\u2019\u201c" \
    "\u201d\u2022\u2026"
LATIN_SAMPLES = (
    "Rescue 1122 (24/7) — HSCT, MS & T-cells: 'fit' \"office\" AVATAR Tokyo",
    "0123456789 !?.,;:-+=%/()[]{}",
)


def log(message: str) -> None:
    print(message, file=sys.stderr)


def fetch_fontsource(workdir: Path) -> Path:
    """Unpack the pinned npm tarball with npm itself (no registry scraping)."""
    spec = f"{FONTSOURCE_PACKAGE}@{FONTSOURCE_VERSION}"
    log(f"fetching {spec} with npm pack")
    out = subprocess.run(
        ["npm", "pack", spec, "--json", "--pack-destination", str(workdir)],
        check=True, capture_output=True, text=True,
    )
    info = json.loads(out.stdout)[0]
    tarball = workdir / info["filename"]
    shutil.unpack_archive(tarball, workdir)
    return workdir / "package"


def load_woff(path: Path) -> TTFont:
    """Decode a WOFF to a plain TrueType font in memory (WOFF is zlib only: no brotli)."""
    font = TTFont(path, recalcTimestamp=False)
    font.flavor = None
    buffer = io.BytesIO()
    font.save(buffer)
    buffer.seek(0)
    return TTFont(buffer, recalcTimestamp=False)


def rename_family(font: TTFont, old: str, new: str) -> None:
    """Swap the family name in every name record that carries it."""
    old_ps, new_ps = old.replace(" ", ""), new.replace(" ", "")
    for record in font["name"].names:
        if record.nameID not in (1, 3, 4, 6, 16, 18, 21):
            continue
        text = record.toUnicode()
        renamed = text.replace(old, new) if record.nameID != 6 else text.replace(old_ps, new_ps)
        if record.nameID == 3:
            renamed = renamed.replace(old_ps, new_ps)
        record.string = renamed
    if font["name"].getDebugName(1) != new:
        family = font["name"].getDebugName(1)
        raise SystemExit(f"renaming {old!r} did not take: family is {family!r}")


def merge_subsets(parts: list[TTFont]) -> TTFont:
    """Merge Fontsource's per-script subsets of one font back into one font.

    fontTools renames glyphs present in several parts (space, nbsp, .notdef) to
    "space.1" and so on, and the last part's copy wins the cmap. The cmap is pointed
    back at the first (Arabic) part's glyphs, whose Nastaliq lookups expect them, and
    the unreachable duplicates are then dropped.
    """
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for index, part in enumerate(parts):
            path = Path(tmp) / f"part{index}.ttf"
            part.save(path)
            paths.append(str(path))
        # STAT describes a variable-font axis the static instances no longer have,
        # and the merger cannot combine it.
        merged = Merger(options=MergeOptions(drop_tables=["STAT"])).merge(paths)
    # Glyphs no part had under that name are the merger's renamed copies.
    original = set().union(*(part.getGlyphOrder() for part in parts))
    duplicates = set(merged.getGlyphOrder()) - original
    for table in merged["cmap"].tables:
        table.cmap = {code: name.rsplit(".", 1)[0] if name in duplicates else name
                      for code, name in table.cmap.items()}
    keep = [name for name in merged.getGlyphOrder() if name not in duplicates]
    options = SubsetOptions()
    options.glyph_names = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.layout_features = ["*"]
    options.layout_scripts = ["*"]
    options.notdef_glyph = True
    options.notdef_outline = True
    options.recalc_bounds = True
    options.hinting = True
    options.legacy_kern = True
    options.symbol_cmap = True
    options.prune_unicode_ranges = False
    options.drop_tables = []
    # Every glyph to keep is listed explicitly; closure would only pull the duplicates
    # back in through the Latin part's lookups that mention them.
    options.layout_closure = False
    subsetter = Subsetter(options=options)
    subsetter.populate(glyphs=keep, unicodes=merged.getBestCmap().keys())
    subsetter.subset(merged)
    return merged


def shaped(font: TTFont, text: str) -> list[tuple[str, int, int, int, int]]:
    """HarfBuzz's shaping of text as (glyph name, cluster, advance, x offset, y offset)."""
    import uharfbuzz as hb

    buffer = io.BytesIO()
    font.save(buffer)
    hb_font = hb.Font(hb.Face(hb.Blob(buffer.getvalue())))
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    if buf.script == "Arab":
        buf.language = "ur"
    hb.shape(hb_font, buf, {})
    names = font.getGlyphOrder()
    return [
        (names[info.codepoint], info.cluster, pos.x_advance, pos.x_offset, pos.y_offset)
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True)
    ]


def verify_same_shaping(built: TTFont, original: TTFont, samples: Iterable[str], what: str) -> None:
    for text in samples:
        # Latin glyphs that collided in the merge keep their ".1" copies' shapes, so
        # names are compared without that suffix.
        got = [(re.sub(r"\.\d+$", "", g), *rest) for g, *rest in shaped(built, text)]
        want = [(re.sub(r"\.\d+$", "", g), *rest) for g, *rest in shaped(original, text)]
        if got != want:
            raise SystemExit(f"{what}: merged font shapes {text!r} differently from the original")
        if any(name == ".notdef" for name, *_ in got):
            raise SystemExit(f"{what}: {text!r} has characters the font lacks")


def anchors(font: TTFont) -> Iterator[otTables.Anchor]:
    """Every anchor in the font's GPOS table, each once (subtables are shared)."""
    seen: set[int] = set()

    def walk(node: object) -> Iterator[otTables.Anchor]:
        if id(node) in seen:
            return
        seen.add(id(node))
        if isinstance(node, otTables.Anchor):
            yield node
        elif isinstance(node, list):
            for item in node:
                yield from walk(item)
        elif isinstance(node, otTables.BaseTable):
            for value in vars(node).values():
                yield from walk(value)

    yield from walk(font["GPOS"].table)


def anchor_formats(font: TTFont) -> set[int]:
    """Every GPOS anchor format the font uses (2 is the one Qt gets wrong)."""
    return {anchor.Format for anchor in anchors(font)}


def build_nastaliq(package: Path) -> TTFont:
    meta = json.loads((package / "package.json").read_text())
    if meta["version"] != FONTSOURCE_VERSION:
        raise SystemExit(
            f"expected {FONTSOURCE_PACKAGE} {FONTSOURCE_VERSION}, got {meta['version']}")
    files = package / "files"
    arabic = load_woff(files / "noto-nastaliq-urdu-arabic-400-normal.woff")
    latin = load_woff(files / "noto-nastaliq-urdu-latin-400-normal.woff")
    version = arabic["name"].getDebugName(5)
    if version != NASTALIQ_VERSION:
        raise SystemExit(f"expected Noto Nastaliq Urdu {NASTALIQ_VERSION}, got {version}")
    merged = merge_subsets([arabic, latin])
    # The merger stamps "now", and every save would too; the original dates make
    # rebuilds byte-identical.
    merged.recalcTimestamp = False
    merged["head"].created = arabic["head"].created
    merged["head"].modified = arabic["head"].modified
    verify_same_shaping(merged, arabic, URDU_SAMPLES, "Urdu")
    verify_same_shaping(merged, latin, LATIN_SAMPLES, "Latin")
    if anchor_formats(merged) != {1}:
        raise SystemExit(f"unexpected GPOS anchor formats {anchor_formats(merged)}")
    rename_family(merged, "Noto Nastaliq Urdu", NASTALIQ_FAMILY)
    return merged


def build_sans(debian: Path) -> dict[str, TTFont]:
    fonts = {}
    for style in SANS_FILES:
        font = TTFont(debian / f"NotoSans-{style}.ttf", recalcTimestamp=False)
        version = font["name"].getDebugName(5) or ""
        if not version.startswith(f"Version {NOTO_SANS_VERSION}"):
            raise SystemExit(f"expected Noto Sans {NOTO_SANS_VERSION} from {DEBIAN_PACKAGE} "
                             f"{DEBIAN_VERSION}, got {version!r}")
        rename_family(font, "Noto Sans", SANS_FAMILY)
        fonts[style] = font
    return fonts


def latin_part(debian: Path, style: str) -> TTFont:
    """Noto Sans cut down to NASKH_LATIN, to merge into Noto Naskh Arabic."""
    font = TTFont(debian / f"NotoSans-{style}.ttf", recalcTimestamp=False)
    options = SubsetOptions()
    options.glyph_names = True
    options.layout_features = ["*"]
    options.notdef_outline = True
    options.hinting = True
    options.name_IDs = ["*"]
    subsetter = Subsetter(options=options)
    subsetter.populate(unicodes=[ord(char) for char in NASKH_LATIN])
    subsetter.subset(font)
    return font


def build_naskh(debian: Path) -> dict[str, TTFont]:
    """Noto Naskh Arabic for Pashto and Sindhi (#18): Debian's, with Noto Sans's
    punctuation merged in, renamed. Unlike Debian's Nastaliq it uses no contour-point
    anchors, and Qt draws it as HarfBuzz does (tests/qt/test_shaping.py proves it for
    every bundled script)."""
    fonts = {}
    for style in NASKH_FILES:
        original = TTFont(debian / f"NotoNaskhArabic-{style}.ttf", recalcTimestamp=False)
        version = original["name"].getDebugName(5) or ""
        if not version.removeprefix("Version ").startswith(NASKH_VERSION):
            raise SystemExit(f"expected Noto Naskh Arabic {NASKH_VERSION} from "
                             f"{DEBIAN_PACKAGE} {DEBIAN_VERSION}, got {version!r}")
        if anchor_formats(original) - {1}:
            raise SystemExit(f"unexpected GPOS anchor formats {anchor_formats(original)}")
        latin = latin_part(debian, style)
        font = merge_subsets([TTFont(debian / f"NotoNaskhArabic-{style}.ttf",
                                     recalcTimestamp=False), latin])
        font.recalcTimestamp = False
        font["head"].created = original["head"].created
        font["head"].modified = original["head"].modified
        verify_same_shaping(font, original, NASKH_SAMPLES, f"Naskh {style}")
        # Where both have a glyph (digits, full stop, comma) Naskh's own is kept, drawn to
        # sit with its letters; what was added must be drawn as Noto Sans draws it.
        added = "".join(char for char in NASKH_LATIN
                        if ord(char) not in original.getBestCmap() and char.strip())
        verify_same_shaping(font, latin, [added], f"Naskh {style} (Latin)")
        if anchor_formats(font) - {1}:
            raise SystemExit(f"unexpected GPOS anchor formats {anchor_formats(font)}")
        rename_family(font, "Noto Naskh Arabic", NASKH_FAMILY)
        fonts[style] = font
    return fonts


def licence_texts(package: Path, sans: TTFont, naskh: TTFont) -> dict[str, str]:
    nastaliq = (package / "LICENSE").read_text()
    # The OFL body is identical for every Noto font; only the copyright line differs.
    body = nastaliq[nastaliq.index("This Font Software is licensed"):]
    copyright_line = sans["name"].getDebugName(0)
    return {
        "OFL-NotoNastaliqUrdu.txt": nastaliq,
        "OFL-NotoSans.txt": f"{copyright_line} (https://github.com/notofonts/latin-greek-cyrillic)\n\n"
                            + body,
        "OFL-NotoNaskhArabic.txt": f"{naskh['name'].getDebugName(0)} "
                                   "(https://github.com/notofonts/arabic)\n\n" + body,
    }


def to_bytes(font: TTFont) -> bytes:
    buffer = io.BytesIO()
    # Saving must not stamp the time, or --check could never match the committed files.
    font.recalcTimestamp = False
    font.save(buffer, reorderTables=True)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fontsource", type=Path,
                        help=f"an unpacked {FONTSOURCE_PACKAGE} package (default: npm pack it)")
    parser.add_argument("--debian", type=Path, default=DEBIAN_NOTO,
                        help=f"where {DEBIAN_PACKAGE} installed its TTFs")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true",
                        help="rebuild and report whether the committed files match")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        package = args.fontsource or fetch_fontsource(Path(tmp))
        sans = build_sans(args.debian)
        outputs = {NASTALIQ_FILE: to_bytes(build_nastaliq(package))}
        outputs |= {SANS_FILES[style]: to_bytes(font) for style, font in sans.items()}
        naskh = build_naskh(args.debian)
        outputs |= {NASKH_FILES[style]: to_bytes(font) for style, font in naskh.items()}
        licences = licence_texts(package, sans["Regular"], naskh["Regular"])
        outputs |= {name: text.encode() for name, text in licences.items()}

    stale = []
    for name, data in outputs.items():
        target = args.out / name
        digest = hashlib.sha256(data).hexdigest()[:16]
        if args.check:
            if not target.is_file() or target.read_bytes() != data:
                stale.append(name)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        log(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target} "
            f"({len(data) // 1024} KB, sha256 {digest})")
    if stale:
        log("out of date: " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
