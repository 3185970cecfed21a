"""The ``teipress`` command line: one subcommand per pipeline stage.

Heavy modules (jieba, WeasyPrint) are imported inside the commands that need them,
so ``teipress validate`` starts fast.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from teipress import EXPLAIN_LOGGER, __version__
from teipress.edition import Editions
from teipress.errors import EXIT_INTERNAL, EXIT_INTERRUPTED, TeipressError, UsageError
from teipress.fileio import write_atomic

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar


log = logging.getLogger(__name__)


class Messages(logging.Handler):
    """The ``teipress`` loggers as the command shows them: ``teipress: warning: …`` and
    ``teipress: error: …`` on standard error, what was done (``-v``) as it is, and
    ``--explain``'s account of each page on standard output."""

    def __init__(self) -> None:
        super().__init__()
        self.before_line: Callable[[], None] | None = None  # a progress bar making room

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.name == EXPLAIN_LOGGER:
            click.echo(message)
            return
        if self.before_line is not None:
            self.before_line()
        if record.levelno >= logging.ERROR:
            message = f"teipress: error: {message}"
        elif record.levelno >= logging.WARNING:
            message = f"teipress: warning: {message}"
        click.echo(message, err=True)


class Context:
    """Options every subcommand shares, and the one handler the command's messages go to."""

    def __init__(self, debug: bool, messages: Messages) -> None:
        self.debug = debug
        self.messages = messages


def _install(ctx: click.Context, levels: dict[str, int], handler: Messages | None = None
             ) -> None:
    """Set loggers' levels (and add ``handler`` to ``teipress``) for this command only: a
    program calling :func:`main` twice, or a test, gets its loggers back as they were."""
    for name, level in levels.items():
        logger = logging.getLogger(name)
        ctx.call_on_close(lambda logger=logger, old=logger.level: logger.setLevel(old))
        logger.setLevel(level)
    if handler is not None:
        logging.getLogger("teipress").addHandler(handler)
        ctx.call_on_close(lambda: logging.getLogger("teipress").removeHandler(handler))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="teipress")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.option("-v", "--verbose", count=True, help="Say more about what is done (repeatable).")
@click.pass_context
def cli(ctx: click.Context, debug: bool, verbose: int) -> None:
    """Chinese newspaper pages: extracted text to TEI P5, validated, rendered as HTML and PDF.

    Exit codes: 0 success; 1 some input could not be converted, validated or rendered;
    2 usage error; 3 internal error (a bug: rerun with --debug and report it); 130 interrupted.
    """
    messages = Messages()
    _install(ctx, {"teipress": logging.INFO if verbose else logging.WARNING}, messages)
    ctx.obj = Context(debug=debug, messages=messages)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Output file (one page) or folder (several). Default: NN.xml beside NN.txt "
                   "or the PDF.")
@click.option("--edition", "edition_path", type=click.Path(path_type=Path, dir_okay=False),
              help="The edition.toml to use. Default: the nearest one above the input.")
@click.option("--force", is_flag=True,
              help="Overwrite existing TEI files (they may hold hand corrections).")
@click.option("--explain", is_flag=True,
              help="Show how each page was read, and why, instead of writing TEI.")
@click.pass_context
def convert(ctx: click.Context, paths: tuple[Path, ...], output: Path | None,
            edition_path: Path | None, force: bool, explain: bool) -> None:
    """Convert pages into TEI P5: extracted text (PAGE.txt) or page PDFs (PAGE.pdf, one TEI
    file per page, named by its printed number, with its photos and page image), or folders
    of them."""
    from teipress.convert import convert_paths

    if explain:
        _install(ctx, {EXPLAIN_LOGGER: logging.INFO})
    failed = convert_paths(list(paths), output=output, edition_path=edition_path, force=force,
                           explain=explain, debug=ctx.obj.debug)
    if failed:
        sys.exit(1)


@cli.group()
def render() -> None:
    """Render TEI pages as an HTML edition (render html) or print-ready PDF."""


@render.command("html")
@click.argument("pages", nargs=-1, required=True,
                type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False), required=True,
              help="Folder for the HTML edition (created if missing).")
