"""The work of a build, as jobs a worker process runs: one per page, one per issue's PDFs,
one for the edition's index pages.

A job catches every failure of its own page and returns it as a :class:`Problem`, so one bad
page never stops the build. What is costly to start — the schemas, WeasyPrint and its fonts,
jieba's dictionary — is set up once per process, on first use, and kept in module globals.
The stages themselves are imported inside the jobs that run them, so a worker process loads
only what its jobs need (the converter and its jieba only when a page is converted).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from teipress.build import pagecache
from teipress.build.plan import cache_file, issue_pdf_name
from teipress.edition import Edition
from teipress.errors import SystemFailure, TeipressError
from teipress.fileio import write_atomic
from teipress.safepaths import output_path

_validator = None
_pdf_renderer = None


@dataclass(frozen=True)
class Problem:
    """A page or issue that could not be built at one stage, in one line. ``retry``: the
    machine failed (disk full, no permission), not the input, so the build does not
    remember it and tries again next time."""

    path: str
    stage: str
    reason: str
    retry: bool = False

    def __str__(self) -> str:
        return f"{self.path}: {self.stage}: {self.reason}"


@dataclass(frozen=True)
class PageJob:
    rel: str
    text: Path | None
    tei: Path
    out_dir: Path
    edition: Edition  # the build's settings, read once
    convert: bool = False
    validate: bool = False
    html: bool = False
    code: str = ""  # teipress's fingerprint: names the file the page read is kept in


@dataclass
class PageResult:
    rel: str
    tei_hash: str = ""
    converted: bool = False
    valid: bool | None = None
    messages: list[str] = field(default_factory=list)  # validation diagnostics
    html_files: list[str] = field(default_factory=list)
    date: str = ""
    slug: str = ""
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # CPU seconds by stage


@dataclass(frozen=True)
class IssueJob:
    name: str
    tei: tuple[Path, ...]
    page_outs: tuple[Path | None, ...]
    issue_out: Path | None
    edition: Edition  # the page size


@dataclass
class IssueResult:
    name: str
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # CPU seconds by stage


@dataclass(frozen=True)
class IndexJob:
    pages: tuple[tuple[Path, Path | None], ...]  # (TEI, its cache file if there is one)
    out_dir: Path
    edition: Edition  # the title; paper id names the issue PDFs; [site] url the IIIF ids


@dataclass
class IndexResult:
    files: list[str] = field(default_factory=list)  # written, from the output folder
    problems: list[Problem] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # CPU seconds by stage


def run_page(job: PageJob) -> PageResult:
    """Convert the page if it has no TEI yet, validate its TEI, render its HTML."""
    result = PageResult(job.rel)
    with _warnings_into(result.warnings):
        if job.convert:
            assert job.text is not None  # a page is converted from its text (or PDF)
            result.converted = _attempt(result, "convert", job.text, lambda: _convert(job))
            if not result.converted:
                return result
        if not _attempt(result, "read", job.tei, lambda: _read(job, result)):
            return result
        if job.validate:
            _attempt(result, "validate", job.tei, lambda: _validate(job, result))
        if job.html:
            _attempt(result, "html", job.tei, lambda: _html(job, result))
    return result


def run_issue(job: IssueJob) -> IssueResult:
    """Write the issue's page PDFs asked for and its one-document PDF, from one layout."""
    result = IssueResult(job.name)
    with _warnings_into(result.warnings):
        _attempt(result, "pdf", job.name, lambda: _get_pdf_renderer().write_issue(
            list(job.tei), job.issue_out, list(job.page_outs), edition=job.edition))
    return result


def run_index(job: IndexJob) -> IndexResult:
    """Write the index pages, registers and search index of all pages given."""
    result = IndexResult()
    _attempt(result, "index", job.out_dir, lambda: _index(job, result))
    return result


@contextlib.contextmanager
def _warnings_into(warnings: list[str]) -> Iterator[None]:
    """The warnings a job logs, kept in ``warnings`` (its result) instead of shown: a worker
    process hands them back with the job's outcome, and the build logs them in its own
    process, in the order jobs finish (with ``-j 1`` the job runs in that process, so they
    would otherwise be shown twice)."""

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            warnings.append(record.getMessage())

    logger = logging.getLogger("teipress")
    handlers, propagate = logger.handlers, logger.propagate
    logger.handlers, logger.propagate = [Keep(logging.WARNING)], False
    try:
        yield
    finally:
        logger.handlers, logger.propagate = handlers, propagate


def _attempt(result: PageResult | IssueResult | IndexResult, stage: str, path: Path | str,
             work: Callable[[], object]) -> bool:
    """Run one stage of a job, timed in CPU seconds (what a busy machine does not inflate);
    its failure becomes a :class:`Problem` of the job."""
    started = time.process_time()
    try:
        work()
        return True
    except (SystemFailure, OSError) as exc:  # the machine's failure, not the input's
        result.problems.append(Problem(str(path), stage, _one_line(exc, path), retry=True))
    except TeipressError as exc:
        result.problems.append(Problem(str(path), stage, _one_line(exc, path)))
    except Exception as exc:  # a bug in teipress must not stop the other pages
        result.problems.append(Problem(str(path), stage, _internal(exc)))
    finally:
        result.seconds[stage] = result.seconds.get(stage, 0.0) + time.process_time() - started
    return False


