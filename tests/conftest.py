"""Shared fixtures: the sample page, the shared folder CI always has, temporary outputs."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE_TXT = ROOT / "editions" / "wuhai-daily" / "2022-11-22" / "03.txt"
EXAMPLE_TEI = ROOT / "tests" / "data" / "example-page.xml"
TEI_ALL = SHARED / "tei" / "tei_all.rng"


def needs_shared(path: Path) -> pytest.MarkDecorator:
    """Skip where ../shared is absent, as on a user's machine; CI always has it."""
    return pytest.mark.skipif(not path.exists(), reason=f"needs {path} (../shared)")


def _hypothesis_profiles() -> None:
    """In CI, property tests draw the same examples every run (a landing is never decided by
    luck); on a developer's machine they explore new ones each run."""
    import os

    from hypothesis import settings

    settings.register_profile("ci", derandomize=True, print_blob=True)
    if os.environ.get("CI"):
        settings.load_profile("ci")


_hypothesis_profiles()
