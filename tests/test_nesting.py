"""The encoder's nesting table (encode/nesting.py) says what schema/teipress.rng says, and the
encoder follows it where annotators' spans meet."""

from __future__ import annotations

import pytest
from lxml import etree

from teipress.encode.inline import Span, fill
from teipress.encode.nesting import CONTENT, INLINE
from teipress.encode.xml import TEI_NS, tei
from teipress.validate.schemas import project_relaxng_path

RNG = "{http://relaxng.org/ns/structure/1.0}"


def children_in_grammar() -> dict[str, set[str]]:
    """For each element of the grammar, the elements its content may hold directly (over all
    its definitions: p and head have two)."""
    grammar = etree.parse(str(project_relaxng_path())).getroot()
    defines = {d.get("name"): d for d in grammar.iter(f"{RNG}define")}

    def names(pattern: etree._Element, seen: frozenset[str]) -> set[str]:
        found: set[str] = set()
        for node in pattern:
            if node.tag == f"{RNG}element":
                found.add(node.get("name"))
            elif node.tag == f"{RNG}ref" and node.get("name") not in seen:
                name = node.get("name")
                found |= names(defines[name], seen | {name})
            elif node.tag != f"{RNG}attribute":
                found |= names(node, seen)
        return found

    held: dict[str, set[str]] = {}
    for element in grammar.iter(f"{RNG}element"):
        held.setdefault(element.get("name"), set()).update(names(element, frozenset()))
    return held


@pytest.mark.parametrize("name", sorted(INLINE | set(CONTENT)))
def test_the_table_says_what_the_grammar_allows(name):
    assert CONTENT.get(name, frozenset()) == children_in_grammar()[name] & INLINE


def paragraph(text: str, *spans: tuple[int, int, str]) -> str:
    p = etree.Element(tei("p"), nsmap={None: TEI_NS})
    fill(p, text, [Span(start, end, tei(tag)) for start, end, tag in spans])
    return etree.tostring(p, encoding="unicode").replace(' xmlns="http://www.tei-c.org/ns/1.0"', "")


def test_a_quotation_inside_a_title_stays_text_of_the_title():
    text = "《“十四五”数字经济发展规划》"
    assert paragraph(text, (1, 14, "title"), (2, 5, "term")) == (
        "<p>《<title>“十四五”数字经济发展规划</title>》</p>")


def test_a_name_inside_a_dropped_span_still_nests_in_what_is_around_it():
    text = "“《王明“传”》”"
    got = paragraph(text, (1, 8, "q"), (2, 7, "title"), (2, 4, "persName"), (5, 6, "term"))
    assert got == "<p>“<q>《<title><persName>王明</persName>“传”</title>》</q>”</p>"
    got = paragraph(text, (1, 8, "term"), (2, 7, "title"), (2, 4, "persName"))
    assert got == "<p>“<term>《<persName>王明</persName>“传”》</term>”</p>"


def test_a_byline_holds_names_only():
    text = "本报记者 王明 11月15日"
    byline = etree.Element(tei("byline"))
    fill(byline, text, [Span(5, 7, tei("persName")), Span(8, 14, tei("date"))])
    assert [etree.QName(c).localname for c in byline] == ["persName"]
    assert "".join(byline.itertext()) == text
