"""``teipress convert`` (and ``validate``, ``render``) on the inputs real users have: each
problem is one clear line and a documented exit code, never a traceback; a failed or
interrupted write leaves the previous file as it was; the same input gives the same bytes."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE_TXT, TEI_ALL
from teipress import fileio
from teipress.cli import main
from teipress.decode import MAX_PAGE_BYTES
from teipress.errors import EXIT_FAILED, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USAGE, TeipressError

PAGES = sorted((ROOT / "tests" / "pages").glob("*.txt"))
OLD_TEI = b"<TEI>hand corrected</TEI>"


def run_cli(capsys, *args: str) -> tuple[int, list[str]]:
    """Run the command line in this process: its exit code and its lines on stderr."""
    code, _out, err = run_cli_output(capsys, *args)
    return code, err


def run_cli_output(capsys, *args: str) -> tuple[int, list[str], list[str]]:
    """The exit code and the lines on stdout and on stderr."""
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = exc.code
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err.splitlines()


def one_error(lines: list[str]) -> str:
    """The single ``teipress: error:`` line a failure prints, without its prefix."""
    assert len(lines) == 1, lines
    assert lines[0].startswith("teipress: error: "), lines
    return lines[0].removeprefix("teipress: error: ")


def page(tmp_path: Path, data: bytes, name: str = "03.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# Inputs that are not pages -----------------------------------------------------------------

@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file: there is no text to convert"),
    (" \n\r\n\t\n\u3000".encode(), "empty file"),
    (b"\xff\xfe", "empty file"),  # a UTF-16 byte-order mark and nothing else
    (b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4, "binary file"),
    ("正文一段。\x00还有".encode(), "binary file (it contains NUL bytes)"),
    ("正文\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10一段。".encode(), "binary file (10 control"),
    (random.Random(1).randbytes(2000).replace(b"\x00", b"\x01"),
     "cannot detect the encoding: not UTF-8, UTF-16, GB18030 or Big5 text (byte 0x"),
    ("第一行。\n正文一段".encode()[:-2], "UTF-8 text with a broken character (byte 0xE6 at "
                                        "line 2, column 4 is not UTF-8): the file seems cut off"),
])
def test_what_is_not_a_page_is_refused_in_one_line(tmp_path, capsys, data, reason):
    source = page(tmp_path, data)
    code, lines = run_cli(capsys, "convert", str(source))
    assert code == EXIT_FAILED
    assert one_error(lines).startswith(f"{source}: {reason}")
    assert not source.with_suffix(".xml").exists()


@pytest.mark.parametrize(("text", "where", "what"), [
    ("第一行。\n第二行\x01还有。\n", "2:4", "control character U+0001"),
    ("第一行。\r\n\r\n第三\x1b行。", "3:3", "control character U+001B"),
    ("\x7f正文。\x1f", "1:5", "control character U+001F"),  # DEL is storable, U+001F is not
    ("正文\ufffe。", "1:3", "non-character U+FFFE"),
])
def test_a_stray_character_xml_cannot_carry_is_named_with_its_line_and_column(
        tmp_path, capsys, text, where, what):
    source = page(tmp_path, text.encode("utf-8"))
    code, lines = run_cli(capsys, "convert", str(source))
    assert code == EXIT_FAILED
    assert one_error(lines) == f"{source}:{where}: {what} cannot be stored in XML"


def test_form_feeds_and_vertical_tabs_are_read_as_breaks_not_refused(tmp_path, capsys):
    source = page(tmp_path, "正文第一段。\f第二段\v第三行。\n".encode())
    code, lines = run_cli(capsys, "convert", str(source))
    assert (code, lines) == (0, [])
    tei = source.with_suffix(".xml").read_text("utf-8")
    assert "<p>正文第一段。</p>" in tei and "<p>第二段第三行。</p>" in tei


def test_a_20_mb_page_is_refused_before_it_is_read(tmp_path, capsys):
    source = tmp_path / "03.txt"
    with source.open("wb") as out:
        out.write(("正文一段，很长的句子。" * 30 + "\n").encode() * 21000)
    assert source.stat().st_size > 20_000_000
    code, lines = run_cli(capsys, "convert", str(source))
    assert code == EXIT_FAILED
    assert one_error(lines) == (f"{source}: more than {MAX_PAGE_BYTES // 1024} kB is too large "
                                "for one page; split it into pages")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_file_is_refused(tmp_path, capsys):
    code, lines = run_cli(capsys, "convert", "/dev/zero", "-o", str(tmp_path / "zero.xml"))
    assert code == EXIT_FAILED
    assert "too large for one page" in one_error(lines)


def test_a_txt_that_is_a_folder_is_searched_and_says_when_it_holds_no_page(tmp_path, capsys):
    (tmp_path / "03.txt").mkdir()
    code, lines = run_cli(capsys, "convert", str(tmp_path / "03.txt"))
    assert code == EXIT_USAGE
    assert one_error(lines) == f"no page files (*.txt, *.pdf) found in {tmp_path / '03.txt'}"


def test_output_folder_for_one_page_takes_the_page_name(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    code, lines = run_cli(capsys, "convert", str(SAMPLE_TXT), "-o", str(out))
    assert (code, lines) == (0, [])
    assert [p.name for p in out.iterdir()] == ["03.xml"]


def test_output_under_a_file_is_one_line(tmp_path, capsys):
    blocker = page(tmp_path, b"not a folder", "somefile.txt")
    code, lines = run_cli(capsys, "convert", str(SAMPLE_TXT), "-o", str(blocker / "out.xml"))
    assert code == EXIT_FAILED
    assert one_error(lines) == (f"cannot write {blocker / 'out.xml'}: "
                                f"{blocker} is a file, not a folder")
    assert blocker.read_bytes() == b"not a folder"


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc")
def test_output_where_nothing_may_be_written_is_one_line(capsys):
    target = "/proc/teipress-test/out.xml"
    code, lines = run_cli(capsys, "convert", str(SAMPLE_TXT), "-o", target)
    assert code == EXIT_FAILED
    assert one_error(lines).startswith(f"cannot write {target}: ")


def test_output_over_its_own_input_is_refused(tmp_path, capsys):
    source = page(tmp_path, SAMPLE_TXT.read_bytes())
    code, lines = run_cli(capsys, "convert", "--force", str(source), "-o", str(source))
    assert code == EXIT_FAILED
    assert one_error(lines) == f"{source}: is the page's own text; name another output"
    assert source.read_bytes() == SAMPLE_TXT.read_bytes()


@pytest.mark.parametrize(("settings", "reason"), [
    ("[paper]\ntitle = 乌海\n".encode(), "not valid TOML: Invalid value (at line 2, column 9)"),
    (b"[paper\n", "not valid TOML: "),
    (b"\xff\xfe[paper]", "not valid TOML: "),
    (b'paper = "wuhai"\n', "'paper' must be a table of settings ([paper])"),
    (b'[paper]\ntitle = "\\u0001"\n', "paper.title: control character U+0001 cannot be stored"),
])
def test_broken_edition_settings_are_one_line(tmp_path, capsys, settings, reason):
    (tmp_path / "edition.toml").write_bytes(settings)
    source = page(tmp_path, SAMPLE_TXT.read_bytes())
    code, lines = run_cli(capsys, "convert", str(source))
    assert code == EXIT_FAILED
    assert one_error(lines).startswith(f"{tmp_path / 'edition.toml'}: {reason}")
    code, lines = run_cli(capsys, "convert", "--edition", str(tmp_path / "edition.toml"),
                           str(source))
    assert code == EXIT_FAILED
    assert one_error(lines).startswith(f"{tmp_path / 'edition.toml'}: {reason}")


@pytest.mark.parametrize(("name", "message"), [
    ("nope.toml", "--edition {path}: no such file"),
    (".", "Invalid value for '--edition': File '{path}' is a directory."),
])
def test_edition_settings_that_are_not_a_file_are_a_usage_error(tmp_path, capsys, name, message):
    path = tmp_path / name
    source = page(tmp_path, SAMPLE_TXT.read_bytes())
    code, lines = run_cli(capsys, "convert", "--edition", str(path), str(source))
    assert code == EXIT_USAGE
    assert one_error(lines) == message.format(path=path)


def test_a_bug_on_one_page_is_told_the_others_are_converted_and_exit_is_3(tmp_path, capsys,
                                                                          monkeypatch):
    import teipress.convert

    real = teipress.convert.segment_page  # the segmenter as the converter calls it

    def broken_on_page_2(text, paper_title=""):
        if text.startswith("第二页"):
            raise RuntimeError("segmenter bug")
        return real(text, paper_title)

    monkeypatch.setattr(teipress.convert, "segment_page", broken_on_page_2)
    for n, first in ((1, "第一页"), (2, "第二页"), (3, "第三页")):
        page(tmp_path, f"{first}正文一段。\n".encode(), f"0{n}.txt")
    code, lines = run_cli(capsys, "convert", str(tmp_path))
    assert code == EXIT_INTERNAL
    assert lines == [
        f"teipress: error: {tmp_path / '02.txt'}: internal error: RuntimeError('segmenter bug')",
        "teipress: error: 1 of 3 pages met a bug in teipress; rerun with --debug and report it",
    ]
    assert sorted(p.name for p in tmp_path.glob("*.xml")) == ["01.xml", "03.xml"]
    with pytest.raises(RuntimeError, match="segmenter bug"):
        main(["--debug", "convert", "--force", str(tmp_path)])


def test_a_page_whose_text_would_change_is_a_bug_not_bad_input(tmp_path, capsys, monkeypatch):
    import teipress.convert

    real = teipress.convert.segment_page  # the segmenter as the converter calls it

    def dropping_a_paragraph(text, paper_title=""):
        page = real(text, paper_title)
        page.body[0].paragraphs.pop()
        return page

    monkeypatch.setattr(teipress.convert, "segment_page", dropping_a_paragraph)
    source = page(tmp_path, "第一段。\n\n第二段。\n".encode())
    code, lines = run_cli(capsys, "convert", str(source))
    assert code == EXIT_INTERNAL
    assert lines[0] == (f"teipress: error: {source}: conversion would change the text (missing "
                        "'。二段第', extra ''); this is a bug in teipress, please report it")
    assert not source.with_suffix(".xml").exists()


# Pages the segmenter once crashed on or wrote invalid TEI for -------------------------------

REGRESSIONS = {
    "byline-only": "（路静）\n",  # crashed: a byline with no article to go to
    "furniture-only": "3\n\n经济\n\n2022年11月22日 星期二\n",  # body held no text element
    "photo-only": "春日花海\n4月7日，市民在公园赏花。\n记者 魏然 摄\n",  # body held a figure only
    # the run-on byline was split off, then put back when the open paragraph before took it
    "run-on-byline": "真抓实干。\n业业业业业业业业\n\n政策自然就跑得快了。（本报记者\n程远航）\n",
    # a box label (核心阅读) over a wide paragraph that did not become the lead was dropped
    "label-not-lead": ("核心阅读\n逐年增多，昔日的盐碱滩变成了鸟类的“国际\n"
                       "本报记者  尹\u3000航  柯建华\n实施生态补水工程，每年向\n多种。\n"
                       "近年来，山东东营实施退耕还湿、退养还\n"),
    "head-as-label": ("摊主正在制作糖油粑粑。\n4月7日，市民在滨江公园的郁金香花海中拍照留念。\n"
                      "春日花海\n眼下，公园内二十多个品种的郁金香竞相开放，吸\n"
                      "引不少市民前来赏花。\n卫工人正用铁锹清理路边\n摊主正在制作糖油粑粑。\n"),
}


@pytest.fixture(scope="module")
def regression_outputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("regressions")
    for name, text in REGRESSIONS.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    assert main(["convert", str(folder)]) is None
    return {name: folder / f"{name}.xml" for name in REGRESSIONS}


@pytest.mark.parametrize("name", sorted(REGRESSIONS))
def test_odd_pages_keep_every_character(regression_outputs, name):
    from tei import parse, text, xp

    root = parse(regression_outputs[name])  # (in any order: heads move to their articles)
    assert Counter(text(xp(root, "t:text")[0])) == Counter("".join(REGRESSIONS[name].split()))


@pytest.mark.skipif(not shutil.which("jing"), reason="needs jing")
def test_odd_pages_are_valid_against_tei_all(regression_outputs):
    files = [str(regression_outputs[name]) for name in sorted(REGRESSIONS)]
    jing = subprocess.run(["jing", str(TEI_ALL), *files], capture_output=True, text=True,
                          timeout=120)
    assert jing.returncode == 0, jing.stdout


# Atomic writes ---------------------------------------------------------------------------

class _FailingFile:
    """A file whose write puts half the data on disk, then fails as ``error`` says."""

    def __init__(self, real, error: BaseException) -> None:
        self.real, self.error = real, error

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        self.real.close()

    def write(self, data: bytes) -> None:
        self.real.write(data[: len(data) // 2])
        self.real.flush()
        raise self.error


def _break_writes(monkeypatch, error: BaseException) -> None:
    real_fdopen = os.fdopen
    monkeypatch.setattr(fileio.os, "fdopen",
                        lambda fd, mode: _FailingFile(real_fdopen(fd, mode), error))


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_failed_write_leaves_the_old_file_and_no_partial_one(tmp_path, monkeypatch, error):
    target = page(tmp_path, OLD_TEI, "03.xml")
    _break_writes(monkeypatch, error)
    with pytest.raises(TeipressError if isinstance(error, OSError) else KeyboardInterrupt):
        fileio.write_atomic(target, b"<TEI>new</TEI>" * 1000)
    assert target.read_bytes() == OLD_TEI
    assert sorted(p.name for p in tmp_path.iterdir()) == ["03.xml"]


@pytest.mark.parametrize(("error", "code", "message"), [
    (OSError(28, "No space left on device"), EXIT_FAILED,
     "teipress: error: cannot write {target}: No space left on device"),
    (KeyboardInterrupt(), EXIT_INTERRUPTED, "teipress: interrupted"),
])
def test_convert_interrupted_midway_keeps_the_hand_corrected_file(tmp_path, capsys, monkeypatch,
                                                                   error, code, message):
    source = page(tmp_path, SAMPLE_TXT.read_bytes())
    target = page(tmp_path, OLD_TEI, "03.xml")
    _break_writes(monkeypatch, error)
    exit_code, lines = run_cli(capsys, "convert", "--force", str(source))
    # (click puts a line break after the terminal's ^C before the message)
    assert (exit_code, [line for line in lines if line]) == (code, [message.format(target=target)])
    assert target.read_bytes() == OLD_TEI
    assert sorted(p.name for p in tmp_path.iterdir()) == ["03.txt", "03.xml"]


# Determinism -----------------------------------------------------------------------------

def test_converting_twice_gives_the_same_bytes(tmp_path):
    """Every page, converted in two processes with different hash seeds, byte for byte."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for source in [SAMPLE_TXT, *PAGES]:
        shutil.copy(source, pages / source.name)
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"run{seed}"
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONHASHSEED": seed}
        result = subprocess.run([sys.executable, "-m", "teipress", "convert", str(pages), "-o",
                                 str(out)], capture_output=True, text=True, env=env, timeout=600)
        assert result.returncode == 0, result.stderr
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert len(outputs[0]) == len(PAGES) + 1
    assert outputs[0] == outputs[1]


