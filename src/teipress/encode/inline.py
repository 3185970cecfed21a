"""The one writer of inline markup: spans over a text, nested as the grammar allows.

Annotators (encode/annotate.py) find the spans; ``fill`` writes them into an element once.
Quotation marks stay as printed, outside the elements: ``提出：“<quote>…</quote>”``.
Spans nest as the grammar allows (a name inside a quotation, not a quotation inside a title:
encode/nesting.py); a span crossing another, or standing where the grammar forbids it, is
dropped, never its text.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from teipress.encode.nesting import may_hold


@dataclass(frozen=True)
class Span:
    """An element to write over ``text[start:end]``: its qualified tag and attributes."""

    start: int
    end: int
    tag: str
    attrs: tuple[tuple[str, str], ...] = ()


def fill(parent: etree._Element, text: str, spans: list[Span]) -> None:
    """Append ``text`` to ``parent`` with each span as a nested child element."""
    nested = _nest(sorted(set(spans), key=lambda s: (s.start, -s.end, s.tag)),
                   etree.QName(parent).localname)
    _emit(parent, text, 0, len(text), nested)


def _nest(spans: list[Span], container: str) -> list[tuple[Span, list]]:
    """Spans (sorted outermost first) as a forest inside ``container``: a span that crosses
    its neighbour's boundary, or that the grammar forbids inside the span (or the container)
    around it, is dropped; what it held still nests in what is around it."""
    roots: list[tuple[Span, list]] = []
    stack: list[tuple[Span, list]] = []
    for span in spans:
        if span.end <= span.start:
            continue
        while stack and stack[-1][0].end <= span.start:
            stack.pop()
        if stack and span.end > stack[-1][0].end:
            continue  # crosses the enclosing span
        around = etree.QName(stack[-1][0].tag).localname if stack else container
        if not may_hold(around, etree.QName(span.tag).localname):
            continue
        node: tuple[Span, list] = (span, [])
        (stack[-1][1] if stack else roots).append(node)
        stack.append(node)
    return roots


def _emit(parent: etree._Element, text: str, start: int, end: int, nodes: list) -> None:
    cursor = start
    # appended after what the parent holds already (a head's earlier line and its lb)
    last: etree._Element | None = parent[-1] if len(parent) else None
    for span, children in nodes:
        _append_text(parent, last, text[cursor : span.start])
        child = etree.SubElement(parent, span.tag)
        for name, value in span.attrs:
            child.set(name, value)
        _emit(child, text, span.start, span.end, children)
        last, cursor = child, span.end
    _append_text(parent, last, text[cursor:end])


def _append_text(parent: etree._Element, last: etree._Element | None, chunk: str) -> None:
    if not chunk:
        return
    if last is None:
        parent.text = (parent.text or "") + chunk
    else:
        last.tail = (last.tail or "") + chunk
