"""The copies of ../shared that the tests use are still the project's shared material.

tests/shared/ holds the sample's gold, the scorer and tei_all (with its provenance), and the
sample edition holds the sample page, so a fresh clone runs every test; where ../shared exists
(developers, CI) each copy must match it byte for byte, or it has gone stale.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SAMPLE_TXT, SHARED, UPSTREAM_SHARED

NEEDED = ("samples/wuhai-daily-2022-11-22-p03.gold.json", "tools/score_page.py",
          "tei/tei_all.rng", "tei/SOURCE.md")
COPIES = {SHARED / name: UPSTREAM_SHARED / name for name in NEEDED}
COPIES[SAMPLE_TXT] = UPSTREAM_SHARED / "samples" / "wuhai-daily-2022-11-22-p03.txt"


def test_the_copies_are_there_and_nothing_else():
    held = {path.relative_to(SHARED).as_posix() for path in SHARED.rglob("*") if path.is_file()}
    assert held == {*NEEDED, "README.md"}


@pytest.mark.skipif(not UPSTREAM_SHARED.is_dir(), reason=f"no {UPSTREAM_SHARED} to compare with")
@pytest.mark.parametrize("copy", list(COPIES), ids=lambda p: p.name)
def test_copy_matches_the_shared_folder(copy: Path):
    original = COPIES[copy]
    assert original.is_file(), f"{original} is gone from ../shared: drop or re-home {copy}"
    assert copy.read_bytes() == original.read_bytes(), f"{copy} differs from {original}"
