"""Interim: dates written in full. Replaced by the dates analysis of issue 8."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    when: str


def find_dates(text: str, issue_date: datetime.date | None) -> list[DateMention]:
    found = []
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text):
        try:
            when = datetime.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            continue
        found.append(DateMention(m.start(), m.end(), when))
    return found
