"""Load and compile the schemas once per process: compiling is the slow part of validating."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TypedDict

from lxml import etree, isoschematron

from teipress.errors import UsageError
from teipress.resources import schema_file

PROJECT_RELAXNG = "teipress.rng"
PROJECT_SCHEMATRON = "teipress.sch"

_SCHEMA_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def project_relaxng_path() -> Path:
    return schema_file(PROJECT_RELAXNG)


def project_schematron_path() -> Path:
    return schema_file(PROJECT_SCHEMATRON)


@cache
def relaxng(path: Path) -> etree.RelaxNG:
    """The RELAX NG schema (XML syntax) at ``path``, compiled."""
    try:
        return etree.RelaxNG(etree.parse(str(path), _SCHEMA_PARSER))
    except (OSError, etree.XMLSyntaxError, etree.RelaxNGParseError) as exc:
        raise UsageError(f"{path}: not a usable RELAX NG schema (XML syntax): {exc}") from exc


# Leave out what the report does not use: a fired-rule element for every element checked, and
# visits to attributes (no rule of teipress.sch has an attribute as its context).
# (Typed: the names are stylesheet parameters, not the transform's own keyword arguments.)
_SvrlOptions = TypedDict("_SvrlOptions", {"generate-fired-rule": str, "optimize": str})
_SVRL_OPTIONS: _SvrlOptions = {"generate-fired-rule": "'false'",
                               "optimize": "'visit-no-attributes'"}
_LOCATE_NS = "urn:teipress:locate"
_XSL_NS = "http://www.w3.org/1999/XSL/Transform"


class SchematronRules:
    """ISO Schematron compiled to XSLT whose report points at elements by number, not by path.

    The skeleton writes each finding's location as an XPath that counts the element's preceding
    siblings at every step: 8,000 dangling pointers in one paragraph cost a minute, quadratic in
    the findings. A template that outranks it hands the element itself to Python instead, and
    the report's ``location`` is its index in :meth:`run`'s list.
    """

    def __init__(self, validator_xslt: etree._ElementTree) -> None:
        stylesheet = validator_xslt.getroot()
        template = etree.SubElement(stylesheet, f"{{{_XSL_NS}}}template", match="*|@*",
                                    mode="schematron-get-full-path", priority="10",
                                    nsmap={"locate": _LOCATE_NS})
        etree.SubElement(template, f"{{{_XSL_NS}}}value-of", select="locate:element(.)")
        self._found: list[etree._Element] = []
        # lxml takes a function as an extension (its documentation and the stub's own
        # docstring say so); types-lxml's signature admits only XSLTExtension elements
        self._transform = etree.XSLT(
            validator_xslt,
            extensions={(_LOCATE_NS, "element"): self._number})  # type: ignore[dict-item]

    def _number(self, _context: object, nodes: list) -> str:
        node = nodes[0]
        if not isinstance(node, etree._Element):
            node = node.getparent()  # an attribute: its element
        self._found.append(node)
        return str(len(self._found) - 1)

    def run(self, tree: etree._ElementTree) -> tuple[etree._XSLTResultTree, list[etree._Element]]:
        """The SVRL report on ``tree``, and the elements its ``location`` numbers stand for."""
        self._found = []
        try:
            return self._transform(tree), self._found
        finally:
            self._found = []


@cache
def schematron(path: Path) -> SchematronRules:
    """The ISO Schematron schema at ``path``, compiled to XSLT that reports in SVRL."""
    try:
        rules = isoschematron.iso_abstract_expand(
            isoschematron.iso_dsdl_include(etree.parse(str(path), _SCHEMA_PARSER)))
        return SchematronRules(isoschematron.iso_svrl_for_xslt1(rules, **_SVRL_OPTIONS))
    except (OSError, etree.XMLSyntaxError, etree.XSLTError) as exc:
        raise UsageError(f"{path}: not a usable ISO Schematron schema: {exc}") from exc
