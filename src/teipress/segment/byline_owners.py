"""Each byline to its article: a leading one with its heads, a closing one to the text
before it, a jump line by where it says the text goes on or comes from.
"""

from __future__ import annotations

from teipress.segment.article_text import nearest_article
from teipress.segment.item_forms import CLOSING
from teipress.segment.model import Byline, Head, Item
from teipress.segment.state import TextState


def assign_bylines(state: TextState, bylines: dict[int, Byline]) -> None:
    """Each byline to its article, the closing ones first."""
    builders = state.builders
    for i, item in sorted(bylines.items(), key=lambda pair: pair[1].kind == "lead"):
        a = _byline_owner(state, i, item)
        target = builders[a].article
        closing = item.kind in CLOSING or (item.kind == "jump" and not _jumps_in(item))
        (target.trailing if closing else target.bylines).append(item)
        state.owner[i] = a
        state.page.explain(f"line {item.first_line}: byline “{item.text}” → {builders[a].ident}")


def _byline_owner(state: TextState, i: int, item: Byline) -> int:
    """A leading byline (item ``i``) is printed with its article's heads, above or below
    it; else it opens the next article. A trailing one closes the article before. An article
    that already names its reporters (a byline, a dateline's bracket, a trailing line)
    passes it on to a neighbour that names none; for a trailing line, an end note before it
    names nobody (a notice's contact note over its issuer and date)."""
    items, owner, gaps = state.items, state.owner, state.gaps
    before, after = gaps[i]
    if item.kind == "end" or (item.kind == "jump" and not _jumps_in(item)):
        return before if before is not None else nearest_article(gaps[i])
    if item.kind == "jump":
        return after if after is not None else nearest_article(gaps[i])
    if item.kind == "trail":
        near = [before, after]
    else:
        near = [_head_owner(items, i, -1, owner), _head_owner(items, i, 1, owner), after, before]
    choices = [a for a in near if a is not None] or [nearest_article(gaps[i])]
    for a in choices:
        article = state.builders[a].article
        named = article.dateline is not None and bool(article.dateline.names)
        signed = any(byline.kind != "end" or item.kind != "trail"
                     for byline in article.trailing)
        if not (article.bylines or signed or named):
            return a
    return choices[0]


def _jumps_in(mark: Byline) -> bool:
    """（上接A01版） says where an article comes from; （下转A05版） where it goes on."""
    return "上" in mark.text or "接" in mark.text


def _head_owner(items: list[Item], i: int, step: int, owner: dict[int, int]) -> int | None:
    """The article of the head next to item ``i`` (other bylines passed over), if any."""
    j = i + step
    while 0 <= j < len(items) and isinstance(items[j], Byline):
        j += step
    if 0 <= j < len(items) and isinstance(items[j], Head):
        return owner.get(j)
    return None
