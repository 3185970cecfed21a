"""Trust (issue #15): a TEI file, an edition folder, a build cache or an output folder from
someone else must never make teipress read, write, fetch or delete anything outside the
edition and the output folder, run code, publish a live script, or lose a page.

Every case the issue reproduced is replayed here, and generalised: each path field
(``graphic/@url``, the issue date, the page number, ``[paper] id``, manifest and cache
records), each output (HTML, images, page and issue PDFs, caches, removals), each image type
(PNG, JPEG, GIF, SVG). What the process touches is watched with a Python audit hook
(:func:`sys.addaudithook`): every file opened, listed, written, renamed or removed under the
test's folder must lie in the edition or the output folder. Fetching is watched by a local
HTTP server that counts its requests. Generated HTML is read back: every ``href`` and ``src``
is a relative link that stays in the output folder.
"""

from __future__ import annotations

import ast
import errno
import http.server
import io
import json
import os
import pickle
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from PIL import Image

from conftest import ROOT, SAMPLE_TXT
from teipress.build import build_edition
from teipress.cli import main
from teipress.convert import convert_paths
from teipress.edition import load_edition
from teipress.errors import InputError, UsageError
from teipress.render.html import render_html
from teipress.safepaths import (
    UnsafePath,
    file_stem,
    inside,
    issue_folder,
    output_path,
    real_date,
    reference_problem,
    remove_output,
    safe_name,
)
from validate_support import EXAMPLE, variant

needs_poppler = pytest.mark.skipif(shutil.which("pdfimages") is None,
                                   reason="needs poppler-utils (pdfimages)")

# References a TEI file or a setting may hold: the issue's cases and their relatives.
HOSTILE_REFERENCES = [
    "../secret.png", "../../outside/secret.png", "sub/../../secret.png", "./photo.png",
    "%2e%2e/secret.png", "%2E%2E/secret.png", "..%2fsecret.png", "%252e%252e/secret.png",
    "/etc/passwd", "//host/share/x.png", "file:///etc/passwd", "FILE:/etc/passwd",
    "http://127.0.0.1:9/x.png", "https://example.com/x.jpg", "data:image/png;base64,AAAA",
    "javascript:alert(1)", "C:\\Windows\\win.ini", "C:/x.png", "sub\\x.png", "photo.png?x=1",
    "photo.png#frag", "photo%00.png", "photo\t.png", "a//b.png", "sub/", "%ff.png", "", " ",
]
BENIGN_REFERENCES = ["photo.png", "sub/photo.png", "照片.jpg", "%E7%85%A7%E7%89%87.jpg",
                     "a%20b.png", "a b.png", "x..y.png", "photo.svg"]
HOSTILE_DATES = ["../victim", "../../victim", "/tmp/victim", "javascript:alert(1)//",
                 "2022-02-30", "2022-11-22/../../victim", "2022-11-22\\..\\x", "２０２２-11-22"]


# ---- watching what the process touches ---------------------------------------------------

_WATCHED: list[tuple[str, str]] | None = None


def _audit(event: str, args: tuple) -> None:
    if _WATCHED is None:
        return
    if event == "open":
        path, mode, flags = args
        writes = (any(c in mode for c in "wax+") if isinstance(mode, str)
                  else bool(flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)))
        touched = [("write" if writes else "read", path)]
    elif event in ("os.remove", "os.rmdir"):
        touched = [("delete", args[0])]
    elif event == "os.rename":
        touched = [("delete", args[0]), ("write", args[1])]
    elif event in ("os.mkdir", "os.symlink", "os.chmod", "os.truncate"):
        touched = [("write", args[0])]
    elif event in ("os.listdir", "os.scandir"):
        touched = [("read", args[0])]
    else:
        return
    for kind, path in touched:
        if isinstance(path, (str, bytes, os.PathLike)):
            _WATCHED.append((kind, os.path.abspath(os.fsdecode(path))))


sys.addaudithook(_audit)


@contextmanager
def watched() -> Iterator[list[tuple[str, str]]]:
    """Every (kind, absolute path) the process reads, writes or deletes meanwhile."""
    global _WATCHED
    _WATCHED = events = []
    try:
        yield events
    finally:
        _WATCHED = None


def strays(events: list[tuple[str, str]], sandbox: Path, *allowed: Path) -> list[str]:
    """What was touched under ``sandbox`` but outside every ``allowed`` folder."""
    roots = [str(p.resolve()) for p in allowed]
    sandbox_root = str(sandbox.resolve())
    found = []
    for kind, path in events:
        real = os.path.realpath(path)
        for candidate in {path, real}:
            if (candidate + "/").startswith(sandbox_root + "/") and not any(
                    (candidate + "/").startswith(root + "/") for root in roots):
                found.append(f"{kind} {candidate}")
    return sorted(set(found))


# ---- an edition, a secret outside it, a server counting requests ---------------------------

