"""Staff-facing words from the core: rendered in English by default, translatable by Qt."""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk.core.phrases import Phrase, listing, render, translate
from kiosk.core.problems import Problem

ROOT = Path(__file__).resolve().parents[2]
URDU = {
    ("Problems", "is too big ({size} MB; at most {limit} MB)"):
        "بہت بڑی ہے ({size} MB، حد {limit} MB)",
    ("Problems", "{file}: {message}"): "{file}: {message}",
    ("Problems", "{file}, line {line}: {message}"): "{file}، سطر {line}: {message}",
    ("Lists", "{first}, {rest}"): "{first}، {rest}",
    ("Changes", "title"): "عنوان",
    ("Changes", "picture"): "تصویر",
    ("Changes", "text ({language})"): "متن ({language})",
}


def fields(template: str) -> set[str]:
    """The ``{names}`` a template uses; a translation must use the same ones."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def urdu(context: str, template: str) -> str:
    return URDU.get((context, template), template)


def test_a_phrase_is_english_until_someone_translates_it() -> None:
    phrase = translate("Problems", "is too big ({size} MB; at most {limit} MB)").fill(
        size=30, limit=20)
    assert str(phrase) == "is too big (30 MB; at most 20 MB)"
    assert phrase.render(urdu) == "بہت بڑی ہے (30 MB، حد 20 MB)"


def test_a_problem_says_where_in_the_readers_language() -> None:
    problem = Problem("a.kpack", translate("Problems", "is too big ({size} MB; at most "
                                                       "{limit} MB)").fill(size=3, limit=2), 7)
    assert str(problem) == "a.kpack, line 7: is too big (3 MB; at most 2 MB)"
    assert problem.message == "is too big (3 MB; at most 2 MB)"
    assert problem.text(urdu) == "a.kpack، سطر 7: بہت بڑی ہے (3 MB، حد 2 MB)"
    # Words the kiosk does not own (an operating-system error) pass through as they are.
    assert Problem("x", "Permission denied").text(urdu) == "x: Permission denied"


def test_values_are_isolated_but_nested_phrases_are_translated() -> None:
    what = listing([translate("Changes", "title"), translate("Changes", "picture"),
                    translate("Changes", "text ({language})").fill(language="ur")])
    assert render(what) == "title, picture, text (ur)"
    assert render(what, urdu, lambda s: f"[{s}]") == "عنوان، تصویر، متن ([ur])"
    assert render(listing([])) == ""


def test_a_translation_that_lost_a_field_falls_back_to_english() -> None:
    phrase = translate("Problems", "has {count} files").fill(count=4)
    assert phrase.render(lambda _c, _t: "{cuont} فائلیں") == "has 4 files"


def test_phrases_compare_by_what_they_say() -> None:
    a = translate("Changes", "title")
    assert a == translate("Changes", "title") and a != translate("Changes", "picture")
    assert len({a, translate("Changes", "title")}) == 1


def _calls(name: str) -> list[tuple[Path, ast.Call]]:
    found = []
    for path in sorted((ROOT / "kiosk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id == name:
                found.append((path, node))
    return found


def test_every_translate_call_is_one_lupdate_can_read() -> None:
    # pyside6-lupdate silently skips calls it cannot read (a variable, a keyword
    # argument), and the sentence would then never reach the translator.
    calls = _calls("translate")
    assert len(calls) > 100
    for path, call in calls:
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        assert not call.keywords, where
        assert len(call.args) == 2, where
        assert all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                   for a in call.args), where


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str))


def test_the_core_says_nothing_to_staff_that_cannot_be_translated() -> None:
    for name, argument in (("Problem", 1), ("ChannelError", 0), ("SignatureError", 0)):
        for path, call in _calls(name):
            if "core" not in path.parts:
                continue  # the command line speaks English on purpose
            if len(call.args) > argument:
                assert not _literal(call.args[argument]), \
                    f"{path.relative_to(ROOT)}:{call.lineno}: use translate(...)"


def test_every_urdu_translation_keeps_the_fields_of_its_english() -> None:
    root = ET.parse(ROOT / "translations" / "kiosk_ur.ts").getroot()
    checked = 0
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if "{" in source and translation:
            assert fields(translation) == fields(source), (source, translation)
            checked += 1
    assert checked > 50


def test_phrase_repr_names_its_context() -> None:
    assert repr(Phrase("Changes", "title")) == "Phrase('Changes', 'title')"