# validate: the same inputs ----------------------------------------------------------------

@pytest.mark.parametrize("data", [
    b"",
    b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4,
    b"<TEI>\x00</TEI>",
    b'<TEI xmlns="http://www.tei-c.org/ns/1.0">\x01</TEI>',
    random.Random(1).randbytes(2000),
    "<TEI>正文".encode("gb18030"),
])
def test_validate_reports_what_is_not_xml_as_one_diagnostic(tmp_path, capsys, data):
    target = page(tmp_path, data, "03.xml")
    code, report, lines = run_cli_output(capsys, "validate", str(target))
    assert (code, lines) == (EXIT_FAILED, [])
    assert len(report) == 2 and report[0].startswith(f"{target}:")
    assert ": error: not well-formed: " in report[0]
    assert report[1] == "1 file: 0 valid, 1 invalid (1 error)"


def test_validate_report_that_cannot_be_written_is_one_line(tmp_path, capsys):
    blocker = page(tmp_path, b"not a folder", "somefile.txt")
    report = blocker / "report.txt"
    code, lines = run_cli(capsys, "validate", str(ROOT / "tests" / "data" / "example-page.xml"),
                          "-o", str(report))
    assert code == EXIT_FAILED
    assert one_error(lines) == f"cannot write {report}: {blocker} is a file, not a folder"


