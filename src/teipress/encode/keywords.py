"""Interim: no keywords. Replaced by the keywords analysis of issue 8."""

from __future__ import annotations

from collections.abc import Sequence


def page_keywords(texts: Sequence[str], limit: int = 10) -> list[str]:
    return []
