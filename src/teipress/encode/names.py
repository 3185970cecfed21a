"""Interim: names the page itself vouches for (bylines, credits, editors). Replaced by the
names analysis of issue 8."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str
    name: str


def find_mentions(text: str, known_persons: Iterable[str] = ()) -> list[Mention]:
    found: list[Mention] = []
    taken: set[int] = set()
    for name in sorted(set(known_persons), key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            if not taken & set(range(start, start + len(name))):
                found.append(Mention(start, start + len(name), "person", name))
                taken.update(range(start, start + len(name)))
            start = text.find(name, start + len(name))
    return sorted(found, key=lambda m: m.start)


def byline_names(text: str) -> list[Mention]:
    from teipress.segment.patterns import names_in

    found = []
    cursor = 0
    compact = text
    for name in names_in(text):
        start = compact.find(name[0], cursor)
        end = compact.find(name[-1], start + 1) + 1
        found.append(Mention(start, end, "person", name))
        cursor = end
    return found


def speaker_after_quote(text: str, pos: int, mentions: Sequence[Mention]) -> Mention | None:
    for mention in mentions:
        if mention.kind == "person" and pos < mention.start <= pos + 12:
            return mention
    return None
