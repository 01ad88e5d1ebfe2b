"""Turn parsed TOML or JSON into typed, frozen records, collecting every problem at once.

cattrs does the walking and gathers one error per wrong field (every field, every list
item, unknown keys too). This module adds what a pack needs on top: scalars taken as
written, never coerced (``5`` is not the text ``"5"``, ``"5"`` not the number 5), and
limits written beside the type, ``Annotated[str, Pattern(...)]``. Problems come out as
``Issue``s (where, what, details) that ``messages.py`` words for clinic staff.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
import typing
from collections.abc import Callable, Iterator
from typing import Any, Literal, NamedTuple, TypeVar

import attrs
import cattrs
from cattrs.cols import list_structure_factory
from cattrs.errors import AttributeValidationNote, ForbiddenExtraKeysError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn, make_mapping_structure_fn

T = TypeVar("T")
Loc = tuple[str | int, ...]


class Invalid(ValueError):
    """A value that breaks a rule; ``code`` names the rule for ``messages.py``."""

    def __init__(self, code: str, **details: str) -> None:
        super().__init__(code, details)
        self.code = code
        self.details = details


class Issue(NamedTuple):
    loc: Loc
    code: str
    details: dict[str, str]


class SchemaError(ValueError):
    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("; ".join(f"{'.'.join(map(str, i.loc)) or '$'}: {i.code}"
                                   for i in issues))
        self.issues = issues


# -- limits, written as Annotated[base, limit, ...] ----------------------------------------

@attrs.frozen
class Pattern:
    regex: str

    def check(self, value: str) -> None:
        # fullmatch: with search, "$" would also let a value end in a newline through.
        if not re.fullmatch(self.regex, value):
            raise Invalid("string_pattern_mismatch")


@attrs.frozen
class MinLen:
    length: int

    def check(self, value: Any) -> None:
        if len(value) < self.length:
            raise Invalid("string_too_short" if isinstance(value, str) else "too_short")


@attrs.frozen
class MaxLen:
    length: int

    def check(self, value: Any) -> None:
        if len(value) > self.length:
            raise Invalid("string_too_long" if isinstance(value, str) else "too_long")


@attrs.frozen
class Range:
    ge: float | None = None
    le: float | None = None

    def check(self, value: float) -> None:
        if self.ge is not None and value < self.ge:
            raise Invalid("greater_than_equal", limit=str(self.ge))
        if self.le is not None and value > self.le:
            raise Invalid("less_than_equal", limit=str(self.le))


@attrs.frozen
class Rule:
    """A check of its own: ``test`` returns what is wrong in plain English, or None."""

    test: Callable[[Any], str | None]

    def check(self, value: Any) -> None:
        wrong = self.test(value)
        if wrong:
            raise Invalid("value_error", detail=wrong)


class Strip:
    """Leading and trailing spaces are not part of the text (then MinLen(1) means "not blank")."""


# -- the converter --------------------------------------------------------------------------

def _strict(kind: type, code: str) -> Callable[[Any, Any], Any]:
    def hook(value: Any, _type: Any) -> Any:
        # bool is an int to Python, never to a pack author.
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise Invalid(code)
        return value
    return hook


def _float(value: Any, _type: Any) -> float:
    # TOML can write nan and inf; neither is a place on a picture or a measurement.
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise Invalid("float_type")
    return float(value)


def _date(value: Any, _type: Any) -> dt.date:
    # TOML has dates; JSON (a .kpack manifest) writes them as text.
    if isinstance(value, dt.datetime):
        raise Invalid("date_type")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise Invalid("date_parsing") from None
    raise Invalid("date_type")


def _enum(value: Any, kind: type[enum.Enum]) -> enum.Enum:
    try:
        return kind(value)
    except ValueError:
        raise Invalid("enum", expected=", ".join(repr(m.value) for m in kind)) from None


def _origin_is(origin: Any) -> Callable[[Any], bool]:
    return lambda t: bool(typing.get_origin(t) is origin)


def _make(forbid_extra_keys: bool) -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=forbid_extra_keys, detailed_validation=True)
    scalars: list[tuple[type, Callable[[Any, Any], Any]]] = [
        (str, _strict(str, "string_type")), (int, _strict(int, "int_type")),
        (bool, _strict(bool, "bool_type")), (float, _float), (dt.date, _date),
        # By class, most specific first: a StrEnum is also a str, and must be read as an enum.
        (enum.Enum, _enum), (enum.StrEnum, _enum), (enum.IntEnum, _enum)]
    for kind, hook in scalars:
        converter.register_structure_hook(kind, hook)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook_factory(
        _origin_is(typing.Annotated), lambda t: _limited(converter, t))
    # Lists and tables must be written as lists and tables: cattrs would take any iterable
    # (a text as a list of letters) and any mapping.
    converter.register_structure_hook_factory(
        _origin_is(list),
        lambda t: _typed(list_structure_factory(t, converter), t, list, "list_type"))
    # A tuple (an immutable list, in settings) is written as a list too.
    converter.register_structure_hook_factory(
        _origin_is(tuple), lambda t: _typed(_tuple_of(converter, t), t, (list, tuple),
                                            "list_type"))
    converter.register_structure_hook_factory(
        _origin_is(dict),
        lambda t: _typed(make_mapping_structure_fn(t, converter), t, dict, "dict_type"))
    converter.register_structure_hook_factory(
        attrs.has, lambda t: _typed(make_dict_structure_fn(t, converter), t, dict, "model_type"))
    return converter


def _tuple_of(converter: cattrs.Converter, kind: Any) -> Callable[[Any, Any], Any]:
    as_list: Any = list[typing.get_args(kind)[0]]  # type: ignore[misc]
    return lambda value, _type: tuple(converter.structure(list(value), as_list))


def _typed(inner: Callable[[Any, Any], Any], kind: Any, container: type | tuple[type, ...],
           code: str) -> Callable[[Any, Any], Any]:
    def hook(value: Any, _type: Any) -> Any:
        if not isinstance(value, container):
            raise Invalid(code)
        return inner(value, kind)
    return hook


def _limited(converter: cattrs.Converter, annotated: Any) -> Callable[[Any, Any], Any]:
    base, *limits = typing.get_args(annotated)
    inner = converter.get_structure_hook(base)
    strip = any(isinstance(limit, Strip) for limit in limits)
    checks = [limit for limit in limits if not isinstance(limit, Strip)]

    def hook(value: Any, _type: Any) -> Any:
        out = inner(value, base)
        if strip:
            out = out.strip()
        for limit in checks:
            limit.check(out)
        return out
    return hook


_FORBID = _make(forbid_extra_keys=True)
_IGNORE = _make(forbid_extra_keys=False)


def register(kind: type, hook: Callable[[Any, Any], Any]) -> None:
    """Read ``kind`` with a hook of its own (raising Invalid), in every converter."""
    for converter in (_FORBID, _IGNORE):
        converter.register_structure_hook(kind, hook)


def structure(data: Any, kind: type[T], *, extra: Literal["forbid", "ignore"] = "forbid") -> T:
    """``data`` as a ``kind`` record; SchemaError lists everything wrong with it.

    ``extra="ignore"`` is for files a newer kiosk may have written (settings, channels).
    """
    return _checked(_FORBID if extra == "forbid" else _IGNORE, data, kind)  # type: ignore[no-any-return]


def structure_value(value: Any, annotation: Any, field: str) -> Any:
    """One field's value checked against its annotation (for settings changed in place)."""
    try:
        return _checked(_IGNORE, value, annotation)
    except SchemaError as error:
        raise SchemaError([issue._replace(loc=(field, *issue.loc))
                           for issue in error.issues]) from None


