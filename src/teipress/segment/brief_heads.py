"""Columns of briefs: the column's label, and each brief's mark head (■, ◆).

Decided by the layout before any head is placed by its words: a label heads no article,
and a mark head heads the brief it is printed over (or, where the extractor printed the
marks after the texts, the brief before it).
"""

from __future__ import annotations

import re

from teipress.segment import thresholds
from teipress.segment.item_forms import CLOSING, is_body
from teipress.segment.line_bylines import placed_dash_signature
from teipress.segment.model import Byline, Figure, FurnitureItem, Head, Item, Paragraph
from teipress.segment.patterns import (
    BOX_HEAD,
    BRIEF_MARKS,
    DATELINE,
    SUBHEAD_MARK,
    is_column_label,
)
from teipress.segment.state import TextState
from teipress.segment.text import short


def column_labels(state: TextState, candidates: dict[int, Head | Paragraph]) -> None:
    """A column's label over the briefs stacked under it (法治动态, 要闻简报) heads none of
    them: a short one-line head with two or more briefs (a paragraph opening with its own
    dateline, or a head marked ■) printed under it, with nothing but the briefs' heads,
    paragraphs and closing bylines between. It goes to the page's furniture (``label``),
    taken from the candidates. A series tag over one brief's headline (【暑期安全】) is that
    brief's kicker, no column's label."""
    items = state.items
    for i, item in list(candidates.items()):
        if not (isinstance(item, Head) and len(item.lines) == 1 and not item.series
                and is_column_label(item.text, thresholds.COLUMN_LABEL_WIDTH)) \
                or BOX_HEAD.fullmatch(item.text):
            continue  # (a box's head an extractor printed after its text, over the label of
            # the briefs: 专家简介 / 校园快讯)
        briefs, end = _briefs_under(items, i + 1)
        if briefs >= 2:
            # the briefs' heads are printed in their stack: none from elsewhere on the page
            for a, builder in enumerate(state.builders):
                if builder.indexes and i < min(builder.indexes) and max(builder.indexes) < end:
                    state.stacked[a] = (i + 1, end)
            del candidates[i]
            item.role = "label"
            state.page.furniture.append(FurnitureItem("label", item.text))
            state.page.explain(f"line {item.first_line}: “{item.text}” labels a column of "
                              f"{briefs} briefs: no article's head")


def _briefs_under(items: list[Item], start: int) -> tuple[int, int]:
    """How many briefs are stacked from ``start``, and where the stack ends: each opens with a
    dateline or a ■ head (the first within a head of the start), or is a reader's signed
    message; a figure, a head byline or a wide text ends the stack, and so does a run of more
    paragraphs than a brief has, and a head after the messages."""
    count, plain, messages = 0, 0, 0
    j = start
    for j in range(start, len(items)):
        item = items[j]
        if _signed_message(items, start, j):
            count, plain, messages = count + 1, 0, messages + 1
            continue
        if messages and isinstance(item, Head):
            return count, j  # a readers' column's messages have no heads: the next label's
        opens = (is_body(item) and bool(DATELINE.match(item.text))) or (
            isinstance(item, Head) and item.text[:1] in BRIEF_MARKS) or (
            count == 0 and j == start + 1 and isinstance(items[start], Head)
            and _closed_brief(items, j))
        if opens:
            count, plain = count + 1, 0
            continue
        if count == 0 and (j - start >= 2 or is_body(item)):
            return 0, j  # text that is no brief before the first: no column of briefs
        if isinstance(item, Figure) or (isinstance(item, Byline) and item.kind in (
                "lead", "credit")) or (isinstance(item, Paragraph) and item.wide):
            return count, j
        if is_body(item):
            plain += 1
            if plain > thresholds.BRIEF_PARAGRAPHS:
                return count, j
    return count, len(items)


# A reprint's note: the paper or agency a brief is taken from (（据《陕西日报》报道）,
# （据新华社电）).
_REPRINTED_FROM = re.compile(r"[（(]\s*据")


def _closed_brief(items: list[Item], start: int) -> bool:
    """A brief with no dateline under its headline: a brief's few paragraphs from ``start``,
    closed by the paper or agency it is reprinted from (``（据《陕西日报》报道）``); a box
    closed by its writer (a commentary's ``（某某）``) or its source (a notice's ``（来源：省气象
    台）``) is no brief."""
    closing = _closing_after_brief(items, start)
    return isinstance(closing, Byline) and closing.kind == "end" \
        and bool(_REPRINTED_FROM.match(closing.text))


