"""Load and compile the schemas once per process: compiling is the slow part of validating."""

from __future__ import annotations

from functools import cache
from pathlib import Path

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
_SVRL_OPTIONS = {"generate-fired-rule": "'false'", "optimize": "'visit-no-attributes'"}


@cache
def schematron(path: Path) -> isoschematron.Schematron:
    """The ISO Schematron schema at ``path``, compiled to XSLT, keeping its SVRL report."""
    try:
        return isoschematron.Schematron(etree.parse(str(path), _SCHEMA_PARSER),
                                        store_report=True, compile_params=_SVRL_OPTIONS)
    except (OSError, etree.XMLSyntaxError, etree.SchematronParseError) as exc:
        raise UsageError(f"{path}: not a usable ISO Schematron schema: {exc}") from exc
