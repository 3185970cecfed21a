"""``teipress convert``: page text files and PDFs in, TEI files out, never losing a user's work.

Each ``NN.txt`` becomes ``NN.xml`` beside it (or where ``-o`` says); each page of a PDF becomes
the TEI named by its printed number, with its images (:mod:`teipress.pdfconvert`). An
existing TEI file may hold hand corrections, so it is kept unless ``--force``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from teipress import EXPLAIN_LOGGER
from teipress.decode import read_page
from teipress.edition import Edition, Editions, load_edition
from teipress.encode.pagefile import check_nothing_lost, page_id, schema_hrefs
from teipress.encode.tei import encode_page
from teipress.errors import InternalError, TeipressError, UsageError
from teipress.fileio import collect_files, write_atomic
from teipress.pdfconvert import FileExists, PdfOutput, convert_pdf, explain_pdf, is_pdf
from teipress.segment import segment_page

log = logging.getLogger(__name__)
explanations = logging.getLogger(EXPLAIN_LOGGER)


def output_targets(paths: list[Path], sources: list[Path], output: Path | None
                   ) -> dict[Path, Path]:
    """Where each page's TEI goes: beside its text; or, with ``-o``, the file named (one
    page) or, in that folder, the page's path below the folder it was found in (so
    ``a/01.txt`` and ``b/01.txt`` stay two). Two pages that would still share a file are a
    usage error naming both, before anything is written."""
    several = len(sources) > 1
    targets: dict[Path, Path] = {}
    for source in sources:
        if output is None:
            targets[source] = source.with_suffix(".xml")
        elif several or output.is_dir():
            found_in = next((Path(p) for p in paths if Path(p).is_dir()
                             and source.is_relative_to(p)), source.parent)
            targets[source] = output / source.relative_to(found_in).with_suffix(".xml")
        else:
            targets[source] = output
    taken: dict[Path, Path] = {}
    for source, target in targets.items():
        first = taken.setdefault(target.resolve(), source)
        if first != source:
            raise UsageError(f"{first} and {source} would both be written to {target}: "
                             "convert them into different folders")
    return targets


def convert_paths(paths: list[Path], output: Path | None = None, edition_path: Path | None = None,
                  force: bool = False, explain: bool = False, debug: bool = False) -> int:
    """Convert every page named; return how many failed.

    Logged to ``teipress.convert``: each page written (info), each page kept as it was
    (warning), each page that could not be converted (error). ``explain`` writes nothing and
    logs how each page was read to ``teipress.explain`` (info) instead.
    A bug met on one page is logged too, and the other pages are converted; then
    :class:`InternalError` is raised (unless ``debug``, which lets the first one through).
    """
    sources = list(dict.fromkeys(page_sources(paths)))  # each page once
    if not sources:
        raise UsageError("no page files (*.txt, *.pdf) found in " + ", ".join(map(str, paths)))
    several = len(sources) > 1
    if several and output is not None and output.exists() and not output.is_dir():
        raise UsageError(f"{output}: several pages need an output folder, not a file")
    if edition_path is not None and not edition_path.is_file():
        raise UsageError(f"--edition {edition_path}: no such file")
    editions = Editions(load_edition(edition_path) if edition_path else None)
    targets = output_targets(paths, sources, output)
    failed = bugs = 0
    claimed: dict[Path, Path] = {}  # each file this run wrote, and its source
    for source in sources:
        target = targets[source]
        try:
            edition = editions.of(source)
            if is_pdf(source):
                if explain:
                    explanations.info(explain_pdf(source, edition))
                    continue
                try:
                    written = convert_pdf(source, PdfOutput.of(target, output, several),
                                          edition, claimed, force=force)
                except FileExists as exc:
                    log.warning("%s. Use --force to overwrite", exc)
                    continue
                log.info("%s (PDF) → %s", source,
                         ", ".join(str(p) for p in written if p.suffix == ".xml"))
                continue
            if explain:
                explanations.info(explain_page(source, edition))
                continue
            if target.resolve() == source.resolve():
                raise UsageError(f"{target}: is the page's own text; name another output")
            if target.resolve() in claimed:
                raise TeipressError(f"{source}: would write {target}, already written from "
                                    f"{claimed[target.resolve()]} in this run")
            if target.exists() and not force:
                log.warning("%s: exists (it may hold hand corrections); kept. "
                            "Use --force to overwrite", target)
                continue
            data, encoding = convert_file(source, target, edition)
            write_atomic(target, data)
            claimed[target.resolve()] = source
            log.info("%s (%s) → %s", source, encoding, target)
        except TeipressError as exc:
            failed += 1
            bugs += isinstance(exc, InternalError)
            log.error("%s", exc)
        except Exception as exc:
            if debug:
                raise
            failed += 1
            bugs += 1
            log.error("%s: internal error: %r", source, exc)
    if bugs:
        raise InternalError(f"{bugs} of {len(sources)} pages met a bug in teipress; "
                            "rerun with --debug and report it")
    return failed


def page_sources(paths: list[Path]) -> list[Path]:
    """The page files named, and the ``*.txt`` and ``*.pdf`` under the folders named; where a
    folder holds both ``NN.txt`` and ``NN.pdf``, the PDF is read (it carries the layout)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if not path.is_dir():
            found.extend(collect_files([path], "*"))
            continue
        files = sorted(collect_files([path], "*.txt") + collect_files([path], "*.pdf"))
        pdfs = {p.with_suffix("") for p in files if p.suffix == ".pdf"}
        for page in files:
            if page.suffix == ".txt" and page.with_suffix("") in pdfs:
                log.info("%s: %s is read instead", page, page.with_suffix(".pdf").name)
            else:
                found.append(page)
    return found


def convert_file(source: Path, target: Path, edition: Edition) -> tuple[bytes, str]:
    """One page's TEI bytes, and the encoding its text was read in."""
    decoded = read_page(source)
    page = segment_page(decoded.text, edition.title)
    data = encode_page(page, edition, page_id(edition, page, source),
                       schema_hrefs(target.parent))
    check_nothing_lost(decoded.text, data, source)
    return data, decoded.encoding


def explain_page(source: Path, edition: Edition) -> str:
    decoded = read_page(source)
    page = segment_page(decoded.text, edition.title)
    lines = [f"{source} (read as {decoded.encoding})"] + [f"  {note}" for note in page.notes]
    return "\n".join(lines)