@click.option("--title", help="The edition's title. Default: the paper in the nearest "
              "edition.toml, else the paper's name in the TEI.")
@click.option("--base-url", metavar="URL", help="Where the site will be published "
              "(https://…/): IIIF manifests are written only when it is known. Default: "
              "[site] url in the nearest edition.toml.")
def render_html_command(pages: tuple[Path, ...], output: Path,
                        title: str | None, base_url: str | None) -> None:
    """Render TEI pages (PAGE.xml...) as a static HTML edition: page views, article pages,
    indexes, name registers and search. Open OUTPUT/index.html, even straight from disk."""
    from teipress.render.html import Site, page_path, render_html

    edition = Editions().of(pages[0])
    title = title or edition.title
    base_url = base_url or edition.site_url
    if base_url and not base_url.startswith(("http://", "https://")):
        raise UsageError(f"--base-url {base_url!r} must be an http:// or https:// address")
    site = Site(title=title, base_url=base_url or "") if title or base_url else None
    rendered = render_html(list(pages), output, site=site)
    for page in rendered:
        log.info("%s -> %s/%s", page.source, output, page_path(page))
    log.info("%d page(s) rendered; open %s", len(rendered), output / "index.html")


@render.command("pdf")
@click.argument("pages", nargs=-1, required=True,
                type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              help="The PDF to write. Default: PAGE.pdf beside PAGE.xml (one page only).")
@click.option("--print", "print_marks", is_flag=True,
              help="For the printer: add 3 mm bleed and crop marks.")
@click.option("--title", help="Several pages: the document's title. Default: paper and date.")
def render_pdf_command(pages: tuple[Path, ...], output: Path | None,
                       print_marks: bool, title: str | None) -> None:
    """Lay TEI pages out as print-ready newspaper pages: PDF/A-3b with the TEI attached and
    a bookmark per page and article. One PAGE.xml gives one page; several (an issue, in the
    order given) give one document and need -o. The page size comes from the nearest
    edition.toml ([print] page-size)."""
    from teipress.render.pdf import render_page_pdf, render_pages_pdf

    if len(pages) > 1 and output is None:
        raise UsageError("several pages make one PDF: say where with -o ISSUE.pdf")
    if len(pages) == 1 and title:
        raise UsageError("--title is for several pages; one page's title comes from its TEI")
    output = output or pages[0].with_suffix(".pdf")
    if any(output.resolve() == page.resolve() for page in pages):
        raise UsageError(f"-o {output} is one of the TEI pages; the PDF would overwrite it")
    if len(pages) == 1:
        render_page_pdf(pages[0], output, print_marks=print_marks)
    else:
        render_pages_pdf(list(pages), output, title=title, print_marks=print_marks)
    log.info("%d page(s) -> %s", len(pages), output)


@cli.command()
@click.argument("edition_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False), required=True,
              help="Folder for the built edition: the HTML site, with the PDFs beside it.")
@click.option("-j", "--jobs", type=click.IntRange(min=1),
              help="Worker processes, at most the number of cores. Default: the number of cores.")
@click.option("--shard", metavar="K/N",
              help="Build only the K-th of N disjoint sets of issues, and no index pages "
                   "(a cluster job array; finish with --index-only).")
@click.option("--index-only", is_flag=True,
              help="Only the index pages, registers and search, for every issue's TEI.")
@click.pass_obj
def build(obj: Context, edition_dir: Path, output: Path, jobs: int | None, shard: str | None,
          index_only: bool) -> None:
    """Build a whole edition folder (EDITION_DIR/edition.toml, EDITION_DIR/<date>/<NN>.txt):
    TEI for every page that has none yet (beside its text; an existing TEI file is never
    overwritten), validation of every TEI file, the HTML site, a PDF per page and per issue.
    Only what changed since the last build into OUTPUT is redone.

    Exit status: 0 all built and valid; 1 some page could not be converted, validated or
    rendered (each is reported on one line; the rest is built); 2 usage error.
    """
    from teipress.build import build_edition, parse_shard

    with _BuildProgress(obj) as progress:
        summary = build_edition(edition_dir, output, jobs=jobs,
                                shard=parse_shard(shard) if shard else None,
                                index_only=index_only, progress=progress.update)
    for problem in sorted(summary.problems, key=lambda p: (p.path, p.stage)):
        click.echo(f"teipress: {problem}", err=True)
    click.echo(f"teipress: build: {summary.line()}", err=True)
    if summary.stage_seconds:
        log.info("teipress: CPU seconds by stage, summed over the workers: %s", ", ".join(
            f"{stage} {seconds:.1f}" for stage, seconds in sorted(summary.stage_seconds.items())))
    if not summary.ok:
        sys.exit(1)


