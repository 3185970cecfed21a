"""The view model every renderer shares: a TEI page read into small, immutable dataclasses.

Renderers never walk TEI themselves. They call :func:`load_page` on a TEI *file* (so a
hand-corrected file renders as corrected) and hand the resulting :class:`PageView` to their
templates. The model keeps every character of ``<text>``: what it does not recognise becomes
a plain :class:`ParagraphView` or an unnamed :class:`SpanView`, never nothing.

Inline content is a tuple of :data:`Inline` items: ``str`` for text, :class:`SpanView` for a TEI
element (``quote``, ``said``, ``q``, ``term``, ``title``, ``persName``, ``placeName``,
``orgName``, ``date``, ``lb`` …). Turn it into safe markup with
:func:`teipress.render.markup.inline_markup`, or into plain text with :func:`plain_text`.

Overview of the API::

    page = load_page(Path("03.xml"))
    page.paper, page.date, page.weekday, page.section, page.number, page.editors
    page.date_text, page.keywords, page.lang, page.slug      # slug: "03", for file names
    page.furniture            # the printed fw lines, in order (masthead)
    page.items                # Article | Figure | Paragraph | Section, in reading order
    page.articles, page.figures   # the articles; the stand-alone figures
    for article in page.articles:
        article.kicker, article.headline, article.subtitle      # Inlines (maybe empty)
        article.bylines, article.lead, article.blocks, article.trailing_bylines
        article.figures, article.authors
    page.registers.persons / .places / .orgs   # RegisterEntry with occurrences
    page.registers.entry(span.ref)             # the entry a name in the text points to
    page.facsimile            # the page image and zones (render.facsimile), or None
    article_text(article), figure_text(figure) # plain text, one run per line

Blocks are :class:`ParagraphView` (``kind`` ``p``; ``quote`` for a block quotation; other TEI
names for blocks kept as text), :class:`SectionView` (``heading`` + ``blocks``) and
:class:`FigureView` (``title``, ``caption`` paragraphs, ``credit``, ``graphics`` whose ``url``
is relative to the TEI file). Everything is frozen: renderers read, never change.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Union

from lxml import etree

from teipress.errors import InputError
from teipress.render.facsimile import Facsimile, read_facsimile
from teipress.safepaths import UnsafePath, file_stem, padded_page_number, real_date
from teipress.validate.safe import PageTooLarge, read_page_bytes

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_T = f"{{{TEI_NS}}}"
_NS = {"t": TEI_NS}
WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
NAME_TAGS = {"persName": "person", "placeName": "place", "orgName": "org"}
FURNITURE_TAGS = frozenset({"pb", "cb", "fw", "milestone"})  # page furniture, not content


@dataclass(frozen=True)
class SpanView:
    """One inline TEI element: its local name, the attributes renderers use, its content.

    ``ref`` is the standOff id without ``#`` (names), ``who`` likewise (``said``),
    ``when`` the ISO date (``date``), ``type`` the TEI ``@type`` (``quote[@type='policy']``).
    """

    tag: str
    children: tuple[Inline, ...] = ()
    type: str | None = None
    ref: str | None = None
    who: str | None = None
    when: str | None = None


Inline = Union[str, SpanView]  # noqa: UP007 - a runtime alias used in forward references
Inlines = tuple[Inline, ...]


@dataclass(frozen=True)
class ParagraphView:
    """A paragraph; ``kind`` is ``p``, or the TEI name of a block kept as text (``byline``…).

    A ``list`` or ``table`` also has its ``rows`` (a list's one entry each, a table's its
    cells) and its title in ``heading``; its ``content`` is all of them run together, for
    readers that want the text only."""

    content: Inlines
    kind: str = "p"
    rows: tuple[tuple[Inlines, ...], ...] = ()
    heading: Inlines = ()


@dataclass(frozen=True)
class Graphic:
    url: str
    description: str = ""


@dataclass(frozen=True)
class FigureView:
    """A photo: title (``head``), caption paragraphs, credit (``byline``), image files if any."""

    id: str
    title: Inlines = ()
    caption: tuple[ParagraphView, ...] = ()
    credit: Inlines = ()
    graphics: tuple[Graphic, ...] = ()


@dataclass(frozen=True)
class SectionView:
    """A subhead (小标题, 记者手记) and what follows it; ``heading`` may hold ``lb`` spans."""

    heading: Inlines
    blocks: tuple[Block, ...] = ()


Block = Union[ParagraphView, SectionView, FigureView]  # noqa: UP007


@dataclass(frozen=True)
class ArticleView:
    """One ``div``: heads, bylines, lead (``argument``), body blocks in order, trailing bylines."""

    id: str
    kicker: Inlines = ()
    headline: Inlines = ()
    subtitle: Inlines = ()
    bylines: tuple[Inlines, ...] = ()
    lead: tuple[ParagraphView, ...] = ()
    blocks: tuple[Block, ...] = ()
    trailing_bylines: tuple[Inlines, ...] = ()

    @property
    def figures(self) -> tuple[FigureView, ...]:
        """The article's photos, wherever they sit in its blocks."""
        return tuple(_walk_figures(self.blocks))

    @property
    def authors(self) -> tuple[str, ...]:
        """Person names in the leading bylines, else in the trailing ones such as ``(路静)``
        (the whole byline text where no name is marked)."""
        names: list[str] = []
        for byline in self.bylines or self.trailing_bylines:
            marked = [plain_text(s.children) for s in _walk_spans(byline) if s.tag == "persName"]
            names.extend(marked or [plain_text(byline).strip(" ()（）")])
        return tuple(dict.fromkeys(n for n in names if n))

    @property
    def title_text(self) -> str:
        """The headline as plain text (falls back to kicker, then the article id)."""
        return plain_text(self.headline) or plain_text(self.kicker) or self.id


