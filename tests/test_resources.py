"""The data teipress ships (schemas, stylesheets, word lists) is found one way, as package
resources, and in a checkout those are the repository's own folders (which the TEI files'
``xml-model`` links name)."""

from __future__ import annotations

from importlib import resources

from conftest import ROOT
from teipress.resources import data_dir, schema_file, stylesheet_file


def test_the_schema_and_stylesheets_are_the_package_resources():
    package = resources.files("teipress")
    assert data_dir("schema") == (ROOT / "schema").resolve()
    assert data_dir("stylesheets") == (ROOT / "stylesheets").resolve()
    assert package.joinpath("schema", "teipress.rng").read_bytes() == schema_file(
        "teipress.rng").read_bytes() == (ROOT / "schema" / "teipress.rng").read_bytes()
    assert package.joinpath("stylesheets", "print", "print.css").read_bytes() == (
        stylesheet_file("print/print.css").read_bytes())


def test_no_module_looks_for_files_beside_its_own_source():
    for path in (ROOT / "src" / "teipress").rglob("*.py"):
        assert "__file__" not in path.read_text(encoding="utf-8"), path
