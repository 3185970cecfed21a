"""``teipress convert PAGE.pdf``: every page of a PDF as TEI, with its photos and page image.

A PDF may hold one page or a whole issue. Each page becomes ``NN.xml``, named by the number
printed on it (``03.xml``; a page that prints none is named after the file and its place in
it), and beside it its photos (``03-photo1.jpg``, the PDF's own JPEG bytes) and its page
image (``03.page.jpg``). Pages are read one at a time, so a 200-page PDF never sits in
memory; its files are staged and land together, or none of them does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from teipress.decode.pageimage import PAGE_IMAGE_EXTENSION, PageImages
from teipress.decode.pdf import page_count, read_pdf
from teipress.edition import Edition
from teipress.encode.facsimile import PageFiles, photo_names
from teipress.encode.pagefile import check_nothing_lost, page_id, schema_hrefs
from teipress.encode.tei import encode_page
from teipress.errors import TeipressError
from teipress.safepaths import UnsafePath, padded_page_number, safe_name
from teipress.segment import segment_pdf_page
from teipress.staging import StagedFiles

if TYPE_CHECKING:
    from teipress.decode.pdf import PdfPage
    from teipress.segment.model import Page


class FileExists(TeipressError):
    """A file the PDF's pages would replace exists (it may hold hand corrections): nothing
    of the PDF was written. The caller decides what it means (``convert``: a warning and
    ``--force``; the build: a page that appeared meanwhile)."""


def is_pdf(path: Path) -> bool:
    return path.suffix.lower() == ".pdf"


@dataclass(frozen=True)
class PdfOutput:
    """Where a PDF's pages go: a folder, and the one name ``-o FILE.xml`` gives a one-page
    PDF (``stem``); without it each page is named by its printed number."""

    folder: Path
    stem: str | None = None

    @classmethod
    def of(cls, target: Path, output: Path | None, several: bool) -> PdfOutput:
        """The folder a text page's TEI would go to (``target``: beside the input, or under
        ``-o FOLDER``); for one input, ``-o FILE.xml`` names the one page of a one-page PDF
        and ``-o`` anything else is a folder."""
        if output is not None and not several and not output.is_dir():
            if output.suffix.lower() == ".xml":
                return cls(output.parent, output.stem)
            return cls(output)
        return cls(target.parent)


@dataclass
class ConvertedPage:
    """One page of the PDF as converted: its name and what was read."""

    index: int  # 0-based, in the PDF
    stem: str
    number: str  # the printed page number, or ""
    notes: list[str]


def convert_pdf(source: Path, output: PdfOutput, edition: Edition, claimed: dict[Path, Path],
                force: bool = False, force_images: bool = False) -> list[Path]:
    """Convert every page of ``source`` and write all its files, or none: the files written;
    :class:`FileExists` when an existing file is kept. ``claimed`` maps the files this run
    has written to their source, so two inputs never write the same file. ``force``
    replaces existing files; ``force_images`` only the images (made from the PDF, never
    edited by hand: the build remakes them with the TEI)."""
    by_stem: dict[str, ConvertedPage] = {}
    with StagedFiles(output.folder) as staged, PageImages(source) as images:
        for pdf_page, page, converted in _pages(source, output, edition):
            if converted.stem in by_stem:
                raise TeipressError(_collision(source, by_stem[converted.stem], converted))
            by_stem[converted.stem] = converted
            _stage_page(staged, images, pdf_page, page, converted.stem, edition)
        for name in staged.names:
            target = (output.folder / name).resolve()
            if target in claimed:
                raise TeipressError(f"{source}: would write {output.folder / name}, already "
                                    f"written from {claimed[target]} in this run; nothing of "
                                    f"{source.name} written")
        existing = [path for path in staged.existing()
                    if not (force_images and path.suffix != ".xml")]
        if existing and not force:
            raise FileExists(f"{existing[0]}: exists (it may hold hand corrections); nothing "
                             f"of {source.name} written")
        written = staged.commit()
    for path in written:
        claimed[path.resolve()] = source
    return written


def _stage_page(staged: StagedFiles, images: PageImages, pdf_page: PdfPage, page: Page,
                stem: str, edition: Edition) -> None:
    """One page's TEI, page image and photos (of the PDF ``images`` renders), staged; the TEI
    checked to hold every character of the page's text layer once."""
    photos = photo_names(page, stem)
    rendered = images.render(pdf_page.index)
    image_name = f"{stem}.page.{PAGE_IMAGE_EXTENSION}"
    files = PageFiles((image_name, rendered.width, rendered.height),
                      {figure.ident: name for figure, name in photos})
    data = encode_page(page, edition, page_id(edition, page, Path(stem)),
                       schema_hrefs(staged.folder), files)
    check_nothing_lost(pdf_page.text, data, f"{images.path}: page {pdf_page.index + 1}")
    staged.add(f"{stem}.xml", data)
    staged.add(image_name, rendered.data)
    for figure, name in photos:
        assert figure.image is not None  # photo_names names only figures with an image
        staged.add(name, figure.image.data)


def explain_pdf(source: Path, edition: Edition) -> str:
    """How each page of the PDF was read, as ``--explain`` shows it."""
    lines = []
    for pdf_page, _page, converted in _pages(source, PdfOutput(source.parent), edition):
        number = f"printed page {converted.number}" if converted.number else "no page number"
        lines.append(f"{source} page {pdf_page.index + 1} ({number}) → {converted.stem}.xml")
        lines.extend(f"  {note}" for note in converted.notes)
    return "\n".join(lines)


def _pages(source: Path, output: PdfOutput, edition: Edition) -> Iterator:
    """Each page read and segmented, with the name its files get."""
    count = page_count(source)
    if output.stem is not None and count > 1:
        raise TeipressError(f"{source}: has {count} pages, which need an output folder "
                         "(-o FOLDER), not one file")
    for pdf_page in read_pdf(source):
        page = segment_pdf_page(pdf_page, edition.title)
        stem = output.stem or page_stem(page.page_number, source, pdf_page.index, count)
        yield pdf_page, page, ConvertedPage(pdf_page.index, stem, page.page_number, page.notes)


def page_stem(number: str, source: Path, index: int, count: int) -> str:
    """``03`` for printed page 3 (``A03`` for A3); a page that prints no usable number is
    named after its file (one page) or its file and place (``report-p007``)."""
    if number:
        try:
            return safe_name(padded_page_number(number), what="page number")
        except UnsafePath:
            pass
    stem = source.stem if count == 1 else f"{source.stem}-p{index + 1:03d}"
    try:
        return safe_name(stem, what="file name")
    except UnsafePath:
        return f"page-{index + 1:03d}"


def _collision(source: Path, first: ConvertedPage, second: ConvertedPage) -> str:
    return (f"{source}: pages {first.index + 1} and {second.index + 1} both print page number "
            f"{second.number or '(none)'} and would both be {second.stem}.xml; nothing written "
            "(split the PDF, or convert one page with -o FILE.xml)")
