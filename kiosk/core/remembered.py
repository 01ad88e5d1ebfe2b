"""Checks of a pack's files that ``kiosk-pack validate`` remembers between runs.

A 1,000-page pack holds about 15,000 texts a patient reads and a thousand drawings.
Looking for promises of a cure in every text took about 0.7 s of every validate, and
parsing every drawing for what the kiosk refuses about 0.3 s: together, a third of a
check made again after one page was edited. What each file was found to hold is filed in
validate's cache (``checkcache``) under a digest of the file and of the kiosk's code (the
rules are code): change a word, a drawing or a rule, and the file is checked again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk.core.checkcache import CheckCache, digest, file_digest, measurer
from kiosk.core.claims import Claim, find_claims
from kiosk.core.problems import Problem, problem_from_json, problem_to_json

CACHE_KIND = "claims"
DRAWINGS_KIND = "drawing"

# A file's name and the texts in it (a Markdown page is one text; a topic.toml many).
FileTexts = tuple[str, Sequence[str]]


def claims_in(files: Sequence[FileTexts], cache: CheckCache | None = None
              ) -> list[list[list[Claim]]]:
    """For each file, for each of its texts, the promises ``find_claims`` finds in it."""
    if cache is None or not cache.remembers:
        return [[find_claims(text) for text in texts] for _, texts in files]
    rules = measurer()
    digests = [digest(rules, list(texts)) for _, texts in files]
    remembered = cache.get(CACHE_KIND, digests)
    found: list[list[list[Claim]]] = []
    new: dict[str, object] = {}
    for (_, texts), key in zip(files, digests, strict=True):
        claims = _from_json(remembered.get(key), len(texts))
        if claims is None:  # not there, or not what was written
            claims = [find_claims(text) for text in texts]
            new[key] = [[[claim.said, claim.excerpt, claim.line] for claim in each]
                        for each in claims]
        found.append(claims)
    cache.put(CACHE_KIND, new)
    return found


def _from_json(value: object, texts: int) -> list[list[Claim]] | None:
    if not isinstance(value, list) or len(value) != texts:
        return None
    found: list[list[Claim]] = []
    for each in value:
        if not isinstance(each, list):
            return None
        claims = []
        for claim in each:
            if not (isinstance(claim, list) and len(claim) == 3
                    and isinstance(claim[0], str) and isinstance(claim[1], str)
                    and isinstance(claim[2], int)):
                return None
            claims.append(Claim(claim[0], claim[1], claim[2]))
        found.append(claims)
    return found


def drawings_checked(drawings: Sequence[tuple[Path, str]],
                     check: Callable[[Path, str], list[Problem]], most_bytes: int,
                     cache: CheckCache | None = None) -> dict[str, list[Problem]]:
    """``check(path, name)`` for each drawing, by name; with a ``cache``, drawings of at
    most ``most_bytes`` checked before are looked up (a bigger one is refused unread)."""
    if cache is None or not cache.remembers:
        return {name: check(path, name) for path, name in drawings}
    code = measurer()
    keys: dict[str, str] = {}
    for path, name in drawings:
        try:
            if path.stat().st_size <= most_bytes:
                keys[name] = digest(code, name, file_digest(path))
        except OSError:
            pass  # its check says why
    remembered = cache.get(DRAWINGS_KIND, keys.values())
    found: dict[str, list[Problem]] = {}
    new: dict[str, object] = {}
    for path, name in drawings:
        key = keys.get(name)
        try:
            value = remembered[key] if key is not None else None
            if not isinstance(value, list):
                raise ValueError(value)
            found[name] = [problem_from_json(problem) for problem in value]
        except (KeyError, ValueError, TypeError):  # not there, or not what was written
            found[name] = check(path, name)
            if key is not None:
                new[key] = [problem_to_json(problem) for problem in found[name]]
    cache.put(DRAWINGS_KIND, new)
    return found
