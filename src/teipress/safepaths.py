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

Names are made here too, and only here: :func:`file_stem` makes any text (a page number,
an article id, a folder's name) into a file-name stem, :func:`issue_folder` names an
issue's output folder (its date, or :data:`UNDATED`).

Each refusal is an :class:`UnsafePath`, a one-line :class:`~teipress.errors.InputError`.
:func:`reference_problem` is :func:`inside`'s test without the disk (the Schematron rule
``url-inside`` makes the same one); :func:`is_inside` answers for a path already made.

    image = inside(tei.parent, graphic.url, what=f"{tei}: graphic/@url")   # or UnsafePath
    write_atomic(output_path(out_dir, f"{real_date(date)}/{safe_name(slug)}.html"), data)
    remove_output(out_dir, name_from_a_manifest)
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from teipress.errors import InputError

# %2E . %2F / %5C \ %25 % %3A : %3F ? %23 # %00-%1F %7F: characters a reference must show
_ENCODED_RESERVED = re.compile(r"%(2[eEfF5]|5[cC]|3[aAfF]|23|[01][0-9a-fA-F]|7[fF])")
_ISO_DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")  # as the schema's data.when
_MAX_NAME = 100  # far beyond any date, page number or id; far below any file system's limit
_PAGE_NUMBER = re.compile(r"(?P<letters>[A-Za-z]*)(?P<digits>[0-9]+)")  # 3, A07: a page's @n
_NAME_MAX_BYTES = 255  # what Linux, macOS and Windows file systems allow in one name
UNDATED = "undated"  # the issue folder of pages whose date is not known


class UnsafePath(InputError):
    """A path or name read from an input that could reach outside its folder, or run."""


def reference_problem(reference: str) -> str | None:
    """Why a relative reference read from an input may not name a file, or None when it
    may. The same test as the Schematron rule ``url-inside`` (so ``validate`` refuses what
    rendering refuses), made on the text alone: a reference is ``/``-separated names, none
    empty, ``.`` or ``..``; no URL scheme, drive, absolute path, backslash, query, fragment
    or control character; and percent-encoding only for ordinary characters (an encoded
    ``.``, ``/``, ``\\``, ``%``, ``:``, ``?``, ``#`` or control could hide one of those)."""
    if not reference.strip():
        return "is empty"
    if any(ord(c) < 0x20 or c == "\x7f" for c in reference):
        return "holds a control character"
    if "\\" in reference:
        return "holds a backslash (write / between folders)"
    if ":" in reference:
        return "is a URL (or holds ':'), not a file inside the edition"
    if reference.startswith("/"):
        return "is an absolute path, not a file inside the edition"
    if "?" in reference or "#" in reference:
        return "holds a query or fragment (? or #), not a file name"
    if _ENCODED_RESERVED.search(reference):
        return "percent-encodes . / \\ % : ? # or a control character; write it plainly"
    if any(part in ("", ".", "..") for part in reference.split("/")):
        return "is not a plain path (an empty, . or .. folder)"
    try:
        unquote(reference, errors="strict")
    except UnicodeDecodeError:
        return "is percent-encoded, but not as UTF-8"
    return None


def inside(root: Path, reference: str, *, what: str = "path") -> Path:
    """The file ``reference`` (relative, ``/``-separated, percent-encoding allowed) names
    under ``root``, symlinks resolved; :class:`UnsafePath` when it is a URL, absolute,
    climbs with ``..``, holds a backslash or control character, or resolves outside
    ``root`` (a symlink pointing away). ``what`` names the field in the message."""
    problem = reference_problem(reference)
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
    if any(len(p.encode("utf-8")) > _NAME_MAX_BYTES for p in parts):  # an input's fault, so
        raise UnsafePath(f"output {relative[:80]!r}… has a name longer than "  # not retried
                         f"{_NAME_MAX_BYTES} bytes: check the page number and ids")
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
    """``text`` when it is a real calendar date written ``YYYY-MM-DD`` (or ``YYYY-MM``,
    ``YYYY``, as the schema allows), else UnsafePath."""
    if _ISO_DATE.fullmatch(text):
        try:
            _dt.date.fromisoformat((text + "-01-01")[:10])
            return text
        except ValueError:
            pass
    raise UnsafePath(f"{what} {text!r} is not a real date (YYYY-MM-DD)")


def safe_name(text: str, *, what: str = "name") -> str:
    """``text`` when it can stand alone as a file name and inside a link: letters (any
    script), digits, ``-``, ``_`` and inner ``.``, not starting with ``.`` or ``-``, at most
    100 characters; else UnsafePath. Page numbers, ids and the paper id pass through it."""
    if (not text or len(text) > _MAX_NAME or text[0] in ".-"
            or not all(c.isalnum() or c in "-_." for c in text)):
        raise UnsafePath(f"{what} {text!r} cannot name a file: use letters, digits, - and _")
    return text


def padded_page_number(number: str) -> str:
    """A page number as file names and ids spell it, two digits at least so that they sort
    as the pages do: ``03`` for 3, ``A03`` for A3 (or A03: one page, one name, however its
    folio pads it); a number of any other shape as it is."""
    match = _PAGE_NUMBER.fullmatch(number)
    return match["letters"] + match["digits"].zfill(2) if match else number


def file_stem(text: str, fallback: str, *, dots: bool = True) -> str:
    """``text`` as a file-name stem: every character but a letter (any script), digit, ``-``
    or ``_`` (and ``.``, unless not ``dots``) becomes ``-``, and ``.`` and ``-`` are taken
    off both ends (a name starting with either reads as hidden or as an option);
    ``fallback`` when nothing is left."""
    keep = "-_." if dots else "-_"
    stem = "".join(c if c.isalnum() or c in keep else "-" for c in text).strip(".-")
    return stem or fallback


def issue_folder(date: str) -> str:
    """An issue's output folder, from the output root: its date (``2022-11-22``), or
    ``undated``."""
    return date or UNDATED


def is_inside(root: Path, path: Path) -> bool:
    """Whether ``path`` (symlinks resolved) is ``root`` or lies under it."""
    return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(root))
