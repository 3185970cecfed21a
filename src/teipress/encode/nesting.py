"""Which inline element may stand inside which: the nesting rules of schema/teipress.rng.

Several annotators (encode/annotate.py) mark spans of one run of text (quotations, titles,
names, dates); where their spans meet, this one table decides what nests, so the encoder never
writes what the grammar forbids, whatever the text. tests/test_nesting.py checks the table
against the grammar.
"""

from __future__ import annotations

NAMES = frozenset({"persName", "placeName", "orgName"})
NAMES_DATES = NAMES | {"date"}
INLINE = NAMES_DATES | {"quote", "said", "q", "term", "title"}

# The inline elements each element may hold (local names); an element not listed holds none.
CONTENT: dict[str, frozenset[str]] = {
    "p": INLINE,
    "item": INLINE,  # a list's entry, a table's cell: annotated as paragraphs are
    "cell": INLINE,
    "head": INLINE,
    "quote": INLINE,
    "said": INLINE,
    "q": INLINE,
    "term": NAMES_DATES,
    "title": NAMES_DATES,
    "byline": NAMES,
    "dateline": frozenset({"placeName", "orgName", "date"}),
    "fw": frozenset({"persName", "date"}),
    "trailer": frozenset({"persName"}),  # who signs what follows an end mark
}


def may_hold(parent: str, child: str) -> bool:
    """Whether the grammar lets ``child`` stand directly inside ``parent`` (local names)."""
    return child in CONTENT.get(parent, frozenset())
