"""Helpers for the validation tests: variants of the example page, and tei_all as a referee."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from conftest import EXAMPLE_TEI, ROOT, TEI_ALL

EXAMPLE = EXAMPLE_TEI.read_text(encoding="utf-8")
JING = shutil.which("jing")


def variant(*replacements: tuple[str, str]) -> str:
    """The example page with each (old, new) replaced once; fails if ``old`` is not there."""
    text = EXAMPLE
    for old, new in replacements:
        assert old in text, f"the example page no longer contains {old!r}"
        text = text.replace(old, new, 1)
    return text


def run_teipress(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The real command line, as a user or CI runs it."""
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    return subprocess.run([sys.executable, "-m", "teipress", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=cwd, check=False)


def tei_all_checker() -> Callable[[Sequence[Path]], dict[Path, list[str]]]:
    """Validate files against tei_all: jing in one JVM when installed (about 1 s), else lxml
    (about 15 s to compile, so callers keep this per test session)."""
    if JING:
        def check_with_jing(paths: Sequence[Path]) -> dict[Path, list[str]]:
            paths = [Path(p).resolve() for p in paths]
            done = subprocess.run([JING, str(TEI_ALL), *map(str, paths)], capture_output=True,
                                  text=True, encoding="utf-8", check=False)
            errors: dict[Path, list[str]] = {p: [] for p in paths}
            for line in done.stdout.splitlines():
                match = re.match(r"(.+?):\d+:\d+: (?:fatal )?error: (.*)", line)
                assert match, f"unexpected jing output: {line}"
                errors[Path(match.group(1))].append(match.group(2))
            assert done.returncode == (1 if any(errors.values()) else 0), done.stderr
            return errors
        return check_with_jing

    from lxml import etree

    schema = etree.RelaxNG(etree.parse(str(TEI_ALL)))

    def check_with_lxml(paths: Sequence[Path]) -> dict[Path, list[str]]:
        errors = {}
        for path in paths:
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            try:
                valid = schema.validate(etree.parse(str(path), parser))
            except etree.XMLSyntaxError as exc:  # libxml2 refuses duplicate xml:id values
                errors[Path(path).resolve()] = [str(exc)]
                continue
            errors[Path(path).resolve()] = [] if valid else [e.message for e in schema.error_log]
        return errors
    return check_with_lxml
