"""structure.py: values are taken as written, and every problem is reported at once."""

from __future__ import annotations

import datetime as dt
import enum
import json
import logging
from pathlib import Path
from typing import Annotated

import attrs
import pytest
from kpack_helpers import manifest_json

from kiosk.core.kpack import KpackManifest
from kiosk.core.settings import Settings
from kiosk.core.structure import (
    MaxLen,
    MinLen,
    Pattern,
    Range,
    Rule,
    SchemaError,
    Strip,
    structure,
    unstructure,
)


class Colour(enum.StrEnum):
    RED = "red"
    BLUE = "blue"


@attrs.frozen
class Part:
    name: Annotated[str, Strip(), MinLen(1)]
    count: Annotated[int, Range(ge=1, le=9)] = 1


@attrs.frozen
class Box:
    id: Annotated[str, Pattern(r"^[a-z]+$")]
    parts: Annotated[list[Part], MinLen(1), MaxLen(3)]
    colour: Colour = Colour.RED
    shade: Colour | None = None
    weight: float = 0.0
    open: bool = False
    made: dt.date = dt.date(2026, 1, 1)
    notes: dict[str, str] = attrs.Factory(dict)
    tags: Annotated[list[str], Rule(lambda v: "no repeats" if len(set(v)) < len(v) else None)] \
        = attrs.Factory(list)


GOOD = {"id": "box", "parts": [{"name": " lid ", "count": 2}], "colour": "blue", "weight": 3,
        "made": "2026-11-24", "notes": {"a": "b"}, "tags": ["x"]}


def issues(data: object) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(SchemaError) as caught:
        structure(data, Box)
    return [(issue.loc, issue.code) for issue in caught.value.issues]


def test_a_good_record_is_read_with_its_types() -> None:
    box = structure(GOOD, Box)
    assert box.parts == [Part("lid", 2)] and box.colour is Colour.BLUE
    assert box.weight == 3.0 and isinstance(box.weight, float)
    assert box.made == dt.date(2026, 11, 24)
    assert structure(unstructure(box), Box) == box
    assert unstructure(box)["made"] == "2026-11-24" and unstructure(box)["colour"] == "blue"


@pytest.mark.parametrize(("field", "value", "code"), [
    ("id", 5, "string_type"),            # not turned into "5"
    ("weight", "3", "float_type"),       # not turned into 3.0
    ("weight", True, "float_type"),      # true is not a number to a pack author
    ("open", 1, "bool_type"),
    ("colour", "green", "enum"),
    ("shade", "green", "enum"),
    ("made", "2026-13-01", "date_parsing"),
    ("made", dt.datetime(2026, 1, 1, 9, 0), "date_type"),
    ("parts", "lid", "list_type"),       # not a list of letters
    ("notes", ["a"], "dict_type"),
    ("id", "Box!", "string_pattern_mismatch"),
    ("id", "box\n", "string_pattern_mismatch"),  # "$" alone would let a newline through
    ("weight", float("nan"), "float_type"),
    ("weight", float("inf"), "float_type"),
    ("parts", [], "too_short"),
    ("tags", ["x", "x"], "value_error"),
])
def test_values_are_taken_as_written(field: str, value: object, code: str) -> None:
    assert issues({**GOOD, field: value}) == [((field,), code)]


def test_every_problem_is_reported_at_once_with_where_it_is() -> None:
    found = issues({"id": "Box!", "parts": [{"name": "  "}, {"name": "x", "count": 10}, 3],
                    "colour": "green", "lid": True})
    assert found == [
        (("id",), "string_pattern_mismatch"),
        (("parts", 0, "name"), "string_too_short"),
        (("parts", 1, "count"), "less_than_equal"),
        (("parts", 2), "model_type"),
        (("colour",), "enum"),
        (("lid",), "extra_forbidden"),
    ]
    assert issues([]) == [((), "model_type")]
    assert issues({"parts": [{}]}) == [(("id",), "missing"), (("parts", 0, "name"), "missing")]


def test_settings_refuse_a_wrong_value_however_it_arrives() -> None:
    settings = Settings()
    with pytest.raises(ValueError):
        Settings(idle_seconds=5)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        settings.idle_seconds = 120  # type: ignore[misc]  # a change makes new settings
    with pytest.raises(ValueError):
        Settings(default_language="French")  # any language code, not a language's name
    with pytest.raises(ValueError):
        settings.updated(emergency_number="call us")
    assert settings.idle_seconds == 90
    assert settings.updated(idle_seconds=120).idle_seconds == 120


def test_settings_name_the_field_a_wrong_value_was_for() -> None:
    with pytest.raises(SchemaError) as caught:
        Settings(idle_seconds=5)
    assert caught.value.issues[0].loc == ("idle_seconds",)


def test_one_wrong_setting_in_the_file_costs_only_itself(tmp_path: Path,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"idle_seconds": "120", "trusted_keys": ["abc"],
                                "update_url": "https://example.org/channel/"}))
    with caplog.at_level(logging.ERROR, logger="kiosk.settings"):
        settings = Settings.load(path)
    assert settings.idle_seconds == 90
    assert settings.trusted_keys == ("abc",) and settings.update_url.startswith("https://")
    assert "idle_seconds" in caplog.text


def test_a_manifest_must_list_its_files() -> None:
    raw = json.loads(manifest_json({"pack.toml": b"x"}))
    assert structure(raw, KpackManifest).files[0].path == "pack.toml"
    del raw["files"]
    with pytest.raises(SchemaError) as caught:
        structure(raw, KpackManifest)
    assert [(i.loc, i.code) for i in caught.value.issues] == [(("files",), "missing")]
