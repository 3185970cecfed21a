"""Run the RELAX NG grammar and the Schematron rules over one parsed page."""

from __future__ import annotations

from lxml import etree, isoschematron

from teipress.validate.diagnostics import Diagnostic, Severity, SourcePositions

SVRL = "http://purl.oclc.org/dsdl/svrl"
_WARNING_ROLES = {"warning", "warn", "info", "information"}


def relaxng_diagnostics(schema: etree.RelaxNG, tree: etree._ElementTree,
                        positions: SourcePositions) -> list[Diagnostic]:
    """The grammar's errors, without the cascade libxml2 adds on ancestors of the real error."""
    if schema.validate(tree):
        return []
    entries = list(schema.error_log)
    paths = [entry.path or "" for entry in entries]
    # "Element div has extra content: head" is about the div, though logged at the head.
    subjects = [path.rsplit("/", 1)[0] if entry.type_name == "RELAXNG_ERR_EXTRACONTENT" else path
                for entry, path in zip(entries, paths, strict=True)]
    found = []
    for entry, path, subject in zip(entries, paths, subjects, strict=True):
        if subject and any(other.startswith(subject + "/") for other in paths if other != path):
            continue  # an ancestor that failed only because a descendant did
        line, column = entry.line or 1, max(entry.column, 1)
        if path:
            nodes = tree.xpath(path)
            if nodes and isinstance(nodes[0], etree._Element):
                line, column = positions.of(nodes[0])
        found.append(Diagnostic(line, column, "error", entry.message))
    return sorted(set(found))


def schematron_diagnostics(schema: isoschematron.Schematron, tree: etree._ElementTree,
                           positions: SourcePositions) -> list[Diagnostic]:
    """Failed assertions and successful reports, with the rule's id and role."""
    schema.validate(tree)
    report = schema.validation_report
    found = []
    for item in report.iter(f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
        role = (item.get("role") or "").lower()
        severity: Severity = "warning" if role in _WARNING_ROLES else "error"
        text = item.findtext(f"{{{SVRL}}}text") or item.get("test", "")
        line, column = _locate(tree, item.get("location", ""), positions)
        found.append(Diagnostic(line, column, severity, " ".join(text.split()), item.get("id", "")))
    return sorted(found)


def _locate(tree: etree._ElementTree, location: str,
            positions: SourcePositions) -> tuple[int, int]:
    try:
        nodes = tree.xpath(location) if location else []
    except etree.XPathError:
        nodes = []
    node = nodes[0] if nodes else None
    if node is not None and not isinstance(node, etree._Element):
        node = node.getparent()  # an attribute or text node: point at its element
    return positions.of(node) if isinstance(node, etree._Element) else (1, 1)
