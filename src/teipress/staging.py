"""Several output files written as one: all of them land, or none.

A PDF gives a TEI file per page, its photos and its page images; a failure on its last page
must not leave the first pages' files behind, and an existing file (it may hold hand
corrections) must not be replaced unless asked. Files are written into a hidden folder
beside their destination, so the final moves are renames within one file system; only
:meth:`StagedFiles.commit` puts them in place, and undoes its moves if one fails.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from teipress.errors import TeipressError
from teipress.safepaths import output_path


class StagedFiles:
    """``with StagedFiles(folder) as staged: staged.add(name, data) … staged.commit()``;
    leaving the block without a commit (an error) discards everything staged."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.names: list[str] = []
        self._stage: Path | None = None
        self._made_folder = False  # created for these files: removed again if none land
        self._committed = False

    def __enter__(self) -> StagedFiles:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.discard()

    def add(self, name: str, data: bytes) -> None:
        """Stage ``data`` to become ``folder/name`` (a plain file name)."""
        if name in self.names:
            raise TeipressError(f"{self.folder / name}: written twice in one conversion")
        output_path(self.folder, name)  # a plain name inside the folder, or UnsafePath
        staged = self._stage_dir() / name
        try:
            with staged.open("wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())  # on disk before it replaces anything
        except OSError as exc:
            raise TeipressError(f"cannot write {self.folder / name}: "
                                f"{exc.strerror or exc}") from exc
        self.names.append(name)

    def existing(self) -> list[Path]:
        """The destinations that already hold a file."""
        return [self.folder / name for name in self.names if (self.folder / name).exists()]

    def commit(self) -> list[Path]:
        """Move every staged file into place (replacing what is there: check
        :meth:`existing` first); on a failure, put everything back as it was."""
        moved: list[tuple[Path, Path | None]] = []  # (destination, its old file kept aside)
        try:
            for name in self.names:
                target = output_path(self.folder, name)
                kept = None
                if target.exists():
                    kept = self._stage_dir() / f"{name}.old"
                    os.replace(target, kept)
                moved.append((target, kept))
                os.replace(self._stage_dir() / name, target)
                os.chmod(target, 0o644)
        except BaseException as exc:
            for target, kept in reversed(moved):
                with contextlib.suppress(OSError):
                    if kept is not None:
                        os.replace(kept, target)
                    elif target.exists():
                        target.unlink()
            if isinstance(exc, OSError):
                raise TeipressError(f"cannot write into {self.folder}: "
                                    f"{exc.strerror or exc}; nothing was written") from exc
            raise
        self._committed = True
        self.discard()
        return [target for target, _ in moved]

    def discard(self) -> None:
        if self._stage is not None:
            shutil.rmtree(self._stage, ignore_errors=True)
            self._stage = None
        if self._made_folder and not self._committed:
            with contextlib.suppress(OSError):
                self.folder.rmdir()  # only if empty
            self._made_folder = False

    def _stage_dir(self) -> Path:
        if self._stage is None:
            try:
                self._made_folder = not self.folder.exists()
                self.folder.mkdir(parents=True, exist_ok=True)
                self._stage = Path(tempfile.mkdtemp(prefix=".teipress-", suffix=".tmp",
                                                    dir=self.folder))
            except (FileExistsError, NotADirectoryError) as exc:
                blocker = next((p for p in (self.folder, *self.folder.parents) if p.is_file()),
                               self.folder)
                raise TeipressError(f"cannot write into {self.folder}: {blocker} is a file, "
                                    "not a folder") from exc
            except OSError as exc:
                raise TeipressError(f"cannot write into {self.folder}: "
                                    f"{exc.strerror or exc}") from exc
        return self._stage
