"""Shared fixtures: the sample page and its gold, the scorer and tei_all, all in the repository."""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The project's shared folder (../shared), which developers have and users never do; the files
# the tests need are copied under tests/shared/ and checked against it by test_shared_copies.py.
UPSTREAM_SHARED = ROOT.parent / "shared"
SHARED = ROOT / "tests" / "shared"
SAMPLE_TXT = ROOT / "editions" / "wuhai-daily" / "2022-11-22" / "03.txt"
SAMPLE_GOLD = SHARED / "samples" / "wuhai-daily-2022-11-22-p03.gold.json"
SCORER = SHARED / "tools" / "score_page.py"
EXAMPLE_TEI = ROOT / "tests" / "data" / "example-page.xml"
TEI_ALL = SHARED / "tei" / "tei_all.rng"


def _hypothesis_profiles() -> None:
    """In CI, property tests draw the same examples every run (a landing is never decided by
    luck); on a developer's machine they explore new ones each run."""
    import os

    from hypothesis import settings

    settings.register_profile("ci", derandomize=True, print_blob=True)
    if os.environ.get("CI"):
        settings.load_profile("ci")


_hypothesis_profiles()


def load_scorer() -> ModuleType:
    """The project's page scorer (tests/shared/tools/score_page.py) as a module."""
    spec = importlib.util.spec_from_file_location("score_page", SCORER)
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


@pytest.fixture
def warned(caplog) -> Callable[[], list[str]]:
    """``warned()``: the warnings teipress has logged so far in the test, in order (its
    diagnostics go to the ``teipress`` loggers; the CLI formats them)."""
    caplog.set_level(logging.WARNING, logger="teipress")
    return lambda: [record.getMessage() for record in caplog.records
                    if record.name.startswith("teipress") and record.levelno == logging.WARNING]
