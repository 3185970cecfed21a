"""Where the schema and stylesheets live, in a source checkout and in an installed wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """The ``schema`` or ``stylesheets`` folder: packaged beside the code in a wheel,
    at the top of the repository in a checkout."""
    for candidate in (_PACKAGE / name, _PACKAGE.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"teipress is installed without its {name}/ folder")


def schema_file(name: str) -> Path:
    return data_dir("schema") / name


def stylesheet_file(name: str) -> Path:
    return data_dir("stylesheets") / name
