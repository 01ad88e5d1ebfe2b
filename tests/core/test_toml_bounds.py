"""Hostile TOML in a pack (#15): refused with a plain sentence and the file's name, quickly
and in little memory, never a traceback. Each of these took the kiosk down before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.core import tomltext
from kiosk.core.packdir import load_pack
from kiosk.core.problems import PackError
from kiosk.packcli import main

HOSTILE = {
    # RecursionError out of tomllib: a traceback on the staff screen.
    "nested arrays": "\nhostile = " + "[" * 20000 + "]" * 20000 + "\n",
    "nested inline tables": "\nhostile = " + "{a = " * 5000 + "1" + "}" * 5000 + "\n",
    # 27 s and 3.4 GB inside tomllib, before any check of ours could run.
    "a 30,000-part dotted key": "\nhostile" + ".a" * 30000 + " = 1\n",
    "a dotted key inside an inline table": "\nhostile = {" + "a." * 30000 + "a = 1}\n",
    "8,000 tables": "".join(f"\n[hostile{i}]\nx = 1\n" for i in range(8000)),
}


@pytest.fixture
def folder(tmp_path: Path, default_pack_dir: Path) -> Path:
    return Path(shutil.copytree(default_pack_dir, tmp_path / "pack"))


@pytest.mark.parametrize("file", ["pack.toml", "topics/immune-system/topic.toml"])
@pytest.mark.parametrize("shape", sorted(HOSTILE))
def test_refused_unread_with_the_files_name(folder: Path, file: str, shape: str) -> None:
    path = folder / file
    path.write_text(path.read_text(encoding="utf-8") + HOSTILE[shape], encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(folder)
    (problem,) = caught.value.problems
    assert problem.file == file
    assert "is shaped far beyond any pack's" in str(problem)


def test_validate_says_so_and_exits_1(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = folder / "pack.toml"
    path.write_text(path.read_text(encoding="utf-8") + HOSTILE["nested arrays"],
                    encoding="utf-8")
    assert main(["validate", "--no-text-fit", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "brackets are nested more than 16 deep" in err and "Traceback" not in err


def test_many_unknown_tables_are_counted_not_each_listed(folder: Path) -> None:
    # Under the table limit, each an unknown name: finding every one's line read the
    # file again for each (a minute for 8,000); now the first 30 are listed.
    path = folder / "topics" / "immune-system" / "topic.toml"
    path.write_text(path.read_text(encoding="utf-8") + "".join(
        f"\n[unknown{i}]\nx = 1\n" for i in range(1500)), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(folder)
    problems = [str(p) for p in caught.value.problems]
    assert problems[0].endswith("has 1500 problems; the first 30 are listed")
    assert len(problems) == 31 and "'unknown0' is not something a pack can have" in problems[1]


@pytest.mark.parametrize("text", [
    'a = "[[[[[[[[[[[[[[[[[[[[[[[[ in a string is only words"',
    "a = '''\n" + "{" * 40 + "\n'''",
    "# " + "[" * 40 + " in a comment\na = 1",
    'a = "' + "x." * 40 + '"',
    "[a.b]\nc.d = [1.5, 2.5, {e.f = 1979-05-27T07:32:00.999}]",
])
def test_brackets_and_dots_in_words_are_not_counted(text: str) -> None:
    tomltext.loads(text)


def test_recording_a_review_reads_no_hostile_pack_toml(folder: Path) -> None:
    import datetime as dt

    from kiosk.core import review

    path = folder / "pack.toml"
    path.write_text(path.read_text(encoding="utf-8") + HOSTILE["a 30,000-part dotted key"],
                    encoding="utf-8")
    with pytest.raises(review.SignoffError, match="more than 17 parts"):
        review.sign(folder, "Dr A. Khan", "clinician", dt.date.today())
