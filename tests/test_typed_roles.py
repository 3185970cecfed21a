"""The page model's roles are typed (issue #16): mypy, run as `make test` runs it, refuses a
misspelt head role, byline kind, furniture kind or block role, where it is set and where it
is compared, and accepts the same code spelt right."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parents[1]

# Each line uses one role; {0}, {1}… are filled with the right spelling or a misspelt one.
USES = '''\
from teipress.segment.geometry.blocks import Block
from teipress.segment.model import Byline, FurnitureItem, Head, Line

line = Line(1, "text")
head = Head([line], role="{0}")
byline = Byline(line, "text", "{1}")
item = FurnitureItem("{2}", "text")
block = Block([line])
block.role = "{3}"
assert byline.kind != "{4}"
assert item.kind == "{5}"
'''
RIGHT = ("title", "credit", "pageNum", "subhead", "jump", "editors")
WRONG = ("titel", "credt", "pagenum", "sub_head", "jmup", "editor")


def mypy_errors(source: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The line numbers mypy reports errors on, with the project's settings (its mypy_path
    is relative to the checkout: from elsewhere an installed teipress would be read)."""
    monkeypatch.chdir(ROOT)
    module = tmp_path / "uses_roles.py"
    module.write_text(source, encoding="utf-8")
    out, err, _status = api.run([
        "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path / "cache"),
        "--follow-imports", "silent", str(module)])
    assert not err, err
    return sorted({int(row.split(":")[1]) for row in out.splitlines()
                   if row.startswith(str(module)) and ": error:" in row})


def test_misspelt_roles_are_type_errors_and_right_ones_are_not(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert mypy_errors(USES.format(*RIGHT), tmp_path, monkeypatch) == []
    assert mypy_errors(USES.format(*WRONG), tmp_path, monkeypatch) == [5, 6, 7, 9, 10, 11]
