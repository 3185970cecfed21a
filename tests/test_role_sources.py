"""Role words of lexicon/data/roles.txt read before a name (written for these tests, with
their own names)."""

from __future__ import annotations

import pytest

from teipress.encode.names import find_mentions


@pytest.mark.parametrize(("text", "names"), [
    ("第40分钟，中场韩志远主罚任意球，皮球越过人墙直挂球门左上角。", ["韩志远"]),
    ("中场休息时，双方比分为1:1。", []),
    ("落后的客队逐渐控制了中场。第37分钟，前锋刘洋远射破门。", ["刘洋"]),
])
def test_a_midfielder_is_named_after_his_line_as_a_forward_is(text: str,
                                                              names: list[str]) -> None:
    """中场, a football player's line as squad lists name it, before a name as 前锋 is; the
    half-time break (中场休息) and the midfield (控制了中场) name nobody."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names
