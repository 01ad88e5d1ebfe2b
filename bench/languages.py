"""Does the kiosk's start grow with the languages a pack carries? (#18)

    python bench/languages.py [--runs 9] [--write docs/performance.md]

Each run is a fresh process that builds the whole kiosk (``begin`` + ``finish``: the
attract screen, then the pack read and every screen made) and paints the welcome screen
with the pack's language buttons, off screen. Timed from the start of ``begin`` to that
paint, the median of ``--runs`` runs, for the same default pack cut to one language
(English), two (English and Urdu), three (the default pack: English, Urdu, Pashto) and
five (Sindhi and Punjabi added, their words copied from the Pashto and Urdu so every
page is there). Runs alternate between the packs, so a busy machine slows them alike.

The Naskh font (Pashto, Sindhi) is registered the first time a screen asks for it, so a
pack without those languages does not pay for it; with them, the welcome screen's
Pashto button asks for it. Goal: five languages cost no more than 10% over two.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from perfdoc import write_block  # beside this script

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

RUN = r'''
import sys, tempfile, time, json
from pathlib import Path
start = time.perf_counter()
from kiosk._qt.app import begin, finish
k = begin(Path(tempfile.mkdtemp(prefix="kiosk-bench-")))
finish(k, Path(sys.argv[1]))
w = k.window
w.resize(1920, 1080)
w.show()
k.app.processEvents()
w.attract.repaint()  # the welcome screen with every language's button, painted
done = time.perf_counter()
assert list(w.attract.buttons) == sys.argv[2].split(","), list(w.attract.buttons)
print(json.dumps({"ms": (done - start) * 1000}))
'''


def cut(source: Path, out: Path, keep: list[str]) -> Path:
    """The default pack with only ``keep`` of its languages (English and Urdu always in
    its files; a language it lacks is made from one it has)."""
    shutil.copytree(source, out)
    made = {"sd": "ps", "pnb": "ur"}  # the words each added language borrows
    manifest = out / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    text = re.sub(r'^languages = \[.*?\]', f"languages = {json.dumps(keep)}", text, count=1,
                  flags=re.M)
    text = re.sub(r"^\[language\.ps\]\n(.*\n)*?\n", "", text, count=1, flags=re.M)
    manifest.write_text(text, encoding="utf-8")
    for path in [manifest, *out.glob("topics/*/*.toml")]:
        if path.name.endswith(".timings.toml"):
            continue
        lines = []
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.match(r"^(\w+) = ", line)
            if match and match.group(1) in ("en", "ur", "ps") and match.group(1) not in keep:
                continue
            for code, donor in made.items():
                if code in keep and line.startswith(f"{donor} = "):
                    lines.append(line)
                    line = f"{code} = " + line.split(" = ", 1)[1]
            lines.append(line)
        inline = []
        for line in lines:
            if "{" in line:  # an inline table of words: { en = "...", ur = "..." }
                for code in ("en", "ur", "ps"):
                    if code not in keep:
                        line = re.sub(rf', {code} = "[^"]*"', "", line)
                        line = re.sub(rf'{code} = "[^"]*", ', "", line)
                for code, donor in made.items():
                    if code in keep:
                        line = re.sub(rf'(\b{donor} = ("[^"]*"))', rf"\1, {code} = \2", line)
            inline.append(line)
        joined = "\n".join(inline) + "\n"
        topic_languages = re.search(r'^languages = (\[.*\])$', joined, flags=re.M)
        if topic_languages and path.name == "topic.toml":
            listed = [c for c in json.loads(topic_languages.group(1)) if c in keep]
            listed += [c for c, donor in made.items() if c in keep and donor in listed]
            joined = joined.replace(topic_languages.group(0),
                                    f"languages = {json.dumps(listed or keep[:1])}")
        path.write_text(joined, encoding="utf-8")
    for page in out.glob("topics/*/*.md"):
        code = page.name.split(".")[-2]
        if code not in keep:
            page.unlink()
    for code, donor in made.items():
        if code in keep:
            for page in out.glob(f"topics/*/*.{donor}.md"):
                shutil.copy(page, page.with_name(page.name.replace(f".{donor}.", f".{code}.")))
    for sound in out.glob("topics/*/*.*.*"):
        # PAGE.xx.ogg and PAGE.xx.timings.toml of a language taken out
        parts = sound.name.split(".")
        code = parts[-3] if sound.name.endswith(".timings.toml") else parts[-2]
        if sound.suffix in (".ogg", ".toml") and code in ("en", "ur") and code not in keep:
            sound.unlink()
    return out


PACKS = (("1 language (English)", ["en"]), ("2 languages (English, Urdu)", ["en", "ur"]),
         ("3 languages (the default pack)", ["en", "ur", "ps"]),
         ("5 languages (+ Sindhi, Punjabi)", ["en", "ur", "ps", "sd", "pnb"]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    source = ROOT / "assets" / "packs" / "default"
    with tempfile.TemporaryDirectory() as tmp:
        packs = [(name, cut(source, Path(tmp) / str(index), keep), keep)
                 for index, (name, keep) in enumerate(PACKS)]
        times: dict[str, list[float]] = {name: [] for name, _path, _keep in packs}
        for _ in range(args.runs):
            for name, path, keep in packs:
                out = subprocess.run([sys.executable, "-c", RUN, str(path), ",".join(keep)],
                                     env=ENV, cwd=ROOT, check=True, capture_output=True,
                                     text=True).stdout
                times[name].append(json.loads(out.strip().splitlines()[-1])["ms"])
    two = statistics.median(times[PACKS[1][0]])
    rows = ["| pack | start to the welcome screen with its buttons, median | against two "
            "languages |", "|---|---|---|"]
    for name, measured in times.items():
        median = statistics.median(measured)
        rows.append(f"| {name} | {median:.0f} ms (n={len(measured)}) | {median / two:.2f}x |")
    text = "\n".join(rows)
    print(text)
    if args.write:
        import datetime as dt
        import platform

        header = (f"Measured {dt.date.today().isoformat()} with `python bench/languages.py "
                  f"--runs {args.runs}` on {platform.machine()} ({os.cpu_count()} cores), "
                  "offscreen. Goal: five languages within 10% of two.")
        write_block(args.write, "languages", header, text,
                    heading="Languages: the start with more of them (#18)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
