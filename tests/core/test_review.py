"""A clinic checks its pack: a printable review sheet, sign-offs recorded in pack.toml, and
staff told plainly when a pack is unreviewed or overdue."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from kiosk.core import review
from kiosk.core.model import PictureReads, Signoff
from kiosk.core.packdir import load_pack
from kiosk.packcli import main as packcli
from tests.core.kpack_helpers import build, make_pack

TODAY = dt.date.today()


@pytest.fixture
def pack_dir(tmp_path: Path, default_pack_dir: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(default_pack_dir, target)
    return target


def test_the_default_pack_says_honestly_that_nobody_has_signed_it(default_pack_dir: Path,
                                                                   capsys) -> None:
    pack = load_pack(default_pack_dir)
    assert pack.review.signoffs == ()
    said = [str(n) for n in review.notices(pack.review, TODAY)]
    assert said[0].startswith("No clinician has signed off") and "awaiting clinician review" \
        in said[0]
    assert any("medical translator" in n for n in said)
    assert packcli(["validate", str(default_pack_dir), "--no-text-fit"]) == 0
    out = capsys.readouterr().out
    assert "no problems found" in out and "note: No clinician has signed off" in out


def test_a_clinician_and_a_translator_sign_it_off(pack_dir: Path, capsys) -> None:
    toml = pack_dir / "pack.toml"
    comment = "# a comment staff wrote\n"
    toml.write_text(comment + toml.read_text(encoding="utf-8"), encoding="utf-8")
    on = TODAY - dt.timedelta(days=3)
    assert packcli(["review", str(pack_dir), "--by", "Dr  Ayesha Khan", "--role", "clinician",
                    "--date", on.isoformat()]) == 0
    assert "next review due " + (on + dt.timedelta(days=183)).isoformat() in \
        capsys.readouterr().out
    before = dt.date.today()  # no --date: signed today, whichever day that is by then
    assert packcli(["review", str(pack_dir), "--by", "Bilal Ahmed", "--role",
                    "translator"]) == 0
    signed = load_pack(pack_dir).review.latest("translator")
    assert signed is not None and signed.on in (before, dt.date.today())
    assert toml.read_text(encoding="utf-8").startswith(comment)  # the file kept as written
    pack = load_pack(pack_dir)
    assert pack.review.latest("clinician") == Signoff("Dr Ayesha Khan", "clinician", on)
    assert pack.review.reviewed_by == "Dr Ayesha Khan" and pack.review.reviewed_on == on
    assert pack.review.urdu_reviewed_by == "Bilal Ahmed"
    assert review.notices(pack.review, TODAY) == []
    assert [str(s) for s in review.summary(pack.review)] == [
        f"Checked by Dr Ayesha Khan (clinician) on {on.isoformat()}.",
        f"Checked by Bilal Ahmed (medical translator) on {signed.on.isoformat()}."]
    # Overdue later on: said, not refused.
    late = pack.review.next_review + dt.timedelta(days=1)
    assert any("was due on" in str(n) for n in review.notices(pack.review, late))


@pytest.mark.parametrize(("args", "why"), [
    (["--by", " ", "--role", "clinician"], "give the name"),
    (["--by", "Dr X", "--role", "clinician", "--date", "2999-01-01"], "in the future"),
    (["--by", "Dr X", "--role", "clinician", "--next", "2999-01-01"], "within a year"),
    # A clock that came up in 2000 (a flat CMOS battery): before the review recorded
    # (2026-11-24), it would have made the pack overdue since 2000.
    (["--by", "Dr X", "--role", "clinician", "--date", "2000-01-01"],
     "before the clinician's review already recorded, on 2026-11-24"),
])
def test_a_sign_off_that_makes_no_sense_is_refused(pack_dir: Path, capsys, args: list[str],
                                                   why: str) -> None:
    before = (pack_dir / "pack.toml").read_bytes()
    assert packcli(["review", str(pack_dir), *args]) == 1
    assert why in capsys.readouterr().err
    assert (pack_dir / "pack.toml").read_bytes() == before


def test_a_translator_s_sign_off_before_their_last_is_refused(pack_dir: Path,
                                                             capsys) -> None:
    assert packcli(["review", str(pack_dir), "--by", "Bilal Ahmed", "--role", "translator",
                    "--date", "2026-12-01"]) == 0
    before = (pack_dir / "pack.toml").read_bytes()
    assert packcli(["review", str(pack_dir), "--by", "Bilal Ahmed", "--role", "translator",
                    "--date", "2000-01-01"]) == 1
    assert "set its clock" in capsys.readouterr().err
    assert (pack_dir / "pack.toml").read_bytes() == before


def test_a_review_dated_after_today_is_a_problem(pack_dir: Path, tmp_path: Path,
                                                capsys) -> None:
    """Signed on a computer whose clock ran years ahead, a review read "Checked on
    2045-06-01" to patients and kept the pack from ever being overdue; validate and
    build took it without a word."""
    toml = pack_dir / "pack.toml"
    text = toml.read_text(encoding="utf-8").replace(
        'reviewed_by = "Draft written from the content brief; awaiting clinician review"\n'
        "reviewed_on = 2026-11-24\nnext_review = 2027-05-24",
        'reviewed_by = "Dr X"\nreviewed_on = 2045-06-01\nnext_review = 2045-12-01')
    toml.write_text(text + '\n[[review.signoffs]]\nby = "Dr X"\nrole = "clinician"\n'
                           "on = 2045-06-01\n", encoding="utf-8")
    assert load_pack(pack_dir).review.latest("clinician") is not None  # read as written
    assert packcli(["validate", str(pack_dir), "--no-text-fit", "--no-drawing-time"]) == 1
    said = capsys.readouterr()
    assert (said.out + said.err).count("Dr X's review is dated 2045-06-01, after today") == 1
    assert packcli(["build", str(pack_dir), "-o", str(tmp_path / "p.kpack")]) != 0
    assert not (tmp_path / "p.kpack").exists()
    # The right date can still be recorded beside it (the wrong one is for a hand to
    # correct in pack.toml, as validate says).
    assert packcli(["review", str(pack_dir), "--by", "Dr Y", "--role", "clinician"]) == 0


def test_a_review_dated_tomorrow_is_not_a_problem(pack_dir: Path, capsys) -> None:
    """Signed at 02:00 in Pakistan and built at once where the clock keeps UTC: there it
    is still yesterday."""
    toml = pack_dir / "pack.toml"
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        "reviewed_on = 2026-11-24", f"reviewed_on = {tomorrow}"), encoding="utf-8")
    assert load_pack(pack_dir).review.reviewed_on.isoformat() == tomorrow
    packcli(["validate", str(pack_dir), "--no-text-fit", "--no-drawing-time"])
    said = capsys.readouterr()
    assert "review is dated" not in said.out + said.err


def test_the_review_sheet_has_every_page_in_both_languages(pack_dir: Path, tmp_path: Path,
                                                           capsys) -> None:
    out = tmp_path / "sheet.html"
    assert packcli(["review-sheet", str(pack_dir), "-o", str(out)]) == 0
    sheet = out.read_text(encoding="utf-8")
    pack = load_pack(pack_dir)
    for page in pack.pages():
        assert page.key in sheet
        for language in ("en", "ur"):
            assert page.title.get(language).replace("'", "&#x27;") in sheet
        for key in page.sources:
            assert f"<b>{key}</b>" in sheet
    assert sheet.count('<section class="page">') == len(pack.pages())
    assert sheet.count("<svg") >= len(pack.pages())  # the pictures are inside it
    assert sheet.count('class="signoff"') == len(pack.pages())
    assert "font/ttf;base64," in sheet  # the Urdu font travels with it
    assert "✔" in sheet  # the quiz's right answers are marked
    assert "awaiting clinician review" in sheet
    assert 'dir="rtl"' in sheet and "<script" not in sheet
    # The picture is printed once, as drawn: the sheet says which pages show it mirrored.
    across = [page for page in pack.pages() if page.picture_reads is PictureReads.ACROSS]
    assert across and sheet.count("The picture reads across") == len(across)


def test_a_built_kpack_gets_a_review_sheet_too(tmp_path: Path) -> None:
    built = build(make_pack(tmp_path / "src"), tmp_path / "p.kpack")
    out = tmp_path / "sheet.html"
    assert packcli(["review-sheet", str(built), "-o", str(out)]) == 0
    assert "first-topic/first-page" in out.read_text(encoding="utf-8")
