"""Turn schema and TOML errors into sentences a nurse can act on, with line numbers."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence

from kiosk.core.phrases import Phrase, translate
from kiosk.core.problems import Problem
from kiosk.core.structure import SchemaError

_PLAIN: dict[str, Phrase] = {
    "missing": translate("Problems", "'{field}' is missing"),
    "extra_forbidden": translate("Problems", "'{field}' is not something a pack can have here "
                                             "(check the spelling)"),
    "string_type": translate("Problems", "'{field}' should be text in quotes"),
    "string_too_short": translate("Problems", "'{field}' is empty"),
    "string_too_long": translate("Problems", "'{field}' is too long"),
    "string_pattern_mismatch": translate("Problems", "'{field}' has characters that are not "
                                                     "allowed ({hint})"),
    "int_type": translate("Problems", "'{field}' should be a whole number"),
    "bool_type": translate("Problems", "'{field}' should be true or false"),
    "float_type": translate("Problems", "'{field}' should be a number"),
    "greater_than_equal": translate("Problems", "'{field}' is too small"),
    "less_than_equal": translate("Problems", "'{field}' is too large"),
    "list_type": translate("Problems", "'{field}' should be a list in square brackets"),
    "too_short": translate("Problems", "'{field}' needs at least one entry"),
    "too_long": translate("Problems", "'{field}' has too many entries"),
    "date_type": translate("Problems", "'{field}' should be a date like 2026-11-24"),
    "date_parsing": translate("Problems", "'{field}' should be a date like 2026-11-24"),
    "enum": translate("Problems", "'{field}' should be one of: {expected}"),
    "dict_type": translate("Problems", "'{field}' should be a table"),
    "model_type": translate("Problems", "'{field}' should be a table"),
}

_HINTS: dict[str, Phrase] = {
    "id": translate("Problems", "use small letters, digits and dashes"),
    "icon": translate("Problems", "use an icon name like fa5s.heartbeat"),
    "min_app_version": translate("Problems", "use a version like 0.1.0"),
}
_SEE_DOCS = translate("Problems", "see docs/content-packs.md")


def field_name(loc: Sequence[int | str]) -> str:
    names = [str(part) for part in loc if not isinstance(part, int)]
    return ".".join(names) if names else "file"


def line_of(source: str, loc: Sequence[int | str]) -> int | None:
    """Find the line a schema location points at, by walking TOML headers and keys.

    TOML parsers keep no positions, so this follows the file's own structure: an
    index after a table name means the n-th ``[[name]]`` block.
    """
    lines = source.splitlines()
    start, end = 0, len(lines)
    path: list[str] = []
    parts = list(loc)
    i = 0
    found: int | None = None
    while i < len(parts):
        part = parts[i]
        if isinstance(part, int):
            i += 1
            continue
        path.append(part)
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        header = re.compile(r"^\s*\[\[?\s*" + re.escape(".".join(path)) + r"\s*\]\]?\s*$")
        key = re.compile(r"^\s*" + re.escape(part) + r"\s*=")
        hits = [n for n in range(start, end) if header.match(lines[n])]
        if hits:
            index = nxt if isinstance(nxt, int) else 0
            if index >= len(hits):
                return found
            found = hits[index] + 1
            start = hits[index] + 1
            later = [
                n for n in range(start, len(lines)) if re.match(r"^\s*\[", lines[n])
                and not lines[n].strip().lstrip("[").startswith(".".join(path) + ".")
            ]
            end = later[0] if later else len(lines)
        else:
            keyhits = [n for n in range(start, end) if key.match(lines[n])]
            if keyhits:
                found = keyhits[0] + 1
                start = keyhits[0]
            return found
        i += 1
    return found


# Past this many in one file, the rest are counted, not listed: nobody reads the
# 8,000th, and finding each one's line reads the whole file again (time grew with the
# square of their number: a minute for a hostile topic.toml).
MAX_LISTED = 30


def explain_validation(error: SchemaError, file: str, source: str) -> list[Problem]:
    problems = []
    issues = list(error.issues)
    if len(issues) > MAX_LISTED:
        problems.append(Problem(file, translate(
            "Problems", "has {count} problems; the first {shown} are listed").fill(
            count=len(issues), shown=MAX_LISTED)))
    for loc, code, details in issues[:MAX_LISTED]:
        field = field_name(loc)
        template = _PLAIN.get(code)
        last = next((str(p) for p in reversed(loc) if not isinstance(p, int)), "")
        if template is None:
            # The check's own words, for a rule of the pack format's own (schema.py).
            message = translate("Problems", "'{field}' {detail}").fill(
                field=field, detail=details.get("detail", code))
        else:
            message = template.fill(
                field=field,
                hint=_HINTS.get(last, _SEE_DOCS),
                expected=details.get("expected", ""),
            )
        problems.append(Problem(file, message, line_of(source, loc)))
    return problems


def explain_toml(error: tomllib.TOMLDecodeError, file: str) -> Problem:
    match = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
    text = re.sub(r"\s*\(at line.*\)$", "", str(error))
    line = int(match.group(1)) if match else None
    return Problem(file, translate(
        "Problems", "is not valid TOML: {detail}. Check quotes, brackets and '=' signs").fill(
        detail=text), line)
