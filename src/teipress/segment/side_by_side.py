"""Boxes set side by side: heads on shared lines, texts one after another.

Extractors read such boxes row by row: the boxes' heads come first, on the same lines,
then their texts in the same order. The texts are parted box by box and each box's heads
given to its text before any head is placed by its words.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations, pairwise

from teipress.segment.model import Head, Item, Paragraph
from teipress.segment.similarity import Vocabulary
from teipress.segment.state import TextState
from teipress.segment.text import short


def split_box_runs(items: list[Item], runs: list[tuple[int, int]],
                   texts: list[Counter[str]], vocab: Vocabulary) -> list[tuple[int, int]]:
    """Boxes set side by side print their heads on shared lines (read box by box) and then
    their texts one after the other: where fewer runs than boxes follow the heads before the
    next head, the first run holds the texts of several boxes, parted where each box's text
    uses its own heads' words best."""
    out: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(runs):
        boxes = _box_heads_before(items, start)
        later = [run for run in runs[k:] if not any(
            isinstance(items[j], Head) for j in range(start, run[0]))]
        if len(boxes) < 2 or len(later) >= len(boxes) or end - start < len(boxes):
            out.append((start, end))
            continue
        heads = [sum((texts[j] for j in box), Counter()) for box in boxes]
        best = max(combinations(range(start + 1, end), len(boxes) - 1),
                   key=lambda cuts: _boxes_fit(heads, (start, *cuts, end), texts, vocab))
        bounds = (start, *best, end)
        out += list(pairwise(bounds))
    return out


def _box_heads_before(items: list[Item], start: int) -> list[list[int]]:
    """The heads right before item ``start`` when they are the heads of boxes side by side
    (each box's heads on the same lines as the others'), box by box; else []."""
    j = start
    while j > 0 and isinstance(items[j - 1], Head):
        j -= 1
    boxes: list[list[int]] = []
    for i in range(j, start):
        if not boxes or items[i].first_line <= items[boxes[-1][-1]].first_line:
            boxes.append([])
        boxes[-1].append(i)
    rows = [[items[i].first_line for i in box] for box in boxes]
    return boxes if len(boxes) >= 2 and all(row == rows[0] for row in rows) else []


def _boxes_fit(heads: list[Counter[str]], bounds: tuple[int, ...], texts: list[Counter[str]],
               vocab: Vocabulary) -> float:
    """How well each box's text, between ``bounds``, uses its own heads' words."""
    return sum(vocab.coverage(head, sum((texts[i] for i in range(a, b)), Counter()))
               for head, (a, b) in zip(heads, pairwise(bounds), strict=True))


def side_by_side_heads(state: TextState, candidates: dict[int, Head | Paragraph]) -> None:
    """Boxes set side by side print their heads on shared lines (``劳模说    工匠心语`` over
    ``手艺要在干中学    每一针都要对得起用户``), read box by box before the boxes' texts,
    which follow in the same order: the k-th box's heads head the k-th article after them
    (each taken from the candidates), where that many articles with no heads yet follow."""
    items, builders = state.items, state.builders
    starts = sorted((min(b.indexes), a) for a, b in enumerate(builders) if b.indexes)
    i = 0
    while i < len(items):
        boxes: list[list[tuple[int, Head]]] = []
        j = i
        while j < len(items) and j in candidates and isinstance(head := items[j], Head):
            if not boxes or head.first_line <= boxes[-1][-1][1].first_line:
                boxes.append([])  # the row's lines again: the next box's heads
            boxes[-1].append((j, head))
            j += 1
        rows = {head.first_line for _k, head in boxes[-1]} if boxes else set()
        if boxes:  # a head printed before the row (a headline after its text) is not the row's
            while boxes[0] and boxes[0][0][1].first_line not in rows:
                del boxes[0][0]
        if len(boxes) < 2 or any({head.first_line for _k, head in box} != rows
                                 for box in boxes):
            i = j + 1 if j == i else j
            continue
        after = [a for start, a in starts if start >= j][:len(boxes)]
        if len(after) == len(boxes) and not any(builders[a].heads for a in after):
            for box, a in zip(boxes, after, strict=True):
                for k, head in box:
                    builders[a].heads.append((k, head))
                    state.owner[k] = a
                    del candidates[k]
                state.page.explain(f"line {box[0][1].first_line}: heads of boxes side by "
                                   f"side: “{short(box[-1][1].text)}” → {builders[a].ident}")
        i = j
