"""Inline annotation: independent annotators, one per kind, each finding spans over a text.

An annotator is a function ``(text, context) -> list[Span]``: it marks one kind of thing
(names, quotations, terms, titles, dates) and knows nothing of the others or of XML nesting.
``annotate`` runs a fixed sequence of them over one paragraph (or one byline) and returns
all their spans; ``inline.fill`` then writes them once, nested as the grammar allows.

What annotators share is in the page's ``Context``: the issue date, the registers the name
elements point into, the persons known so far on the page, those it prints before a speech
verb anywhere, and the mentions the names annotator found in the text at hand (the
quotations annotator reads them for ``said/@who``, so names run first).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from teipress.encode import bylines, dates, names
from teipress.encode.inline import Span
from teipress.encode.name_parts import CJK, Mention
from teipress.encode.name_span import role_pattern
from teipress.encode.quotations import classified_quotations, is_authority, officials_directive
from teipress.encode.registers import Registers
from teipress.encode.xml import tei

__all__ = ["CREDIT_LINE", "RUNNING_TEXT", "TRAILER_LINE", "Annotator", "Context", "annotate",
           "annotate_head", "annotate_row"]


@dataclass
class Context:
    """What the annotators of one page share; ``mentions`` holds the current text's names."""

    issue_date: datetime.date | None
    registers: Registers
    known_persons: list[str]  # names the page vouches for, then each person found in it
    speakers: frozenset[str] = frozenset()  # names its paragraphs print before a speech verb
    mentions: list[Mention] = field(default_factory=list)
    officials: list[str] = field(default_factory=list)  # persons named after an authority's office


Annotator = Callable[[str, Context], list[Span]]

# A quotation's kind (quotations.classify_quotation) as its element and attributes.
_QUOTE_ELEMENTS = {
    "policy": ("quote", (("type", "policy"),)),
    "said": ("said", ()),
    "q": ("q", ()),
}
_TITLE = re.compile(r"《([^《》]+)》")


def _mentions(text: str, context: Context) -> list[Mention]:
    """The names in a text, read with what the page has told of its persons so far."""
    return names.find_mentions(text, context.known_persons, context.speakers)


def name_spans(text: str, context: Context) -> list[Span]:
    """Persons, places and organisations, each pointing at its register entry; a person
    found here is known in the paragraphs that follow."""
    return _name_spans(text, context, _mentions(text, context))


# A head's line ending one character after a person found in it: the name was cut short of
# its last character (——记某地管理员白者发 read as 白者), which a head gives no text to settle.
_CUT_SHORT = re.compile(f"[{CJK}]$")


# A head's line wholly in brackets: a column's name set as a kicker (（国际观察）,
# （某某故事·之五）), which reads as a signature would in running text.
_BRACKETED = re.compile(r"[（(][^（）()]*[)）]")


def head_name_spans(text: str, context: Context, after: str = "") -> list[Span]:
    """The names in a head's line, as in running text, but no person in a bracketed line
    (see _BRACKETED) nor one cut short (see _CUT_SHORT): nothing after it in the line tells
    where the name ends; nor one the line ends on that runs on into the head's next lines,
    ``after`` (——记…院长吉克阿 / 依: the name is 吉克阿依, which no line holds whole)."""
    column = _BRACKETED.fullmatch(text.strip()) is not None
    mentions = [m for m in _mentions(text, context)
                if m.kind != "person"
                or not (column or _CUT_SHORT.fullmatch(text, m.end)
                        or _runs_on(text, m, after, context))]
    return _name_spans(text, context, mentions)


def _runs_on(text: str, person: Mention, after: str, context: Context) -> bool:
    """Whether a person a head's line ends on is read longer with the next lines after it."""
    if not after or person.end != len(text):
        return False
    joined = _mentions(text + after, context)
    return any(m.kind == "person" and m.start == person.start and m.end > person.end
               for m in joined)


def _name_spans(text: str, context: Context, mentions: list[Mention]) -> list[Span]:
    context.known_persons.extend(m.name for m in mentions if m.kind == "person")
    context.officials.extend(m.name for m in mentions
                             if m.kind == "person" and _after_an_office(text, m.start))
    context.mentions = mentions
    registers = context.registers
    return [
        Span(m.start, m.end, tei(registers.element_name(m.kind)),
             (("ref", registers.ref(m.kind, m.name)),))
        for m in mentions
    ]


# The marks a clause begins after: the words naming a person's office are in the clause the
# name closes.
_CLAUSE_MARKS = "。！？；，,：:“”"


# A company's name ends so: its executives' 要求 binds its staff as an authority's does.
_COMPANY = re.compile(r"公司|集团")


