"""The page model as a TEI P5 document, following the project's encoding contract.

Every character of the page goes into ``<text>`` exactly once: furniture as ``fw``, heads,
bylines, paragraphs and captions in their elements, quotation marks outside the quotations.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from lxml import etree

from teipress import __version__
from teipress.edition import Edition
from teipress.encode import keywords
from teipress.encode.annotate import (
    CREDIT_LINE,
    TRAILER_LINE,
    Context,
    annotate,
    annotate_head,
    annotate_row,
)
from teipress.encode.bylines import byline_names, known_other_word
from teipress.encode.facsimile import Facsimile, PageFiles, item_images, item_lines
from teipress.encode.inline import fill
from teipress.encode.names import page_speakers
from teipress.encode.nesting import CONTENT
from teipress.encode.registers import Registers
from teipress.encode.xml import TEI_NS, tei, xml
from teipress.segment.lists import entry_name
from teipress.segment.model import (
    Article,
    Box,
    Byline,
    Dateline,
    Figure,
    FurnitureItem,
    Head,
    HeadRole,
    Line,
    Page,
    Paragraph,
)

RNG_TYPE = "http://relaxng.org/ns/structure/1.0"
SCH_TYPE = "http://purl.oclc.org/dsdl/schematron"


def encode_page(
    page: Page,
    edition: Edition,
    page_id: str,
    schema_hrefs: tuple[str, str] = ("teipress.rng", "teipress.sch"),
    files: PageFiles | None = None,
) -> bytes:
    """Serialise a page as TEI: UTF-8, with ``xml-model`` instructions for both schemas.

    A page read from a PDF (it knows its size) also gets its ``<facsimile>``, naming the image
    ``files`` written beside the TEI."""
    encoder = _Encoder(page, edition, files or PageFiles())
    root = encoder.document(page_id)
    rng_href, sch_href = schema_hrefs
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<?xml-model href="{_attr(rng_href)}" type="application/xml" '
        f'schematypens="{RNG_TYPE}"?>\n'
        f'<?xml-model href="{_attr(sch_href)}" type="application/xml" '
        f'schematypens="{SCH_TYPE}"?>\n'
    )
    _indent(root)
    return (head + etree.tostring(root, encoding="unicode") + "\n").encode("utf-8")


def _indent(element: etree._Element, level: int = 0) -> None:
    """Indent element-only content; mixed content (text with inline elements) is left as it
    is, since whitespace there would be read as part of the text."""
    children = list(element)
    if (
        not children
        or (element.text and element.text.strip())
        or any(child.tail and child.tail.strip() for child in children)
        or _text_only_of_inline(element, children)
    ):
        return
    pad = "\n" + "  " * (level + 1)
    element.text = pad
    for child in children:
        child.tail = pad
        _indent(child, level + 1)
    children[-1].tail = "\n" + "  " * level


def _text_only_of_inline(element: etree._Element, children: list[etree._Element]) -> bool:
    """Whether an element holding text holds nothing but inline elements (a table's cell, a
    head's line that is a name alone: <cell><persName>…</persName></cell>): mixed content
    too, whose text whitespace would change."""
    local = etree.QName(element).localname
    return local in CONTENT and all(
        etree.QName(child).localname in CONTENT[local] or etree.QName(child).localname == "lb"
        for child in children)


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


class _Encoder:
    def __init__(self, page: Page, edition: Edition, files: PageFiles) -> None:
        self.page = page
        self.edition = edition
        self.files = files
        self.registers = Registers()
        self.inline = Context(page.date, self.registers, _byline_persons(page),
                              page_speakers(_paragraph_texts(page)))
        self.facsimile = Facsimile(page, files) if page.size else None
        self.loose = 0  # paragraphs no article took, numbered for their zones

    # Document ---------------------------------------------------------------------------

    def document(self, page_id: str) -> etree._Element:
        root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
        root.set(xml("lang"), "zh-Hans")
        root.set(xml("id"), page_id)
        header = self.header()
        text = etree.Element(tei("text"))
        body = etree.SubElement(text, tei("body"))
        self.furniture(body)
        if any(isinstance(item, Article) for item in self.page.body):
            for item in self.page.body:
                self.body_item(body, item)
        else:  # TEI wants a div: what no article took is kept for a person to place
            unplaced = sub(body, "div", type="unplaced")
            for item in self.page.body:
                self.body_item(unplaced, item)
        root.append(header)
        if self.facsimile is not None:
            root.append(self.facsimile.element())
        stand_off = self.registers.stand_off()
        if stand_off is not None:
            root.append(stand_off)
        root.append(text)
        return root

    def header(self) -> etree._Element:
        page, edition = self.page, self.edition
        header = tei_el("teiHeader")
        file_desc = sub(header, "fileDesc")
        title_stmt = sub(file_desc, "titleStmt")
        sub(title_stmt, "title", self.title())
        for role, persons in page.editors:
            resp_stmt = sub(title_stmt, "respStmt")
            sub(resp_stmt, "resp", role)
            for person in persons:
                sub(resp_stmt, "persName", person, ref=self.registers.ref("person", person))
        publication = sub(file_desc, "publicationStmt")
        sub(publication, "p", "Digital edition made with teipress from the page's extracted text.")
        monogr = sub(sub(sub(file_desc, "sourceDesc"), "biblStruct"), "monogr")
        sub(monogr, "title", edition.title or page.paper, level="j")
        imprint = sub(monogr, "imprint")
        if edition.place:
            sub(imprint, "pubPlace", edition.place)
        if edition.publisher:
            sub(imprint, "publisher", edition.publisher)
        issue = sub(imprint, "date", page.date_text or None)
        if page.date:
            issue.set("when", page.date.isoformat())
        if page.page_number:
            # @n the page's number (6, A7), the content as the folio prints it (06, A07)
            sub(monogr, "biblScope", page.printed_page_number or page.page_number, unit="page",
                n=page.page_number)
        if page.section:
            sub(monogr, "biblScope", page.section, unit="section")
        encoding = sub(header, "encodingDesc")
        application = sub(
            sub(encoding, "appInfo"), "application", ident="teipress", version=__version__
        )
        sub(application, "label", "teipress")
        sub(sub(encoding, "editorialDecl"), "quotation", marks="all")
        profile = sub(header, "profileDesc")
        sub(sub(profile, "langUsage"), "language", "简体中文", ident="zh-Hans")
        words = keywords.page_keywords(_page_texts(page))
        if words:
            listing = sub(sub(profile, "textClass"), "keywords")
            for word in words:
                sub(listing, "term", word)
        return header

    def title(self) -> str:
        page = self.page
        parts = [
            self.edition.title or page.paper,
            page.date_text.split()[0] if page.date_text else "",
            f"第{page.page_number}版" if page.page_number else "",
            page.section,
        ]
        return " ".join(part for part in parts if part) or "Newspaper page"

    # Body -------------------------------------------------------------------------------

    def furniture(self, body: etree._Element) -> None:
        if self.page.furniture or self.page.page_number or self.facsimile:
            pb = sub(body, "pb")
            if self.page.page_number:
                pb.set("n", self.page.page_number)
            if self.facsimile is not None:
                pb.set("facs", self.facsimile.surface_pointer())
        for n, item in enumerate(self.page.furniture, 1):
            self.fw(body, item, f"fw-{n}")

    def facs(self, element: etree._Element, name: str, lines: list[Line],
             images: list[Box] | None = None) -> None:
        """Point ``element`` at the zones of what it encodes, on a page read from a PDF."""
        if self.facsimile is not None:
            pointer = self.facsimile.pointer(name, lines, images or [])
            if pointer:
                element.set("facs", pointer)

    def fw(self, body: etree._Element, item: FurnitureItem, name: str) -> None:
        fw = sub(body, "fw", type=item.kind)
        if item.box is not None:
            self.facs(fw, name, [], [item.box])
        if item.kind == "editors":
            self.names_in_line(fw, item.text)
        elif item.kind == "date":
            date = sub(fw, "date", item.text)
            if self.page.date:
                date.set("when", self.page.date.isoformat())
        else:
            fw.text = item.text

    def body_item(self, parent: etree._Element,
                  item: Article | Figure | Paragraph | Head | Byline) -> None:
        if isinstance(item, Article):
            self.article(parent, item)
        elif isinstance(item, Figure):
            self.figure(parent, item)
        else:  # a head, lead or byline no article took: its text, for a person to place
            lines = [item.line] if isinstance(item, Byline) else item.lines
            self.loose += 1
            self.paragraph(parent, Paragraph(lines, item.text), f"text-{self.loose}")

    def article(self, parent: etree._Element, article: Article) -> None:
        div = sub(parent, "div", type="article")
        div.set(xml("id"), article.ident)
        self.facs(div, article.ident, item_lines(article), item_images(article))
        name = article.ident
        for head, role in ((article.kicker, "kicker"), (article.headline, "main"),
                           (article.subtitle, "sub")):
            if head is not None:
                self.head(div, head, head.role, f"{name}-{role}")
        if article.dateline:
            self.dateline(div, article.dateline)
        for byline in article.bylines:
            self.byline(div, byline)
        paragraphs = (f"{name}-p{n}" for n in itertools.count(1))
        if article.lead:
            argument = sub(div, "argument")
            if article.lead.label:
                self.head(argument, article.lead.label, None, f"{name}-label")
            self.paragraph(argument, article.lead, next(paragraphs))
        for paragraph in article.paragraphs:
            self.paragraph(div, paragraph, next(paragraphs))
        for figure in article.figures:
            self.figure(div, figure)
        for n, section in enumerate(article.sections, 1):
            section_div = sub(div, "div", type="section")
            self.head(section_div, section.head, None, f"{name}-s{n}")
            for paragraph in section.paragraphs:
                self.paragraph(section_div, paragraph, next(paragraphs))
        # The end mark closes the article: TEI allows one trailer, last, and only after a body
        # (else the mark is a paragraph); whatever the extractor put after it goes in with it.
        trailing = article.trailing
        end = next((i for i, byline in enumerate(trailing) if byline.kind == "end"), None)
        for byline in trailing[:end]:
            self.byline(div, byline)
        if end is not None:
            closing = " ".join(byline.text for byline in trailing[end:])
            element = sub(div, "trailer" if article.paragraphs or article.sections else "p")
            fill(element, closing, annotate(closing, self.inline, TRAILER_LINE))

    def figure(self, parent: etree._Element, figure: Figure) -> None:
        element = sub(parent, "figure")
        element.set(xml("id"), figure.ident)
        if figure.image is not None:  # the photo's zone is its frame; its caption has its own
            self.facs(element, figure.ident, [], [figure.image.box])
        else:
            self.facs(element, figure.ident, item_lines(figure))
        if figure.title:
            self.head(element, figure.title, None, f"{figure.ident}-head")
        for n, caption in enumerate(figure.caption, 1):  # a caption is text, even set as a list
            self.paragraph(element, caption, f"{figure.ident}-p{n}", blocks=False)
        if figure.credit:
            self.byline(element, figure.credit)
        if figure.ident in self.files.photos:
            sub(element, "graphic", url=self.files.photos[figure.ident])

    def head(self, parent: etree._Element, head: Head, role: HeadRole | None, zone: str) -> None:
        element = sub(parent, "head")
        if role:
            element.set("type", role)
        self.facs(element, zone, head.lines)
        texts = [line.text.strip() for line in head.lines]
        for n, (text, spans) in enumerate(zip(texts, annotate_head(texts, self.inline),
                                              strict=True)):
            if n:
                sub(element, "lb")
            fill(element, text, spans)

    def dateline(self, parent: etree._Element, dateline: Dateline) -> None:
        sub(parent, "dateline", dateline.text)
        if dateline.byline:
            self.names_in_line(sub(parent, "byline"), dateline.byline)

    def byline(self, parent: etree._Element, byline: Byline) -> None:
        """A byline or credit; a jump line is a ``note`` (end marks are closed by the article)."""
        if byline.kind == "jump":
            sub(parent, "note", byline.text, type="jump")
        else:
            self.names_in_line(sub(parent, "byline"), byline.text)

    def names_in_line(self, element: etree._Element, text: str) -> None:
        """A byline, credit or editors entry: each person's name as a ``persName``."""
        fill(element, text, annotate(text, self.inline, CREDIT_LINE))

    def paragraph(self, parent: etree._Element, paragraph: Paragraph, zone: str,
                  blocks: bool = True) -> None:
        if paragraph.block is not None and blocks:
            self.block(parent, paragraph, zone)
            return
        p = sub(parent, "p")
        self.facs(p, zone, paragraph.lines)
        fill(p, paragraph.text, annotate(paragraph.text, self.inline))

    def block(self, parent: etree._Element, block: Paragraph, zone: str) -> None:
        """A list (``item`` an entry) or table (``row`` of ``cell``) in a paragraph's place,
        its title a ``head``; names and dates in its entries annotated as in paragraphs."""
        element = sub(parent, block.block or "list")
        self.facs(element, zone, block.lines)
        if block.label is not None:
            self.head(element, block.label, None, f"{zone}-head")
        for row in block.rows:
            if block.block == "table":
                entry = sub(element, "row")
                for text, spans in zip(row, annotate_row(row, self.inline), strict=True):
                    fill(sub(entry, "cell"), text, spans)
            else:
                text = " ".join(row)
                fill(sub(element, "item"), text, annotate(text, self.inline))


def _byline_persons(page: Page) -> list[str]:
    """Names the page vouches for: its editors, bylines, datelines and photo credits (not what
    follows an end mark, which is no byline: the trailer's persons are read from its text),
    no dictionary word that is no name."""
    found: list[str] = [name for _role, persons in page.editors for name in persons]
    for item in page.body:
        if isinstance(item, Article):
            end = next((i for i, byline in enumerate(item.trailing) if byline.kind == "end"),
                       len(item.trailing))
            for byline in item.bylines + item.trailing[:end]:
                found += byline.names
            if item.dateline:
                found += item.dateline.names
            found += [n for f in item.figures if f.credit for n in f.credit.names]
        elif isinstance(item, Figure) and item.credit:
            found += item.credit.names
    found += _listed_names(page)
    # a dictionary word that is no name is what ran on after a credit word (本报评论员文章:
    # an editorial's byline and the word 文章), vouched for by nothing
    return list(dict.fromkeys(name for name in found if not known_other_word(name)))


# A family an honour roll names by its head (最美家庭: 某某某家庭, 某某某一家): the name is the
# head's, the word for a family no given name's end.
_FAMILY_OF = re.compile(r"(?<=[\u3400-\u9fff]{2})(?:家庭|一家)$")


def _paragraph_texts(page: Page) -> list[str]:
    """The running text of every article on the page, paragraph by paragraph."""
    return [p.text for item in page.body if isinstance(item, Article)
            for p in item.body_paragraphs]


def _listed_names(page: Page) -> list[str]:
    """Names a names list prints one a line before each one's unit (an honour roll), where
    they read as names do in a byline."""
    found: list[str] = []
    for item in page.body:
        if not isinstance(item, Article):
            continue
        for block in item.body_paragraphs:
            if block.block != "list":
                continue
            for row in block.rows:
                name = entry_name(" ".join(row))
                if name:
                    name = _FAMILY_OF.sub("", name)
                    found += [mention.name for mention in byline_names(name)]
    return found


def _page_texts(page: Page) -> Iterable[str]:
    for item in page.body:
        if isinstance(item, Article):
            for head in (item.kicker, item.headline, item.subtitle):
                if head:
                    yield head.text
            if item.lead:
                yield item.lead.text
            yield from (p.text for p in item.paragraphs)
            for section in item.sections:
                yield section.head.text
                yield from (p.text for p in section.paragraphs)


def tei_el(name: str) -> etree._Element:
    return etree.Element(tei(name))


def sub(parent: etree._Element, name: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, tei(name))
    for key, value in attrs.items():
        element.set(key, value)
    if text:
        element.text = text
    return element
