"""teipress.rng allows what the encoding uses and no more, and never more than TEI P5 tei_all.

Each document is checked by both teipress.rng (lxml, as `teipress validate` does, and jing
where installed) and tei_all, the referee for "valid TEI".
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lxml import etree

from conftest import EXAMPLE_TEI, ROOT
from rng_sampler import Sampler
from teipress.validate.safe import parse_bytes
from teipress.validate.schemas import project_relaxng_path, relaxng
from validate_support import EXAMPLE, JING, tei_all_checker, variant

# (name, page text, also invalid in tei_all?)
BROKEN = [
    ("p-in-body", variant(('<fw type="pageNum">3</fw>', '<fw type="pageNum">3</fw><p>孤段</p>')),
     False),
    ("fw-type-unknown", variant(('<fw type="header">', '<fw type="section">')), False),
    ("hi-in-p", variant(("<term>双碳</term>", "<hi>双碳</hi>")), False),
    ("quote-type-unknown", variant(('<quote type="policy">', '<quote type="speech">')), False),
    ("head-type-unknown", variant(('<head type="kicker">', '<head type="title">')), False),
    ("div-type-unknown", variant(('<div type="article" xml:id="art-2">',
                                  '<div type="column" xml:id="art-2">')), False),
    ("pointer-without-hash", variant(('ref="#pers-4"', 'ref="pers-4"')), False),
    ("no-language", variant((' xml:lang="zh-Hans" xml:id=', " xml:id=")), False),
    ("name-in-name", variant(('<persName ref="#pers-4">王大锁</persName>',
                              '<persName ref="#pers-4"><persName>王大锁</persName></persName>')),
     False),
    ("date-without-when", variant(('<date when="2022-11-15">', "<date>")), False),
    ("p-after-section", variant(("推进产业转型推动绿色发展</head>\n        </div>",
                                 "推进产业转型推动绿色发展</head>\n        </div>"
                                 "\n        <p>段落不能在小节之后。</p>")), True),
    ("month-13", variant(('when="2022-11-15"', 'when="2022-13-15"')), True),
    ("duplicate-id", variant(('xml:id="art-2"', 'xml:id="art-1"')), True),
    ("unknown-element", variant(("<argument>", "<lead>"), ("</argument>", "</lead>")), True),
    ("no-header", variant(("<teiHeader>", "<!--"), ("</teiHeader>", "-->")), True),
    ("p-in-text", variant(("<body>", "<p>正文</p><body>")), True),
    ("empty-standOff", variant(("<standOff>", "<standOff><!--"), ("</standOff>", "--></standOff>")),
     True),
    ("empty-encodingDesc", variant(("<encodingDesc>", "<encodingDesc><!--"),
                                   ("</encodingDesc>", "--></encodingDesc>")), True),
    ("url-with-space", variant(("</figure>\n        <byline>",
                                '<graphic url="a b.jpg"/></figure>\n        <byline>')), True),
    ("graphic-without-url", variant(("</figure>\n        <byline>",
                                     "<graphic/></figure>\n        <byline>")), True),
    ("two-graphics", variant(('<figure xml:id="fig-2">', '<figure xml:id="fig-2">'
                              '<graphic url="a.jpg"/><graphic url="b.jpg"/>')), False),
]


@pytest.fixture(scope="session")
def tei_all():
    return tei_all_checker()


@pytest.fixture(scope="session")
def broken_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("broken")
    files = {}
    for name, text, _ in BROKEN:
        files[name] = folder / f"{name}.xml"
        files[name].write_text(text, encoding="utf-8")
    return files


def teipress_rng_errors(text: str) -> list[str]:
    schema = relaxng(project_relaxng_path())
    valid = schema.validate(parse_bytes(text.encode("utf-8")))
    return [] if valid else [entry.message for entry in schema.error_log]


def test_example_page_is_valid_against_teipress_rng():
    assert teipress_rng_errors(EXAMPLE) == []


def test_example_page_is_valid_against_tei_all(tei_all):
    assert tei_all([EXAMPLE_TEI]) == {EXAMPLE_TEI.resolve(): []}


def test_the_odd_itself_is_valid_tei(tei_all):
    odd = ROOT / "schema" / "teipress.odd"
    assert tei_all([odd]) == {odd.resolve(): []}


@pytest.mark.parametrize(("name", "text"), [(n, t) for n, t, _ in BROKEN],
                         ids=[n for n, _, _ in BROKEN])
def test_teipress_rng_rejects_broken_variant(name, text):
    assert teipress_rng_errors(text), f"teipress.rng accepted the {name} variant"


@pytest.mark.skipif(not JING, reason="jing not installed")
def test_jing_agrees_teipress_rng_rejects_every_broken_variant(broken_files):
    import subprocess

    done = subprocess.run([JING, str(project_relaxng_path()), *map(str, broken_files.values())],
                          capture_output=True, text=True, check=False)
    rejected = {line.split(":", 1)[0] for line in done.stdout.splitlines()}
    assert rejected == {str(p) for p in broken_files.values()}


def test_tei_all_rejects_variants_that_are_not_tei(tei_all, broken_files):
    verdicts = tei_all(list(broken_files.values()))
    for name, _, invalid_tei in BROKEN:
        errors = verdicts[broken_files[name].resolve()]
        if invalid_tei:
            assert errors, f"tei_all accepted the {name} variant"
        else:
            # Stricter than TEI on purpose: teipress.rng rejects it, TEI allows it.
            assert errors == [], f"{name}: expected valid TEI, tei_all said {errors}"


def test_random_documents_of_teipress_rng_are_valid_tei(tei_all, tmp_path):
    """Beyond hand-picked pages: documents drawn at random from teipress.rng, covering its
    optional parts, repetitions and choices, must all be valid against tei_all."""
    grammar = etree.parse(str(project_relaxng_path()))
    schema = relaxng(project_relaxng_path())
    files = []
    for seed in range(100):
        document = Sampler(grammar, seed).document()
        assert schema.validate(document), f"sampler bug, seed {seed}: {schema.error_log}"
        files.append(tmp_path / f"random-{seed:02d}.xml")
        etree.ElementTree(document).write(str(files[-1]), encoding="UTF-8")
    verdicts = tei_all(files)
    assert {path.name: errors for path, errors in verdicts.items() if errors} == {}


# --- the converter's output -------------------------------------------------------------------

def _pages() -> list[Path]:
    found = []
    for folder in (ROOT / "editions", ROOT / "tests" / "pages"):
        if folder.is_dir():
            found.extend(sorted(folder.rglob("*.txt")))
    return found


@pytest.fixture(scope="session")
def converted(tmp_path_factory) -> dict[Path, Path]:
    """Every page under editions/ and tests/pages/, converted once per session."""
    convert = pytest.importorskip("teipress.convert")
    out = tmp_path_factory.mktemp("converted")
    results = {}
    for index, page in enumerate(_pages()):
        target = out / f"{index:03d}-{page.stem}.xml"
        failed = convert.convert_paths([page], output=target, edition_path=None, force=True)
        assert not failed and target.exists(), f"teipress convert failed on {page}"
        results[page] = target
    return results


def test_there_are_pages_to_convert():
    assert (ROOT / "editions" / "wuhai-daily" / "2022-11-22" / "03.txt") in _pages()


def test_converted_pages_are_valid_against_the_project_schemas(converted):
    from teipress.validate import Validator

    validator = Validator.load()
    problems = {os.fspath(page): [str(d) for d in validator.check_file(xml).diagnostics
                                  if d.severity == "error"]
                for page, xml in converted.items()}
    assert problems == {os.fspath(page): [] for page in converted}


def test_converted_pages_carry_xml_model_for_both_schemas(converted):
    for page, xml in converted.items():
        tree = etree.parse(str(xml))
        models = [pi for pi in tree.getroot().itersiblings(preceding=True)
                  if isinstance(pi, etree._ProcessingInstruction) and pi.target == "xml-model"]
        hrefs = sorted(Path(pi.get("href")).name for pi in models)
        assert hrefs == ["teipress.rng", "teipress.sch"], page
        kinds = {pi.get("schematypens") for pi in models}
        assert kinds == {"http://relaxng.org/ns/structure/1.0",
                         "http://purl.oclc.org/dsdl/schematron"}, page


def test_converted_pages_are_valid_against_tei_all(converted, tei_all):
    verdicts = tei_all(list(converted.values()))
    assert verdicts == {xml.resolve(): [] for xml in converted.values()}
