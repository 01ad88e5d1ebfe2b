"""What the text-fit check measures, one unit at a time, and what each unit's result
depends on: the keys ``kiosk-pack validate`` files its results under between runs.

Qt-free (the measuring is ``kiosk._qt.staff.textfit``'s), so what decides a page's
verdict can be read and tested without a screen.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from kiosk.core import checkcache
from kiosk.core.model import Pack, Topic
from kiosk.core.problems import Problem, problem_from_json, problem_to_json

# The screens every page is laid out on: landscape, portrait, and a cheap monitor.
SIZES = ((1920, 1080), (1080, 1920), (1366, 768))

# Where a problem was found: (the language's place, the page's place in that language,
# the screen's place). Sorting by it gives the order one process finds them in.
Found = list[tuple[tuple[int, int, int], Problem]]

# What is measured in one go: one language's home screen (page place HOME) or one of its
# pages, as (the language's place in the pack, the page's place in that language).
Unit = tuple[int, int]
HOME = -1
CACHE_KIND = "text-fit"


def all_units(pack: Pack) -> list[Unit]:
    """Every home screen and page to measure, in the order one process measures them."""
    return [unit for place, language in enumerate(pack.languages)
            for unit in [(place, HOME), *((place, page) for page in
                                          range(len(pack.pages_in(language))))]]


def unit_digests(pack: Pack, units: list[Unit]) -> dict[Unit, str]:
    """What each unit's result depends on, as a digest: the measurer, the language, the
    screens, and the unit's own words, records and pictures."""
    measurer = checkcache.measurer()
    pictures: dict[Path, str] = {}

    def picture(path: Path) -> str:
        if path not in pictures:
            pictures[path] = checkcache.file_digest(path)
        return pictures[path]

    topic_digests: dict[tuple[str, str], str] = {}

    def topic_digest(topic: Topic, language: str) -> str:
        # The topic without its pages (their words are the pages' own units).
        if (topic.id, language) not in topic_digests:
            topic_digests[topic.id, language] = checkcache.digest(
                topic.id, topic.title, topic.summary, topic.icon,
                _relative(pack, topic.illustration), picture(topic.illustration),
                topic.languages, len(topic.pages), language=language)
        return topic_digests[topic.id, language]

    every_topic = [(topic.id, topic.languages) for topic in pack.topics]
    digests: dict[Unit, str] = {}
    for place, language in enumerate(pack.languages):
        topics = pack.topics_in(language)
        # With what the pack says of itself that the screens may show (its title, its
        # languages, the emergency button, the take-home address): rarely edited.
        common = checkcache.digest(measurer, SIZES, language, pack.language(language),
                                   pack.title, pack.languages, pack.emergency_page,
                                   pack.web_edition, pack.extra, language=language)
        if pack.web_edition is not None:
            # The take-home code on every page is sized for the pack's longest address:
            # every topic in every language.
            common = checkcache.digest(common, every_topic)
        pages = [(topic, index) for topic in topics for index in range(len(topic.pages))]
        for unit in units:
            if unit[0] != place:
                continue
            if unit[1] == HOME:
                # With the topics in other languages: their "more topics in ..." button
                # takes room from the tiles.
                digests[unit] = checkcache.digest(
                    common, "home", [topic_digest(t, language) for t in topics],
                    every_topic, [pack.language(code) for code in pack.languages])
                continue
            topic, index = pages[unit[1]]
            page = topic.pages[index]
            fields = {field.name: getattr(page, field.name) for field in dataclasses.fields(page)
                      if field.name not in ("illustration", "narrations")}
            # Each language's screens show that language's words only.
            digests[unit] = checkcache.digest(
                common, "page", topic_digest(topic, language), index, fields,
                _relative(pack, page.illustration), picture(page.illustration),
                # Read aloud or not changes the page's buttons, not what the file says.
                sorted(n.language for n in page.narrations), language=language)
    return digests


def _relative(pack: Pack, path: Path) -> str:
    try:
        return path.relative_to(pack.root).as_posix()
    except ValueError:
        return path.as_posix()


def results_to_json(units: list[Unit], found: Found, digests: dict[Unit, str]
                    ) -> dict[str, object]:
    by_unit: dict[Unit, list[object]] = {unit: [] for unit in units}
    for (language, page, screen), problem in found:
        by_unit[(language, page)].append([screen, problem_to_json(problem)])
    return {digests[unit]: items for unit, items in by_unit.items() if unit in digests}


def found_from_json(unit: Unit, kept: object) -> Found:
    if not isinstance(kept, list):
        raise ValueError(f"not a list of problems: {kept!r}")
    return [((*unit, int(screen)), problem_from_json(problem)) for screen, problem in kept]
