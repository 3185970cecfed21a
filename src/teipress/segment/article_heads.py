"""Heads and leads to the articles they fit, and what each article's heads are.

Best fit first (shared words, a near article preferred, the article below most), the
headlines chosen for the page as a whole; heads no article takes stay as subheads of the
nearest. Then an article's heads are named: kicker and headline, or a photo's title.
"""

from __future__ import annotations

import re
from collections import Counter

from teipress.segment import thresholds
from teipress.segment.article_runs import label_over_headline
from teipress.segment.article_text import nearest_article
from teipress.segment.item_forms import is_labelled_subhead, is_subtitle
from teipress.segment.model import Byline, Figure, Head, HeadRole, Item, Paragraph, Section
from teipress.segment.patterns import BOX_TAG, SUBHEAD_MARK, is_column_label
from teipress.segment.similarity import Vocabulary
from teipress.segment.state import ArticleBuilder, TextState
from teipress.segment.text import DASHES, has_cjk_gap, short, width

# A line wholly in one pair of brackets.
_BRACKETED_LINE = re.compile(r"[（(][^（）()]+[）)]")
MAX_EXACT = 12  # articles on a page up to which headlines are assigned exactly


# A head or lead's fit to an article: fit, shared words, then the tie-breakers (earlier item,
# earlier article), the item's index and the article's.
_Score = tuple[float, float, int, int, int, int]


def label_leads(state: TextState, candidates: dict[int, Head | Paragraph]
                ) -> dict[int, Head | Paragraph]:
    """A box label over a lead (核心阅读, 导读) labels it: the candidates less the labels."""
    items = state.items
    for i, item in list(candidates.items()):
        nxt = items[i + 1] if i + 1 < len(items) else None
        if (isinstance(item, Head) and isinstance(nxt, Paragraph) and nxt.wide
                and (i + 1) in candidates and width(item.text) <= thresholds.BOX_LABEL_WIDTH):
            nxt.label = item
            item.role = "label"
            del candidates[i]
            state.page.explain(f"line {item.first_line}: “{item.text}” labels the lead below it")
    return candidates


def heads_over_labels(state: TextState, candidates: dict[int, Head | Paragraph]) -> None:
    """A head printed right after an article's text and right over a column's label and the
    headline under it is the headline of the article before, printed after its text (PyMuPDF
    prints heads after their bodies): a label is set over its own headline, never under
    another head of its article (… / 天山南北“亲戚”越走越亲 / 民族观察 / 嵌入式发展…). A head
    of a label's form itself (a second label: 书边小记 / 新书架) or one after a list or table
    closing the text is left to the fit."""
    items, owner = state.items, state.owner
    for i in sorted(candidates):
        item = candidates[i]
        label, headline = (items[i + k] if i + k < len(items) else None for k in (1, 2))
        before, after = state.gaps[i]
        if i in owner or before is None or after is None or before == after \
                or not isinstance(item, Head) or not _plain_head(item) \
                or not isinstance(label, Head) or not isinstance(headline, Head) \
                or (i + 1) not in candidates or (i + 2) not in candidates:
            continue
        builder = state.builders[before]
        text_before = items[i - 1]
        if builder.heads or (i - 1) not in builder.indexes or len(label.lines) != 1 \
                or not isinstance(text_before, Paragraph) or text_before.block is not None \
                or is_column_label(item.text, thresholds.COLUMN_LABEL_WIDTH) \
                or not is_column_label(label.text, thresholds.COLUMN_LABEL_WIDTH) \
                or SUBHEAD_MARK.match(label.text) or not _plain_head(headline):
            continue
        builder.heads.append((i, item))
        owner[i] = before
        state.page.explain(f"line {item.first_line}: “{short(item.text)}” → {builder.ident} "
                           "(printed after its text, over another article's label)")