PageItem = Union[ArticleView, FigureView, ParagraphView, SectionView]  # noqa: UP007


@dataclass(frozen=True)
class Furniture:
    """A printed ``fw`` line: ``pageNum``, ``header`` (section), ``date``, ``editors``…"""

    type: str
    content: Inlines


@dataclass(frozen=True)
class Occurrence:
    """Where a register entry is named on a page: an article or figure id (``None`` for the
    page furniture or loose text), its label, and how many times."""

    anchor: str | None
    label: str
    count: int


@dataclass(frozen=True)
class RegisterEntry:
    id: str
    kind: str  # person | place | org
    name: str
    occurrences: tuple[Occurrence, ...] = ()


@dataclass(frozen=True)
class RegistersView:
    persons: tuple[RegisterEntry, ...] = ()
    places: tuple[RegisterEntry, ...] = ()
    orgs: tuple[RegisterEntry, ...] = ()

    def entry(self, ref: str | None) -> RegisterEntry | None:
        """The entry a ``@ref`` (with or without ``#``) points to."""
        if not ref:
            return None
        key = ref.removeprefix("#")
        for entry in (*self.persons, *self.places, *self.orgs):
            if entry.id == key:
                return entry
        return None

    def by_kind(self) -> tuple[tuple[str, tuple[RegisterEntry, ...]], ...]:
        return (("person", self.persons), ("place", self.places), ("org", self.orgs))


