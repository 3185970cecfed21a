"""A box's answer key printed apart (a riddle or quiz box's 谜底：1．告  2．重…, set at the page's
foot or after other articles, as papers print the answers away from the questions): a list of
its answers, in the article whose text names it (本组谜底刊于本版下方), not the one it follows.
"""

from __future__ import annotations

import re

from teipress.segment.model import Item, Page, Paragraph
from teipress.segment.patterns import ANSWER_KEY
from teipress.segment.state import ArticleBuilder

_ANSWER_GAP = re.compile(r"\s{2,}")  # the wide gaps between a key's numbered answers


def answer_key_lists(pieces: list) -> list:
    """Each answer key read as a list, one answer an entry: no paragraph of running text."""
    for piece in pieces:
        if isinstance(piece, Paragraph) and piece.block is None \
                and ANSWER_KEY.match(piece.text):
            piece.block = "list"
            piece.rows = [[entry] for entry in _ANSWER_GAP.split(piece.text.strip())]
    return pieces


def keys_to_their_boxes(builders: list[ArticleBuilder], items: list[Item], page: Page) -> None:
    """An article's closing answer key moves to the one other article whose text names its
    label (谜底), as the box announces where its answers are printed."""
    for builder in builders:
        paragraphs = builder.article.paragraphs
        if builder.article.sections or not paragraphs or paragraphs[-1].block != "list":
            continue
        key = paragraphs[-1]
        label = ANSWER_KEY.match(key.text)
        if label is None:
            continue
        word = label.group("label")
        boxes = [b for b in builders if b is not builder and any(
            word in p.text for p in b.article.body_paragraphs)]
        if len(boxes) == 1:
            paragraphs.pop()
            index = next(i for i in builder.indexes if items[i] is key)
            builder.indexes.remove(index)
            boxes[0].indexes.append(index)
            target = boxes[0].article
            (target.sections[-1].paragraphs if target.sections else target.paragraphs
             ).append(key)
            page.explain(f"line {key.first_line}: answer key “{label.group()}…” → "
                         f"{boxes[0].ident} (its text names {word}), from {builder.ident}")

