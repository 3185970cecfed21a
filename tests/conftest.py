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