def image_bytes(kind: str, colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    if kind == "svg":
        return (b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30">'
                b'<rect width="40" height="30" fill="#c81e1e"/></svg>')
    out = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(out, format={"jpg": "JPEG"}.get(kind, kind.upper()))
    return out.getvalue()


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Path]:
    """tmp/edition (edition.toml, 2022-11-22/03.xml, photo.png), tmp/outside (secrets),
    tmp/out (not made yet)."""
    edition, outside = tmp_path / "edition", tmp_path / "outside"
    issue = edition / "2022-11-22"
    issue.mkdir(parents=True)
    outside.mkdir()
    (edition / "edition.toml").write_text('[paper]\nid = "test-daily"\ntitle = "测试日报"\n',
                                          encoding="utf-8")
    (issue / "03.xml").write_text(EXAMPLE, encoding="utf-8")
    (issue / "photo.png").write_bytes(image_bytes("png"))
    (outside / "secret.png").write_bytes(image_bytes("png", (1, 2, 3)))
    (outside / "secret.txt").write_text("SECRET", encoding="utf-8")
    (outside / "victim").mkdir()
    (outside / "victim" / "keep.txt").write_text("keep", encoding="utf-8")
    return {"root": tmp_path, "edition": edition, "issue": issue, "outside": outside,
            "out": tmp_path / "out"}


def with_graphic(url: str) -> str:
    """The example page with a ``graphic`` of this ``@url`` in its stand-alone photo."""
    escaped = url.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    escaped = escaped.replace("\t", "&#9;")
    return variant(("</byline>\n      </figure>",
                    f'</byline>\n        <graphic url="{escaped}"/>\n      </figure>'))


def as_page(text: str, number: int) -> str:
    """The example page printed as page ``number`` instead of 3."""
    for old, new in (('n="3">3</biblScope>', f'n="{number}">{number}</biblScope>'),
                     ('<fw type="pageNum">3</fw>', f'<fw type="pageNum">{number}</fw>'),
                     ('<pb n="3"/>', f'<pb n="{number}"/>'), ("-p03", f"-p{number:02}")):
        assert old in text
        text = text.replace(old, new)
    return text


def with_date(when: str) -> str:
    return variant(('<date when="2022-11-22">', f'<date when="{when}">'))


class CountingServer:
    """A local web server that answers every request with a PNG and counts them."""

    def __init__(self) -> None:
        served = self.requests = []
        png = image_bytes("png")

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                served.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.end_headers()
                self.wfile.write(png)

            def log_message(self, *args) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def server() -> Iterator[CountingServer]:
    running = CountingServer()
    yield running
    running.close()


def live_links(out: Path) -> list[str]:
    """Every href/src/action in the site's HTML that is not a relative link staying inside
    the output folder (a scheme such as javascript:, an absolute path, a climb out)."""
    bad = []
    root = out.resolve()
    for page in sorted(out.rglob("*.html")):
        doc = lxml_html.parse(str(page)).getroot()
        for element in doc.iter():
            for attribute in ("href", "src", "action", "formaction", "srcset", "data"):
                link = element.get(attribute)
                if link is None:
                    continue
                parts = urlsplit(link)
                target = (page.parent / unquote(parts.path)).resolve()
                if (parts.scheme or parts.netloc or link.strip().startswith("/")
                        or not target.is_relative_to(root)):
                    bad.append(f"{page.relative_to(out)}: {attribute}={link}")
            if any(name.startswith("on") for name in element.attrib):
                bad.append(f"{page.relative_to(out)}: event handler on <{element.tag}>")
    index = out / "assets" / "search-index.js"
    if index.is_file():  # the search page links each document by the url the index gives
        data = json.loads(index.read_text("utf-8").split("=", 1)[1].strip().rstrip(";"))
        for url, *_shown in data["docs"]:
            parts = urlsplit(url)
            if (parts.scheme or parts.netloc or url.startswith("/")
                    or not (out / unquote(parts.path)).resolve().is_relative_to(root)):
                bad.append(f"assets/search-index.js: {url}")
    return bad


def run_cli(capsys, *args: str) -> tuple[int, list[str]]:
    """The command line in this process (so the audit hook sees it): exit code, stderr."""
    code, lines, _out = run_cli_out(capsys, *args)
    return code, lines


def run_cli_out(capsys, *args: str) -> tuple[int, list[str], str]:
    with pytest.raises(SystemExit) as exit_info:
        main([*args])
        raise SystemExit(0)
    captured = capsys.readouterr()
    return exit_info.value.code, captured.err.splitlines(), captured.out


# ---- the path module itself -------------------------------------------------------------

@pytest.mark.parametrize("reference", HOSTILE_REFERENCES)
def test_a_hostile_reference_is_refused_in_one_line(world, reference):
    (world["issue"] / "sub").mkdir()
    with pytest.raises(UnsafePath) as refused:
        inside(world["issue"], reference, what="graphic/@url")
    message = str(refused.value)
    assert "\n" not in message and message.startswith("graphic/@url ")


