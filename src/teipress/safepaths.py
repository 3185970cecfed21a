"""Path safety: every path teipress reads from an input, and every path it writes or deletes.

Editions are shared, merged from CI artifacts and corrected by hand, so nothing read from a
TEI file, an ``edition.toml``, a manifest or a cache is trusted to name a file. Three rules,
one function each:

- :func:`inside` turns a relative reference read from an input (``graphic/@url``, a setting)
  into a file strictly inside a root folder (the page's issue folder), or refuses it.
- :func:`output_path` checks a path the build is about to write or delete lies inside the
  output folder, symlinks resolved; :func:`remove_output` deletes only such files.
- :func:`real_date` and :func:`safe_name` accept the only values output paths and links
  are made of: a real ISO date, a file-name-safe page number, id or paper id.

Each refusal is an :class:`UnsafePath`, a one-line :class:`~teipress.errors.InputError`.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from teipress.errors import InputError

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")  # http:, file:, javascript:, C: …
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MAX_NAME = 100  # far beyond any date, page number or id; far below any file system's limit


class UnsafePath(InputError):
    """A path or name read from an input that could reach outside its folder, or run."""


def reference_problem(reference: str) -> str | None:
    """Why a relative reference read from an input may not name a file, or None when it
    may: the same test as :func:`inside` (and the Schematron rule ``url-inside``) without
    touching the disk."""
    if not reference or not reference.strip():
        return "is empty"
    if any(ord(c) < 0x20 or c == "\x7f" for c in reference):
        return "holds a control character"
    if "\\" in reference:
        return "holds a backslash (write / between folders)"
    if _SCHEME.match(reference) or reference.startswith("//"):
        return "is a URL, not a file inside the edition"
    if "?" in reference or "#" in reference:
        return "holds a query or fragment (? or #), not a file name"
    decoded = unquote(reference, errors="strict") if "%" in reference else reference
    if decoded != reference:
        if unquote(decoded) != decoded:
            return "is percent-encoded twice"
        problem = reference_problem(decoded)
        if problem:
            return problem
    if decoded.startswith("/"):
        return "is an absolute path"
    if any(part in ("", ".", "..") for part in decoded.split("/")):
        return "is not a plain path (an empty, . or .. folder)"
    return None


def inside(root: Path, reference: str, *, what: str = "path") -> Path:
    """The file ``reference`` (relative, ``/``-separated, percent-encoding allowed) names
    under ``root``, symlinks resolved; :class:`UnsafePath` when it is a URL, absolute,
    climbs with ``..``, holds a backslash or control character, or resolves outside
    ``root`` (a symlink pointing away). ``what`` names the field in the message."""
    problem = _unicode_safe(reference_problem, reference)
    if problem:
        raise UnsafePath(f"{what} {reference!r} {problem}")
    base = Path(root).resolve()
    target = (base / unquote(reference)).resolve()
    if not target.is_relative_to(base):
        raise UnsafePath(f"{what} {reference!r} leads outside {base}")
    return target


def output_path(out_dir: Path, relative: str) -> Path:
    """``out_dir / relative``, after checking ``relative`` is made of plain names and that
    the folder it lands in is inside ``out_dir`` once symlinks are resolved. Call it before
    any write or delete of an output."""
    parts = PurePosixPath(relative).parts
    if (not parts or PurePosixPath(relative).is_absolute()
            or any(p in (".", "..") or "\\" in p or "\0" in p for p in parts)):
        raise UnsafePath(f"output {relative!r} is not a plain path inside the output folder")
    base = Path(out_dir).resolve()
    target = base.joinpath(*parts)
    if not target.parent.resolve().is_relative_to(base):
        raise UnsafePath(f"output {relative!r} leads outside {base} (a symlinked folder)")
    return target


def remove_output(out_dir: Path, relative: str) -> bool:
    """Delete an output file an earlier build wrote, and the folders it leaves empty, never
    anything outside ``out_dir``; a name that would leave it is refused. True if removed."""
    target = output_path(out_dir, relative)
    base = Path(out_dir).resolve()
    if target.is_symlink() or not target.is_file():
        if target.is_symlink():
            target.unlink()  # the link only, never what it points to
        return False
    target.unlink()
    for folder in target.parents:
        if folder == base or not folder.is_relative_to(base) or folder.is_symlink():
            break
        try:
            folder.rmdir()  # only when empty
        except OSError:
            break
    return True


def real_date(text: str, *, what: str = "date") -> str:
    """``text`` when it is a real calendar date written ``YYYY-MM-DD``, else UnsafePath."""
    if _ISO_DATE.fullmatch(text):
        try:
            _dt.date.fromisoformat(text)
            return text
        except ValueError:
            pass
    raise UnsafePath(f"{what} {text!r} is not a real date written YYYY-MM-DD")


def safe_name(text: str, *, what: str = "name") -> str:
    """``text`` when it can stand alone as a file name and inside a link: letters (any
    script), digits, ``-``, ``_`` and inner ``.``, not starting with ``.`` or ``-``, at most
    100 characters; else UnsafePath. Page numbers, ids and the paper id pass through it."""
    if (not text or len(text) > _MAX_NAME or text[0] in ".-" or ".." in text
            or not all(c.isalnum() or c in "-_." for c in text)):
        raise UnsafePath(f"{what} {text!r} cannot name a file: use letters, digits, - and _")
    return text


def is_inside(root: Path, path: Path) -> bool:
    """Whether ``path`` (symlinks resolved) is ``root`` or lies under it."""
    return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(root))


def _unicode_safe(check, reference: str) -> str | None:
    """Run a check whose percent-decoding may meet bytes that are not UTF-8."""
    try:
        return check(reference)
    except UnicodeDecodeError:
        return "is percent-encoded, but not as UTF-8"
