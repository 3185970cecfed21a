"""An article's endnotes (注释) printed after its text: one list, not paragraphs of it.

Theory and review pages mark a citation in the text with a circled number (``…价值追求①。``)
and print the notes after the article, one a paragraph, each opening with its number
(``①某某：《…》，某某出版社2019年版，第47页。``). Extractors give each note as a paragraph of
the article's text. A run of paragraphs opening with circled numbers in order from ①, each
number printed earlier on the page inside a paragraph (the note's anchor), is the notes list:
one block whose rows are the notes, so the article's text keeps only its paragraphs.
"""

from __future__ import annotations

from teipress.segment.lists import entries_list
from teipress.segment.model import Paragraph, Piece

# The circled numbers notes are numbered with (① to ⑳), in order.
CIRCLED = "".join(chr(c) for c in range(0x2460, 0x2474))


def _number(piece: Piece) -> int | None:
    """The note number a paragraph opens with (1 for ①), or None."""
    if not isinstance(piece, Paragraph) or piece.block is not None or piece.caption:
        return None
    first = piece.text.lstrip()[:1]
    return CIRCLED.index(first) + 1 if first and first in CIRCLED else None


def _anchored(pieces: list[Piece], end: int, marks: str) -> bool:
    """Whether every mark is printed inside a paragraph before ``end`` (not opening it)."""
    text = "".join(piece.text.lstrip()[1:] for piece in pieces[:end]
                   if isinstance(piece, Paragraph))
    return all(mark in text for mark in marks)


def is_endnotes(piece: Piece) -> bool:
    """A notes list this module made (its rows numbered ①, ②, … in order)."""
    return isinstance(piece, Paragraph) and piece.block == "list" and all(
        row and row[0][:1] == CIRCLED[n] for n, row in enumerate(piece.rows[:len(CIRCLED)]))


def find_endnotes(pieces: list[Piece]) -> list[Piece]:
    """The pieces with each run of notes (①…, ②…, in order, anchored in the text before
    them) made one list block."""
    out: list[Piece] = []
    n = 0
    while n < len(pieces):
        end = n
        while end < len(pieces) and _number(pieces[end]) == end - n + 1:
            end += 1
        notes = [piece for piece in pieces[n:end] if isinstance(piece, Paragraph)]
        if notes and _anchored(pieces, n, CIRCLED[:len(notes)]):
            out.append(entries_list(notes))
            n = end
            continue
        out.append(pieces[n])
        n += 1
    return out
