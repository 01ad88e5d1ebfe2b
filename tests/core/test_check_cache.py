"""validate's cache keeps what was measured between runs; it is only a cache: a damaged or
unusable one is said once and measured around, never trusted."""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

import pytest

from kiosk.core import checkcache
from kiosk.core.checkcache import CheckCache
from kiosk.core.phrases import translate, value_from_json, value_to_json
from kiosk.core.problems import Problem, problem_from_json, problem_to_json


def test_what_is_put_comes_back_in_the_next_run(tmp_path: Path) -> None:
    with CheckCache(tmp_path) as cache:
        cache.put("text-fit", {"a": [[0, "x"]], "b": []})
    with CheckCache(tmp_path) as cache:
        assert cache.get("text-fit", ["a", "b", "c"]) == {"a": [[0, "x"]], "b": []}
        assert cache.get("drawing-time", ["a"]) == {}  # filed by kind


def test_many_digests_at_once(tmp_path: Path) -> None:
    """More digests than SQLite takes parameters in one question."""
    results = {f"d{n}": n for n in range(1_200)}
    with CheckCache(tmp_path) as cache:
        cache.put("k", results)
        assert cache.get("k", list(results)) == results


@pytest.mark.parametrize("chosen", ["off", "OFF"])
def test_off_remembers_nothing(monkeypatch: pytest.MonkeyPatch, chosen: str) -> None:
    monkeypatch.setenv(checkcache.ENV_VAR, chosen)
    cache = CheckCache.default()
    assert not cache.remembers
    cache.put("k", {"a": 1})
    assert cache.get("k", ["a"]) == {}