@pytest.mark.parametrize("reference", BENIGN_REFERENCES)
def test_a_plain_reference_resolves_inside(world, reference):
    found = inside(world["issue"], reference)
    assert found.is_relative_to(world["issue"].resolve())
    assert found.name == unquote(reference).rsplit("/", 1)[-1]


def test_a_link_leading_out_of_the_folder_is_refused(world):
    (world["issue"] / "link.png").symlink_to(world["outside"] / "secret.png")
    (world["issue"] / "folder").symlink_to(world["outside"], target_is_directory=True)
    for reference in ("link.png", "folder/secret.png"):
        with pytest.raises(UnsafePath, match="leads outside"):
            inside(world["issue"], reference)
    (world["issue"] / "same.png").symlink_to("photo.png")  # a link staying inside is fine
    assert inside(world["issue"], "same.png") == (world["issue"] / "photo.png").resolve()


@pytest.mark.parametrize("reference", HOSTILE_REFERENCES + BENIGN_REFERENCES)
def test_validate_refuses_exactly_what_the_renderers_refuse(reference):
    """The Schematron rule url-inside and safepaths.reference_problem agree, case by case."""
    rules = schematron_rules(with_graphic(reference))
    refused = reference_problem(reference) is not None
    if reference == "%ff.png":  # not UTF-8 once decoded: XSLT 1 cannot tell, Python can
        assert refused and "url-inside" not in rules
    else:
        assert ("url-inside" in rules) == refused, (reference, rules)


# Token soup: references built from the pieces attacks are made of, in any order.
TOKENS = ["..", ".", "/", "//", "\\", "%", "%2e", "%2E", "%2f", "%5c", "%25", "%00", "%41",
          "%e7%85%a7", ":", "file:", "http:", "?", "#", "~", "a", "照", " ", "\t", "x.png",
          "sub", "-", "_"]


@settings(max_examples=300, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=8).map("".join))
def test_any_reference_from_token_soup_stays_inside_or_is_refused(tmp_path, reference):
    """Whatever the reference, inside() gives a path in the folder or refuses it, and the
    Schematron rule refuses exactly what it refuses (save bytes that are not UTF-8)."""
    folder = tmp_path / "issue"
    folder.mkdir(exist_ok=True)
    problem = reference_problem(reference)
    if problem is None:
        found = inside(folder, reference)
        assert found.is_relative_to(folder.resolve()) and found != folder.resolve()
    else:
        with pytest.raises(UnsafePath):
            inside(folder, reference)
    if problem != "is percent-encoded, but not as UTF-8":  # XSLT 1 cannot decode
        assert ("url-inside" in schematron_rules(with_graphic(reference))) == (
            problem is not None), reference


def schematron_rules(text: str) -> set[str]:
    from teipress.validate.checks import schematron_diagnostics
    from teipress.validate.diagnostics import SourcePositions
    from teipress.validate.safe import parse_bytes
    from teipress.validate.schemas import project_schematron_path, schematron

    data = text.encode("utf-8")
    tree = parse_bytes(data)
    return {d.rule for d in schematron_diagnostics(
        schematron(project_schematron_path()), tree, SourcePositions(data, tree))}


def test_validate_on_the_command_line_names_the_rule(world, capsys):
    (world["issue"] / "03.xml").write_text(with_graphic("../../outside/secret.png"), "utf-8")
    code, _lines, report = run_cli_out(capsys, "validate", str(world["issue"] / "03.xml"))
    assert code == 1
    assert "error: [url-inside] @url=\"../../outside/secret.png\" must name a file" in report


@pytest.mark.parametrize("text,ok", [
    ("2022-11-22", True), ("2024-02-29", True), ("2022-11", True), ("2022", True),
    *((date, False) for date in HOSTILE_DATES), ("2022-11-22\n", False), ("", False)])
def test_only_real_dates_name_folders(text, ok):
    if ok:
        assert real_date(text) == text
    else:
        with pytest.raises(UnsafePath):
            real_date(text)


@pytest.mark.parametrize("text", ["..", ".", "../x", "a/b", "a\\b", ".hidden", "-rf", "a\0b",
                                  "x" * 101, "", "a b", "javascript:x"])
def test_names_that_cannot_name_a_file_are_refused(text):
    with pytest.raises(UnsafePath):
        safe_name(text)


@pytest.mark.parametrize(("text", "dots", "stem"), [
    ("A3", True, "A3"), ("第3版", True, "第3版"), ("../etc/passwd", True, "etc-passwd"),
    ("-rf", True, "rf"), (".hidden.", True, "hidden"), ("a b/c", False, "a-b-c"),
    ("3.1", False, "3-1"), ("3.1", True, "3.1"), ("...", True, "x"), ("", False, "x")])