@dataclass(frozen=True)
class PageView:
    """One printed page. Header facts are strings (empty when the TEI does not say)."""

    source: Path
    id: str
    title: str = ""
    paper: str = ""
    place: str = ""
    publisher: str = ""
    date: str = ""  # ISO 8601, e.g. 2022-11-22; always a real date (load_page checks it)
    date_text: str = ""  # as printed, e.g. 2022年11月22日 星期二
    weekday: str = ""  # 星期二
    section: str = ""
    number: str = ""  # the page's number, biblScope/@n: 3, A7 (printed 03, A07)
    editors: tuple[tuple[str, str], ...] = ()  # (role, name): (责任编辑, 路静)
    keywords: tuple[str, ...] = ()
    furniture: tuple[Furniture, ...] = ()
    items: tuple[PageItem, ...] = ()
    registers: RegistersView = field(default_factory=RegistersView)
    lang: str = "zh-Hans"  # the TEI root's xml:lang
    facsimile: Facsimile | None = None  # the printed page and its zones, where recorded

    @property
    def articles(self) -> tuple[ArticleView, ...]:
        return tuple(i for i in self.items if isinstance(i, ArticleView))

    @property
    def figures(self) -> tuple[FigureView, ...]:
        """Stand-alone photos (those sitting in the body, not in an article)."""
        return tuple(i for i in self.items if isinstance(i, FigureView))

    @property
    def slug(self) -> str:
        """A file-name stem for the page: the page number zero-padded (``03``, ``A03``), else
        the id."""
        return file_stem(padded_page_number(self.number) if self.number else self.id, "page",
                         dots=False)


def plain_text(content: Inlines) -> str:
    """The text of inline content; ``lb`` becomes nothing (a head printed on two lines)."""
    return "".join(i if isinstance(i, str) else plain_text(i.children) for i in content)


def load_page(path: Path) -> PageView:
    """Read a TEI page file into a :class:`PageView`; unreadable or non-TEI input is an
    InputError."""
    path = Path(path)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             remove_comments=True, remove_pis=True)
    try:
        data = read_page_bytes(path)  # never more than a page can hold: /dev/zero, 2 GB
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc}") from exc
    except PageTooLarge as exc:
        raise InputError(f"{path}: {exc}") from exc
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        message = " ".join(str(exc).split())  # libxml2 may end a message with a line break
        raise InputError(f"{path}: not well-formed XML: {message}") from exc
    if root.tag != f"{_T}TEI":
        raise InputError(f"{path}: not a TEI document (root is {etree.QName(root).localname})")
    body = root.find(f"{_T}text/{_T}body")
    if body is None:
        raise InputError(f"{path}: no text/body")
    return _Reader(root, path).page(body)


