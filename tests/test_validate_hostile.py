"""`teipress validate` on what hostile or unlucky files hold: elements and attributes of other
namespaces (XInclude too), devices and huge files, thousands of errors, a bug met on one file.
Each is a diagnostic of its file; the other files of the run are still validated and reported."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import EXAMPLE_TEI
from teipress import validate
from teipress.errors import EXIT_FAILED, EXIT_INTERNAL
from teipress.validate import Validator
from teipress.validate.safe import MAX_TEI_BYTES
from validate_support import run_teipress, variant

FIRST_P = "<p>“双碳”之外"  # the first paragraph of article 1, line 83
FOREIGN = {
    "prefixed": '<x:note xmlns:x="urn:example:x">外来</x:note>',
    "default-namespace": '<note xmlns="urn:example:x">外来</note>',
    "xinclude": '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" '
                'parse="text"/>',
    "nested": '<x:a xmlns:x="urn:example:x"><x:b><x:c/></x:b></x:a>',
}


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator.load()


def two_pages(tmp_path: Path, second: str) -> list[str]:
    (tmp_path / "01.xml").write_bytes(EXAMPLE_TEI.read_bytes())
    (tmp_path / "02.xml").write_text(second, encoding="utf-8")
    return ["01.xml", "02.xml"]


@pytest.mark.parametrize("element", FOREIGN.values(), ids=FOREIGN.keys())
def test_an_element_of_another_namespace_is_an_error_of_its_file(tmp_path, element):
    page = variant((FIRST_P, element + FIRST_P))
    done = run_teipress("validate", *two_pages(tmp_path, page), cwd=tmp_path)
    assert done.returncode == EXIT_FAILED, done.stderr
    assert done.stderr == ""
    name = re.match(r"<(?:\w+:)?(\w+)", element).group(1)
    namespace = re.search(r'xmlns(?::\w+)?="([^"]+)"', element).group(1)
    column = page.splitlines()[82].index(element) + 1
    assert done.stdout.splitlines() == [
        f"02.xml:83:{column}: error: Did not expect element {name} there (namespace {namespace})",
        "2 files: 1 valid, 1 invalid (1 error)"]


def test_xinclude_is_never_followed(validator, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("<p>秘密</p>", encoding="utf-8")
    page = variant((FIRST_P, f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
                             f'href="{secret}" parse="xml"/>' + FIRST_P))
    diagnostics = validator.check_bytes(page.encode("utf-8"))
    assert [d.message for d in diagnostics] == [
        "Did not expect element include there (namespace http://www.w3.org/2001/XInclude)"]


@pytest.mark.parametrize(("replacement", "message"), [
    (('<p>“双碳”', '<p xmlns:x="urn:example:x" x:style="bold">“双碳”'),
     "Invalid attribute style for element p"),
    (("<TEI ", '<TEI xmlns:x="urn:example:x" x:version="2" '),
     "Invalid attribute version for element TEI"),
])
def test_an_attribute_of_another_namespace_is_an_error(validator, replacement, message):
    diagnostics = validator.check_bytes(variant(replacement).encode("utf-8"))
    assert message in [d.message for d in diagnostics]
    assert {d.severity for d in diagnostics} == {"error"}


def test_a_root_of_another_namespace_is_an_error(validator):
    diagnostics = validator.check_bytes(b'<x:TEI xmlns:x="urn:example:x"><x:text/></x:TEI>')
    assert [(d.line, d.column, d.severity) for d in diagnostics] == [(1, 1, "error")]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_device_is_one_diagnostic(tmp_path):
    done = run_teipress("validate", "/dev/zero", *two_pages(tmp_path, "<p/>"), cwd=tmp_path)
    assert done.returncode == EXIT_FAILED
    lines = done.stdout.splitlines()
    assert lines[0] == (f"/dev/zero:1:1: error: more than {MAX_TEI_BYTES // 2**20} MB is too "
                        "large for a TEI page; not validated")
    assert lines[-1] == "3 files: 1 valid, 2 invalid (2 errors)"
    assert done.stderr == ""


def test_a_huge_file_is_refused_without_being_read(tmp_path):
    huge = tmp_path / "huge.xml"
    with huge.open("wb") as out:  # sparse: nothing is written to disk
        out.truncate(4 * MAX_TEI_BYTES)
    done = run_teipress("validate", "huge.xml", cwd=tmp_path)
    assert done.returncode == EXIT_FAILED
    assert done.stdout.splitlines()[0].startswith("huge.xml:1:1: error: more than ")


def test_a_bug_on_one_file_is_its_diagnostic_and_the_others_are_reported(tmp_path, monkeypatch,
                                                                         capsys):
    from teipress.cli import main

    real = Validator.check_bytes

    def fail_on_second(self, data):
        if b"second" in data:
            raise ValueError("boom")
        return real(self, data)

    monkeypatch.setattr(Validator, "check_bytes", fail_on_second)
    monkeypatch.chdir(tmp_path)
    files = two_pages(tmp_path, "<!-- second -->" + EXAMPLE_TEI.read_text("utf-8"))
    broken = tmp_path / "03.xml"
    broken.write_text(variant(("<term>双碳</term>", "<hi>双碳</hi>")), encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        main(["validate", *files, "03.xml"])
    assert exited.value.code == EXIT_INTERNAL
    assert capsys.readouterr().out.splitlines() == [
        "02.xml:1:1: error: [internal-error] ValueError('boom') (rerun with --debug and report it)",
        "03.xml:83:24: error: Did not expect element hi there",
        "3 files: 1 valid, 2 invalid (2 errors)"]
    with pytest.raises(ValueError, match="boom"):
        validate.validate_paths([Path("02.xml")], debug=True)


@pytest.mark.parametrize("layout", ["one paragraph per line", "all on one line"])
def test_thousands_of_errors_each_point_at_their_element(validator, layout):
    count = 3000
    refs = [f'<p><persName ref="#nobody-{k}">某</persName></p>' for k in range(count)]
    joiner = "\n" if layout == "one paragraph per line" else ""
    page = variant((FIRST_P, joiner.join(refs) + "\n" + FIRST_P))
    diagnostics = validator.check_bytes(page.encode("utf-8"))
    assert len(diagnostics) == count
    lines = page.splitlines()
    where = {}
    for number, text in enumerate(lines, 1):
        for match in re.finditer(r'<persName ref="#(nobody-\d+)"', text):
            where[match.group(1)] = (number, match.start() + 1)
    for diagnostic in diagnostics:
        target = re.search(r'"#(nobody-\d+)"', diagnostic.message).group(1)
        assert (diagnostic.line, diagnostic.column) == where[target], diagnostic
        assert diagnostic.rule == "pointer-resolves"


def test_a_grammar_error_after_thousands_of_siblings_points_at_its_element(validator):
    items = [f"<p>段{k}</p>" for k in range(3000)] + ["<p>段<hi>末</hi></p>"]
    page = variant((FIRST_P, "\n".join(items) + "\n" + FIRST_P))
    diagnostics = validator.check_bytes(page.encode("utf-8"))
    line = page.splitlines().index(items[-1]) + 1
    # (libxml2 also blames the article's first paragraph, as it does on a short page)
    assert (line, len("<p>段") + 1, "Did not expect element hi there") in [
        (d.line, d.column, d.message) for d in diagnostics]
