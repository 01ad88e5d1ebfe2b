"""Usage statistics from a shell, and the clinic group's summaries of every kiosk."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from kiosk.cli import main as kiosk
from kiosk.core.model import Pack
from kiosk.core.packdir import load_pack
from kiosk.core.paths import DataDir
from kiosk.core.settings import Settings
from kiosk.core.usage import fleet
from kiosk.core.usage.counting import Counting
from kiosk.core.usage.events import Event, Kind
from kiosk.packcli import main as kiosk_pack
from tests.core.kpack_helpers import make_pack

TODAY = dt.date.today()
NOON = dt.datetime.combine(TODAY, dt.time(12)).timestamp()


def counted(data: DataDir, settings: Settings, pack: Pack | None = None) -> Counting:
    counting = Counting(data, lambda: settings, lambda: pack, lambda _event: None)
    recorder = counting.start()
    for n, at in enumerate((NOON - 40 * 86400, NOON - 3 * 86400, NOON), start=1):
        for event in (Event(n, at, Kind.VISIT, language="ur"),
                      Event(n, at + 1, Kind.PAGE, "t/p", "ur", 20, 100),
                      Event(n, at + 30, Kind.END, "t/p", "", 30)):
            recorder.add(event)
    assert recorder.flush(60)
    return counting


def test_kiosk_stats_export_writes_the_days_asked_for(tmp_path: Path, capsys) -> None:
    data = DataDir(tmp_path / "data").create()
    Settings(kiosk_name="OPD 2").save(data.settings_file)
    counted(data, Settings(kiosk_name="OPD 2")).stop()
    out = tmp_path / "use.csv"
    first = (TODAY - dt.timedelta(days=7)).isoformat()
    assert kiosk(["stats", "export", "--data-dir", str(data.root), "-o", str(out),
                  "--from", first, "--to", TODAY.isoformat()]) == 0
    assert "6 events" in capsys.readouterr().out
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert len(rows) == 6 and {r["kiosk"] for r in rows} == {"OPD 2"}
    # By default a year back from today: the visit 40 days ago too.
    assert kiosk(["stats", "export", "--data-dir", str(data.root), "-o", str(out)]) == 0
    assert len(list(csv.DictReader(out.open(encoding="utf-8-sig")))) == 9


def test_kiosk_stats_export_says_what_is_wrong(tmp_path: Path, capsys) -> None:
    data = DataDir(tmp_path / "data").create()
    out = tmp_path / "use.csv"
    assert kiosk(["stats", "export", "--data-dir", str(data.root), "-o", str(out)]) == 1
    assert "Nothing was counted" in capsys.readouterr().err
    assert kiosk(["stats", "export", "--data-dir", str(data.root), "-o", str(out),
                  "--from", "2026-12-31", "--to", "2026-01-01"]) == 2
    assert kiosk(["stats", "export", "-o", str(out), "--from", "yesterday"]) == 2
    assert not out.exists()


def test_a_summary_holds_figures_and_health_never_events(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data").create()
    (data.logs / "kiosk.log").write_text(
        "2026-12-01 09:00:00,001 INFO    kiosk.app: started\n"
        "2026-12-01 09:05:00,002 ERROR   kiosk.pack: the installed pack at "
        "/home/amina/kiosk/packs/v3 cannot be shown\n"
        "2026-12-01 09:06:00,003 INFO    kiosk.ui: visit started in ur\n", encoding="utf-8")
    shared = tmp_path / "shared"
    shared.mkdir()
    pack = load_pack(make_pack(tmp_path / "pack", 4))
    settings = Settings(kiosk_name="Lahore OPD 2", summary_folder=str(shared))
    counting = counted(data, settings, pack)
    written = counting.write_summary()
    counting.stop()
    assert written == shared / "Lahore-OPD-2.json"
    summary = json.loads(written.read_text(encoding="utf-8"))
    assert summary["kiosk"] == "Lahore OPD 2" and summary["pack"]["version"] == 4
    assert summary["last_7_days"]["visits"] == 2 and summary["last_30_days"]["visits"] == 2
    assert summary["last_7_days"]["page_views"] == 2
    assert summary["last_error"]["message"].endswith("the installed pack at <path> cannot be "
                                                     "shown")
    assert "amina" not in written.read_text(encoding="utf-8")  # no user's name from a path
    assert summary["free_disk_mb"] > 0
    assert "t/p" not in written.read_text(encoding="utf-8")  # totals only, no pages


def test_no_summary_without_a_name_or_a_folder(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data").create()
    for settings in (Settings(kiosk_name="A"), Settings(summary_folder=str(tmp_path))):
        counting = Counting(data, lambda s=settings: s, lambda: None, lambda _e: None)
        assert counting.write_summary() is None
    assert not list(tmp_path.glob("*.json"))


def test_the_fleet_report_flags_the_silent_and_the_unreadable(tmp_path: Path,
                                                              capsys) -> None:
    now = dt.datetime.now().astimezone()
    for name, age in (("OPD 1", dt.timedelta(hours=3)), ("OPD 2", dt.timedelta(days=3))):
        content = fleet.summary(name, ("pk.test", 3), tmp_path, tmp_path / "none.log",
                                None, None, now=now - age)
        fleet.write_summary(tmp_path, content)
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    out = tmp_path / "report.csv"
    assert kiosk_pack(["fleet-report", str(tmp_path), "--csv", str(out)]) == 0
    printed = capsys.readouterr().out
    lines = {line.split()[0] + " " + line.split()[1]: line for line in printed.splitlines()
             if line.startswith("OPD")}
    assert " ok " in lines["OPD 1"] and "SILENT" in lines["OPD 2"]
    assert "2 of 3 kiosks silent" in printed and "broken" in printed
    rows = {r["kiosk"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows["OPD 2"]["days_silent"] == "3" and rows["OPD 1"]["status"] == "ok"
    assert rows["broken"]["status"].startswith("unreadable")


def test_a_kiosk_whose_clock_runs_ahead_still_shows_as_silent(tmp_path: Path) -> None:
    import os

    now = dt.datetime.now().astimezone()
    content = fleet.summary("OPD 3", None, tmp_path, tmp_path / "none.log", None, None,
                            now=now + dt.timedelta(days=5))
    path = fleet.write_summary(tmp_path, content)
    three_days_ago = (now - dt.timedelta(days=3)).timestamp()
    os.utime(path, (three_days_ago, three_days_ago))  # when the share last saw it
    (row,) = fleet.read_rows(tmp_path, now)
    assert row.silent(now) and row.silent_days == 3


def test_an_empty_folder_is_said(tmp_path: Path, capsys) -> None:
    assert kiosk_pack(["fleet-report", str(tmp_path)]) == 1
    assert "No kiosk summaries" in capsys.readouterr().err


@pytest.mark.parametrize("name, file", [("Lahore OPD 2", "Lahore-OPD-2.json"),
                                        ("../../etc", "etc.json"), ("", "kiosk.json"),
                                        ("لاہور", "لاہور.json")])
def test_a_summary_file_is_named_for_any_folder(name: str, file: str) -> None:
    assert fleet.file_name(name) == file
