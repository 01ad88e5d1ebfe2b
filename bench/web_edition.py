"""Web edition benchmarks (issue #17).

    python bench/web_edition.py [--runs 5] [--write docs/performance.md]

1. ``kiosk-pack export-html`` of the default pack, a new process each run as staff run it
   (goal: under 5 s), beside ``kiosk-pack review-sheet`` of the same pack in the same
   runs (the baseline: the same pages rendered into one HTML file with the whole font).
2. What a phone downloads to read each topic page: the page, its style sheet, its pictures
   and the fonts it uses, as a web server sends them (text gzip-compressed, WOFF2 as it
   is); goal: under 150 kB.
3. The QR code in the row under the page: drawing it once, and each later paint.
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urldefrag

from perfdoc import measured_with, write_block  # beside this script

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PACK = ROOT / "assets" / "packs" / "default"
KIOSK_PACK = [sys.executable, "-m", "kiosk.packcli"]


def timed(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, cwd=ROOT,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return time.perf_counter() - started


def weights(edition: Path) -> dict[str, tuple[int, int]]:
    """Each topic page's (on the wire, uncompressed) bytes with what it loads."""
    from html.parser import HTMLParser

    class Links(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.found: set[str] = set()

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            for name, value in attrs:
                if name in ("src", "href") and value and tag != "use":
                    self.found.add(urldefrag(value)[0])

    out = {}
    for page in sorted(edition.glob("*/*.html")):
        links = Links()
        text = page.read_text(encoding="utf-8")
        links.feed(text)
        files = {page} | {(page.parent / link).resolve() for link in links.found
                          if link and not link.endswith((".html", ".ogg", ".mp3"))}
        urdu = 'lang="ur"' in text.split(">", 2)[1]
        files |= set(edition.glob("assets/nastaliq-*.woff2" if urdu else
                                  "assets/nastaliq-names-*.woff2"))
        wire = sum(len(gzip.compress(f.read_bytes())) if f.suffix in (".html", ".css", ".svg")
                   else f.stat().st_size for f in files)
        out[page.relative_to(edition).as_posix()] = (wire, sum(f.stat().st_size for f in files))
    return out


def qr_paint(runs: int) -> tuple[float, float, float]:
    """ms to draw a topic's code the first time, the same when it was prepared while a
    finger was on the tile, and the median later paint."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication

    from kiosk._qt.widgets.take_home import QrCode

    QApplication.instance() or QApplication([])
    code = QrCode()
    code.set_side(96)
    target = QPixmap(96, 96)
    code.set_address("https://clinic.example.pk/learn/en/immune-system.html")
    code.render(target)  # Qt's own first paint of anything, not the code's
    firsts = []
    for topic in ("inflammatory-bowel-disease", "multiple-sclerosis", "treatments",
                  "type-1-diabetes", "self-and-nonself"):
        code.set_address(f"https://clinic.example.pk/learn/ur/{topic}.html")
        started = time.perf_counter()
        code.render(target)
        firsts.append((time.perf_counter() - started) * 1000)
    first = statistics.median(firsts)
    prepared = []  # as the kiosk does it: encoded and drawn while a finger is on the tile
    for topic in ("treatments", "multiple-sclerosis", "sjogrens-syndrome", "immune-system",
                  "ask-your-doctor"):
        address = f"https://clinic.example.pk/learn/en/{topic}.html"
        code.prepare(address)
        code.set_address(address)
        started = time.perf_counter()
        code.render(target)
        prepared.append((time.perf_counter() - started) * 1000)
    later = []
    for _ in range(runs * 20):
        started = time.perf_counter()
        code.render(target)
        later.append((time.perf_counter() - started) * 1000)
    return first, statistics.median(prepared), statistics.median(later)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--write", type=Path, help="put the figures in this Markdown file")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kiosk-bench-web-"))
    export, sheet = [], []
    for run in range(args.runs):  # alternating, so a busy moment falls on both alike
        export.append(timed([*KIOSK_PACK, "export-html", str(PACK), "-o",
                             str(work / f"web{run}")]))
        sheet.append(timed([*KIOSK_PACK, "review-sheet", str(PACK), "-o",
                            str(work / f"sheet{run}.html")]))
    heavy = weights(work / "web0")
    first, prepared, later = qr_paint(args.runs)
    lines = ["| default pack, a new process each run | median | max | ratio | goal |",
             "|---|---|---|---|---|",
             f"| `kiosk-pack review-sheet` (baseline) | {statistics.median(sheet):.2f} s | "
             f"{max(sheet):.2f} s | 1.00x | |",
             f"| `kiosk-pack export-html` | **{statistics.median(export):.2f} s** | "
             f"{max(export):.2f} s | {statistics.median(export) / statistics.median(sheet):.2f}x"
             " | under 5 s |", ""]
    lines += ["| a topic page with its pictures, style sheet and fonts | on the wire | "
              "uncompressed | goal |", "|---|---|---|---|"]
    for language in ("en", "ur"):
        mine = {k: v for k, v in heavy.items() if k.startswith(language + "/")
                and not k.endswith("index.html")}
        name, (wire, raw) = max(mine.items(), key=lambda item: item[1][0])
        median_wire = statistics.median(w for w, _r in mine.values())
        lines.append(f"| heaviest {language.upper()} ({name}) | **{wire / 1024:.0f} kB** "
                     f"(median {median_wire / 1024:.0f} kB) | {raw / 1024:.0f} kB | "
                     "under 150 kB |")
    for name in ("en/index.html", "ur/index.html"):
        wire, raw = heavy[name]
        lines.append(f"| {name} (topic index) | {wire / 1024:.0f} kB | {raw / 1024:.0f} kB | |")
    lines += ["", "| QR code under the page (96 px, a 33-module code) | ms |", "|---|---|",
              f"| a topic's first paint (made and drawn into a kept picture), median | "
              f"{first:.2f} |",
              f"| the same, prepared while the finger was on the topic's tile (the kiosk) | "
              f"**{prepared:.2f}** |",
              f"| later paints, median | {later:.3f} |"]
    table = "\n".join(lines)
    print(table)
    if args.write:
        write_block(args.write, "web-edition",
                    measured_with(f"python bench/web_edition.py --runs {args.runs}"), table,
                    heading="Web edition and QR codes (#17)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
