"""A writer's signature after a dash (——西吉县 某某), read by one pattern in all three places
that read it: the text reader (line_bylines), the PDF reader (geometry.paragraphs) and the
encoder's byline names (encode.bylines).

Each had its own pattern until they were made one; the cases below are those on which they
disagreed, each with the reading chosen (how papers print the signature), asserted of every
reader that sees the line. The texts are written for the rule, not taken from a test page.
"""

from __future__ import annotations

import pytest

from segment_rules_pages import REPORT, articles, paragraphs
from teipress.encode.bylines import byline_names as encoded_names
from teipress.segment.line_bylines import byline_kind, byline_names
from teipress.segment.patterns import dash_signature, signed_name


def _signed(text: str) -> tuple[str | None, str | None]:
    """The place and the name the shared reading gives, or (None, None)."""
    signature = dash_signature(text)
    return (signature["place"], signed_name(signature)) if signature else (None, None)


# (the line, the place and the name read). Before: the PDF reader alone took the dash as one
# glyph, the two-character name padded to three cells and the transliterated name; the text
# reader and the encoder alone took a name letter-spaced throughout.
@pytest.mark.parametrize(("text", "place", "name"), [
    ("——西吉县 拜文军", "西吉县", "拜文军"),
    # the 破折号 printed as the one glyph an extractor may give of it
    ("—西吉县 拜文军", "西吉县", "拜文军"),
    # a two-character name padded to the width of three, as pdftotext prints the gap
    ("——西吉县 颜  珂", "西吉县", "颜珂"),
    ("——西吉县 颜\u3000珂", "西吉县", "颜珂"),
    ("——伊宁县 热娜·阿不都", "伊宁县", "热娜·阿不都"),
    # a reporter signing after a dash: the role stands where the place does
    ("——本报记者 拜文军", "本报记者", "拜文军"),
])
def test_a_signature_after_a_dash_is_read_alike_by_both_readers_and_the_encoder(
        text, place, name):
    assert _signed(text) == (place, name)
    assert byline_kind(text) == "trail"
    assert byline_names(text) == [name]
    assert [(m.name, text[m.start:m.end].replace(" ", "").replace("\u3000", ""))
            for m in encoded_names(text)] == [(name, name)]


def test_a_name_letter_spaced_throughout_is_no_byline_name():
    """A byline pads only a two-character name (NAME); three characters set a space apart
    each are no signature's name (before, the text reader and the encoder read one)."""
    assert _signed("——西吉县 王 小 明") == (None, None)
    assert byline_kind("——西吉县 王 小 明") is None


def test_the_name_alone_after_the_dash_is_told_only_by_where_it_is_set():
    """——某某 with no place is a signature where the PDF reader finds it set flush right
    under a sentence's end; from the text alone it reads like a subtitle's ——记某某, so the
    text reader takes only a signature that names the place (before, only the PDF reader's
    pattern matched it; the encoder reads the name of either)."""
    assert _signed("——拜文军") == (None, "拜文军")
    assert _signed("——记李明") == (None, "记李明")
    assert byline_kind("——拜文军") is None
    assert byline_kind("——记李明") is None
    assert [m.name for m in encoded_names("——拜文军")] == ["拜文军"]


# The name: where the form says a name is printed, as a role word does in a byline, a name by
# the byline surname lists or a word the dictionary does not know. Before, the text reader
# took a dictionary word only where jieba tags it a person's (nr) and refused one read by its
# surname (江山, ns); the PDF reader the other way round (志强, a given name alone, nrfg).
def test_a_signatures_name_is_read_as_a_bylines_name_after_its_role():
    assert _signed("——西吉县 江山") == ("西吉县", "江山")
    assert byline_kind("——西吉县 江山") == "trail"
    assert byline_names("——西吉县 江山") == ["江山"]
    assert _signed("——西吉县 志强") == (None, None)
    assert byline_kind("——西吉县 志强") is None


def test_a_readers_column_signed_with_padded_names():
    """A readers' column whose writers sign with two-character names padded to three cells,
    as pdftotext prints them: each signature closes its message as a trailing byline."""
    column = ("读者留言\n\n村口的路灯修好了，晚上\n出门再也不用摸黑了。\n\n——江州县 颜  珂\n\n"
              "希望多登些养殖技术，我们\n照着学，心里更有底。\n\n——临川区 周  敏\n\n")
    _report, *messages = articles(REPORT + column)
    assert [paragraphs(message) for message in messages] == [
        ["村口的路灯修好了，晚上出门再也不用摸黑了。"],
        ["希望多登些养殖技术，我们照着学，心里更有底。"]]
    assert [[(byline.text, byline.names) for byline in message.trailing]
            for message in messages] == [[("——江州县 颜  珂", ["颜珂"])],
                                         [("——临川区 周  敏", ["周敏"])]]