def label_and_headline_over_boxes(state: TextState,
                                  candidates: dict[int, Head | Paragraph]) -> None:
    """A column's label over a headline, alone between two texts, opened the box under them
    (``label_over_headline``): they are that box's kicker and headline, whatever other text
    their words fit better (a recipe's dish, 春笋烧咸肉, named in the profile beside it), where
    the text before has its own heads printed over it (an extractor printing heads after
    their bodies, PyMuPDF, prints the text before's heads there)."""
    items, owner = state.items, state.owner
    for i in sorted(candidates):
        pair = items[i:i + 2]
        before, after = state.gaps[i]
        if i in owner or (i + 1) not in candidates or (i + 1) in owner or before is None \
                or after is None or state.gaps[i + 1] != (before, after) \
                or not label_over_headline(pair) or not all(map(_plain_head, pair)) \
                or (i - 1) not in state.builders[before].indexes \
                or (i + 2) not in state.builders[after].indexes \
                or not _headed_above(items, min(state.builders[before].indexes)):
            continue
        builder = state.builders[after]
        if builder.heads:
            continue
        for j, head in zip((i, i + 1), pair, strict=True):
            assert isinstance(head, Head)
            builder.heads.append((j, head))
            owner[j] = after
            state.page.explain(f"line {head.first_line}: “{short(head.text)}” → "
                               f"{builder.ident} (a label and headline over its box)")


def _headed_above(items: list[Item], first: int) -> bool:
    """Whether a headline is printed over the text opening at item ``first``: a plain head
    among the heads and bylines stacked right above it."""
    k = first - 1
    while k >= 0 and isinstance(items[k], Head | Byline):
        if _plain_head(items[k]):
            return True
        k -= 1
    return False


def bracketed_closes(state: TextState, candidates: dict[int, Head | Paragraph]) -> None:
    """A head wholly in brackets on one line right after an article's last text (its organisers,
    （市委宣传部  河洛晚报社）) is that article's end note: no subhead (a subhead stands over
    text) and no head of the article after (a kicker is no note in brackets)."""
    items, owner = state.items, state.owner
    for i, item in candidates.items():
        before = state.gaps[i][0]
        if i in owner or before is None or not isinstance(item, Head) or len(item.lines) != 1 \
                or not _BRACKETED_LINE.fullmatch(item.text.strip()):
            continue
        builder = state.builders[before]
        if (i - 1) not in builder.indexes or i < max(builder.indexes) \
                or not isinstance(items[i - 1], Paragraph):
            continue
        builder.article.trailing.append(Byline(item.lines[0], item.text, "end"))
        owner[i] = before
        state.page.explain(f"line {item.first_line}: “{short(item.text)}” closes "
                           f"{builder.ident} (a note in brackets after its text)")


def take_heads(state: TextState, candidates: dict[int, Head | Paragraph], limit: int) -> None:
    """One pass giving heads and leads to articles, best fit first, up to ``limit`` heads
    an article."""
    items, builders, owner = state.items, state.builders, state.owner
    texts, vocab, gaps = state.texts, state.vocab, state.gaps
    scores = sorted(  # best fit first; on a tie, the article sharing more words
        ((_fit(texts[i], b, vocab, gaps[i], a) + _beside_bonus(items, i, a, owner)
          + _under_byline_bonus(items, i, a == gaps[i][1]),
          vocab.coverage(texts[i], b.words), -i, -a, i, a)
         for i in candidates if i not in owner for a, b in enumerate(builders)
         if (a not in state.stacked or state.stacked[a][0] <= i < state.stacked[a][1])
         and _may_head(items, i, gaps[i], a) and not _headed_already(b, items[i], limit)),
        reverse=True,
    )
    matched = _best_headlines(items, candidates, owner, scores, gaps) \
        if limit == 1 and thresholds.GLOBAL_HEADLINES else None
    for score, _coverage, _i, _a, i, a in scores:
        if i in owner:
            continue
        item, builder = candidates[i], builders[a]
        if limit == 1 and isinstance(item, Head) and is_subtitle(item):
            continue  # subtitles once the articles have their heads and leads
        if matched is not None and _plain_head(item) and matched.get(i) != a:
            continue  # the headline goes where the page's best assignment puts it
        if _take(builder, i, item, limit):
            owner[i] = a
            state.page.explain(f"line {item.first_line}: “{short(item.text)}” → "
                              f"{builder.ident} (fit {score:.2f})")
    for i, a in owner.items():  # what an article took speaks for it in the next pass
        builders[a].words.update(state.texts[i])


def _headed_already(builder: ArticleBuilder, item: Item, limit: int) -> bool:
    """In the pass giving every article one head, an article an earlier pass headed (its box's
    label and headline) takes no plain head: the page's headlines go to the others."""
    return limit == 1 and bool(builder.heads) and _plain_head(item)