class _Reader:
    """One pass over a TEI tree; keeps the counters that number unnamed articles and figures."""

    def __init__(self, root: etree._Element, path: Path) -> None:
        self.root = root
        self.path = path
        self.taken = set(root.xpath("//@xml:id"))
        self.counter: Counter[str] = Counter()

    def page(self, body: etree._Element) -> PageView:
        monogr = self._first("t:teiHeader/t:fileDesc/t:sourceDesc//t:monogr")
        date_el = monogr.find(f"{_T}imprint/{_T}date") if monogr is not None else None
        date = date_el.get("when", "") if date_el is not None else ""
        try:  # the issue date names the output folder and links: a real date, or none
            date = date and real_date(date, what="imprint/date/@when")
        except UnsafePath as exc:
            raise InputError(f"{self.path}: {exc}") from None
        date_text = _norm(_text(date_el)) if date_el is not None else ""
        furniture = tuple(Furniture(fw.get("type", ""), _inlines(fw))
                          for fw in body.iter(f"{_T}fw"))
        items = tuple(self._items(body))
        return PageView(
            source=self.path,
            id=self.root.get(XML_ID) or self.path.stem,
            title=_norm(self._text("t:teiHeader/t:fileDesc/t:titleStmt/t:title")),
            paper=_norm(self._text("t:teiHeader//t:sourceDesc//t:monogr/t:title")),
            place=_norm(self._text("t:teiHeader//t:sourceDesc//t:imprint/t:pubPlace")),
            publisher=_norm(self._text("t:teiHeader//t:sourceDesc//t:imprint/t:publisher")),
            date=date,
            date_text=date_text or _furniture_text(furniture, "date"),
            weekday=_weekday(date_text, date),
            section=_norm(self._text("t:teiHeader//t:monogr/t:biblScope[@unit='section']"))
            or _furniture_text(furniture, "header"),
            number=self._page_number(monogr, furniture),
            editors=tuple(
                (_norm(_text(rs.find(f"{_T}resp"))),
                 "、".join(_norm(_text(n)) for n in rs if n.tag != f"{_T}resp"))
                for rs in self.root.iterfind(
                    f"{_T}teiHeader/{_T}fileDesc/{_T}titleStmt/{_T}respStmt")
            ),
            keywords=tuple(_norm(_text(t)) for t in self.root.iterfind(
                f"{_T}teiHeader/{_T}profileDesc/{_T}textClass/{_T}keywords/{_T}term")),
            furniture=furniture,
            items=items,
            registers=self._registers(items, furniture),
            lang=self.root.get(XML_LANG) or "zh-Hans",
            facsimile=read_facsimile(self.root),
        )

    # header helpers

    def _first(self, xpath: str) -> etree._Element | None:
        found = self.root.xpath(xpath, namespaces=_NS)
        return found[0] if found else None

    def _text(self, xpath: str) -> str:
        element = self._first(xpath)
        return _text(element) if element is not None else ""

    def _page_number(self, monogr: etree._Element | None, furniture: tuple[Furniture, ...]) -> str:
        scope = monogr.find(f"{_T}biblScope[@unit='page']") if monogr is not None else None
        if scope is not None:
            return scope.get("n") or _norm(_text(scope))
        pb = self.root.find(f"{_T}text/{_T}body/{_T}pb")
        if pb is not None and pb.get("n"):
            return pb.get("n", "")
        return _furniture_text(furniture, "pageNum")

    # body

    def _id(self, element: etree._Element, prefix: str) -> str:
        if element.get(XML_ID):
            return element.get(XML_ID, "")
        while True:
            self.counter[prefix] += 1
            candidate = f"{prefix}-{self.counter[prefix]}"
            if candidate not in self.taken:
                self.taken.add(candidate)
                return candidate

    def _items(self, body: etree._Element) -> Iterator[ArticleView | Block]:
        for child in body:
            tag = _local(child)
            if tag in FURNITURE_TAGS:
                continue  # read into Page.furniture
            if tag == "div":
                yield self._article(child)
            elif tag == "figure":
                yield self._figure(child)
            else:
                yield self._block(child)

    def _article(self, div: etree._Element) -> ArticleView:
        heads: dict[str, list[Inlines]] = {"kicker": [], "main": [], "sub": []}
        bylines: list[Inlines] = []
        trailing: list[Inlines] = []
        lead: list[ParagraphView] = []
        blocks: list[Block] = []
        for child in div:
            tag = _local(child)
            if tag in FURNITURE_TAGS:
                continue
            if tag == "head":
                kind = child.get("type", "main")
                heads[kind if kind in heads else "main" if not heads["main"] else "sub"].append(
                    _inlines(child))
            elif tag == "byline":
                (trailing if blocks else bylines).append(_inlines(child))
            elif tag == "argument":
                # the schema's argument holds paragraphs only, after its label
                lead.extend(ParagraphView(_inlines(p), _local(p)) for p in child
                            if _local(p) != "head")
                lead.extend(ParagraphView(_inlines(h), "head")
                            for h in child if _local(h) == "head")
            else:
                if trailing:  # a byline with text after it is no trailing byline
                    blocks.extend(ParagraphView(b, "byline") for b in trailing)
                    trailing.clear()
                blocks.append(self._block(child))
        return ArticleView(
            id=self._id(div, "art"),
            kicker=_join(heads["kicker"]),
            headline=_join(heads["main"]),
            subtitle=_join(heads["sub"]),
            bylines=tuple(bylines),
            lead=tuple(lead),
            blocks=tuple(blocks),
            trailing_bylines=tuple(trailing),
        )

    def _block(self, element: etree._Element) -> Block:
        tag = _local(element)
        if tag == "figure":
            return self._figure(element)
        if tag == "div":
            heads = [c for c in element if _local(c) == "head"]
            return SectionView(
                heading=_join([_inlines(h) for h in heads]),
                blocks=tuple(self._block(c) for c in element
                             if _local(c) != "head" and _local(c) not in FURNITURE_TAGS),
            )
        if tag in ("list", "table"):
            return _rows_block(element, tag)
        return ParagraphView(_inlines(element), tag)

    def _figure(self, figure: etree._Element) -> FigureView:
        titles: list[Inlines] = []
        caption: list[ParagraphView] = []
        credits: list[Inlines] = []
        graphics: list[Graphic] = []
        for child in figure:
            tag = _local(child)
            if tag == "head":
                titles.append(_inlines(child))
            elif tag == "byline":
                credits.append(_inlines(child))
            elif tag == "graphic":
                desc = child.find(f"{_T}desc")
                graphics.append(Graphic(child.get("url", ""), _norm(_text(desc))))
            else:
                caption.append(ParagraphView(_inlines(child), tag))
        return FigureView(
            id=self._id(figure, "fig"),
            title=_join(titles),
            caption=tuple(caption),
            credit=_join(credits, separator=" "),
            graphics=tuple(graphics),
        )

    # registers

    def _registers(self, items: tuple[PageItem, ...],
                   furniture: tuple[Furniture, ...]) -> RegistersView:
        counts: dict[str, Counter[tuple[str | None, str]]] = {}

        def count(content: Inlines, anchor: str | None, label: str) -> None:
            for span in _walk_spans(content):
                if span.tag in NAME_TAGS and span.ref:
                    counts.setdefault(span.ref, Counter())[(anchor, label)] += 1

        for fw in furniture:
            count(fw.content, None, "版面")
        for item in items:
            if isinstance(item, ArticleView):
                for content in _article_contents(item):
                    count(content, item.id, item.title_text)
            elif isinstance(item, FigureView):
                for content in _figure_contents(item):
                    count(content, item.id, plain_text(item.title) or item.id)
            else:
                for content in _block_contents(item):
                    count(content, None, "版面")

        def entries(list_tag: str, entry_tag: str, name_tag: str, kind: str
                    ) -> Iterator[RegisterEntry]:
            for entry in self.root.iterfind(f"{_T}standOff/{_T}{list_tag}/{_T}{entry_tag}"):
                entry_id = entry.get(XML_ID, "")
                name = entry.find(f"{_T}{name_tag}")
                found = counts.get(entry_id, Counter())
                yield RegisterEntry(
                    id=entry_id,
                    kind=kind,
                    name=_norm(_text(name)) if name is not None else entry_id,
                    occurrences=tuple(Occurrence(anchor, label, n)
                                      for (anchor, label), n in found.items()),
                )

        return RegistersView(
            persons=tuple(entries("listPerson", "person", "persName", "person")),
            places=tuple(entries("listPlace", "place", "placeName", "place")),
            orgs=tuple(entries("listOrg", "org", "orgName", "org")),
        )