def test_the_folder_comes_from_the_environment(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(checkcache.ENV_VAR, str(tmp_path / "c"))
    with CheckCache.default() as cache:
        cache.put("k", {"a": 1})
    assert (tmp_path / "c" / checkcache.FILE_NAME).is_file()


def test_a_damaged_cache_is_replaced_and_said(tmp_path: Path,
                                              caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / checkcache.FILE_NAME).write_bytes(b"not a database at all " * 400)
    with caplog.at_level(logging.WARNING), CheckCache(tmp_path) as cache:
        assert cache.remembers
        assert cache.get("k", ["a"]) == {}
        cache.put("k", {"a": 1})
        assert cache.get("k", ["a"]) == {"a": 1}
    assert "was damaged" in caplog.text and "starting a new one" in caplog.text


def test_a_folder_that_cannot_be_made_means_measuring_everything(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    with caplog.at_level(logging.WARNING), CheckCache(blocker / "cache") as cache:
        assert not cache.remembers
        cache.put("k", {"a": 1})
        assert cache.get("k", ["a"]) == {}
    assert "cannot be used" in caplog.text and "measuring everything" in caplog.text


@pytest.mark.parametrize("damage", [
    "'{not json'",
    "CAST(X'7BFF' AS TEXT)",  # not even UTF-8: it would fail the whole fetch, not the row
])
def test_a_damaged_result_is_measured_again_and_replaced(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, damage: str) -> None:
    with CheckCache(tmp_path) as cache:
        cache.put("k", {"a": 1, "b": 2})
    db = sqlite3.connect(tmp_path / checkcache.FILE_NAME)
    db.execute(f"UPDATE results SET value = {damage} WHERE digest = 'a'")
    db.commit()
    db.close()
    with caplog.at_level(logging.WARNING), CheckCache(tmp_path) as cache:
        assert cache.get("k", ["a", "b"]) == {"b": 2}
        assert cache.remembers  # one bad row does not switch the cache off
    with CheckCache(tmp_path) as cache:
        assert cache.get("k", ["a", "b"]) == {"b": 2}  # the bad row is gone
        cache.put("k", {"a": 3})
    with CheckCache(tmp_path) as cache:
        assert cache.get("k", ["a", "b"]) == {"a": 3, "b": 2}
    assert "1 unreadable results" in caplog.text and "stopped working" not in caplog.text


def test_a_cache_busy_in_another_validate_is_left_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """Busy is not damaged: the file is not replaced under the other writer."""
    with CheckCache(tmp_path) as cache:
        cache.put("k", {"a": 1})
    monkeypatch.setattr(checkcache, "BUSY_WAIT_S", 0.05)
    other = sqlite3.connect(tmp_path / checkcache.FILE_NAME, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with caplog.at_level(logging.WARNING), CheckCache(tmp_path) as cache:
            assert not cache.remembers
        assert "cannot be used now" in caplog.text and "damaged" not in caplog.text
        other.execute("INSERT INTO results VALUES ('k', 'b', '2', 0)")
        other.execute("COMMIT")
    finally:
        other.close()
    with CheckCache(tmp_path) as cache:
        assert cache.get("k", ["a", "b"]) == {"a": 1, "b": 2}


def test_entries_unused_for_months_are_forgotten(tmp_path: Path) -> None:
    with CheckCache(tmp_path) as cache:
        cache.put("k", {"old": 1, "used": 2})
    long_ago = int(time.time()) - checkcache.KEEP_UNUSED_S - 60
    db = sqlite3.connect(tmp_path / checkcache.FILE_NAME)
    db.execute("UPDATE results SET used = ?", (long_ago,))
    db.commit()
    db.close()
    with CheckCache(tmp_path) as cache:
        assert cache.get("k", ["used"]) == {"used": 2}  # using it keeps it
        cache.put("k", {"new": 3})
    with CheckCache(tmp_path) as cache:
        assert cache.get("k", ["old", "used", "new"]) == {"used": 2, "new": 3}


def test_the_cache_stays_within_its_size(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checkcache, "MOST_ENTRIES", 3)
    with CheckCache(tmp_path) as cache:
        cache.put("k", {"a": 1, "b": 2})
    db = sqlite3.connect(tmp_path / checkcache.FILE_NAME)
    db.execute("UPDATE results SET used = used - 100")  # a and b are the oldest
    db.commit()
    db.close()
    with CheckCache(tmp_path) as cache:
        cache.put("k", {"c": 3, "d": 4})
    with CheckCache(tmp_path) as cache:
        kept = cache.get("k", ["a", "b", "c", "d"])
    assert len(kept) == 3 and {"c", "d"} <= set(kept)


def test_a_digest_changes_with_any_part() -> None:
    base = checkcache.digest("measurer", Path("topics/a.svg"), {"en": "Rest."}, (1, 2))
    assert base == checkcache.digest("measurer", Path("topics/a.svg"), {"en": "Rest."}, (1, 2))
    assert base != checkcache.digest("measurer", Path("topics/a.svg"), {"en": "Rest!"}, (1, 2))
    assert base != checkcache.digest("measurer2", Path("topics/a.svg"), {"en": "Rest."}, (1, 2))
    assert base != checkcache.digest("measurer", Path("topics/b.svg"), {"en": "Rest."}, (1, 2))


def test_the_measurer_changes_with_the_kiosks_fonts(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    (fonts / "A.ttf").write_bytes(b"one")
    monkeypatch.setattr(checkcache.resources, "fonts", lambda: fonts)
    checkcache.measurer.cache_clear()
    try:
        first = checkcache.measurer()
        (fonts / "A.ttf").write_bytes(b"two")
        checkcache.measurer.cache_clear()
        assert checkcache.measurer() != first
    finally:
        checkcache.measurer.cache_clear()


def test_problems_keep_their_words_through_json() -> None:
    inner = translate("Problems", "{language}, {width}×{height} screen").fill(
        language="Urdu", width=1920, height=1080)
    problem = Problem("topics/a/b.ur.md", translate(
        "Problems", "{what} ({where})").fill(what="too long", where=inner), line=3)
    again = problem_from_json(problem_to_json(problem))
    assert again == problem and str(again) == str(problem)
    assert value_from_json(value_to_json("plain")) == "plain"


@pytest.mark.parametrize("data", [None, 3, [], {"file": 1}, {"file": "a", "words": None},
                                  {"file": "a", "words": {"context": "c", "template": "t",
                                                          "values": [[1, 2]]}}])
def test_anything_else_is_refused(data: object) -> None:
    with pytest.raises(ValueError):
        problem_from_json(data)


def test_in_one_language_only_that_languages_words_count() -> None:
    from kiosk.core.model import Localized

    english = checkcache.digest(Localized({"en": "Rest.", "ur": "آرام۔"}), language="en")
    assert english == checkcache.digest(Localized({"en": "Rest.", "ur": "آرام کریں۔"}),
                                        language="en")
    assert english != checkcache.digest(Localized({"en": "Rest!", "ur": "آرام۔"}),
                                        language="en")
    # A language the words lack shows the English, and counts it.
    assert checkcache.digest(Localized({"en": "Rest."}), language="ps") != \
        checkcache.digest(Localized({"en": "Sleep."}), language="ps")


def test_damage_found_after_opening_is_removed_for_the_next_run(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    class Damaged:
        """A connection to a file whose damage the check at opening did not reach."""

        def execute(self, *_: object) -> None:
            raise sqlite3.DatabaseError("database disk image is malformed")

        def close(self) -> None:
            pass

    with CheckCache(tmp_path) as cache:
        cache.put("k", {"a": 1})
    with caplog.at_level(logging.WARNING):
        cache = CheckCache(tmp_path)
        real = cache._db
        assert real is not None
        real.close()
        cache._db = Damaged()  # type: ignore[assignment]
        assert cache.get("k", ["a"]) == {}
        assert not cache.remembers
        cache.close()
    assert "was damaged" in caplog.text and "removed" in caplog.text
    assert not (tmp_path / checkcache.FILE_NAME).exists()
    with CheckCache(tmp_path) as cache:
        assert cache.remembers and cache.get("k", ["a"]) == {}
