"""Where each page of a web edition lives: one rule for the export, the kiosk's QR codes
and the freshness check, so a code never points where the export did not write."""

from __future__ import annotations

from kiosk.core.model import Pack

EDITION_FILE = "edition.json"  # what was exported from which pack, for the freshness check


def topic_path(language: str, topic_id: str) -> str:
    return f"{language}/{topic_id}.html"


def topic_address(base: str, language: str, topic_id: str) -> str:
    """The web address of one topic in one language: what a topic's QR code holds."""
    return f"{base.rstrip('/')}/{topic_path(language, topic_id)}"


def expected_pages(pack: Pack) -> list[str]:
    """Every page a complete web edition of ``pack`` has, as paths under its folder."""
    pages = ["index.html"]
    for language in pack.languages:
        pages.append(f"{language}/index.html")
        pages += [topic_path(language, topic.id) for topic in pack.topics_in(language)]
    return pages
