"""Check TEI pages against the project's schemas: RELAX NG grammar plus Schematron rules.

Public entry point: :func:`validate_paths`. The schemas are compiled once per process and
reused for every file; nothing here imports the converter or the renderers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from teipress import fileio
from teipress.errors import UsageError
from teipress.validate import schemas
from teipress.validate.checks import relaxng_diagnostics, schematron_diagnostics
from teipress.validate.diagnostics import (
    INTERNAL_ERROR,
    Diagnostic,
    FileResult,
    SourcePositions,
)
from teipress.validate.safe import (
    NotWellFormed,
    PageTooLarge,
    parse_bytes,
    read_page_bytes,
)

__all__ = ["Diagnostic", "FileResult", "Validator", "collect_files", "validate_paths"]


@dataclass(frozen=True)
class Validator:
    """A compiled RELAX NG schema and (optionally) compiled Schematron rules."""

    relaxng: etree.RelaxNG
    schematron: schemas.SchematronRules | None

    @classmethod
    def load(cls, schema: Path | None = None, use_schematron: bool = True) -> Validator:
        """The project's schemas, or the RELAX NG at ``schema`` in place of teipress.rng."""
        rng_path = Path(schema).resolve() if schema else schemas.project_relaxng_path()
        sch = schemas.schematron(schemas.project_schematron_path()) if use_schematron else None
        return cls(schemas.relaxng(rng_path), sch)

    def check_bytes(self, data: bytes) -> list[Diagnostic]:
        try:
            tree = parse_bytes(data)
        except NotWellFormed as exc:
            return [Diagnostic(exc.line, exc.column, "error", f"not well-formed: {exc}")]
        positions = SourcePositions(data, tree)
        found = relaxng_diagnostics(self.relaxng, tree, positions)
        if self.schematron is not None:
            found += schematron_diagnostics(self.schematron, tree, positions)
        return sorted(found)

    def check_file(self, path: Path) -> FileResult:
        try:
            data = read_page_bytes(path)
        except OSError as exc:
            problem = Diagnostic(1, 1, "error", f"cannot read: {exc.strerror or exc}")
            return FileResult(str(path), [problem])
        except PageTooLarge as exc:
            problem = Diagnostic(1, 1, "error", f"{exc}; not validated")
            return FileResult(str(path), [problem])
        return FileResult(str(path), self.check_bytes(data))


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """The files named, and every ``*.xml`` under the folders named, in a stable order."""
    files = fileio.collect_files(paths, "*.xml")
    if not files:
        raise UsageError("no *.xml files to validate in " + ", ".join(map(str, paths)))
    return files


def validate_paths(paths: Iterable[Path], *, schema: Path | None = None,
                   use_schematron: bool = True, debug: bool = False) -> list[FileResult]:
    """Validate files and folders (searched recursively for ``*.xml``), one result per file.

    A bug met on one file becomes an ``internal-error`` diagnostic of that file, so the
    others are still validated and reported (``debug`` lets it through instead)."""
    paths = list(paths)
    files = collect_files(paths)
    validator = Validator.load(schema, use_schematron)
    results = []
    for path in files:
        try:
            results.append(validator.check_file(path))
        except Exception as exc:
            if debug:
                raise
            problem = Diagnostic(1, 1, "error", f"{exc!r} (rerun with --debug and report it)",
                                 INTERNAL_ERROR)
            results.append(FileResult(str(path), [problem]))
    return results