# module helpers

def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _text(element: etree._Element | None) -> str:
    return "".join(element.itertext()) if element is not None else ""


def _norm(text: str) -> str:
    return " ".join(text.split())


def _inlines(element: etree._Element) -> Inlines:
    """The mixed content of an element, text nodes kept exactly (whitespace included)."""
    out: list[Inline] = []
    if element.text:
        out.append(element.text)
    for child in element:
        if isinstance(child.tag, str):
            out.append(SpanView(
                tag=_local(child),
                children=_inlines(child),
                type=child.get("type"),
                ref=(child.get("ref") or "").removeprefix("#") or None,
                who=(child.get("who") or "").removeprefix("#") or None,
                when=child.get("when"),
            ))
        if child.tail:
            out.append(child.tail)
    return _strip_edges(tuple(out))


def _strip_edges(content: Inlines) -> Inlines:
    """Drop the indentation whitespace at the start and end of an element's content."""
    items = list(content)
    if items and isinstance(items[0], str):
        items[0] = items[0].lstrip()
    if items and isinstance(items[-1], str):
        items[-1] = items[-1].rstrip()
    return tuple(i for i in items if i != "")


def _join(parts: list[Inlines], separator: str | None = None) -> Inlines:
    """Several heads of one kind become one, a line break (or ``separator``) between them."""
    out: list[Inline] = []
    for n, part in enumerate(parts):
        if n:
            out.append(separator if separator is not None else SpanView("lb"))
        out.extend(part)
    return tuple(out)


