"""What an item is by its form alone, read the same by every step that places items.

Body paragraphs (not a wide lead), subheads by their form (numbered, labelled, one of a
report's parallel labels) and the bylines printed after an article's text.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import TypeGuard

from teipress.segment.model import BylineKind, Head, Item, Paragraph
from teipress.segment.patterns import ASKED_QUESTION, BOX_TAG, SUBHEAD_MARK
from teipress.segment.text import DASHES

# Bylines printed after an article's text, closing it; a jump line also ends its text here.
CLOSING: tuple[BylineKind, ...] = ("trail", "end")
AFTER_TEXT: tuple[BylineKind, ...] = (*CLOSING, "jump")


def is_body(item: Item) -> TypeGuard[Paragraph]:
    return isinstance(item, Paragraph) and not item.wide


# A notice's number under its headline (项目编号：YXYC-2026-017, 招标编号：…): the number the
# issuer files it under, set where a report sets its subtitle and read as one.
_NOTICE_NUMBER = re.compile(r"[\u4e00-\u9fff]{0,4}编号\s*[：:]\s*[A-Za-z0-9][A-Za-z0-9.\-_/]*")


def is_notice_number(text: str) -> bool:
    """Whether a whole line is a notice's number (a line of its own, never a paragraph's)."""
    return bool(_NOTICE_NUMBER.fullmatch(text.strip()))


def is_subtitle(head: Head) -> bool:
    """A subtitle by its form: a dash before it (——记…), or a notice's number."""
    return head.text.strip().startswith(DASHES) or is_notice_number(head.text)


def is_labelled_subhead(head: Head) -> bool:
    """A subhead by its form alone: numbered, a label ending in a colon (``记者手记：``), a
    short label run in before its phrase (``现象：办卡容易退卡难``, ``对策：…``), or a 问答
    column's question (``问：…？``)."""
    first = head.lines[0].text.strip()
    labelled = len(head.lines) >= 2 and first.endswith(("：", ":"))
    asked = len(head.lines) == 1 and bool(ASKED_QUESTION.match(first))
    return not head.series and (
        bool(SUBHEAD_MARK.match(first)) or labelled or head.parallel or asked)


# A subhead's label and its phrase on one line: two to four characters, then a colon.
_RUN_IN_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,4}[：:]\s*[\u4e00-\u9fff“《]")


def mark_parallel_labels(items: list[Item]) -> None:
    """A report's subheads set in one form, each a label as long as the others run in
    before its phrase (现象：… 原因：… 对策：…): subheads, wherever they fall. One such head
    alone is no sign (青山村：… is a headline's form too)."""
    labelled = [item for item in items if isinstance(item, Head) and len(item.lines) == 1
                and _RUN_IN_LABEL.match(item.text)]
    def label_width(head: Head) -> int:
        return len(re.split("[：:]", head.text, maxsplit=1)[0])

    widths = Counter(label_width(head) for head in labelled)
    for head in labelled:
        head.parallel = widths[label_width(head)] >= 2


def mark_series_tags(items: list[Item]) -> None:
    """A tag in 【】 on a line of its own printed right over a headline (【文旅新场景】 over a
    feature's headline, 【暑期安全】 over a brief's), as a head of its own or in one box with
    the headline: the series the article belongs to, its kicker; a part's label (【基本案情】)
    stands over the part's text, not over a head."""
    for head, under in pairwise([*items, None]):
        if not isinstance(head, Head) or not BOX_TAG.fullmatch(head.lines[0].text.strip()):
            continue
        if len(head.lines) >= 2:
            head.series = _headline_under_tag(head.lines[1].text)
        elif isinstance(under, Head) and under.first_line - head.lines[-1].number <= 2:
            head.series = _headline_under_tag(under.text)


def _headline_under_tag(text: str) -> bool:
    """Whether a head's text may be a headline under a series tag: no tag or subtitle."""
    return not BOX_TAG.match(text.strip()) and not text.strip().startswith(DASHES)