def _may_head(items: list[Item], i: int, neighbours: tuple[int | None, int | None], a: int
              ) -> bool:
    """A stack's kicker printed before any text of the page heads the article under it, with
    its headline and subtitle: no extractor prints heads after their body above that body's
    first line (深化国企改革 over the page's lead, not the commentary further down that quotes
    its words)."""
    before, after = neighbours
    return before is not None or after is None or a == after \
        or not _kicker_of_a_stack(items, i)


def _take(builder: ArticleBuilder, i: int, item: Head | Paragraph, limit: int) -> bool:
    """Whether the article takes item ``i``: as its lead, a numbered subhead, its subtitle
    or one of up to ``limit`` heads."""
    article = builder.article
    if isinstance(item, Paragraph):
        if article.lead is not None:
            return False
        article.lead = item
    elif is_labelled_subhead(item):
        item.role = "section"
        article.sections.append(Section(item))
    elif is_subtitle(item):
        if article.subtitle is not None:
            return False
        item.role = "sub"
        article.subtitle = item
    elif len(builder.heads) < limit:
        builder.heads.append((i, item))
    else:
        return False
    return True


def keep_untaken(state: TextState, candidates: dict[int, Head | Paragraph]) -> None:
    """More heads than articles take: keep each as a subhead of the nearest article."""
    for i, item in candidates.items():
        if i in state.owner:
            continue
        a = nearest_article(state.gaps[i])
        article = state.builders[a].article
        if isinstance(item, Head) and _stacked_with_full_heads(state, i, a):
            # kicker, headline, subtitle in the order printed
            builder = state.builders[a]
            stack = sorted([*builder.heads, (i, item)], key=lambda pair: pair[0])
            builder.heads, (_k, subtitle) = stack[:-1], stack[-1]
            subtitle.role = "sub"
            article.subtitle = subtitle
            state.owner[i] = a
            state.page.explain(f"line {subtitle.first_line}: “{short(subtitle.text)}” is "
                              f"{builder.ident}'s subtitle (the last of three heads over it)")
            continue
        if isinstance(item, Head):
            item.role = "section"
            article.sections.append(Section(item))
        else:  # a lead no article took reads as a paragraph, its label as a subhead
            if item.label is not None:
                item.label.role = "section"
                article.sections.append(Section(item.label))
                item.label = None
            article.paragraphs.append(item)
        state.owner[i] = a
        state.page.explain(f"line {item.first_line}: “{short(item.text)}” kept in "
                          f"{state.builders[a].ident} as a subhead (no article took it as a head)")


def _stacked_with_full_heads(state: TextState, i: int, a: int) -> bool:
    """A head no article took, printed in one stack with an article's two heads right over
    its text: three heads over an article are kicker, headline and subtitle (副题), the
    last printed without a dash (a subhead stands under the text's first paragraph, never
    between the heads and the dateline)."""
    builder, article = state.builders[a], state.builders[a].article
    stack = sorted([i, *(j for j, _head in builder.heads)])
    return (article.subtitle is None and len(builder.heads) == thresholds.MAX_HEADS
            and stack == list(range(stack[0], stack[0] + len(stack)))
            and all(state.gaps[j][1] == a for j in stack)
            and stack[-1] + 1 in builder.indexes)


def _plain_head(item: Item) -> bool:
    """A head that may be an article's headline or kicker (not a subtitle or a subhead)."""
    return isinstance(item, Head) and not is_subtitle(item) and not is_labelled_subhead(item)


def _best_headlines(items: list[Item], candidates: dict[int, Head | Paragraph],
                    owner: dict[int, int], scores: list[_Score],
                    gaps: list[tuple[int | None, int | None]]) -> dict[int, int] | None:
    """One headline for each article, chosen for the page as a whole: the assignment of
    plain heads to articles (each at most once) with the greatest total fit, instead of
    taking the best-fitting pair first. Exact over subsets of articles; None (the pairs
    are then taken best first) where a page has too many articles for that."""
    heads = [i for i in candidates if i not in owner and _plain_head(items[i])
             and not _kicker_of_a_stack(items, i) and not _under_its_byline(items, i)]
    # a head printed before any text of the page heads the article under it: no extractor
    # prints a headline after its body above that body's first line
    fit = {(i, a): score for score, _c, _i, _a, i, a in scores
           if gaps[i][0] is not None or a == gaps[i][1]}
    articles = sorted({a for _i, a in fit})
    if len(articles) > MAX_EXACT or not heads:
        return None
    column = {a: k for k, a in enumerate(articles)}
    best: dict[int, tuple[float, tuple[tuple[int, int], ...]]] = {0: (0.0, ())}
    for i in heads:  # each head takes a free article or none
        step = dict(best)
        for mask, (total, pairs) in best.items():
            for a in articles:
                bit = 1 << column[a]
                if mask & bit or fit.get((i, a), 0.0) <= 0.0:
                    continue  # a head sharing no word with an article, printed away from it
                candidate = (total + fit[i, a], (*pairs, (i, a)))
                if candidate[0] > step.get(mask | bit, (-1.0, ()))[0] + 1e-12:
                    step[mask | bit] = candidate
        best = step
    # the most articles headed first (every article wants a headline), then the best fit
    _total, pairs = max(best.values(), key=lambda tp: (len(tp[1]), tp[0]))
    return dict(pairs)


