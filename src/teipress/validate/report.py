"""Validation results as text (one diagnostic a line), JSON, or a JUnit XML report for CI."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from lxml import etree

from teipress.validate.diagnostics import Diagnostic, FileResult


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(results: Sequence[FileResult]) -> str:
    """``3 files: 2 valid, 1 invalid (4 errors)``, with warnings counted when there are any."""
    valid = sum(r.valid for r in results)
    errors = sum(len(r.errors) for r in results)
    warnings = sum(len(r.warnings) for r in results)
    counts = _plural(errors, "error") + (f", {_plural(warnings, 'warning')}" if warnings else "")
    invalid = len(results) - valid
    return f"{_plural(len(results), 'file')}: {valid} valid, {invalid} invalid ({counts})"


def line(path: str, diagnostic: Diagnostic) -> str:
    """``path:line:col: error: [rule] message``, the shape compilers and CI annotators read."""
    rule = f"[{diagnostic.rule}] " if diagnostic.rule else ""
    return (f"{path}:{diagnostic.line}:{diagnostic.column}: {diagnostic.severity}: "
            f"{rule}{diagnostic.message}")


def as_text(results: Sequence[FileResult]) -> str:
    lines = [line(r.path, d) for r in results for d in r.diagnostics]
    return "\n".join([*lines, summary(results)]) + "\n"


def as_json(results: Sequence[FileResult]) -> str:
    document = {
        "files": [
            {
                "path": r.path,
                "valid": r.valid,
                "diagnostics": [
                    {"line": d.line, "column": d.column, "severity": d.severity,
                     "rule": d.rule or None, "message": d.message}
                    for d in r.diagnostics
                ],
            }
            for r in results
        ],
        "summary": {
            "files": len(results),
            "valid": sum(r.valid for r in results),
            "invalid": sum(not r.valid for r in results),
            "errors": sum(len(r.errors) for r in results),
            "warnings": sum(len(r.warnings) for r in results),
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def as_junit(results: Sequence[FileResult]) -> str:
    """One testsuite, one testcase per file, a failure listing the errors of an invalid file.

    Warnings go to the testcase's system-out, so they are shown without failing the build.
    """
    suite = etree.Element("testsuite", name="teipress validate", tests=str(len(results)),
                          failures=str(sum(not r.valid for r in results)), errors="0",
                          skipped="0")
    for result in results:
        case = etree.SubElement(suite, "testcase", classname="teipress.validate",
                                name=result.path, file=result.path)
        if result.errors:
            failure = etree.SubElement(case, "failure", type="invalid",
                                       message=f"{summary([result])}: "
                                               + line(result.path, result.errors[0]))
            failure.text = "\n".join(line(result.path, d) for d in result.errors)
        if result.warnings:
            out = etree.SubElement(case, "system-out")
            out.text = "\n".join(line(result.path, d) for d in result.warnings)
    return etree.tostring(suite, xml_declaration=True, encoding="UTF-8",
                          pretty_print=True).decode("utf-8")


RENDERERS: dict[str, Callable[[Sequence[FileResult]], str]] = {
    "text": as_text, "json": as_json, "junit": as_junit,
}


def render(results: Sequence[FileResult], fmt: str) -> str:
    return RENDERERS[fmt](results)
