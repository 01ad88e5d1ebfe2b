"""kiosk-pack on hostile files of up to 64 MB (#15): each refused with a plain sentence,
exit 1, no traceback, nothing written, and never more than 300 MB of memory (the kiosk
once took 3.8 GB over four unsigned files). Their time is bench/hostile.py's to measure."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_files import Case, make_corpus, packcli, snapshot

MAX_MB = 300


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Case]]:
    root = tmp_path_factory.mktemp("hostile")
    yield {case.name: case for case in make_corpus(root)}
    shutil.rmtree(root, ignore_errors=True)  # 460 MB of hostile files, made again each run


NAMES = ["pack-toml-64mb", "topic-toml-brackets", "page-64mb", "picture-64mb",
         "stray-picture-64mb", "narration-64mb", "manifest-brackets", "manifest-64mb",
         "signature-braces", "unlisted-64mb-member", "noise", "crowd"]


@pytest.mark.parametrize("name", NAMES)
def test_a_hostile_file_is_refused_plainly_and_cheaply(corpus: dict[str, Case], name: str,
                                                       tmp_path: Path) -> None:
    case = corpus[name]
    assert set(corpus) == set(NAMES)
    before = snapshot(case.path)
    runs = [("validate", packcli("validate", str(case.path)))]
    if not case.folder:
        data = tmp_path / "data"
        runs.append(("install", packcli("install", str(case.path), "--data-dir", str(data))))
    for command, run in runs:
        assert run.code == 1, (command, run.stderr[-2000:])
        assert "Traceback" not in run.stderr and "Error:" not in run.stderr, run.stderr[-2000:]
        assert case.path.name in run.stderr or case.name in run.stderr  # names the file
        assert 0 < run.peak_mb < MAX_MB, (command, run.peak_mb)
    assert snapshot(case.path) == before  # nothing written beside it
    if not case.folder:
        versions = tmp_path / "data" / "packs" / "versions"
        assert not versions.exists() or not any(versions.iterdir())
