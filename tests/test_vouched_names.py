"""A short name the layout vouches for (padded to the width of three cells, or set after a
reporter's role word) is a name whatever its surname, where it is no dictionary word, its
given characters are ones a name holds and its first is no province's short name: one rule
(segment.patterns.vouched_name), read alike by the text reader's bylines, the PDF reader's
author lines and the encoder's credits."""

from __future__ import annotations

import pytest

from teipress.encode.bylines import byline_names
from teipress.segment.geometry.roles import lone_byline
from teipress.segment.patterns import names_in, vouched_name


@pytest.mark.parametrize(("name", "vouched"), [
    ("蹇　丹", True),  # a credit's padded name: 蹇 is on no common surname list
    ("闭宁", True),  # a Zhuang's surname
    ("喇德明", True),  # a Hui's
    ("快讯", False),  # a word (a column's label, letter-spaced)
    ("粤宣", False),  # a province's short name: an office's pen name
    ("粤工宣", False),
    ("闭等", False),  # 等 is in no given name: a clause's words
    ("喇", False),  # one character is no name
    ("喇德明华", False),  # four: a name after a role has two or three
])
def test_a_vouched_name(name: str, vouched: bool) -> None:
    assert vouched_name(name) is vouched


@pytest.mark.parametrize(("surname", "given"), [
    ("蹇", "丹"), ("闭", "宁"), ("农", "丹"), ("粤", "宣"), ("闭", "等"), ("快", "讯")])
def test_the_three_readers_of_a_padded_name_agree(surname: str, given: str) -> None:
    """A pair padded to three cells after a reporter's role word (本报记者 蹇　丹), after an
    author's mark (□ 蹇　丹) and in a photo's credit (（蹇　丹 摄）) is a name in all three
    places or in none."""
    name = surname + given
    padded = f"{surname}\u3000{given}"
    found = (names_in(f"本报记者 {padded}") == [name],
             lone_byline(f"□ {padded}"),
             [m.name for m in byline_names(f"（{padded} 摄）")] == [name])
    assert found == (vouched_name(name),) * 3


def test_an_offices_pen_name_after_the_role_word_is_no_name() -> None:
    """通讯员 粤工宣: an office signing with a pen name opened by a province's short name is
    no person in the text reader's byline either (the encoder never read it as one)."""
    line = "文/本报记者 叶思远 通讯员 粤工宣  图/本报记者 邝嘉仪"
    assert names_in(line) == ["叶思远", "邝嘉仪"]
    assert [m.name for m in byline_names(line)] == ["叶思远", "邝嘉仪"]
