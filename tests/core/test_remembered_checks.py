"""Validate's promises and drawing checks remember what they found in files unchanged
since the last run, and find exactly what they find afresh: in a changed file, after a
change of rules, and with nothing remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from kpack_helpers import make_pack

from kiosk.core import remembered, validate
from kiosk.core.checkcache import CheckCache

PAGE = "topics/first-topic/first-page.en.md"
TOPIC = "topics/first-topic/topic.toml"


@pytest.fixture
def looked_at(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the check reads for promises, as it reads them."""
    seen: list[str] = []
    find = remembered.find_claims

    def counting(text: str) -> list[remembered.Claim]:
        seen.append(text)
        return find(text)
    monkeypatch.setattr(remembered, "find_claims", counting)
    return seen


def _promising(folder: Path) -> Path:
    """A pack that promises in a page's Markdown and in its topic's titles."""
    pack = make_pack(folder)
    page = pack / PAGE
    page.write_text(page.read_text() + "\n\nThis treatment is guaranteed to work.\n")
    topic = pack / TOPIC
    topic.write_text(topic.read_text().replace('en = "First page"', 'en = "The miracle page"'))
    return pack


def _said(problems: list) -> list[tuple[str, str, int | None]]:
    return [(p.file, p.message, p.line) for p in problems]


def test_a_second_validate_finds_the_same_promises_without_reading_again(
        tmp_path: Path, looked_at: list[str]) -> None:
    pack = _promising(tmp_path / "pack")
    afresh = _said(validate.validate_folder(pack))
    assert {file for file, _, _ in afresh} >= {PAGE, TOPIC}, afresh
    assert looked_at
    with CheckCache(tmp_path / "cache") as cache:
        first = _said(validate.checked_folder(pack, cache=cache)[0])
    looked_at.clear()
    with CheckCache(tmp_path / "cache") as cache:
        second = _said(validate.checked_folder(pack, cache=cache)[0])
    assert first == second == afresh
    assert looked_at == []


def test_an_edited_file_is_read_again_and_only_it(tmp_path: Path,
                                                  looked_at: list[str]) -> None:
    pack = _promising(tmp_path / "pack")
    with CheckCache(tmp_path / "cache") as cache:
        validate.checked_folder(pack, cache=cache)
    page = pack / PAGE
    page.write_text(page.read_text().replace("guaranteed to work", "a miracle cure"))
    looked_at.clear()
    with CheckCache(tmp_path / "cache") as cache:
        found = _said(validate.checked_folder(pack, cache=cache)[0])
    assert looked_at == [page.read_text(encoding="utf-8-sig")]
    assert found == _said(validate.validate_folder(pack))
    assert any(file == PAGE and "miracle" in message for file, message, _ in found)
    assert not any("guaranteed" in message for _, message, _ in found)


