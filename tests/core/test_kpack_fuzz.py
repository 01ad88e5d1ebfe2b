"""Random damage to a valid signed .kpack never installs anything else and never crashes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kpack_helpers import build, make_pack, make_store, new_key, pub_text, tree_bytes

from kiosk.core.problems import PackError
from kiosk.core.store import PackStore
from kiosk.core.validate import validate_path


@dataclass
class Bench:
    store: PackStore
    good: bytes
    old_tree: dict[str, bytes]
    new_tree: dict[str, bytes]
    work: Path


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> Bench:
    tmp = tmp_path_factory.mktemp("fuzz")
    key = new_key()
    store = make_store(tmp, trusted=[pub_text(key)], bundled=None)
    store.install(build(make_pack(tmp / "v2", 2), tmp / "v2.kpack", key))
    new = make_pack(tmp / "v3", 3)
    good = build(new, tmp / "v3.kpack", key).read_bytes()
    return Bench(store, good, tree_bytes(store.active_pack_folder()), tree_bytes(new), tmp)


@st.composite
def damage(draw: st.DrawFn, data: bytes) -> bytes:
    """Flip, overwrite, cut, insert or delete bytes somewhere in the file."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        if not out:
            break
        kind = draw(st.sampled_from(["flip", "set", "truncate", "insert", "delete", "zero"]))
        at = draw(st.integers(0, len(out) - 1))
        if kind == "flip":
            out[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "set":
            out[at] = draw(st.integers(0, 255))
        elif kind == "truncate":
            del out[at:]
        elif kind == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif kind == "delete":
            del out[at:at + draw(st.integers(1, 64))]
        else:
            length = draw(st.integers(1, 512))
            out[at:at + length] = bytes(min(length, len(out) - at))
    return bytes(out)


# database=None: the examples are cheap to regenerate and a shared repo needs no cache dir.
@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_damage_never_installs_and_never_crashes(bench: Bench, data: st.DataObject) -> None:
    damaged = data.draw(damage(bench.good))
    path = bench.work / "damaged.kpack"
    path.write_bytes(damaged)
    assert isinstance(validate_path(path), list)  # never raises
    try:
        installed = bench.store.install(path)
    except PackError as error:
        assert error.problems and all(str(p) for p in error.problems)
        assert tree_bytes(bench.store.active_pack_folder()) == bench.old_tree
        assert not any(bench.store.staging.iterdir())
        return
    # Only damage to bytes nothing depends on (a zip timestamp, say) may get through, and
    # then what is installed is exactly the signed content.
    assert installed.version == 3
    assert tree_bytes(bench.store.active_pack_folder()) == bench.new_tree
    bench.store.rollback()
    assert tree_bytes(bench.store.active_pack_folder()) == bench.old_tree