def test_any_text_becomes_a_plain_file_stem(text, dots, stem):
    assert file_stem(text, "x", dots=dots) == stem


@given(st.text(max_size=100), st.booleans())
def test_a_file_stem_is_a_safe_name_inside_the_issue_folder(text, dots):
    stem = file_stem(text, "page", dots=dots)
    assert safe_name(stem) == stem
    assert output_path(Path("/out"), f"{issue_folder('')}/{stem}.html") == Path(
        "/out/undated", f"{stem}.html")


def test_only_safepaths_makes_file_names():
    """Output names are made in one place: no other module spells the undated folder or
    filters the characters of a file name itself."""
    for path in (ROOT / "src" / "teipress").rglob("*.py"):
        if path.name != "safepaths.py":
            text = path.read_text(encoding="utf-8")
            assert "'undated'" not in text and '"undated"' not in text, path
            assert ".isalnum() or c in" not in text, path


def test_outputs_and_removals_stay_in_the_output_folder(world):
    out = world["out"]
    out.mkdir()
    (out / "2022-11-22").symlink_to(world["outside"], target_is_directory=True)
    for name in ("../outside/victim/keep.txt", "/etc/passwd", "2022-11-22/victim/keep.txt",
                 "a/../../outside/secret.txt", "a\\..\\x"):
        with pytest.raises(UnsafePath):
            output_path(out, name)
        with pytest.raises(UnsafePath):
            remove_output(out, name)
    assert (world["outside"] / "victim" / "keep.txt").read_text() == "keep"
    (out / "gone.html").symlink_to(world["outside"] / "secret.txt")
    remove_output(out, "gone.html")  # the link goes, never what it points to
    assert (world["outside"] / "secret.txt").read_text() == "SECRET"


def test_no_module_of_teipress_uses_pickle_or_marshal():
    """The build cache is data; nothing teipress reads is ever unpickled."""
    for module in sorted((ROOT / "src" / "teipress").rglob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        imported = {alias.name.split(".")[0] for node in ast.walk(tree)
                    if isinstance(node, (ast.Import, ast.ImportFrom))
                    for alias in getattr(node, "names", [])}
        imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                     if isinstance(node, ast.ImportFrom) and node.module}
        assert not imported & {"pickle", "marshal", "shelve", "dill"}, module


# ---- item 1: graphic/@url in render html, render pdf and validate -------------------------

@pytest.mark.parametrize("reference", [
    "../../outside/secret.png", "%2e%2e/%2e%2e/outside/secret.png", "ABSOLUTE",
    "file:///ABSOLUTE", "LINK", "SERVER"])
def test_render_html_refuses_a_graphic_outside_the_edition(world, capsys, server, reference):
    secret = world["outside"] / "secret.png"
    (world["issue"] / "link.png").symlink_to(secret)
    reference = {"ABSOLUTE": str(secret), "file:///ABSOLUTE": secret.as_uri(),
                 "SERVER": f"{server.url}/x.png", "LINK": "link.png"}.get(reference, reference)
    page = world["issue"] / "03.xml"
    page.write_text(with_graphic(reference), encoding="utf-8")
    with watched() as events:
        code, lines = run_cli(capsys, "render", "html", str(page), "-o", str(world["out"]))
    assert code == 1 and len(lines) == 1, lines
    assert lines[0].startswith("teipress: error: ") and "graphic/@url" in lines[0]
    assert not world["out"].exists()  # nothing written at all
    assert strays(events, world["root"], world["edition"], world["out"]) == []
    assert server.requests == []


@pytest.mark.parametrize("kind", ["png", "jpg", "gif", "svg"])
def test_images_of_every_type_inside_the_edition_are_published_and_nothing_else(world, kind):
    (world["issue"] / "photos").mkdir()
    (world["issue"] / "photos" / f"照片.{kind}").write_bytes(image_bytes(kind))
    page = world["issue"] / "03.xml"
    page.write_text(with_graphic(f"photos/照片.{kind}"), encoding="utf-8")
    with watched() as events:
        render_html([page], world["out"])
    copied = world["out"] / "2022-11-22" / "03" / "images" / "photos" / f"照片.{kind}"
    assert copied.read_bytes() == image_bytes(kind)
    assert strays(events, world["root"], world["edition"], world["out"]) == []
    assert live_links(world["out"]) == []
    published = {p.read_bytes() for p in world["out"].rglob("*") if p.is_file()}
    assert (world["outside"] / "secret.png").read_bytes() not in published