def test_validating_twice_gives_the_same_report(tmp_path, capsys):
    reports = []
    for n in (1, 2):
        out = tmp_path / f"report{n}.json"
        run_cli(capsys, "validate", "--format", "json", "-o", str(out), str(ROOT / "tests"))
        reports.append(out.read_bytes())
    assert reports[0] == reports[1] and len(reports[0]) > 100


# render: the same inputs ------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["html", "pdf"])
@pytest.mark.parametrize(("data", "reason"), [
    (b"", "not well-formed XML: Document is empty"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4, "not well-formed XML: "),
    (b"<TEI>\x00</TEI>", "not well-formed XML: Invalid character: Char 0x0 out of allowed range"),
    (random.Random(1).randbytes(2000), "not well-formed XML: "),
    (b"<x/>", "not a TEI document (root is x)"),
])
def test_render_refuses_what_is_not_tei_in_one_line(tmp_path, capsys, kind, data, reason):
    target = page(tmp_path, data, "03.xml")
    code, lines = run_cli(capsys, "render", kind, str(target), "-o", str(tmp_path / "out"))
    assert code == EXIT_FAILED
    assert one_error(lines).startswith(f"{target}: {reason}")


def test_render_output_on_or_under_a_file_is_one_line(tmp_path, capsys):
    blocker = page(tmp_path, b"not a folder", "somefile.txt")
    example = str(ROOT / "tests" / "data" / "example-page.xml")
    code, lines = run_cli(capsys, "render", "html", example, "-o", str(blocker))
    assert code == EXIT_USAGE
    assert one_error(lines) == (f"Invalid value for '-o' / '--output': "
                                f"Directory '{blocker}' is a file.")
    code, lines = run_cli(capsys, "render", "html", example, "-o", str(blocker / "site"))
    assert code == EXIT_FAILED
    assert one_error(lines).endswith(f": {blocker} is a file, not a folder")
    assert blocker.read_bytes() == b"not a folder"