def _checked(converter: cattrs.Converter, data: Any, kind: Any) -> Any:
    try:
        return converter.structure(data, kind)
    except Exception as error:  # cattrs wraps each field's error; unwrap them all
        issues = list(_issues(error, ()))
        if not issues:
            raise
        raise SchemaError(issues) from None


def unstructure(record: Any) -> dict[str, Any]:
    """A record as plain JSON-ready data: dates as text, enums as their values."""
    data: dict[str, Any] = _FORBID.unstructure(record)
    return data


def _issues(error: BaseException, loc: Loc) -> Iterator[Issue]:
    notes = getattr(error, "__notes__", [])
    for note in notes:
        if isinstance(note, AttributeValidationNote):
            loc = (*loc, note.name)
        elif isinstance(note, IterableValidationNote):
            loc = (*loc, note.index)
    if isinstance(error, BaseExceptionGroup):
        for sub in error.exceptions:
            yield from _issues(sub, loc)
    elif isinstance(error, ForbiddenExtraKeysError):
        for key in sorted(error.extra_fields):
            yield Issue((*loc, key), "extra_forbidden", {})
    elif isinstance(error, KeyError):
        yield Issue(loc, "missing", {})
    elif isinstance(error, Invalid):
        yield Issue(loc, error.code, error.details)
    elif isinstance(error, (ValueError, TypeError)):
        yield Issue(loc, "value_error", {"detail": str(error)})
