"""``kiosk-pack``: exit codes 0 (success), 1 (refused or invalid), 2 (wrong usage)."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from kpack_helpers import make_pack

import kiosk
from kiosk.core import signing, updatelist, webaddress
from kiosk.core.settings import Settings
from kiosk.packcli import ProgressBar, main

REPO = Path(kiosk.__file__).resolve().parent.parent


def run(*args: object) -> int:
    return main([str(a) for a in args])


def test_the_whole_staff_workflow(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack, keys, data = tmp_path / "pack", tmp_path / "keys", tmp_path / "data"
    assert run("new", pack) == 0
    assert run("new", pack) == 1  # never over an existing folder
    assert run("validate", pack) == 0
    assert run("keygen", keys) == 0
    assert run("keygen", keys) == 1
    out = capsys.readouterr().out
    assert "ed25519:" in out
    assert run("build", pack, "-o", tmp_path / "v1.kpack", "--key", keys / "kiosk-pack.key") == 0
    assert run("validate", tmp_path / "v1.kpack") == 0
    assert run("verify", tmp_path / "v1.kpack", "--pubkey", keys / "kiosk-pack.pub") == 0
    assert run("info", tmp_path / "v1.kpack") == 0
    info = capsys.readouterr().out
    assert "org.example.my-pack" in info and "signature:       key" in info

    # The kiosk trusts nothing yet: refused, and says what is still in use.
    assert run("install", tmp_path / "v1.kpack", "--data-dir", data) == 1
    err = capsys.readouterr().err
    assert "does not trust" in err and "still in use" in err
    public = signing.public_key_text(signing.load_public_key(keys / "kiosk-pack.pub"))
    data.mkdir(exist_ok=True)
    Settings(trusted_keys=[public]).save(data / "settings.json")
    assert run("install", tmp_path / "v1.kpack", "--data-dir", data) == 0
    assert run("install", tmp_path / "v1.kpack", "--data-dir", data) == 1  # not newer

    toml = pack / "pack.toml"
    toml.write_text(toml.read_text().replace("version = 1 ", "version = 2 "))
    (pack / "topics/first-topic/first-page.en.md").write_text("New words for version two.\n")
    assert run("build", pack, "-o", tmp_path / "v2.kpack") == 0
    assert run("verify", tmp_path / "v2.kpack", "--pubkey", public) == 1  # unsigned
    assert run("sign", tmp_path / "v2.kpack", "--key", keys / "kiosk-pack.key") == 0
    assert run("verify", tmp_path / "v2.kpack", "--pubkey", public) == 0
    capsys.readouterr()
    assert run("diff", tmp_path / "v1.kpack", tmp_path / "v2.kpack") == 0
    assert "~ page first-topic/first-page: English words" in capsys.readouterr().out
    assert run("install", tmp_path / "v2.kpack", "--data-dir", data) == 0
    assert run("status", "--data-dir", data) == 0
    status = capsys.readouterr().out
    assert "version 2" in status and "rollback: version 1" in status
    assert run("rollback", "--data-dir", data) == 0
    assert run("rollback", "--data-dir", data) == 0  # to the bundled pack
    assert run("rollback", "--data-dir", data) == 1  # nothing left
    capsys.readouterr()
    key = keys / "kiosk-pack.key"
    assert run("publish", tmp_path / "v2.kpack", "--channel", tmp_path / "channel",
               "--key", key) == 1  # where is it published?
    assert "--address" in capsys.readouterr().err
    assert run("publish", tmp_path / "v2.kpack", "--channel", tmp_path / "channel",
               "--key", key, "--address", "https://clinic.example.pk/kiosk") == 0
    first = re.search(r"update list number (\d+)", capsys.readouterr().out)
    assert first and (tmp_path / "channel" / "channel.json").exists()
    assert run("publish", "--channel", tmp_path / "channel", "--key", key,
               "--valid-days", "7") == 0  # signed anew, nothing added
    out = capsys.readouterr().out
    second = re.search(r"update list number (\d+)", out)
    assert second and int(second[1]) > int(first[1]) and "org.example" in out
    assert "copy the whole folder to https://clinic.example.pk/kiosk/" in out
    assert run("publish", tmp_path / "nothing.kpack", "--channel", tmp_path / "channel",
               "--key", key) == 1
    assert run("publish", "--channel", tmp_path / "channel", "--key", tmp_path / "no.key") == 1


def test_publish_tidies_each_address_as_a_kiosk_does_and_refuses_in_its_words(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An address copied from a document (a zero-width mark before it, spaces after) was
    refused, though a kiosk given it follows it; a bad one was refused in other words
    than the kiosk's."""
    keys, channel = tmp_path / "keys", tmp_path / "channel"
    assert run("keygen", keys) == 0
    key = keys / "kiosk-pack.key"
    assert run("build", make_pack(tmp_path / "pack", 2), "-o", tmp_path / "v2.kpack",
               "--key", key) == 0
    capsys.readouterr()
    copied = "\u200bHTTPS://Example.org/packs/ \u200f  "
    assert run("publish", tmp_path / "v2.kpack", "--channel", channel, "--key", key,
               "--address", copied) == 0
    listing = updatelist.read_unchecked((channel / updatelist.CHANNEL_FILE).read_bytes())
    assert listing.addresses == ["https://example.org/packs/"]
    kiosk_url = webaddress.listing_url(webaddress.tidy(copied), updatelist.CHANNEL_FILE)
    assert updatelist.lists_address(listing, kiosk_url)
    assert "copy the whole folder to https://example.org/packs/," in capsys.readouterr().out

    before = {path.name: path.read_bytes() for path in channel.iterdir()}
    assert run("build", make_pack(tmp_path / "pack3", 3), "-o", tmp_path / "v3.kpack",
               "--key", key) == 0
    for bad in ("not an address", "https://exa mple.org/packs/", "ftp://example.org/packs/"):
        capsys.readouterr()
        for folder in (channel, tmp_path / "new-channel"):
            assert run("publish", tmp_path / "v3.kpack", "--channel", folder, "--key", key,
                       "--address", bad) == 1
            with pytest.raises(webaddress.BadAddress) as said:
                webaddress.tidy(bad)
            assert str(said.value) in capsys.readouterr().err  # what a kiosk says of it
        assert {path.name: path.read_bytes() for path in channel.iterdir()} == before
        assert not (tmp_path / "new-channel").exists()


