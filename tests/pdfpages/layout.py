"""What a test page prints and where: the plan both typesetters follow, from a page source.

A page source (``tests/pages/src/*.toml`` format, read by ``make_pages.Page``) says what is
printed; this module decides how a newspaper would place it, so that the two typesetters lay
out the same text. The printed text is exactly the source's (every furniture line, head,
dateline, paragraph, trailing byline, extra block, caption and credit, nothing else), so the
gold written from the source describes the PDF.

Placement, as papers do it: the folio line (page number, section, date) on top, the editors
line at the foot (or above the folio where the source lists it first); articles as regions
spanning grid columns in bands, the first article of the page across the whole page or most
of it; each article's heads over its columns, its body flowing in them; short articles framed
as boxes; briefs (``■`` ``●`` heads, or none) stacked in one column under their label; photos
without a title inside the article they follow, titled photos and photo series as stand-alone
regions; a source may set a photo's caption beside it (``caption_beside``) and fix the
columns it takes (``span``), set a columnist's photo as a small portrait with its caption
beside it (``portrait``), frame an editor's note (``lead_framed``) and set an article's headline
top to bottom beside its body (``vertical_head``); its design may run
each brief's head into the brief's first paragraph (``brief_run_in``) and print kickers and
subheads reversed out of a dark bar (``reversed_heads``).
A design (column count, sizes, rules, box style, heads over or beside the body) is drawn per
page and typesetter from a hash of both names, so no two pages share one look.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field

BRIEF_MARKS = "■●▲◆"  # a head opening with one of these is a brief's (a 简讯 printed with
# no head at all, only its dateline, is one too: papers stack them under the column's label)
BOX_CHARS = 520  # an article with less body text than this is set as a framed box


@dataclass
class Photo:
    seed: str
    caption: str  # as printed: the credit run on where the source runs it on
    chart: bool = False


@dataclass
class Figure:
    fid: str
    title: str | None
    photos: list[Photo]
    credit_line: str | None  # the credit on its own line, under the last caption
    label: str | None = None  # 图片故事: a label over a photo series
    caption_beside: bool = False  # a wide photo with its caption set in a column beside it
    span: int | None = None  # the grid columns a stand-alone photo takes, fixed by the source
    portrait: bool = False  # a columnist's head-and-shoulders photo (3:4), set small at the
    # column's head with its caption (name and post) beside it; only a source sets it


@dataclass
class BodyPiece:
    kind: str  # "p" paragraph, "head" subhead, "trail" trailing byline on its own line
    lines: list[str]


@dataclass
class Article:
    aid: str
    kicker: list[str]
    headline: list[str]
    subtitle: list[str]
    byline: list[str]
    lead_label: str | None
    lead: str | None
    body: list[BodyPiece]
    extras: list[tuple[str, list[str]]]  # (tag, printed lines)
    figures: list[Figure] = field(default_factory=list)
    boxed: bool = False
    brief: bool = False
    lead_box_label: str | None = None  # 核心阅读: a label printed over the lead
    lead_framed: bool = False  # an editor's note (编者按) printed in a ruled frame
    vertical_head: bool = False  # headline set top to bottom (竖排) in a strip right of the
    # body, as commentaries and features print it; only a source sets it

    def weight(self) -> int:
        text = sum(len(line) for piece in self.body for line in piece.lines)
        return text + len(self.lead or "") + 350 * sum(len(f.photos) for f in self.figures)


@dataclass
class Item:
    """One region of the page grid: an article, a stack of briefs, or a stand-alone figure."""

    articles: list[Article]
    figure: Figure | None = None
    label: str | None = None  # a column label over briefs (体坛简讯)
    span: int = 1

    def weight(self) -> int:
        if self.figure:
            return 420 * len(self.figure.photos) + 60
        return sum(a.weight() for a in self.articles)


@dataclass
class Design:
    columns: int
    body_pt: float  # starting body size; the typesetter scales it to fill the page
    leading: float
    head_scale: float
    rules: str  # "thin" | "thick" | "none": rules between articles
    box: str  # "solid" | "double" | "tint" | "dashed"
    lead_full: bool  # the first article across the whole page width
    per_band: int
    column_rule: bool  # a hairline between the columns inside an article
    head_side: bool  # heads of a wide article without photos in a column left of its body
    brief_run_in: bool = False  # briefs print their head run into the first paragraph
    # (`●标题　本报讯…` on one line, as dense briefs columns do); only a source sets it
    reversed_heads: bool = False  # kickers and subheads printed white out of a dark bar
    # (反白, as column tags and section heads of feature pages are); only a source sets it


@dataclass
class Plan:
    name: str
    top: list[tuple[str, str]]  # furniture over the page: (kind, text)
    foot: list[tuple[str, str]]
    bands: list[list[Item]]
    design: Design
    chars: str  # every character the page prints (fonts are cut down to these)


def design_for(name: str, typesetter: str, fixed: dict | None = None) -> Design:
    """The page's design drawn from the hash; ``fixed`` (a source's ``[pdf]`` table) sets
    fields by hand, e.g. ``columns = 8`` for a broadsheet."""
    rnd = random.Random(hashlib.sha256(f"{name}/{typesetter}".encode()).hexdigest())
    design = Design(
        columns=rnd.choice([4, 5, 5, 6]),
        body_pt=rnd.choice([9.0, 9.5, 10.0]),
        leading=rnd.choice([1.3, 1.36, 1.42]),
        head_scale=rnd.choice([0.9, 1.0, 1.15]),
        rules=rnd.choice(["thin", "thick", "none", "thin"]),
        box=rnd.choice(["solid", "double", "tint", "dashed"]),
        lead_full=rnd.random() < 0.6,
        per_band=rnd.choice([2, 3]),
        column_rule=rnd.random() < 0.4,
        head_side=rnd.random() < 0.4,
    )
    for key, value in (fixed or {}).items():
        setattr(design, key, value)
    return design


def runs_in(art: Article, design: Design) -> bool:
    """Whether ``art`` is a brief whose head both typesetters run into its first paragraph."""
    return (design.brief_run_in and art.brief and bool(art.headline) and bool(art.body)
            and art.body[0].kind == "p")


def _lines(value: str | list[str] | None) -> list[str]:
    if not value:
        return []
    return list(value) if isinstance(value, list) else [value]


def _article(art: dict) -> Article:
    body: list[BodyPiece] = []
    first = True
    last = len(art["body"]) - 1
    for i, item in enumerate(art["body"]):
        if isinstance(item, dict):
            body.append(BodyPiece("head", list(item["head"])))
            continue
        text = (art.get("dateline", "") if first else "") + item
        first = False
        if i == last and art.get("trail") and not art.get("trail_own_line"):
            text += art["trail"]
        body.append(BodyPiece("p", [text]))
    if art.get("trail") and art.get("trail_own_line"):
        body.append(BodyPiece("trail", [art["trail"]]))
    extras = [(extra.get("tag", "note"), list(extra["items"])) for extra in art.get("extras", [])]
    kicker = _lines(art.get("kicker"))
    headline = _lines(art.get("headline"))
    return Article(aid=art["id"], kicker=kicker, headline=headline,
                   subtitle=_lines(art.get("subtitle")), byline=_lines(art.get("byline")),
                   lead_label=art.get("lead_label"), lead=art.get("lead"), body=body,
                   extras=extras, brief=not headline or headline[0][:1] in BRIEF_MARKS,
                   lead_framed=art.get("lead_framed", False),
                   vertical_head=art.get("vertical_head", False))


def _figure(fig: dict, page: str) -> Figure:
    captions = list(fig.get("captions", [fig.get("caption")]))
    if fig.get("credit_text") and not fig.get("credit_own_line"):
        captions[-1] += fig.get("credit_sep", " ") + fig["credit_text"]
    chart = (fig.get("caption") or "").startswith("数据来源")
    photos = [Photo(f"{page}/{fig['id']}/{i}", c, chart) for i, c in enumerate(captions)]
    credit = fig["credit_text"] if fig.get("credit_own_line") else None
    return Figure(fig["id"], fig.get("title"), photos, credit,
                  caption_beside=fig.get("caption_beside", False) or fig.get("portrait", False),
                  span=fig.get("span"), portrait=fig.get("portrait", False))


def _furniture(spec: dict) -> tuple[list[tuple[str, str]], list[tuple[str, str]], str | None]:
    furniture = {k: v for k, v in spec.get("furniture", {}).items() if k != "label"}
    keys = list(furniture)
    top = [(k, furniture[k]) for k in keys if k != "editors"]
    editors = [("editors", furniture["editors"])] if "editors" in furniture else []
    if keys and keys[0] == "editors":  # the source prints the editors above the folio
        return editors + top, [], spec["furniture"].get("label")
    return top, editors, spec.get("furniture", {}).get("label")


def _place_label(label: str | None, articles: list[Article], figures: list[Figure]) -> str | None:
    """Attach the page's label (图片故事, 核心阅读, 体坛简讯…) to what it labels; the label
    left over is a column label over the briefs."""
    if not label:
        return None
    for fig in figures:
        if len(fig.photos) > 1:
            fig.label = label
            return None
    if any(a.brief for a in articles):
        return label
    for art in articles:
        if art.lead and not art.lead_label:
            art.lead_box_label = label
            return None
    # a column label over short items with headlines of their own (法治动态): the one-paragraph
    # articles the page ends with are the briefs it stacks, each under its headline (a
    # reporter's line closing a brief on its own line is no second paragraph)
    tail = 0
    while tail < len(articles) and sum(
            piece.kind == "p" for piece in articles[-1 - tail].body) == 1:
        tail += 1
    for art in articles[len(articles) - tail:] if tail >= 2 else []:
        art.brief = True
    return label


def _photo_strip(label: str | None, articles: list[Article],
                 figures: list[Figure]) -> tuple[str | None, list[Figure]]:
    """A label no briefs and no lead take, over photos each with its own caption and credit
    (a 图片新闻 strip such as 光影…): one stand-alone region of those photos under the label,
    each credit set after its caption. Anywhere else the label is left as it was."""
    singles = [f for f in figures if not f.title and len(f.photos) == 1 and not f.caption_beside]
    if not label or any(a.brief for a in articles) or len(singles) < 2:
        return label, figures
    photos = [Photo(f.photos[0].seed, f.photos[0].caption
                    + (f" {f.credit_line}" if f.credit_line else ""), f.photos[0].chart)
              for f in singles]
    strip = Figure(singles[0].fid, None, photos, None, label=label)
    return None, [strip if f is singles[0] else f for f in figures if f not in singles[1:]]


def _spans(items: list[Item], columns: int) -> None:
    """Columns of one band shared out by weight: every item at least one, the sum exact; a
    photo whose source fixes its span (``span``) keeps it and the others share the rest."""
    if len(items) == 1:
        items[0].span = columns
        return
    fixed = [i for i in items if i.figure and i.figure.span]
    free = [i for i in items if i not in fixed]
    if not free:  # nothing to share the rest with: the spans are drawn by weight after all
        fixed, free = [], items
    for item in fixed:
        item.span = item.figure.span
    room = columns - sum(i.span for i in fixed)
    total = sum(i.weight() for i in free) or 1
    for item in free:
        item.span = max(1, round(room * item.weight() / total))
    while sum(i.span for i in free) > room:
        max(free, key=lambda i: i.span).span -= 1
    while sum(i.span for i in free) < room:
        min(free, key=lambda i: i.span / max(1, i.weight())).span += 1


def plan_page(page, typesetter: str) -> Plan:
    """Lay out ``page`` (a ``make_pages.Page``) for ``typesetter``."""
    spec = page.spec
    design = design_for(page.name, typesetter, spec.get("pdf"))
    top, foot, label = _furniture(spec)
    articles = [_article(a) for a in spec["articles"]]
    figures = [_figure(f, page.name) for f in spec.get("figures", [])]
    label = _place_label(label, articles, figures)
    label, figures = _photo_strip(label, articles, figures)
    standalone = [f for f in figures if f.title or len(f.photos) > 1]
    inline = [f for f in figures if f not in standalone]
    plain = [a for a in articles if not a.brief] or articles
    for i, fig in enumerate(inline):  # photo k with article k, the rest with the last
        plain[min(i, len(plain) - 1)].figures.append(fig)
    for art in articles:
        art.boxed = (not art.brief and len(articles) > 1 and art is not articles[0]
                     and art.weight() < BOX_CHARS)
    items: list[Item] = []
    for art in articles:
        if art.brief:
            if items and items[-1].articles and items[-1].articles[-1].brief:
                items[-1].articles.append(art)
            else:  # the label heads the first stack of briefs only
                items.append(Item([art], label=label))
                label = None
        else:
            items.append(Item([art]))
    for n, fig in enumerate(standalone):  # stand-alone photos after the first articles
        items.insert(min(len(items), 1 + 2 * n), Item([], figure=fig))
    bands: list[list[Item]] = []
    rest = items
    if design.lead_full and items and items[0].articles:
        bands.append([items[0]])
        rest = items[1:]
    while rest:
        take = min(design.per_band, len(rest), design.columns)
        bands.append(rest[:take])
        rest = rest[take:]
    for band in bands:
        _spans(band, design.columns)
    chars = "".join(sorted(set(json.dumps(spec, ensure_ascii=False))))
    return Plan(page.name, top, foot, bands, design, chars)
