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

from kiosk.core.checkcache import CheckCache, digest, measurer
from kiosk.core.claims import Claim, find_claims
from kiosk.core.hashing import sha256
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
                     check_file: Callable[[Path, str], list[Problem]],
                     check_data: Callable[[bytes, str], list[Problem]], most_bytes: int,
                     cache: CheckCache | None = None) -> dict[str, list[Problem]]:
    """``check_file(path, name)`` for each drawing, by name. With a ``cache``, what was
    found in a drawing of at most ``most_bytes`` is looked up by a digest of its bytes;
    one not found is read again and those bytes are checked (``check_data``) and filed
    under their own digest, so a drawing saved again while validate runs is never filed
    under the other version's. A bigger one, or one that cannot be read, is left to
    ``check_file`` (refused unread) and not filed. Bytes are held one drawing at a time:
    a pack's drawings can be hundreds of megabytes together."""
    if cache is None or not cache.remembers:
        return {name: check_file(path, name) for path, name in drawings}
    code = measurer()

    def read(path: Path, name: str) -> tuple[str, bytes] | None:
        try:
            if path.stat().st_size <= most_bytes:
                data = path.read_bytes()
                if len(data) <= most_bytes:  # not grown since
                    return digest(code, name, sha256(data).hexdigest()), data
        except OSError:
            pass  # check_file says why
        return None

    keys = {name: got[0] for path, name in drawings if (got := read(path, name)) is not None}
    remembered = cache.get(DRAWINGS_KIND, keys.values())
    found: dict[str, list[Problem]] = {}
    new: dict[str, object] = {}
    for path, name in drawings:
        try:
            value = remembered[keys[name]]
            if not isinstance(value, list):
                raise ValueError(value)
            found[name] = [problem_from_json(problem) for problem in value]
            continue
        except (KeyError, ValueError, TypeError):  # not there, or not what was written
            pass
        again = read(path, name)
        if again is None:
            found[name] = check_file(path, name)
            continue
        key, data = again
        found[name] = check_data(data, name)
        new[key] = [problem_to_json(problem) for problem in found[name]]
    cache.put(DRAWINGS_KIND, new)
    return found
