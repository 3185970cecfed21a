"""The surname list's sources (lexicon/data/surnames.txt): the filter its header states holds
for every entry of the sources after the population ranking, and the rarer surnames of the
third source (chinese-surnames) are read where a name is read by a listed surname (written
for these tests, with their own names)."""

from __future__ import annotations

from importlib import resources

import pytest

from teipress import lexicon
from teipress.encode.bylines import byline_names
from teipress.encode.names import find_mentions

# The header's filters: a character jieba counts this often as a word is more often a word
# than a name, so source 2 leaves it out; source 3, whose rarer surnames are as often common
# characters, leaves out what jieba counts a tenth as often.
WORD_COUNT_LIMITS = {"# 2.": 3000, "# 3.": 300}


def _sections() -> dict[str, list[str]]:
    """The list's entries by the comment line heading their section (# 1. …, # 2. …)."""
    text = resources.files(lexicon).joinpath("data", "surnames.txt").read_text(encoding="utf-8")
    sections: dict[str, list[str]] = {}
    heading = ""
    for line in text.splitlines():
        if line.startswith("# ") and line[2:3].isdigit():
            heading = line
            sections[heading] = []
        elif line.strip() and not line.startswith("#") and heading:
            sections[heading].append(line.strip())
    return sections


@pytest.mark.parametrize(("source", "limit"), WORD_COUNT_LIMITS.items())
def test_a_later_source_holds_no_character_jieba_counts_as_a_frequent_word(source: str,
                                                                           limit: int) -> None:
    entries = [entry for heading, entries in _sections().items()
               if heading.startswith(source) for entry in entries]
    single = [entry for entry in entries if len(entry) == 1]
    assert single
    assert [s for s in single if lexicon.word_freq(s) >= limit] == []
    if source == "# 3.":
        assert [s for s in entries if lexicon.word_freq(s) >= limit] == []


def test_each_surname_is_listed_once_and_read_of_one_or_two_characters() -> None:
    entries = [entry for entries in _sections().values() for entry in entries]
    assert len(entries) == len(set(entries))
    assert all(len(entry) in (1, 2) for entry in entries)
    third = [entry for heading, entries in _sections().items()
             if heading.startswith("# 3.") for entry in entries]
    assert {"庹", "仵", "眭", "完颜"} <= set(third)
    assert not {"过", "拜", "校", "资", "泣"} & set(third)  # counted as words 300 times or more


@pytest.mark.parametrize(("text", "names"), [
    ("护林员庹强每天巡山，一走就是二十公里。", ["庹强"]),
    ("仵平介绍，今年合作社的花椒卖到了广州。", ["仵平"]),
    ("他过年回家，记者过来采访。", []),
    ("资料显示，逢人便说的习惯由来已久。", []),
])
def test_a_rare_surname_of_the_third_source_is_read_as_a_listed_one(text: str,
                                                                    names: list[str]) -> None:
    """A role word and an adverb (护林员某某每天), a name before 介绍: a name of a surname no
    list held (庹, 仵) and one given character is read; characters the filter left out (过,
    资, 逢) open no name."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


def test_a_bylines_second_name_of_a_rare_surname() -> None:
    assert [m.name for m in byline_names("（本报记者 眭敏 通讯员 仵军）")] == ["眭敏", "仵军"]