# the stages

def _read(job: PageJob, result: PageResult) -> None:
    try:
        result.tei_hash = hashlib.sha256(job.tei.read_bytes()).hexdigest()
    except OSError as exc:
        raise TeipressError(f"cannot read: {exc.strerror or exc}") from exc


def _validate(job: PageJob, result: PageResult) -> None:
    diagnostics = _get_validator().check_bytes(job.tei.read_bytes())
    result.valid = not any(d.severity == "error" for d in diagnostics)
    result.messages = [f"{d.line}:{d.column}: {d.severity}: {d.message}" for d in diagnostics]


def _index(job: IndexJob, result: IndexResult) -> None:
    # the stages: loaded by the first job that needs them (the module's docstring)
    from teipress.render.epaper import ISSUE_NAV_FILE
    from teipress.render.html import ASSETS, REGISTER_FILES, Site, issue_dir, write_index_pages
    from teipress.render.search import INDEX_FILE

    pages, terms = [], {}
    for tei, cache in job.pages:
        try:
            page, page_terms = _page_and_terms(tei, cache)
        except TeipressError as exc:
            result.problems.append(Problem(str(tei), "index", _one_line(exc, tei)))
            continue
        pages.append(page)
        terms[page.source] = page_terms
    edition = job.edition
    pdfs = {issue_dir(page): issue_pdf_name(edition.paper_id, page.date) for page in pages}
    iiif = write_index_pages(pages, job.out_dir,
                             Site(title=edition.title, issue_pdfs=pdfs, page_pdfs=True,
                                  base_url=edition.site_url), terms)
    shards = sorted(p.name for p in output_path(job.out_dir, INDEX_FILE).parent.glob(
        "search-terms-*.js"))
    result.files = [*(f"{issue}/{name}" for issue in sorted(pdfs)
                      for name in ("index.html", ISSUE_NAV_FILE)), "index.html",
                    "search.html", *REGISTER_FILES.values(), INDEX_FILE, *iiif,
                    *(f"assets/{name}" for name in [*ASSETS, *shards])]


def _convert(job: PageJob) -> None:
    from teipress.convert import convert_file  # loaded by the first job that needs it

    assert job.text is not None
    edition = job.edition
    if job.text.suffix == ".pdf":  # NN.pdf → NN.xml, its photos and page image
        from teipress.pdfconvert import FileExists, PdfOutput, convert_pdf  # as convert_file

        try:
            convert_pdf(job.text, PdfOutput(job.tei.parent, job.tei.stem), edition, {},
                        force_images=True)
        except FileExists:
            raise TeipressError(f"{job.tei} appeared during the conversion; kept") from None
        return
    data, _encoding = convert_file(job.text, job.tei, edition)
    if job.tei.exists():  # made meanwhile, perhaps by hand: never overwrite a TEI file
        raise TeipressError(f"{job.tei} appeared during the conversion; kept")
    write_atomic(job.tei, data)


def _html(job: PageJob, result: PageResult) -> None:
    from teipress.render.html import Site, write_page_html  # loaded on first use

    page, terms = _page_and_terms(job.tei, None)
    result.html_files = write_page_html(page, job.out_dir,
                                        Site(title=job.edition.title, page_pdfs=True))
    result.date, result.slug = page.date, page.slug
    cache = output_path(job.out_dir, cache_file(job.code, job.rel, result.tei_hash))
    pagecache.write(cache, result.tei_hash, [weights for _shown, weights in terms])


def _page_and_terms(tei: Path, cache: Path | None):
    """The page read from its TEI, and its search words: from the cache where it is
    current and well-formed, else found anew (and the cache made again)."""
    # the renderer's modules: loaded by the first job that needs them
    from teipress.render.search import page_search_terms, search_documents
    from teipress.render.view import load_page

    try:
        tei_hash = hashlib.sha256(tei.read_bytes()).hexdigest()
    except OSError as exc:
        raise SystemFailure(f"cannot read: {exc.strerror or exc}") from exc
    page = load_page(tei.resolve())
    shown = [list(doc[:4]) for doc in search_documents([page])]
    cached = pagecache.read(cache, tei_hash, len(shown))
    if cached is not None:
        return page, list(zip(shown, cached, strict=True))
    terms = page_search_terms(page)
    if cache is not None:
        pagecache.write(cache, tei_hash, [weights for _shown, weights in terms])
    return page, terms


def _get_validator():
    global _validator
    if _validator is None:
        from teipress.validate import Validator  # loaded by the first job that needs it

        _validator = Validator.load()
    return _validator


def _get_pdf_renderer():
    global _pdf_renderer
    if _pdf_renderer is None:
        from teipress.render.pdf import PdfRenderer  # loaded by the first job that needs it

        _pdf_renderer = PdfRenderer()
    return _pdf_renderer


def _one_line(exc: Exception, path: Path | str) -> str:
    """The error's message on one line, without the path the report shows already."""
    text = " ".join(str(exc).split())
    for prefix in (f"{path}: ", f"{Path(path).resolve()}: "):
        text = text.removeprefix(prefix)
    return text or type(exc).__name__


def _internal(exc: Exception) -> str:
    return f"internal error: {exc!r} (a bug in teipress; please report it)"