class _BuildProgress:
    """A progress bar on a terminal; elsewhere (CI logs, pipes) one plain line per job done.

    Progress stays a callback, not log records: click's bar is one object with a count, a
    total and an ETA, updated in place and finished at the end, and a message printed while
    it shows must first end its line (:attr:`Messages.before_line`)."""

    def __init__(self, obj: Context) -> None:
        self.messages = obj.messages
        self.tty = sys.stderr.isatty()
        self.bar: ProgressBar[int] | None = None
        self.done = 0

    def __enter__(self) -> _BuildProgress:
        self.messages.before_line = self.end_line
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.messages.before_line = None
        if self.bar is not None:
            self.bar.render_finish()

    def update(self, done: int, total: int, what: str) -> None:
        if self.tty:
            if self.bar is None:
                self.bar = click.progressbar(length=total, label="building", file=sys.stderr,
                                             show_pos=True, show_eta=True)
                self.bar.render_progress()
            self.bar.update(done - self.done)  # (the bar shows counts, not names)
        elif what:
            click.echo(f"teipress: [{done}/{total}] {what}", err=True)
        self.done = done

    def end_line(self) -> None:
        if self.bar is not None:
            click.echo("", err=True)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "junit"]), default="text",
              show_default=True,
              help="text: one 'path:line:col: error: message' a line and a summary; "
                   "json; junit: a JUnit XML report for CI servers.")
@click.option("--schema", type=click.Path(path_type=Path, dir_okay=False),
              help="Validate against this RELAX NG schema (XML syntax) instead of teipress.rng, "
                   "e.g. tei_all.rng. The Schematron rules still run unless --no-schematron.")
@click.option("--no-schematron", is_flag=True, help="Skip the Schematron rules (teipress.sch).")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the report to this file instead of standard output.")
@click.pass_obj
def validate(obj: Context, paths: tuple[Path, ...], fmt: str, schema: Path | None,
             no_schematron: bool, output: Path | None) -> None:
    """Check TEI pages (files, or folders searched for *.xml) against the project's schemas.

    Exit status: 0 all valid (warnings allowed), 1 some file invalid, not well-formed,
    unreadable or too large, 2 usage error, 3 a bug met on some file (reported as its
    [internal-error]; the other files are validated and reported all the same).
    """
    from teipress.validate import validate_paths
    from teipress.validate.report import render

    if schema is not None and not schema.is_file():
        raise UsageError(f"--schema {schema}: no such file")
    results = validate_paths(paths, schema=schema, use_schematron=not no_schematron,
                             debug=obj.debug)
    report = render(results, fmt)
    if output is None:
        click.echo(report, nl=False)
    else:
        write_atomic(output, report.encode("utf-8"))
    if any(result.met_a_bug for result in results):
        sys.exit(EXIT_INTERNAL)
    if not all(result.valid for result in results):
        sys.exit(1)


def main(argv: list[str] | None = None) -> None:
    """Entry point: one clear line per error, a documented exit code, no traceback
    unless --debug."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        cli.main(args=args, prog_name="teipress", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("teipress: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except click.ClickException as exc:
        click.echo(f"teipress: error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except TeipressError as exc:
        if debug:
            raise
        click.echo(f"teipress: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("teipress: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except Exception as exc:
        if debug:
            raise
        click.echo(f"teipress: error: internal error: {exc!r} (rerun with --debug and report it)",
                   err=True)
        sys.exit(EXIT_INTERNAL)