def test_other_rules_read_everything_again(tmp_path: Path, looked_at: list[str],
                                           drawings_read: list[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # The rules are the kiosk's code: another kiosk release may judge a text otherwise.
    pack = _promising(tmp_path / "pack")
    with CheckCache(tmp_path / "cache") as cache:
        before = _said(validate.checked_folder(pack, cache=cache)[0])
    every, drawings = sorted(looked_at), sorted(drawings_read)
    assert drawings
    monkeypatch.setattr(remembered, "measurer", lambda: "another release")
    looked_at.clear()
    drawings_read.clear()
    with CheckCache(tmp_path / "cache") as cache:
        assert _said(validate.checked_folder(pack, cache=cache)[0]) == before
    assert sorted(looked_at) == every
    assert sorted(drawings_read) == drawings


def test_a_damaged_entry_is_read_again(tmp_path: Path, looked_at: list[str]) -> None:
    pack = _promising(tmp_path / "pack")
    with CheckCache(tmp_path / "cache") as cache:
        before = _said(validate.checked_folder(pack, cache=cache)[0])
        entries = cache.get(remembered.CACHE_KIND, _digests(pack))
        cache.put(remembered.CACHE_KIND, {key: [["not", "a claim"]] for key in entries})
    looked_at.clear()
    with CheckCache(tmp_path / "cache") as cache:
        assert _said(validate.checked_folder(pack, cache=cache)[0]) == before
    assert (pack / PAGE).read_text(encoding="utf-8-sig") in looked_at


def _digests(pack: Path) -> list[str]:
    from kiosk.core.checkcache import digest, measurer

    return [digest(measurer(), [path.read_text(encoding="utf-8-sig")])
            for path in sorted(pack.rglob("*.md"))]


BAD = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.fixture
def drawings_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every drawing the check parses, by name."""
    seen: list[str] = []
    check = validate.check_svg_data

    def counting(data: bytes, name: str) -> list:
        seen.append(name)
        return check(data, name)
    monkeypatch.setattr(validate, "check_svg_data", counting)
    return seen


def test_drawings_unchanged_are_not_parsed_again(tmp_path: Path,
                                                 drawings_read: list[str]) -> None:
    pack = make_pack(tmp_path / "pack")
    drawing = next(pack.rglob("*.svg"))
    drawing.write_bytes(BAD)
    afresh = _said(validate.validate_folder(pack))
    name = drawing.relative_to(pack).as_posix()
    assert any(file == name and "script" in message for file, message, _ in afresh)
    with CheckCache(tmp_path / "cache") as cache:
        assert _said(validate.checked_folder(pack, cache=cache)[0]) == afresh
    drawings_read.clear()
    with CheckCache(tmp_path / "cache") as cache:
        assert _said(validate.checked_folder(pack, cache=cache)[0]) == afresh
    assert drawings_read == []
    drawing.write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg"/>')  # mended
    with CheckCache(tmp_path / "cache") as cache:
        mended = _said(validate.checked_folder(pack, cache=cache)[0])
    assert drawings_read == [name]
    assert mended == _said(validate.validate_folder(pack))
    assert not any(file == name for file, _, _ in mended)


def test_a_drawing_too_big_to_read_is_refused_unread_every_time(
        tmp_path: Path, drawings_read: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # A hostile 64 MB drawing must not be read whole to file it in the cache.
    pack = make_pack(tmp_path / "pack")
    drawing = next(pack.rglob("*.svg"))
    monkeypatch.setattr(validate, "MAX_SVG_BYTES", drawing.stat().st_size - 1)
    read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: pytest.fail(f"read {path}")
                        if path == drawing else read_bytes(path))
    for _ in range(2):
        with CheckCache(tmp_path / "cache") as cache:
            found = _said(validate.checked_folder(pack, cache=cache)[0])
        assert any("too big" in message for _, message, _ in found)
    assert drawing.relative_to(pack).as_posix() not in drawings_read  # refused unparsed


def test_a_drawing_saved_again_during_the_check_is_filed_as_it_was_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The author saves a mended drawing while validate runs, then undoes it: what was
    # filed must be what the bytes it was filed under hold, or the script would pass.
    pack = make_pack(tmp_path / "pack")
    drawing = next(pack.rglob("*.svg"))
    drawing.write_bytes(BAD)
    check_file, check_data = validate.check_svg, validate.check_svg_data

    def save() -> None:
        drawing.write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg"/>')
    with monkeypatch.context() as saving:  # saved as the drawing is about to be parsed
        saving.setattr(validate, "check_svg",
                       lambda path, name: (save(), check_file(path, name))[1])
        saving.setattr(validate, "check_svg_data",
                       lambda data, name: (save(), check_data(data, name))[1])
        with CheckCache(tmp_path / "cache") as cache:
            validate.checked_folder(pack, cache=cache)
    drawing.write_bytes(BAD)  # undone
    with CheckCache(tmp_path / "cache") as cache:
        found = _said(validate.checked_folder(pack, cache=cache)[0])
    assert found == _said(validate.validate_folder(pack))
    assert any("script" in message for _, message, _ in found)


def test_treatment_names_and_who_approved_them_are_checked_for_promises(
        tmp_path: Path) -> None:
    # Shown to patients beside a treatment page's title: as much a promise as the title.
    pack = make_pack(tmp_path / "pack")
    topic = pack / TOPIC
    topic.write_text(topic.read_text() + """
[[pages.treatments]]
name = { en = "Miracle stem cells", ur = "اسٹیم سیل" }
status = "experimental"

[[pages.treatments]]
name = { en = "Methotrexate", ur = "میتھوٹریکسیٹ" }
status = "approved"
approved_by = { en = "DRAP", ur = "ڈریپ، شفا کی گارنٹی" }
""")
    found = _said(validate.validate_folder(pack))
    promised = [message for file, message, _ in found if file == TOPIC]
    assert any("Miracle" in message for message in promised), found
    assert any("گارنٹی" in message for message in promised), found