def test_validate_lists_every_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = make_pack(tmp_path / "p", en="A guaranteed cure!\n", ur="مکمل شفا کی ضمانت\n")
    (pack / "topics/first-topic/first-page.svg").write_text("<svg><broken")
    (pack / "topics/first-topic/photo.jpg").write_bytes(b"\xff\xd8")
    assert run("validate", pack, "--today", "2099-01-01") == 1
    err = capsys.readouterr().err
    assert "first-page.en.md, line 1: promises too much" in err
    assert "first-page.ur.md, line 1: promises too much" in err
    assert "first-page.svg" in err and "photo.jpg" in err
    assert "medical review was due" in err
    assert run("build", pack, "-o", tmp_path / "x.kpack") == 1
    assert not (tmp_path / "x.kpack").exists()


@pytest.mark.parametrize("args", [
    [], ["frobnicate"], ["build", "dir"], ["verify", "x.kpack"], ["sign", "x.kpack"],
    ["validate"], ["validate", "x", "--today", "yesterday"], ["publish", "--channel", "c"],
    ["publish", "x.kpack", "--key", "k"],
])
def test_wrong_usage_is_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    assert "usage:" in capsys.readouterr().err


def test_help_and_version_are_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert main(["--version"]) == 0
    assert main(["build", "--help"]) == 0


def test_refusals_are_1(tmp_path: Path) -> None:
    (tmp_path / "junk.kpack").write_bytes(b"junk")
    (tmp_path / "bad.key").write_text("junk")
    assert run("validate", tmp_path / "missing") == 1
    assert run("info", tmp_path / "junk.kpack") == 1
    assert run("verify", tmp_path / "junk.kpack", "--pubkey", tmp_path / "bad.key") == 1
    assert run("diff", tmp_path / "junk.kpack", tmp_path / "junk.kpack") == 1
    assert run("build", tmp_path / "missing", "-o", tmp_path / "o.kpack") == 1
    pack = make_pack(tmp_path / "p")
    assert run("build", pack, "-o", tmp_path / "o.kpack", "--key", tmp_path / "bad.key") == 1
    assert run("build", pack, "-o", tmp_path / "o.zip") == 2
    assert run("sign", tmp_path / "junk.kpack", "--key", tmp_path / "bad.key") == 1
    assert run("install", tmp_path / "junk.kpack", "--data-dir", tmp_path / "d") == 1


def test_progress_bar_draws_on_request() -> None:
    stream = io.StringIO()
    bar = ProgressBar("installing", stream=stream, enabled=True, width=10)
    bar(0, 100)
    bar(100, 100)
    bar.close()
    text = stream.getvalue()
    assert "installing [----------]   0%" in text and "[##########] 100%" in text
    quiet = io.StringIO()
    ProgressBar("x", stream=quiet)(5, 10)  # not a terminal: silent
    assert quiet.getvalue() == ""


def test_real_subprocess(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")

    def cli(*args: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "kiosk.packcli", *map(str, args)],
                              env=env, capture_output=True, text=True, timeout=60)

    assert cli("new", tmp_path / "p").returncode == 0
    done = cli("--progress", "build", tmp_path / "p", "-o", tmp_path / "p.kpack")
    assert done.returncode == 0, done.stderr
    assert "building [" in done.stderr and "100%" in done.stderr
    assert cli("validate", tmp_path / "p.kpack").returncode == 0
    (tmp_path / "p/pack.toml").write_text('format = 1\nid = "unfinished\n')
    bad = cli("validate", tmp_path / "p")
    assert bad.returncode == 1 and "pack.toml, line 2: is not valid TOML" in bad.stderr
    assert cli("build").returncode == 2


def test_starter_pack_review_date_is_ahead() -> None:
    from kiosk.packcli import _starter_files

    text = _starter_files(dt.date(2028, 2, 29))["pack.toml"]
    assert "next_review = 2029-02-28" in text or "next_review = 2029-03-01" in text


def test_unwritable_data_folder_is_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert run("status", "--data-dir", blocker / "data") == 1
    assert "file" in capsys.readouterr().err
