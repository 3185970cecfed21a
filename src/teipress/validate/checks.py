"""Run the RELAX NG grammar and the Schematron rules over one parsed page.

Both report in time linear in what they find: a page with 50,000 errors is reported as fast
as it is validated (bench/bench_validate.py --errors).
"""

from __future__ import annotations

import re

from lxml import etree

from teipress.validate.diagnostics import Diagnostic, Severity, SourcePositions
from teipress.validate.schemas import SchematronRules

SVRL = "http://purl.oclc.org/dsdl/svrl"
_WARNING_ROLES = {"warning", "warn", "info", "information"}
# One step of the paths libxml2 gives its errors: ``*`` (an element in a default namespace,
# counted among all its element siblings), ``name`` or ``prefix:name``, then ``[n]`` when
# more than one sibling shares it.
_STEP = re.compile(r"(\*|[^/\[\]]+)(?:\[(\d+)\])?")


def relaxng_diagnostics(schema: etree.RelaxNG, tree: etree._ElementTree,
                        positions: SourcePositions) -> list[Diagnostic]:
    """The grammar's errors, without the cascade libxml2 adds on ancestors of the real error."""
    if schema.validate(tree):
        return []
    entries = list(schema.error_log)
    paths = [entry.path or "" for entry in entries]
    below = _paths_below(paths)
    finder = _PathFinder(tree)
    found = []
    for entry, path in zip(entries, paths, strict=True):
        # "Element div has extra content: head" is about the div, though logged at the head.
        subject = path.rsplit("/", 1)[0] if entry.type_name == "RELAXNG_ERR_EXTRACONTENT" else path
        if subject and any(other != path for other in below.get(subject, ())):
            continue  # an ancestor that failed only because a descendant did
        element = finder.element(path)
        message = entry.message
        if element is not None:
            line, column = positions.of(element)
            message += _foreign(element, tree)
        else:
            line, column = entry.line or 1, max(entry.column, 1)
        found.append(Diagnostic(line, column, "error", message))
    return sorted(set(found))


def _foreign(element: etree._Element, tree: etree._ElementTree) -> str:
    """`` (namespace …)`` for an element of another namespace than the page's: libxml2 names
    only its local name, and ``<include>`` alone hides that it is XInclude."""
    namespace = etree.QName(element).namespace
    if namespace == etree.QName(tree.getroot()).namespace:
        return ""
    return f" (namespace {namespace})" if namespace else " (no namespace)"


def _paths_below(paths: list[str]) -> dict[str, set[str]]:
    """For each path's ancestors, up to two distinct paths under it: enough to tell whether a
    path other than a given one lies below, in time linear in the paths."""
    below: dict[str, set[str]] = {}
    for path in set(paths):
        cut = path.rfind("/")
        while cut > 0:
            under = below.setdefault(path[:cut], set())
            if len(under) < 2:
                under.add(path)
            cut = path.rfind("/", 0, cut)
    return below


class _PathFinder:
    """The element a libxml2 error path names, each parent's children grouped once, so that
    finding thousands of siblings costs no more than reading them (an XPath query counts
    the preceding siblings at every step, and cannot name prefixes it has not been given)."""

    def __init__(self, tree: etree._ElementTree) -> None:
        self._root = tree.getroot()
        self._children: dict[etree._Element, dict[str, list[etree._Element]]] = {}

    def element(self, path: str) -> etree._Element | None:
        steps = path.split("/")
        if len(steps) < 2 or steps[0]:
            return None
        node: etree._Element | None = None
        for step in steps[1:]:
            match = _STEP.fullmatch(step)
            if match is None:
                return None  # text(), an attribute, …: not an element
            name, index = match.group(1), int(match.group(2) or 1)
            candidates = [self._root] if node is None else self._named(node).get(name, [])
            if not 0 < index <= len(candidates):
                return None
            node = candidates[index - 1]
        return node

    def _named(self, parent: etree._Element) -> dict[str, list[etree._Element]]:
        named = self._children.get(parent)
        if named is None:
            named = {}
            for child in parent:
                if isinstance(child.tag, str):
                    named.setdefault(_step_name(child), []).append(child)
                    if _step_name(child) != "*":
                        named.setdefault("*", []).append(child)
            self._children[parent] = named
        return named


def _step_name(element: etree._Element) -> str:
    """How libxml2 names an element in a path: ``*`` in a default namespace."""
    qname = etree.QName(element)
    if qname.namespace is None:
        return qname.localname
    return f"{element.prefix}:{qname.localname}" if element.prefix else "*"


def schematron_diagnostics(rules: SchematronRules, tree: etree._ElementTree,
                           positions: SourcePositions) -> list[Diagnostic]:
    """Failed assertions and successful reports, with the rule's id and role."""
    report, elements = rules.run(tree)
    found = []
    for item in report.iter(f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
        role = (item.get("role") or "").lower()
        severity: Severity = "warning" if role in _WARNING_ROLES else "error"
        text = item.findtext(f"{{{SVRL}}}text") or item.get("test") or ""
        location = item.get("location", "")
        element = elements[int(location)] if location.isdigit() else None
        line, column = positions.of(element) if element is not None else (1, 1)
        found.append(Diagnostic(line, column, severity, " ".join(text.split()), item.get("id", "")))
    return sorted(found)