def _walk_spans(content: Inlines) -> Iterator[SpanView]:
    for item in content:
        if isinstance(item, SpanView):
            yield item
            yield from _walk_spans(item.children)


def _walk_figures(blocks: tuple[Block, ...]) -> Iterator[FigureView]:
    for block in blocks:
        if isinstance(block, FigureView):
            yield block
        elif isinstance(block, SectionView):
            yield from _walk_figures(block.blocks)


def _rows_block(element: etree._Element, tag: str) -> ParagraphView:
    """A list (``item`` a row of one cell) or table (``row`` of ``cell``\\ s) and its title;
    anything else in it (a hand-written ``label``, a nested list) is kept as a cell's text."""
    heads = [child for child in element if _local(child) == "head"]
    rows: list[tuple[Inlines, ...]] = []
    for child in element:
        if _local(child) == "head" or not isinstance(child.tag, str):
            continue
        if tag == "table" and _local(child) == "row":
            rows.append(tuple(_inlines(cell) for cell in child if isinstance(cell.tag, str)))
        else:
            rows.append((_inlines(child),))
    content: list[Inline] = []
    for row in rows:
        for cell in row:
            if content:
                content.append(" ")
            content.extend(cell)
    return ParagraphView(tuple(content), tag, tuple(rows), _join([_inlines(h) for h in heads]))


def _block_contents(block: Block) -> Iterator[Inlines]:
    """Every inline run in a block, in reading order."""
    if isinstance(block, ParagraphView) and block.rows:
        yield block.heading
        for row in block.rows:
            yield _join(list(row), separator=" ")
    elif isinstance(block, ParagraphView):
        yield block.content
    elif isinstance(block, FigureView):
        yield from _figure_contents(block)
    else:
        yield block.heading
        for child in block.blocks:
            yield from _block_contents(child)


def _figure_contents(figure: FigureView) -> Iterator[Inlines]:
    yield figure.title
    for p in figure.caption:
        yield p.content
    yield figure.credit


def _article_contents(article: ArticleView) -> Iterator[Inlines]:
    """Every inline run in an article, in reading order: what an index or a search reads."""
    yield article.kicker
    yield article.headline
    yield article.subtitle
    yield from article.bylines
    for p in article.lead:
        yield p.content
    for block in article.blocks:
        yield from _block_contents(block)
    yield from article.trailing_bylines


def article_text(article: ArticleView) -> str:
    """All the article's text, one run per line: what search indexes."""
    return "\n".join(t for t in map(plain_text, _article_contents(article)) if t)


def figure_text(figure: FigureView) -> str:
    return "\n".join(t for t in map(plain_text, _figure_contents(figure)) if t)


def _furniture_text(furniture: tuple[Furniture, ...], kind: str) -> str:
    return next((_norm(plain_text(f.content)) for f in furniture if f.type == kind), "")


def _weekday(date_text: str, iso: str) -> str:
    """The weekday as printed, else computed from the ISO date."""
    for name in (*WEEKDAYS, "星期天"):
        if name in date_text:
            return name
    try:
        return WEEKDAYS[_dt.date.fromisoformat(iso).weekday()]
    except ValueError:
        return ""
