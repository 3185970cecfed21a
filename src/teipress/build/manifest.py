"""What the last builds made from what: the manifest an incremental build reads.

It lives in ``OUT_DIR/.teipress/`` as JSON, written atomically. Every step (convert,
validate, html, pdf… of one page or issue) is recorded with the *key* of its inputs — a hash
of their contents — and what it produced or why it failed; a step is redone only when its
key changed or its outputs are gone. File hashes are remembered with the file's size and
modification time, so an unchanged file is not read again.

Each shard of a build writes a manifest of its own (shards may run at the same time on a
shared folder) and every build reads them all: a record is trusted only when its key
matches, so records from anywhere are safe to use.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Any

from teipress.fileio import write_atomic
from teipress.safepaths import UnsafePath, is_inside, output_path

STATE_DIR = ".teipress"
FORMAT = 1
# A file changed within this many seconds of being hashed could change again with the same
# size and modification time (the clock's grain): hash it again next time.
RACY_SECONDS = 2.0


def manifest_name(shard: tuple[int, int] | None) -> str:
    return f"manifest-{shard[0]}-of-{shard[1]}.json" if shard else "manifest.json"


def digest(*parts: str) -> str:
    """The key of a step: a hash of its inputs' hashes and settings, in order."""
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


class Manifest:
    """Step records and the file-hash cache of one output folder."""

    def __init__(self, path: Path, steps: dict[str, dict[str, Any]],
                 files: dict[str, list]) -> None:
        self.path = path
        self.steps = steps
        self.files = files
        self._now_ns = time.time_ns()

    @classmethod
    def load(cls, out_dir: Path, shard: tuple[int, int] | None = None) -> Manifest:
        """This build's manifest, with the records of every other manifest in the folder."""
        own = output_path(out_dir, f"{STATE_DIR}/{manifest_name(shard)}")
        state = own.parent
        steps: dict[str, dict[str, Any]] = {}
        files: dict[str, list] = {}
        others = sorted(state.glob("manifest*.json")) if state.is_dir() else []
        for path in [*(p for p in others if p != own), own]:  # our own records win
            data = _read(path) if is_inside(out_dir, path) else {}
            steps.update(data.get("steps", {}))
            files.update(data.get("files", {}))
        return cls(own, steps, files)

    def save(self) -> None:
        data = {"format": FORMAT, "steps": dict(sorted(self.steps.items())),
                "files": dict(sorted(self.files.items()))}
        path = output_path(self.path.parents[1], f"{STATE_DIR}/{self.path.name}")  # still ours
        write_atomic(path, json.dumps(data, ensure_ascii=False, indent=0).encode("utf-8"))

    def file_hash(self, path: Path) -> str:
        """The SHA-256 of a file's bytes; unchanged size and mtime reuse the last hash."""
        name = str(path)
        stat = path.stat()
        known = self.files.get(name)
        if known and known[0] == stat.st_size and known[1] == stat.st_mtime_ns:
            return known[2]
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        if self._now_ns - stat.st_mtime_ns > RACY_SECONDS * 1e9:
            self.files[name] = [stat.st_size, stat.st_mtime_ns, sha]
        else:
            self.files.pop(name, None)
        return sha

    def tree_hash(self, folder: Path) -> str:
        """One hash for the files under a folder: their names and contents."""
        files = sorted(p for p in folder.rglob("*")
                       if p.is_file() and "__pycache__" not in p.parts)
        return digest(*(f"{p.relative_to(folder).as_posix()}:{self.file_hash(p)}"
                        for p in files))

    def files_hash(self, folder: Path, paths: list[Path]) -> str:
        """One hash for some files under a folder: their paths in it and their contents."""
        return digest(*(f"{p.relative_to(folder).as_posix()}:{self.file_hash(p)}"
                        for p in paths))

    def record(self, step: str) -> dict[str, Any] | None:
        return self.steps.get(step)

    def current(self, step: str, key: str, out_dir: Path) -> dict[str, Any] | None:
        """The step's record if its key is ``key`` and every file it wrote is still there."""
        found = self.steps.get(step)
        if not found or found.get("key") != key:
            return None
        try:
            if not all(output_path(out_dir, name).is_file() for name in found.get("files", ())):
                return None
        except UnsafePath:  # a record naming files outside the output folder: not ours
            return None
        return found

    def put(self, step: str, key: str, **facts: Any) -> None:
        self.steps[step] = {"key": key, **facts}


def _read(path: Path) -> dict[str, Any]:
    """A manifest's data; an unreadable or foreign one counts as empty (all is rebuilt), and
    so does any record of the wrong shape (the build reads records without checking)."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    steps, files = data.get("steps"), data.get("files")
    return {
        "steps": {name: record for name, record in steps.items() if _is_record(record)}
        if isinstance(steps, dict) else {},
        "files": {name: known for name, known in files.items()
                  if isinstance(known, list) and len(known) == 3
                  and all(type(n) is int for n in known[:2]) and isinstance(known[2], str)}
        if isinstance(files, dict) else {},
    }


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


_RECORD_FIELDS = {  # what a step record may hold, and the test each value must pass
    "key": lambda v: isinstance(v, str),
    "files": _strings,
    "error": lambda v: isinstance(v, str),
    "text": lambda v: isinstance(v, str),
    "valid": lambda v: isinstance(v, bool),
    "messages": _strings,
    "date": lambda v: isinstance(v, str),
    "slug": lambda v: isinstance(v, str),
    "problems": lambda v: isinstance(v, list) and all(
        _strings(p) and len(p) == 3 for p in v),
}


def _is_record(record: object) -> bool:
    """A step record of the shape this code writes (other fields or types: not ours)."""
    return (isinstance(record, dict) and "key" in record
            and all(name in _RECORD_FIELDS and _RECORD_FIELDS[name](value)
                    for name, value in record.items()))