def _signed_message(items: list[Item], start: int, j: int) -> bool:
    """A reader's message with no head in a readers' column (读者留言, 来信选登): right under
    the label or the signature before it, a brief's few paragraphs closed by its writer's
    dash signature (——西吉县 某某)."""
    if j > start and not (isinstance(before := items[j - 1], Byline) and before.kind == "trail"):
        return False
    closing = _closing_after_brief(items, j)
    return isinstance(closing, Byline) and placed_dash_signature(closing.text) is not None


def _closing_after_brief(items: list[Item], start: int) -> Item | None:
    """The item after a brief's few body paragraphs from ``start`` (one to BRIEF_PARAGRAPHS
    of them), which closes it; None where there are none, too many, or nothing after them."""
    end = start
    while end < len(items) and isinstance(item := items[end], Paragraph) and is_body(item) \
            and not item.wide:
        end += 1
    if not 0 < end - start <= thresholds.BRIEF_PARAGRAPHS or end >= len(items):
        return None
    return items[end]


def head_briefs(state: TextState, candidates: dict[int, Head | Paragraph]) -> None:
    """A ■… head over a brief that a closing byline parts from the last heads that brief
    (taken from the candidates); so does a ◆… head right under the column's label or right
    over a brief's dateline."""
    items, builders = state.items, state.builders
    _heads_after_briefs(state, candidates)
    starts = {min(b.indexes): a for a, b in enumerate(builders) if b.indexes}
    for i, item in list(candidates.items()):
        before = items[i - 1] if i > 0 else None
        after = items[i + 1] if i + 1 < len(items) else None
        closed = isinstance(before, Byline) and before.kind in CLOSING
        if isinstance(item, Head) and item.text[:1] in BRIEF_MARKS and (
                (isinstance(before, Head) and before.role == "label")
                or (after is not None and is_body(after) and DATELINE.match(after.text))):
            closed = True
        if isinstance(item, Head) and SUBHEAD_MARK.match(item.text) and closed \
                and (i + 1) in starts and not builders[starts[i + 1]].heads:
            builders[starts[i + 1]].heads.append((i, item))
            state.owner[i] = starts[i + 1]
            del candidates[i]
            state.page.explain(f"line {item.first_line}: “{short(item.text)}” heads the brief "
                              f"below it ({builders[starts[i + 1]].ident})")


def _heads_after_briefs(state: TextState, candidates: dict[int, Head | Paragraph]) -> None:
    """Briefs under a column's label whose mark heads (◆…) the extractor printed after their
    texts: the label is followed by a brief's text, not a head, and a mark head closes the
    column; there each mark head heads the brief printed before it (taken from the
    candidates), where every brief gets one."""
    items, builders = state.items, state.builders
    text_of = {i: a for a, b in enumerate(builders) for i in b.indexes}
    for label, item in enumerate(items):
        if not (isinstance(item, Head) and item.role == "label") or label + 1 >= len(items) \
                or label + 1 not in text_of:
            continue
        marks: list[int] = []
        briefs: list[int] = []
        j = label + 1
        while j < len(items):
            piece = items[j]
            if isinstance(piece, Head) and piece.text[:1] in BRIEF_MARKS and j in candidates:
                marks.append(j)
            elif j in text_of:
                if not briefs or briefs[-1] != text_of[j]:
                    briefs.append(text_of[j])
            elif not (isinstance(piece, Byline) and piece.kind in CLOSING):
                break
            j += 1
        if not marks or marks[-1] != j - 1 or len(marks) != len(briefs) \
                or any(builders[a].heads for a in briefs):
            continue
        owners = [text_of[max(k for k in text_of if k < m and k > label)] for m in marks]
        if owners != briefs:
            continue  # a mark with no brief of its own before it
        for m, a in zip(marks, briefs, strict=True):
            head = candidates.pop(m)
            assert isinstance(head, Head)  # (the marks are heads among the candidates)
            builders[a].heads.append((m, head))
            state.owner[m] = a
            state.page.explain(f"line {head.first_line}: “{short(head.text)}” heads "
                               f"the brief printed before it ({builders[a].ident})")