def test_images_of_one_name_in_two_folders_stay_two(world):
    for folder, colour in (("a", (255, 0, 0)), ("b", (0, 0, 255))):
        (world["issue"] / folder).mkdir()
        (world["issue"] / folder / "x.png").write_bytes(image_bytes("png", colour))
    text = with_graphic("a/x.png").replace(
        "</byline>\n        </figure>",
        '</byline>\n          <graphic url="b/x.png"/>\n        </figure>', 1)
    page = world["issue"] / "03.xml"
    page.write_text(text, encoding="utf-8")
    render_html([page], world["out"])
    images = world["out"] / "2022-11-22" / "03" / "images"
    assert (images / "a" / "x.png").read_bytes() != (images / "b" / "x.png").read_bytes()
    srcs = sorted(img.get("src") for img in lxml_html.parse(
        str(world["out"] / "2022-11-22" / "03.html")).getroot().iter("img"))
    assert srcs == ["../2022-11-22/03/images/a/x.png", "../2022-11-22/03/images/b/x.png"]


@pytest.fixture(scope="module")
def pdf_renderer():
    from teipress.render.pdf import PdfRenderer

    return PdfRenderer()


@pytest.mark.parametrize("reference", ["../../outside/secret.png", "%2e%2e/x.png", "ABSOLUTE",
                                       "file:///etc/hostname", "SERVER", "LINK"])
def test_render_pdf_refuses_a_graphic_outside_the_edition(world, pdf_renderer, server,
                                                           reference):
    secret = world["outside"] / "secret.png"
    (world["issue"] / "link.png").symlink_to(secret)
    reference = {"ABSOLUTE": str(secret), "SERVER": f"{server.url}/x.png",
                 "LINK": "link.png"}.get(reference, reference)
    page = world["issue"] / "03.xml"
    page.write_text(with_graphic(reference), encoding="utf-8")
    with watched() as events, pytest.raises(UnsafePath, match="graphic/@url"):
        pdf_renderer.write_page(page, world["root"] / "03.pdf")
    assert not (world["root"] / "03.pdf").exists()
    assert strays(events, world["root"], world["edition"]) == []
    assert server.requests == []


def test_render_pdf_on_the_command_line_refuses_in_one_line(world, capsys):
    page = world["issue"] / "03.xml"
    page.write_text(with_graphic(str(world["outside"] / "secret.png")), encoding="utf-8")
    with watched() as events:
        code, lines = run_cli(capsys, "render", "pdf", str(page), "-o",
                              str(world["out"] / "03.pdf"))
    assert code == 1 and len(lines) == 1, lines
    assert lines[0].startswith(f"teipress: error: {page}: graphic/@url '/")
    assert "is an absolute path" in lines[0]
    assert not world["out"].exists()
    assert strays(events, world["root"], world["edition"], world["out"]) == []


@needs_poppler
def test_an_svg_with_external_references_fetches_nothing(world, pdf_renderer, server, warned):
    """Item 4: WeasyPrint fetches only files inside the page's folder."""
    secret = world["outside"] / "secret.png"
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" '
           f'xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="30">'
           f'<image href="{server.url}/a.png" width="10" height="10"/>'
           f'<image xlink:href="{secret.as_uri()}" width="10" height="10"/>'
           f'<image href="../../outside/secret.png" width="10" height="10"/>'
           f'<image href="photo.png" width="10" height="10"/>'
           f'<style>@import url("{server.url}/b.css");</style>'
           f'<rect width="5" height="5" fill="url({server.url}/c#p)"/></svg>')
    (world["issue"] / "drawing.svg").write_text(svg, encoding="utf-8")
    page = world["issue"] / "03.xml"
    page.write_text(with_graphic("drawing.svg"), encoding="utf-8")
    pdf = world["out"] / "03.pdf"
    with watched() as events:
        pdf_renderer.write_page(page, pdf)
    assert server.requests == []
    assert strays(events, world["root"], world["edition"], world["out"]) == []
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    sizes = sorted((int(line.split()[3]), int(line.split()[4])) for line in listing)
    assert sizes == [(40, 30)]  # photo.png, inside the folder; the secret (also 40x30) is not
    assert any("not fetched" in w for w in warned())


def test_the_fetcher_serves_the_folder_and_nothing_else(world, server):
    from weasyprint.urls import URLFetchingError, fetch

    from teipress.render.fetcher import FolderFetcher

    fetcher = FolderFetcher([world["issue"]])
    with fetch(fetcher, (world["issue"] / "photo.png").as_uri()) as response:
        assert response.read() == image_bytes("png")
    (world["issue"] / "link.png").symlink_to(world["outside"] / "secret.png")
    for url in [f"{server.url}/x.png", (world["outside"] / "secret.png").as_uri(),
                (world["issue"] / "link.png").as_uri(), "file:///etc/passwd",
                (world["issue"] / ".." / ".." / "outside" / "secret.png").as_uri(),
                "ftp://127.0.0.1/x", "file://otherhost/etc/passwd"]:
        with pytest.raises(URLFetchingError), fetch(fetcher, url):
            pass
    assert server.requests == []


# ---- item 2: the issue date names folders and links ---------------------------------------

