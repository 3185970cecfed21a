"""One edition build: plan each page and issue against the manifest, run what is out of date
in a process pool, record the outcomes, report a summary.

Pages are independent jobs (convert if there is no TEI yet, validate, HTML); an issue's PDFs
are one job, started when its pages are done (the issue PDF needs them all); the index pages
are one job, started when every page is done. Failures are recorded like results, so a
rebuild with nothing changed reports the same problems without redoing the work.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from teipress.build import workers
from teipress.build.layout import IssueSource, PageSource, in_shard, scan_edition
from teipress.build.manifest import STATE_DIR, Manifest
from teipress.build.plan import (
    Fingerprints,
    cache_file,
    issue_pdf_file,
    page_pdf_file,
)
from teipress.build.workers import Problem
from teipress.edition import SETTINGS_NAME, load_edition
from teipress.encode import prepare
from teipress.errors import TeipressError, UsageError
from teipress.safepaths import (
    UnsafePath,
    issue_folder,
    output_path,
    real_date,
    remove_output,
    safe_name,
)

Progress = Callable[[int, int, str], None]  # (units done, units in all, what was just done)
log = logging.getLogger(__name__)
_P = ParamSpec("_P")
_T = TypeVar("_T")


@dataclass(frozen=True)
class _RunOptions:
    """How this run builds: its worker processes, the shard it builds (None: all of the
    edition), and whether it makes the index pages only."""

    jobs: int
    shard: tuple[int, int] | None
    index_only: bool


@dataclass
class BuildSummary:
    """What a build did. ``rendered`` and ``skipped`` count outputs (a page's HTML, its PDF,
    an issue PDF, the index pages) and validations: made anew, or up to date and kept."""

    pages: int = 0
    issues: int = 0
    converted: int = 0
    valid: int = 0
    invalid: int = 0
    rendered: int = 0
    skipped: int = 0
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)  # CPU, over the workers

    @property
    def failed(self) -> int:
        return sum(p.stage != "validate" for p in self.problems)

    @property
    def ok(self) -> bool:
        return not self.problems

    def line(self) -> str:
        return (f"{self.pages} page(s) in {self.issues} issue(s): {self.converted} converted, "
                f"{self.valid} valid, {self.invalid} invalid, {self.rendered} rendered, "
                f"{self.skipped} skipped (up to date), {self.failed} failed "
                f"in {self.seconds:.1f} s")


def build_edition(edition_dir: Path, out_dir: Path, *, jobs: int | None = None,
                  shard: tuple[int, int] | None = None, index_only: bool = False,
                  progress: Progress | None = None) -> BuildSummary:
    """Build an edition folder into ``out_dir``: TEI for pages that have none, validation,
    the HTML site, page and issue PDFs — each only where its inputs changed.

    ``shard=(k, n)`` builds the k-th of n disjoint sets of issues and no index pages;
    ``index_only`` makes only the index pages, registers and search, from the TEI of every
    issue (after the shards are done). ``progress`` is told each unit of work done; warnings
    (a text changed since its TEI was made, an output that could not be removed, what the
    workers warned of) are logged to ``teipress.build``.
    """
    started = time.perf_counter()
    if shard and index_only:
        raise UsageError("--index-only covers the whole edition; it takes no --shard")
    edition_dir, out_dir = Path(edition_dir).absolute(), Path(out_dir).absolute()
    issues, refused = scan_edition(edition_dir)
    if shard:
        issues = [issue for issue in issues if in_shard(issue, shard)]
    manifest = Manifest.load(out_dir, shard)
    build = _Build(edition_dir, out_dir, manifest, issues,
                   _RunOptions(_workers(jobs), shard, index_only),
                   progress or (lambda done, total, what: None))
    build.summary.problems.extend(
        Problem(str(path), "read", "a link leading outside its folder; left out")
        for path in refused)
    try:
        build.run()
    finally:
        if build.pool is not None:
            build.pool.shutdown(wait=True, cancel_futures=True)
        try:
            manifest.save()
        except TeipressError as exc:  # disk full: every page's line is reported all the same
            build.summary.problems.append(Problem(str(manifest.path), "manifest", str(exc)))
    build.summary.seconds = time.perf_counter() - started
    return build.summary


@dataclass
class _PageState:
    """What the build knows of a page once its job (or its records) is done."""

    tei_hash: str = ""
    html_key: str = ""
    date: str = ""
    slug: str = ""
    usable: bool = False  # its TEI can be read: it goes into the PDFs and the index


class _Build:
    def __init__(self, edition_dir: Path, out_dir: Path, manifest: Manifest,
                 issues: list[IssueSource], options: _RunOptions, progress: Progress) -> None:
        self.out_dir = out_dir
        self.manifest = manifest
        self.issues = issues
        self.jobs = options.jobs
        self.shard = options.shard
        self.index_only = options.index_only
        self.progress = progress
        self.edition = load_edition(edition_dir / SETTINGS_NAME)
        self.keys = Fingerprints.take(manifest, edition_dir / SETTINGS_NAME)
        self.summary = BuildSummary(pages=sum(len(i.pages) for i in issues), issues=len(issues))
        self.pool: Executor | None = None
        self.pending: dict[Future, tuple[str, Any]] = {}
        self.states: dict[str, _PageState] = {}
        self.assets: dict[str, str] = {}
        self.waiting: dict[str, int] = {}
        self.done = 0
        self.total = (self.summary.pages + (0 if self.index_only else len(issues))
                      + (0 if self.shard else 1))

    # the run

    def run(self) -> None:
        if not self.shard and not self.index_only:
            self.forget_removed()
        for issue in self.issues:
            self.assets[issue.name] = self.manifest.files_hash(issue.folder, issue.assets())
            self.waiting[issue.name] = len(issue.pages)
        for issue in self.issues:
            for page in issue.pages:
                job = self.plan_page(page, issue)
                if job is None:
                    self.page_done(issue)
                else:
                    self.submit(workers.run_page, job, ("page", (page, issue, job)))
        if not self.issues:
            self.plan_index()
        while self.pending:
            finished, _ = wait(self.pending, return_when=FIRST_COMPLETED)
            for future in finished:
                kind, context = self.pending.pop(future)
                getattr(self, f"{kind}_finished")(future.result(), *context)

    def submit(self, function: Callable, job: Any, context: tuple[str, Any]) -> None:
        if self.pool is None:  # no pool at all when nothing is out of date
            if self.jobs > 1 and getattr(job, "convert", False):
                started = time.process_time()
                prepare()  # loaded once here, shared by the forked workers
                self.summary.stage_seconds["convert"] = time.process_time() - started
            self.pool = (_InlineExecutor() if self.jobs == 1
                         else ProcessPoolExecutor(max_workers=self.jobs))
        self.pending[self.pool.submit(function, job)] = context

    def collect(self, result: workers.PageResult | workers.IssueResult
                | workers.IndexResult) -> None:
        """A job's problems, warnings and times."""
        self.summary.problems.extend(result.problems)
        for message in getattr(result, "warnings", ()):
            log.warning("%s", message)
        for stage, seconds in result.seconds.items():
            self.summary.stage_seconds[stage] = (self.summary.stage_seconds.get(stage, 0.0)
                                                 + seconds)

    def advance(self, what: str = "") -> None:
        self.done += 1
        self.progress(self.done, self.total, what)

    def problem(self, problem: Problem) -> None:
        self.summary.problems.append(problem)

    # pages

    def plan_page(self, page: PageSource, issue: IssueSource) -> workers.PageJob | None:
        """The page's job, or None when its records are current (they are applied here)."""
        state = self.states[page.rel] = _PageState()
        convert_step = self.manifest.record(f"convert {page.rel}")
        if not page.tei.exists():
            assert page.text is not None  # the layout found the page by its text
            if self.index_only:
                self.problem(Problem(str(page.text), "index", "no TEI yet: build the issue "
                                     "first"))
                return None
            key = self.keys.convert(self.manifest.file_hash(page.text))
            if convert_step and convert_step["key"] == key and convert_step.get("error"):
                self.problem(Problem(str(page.text), "convert", convert_step["error"]))
                return None
            return self.page_job(page, convert=True, validate=True, html=True)
        if page.text and convert_step and convert_step.get("text") not in (
                None, self.manifest.file_hash(page.text)):
            log.warning("%s changed since %s was made from it; %s is kept (it may hold hand "
                        "corrections): delete it to convert the text again",
                        page.text, page.tei.name, page.tei.name)
        state.tei_hash = self.manifest.file_hash(page.tei)
        state.html_key = self.keys.html(state.tei_hash, self.assets[issue.name])
        html = self.manifest.current(f"html {page.rel}", state.html_key, self.out_dir)
        if html and not html.get("error") and not _named(html):
            html = None  # a record whose names could not name files: made again
        if self.index_only:
            state.usable = True
            if html and not html.get("error"):
                state.date, state.slug = html["date"], html["slug"]
            return None
        validation = self.manifest.current(f"validate {page.rel}",
                                           self.keys.validate(state.tei_hash), self.out_dir)
        if validation:
            self.count_validation(page, validation["valid"], validation["messages"])
            self.summary.skipped += 1
        if html:
            self.summary.skipped += 1
            if html.get("error"):
                self.problem(Problem(str(page.tei), "html", html["error"]))
            else:
                state.usable = True
                state.date, state.slug = html["date"], html["slug"]
        if validation and html:
            return None
        return self.page_job(page, validate=not validation, html=not html)

    def page_job(self, page: PageSource, **steps: bool) -> workers.PageJob:
        return workers.PageJob(rel=page.rel, text=page.text, tei=page.tei, out_dir=self.out_dir,
                               edition=self.edition, code=self.keys.code, **steps)

    def page_finished(self, result: workers.PageResult, page: PageSource,
                      issue: IssueSource, job: workers.PageJob) -> None:
        state = self.states[page.rel]
        self.collect(result)
        if job.convert:
            assert page.text is not None  # converted from it
            key = self.keys.convert(self.manifest.file_hash(page.text))
            if not result.converted:
                if not result.problems[0].retry:  # a disk full is tried again next time
                    self.manifest.put(f"convert {page.rel}", key,
                                      error=result.problems[0].reason)
                self.page_done(issue, f"convert {page.rel} failed")
                return
            self.summary.converted += 1
            self.manifest.put(f"convert {page.rel}", key,
                              text=self.manifest.file_hash(page.text))
            state.tei_hash = result.tei_hash
            state.html_key = self.keys.html(state.tei_hash, self.assets[issue.name])
        if not result.tei_hash:  # the TEI could not be read
            self.page_done(issue, f"page {page.rel} failed")
            return
        if job.validate and result.valid is not None:
            self.manifest.put(f"validate {page.rel}", self.keys.validate(state.tei_hash),
                              valid=result.valid, messages=result.messages)
            self.count_validation(page, bool(result.valid), result.messages)
        if job.html:
            self.html_finished(result, page)
        self.page_done(issue, f"page {page.rel}")

    def html_finished(self, result: workers.PageResult, page: PageSource) -> None:
        state = self.states[page.rel]
        step = f"html {page.rel}"
        errors = [p for p in result.problems if p.stage == "html"]
        old = set((self.manifest.record(step) or {}).get("files", ()))
        if errors:
            if not any(p.retry for p in errors):
                self.manifest.put(step, state.html_key, error=errors[0].reason)
            return
        files = [*result.html_files, self.cache_file(page, state)]
        self.remove_outputs(old - set(files))
        self.manifest.put(step, state.html_key, files=files, date=result.date,
                          slug=result.slug)
        state.usable, state.date, state.slug = True, result.date, result.slug
        self.summary.rendered += 1
        _warn_if_dated_elsewhere(page, result.date)

    def count_validation(self, page: PageSource, valid: bool, messages: list[str]) -> None:
        if valid:
            self.summary.valid += 1
            return
        self.summary.invalid += 1
        errors = [m for m in messages if ": error: " in m]
        self.problem(Problem(str(page.tei), "validate",
                             f"{len(errors)} error(s), first {errors[0] if errors else '?'}"))

    def page_done(self, issue: IssueSource, what: str = "") -> None:
        """Once every page is done (so every page's date and number are known), pages that
        would share files are found, then the issues' PDFs and the index are planned."""
        self.advance(what)
        self.waiting[issue.name] -= 1
        if any(self.waiting.values()):
            return
        self.check_page_names()
        if not self.index_only:
            issue_outs = self.check_issue_names()
            for each in self.issues:
                self.plan_issue(each, issue_outs.get(each.name))
        self.plan_index()

    # issues

    def check_page_names(self) -> None:
        """Pages printing the same date and page number would write the same files, in one
        issue folder or two: each is reported naming the others, and all are left out of the
        PDFs and the index, their HTML removed (it may be any of theirs). So is a page whose
        name is taken by the issue's own files (a page named ``index``)."""
        claims: dict[tuple[str, str], list[PageSource]] = {}
        for issue in self.issues:
            for page in issue.pages:
                state = self.states[page.rel]
                if state.usable and state.slug:  # (index-only: pages never rendered have none)
                    claims.setdefault((state.date, state.slug), []).append(page)
        for (date, slug), pages in claims.items():
            where = f"{issue_folder(date)}/{slug}.html"
            if slug == "index":
                reasons = {page.rel: f"would be {where}, the issue's index page: check its "
                           "page number" for page in pages}
            elif len(pages) > 1:
                reasons = {page.rel: "prints the same date and page number as " + ", ".join(
                    f"{other.rel}.xml" for other in pages if other is not page)
                    + f" ({where}): check its furniture" for page in pages}
            else:
                continue
            for page in pages:
                self.states[page.rel].usable = False
                for step in (f"html {page.rel}", f"pdf {page.rel}"):
                    self.remove_outputs(set(self.manifest.steps.pop(step, {}).get("files", ())))
                self.problem(Problem(str(page.tei), "html", reasons[page.rel]))

    def check_issue_names(self) -> dict[str, Path | None]:
        """Where each issue's PDF goes; two issue folders of one date would write the same
        PDF: both are reported, naming each other, and neither PDF is made."""
        outs: dict[str, str] = {}
        for issue in self.issues:
            states = [self.states[p.rel] for p in issue.pages if self.states[p.rel].usable]
            if states:
                outs[issue.name] = issue_pdf_file(self.edition.paper_id, states[0].date)
        named: dict[str, Path | None] = {}
        for name, out in outs.items():
            others = [other for other, same in outs.items() if same == out and other != name]
            if others:
                self.problem(Problem(name, "pdf", f"its pages print the date of issue folder "
                                     f"{', '.join(others)}: both would be {out}; one issue, "
                                     "one folder"))
                step = self.manifest.steps.pop(f"issue-pdf {name}", {})
                self.remove_outputs(set(step.get("files", ())))
                named[name] = None
            else:
                named[name] = self.output(name, out)
        return named

    def plan_issue(self, issue: IssueSource, issue_path: Path | None) -> None:
        """The issue's PDFs that are out of date, as one job; ``issue_path`` is where its
        one-document PDF goes (None: it is not to be made)."""
        pages = [p for p in issue.pages if self.states[p.rel].usable]
        if not pages:
            self.advance()
            return
        assets = self.assets[issue.name]
        states = [self.states[p.rel] for p in pages]
        page_keys = [self.keys.pdf(s.tei_hash, assets) for s in states]
        page_outs: list[Path | None] = []
        for page, state, key in zip(pages, states, page_keys, strict=True):
            current = self.manifest.current(f"pdf {page.rel}", key, self.out_dir)
            self.summary.skipped += bool(current)
            page_outs.append(None if current else
                             self.output(str(page.tei), page_pdf_file(state.date, state.slug)))
        issue_key = self.keys.issue_pdf([s.tei_hash for s in states], assets)
        issue_step = (self.manifest.current(f"issue-pdf {issue.name}", issue_key, self.out_dir)
                      if issue_path is not None else None)
        if issue_step and issue_step.get("error"):
            self.problem(Problem(issue.name, "pdf", issue_step["error"]))
        self.summary.skipped += bool(issue_step)
        issue_out = None if issue_step else issue_path
        if issue_out is None and not any(page_outs):
            self.advance()
            return
        if issue_out is None:  # the issue PDF is current: lay out only the pages asked for
            kept = [n for n, out in enumerate(page_outs) if out is not None]
            pages, page_keys = [pages[n] for n in kept], [page_keys[n] for n in kept]
            page_outs = [page_outs[n] for n in kept]
        job = workers.IssueJob(issue.name, tuple(p.tei for p in pages), tuple(page_outs),
                               issue_out, self.edition)
        self.submit(workers.run_issue, job,
                    ("issue", (issue, job, pages, page_keys, issue_key)))

    def issue_finished(self, result: workers.IssueResult, issue: IssueSource,
                       job: workers.IssueJob, pages: list[PageSource], page_keys: list[str],
                       issue_key: str) -> None:
        self.collect(result)
        if result.problems:
            if job.issue_out is not None and not result.problems[0].retry:
                self.manifest.put(f"issue-pdf {issue.name}", issue_key,
                                  error=result.problems[0].reason)
        else:
            for page, key, out in zip(pages, page_keys, job.page_outs, strict=True):
                if out is not None:
                    self.manifest.put(f"pdf {page.rel}", key, files=[self.relative(out)])
                    self.summary.rendered += 1
            if job.issue_out is not None:
                self.manifest.put(f"issue-pdf {issue.name}", issue_key,
                                  files=[self.relative(job.issue_out)])
                self.summary.rendered += 1
        self.advance(f"pdf {issue.name}")

    # the index pages

    def plan_index(self) -> None:
        if self.shard:
            return
        pages = [(p, self.states[p.rel]) for issue in self.issues for p in issue.pages
                 if self.states[p.rel].usable]
        key = self.keys.index(self.edition.paper_id, [s.html_key for _, s in pages])
        current = self.manifest.current("index", key, self.out_dir)
        if current and current.get("files"):
            self.summary.skipped += 1
            self.summary.problems.extend(Problem(*p) for p in current["problems"])
            self.advance()
            return
        if current:  # failed with these very pages: say so again
            self.summary.problems.extend(Problem(*p) for p in current["problems"])
            self.advance()
            return
        try:
            caches = [output_path(self.out_dir, self.cache_file(p, s)) for p, s in pages]
        except UnsafePath as exc:  # .teipress/pages linked away
            self.problem(Problem(str(self.out_dir), "index", str(exc)))
            self.advance()
            return
        job = workers.IndexJob(
            pages=tuple((p.tei, c) for (p, _), c in zip(pages, caches, strict=True)),
            out_dir=self.out_dir, edition=self.edition)
        self.submit(workers.run_index, job, ("index", (key,)))

    def index_finished(self, result: workers.IndexResult, key: str) -> None:
        self.collect(result)
        if result.files:  # an issue gone: its index page too
            old = (self.manifest.record("index") or {}).get("files", ())
            self.remove_outputs(set(old) - set(result.files))
        problems = [[p.path, p.stage, p.reason] for p in result.problems]
        if any(p.retry for p in result.problems):
            pass  # the machine failed: nothing is remembered, all is tried again next time
        elif result.files:
            self.manifest.put("index", key, files=result.files, problems=problems)
            self.summary.rendered += 1
        else:
            self.manifest.put("index", key, problems=problems)
        self.advance("index pages")
        if not self.shard and not self.index_only:
            self.prune_caches()

    # outputs

    def cache_file(self, page: PageSource, state: _PageState) -> str:
        return cache_file(self.keys.code, page.rel, state.tei_hash)

    def output(self, where: str, relative: str) -> Path | None:
        """Where a PDF goes, once checked to lie inside the output folder (a linked folder
        there could lead away); None, and a problem said, when it does not."""
        try:
            return output_path(self.out_dir, relative)
        except UnsafePath as exc:
            self.problem(Problem(where, "pdf", str(exc)))
            return None

    def relative(self, path: Path) -> str:
        return path.relative_to(self.out_dir.resolve()).as_posix()

    def forget_removed(self) -> None:
        """Pages and issues gone from the edition: their outputs are removed too."""
        present = {p.rel for i in self.issues for p in i.pages} | {i.name for i in self.issues}
        for step in list(self.manifest.steps):
            name = step.partition(" ")[2]
            if name and name not in present:
                self.remove_outputs(set(self.manifest.steps.pop(step).get("files", ())))

    def remove_outputs(self, names: set[str]) -> None:
        """Files an earlier build wrote that the page no longer makes (an article gone), and
        the folders they leave empty; a name leading outside the output folder (a planted
        manifest) is refused and said."""
        for name in sorted(names):
            try:
                remove_output(self.out_dir, name)
            except UnsafePath as exc:
                log.warning("%s: %s; not removed", self.manifest.path, exc)
            except OSError as exc:  # tried again by the next build
                log.warning("cannot remove %s: %s", self.out_dir / name, exc.strerror or exc)

    def prune_caches(self) -> None:
        """Page caches no current page uses (older versions of pages)."""
        used = {self.cache_file(page, self.states[page.rel])
                for issue in self.issues for page in issue.pages}
        try:
            folder = output_path(self.out_dir, f"{STATE_DIR}/pages/x").parent
        except UnsafePath as exc:
            log.warning("%s; old page caches not removed", exc)
            return
        if folder.is_dir():
            for stale in sorted(folder.iterdir()):
                name = f"{STATE_DIR}/pages/{stale.name}"
                if name not in used:
                    self.remove_outputs({name})


