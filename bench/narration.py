"""Narration benchmarks: ratios against a baseline measured in the same run.

    python bench/narration.py [--taps 40] [--plays 1000] [--write docs/performance.md]

Sound goes to a private PulseAudio server with a null sink (tests/qt/sound_server.py), so
Qt's real audio sink runs on a machine without a sound card; needs ``pulseaudio``.

1. Tap on Listen to the first samples handed to the speaker, on every page of the default
   pack in both languages: median and p95; goal median <= 150 ms. The baseline is Qt's
   audio sink started on samples already in memory (what no decoding at all would cost).
2. Resident memory over 1,000 plays (Listen, the first samples, then the next page's
   Listen): the growth after a warm-up of 100; goal < 1 MiB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
from pathlib import Path

from perfdoc import percentile, write_block  # beside this script

ROOT = Path(__file__).resolve().parent.parent

RUN = r'''
import json, os, sys, tempfile, time
sys.path.insert(0, ".")
from tests.qt import sound_server
assert sound_server.start(), "needs PulseAudio (apt install pulseaudio)"
from PySide6.QtCore import QByteArray, QBuffer, QEventLoop, QIODevice, Qt, QTimer
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices
from tests.qt import finger
from kiosk._qt.app import build
from kiosk._qt.voice.narrator import Narrator
from kiosk._qt.voice.output import Speaker

def rss_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0

mode, count = sys.argv[1], int(sys.argv[2])
k = build(data_dir=tempfile.mkdtemp(prefix="kiosk-bench-"),
          narrator=Narrator(Speaker(), None, 0.7))
w = k.window
w.resize(1920, 1080)
w.show()
w.viewer.animated = False
k.app.processEvents()
narrator = w.narrator
pages = [(lang, t.id, i) for lang in ("en", "ur") for t in k.session.pack.topics
         for i in range(len(t.pages))]

def wait_for(signal):
    loop = QEventLoop()
    signal.connect(loop.quit)
    guard = QTimer(singleShot=True, interval=10000)
    guard.timeout.connect(loop.quit)
    guard.start()
    loop.exec()
    signal.disconnect(loop.quit)

def show(lang, topic, index):
    if k.session.language != lang:
        w.start_visit(lang)
    w.open_topic(topic)
    for _ in range(index):
        w.viewer.go_next()
    k.app.processEvents()

if mode == "tap":
    taps, base = [], []
    fmt = QAudioFormat(); fmt.setSampleRate(24000); fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    silence = QByteArray(bytes(24000 * 2))
    for lang, topic, index in pages[:count]:
        show(lang, topic, index)
        first = []
        narrator.started.connect(lambda: first.append(time.perf_counter()))
        start = time.perf_counter()
        finger.tap(w.viewer.aloud.speaker)
        if not first:
            wait_for(narrator.started)
        taps.append((first[0] - start) * 1000)
        narrator.started.disconnect()
        narrator.stop()
        # The floor: a sink started on samples already decoded, in memory.
        buffer = QBuffer(); buffer.setData(silence); buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        sink = QAudioSink(QMediaDevices.defaultAudioOutput(), fmt)
        start = time.perf_counter()
        sink.start(buffer)
        while buffer.pos() == 0 and time.perf_counter() - start < 10:
            k.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
        base.append((time.perf_counter() - start) * 1000)
        sink.stop(); sink.deleteLater(); k.app.processEvents()
    print(json.dumps({"taps": taps, "base": base}), flush=True)
else:
    # Inside the event loop, as in the kiosk: what is deleted later is deleted.
    sizes = []
    state = {"n": 0}

    def step():
        n = state["n"]
        if n == count:
            k.app.exit(0)  # quit() would ask the kiosk window, which refuses to close
            return
        lang, topic, index = pages[n % len(pages)]
        if n % len(pages) == 0 or index == 0:
            show(lang, topic, index)
        else:
            w.viewer.go_next()
        narrator.started.connect(next_play)
        narrator.play(w.viewer.aloud.screen_clips())
        guard.start()  # a play that never starts is counted, not waited for forever

    def next_play(stalled=False):
        guard.stop()
        if stalled:
            state["stalled"] = state.get("stalled", 0) + 1
        narrator.started.disconnect(next_play)
        narrator.stop()
        n = state["n"]
        if n in (99, count - 1):
            sizes.append(rss_kb())
        state["n"] = n + 1
        QTimer.singleShot(0, step)

    guard = QTimer(singleShot=True, interval=10000)
    guard.timeout.connect(lambda: next_play(stalled=True))
    QTimer.singleShot(0, step)
    k.app.exec()
    print(json.dumps({"rss_kb": sizes, "stalled": state.get("stalled", 0)}), flush=True)
# Qt's audio threads can hold the interpreter's exit; the figures are out.
sound_server.stop_now()
os._exit(0)
'''


def run(mode: str, count: int) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", RUN, mode, str(count)], env=env, check=True,
                         cwd=ROOT, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--taps", type=int, default=92, help="pages tapped (92: all, twice)")
    parser.add_argument("--plays", type=int, default=1000)
    parser.add_argument("--write", type=Path, help="update this Markdown file's figures")
    args = parser.parse_args()
    tap = run("tap", args.taps)
    taps, base = tap["taps"], tap["base"]
    played = run("memory", args.plays)
    memory = played["rss_kb"]
    growth = (memory[1] - memory[0]) / 1024
    median, baseline = statistics.median(taps), statistics.median(base)
    rows = [
        "| measure | kiosk | baseline | ratio | goal |",
        "|---|---|---|---|---|",
        f"| tap on Listen to first samples to the speaker, median (n={len(taps)}) | "
        f"{median:.1f} ms | {baseline:.1f} ms | {median / baseline:.2f}× | ≤ 150 ms |",
        f"| same, p95 | {percentile(taps, 95):.1f} ms | {percentile(base, 95):.1f} ms | | |",
        f"| memory growth over {args.plays} plays, after 100 to warm up | "
        f"{growth:+.2f} MiB ({memory[0] / 1024:.0f} → {memory[1] / 1024:.0f} MiB) | | | "
        f"< 1 MiB |",
        f"| plays that never started (10 s) | {played['stalled']} of {args.plays} | | | 0 |",
    ]
    table = "\n".join(rows)
    print(table)
    if args.write:
        header = (f"Measured {dt.date.today().isoformat()} on {platform.machine()}, "
                  f"Python {platform.python_version()}, {os.cpu_count()} cores, sound to a "
                  f"PulseAudio null sink (`python bench/narration.py`). Baseline: Qt's audio "
                  f"sink started on samples already in memory.")
        write_block(args.write, "narration", header, table, heading="Narration")
    ok = median <= 150 and growth < 1.0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