@pytest.mark.parametrize("when", HOSTILE_DATES)
def test_render_html_refuses_an_issue_date_that_is_no_date(world, capsys, when):
    page = world["issue"] / "03.xml"
    page.write_text(with_date(when), encoding="utf-8")
    with watched() as events:
        code, lines = run_cli(capsys, "render", "html", str(page), "-o", str(world["out"]))
    assert code == 1 and len(lines) == 1 and "imprint/date/@when" in lines[0], lines
    assert not world["out"].exists()
    assert strays(events, world["root"], world["edition"], world["out"]) == []


def test_render_reads_no_more_of_a_page_than_a_page_can_hold(world, capsys):
    """A 'page' of 40 MB (a planted file, or /dev/zero linked in) is refused in one line,
    read no further than the validator reads."""
    page = world["issue"] / "03.xml"
    with page.open("w", encoding="utf-8") as out:
        out.write(EXAMPLE.replace("</TEI>", ""))
        out.write("<!-- padding -->" * (40 * 2**20 // 16))
        out.write("</TEI>")
    code, lines = run_cli(capsys, "render", "html", str(page), "-o", str(world["out"]))
    assert code == 1 and len(lines) == 1 and "MB is too large for a TEI page" in lines[0], lines
    assert not world["out"].exists()


def test_a_name_too_long_for_the_disk_is_the_inputs_fault_not_the_machines(world):
    """Else the build would take ENAMETOOLONG for a full disk and try again forever."""
    page = world["issue"] / "03.xml"
    page.write_text(variant(('xml:id="art-1"', f'xml:id="art-{"x" * 300}"')), "utf-8")
    summary = build(world)
    (problem,) = [p for p in summary.problems if p.stage == "html"]
    assert "longer than 255 bytes" in problem.reason and not problem.retry


@pytest.mark.parametrize("number", ["../../victim", "/etc", "javascript:alert(1)", "index",
                                    "a/b", ".."])
def test_a_hostile_page_number_stays_a_file_name(world, number):
    page = world["issue"] / "03.xml"
    page.write_text(variant(('<biblScope unit="page" n="3">', f'<biblScope unit="page" '
                                                               f'n="{number}">')), "utf-8")
    with watched() as events:
        if number == "index":  # would be the issue's own index page
            with pytest.raises(UsageError, match="the issue's index page"):
                render_html([page], world["out"])
            return
        render_html([page], world["out"])
    assert strays(events, world["root"], world["edition"], world["out"]) == []
    assert live_links(world["out"]) == []
    assert (world["outside"] / "victim" / "keep.txt").exists()


# ---- the edition build: items 1, 2, 3, 5, 7, 8, 9 -----------------------------------------

def build(world, **options):
    return build_edition(world["edition"], world["out"], jobs=1, **options)


def test_the_build_of_a_hostile_edition_touches_nothing_outside(world, server):
    """Every hostile field at once, each on its own page: each page is refused in one line,
    the rest is built, and nothing outside is read, written, fetched or deleted."""
    issue = world["issue"]
    secret = world["outside"] / "secret.png"
    hostile = {
        "04": with_graphic("../../outside/secret.png"),
        "05": with_graphic(str(secret)),
        "06": with_graphic(f"{server.url}/x.png"),
        "07": with_graphic("%2e%2e/%2e%2e/outside/secret.png"),
        "08": with_date("../../outside/victim"),
        "09": with_date("javascript:alert(1)//"),
    }
    for stem, text in hostile.items():
        (issue / f"{stem}.xml").write_text(as_page(text, int(stem)), encoding="utf-8")
    with watched() as events:
        summary = build(world)
    problems = {Path(p.path).stem: p for p in summary.problems if p.stage != "validate"}
    assert sorted(problems) == sorted(hostile), summary.problems
    assert all(p.stage == "html" for p in problems.values())
    assert all("\n" not in str(p) for p in summary.problems)
    assert strays(events, world["root"], world["edition"], world["out"]) == []
    assert server.requests == []
    assert (world["outside"] / "victim" / "keep.txt").read_text() == "keep"
    assert live_links(world["out"]) == []
    assert (world["out"] / "2022-11-22" / "03.html").is_file()


def test_a_planted_manifest_makes_the_build_delete_and_write_nothing_outside(world):
    """Item 2's later build deleted an outside folder; here the manifest says so itself."""
    assert build(world).ok
    manifest_file = world["out"] / ".teipress" / "manifest.json"
    manifest = json.loads(manifest_file.read_text("utf-8"))
    victim = "../outside/victim/keep.txt"
    manifest["steps"]["html 2022-11-22/99"] = {"key": "x", "files": [victim, "/etc/hostname"]}
    html = manifest["steps"]["html 2022-11-22/03"]
    html["date"], html["files"] = "../outside/victim", [*html["files"], victim]
    manifest["steps"]["pdf 2022-11-22/03"]["files"] = ["../../outside/victim/keep.txt"]
    manifest["steps"]["index"]["problems"] = [["not", "three"], 5]  # read back as Problems
    manifest["steps"]["validate 2022-11-22/03"]["messages"] = {"not": "a list"}
    manifest["files"][str(world["issue"] / "03.xml")] = "not a list"
    manifest_file.write_text(json.dumps(manifest), encoding="utf-8")
    with watched() as events:
        summary = build(world)
    assert summary.ok, summary.problems
    assert (world["outside"] / "victim" / "keep.txt").read_text() == "keep"
    assert strays(events, world["root"], world["edition"], world["out"]) == []
    assert live_links(world["out"]) == []


@pytest.mark.parametrize("payload", ["pickle", "truncated", "foreign", "wrong-shape", "empty"])
def test_a_planted_or_broken_cache_is_rebuilt_never_run(world, payload):
    """Item 3: build --index-only read .teipress/pages/*.pickle with pickle and ran it."""
    assert build(world).ok
    manifest = json.loads((world["out"] / ".teipress" / "manifest.json").read_text("utf-8"))
    (cache_name,) = [f for f in manifest["steps"]["html 2022-11-22/03"]["files"]
                     if f.startswith(".teipress/pages/")]
    cache = world["out"] / cache_name
    good = json.loads(cache.read_bytes())
    index_before = (world["out"] / "assets" / "search-index.js").read_bytes()
    marker = world["outside"] / "pwned"

    class Exploit:
        def __reduce__(self):
            return (Path.touch, (marker,))

    planted = {
        "pickle": pickle.dumps(Exploit()),
        "truncated": cache.read_bytes()[: cache.stat().st_size // 2],
        "foreign": json.dumps({**good, "tei": "0" * 64}).encode(),
        "wrong-shape": json.dumps({**good, "documents": [[["词", "1"]]]}).encode(),
        "empty": b"",
    }[payload]
    cache.write_bytes(planted)
    cache.with_suffix(".pickle").write_bytes(pickle.dumps(Exploit()))
    (world["out"] / "index.html").unlink()  # the index is made again, from the caches
    with watched() as events:
        summary = build(world, index_only=True)
    assert summary.ok, summary.problems
    assert not marker.exists()
    assert json.loads(cache.read_bytes()) == good  # rebuilt, from the TEI
    assert (world["out"] / "assets" / "search-index.js").read_bytes() == index_before
    assert strays(events, world["root"], world["edition"], world["out"]) == []


def test_a_truncated_or_foreign_manifest_rebuilds_everything(world):
    assert build(world).ok
    manifest = world["out"] / ".teipress" / "manifest.json"
    for damaged in (manifest.read_bytes()[:100], b'{"format": 99}', b"\x80\x81"):
        manifest.write_bytes(damaged)
        summary = build(world)
        assert summary.ok and summary.skipped == 0 and summary.rendered == 4, summary
        assert json.loads(manifest.read_bytes())["format"] == 1


def test_a_hostile_paper_id_is_refused_before_anything_is_written(world, capsys):
    """Item 5: [paper] id = "../../../x" wrote the issue PDF outside the output."""
    for paper_id in ("../../../x", "/tmp/x", "a/b", "..", "x\\y"):
        (world["edition"] / "edition.toml").write_text(f'[paper]\nid = "{paper_id}"\n'
                                                       .replace("\\", "\\\\"), "utf-8")
        with pytest.raises(InputError, match=r"paper\.id"):
            load_edition(world["edition"] / "edition.toml")
        with watched() as events:
            code, lines = run_cli(capsys, "build", str(world["edition"]), "-o",
                                  str(world["out"]), "-j", "1")
        assert code == 1 and len(lines) == 1 and "paper.id" in lines[0], lines
        assert not world["out"].exists()
        assert strays(events, world["root"], world["edition"], world["out"]) == []


def test_a_page_linked_from_outside_the_edition_is_left_out_and_said(world):
    (world["issue"] / "05.xml").symlink_to(world["outside"] / "secret.txt")
    (world["edition"] / "2022-11-23").symlink_to(world["outside"], target_is_directory=True)
    with watched() as events:
        summary = build(world)
    assert sorted(str(p) for p in summary.problems) == sorted([
        f"{world['edition']}/2022-11-23: read: a link leading outside its folder; left out",
        f"{world['issue']}/05.xml: read: a link leading outside its folder; left out"])
    assert strays(events, world["root"], world["edition"], world["out"]) == []


def test_an_output_folder_linked_outside_is_not_written_through(world):
    world["out"].mkdir()
    (world["out"] / "2022-11-22").symlink_to(world["outside"] / "victim",
                                             target_is_directory=True)
    with watched() as events:
        summary = build(world)
    assert not summary.ok
    assert all("leads outside" in p.reason for p in summary.problems), summary.problems
    assert sorted(p.name for p in (world["outside"] / "victim").iterdir()) == ["keep.txt"]
    assert strays(events, world["root"], world["edition"], world["out"]) == []


# ---- item 7: nothing overwritten ---------------------------------------------------------

def test_convert_keeps_the_input_folders_apart(tmp_path, capsys):
    top = "".join(SAMPLE_TXT.read_text("utf-8").splitlines(keepends=True)[:40])
    for folder in ("a", "b"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "01.txt").write_text(top, encoding="utf-8")
    assert convert_paths([tmp_path / "in"], output=tmp_path / "out") == 0
    assert sorted(p.relative_to(tmp_path / "out").as_posix()
                  for p in (tmp_path / "out").rglob("*.xml")) == ["a/01.xml", "b/01.xml"]
    code, lines = run_cli(capsys, "convert", str(tmp_path / "in" / "a" / "01.txt"),
                          str(tmp_path / "in" / "b" / "01.txt"), "-o", str(tmp_path / "two"))
    assert code == 2 and len(lines) == 1
    assert "in/a/01.txt" in lines[0] and "in/b/01.txt" in lines[0]
    assert not (tmp_path / "two").exists()


def test_two_issue_folders_printing_one_date_and_page_are_both_named(world):
    other = world["edition"] / "2022-11-22-copy"
    other.mkdir()
    shutil.copy(world["issue"] / "03.xml", other / "03.xml")
    summary = build(world)
    lines = sorted(str(p) for p in summary.problems)
    assert lines == sorted([
        f"{world['issue']}/03.xml: html: prints the same date and page number as "
        "2022-11-22-copy/03.xml (2022-11-22/03.html): check its furniture",
        f"{other}/03.xml: html: prints the same date and page number as "
        "2022-11-22/03.xml (2022-11-22/03.html): check its furniture"])
    assert not (world["out"] / "2022-11-22" / "03.html").exists()
    assert not (world["out"] / "2022-11-22" / "03.pdf").exists()


def test_two_issue_folders_of_one_date_make_no_issue_pdf_over_each_other(world):
    other = world["edition"] / "2022-11-22-b"
    other.mkdir()
    (other / "04.xml").write_text(as_page(EXAMPLE, 4), encoding="utf-8")
    summary = build(world)
    assert sorted(str(p) for p in summary.problems) == sorted([
        "2022-11-22: pdf: its pages print the date of issue folder 2022-11-22-b: both would "
        "be 2022-11-22/test-daily-2022-11-22.pdf; one issue, one folder",
        "2022-11-22-b: pdf: its pages print the date of issue folder 2022-11-22: both would "
        "be 2022-11-22/test-daily-2022-11-22.pdf; one issue, one folder"])
    assert not (world["out"] / "2022-11-22" / "test-daily-2022-11-22.pdf").exists()
    assert (world["out"] / "2022-11-22" / "03.pdf").is_file()
    assert (world["out"] / "2022-11-22" / "04.pdf").is_file()


def test_a_changed_image_in_a_subfolder_rebuilds_the_page(world):
    (world["issue"] / "photos").mkdir()
    image = world["issue"] / "photos" / "x.png"
    image.write_bytes(image_bytes("png", (255, 0, 0)))
    (world["issue"] / "03.xml").write_text(with_graphic("photos/x.png"), encoding="utf-8")
    assert build(world).ok
    image.write_bytes(image_bytes("png", (0, 255, 0)))
    summary = build(world)
    assert summary.ok and summary.rendered >= 3  # the page's HTML, its PDF, the issue PDF
    copied = world["out"] / "2022-11-22" / "03" / "images" / "photos" / "x.png"
    assert copied.read_bytes() == image.read_bytes()


# ---- items 8 and 9: a full disk ----------------------------------------------------------

@pytest.fixture
def full_disk(monkeypatch):
    """Every atomic write fails as on a full disk (ENOSPC)."""
    import teipress.fileio

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(teipress.fileio.os, "fdopen", no_space)
    return monkeypatch


def test_a_full_disk_reports_every_page_and_is_not_remembered(world, full_disk, capsys):
    top = "".join(SAMPLE_TXT.read_text("utf-8").splitlines(keepends=True)[:40])
    (world["issue"] / "04.txt").write_text(top.replace("3责任编辑", "4责任编辑", 1), "utf-8")
    code, lines = run_cli(capsys, "build", str(world["edition"]), "-o", str(world["out"]),
                          "-j", "1")
    assert code == 1
    reported = [line for line in lines if "No space left on device" in line]
    assert any("/03.xml: html: " in line for line in reported), lines
    assert any("/04.txt: convert: " in line for line in reported), lines
    assert any(": manifest: " in line for line in reported), lines
    assert lines[-1].startswith("teipress: build: 2 page(s) in 1 issue(s)"), lines
    full_disk.undo()  # space again: everything is tried anew, nothing remembered
    summary = build(world)
    assert summary.ok, summary.problems
    assert summary.converted == 1 and (world["out"] / "2022-11-22" / "04.html").is_file()