def _under_its_byline(items: list[Item], i: int) -> bool:
    """A head printed right under a subtitle's byline and right over a paragraph, glued on it
    or not (…／——记… / 本报记者 某某 / 一线见闻 / 清晨五点，…): the stack of heads ends at
    the byline, so this is the text's first subhead, no headline of the page's (a headline
    is set over its subtitle and byline, never under them)."""
    over = items[i - 2] if i > 1 else None
    before = items[i - 1] if i > 0 else None
    after = items[i + 1] if i + 1 < len(items) else None
    return isinstance(over, Head) and is_subtitle(over) \
        and isinstance(before, Byline) and before.kind == "lead" \
        and isinstance(after, Paragraph) and after.block is None


def _kicker_of_a_stack(items: list[Item], i: int) -> bool:
    """A head printed line on line over a headline and its subtitle (对话董事长 / 储能订单… /
    ——访…): the stack's kicker, no article's headline."""
    stack = [head for head in items[i:i + 3] if isinstance(head, Head)]
    return len(stack) == 3 and _plain_head(stack[1]) and stack[2].text.startswith(DASHES) \
        and [head.first_line for head in stack] == [stack[0].first_line + k for k in range(3)]


def _fit(probe: Counter[str], builder: ArticleBuilder, vocab: Vocabulary,
         neighbours: tuple[int | None, int | None], a: int) -> float:
    before, after = neighbours
    # print sets heads above their text: with nothing else to go by, the article below wins
    bonus = thresholds.NEAR_BONUS
    near = bonus + thresholds.HEADS_ABOVE if a == after else bonus if a == before else 0.0
    return vocab.coverage(probe, builder.words) + near


def _under_byline_bonus(items: list[Item], i: int, below: bool) -> float:
    """A head right under an article's byline (``_under_its_byline``) goes, before any other
    head, to the article whose text it stands over: its first subhead, the headline over
    the byline being the article's other head."""
    return thresholds.BESIDE_BONUS if below and _under_its_byline(items, i) else 0.0


def _beside_bonus(items: list[Item], i: int, a: int, owner: dict[int, int]) -> float:
    """A kicker printed right above (or below) a head already given to an article goes there;
    a subtitle goes by its words, since extractors print it far from its headline, unless
    it comes right under a head (——记… under its headline: the article's heads as set)."""
    item = items[i]
    if not isinstance(item, Head):
        return 0.0
    for j in (i - 1,) if is_subtitle(item) else (i - 1, i + 1):
        other = items[j] if 0 <= j < len(items) else None
        # printed above it or below it: heads of boxes set side by side, read box by box,
        # neighbour a head of the other box printed on the same lines
        placed = isinstance(other, Head) and (
            other.lines[-1].number < item.first_line if j < i
            else other.first_line > item.lines[-1].number)
        if placed and owner.get(j) == a:
            return thresholds.BESIDE_BONUS
    return 0.0


def _heads_set_apart(builder: ArticleBuilder, items: list[Item]
                     ) -> tuple[tuple[int, Head], tuple[int, Head]] | None:
    """An article's two heads in printed order where they are set apart, else None: a kicker
    is printed with its headline, so two heads apart may be a headline and a head of
    something else (a photo's title, the text's first subhead). A byline between them sets
    them apart however near their lines (pdftotext prints headline, byline and subhead line
    on line)."""
    if len(builder.heads) != 2:
        return None
    (i, first), (j, second) = sorted(builder.heads, key=lambda pair: pair[0])
    byline_between = any(isinstance(item, Byline) for item in items[i + 1:j])
    if j - i == 1 or (second.first_line - first.lines[-1].number <= 2 and not byline_between):
        return None  # set together: a kicker over its headline
    return (i, first), (j, second)


