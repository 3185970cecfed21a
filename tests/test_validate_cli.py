"""`teipress validate` as users and CI run it: exit codes, diagnostics, report formats."""

from __future__ import annotations

import json
import shutil

import pytest
from lxml import etree

from conftest import EXAMPLE_TEI
from validate_support import run_teipress, variant

BROKEN = variant(('<said who="#pers-5">', '<said who="#pers-9">'),
                 ("<term>双碳</term>", "<hi>双碳</hi>"))
CREDIT = '<byline>（<persName ref="#pers-1">路静</persName> 摄）</byline>\n      </figure>'
NO_CREDIT = variant((CREDIT, "</figure>"))


@pytest.fixture
def pages(tmp_path):
    """A folder tree: one valid page, one invalid page, one page with a warning, one not XML."""
    (tmp_path / "issue" / "p2").mkdir(parents=True)
    shutil.copy(EXAMPLE_TEI, tmp_path / "issue" / "01.xml")
    (tmp_path / "issue" / "p2" / "02.xml").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "issue" / "03.xml").write_text(NO_CREDIT, encoding="utf-8")
    (tmp_path / "issue" / "notes.txt").write_text("not a page", encoding="utf-8")
    return tmp_path


def test_valid_file_exits_0_with_a_summary():
    done = run_teipress("validate", str(EXAMPLE_TEI))
    assert done.returncode == 0, done.stderr
    assert done.stdout == "1 file: 1 valid, 0 invalid (0 errors)\n"


def test_folder_is_searched_recursively_one_diagnostic_a_line(pages):
    done = run_teipress("validate", "issue", cwd=pages)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        "issue/03.xml:104:7: warning: [figure-credit] figure fig-2 has no byline (photo credit)",
        "issue/p2/02.xml:83:24: error: Did not expect element hi there",
        'issue/p2/02.xml:96:13: error: [pointer-resolves] @who="#pers-9" points to no xml:id',
        "3 files: 2 valid, 1 invalid (2 errors, 1 warning)",
    ]


def test_warnings_alone_do_not_fail(pages):
    done = run_teipress("validate", "issue/03.xml", "issue/01.xml", cwd=pages)
    assert done.returncode == 0
    assert done.stdout.splitlines()[-1] == "2 files: 2 valid, 0 invalid (0 errors, 1 warning)"


def test_json_report(pages):
    done = run_teipress("validate", "--format", "json", "issue", cwd=pages)
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert [(f["path"], f["valid"]) for f in report["files"]] == [
        ("issue/01.xml", True), ("issue/03.xml", True), ("issue/p2/02.xml", False)]
    assert report["files"][2]["diagnostics"][1] == {
        "line": 96, "column": 13, "severity": "error", "rule": "pointer-resolves",
        "message": '@who="#pers-9" points to no xml:id'}
    assert report["summary"] == {"files": 3, "valid": 2, "invalid": 1, "errors": 2,
                                 "warnings": 1}


def test_junit_report_written_to_a_file(pages):
    done = run_teipress("validate", "--format", "junit", "-o", "report.xml", "issue", cwd=pages)
    assert done.returncode == 1
    assert done.stdout == ""
    suite = etree.parse(str(pages / "report.xml")).getroot()
    assert suite.tag == "testsuite"
    assert (suite.get("tests"), suite.get("failures")) == ("3", "1")
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert sorted(cases) == ["issue/01.xml", "issue/03.xml", "issue/p2/02.xml"]
    assert len(cases["issue/01.xml"]) == 0
    failure = cases["issue/p2/02.xml"].find("failure")
    assert failure.text.splitlines() == [
        "issue/p2/02.xml:83:24: error: Did not expect element hi there",
        'issue/p2/02.xml:96:13: error: [pointer-resolves] @who="#pers-9" points to no xml:id']
    assert cases["issue/03.xml"].find("failure") is None
    assert "[figure-credit]" in cases["issue/03.xml"].findtext("system-out")


def test_not_well_formed_exits_1_with_position(tmp_path):
    page = tmp_path / "cut.xml"
    page.write_text(EXAMPLE_TEI.read_text(encoding="utf-8")[:3000], encoding="utf-8")
    done = run_teipress("validate", str(page))
    assert done.returncode == 1
    first = done.stdout.splitlines()[0]
    assert first.startswith(f"{page}:")
    assert ": error: not well-formed: " in first
    assert done.stdout.splitlines()[-1] == "1 file: 0 valid, 1 invalid (1 error)"


@pytest.mark.parametrize("args", [
    ["validate"],
    ["validate", "no-such-page.xml"],
    ["validate", "--format", "html", "x.xml"],
    ["validate", "--schema", "no-such.rng", "x.xml"],
])
def test_usage_errors_exit_2(tmp_path, args):
    (tmp_path / "x.xml").write_text("<x/>", encoding="utf-8")
    done = run_teipress(*args, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("teipress: error: ") or "Usage:" in done.stderr


def test_folder_without_pages_is_a_usage_error(tmp_path):
    done = run_teipress("validate", str(tmp_path))
    assert done.returncode == 2
    assert done.stderr == f"teipress: error: no *.xml files to validate in {tmp_path}\n"


def test_no_schematron_skips_the_rules(pages):
    done = run_teipress("validate", "--no-schematron", "issue", cwd=pages)
    assert done.stdout.splitlines() == [
        "issue/p2/02.xml:83:24: error: Did not expect element hi there",
        "3 files: 2 valid, 1 invalid (1 error)",
    ]


def test_other_schema_replaces_the_grammar_but_keeps_the_rules(pages):
    permissive = pages / "any.rng"
    permissive.write_text(
        '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><ref name="any"/></start>'
        '<define name="any"><element><anyName/><zeroOrMore><choice><attribute><anyName/>'
        '</attribute><text/><ref name="any"/></choice></zeroOrMore></element></define>'
        "</grammar>", encoding="utf-8")
    done = run_teipress("validate", "--schema", "any.rng", "issue/p2/02.xml", cwd=pages)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        'issue/p2/02.xml:96:13: error: [pointer-resolves] @who="#pers-9" points to no xml:id',
        "1 file: 0 valid, 1 invalid (1 error)",
    ]


def test_unusable_schema_is_a_usage_error(tmp_path):
    (tmp_path / "bad.rng").write_text("<grammar/>", encoding="utf-8")
    done = run_teipress("validate", "--schema", "bad.rng", str(EXAMPLE_TEI), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("teipress: error: ")
    assert "not a usable RELAX NG schema" in done.stderr
