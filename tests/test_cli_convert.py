"""``teipress convert`` as a user runs it: files and folders, hand corrections kept, errors."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SAMPLE_TXT


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "teipress", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=120)


def make_edition(tmp_path: Path) -> Path:
    issue = tmp_path / "wuhai-daily" / "2022-11-22"
    issue.mkdir(parents=True)
    (issue / "03.txt").write_bytes(SAMPLE_TXT.read_bytes())
    page_four = SAMPLE_TXT.read_text("utf-8").replace("3责任编辑", "4责任编辑", 1)
    (issue / "04.txt").write_text(page_four, "utf-8")
    (tmp_path / "wuhai-daily" / "edition.toml").write_bytes(
        (SAMPLE_TXT.parents[1] / "edition.toml").read_bytes())
    return issue


def test_folder_converts_each_page_beside_its_text(tmp_path):
    issue = make_edition(tmp_path)
    result = run("-v", "convert", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in issue.iterdir()) == ["03.txt", "03.xml", "04.txt", "04.xml"]
    assert "(utf-8)" in result.stderr  # -v says how each page was read
    assert b'xml:id="wuhai-daily-2022-11-22-p04"' in (issue / "04.xml").read_bytes()


def test_existing_tei_is_never_overwritten_without_force(tmp_path):
    issue = make_edition(tmp_path)
    corrected = b"<TEI>hand corrected</TEI>"
    (issue / "03.xml").write_bytes(corrected)
    result = run("convert", str(issue / "03.txt"))
    assert result.returncode == 0
    assert "kept" in result.stderr
    assert "--force" in result.stderr
    assert (issue / "03.xml").read_bytes() == corrected
    assert run("convert", "--force", str(issue / "03.txt")).returncode == 0
    assert (issue / "03.xml").read_bytes().startswith(b"<?xml")


def test_output_option_names_the_file(tmp_path):
    out = tmp_path / "out" / "page.xml"
    result = run("convert", str(SAMPLE_TXT), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"<?xml")
    assert not SAMPLE_TXT.with_suffix(".xml").exists() or SAMPLE_TXT.with_suffix(".xml") != out


def test_explain_tells_what_was_read_and_why(tmp_path):
    result = run("convert", "--explain", str(SAMPLE_TXT))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any("page furniture" in line and "责任编辑：路静" in line for line in lines)
    assert any("photo fig-4" in line and "灭火救援演练" in line for line in lines)
    assert any(line.strip().startswith("heads: line 263:") and "→ art-2" in line for line in lines)
    assert any(line.strip().startswith("articles: ")
               and "new article (a byline opens an article)" in line for line in lines)
    assert not list(SAMPLE_TXT.parent.glob("*.xml.tmp"))


def test_missing_input_is_one_line_usage_error(tmp_path):
    result = run("convert", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"teipress: error: {tmp_path / 'nope.txt'}: no such file or folder"]


def test_bad_page_is_reported_and_others_still_convert(tmp_path):
    (tmp_path / "01.txt").write_bytes(b"\x00\x01binary\x00")
    (tmp_path / "02.txt").write_bytes(SAMPLE_TXT.read_bytes())
    result = run("convert", str(tmp_path))
    assert result.returncode == 1
    assert "01.txt: binary file" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "01.xml").exists()
    assert (tmp_path / "02.xml").exists()


def test_the_library_logs_and_the_command_prints_it_as_before(tmp_path, capsys, warned):
    """convert_paths logs (nothing printed by the library itself); main() prints the same
    records as ``teipress: warning:`` lines, --explain on standard output, and leaves the
    ``teipress`` loggers as it found them."""
    from teipress.cli import main
    from teipress.convert import convert_paths

    issue = make_edition(tmp_path)
    (issue / "03.xml").write_text("hand-corrected", "utf-8")
    kept = (f"{issue / '03.xml'}: exists (it may hold hand corrections); kept. "
            "Use --force to overwrite")
    assert convert_paths([issue / "03.txt"]) == 0
    assert warned() == [kept]
    assert capsys.readouterr() == ("", "")

    logger, explain = logging.getLogger("teipress"), logging.getLogger("teipress.explain")
    before = (list(logger.handlers), logger.level, explain.level)
    assert main(["convert", str(issue / "03.txt")]) is None
    assert capsys.readouterr() == ("", f"teipress: warning: {kept}\n")
    assert main(["convert", "--explain", str(issue / "04.txt")]) is None
    out, err = capsys.readouterr()
    assert out.startswith(f"{issue / '04.txt'} (read as utf-8)\n  ")
    assert err == ""
    assert (list(logger.handlers), logger.level, explain.level) == before
    assert (issue / "03.xml").read_text("utf-8") == "hand-corrected"