def _to_first_subhead(state: TextState, builder: ArticleBuilder, taken: tuple[int, Head],
                      why: str) -> None:
    """One of the article's heads (``taken``) to its first subhead, over the paragraphs that
    stood before any subhead; ``why`` completes the note."""
    builder.heads.remove(taken)
    article, head = builder.article, taken[1]
    article.sections.insert(0, Section(head, article.paragraphs))
    article.paragraphs = []
    state.page.explain(f"line {head.first_line}: “{short(head.text)}” is "
                       f"{builder.ident}'s first subhead, {why}")


def photo_title_from_heads(state: TextState, builder: ArticleBuilder) -> None:
    """Of an article's two heads, one printed right after the credit of a photo with no
    title, apart from the other head and with a paragraph (not a byline or a head) after it,
    is that photo's title: a kicker is printed with its headline (送清凉 after its photo's
    credit, where the extractor prints heads after their text)."""
    apart = _heads_set_apart(builder, state.items)
    if apart is None:
        return
    (i, first), (j, second) = apart
    items = state.items
    for (k, head), other in (((i, first), second), ((j, second), first)):
        photo = items[k - 1] if k > 0 else None
        following = items[k + 1] if k + 1 < len(items) else None
        # (two phrases set apart are a headline's form, unless the other head is set in
        # phrases apart too: then where each is printed decides)
        if isinstance(photo, Figure) and photo.title is None and photo.credit is not None \
                and isinstance(following, Paragraph) and len(head.lines) <= 2 \
                and (not has_cjk_gap(head.text) or len(other.text.split()) > 1) \
                and width(head.text) <= thresholds.PHOTO_TITLE_WIDTH:
            article = builder.article
            if article.sections and article.paragraphs and following is article.paragraphs[0]:
                # over the opening text of an article whose text has subheads: its first
                # subhead (一通改变计划的电话 / 今年7月，… / 家人成了最大的支持 / …)
                _to_first_subhead(state, builder, (k, head), "printed after a photo's credit")
                return
            builder.heads.remove((k, head))
            photo.title, head.role = head, "title"
            state.page.explain(f"line {head.first_line}: “{short(head.text)}” is the title "
                              f"of photo {photo.ident}, printed after its credit")
            return


def opening_subhead_from_heads(state: TextState, builder: ArticleBuilder) -> None:
    """Of an article's two heads set apart, one printed right over its opening text is its
    first subhead where the other stands over the article's subtitle or byline (the headline
    as set: 守陵三十年的老兵 / ——记… / 本报记者 … / “战友们在这里，我就在这里” / 今年68岁…)
    and the text has subheads of its own: a kicker is printed with its headline."""
    article = builder.article
    apart = _heads_set_apart(builder, state.items)
    if apart is None or not article.sections or not article.paragraphs:
        return
    (i, first), (j, second) = apart
    items = state.items
    for (k, head), m in (((i, first), j), ((j, second), i)):
        under = items[m + 1] if m + 1 < len(items) else None
        over_its_own = (isinstance(under, Head) and under.text.startswith(DASHES)) or (
            isinstance(under, Byline) and under.kind == "lead")
        if over_its_own and k + 1 < len(items) and items[k + 1] is article.paragraphs[0]:
            _to_first_subhead(state, builder, (k, head), "apart from its headline")
            return


def _series_tag_apart(head: Head) -> tuple[Head | None, Head]:
    """A headline printed in one box with the series tag over it (【…】 / 山路上的“公交妈妈”):
    the tag is the kicker, the lines under it the headline."""
    if len(head.lines) >= 2 and BOX_TAG.fullmatch(head.lines[0].text.strip()):
        return Head(head.lines[:1]), Head(head.lines[1:])
    return None, head


def name_heads(builder: ArticleBuilder) -> None:
    """Two heads: the first printed is the kicker (引题), the other the headline."""
    heads = [head for _i, head in sorted(builder.heads, key=lambda pair: pair[0])]
    article = builder.article
    if len(heads) == 1:
        article.kicker, article.headline = _series_tag_apart(heads[0])
    elif len(heads) == 2:
        article.kicker, article.headline = heads
    roles: tuple[tuple[Head | None, HeadRole], ...] = (
        (article.kicker, "kicker"), (article.headline, "main"))
    for head, role in roles:
        if head is not None:
            head.role = role
