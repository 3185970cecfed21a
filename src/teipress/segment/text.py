"""Character-level facts about extracted Chinese text: widths, punctuation, joining."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Sentence-final marks; a closing quote or bracket after one still ends the sentence.
TERMINAL = "。！？!?…；;"
CLOSERS = "”’」』）)》〉】\"'"
DASHES = ("——", "—", "――", "─", "--")
CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


@lru_cache(maxsize=8192)  # every line is measured against several neighbours
def width(text: str) -> float:
    """Printed width in CJK cells: full-width characters count 1, half-width ones ½."""
    total = 0.0
    for ch in text:
        if ch.isspace():
            total += 0.5
        elif unicodedata.east_asian_width(ch) in "FW" or ch in "“”‘’…—·":
            total += 1
        else:
            total += 0.5
    return total


def ends_sentence(text: str) -> bool:
    """Whether a line ends a sentence (so a paragraph may end here)."""
    stripped = text.rstrip().rstrip(CLOSERS)
    if not stripped:
        return text.rstrip()[-1:] in CLOSERS
    return stripped[-1] in TERMINAL



def join_lines(lines: list[str]) -> str:
    """Join wrapped lines: nothing between CJK characters, one space between Latin words."""
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if out and _needs_space(out[-1], line[0]):
            out += " "
        out += line
    return out


def _needs_space(left: str, right: str) -> bool:
    return left.isascii() and right.isascii() and left.isalnum() and right.isalnum()


def has_cjk_gap(text: str) -> bool:
    """A space between two CJK characters: headlines set two phrases apart, body text never.
    A word set letter-spaced (``聚 焦``) is one phrase."""
    return bool(CJK_GAP.search(text.strip())) and not letter_spaced(text)


def letter_spaced(text: str) -> bool:
    """A short word printed with a space after each character: ``对 话``."""
    tokens = text.split()
    return len(tokens) >= 2 and all(len(token) == 1 for token in tokens)


def short(text: str, limit: int = 16) -> str:
    """A text cut to ``limit`` characters for an explanation note, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
