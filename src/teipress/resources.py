"""The data teipress ships inside its package: the schemas, the stylesheets and templates,
the word lists.

Found one way, through :mod:`importlib.resources`, alike in a source checkout (where
``src/teipress/schema`` and ``src/teipress/stylesheets`` link to the repository's
``schema/`` and ``stylesheets/``, which the TEI files' ``xml-model`` links name) and in an
installed wheel (which holds the folders themselves). Folders are returned as real paths:
WeasyPrint, Jinja and the build's keys read them as folders, and converted TEI files link
the schema files relative to themselves.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path


@cache
def package_dir() -> Path:
    """The ``teipress`` package's folder (its code and data, hashed by the build's keys)."""
    folder = resources.files("teipress")
    if not isinstance(folder, Path):  # a zipped install: nothing to hand WeasyPrint
        raise FileNotFoundError("teipress must be installed as files, not zipped")
    return folder.resolve()


@cache
def data_dir(name: str) -> Path:
    """The ``schema`` or ``stylesheets`` folder shipped with teipress."""
    folder = (package_dir() / name).resolve()
    if not folder.is_dir():
        raise FileNotFoundError(f"teipress is installed without its {name}/ folder")
    return folder


def schema_file(name: str) -> Path:
    return data_dir("schema") / name


def stylesheet_file(name: str) -> Path:
    return data_dir("stylesheets") / name


def data_text(package: str, name: str) -> str:
    """The text of ``name`` in ``package``'s ``data/`` folder (a word list or table)."""
    return resources.files(package).joinpath("data", name).read_text(encoding="utf-8")
