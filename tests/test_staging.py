"""A PDF's files land together or not at all, and its pages are named by their printed number."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from teipress.errors import TeipressError
from teipress.pdfconvert import page_stem
from teipress.safepaths import UnsafePath
from teipress.staging import StagedFiles


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_nothing_is_in_place_before_the_commit_and_everything_after(tmp_path):
    with StagedFiles(tmp_path) as staged:
        staged.add("03.xml", b"<TEI/>")
        staged.add("03.page.jpg", b"jpeg")
        assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] == []
        assert staged.existing() == []
        written = staged.commit()
    assert sorted(p.name for p in written) == ["03.page.jpg", "03.xml"]
    assert files(tmp_path) == {"03.page.jpg": b"jpeg", "03.xml": b"<TEI/>"}  # no stage left


def test_an_error_before_the_commit_leaves_nothing(tmp_path):
    folder = tmp_path / "new"

    def fail_after_adding() -> None:
        with StagedFiles(folder) as staged:
            staged.add("03.xml", b"<TEI/>")
            raise RuntimeError("page 200 is bad")

    with pytest.raises(RuntimeError, match="page 200 is bad"):
        fail_after_adding()
    assert not folder.exists()  # the folder made for the files goes too


def test_a_failed_move_puts_everything_back(tmp_path, monkeypatch):
    (tmp_path / "03.xml").write_bytes(b"old")
    real_replace = os.replace
    moves = []

    def failing_replace(src, dst):
        moves.append(Path(dst).name)
        if Path(dst).name == "04.xml":
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with StagedFiles(tmp_path) as staged:
        staged.add("03.xml", b"new")
        staged.add("04.xml", b"new four")
        assert staged.existing() == [tmp_path / "03.xml"]
        with pytest.raises(TeipressError, match="No space left on device; nothing was written"):
            staged.commit()
    assert files(tmp_path) == {"03.xml": b"old"}


def test_a_name_that_is_not_a_plain_file_name_is_refused(tmp_path):
    with StagedFiles(tmp_path) as staged, pytest.raises(UnsafePath):
        staged.add("../03.xml", b"<TEI/>")


def test_the_same_name_twice_is_an_error(tmp_path):
    with StagedFiles(tmp_path) as staged:
        staged.add("03.xml", b"a")
        with pytest.raises(TeipressError, match="written twice"):
            staged.add("03.xml", b"b")


@pytest.mark.parametrize(("number", "count", "index", "stem"), [
    ("3", 1, 0, "03"),
    ("12", 24, 11, "12"),
    ("A3", 1, 0, "A03"),
    ("A12", 1, 0, "A12"),
    ("", 1, 0, "report"),
    ("", 200, 6, "report-p007"),
    ("3/4", 2, 1, "report-p002"),  # no file name can carry it
])
def test_pages_are_named_by_their_printed_number(number, count, index, stem):
    assert page_stem(number, Path("/in/report.pdf"), index, count) == stem


def test_a_file_where_the_folder_should_be_is_one_line(tmp_path):
    (tmp_path / "out").write_bytes(b"")
    with StagedFiles(tmp_path / "out" / "sub") as staged, pytest.raises(
            TeipressError, match=r"out/sub: .*out is a file, not a folder"):
        staged.add("03.xml", b"<TEI/>")
