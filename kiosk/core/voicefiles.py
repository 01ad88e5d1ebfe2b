"""Writing a page's narration into a pack folder: its sound and when each sentence is said.

Both voices a pack can have are saved here: a machine's draft (``kiosk-pack narrate``)
and a person's recording (the preview's recorder). Each file is replaced whole, so a
power cut mid-save leaves the page's old narration, never half of the new one.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from kiosk.core import narration, sndfile
from kiosk.core.atomic import fsync_dir, write_atomic
from kiosk.core.model import Page
from kiosk.core.narration import Sentence

# Silence between two sentences, and longer between two parts (a question and its
# answers, the answers and the explanation), as a person reading aloud would leave.
PAUSE_SENTENCE = 0.35
PAUSE_PART = 0.8


def pause_before(previous: str, part: str) -> float:
    return PAUSE_PART if part != previous else PAUSE_SENTENCE


def timings_toml(sentences: list[Sentence], *, draft: bool, voice: str,
                 said: Mapping[str, str]) -> str:
    # json.dumps writes strings TOML reads as the same strings (both use \" \\ \n \uXXXX).
    out = ["# When each sentence is said (seconds), for highlighting as the page is read.",
           f"draft = {'true' if draft else 'false'}", f"voice = {json.dumps(voice)}"]
    if said:
        out.append("said = { " + ", ".join(f"{k} = {json.dumps(v, ensure_ascii=False)}"
                                            for k, v in sorted(said.items())) + " }")
    for s in sentences:
        out += ["", "[[sentences]]", f"start = {s.start}", f"end = {s.end}",
                f"part = {json.dumps(s.part)}",
                f"text = {json.dumps(s.text, ensure_ascii=False)}"]
    return "\n".join(out) + "\n"


def used_placeholders(page: Page, language: str, values: Mapping[str, str]) -> dict[str, str]:
    """The site values this page's narration says aloud (the kiosk checks they still hold)."""
    body = page.body.get(language)
    return {name: value for name, value in values.items() if "{" + name + "}" in body}


def save(folder: Path, page_id: str, language: str, samples: bytes, rate: int,
         sentences: list[Sentence], *, draft: bool, voice: str,
         said: Mapping[str, str]) -> Path:
    """Write ``<page>.<lang>.ogg`` (Opus, from mono 16-bit ``samples``) and its timings."""
    audio = folder / f"{page_id}.{language}.ogg"
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{audio.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        sndfile.write(Path(tmp), samples, rate)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, audio)
        fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    for other in narration.AUDIO_SUFFIXES:  # one narration per page and language
        stale = folder / f"{page_id}.{language}{other}"
        if other != ".ogg" and stale.exists():
            stale.unlink()
    write_atomic(narration.timings_file(folder, page_id, language),
                 timings_toml(sentences, draft=draft, voice=voice, said=said).encode())
    return audio
