"""The ODD documents what the grammar and the rules enforce, with examples from the real page."""

from __future__ import annotations

import re
from collections import defaultdict

from lxml import etree

from conftest import ROOT, SAMPLE_TXT

SCHEMA = ROOT / "schema"
TEI = "http://www.tei-c.org/ns/1.0"
EG = "http://www.tei-c.org/ns/Examples"
RNG = "http://relaxng.org/ns/structure/1.0"
SCH = "http://purl.oclc.org/dsdl/schematron"
NS = {"tei": TEI, "eg": EG, "rng": RNG, "sch": SCH}

ODD = etree.parse(str(SCHEMA / "teipress.odd"))
GRAMMAR = etree.parse(str(SCHEMA / "teipress.rng"))


def grammar_values() -> dict[tuple[str, str], set[str]]:
    """(element, attribute) -> the fixed values teipress.rng allows, over all its patterns."""
    values: dict[tuple[str, str], set[str]] = defaultdict(set)
    for attribute in GRAMMAR.iter(f"{{{RNG}}}attribute"):
        if ":" in attribute.get("name"):
            continue  # xml:id, xml:lang: not documented as value lists
        fixed = attribute.xpath(".//rng:value/text()", namespaces=NS)
        if fixed:  # (shared attributes such as @facs, defined apart, have no fixed values)
            element = next(a for a in attribute.iterancestors(f"{{{RNG}}}element"))
            values[(element.get("name"), attribute.get("name"))].update(fixed)
    return dict(values)


def test_odd_names_exactly_the_elements_of_the_grammar():
    documented = {gi for ref in ODD.iterfind(".//tei:moduleRef[@include]", NS)
                  for gi in ref.get("include").split()}
    allowed = {element.get("name") for element in GRAMMAR.iter(f"{{{RNG}}}element")}
    assert documented == allowed


def test_odd_value_lists_are_the_grammars_values():
    documented = {}
    for spec in ODD.iterfind(".//tei:elementSpec", NS):
        for att in spec.iterfind(".//tei:attDef", NS):
            items = att.xpath("tei:valList[@type='closed']/tei:valItem/@ident", namespaces=NS)
            documented[(spec.get("ident"), att.get("ident"))] = set(items)
    assert documented == grammar_values()


def test_odd_lists_every_rule_of_the_schematron_with_its_level():
    rows = ODD.xpath("//tei:table[@xml:id='rule-table']/tei:row[not(@role)]", namespaces=NS)
    documented = {row[0].xpath("string()").strip(): row[1].xpath("string()").strip()
                  for row in rows}
    rules = etree.parse(str(SCHEMA / "teipress.sch"))
    asserts = {a.get("id"): "warning" if a.get("role") == "warning" else "error"
               for a in rules.iterfind(".//sch:assert", NS)}
    assert documented == asserts


def test_odd_examples_are_taken_from_the_sample_page():
    """Every paragraph, head, byline and furniture line shown is text of the real page
    (an ellipsis …… marks a cut)."""
    page = re.sub(r"\s+", "", SAMPLE_TXT.read_text(encoding="utf-8"))
    shown = ODD.xpath("//eg:egXML//eg:p | //eg:egXML//eg:head | //eg:egXML//eg:byline"
                      " | //eg:egXML//eg:fw", namespaces=NS)
    assert len(shown) >= 15
    for element in shown:
        text = re.sub(r"\s+", "", "".join(element.itertext()))
        for part in filter(None, text.split("……")):
            assert part in page, f"not on the sample page: {part}"