def _after_an_office(text: str, start: int) -> bool:
    """Whether a person is named right after an office of an authority or a company, in one
    clause (省教育厅党组成员、副厅长卓玛央金; 集团公司党委书记、董事长某某;
    油田公司副总经理某某)."""
    clause = text[max(text.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1 : start]
    office = any(m.end() == start for m in role_pattern().finditer(text, max(0, start - 8), start))
    return office and (is_authority(clause) or _COMPANY.search(clause) is not None)


def quotation_spans(text: str, context: Context) -> list[Span]:
    """Quoted policy, speech (with ``@who`` when a person found by ``name_spans`` says it)
    and other quotations; quoted terms are ``term_spans``'."""
    spans = []
    for q, kind in classified_quotations(text):
        if kind == "term":
            continue
        if kind != "policy" and officials_directive(text, q, context.officials):
            kind = "policy"
        tag, attrs = _QUOTE_ELEMENTS[kind]
        if kind == "said":
            speaker = names.speaker_after_quote(text, q.end, context.mentions)
            if speaker is not None and speaker.kind == "person":
                attrs = (("who", context.registers.ref("person", speaker.name)),)
        spans.append(Span(q.start, q.end, tei(tag), attrs))
    return spans


def term_spans(text: str, context: Context) -> list[Span]:
    """Quoted words used as terms: “双碳”目标, “闯”的精神."""
    return [Span(q.start, q.end, tei("term"))
            for q, kind in classified_quotations(text) if kind == "term"]


def title_spans(text: str, context: Context) -> list[Span]:
    """《Titles》 of works and documents: the marks stay outside."""
    return [Span(m.start() + 1, m.end() - 1, tei("title")) for m in _TITLE.finditer(text)]


def date_spans(text: str, context: Context) -> list[Span]:
    """Calendar dates the text fixes, resolved against the issue's date."""
    return [Span(d.start, d.end, tei("date"), (("when", d.when),))
            for d in dates.find_dates(text, context.issue_date)]


def trailer_name_spans(text: str, context: Context) -> list[Span]:
    """The persons in what closes an article after its end mark: who signs it there (an
    obituary's family, 家属 某某 某某 泣告; a brief's reporters, （某某 某某）; a reviewer,
    （点评专家：…教授 某某）), read as in running text; its units and dates are left as
    printed, as in a byline."""
    persons = [m for m in _mentions(text, context) if m.kind == "person"]
    return _name_spans(text, context, persons)


def credit_spans(text: str, context: Context) -> list[Span]:
    """A byline, credit or editors entry: each person's name as a ``persName``."""
    return [Span(m.start, m.end, tei("persName"),
                 (("ref", context.registers.ref("person", m.name)),))
            for m in bylines.byline_names(text)]


# The order matters only where annotators share: names before quotations (``@who``), and
# register entries numbered in the order names first occur.
RUNNING_TEXT: tuple[Annotator, ...] = (
    name_spans, quotation_spans, term_spans, title_spans, date_spans,
)
CREDIT_LINE: tuple[Annotator, ...] = (credit_spans,)
# What follows an article's end mark (its trailer): the persons who sign it.
TRAILER_LINE: tuple[Annotator, ...] = (trailer_name_spans,)


def annotate_head(lines: Sequence[str], context: Context) -> list[list[Span]]:
    """Each line of a head, its names only. Papers set names outside running text as heads
    too (a roll of the fallen, 王某某  某省某县人; a book notice's credit line, 某某 著  某某 译;
    a profile's subtitle, ——记某地管理员某某), and a name there is the page's as much as in
    a paragraph; each line is read with the lines after it, where a name may run on."""
    found = []
    for n, line in enumerate(lines):
        context.mentions = []
        found.append(head_name_spans(line, context, "".join(lines[n + 1 :])))
    return found


def annotate(text: str, context: Context,
             annotators: Sequence[Annotator] = RUNNING_TEXT) -> list[Span]:
    """Every span the annotators find in ``text``, in their order."""
    context.mentions = []
    return [span for annotator in annotators for span in annotator(text, context)]


# How a table's row prints: its cells side by side, spaced apart.
CELL_GAP = "  "


def annotate_row(cells: Sequence[str], context: Context) -> list[list[Span]]:
    """Each cell's spans, found over the row as it prints: a cell alone is no sentence, and
    what makes a name of a cell is often the next one (a roll's 王某某 | 某省某县人 |
    1979年牺牲). A span across two cells is dropped."""
    row = CELL_GAP.join(cells)
    spans = annotate(row, context)
    found: list[list[Span]] = []
    start = 0
    for cell in cells:
        end = start + len(cell)
        found.append([replace(span, start=span.start - start, end=span.end - start)
                      for span in spans if start <= span.start and span.end <= end])
        start = end + len(CELL_GAP)
    return found