def _named(record: dict[str, Any]) -> bool:
    """Whether a record's date and page name can name files (records may be planted)."""
    date, slug = record.get("date", ""), record.get("slug")
    if not isinstance(date, str) or not isinstance(slug, str):
        return False
    try:
        if date:
            real_date(date)
        safe_name(slug)
    except UnsafePath:
        return False
    return True


class _InlineExecutor(Executor):
    """``-j 1``: run each job at once in this process (no pool to start, easier to debug)."""

    def submit(self, fn: Callable[_P, _T], /, *args: _P.args, **kwargs: _P.kwargs
               ) -> Future[_T]:
        future: Future[_T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)
        return future


def _workers(jobs: int | None) -> int:
    """Worker processes: as many as asked, but no more than the cores this process may run
    on; more would only share them, each holding its own copy of jieba and WeasyPrint."""
    cores = _cores()
    if jobs is not None and jobs > cores:
        log.warning("-j %d: using %d worker processes, the number of cores available", jobs,
                    cores)
        return cores
    return jobs or cores


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _warn_if_dated_elsewhere(page: PageSource, printed: str) -> None:
    """A page filed under one date that prints another (a page copied into the wrong issue, a
    folder misnamed) is published under the date it prints; say so, since the reader's URL
    will not be the folder's."""
    folder = page.rel.split("/")[0]
    try:
        real_date(folder)
    except UnsafePath:
        return  # a folder named otherwise (by paper section, by page run) says nothing
    if len(folder) == len("2022-11-22") and printed and folder != printed:
        log.warning("%s: prints the date %s, not its folder's %s; published under %s",
                    page.rel, printed, folder, printed)
