"""Words the core says to staff, kept translatable without the core importing Qt.

The core finds problems (a damaged pack, a refused download) long before anything is on
screen, and the command line shows them in English. The staff panel shows the same
problems in the reader's language, so the core hands out a ``Phrase``: an English
template plus its values, rendered later by whoever knows the language.

``translate(context, template)`` is the one way to make a phrase. Qt Linguist's
``pyside6-lupdate`` collects every call by that name into ``translations/*.ts``, the same
file that holds the screens' words, so translators see every staff-facing sentence in one
place. lupdate only reads calls whose two arguments are plain string literals (values go
in ``.fill()``), which ``tests/core/test_phrases.py`` enforces.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

#: (context, English template) -> template in the reader's language.
Translator = Callable[[str, str], str]


def english(_context: str, template: str) -> str:
    return template


@dataclass(frozen=True, repr=False, slots=True)
class Phrase:
    """An English template with named ``{fields}`` and the values to put in them.

    A value may itself be a Phrase, rendered in the same language (a reason inside a
    sentence). ``str()`` gives English, for logs and the command line. Phrases compare
    and hash by what they say, so they can be dictionary keys (a diff's aspects).
    """

    context: str
    template: str
    values: tuple[tuple[str, Value], ...] = ()

    def fill(self, **values: Value) -> Phrase:
        return Phrase(self.context, self.template, self.values + tuple(values.items()))

    def render(self, translator: Translator = english,
               isolate: Callable[[str], str] | None = None) -> str:
        """The sentence in ``translator``'s language.

        ``isolate`` wraps each plain value (a file name, a number): in an Urdu sentence a
        Latin file name must keep its own direction instead of scrambling the words
        around it.
        """
        values = {name: render(value, translator, isolate) for name, value in self.values}
        wording = translator(self.context, self.template)
        try:
            return wording.format(**values)
        except (KeyError, IndexError, ValueError):
            # A translation that lost or misspelt a {field} must not hide the problem
            # from staff: say it in English instead.
            return self.template.format(**values)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Phrase({self.context!r}, {str(self)!r})"


Value = str | int | Phrase


def translate(context: str, template: str) -> Phrase:
    """Mark an English sentence for translation; the name is what lupdate looks for."""
    return Phrase(context, template)


def render(value: Value, translator: Translator = english,
           isolate: Callable[[str], str] | None = None) -> str:
    """A phrase in the translator's language; plain text (a file name, an OS error) as is."""
    if isinstance(value, Phrase):
        return value.render(translator, isolate)
    return isolate(str(value)) if isolate is not None else str(value)


def listing(items: list[Value]) -> Value:
    """Items joined with the language's comma (Urdu has its own: ،)."""
    if not items:
        return ""
    result = items[-1]
    for item in reversed(items[:-1]):
        result = translate("Lists", "{first}, {rest}").fill(first=item, rest=result)
    return result


def value_to_json(value: Value) -> object:
    """A value as JSON, for validate's cache: a phrase keeps its template and values, so
    it can still be said in the reader's language when it comes back."""
    if isinstance(value, Phrase):
        return {"context": value.context, "template": value.template,
                "values": [[name, value_to_json(inner)] for name, inner in value.values]}
    return value


def value_from_json(data: object) -> Value:
    """What ``value_to_json`` wrote; ValueError for anything else."""
    if isinstance(data, (str, int)) and not isinstance(data, bool):
        return data
    if isinstance(data, dict) and isinstance(data.get("context"), str) \
            and isinstance(data.get("template"), str) and isinstance(data.get("values"), list):
        values = []
        for item in data["values"]:
            if not (isinstance(item, list) and len(item) == 2 and isinstance(item[0], str)):
                raise ValueError(f"not a phrase's value: {item!r}")
            values.append((item[0], value_from_json(item[1])))
        return Phrase(data["context"], data["template"], tuple(values))
    raise ValueError(f"not a phrase: {data!r}")
