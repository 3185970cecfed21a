"""Person, place and organisation names in newspaper text, found by their context.

Precision comes first: an ordinary word marked as a name is worse than a missed name, and
jieba's part-of-speech tags alone mark many ordinary words (蓝图, 双赢, 保驾护航) as person
names. So a person is recognised only where the context says a name is printed:

- after a word for a role: listed ("本报记者 路静", "机电组组长王文明", "市民李英") or a
  word ending in 员/师/户/工/长 ("护林员石大山", "种粮大户钱德顺");
- before a speech verb, a form of address or 是一名 ("”慕德刚说。", "蒋桂芬阿婆说"),
  where no word runs into the name from the left;
- in a byline, credit or editors entry (``byline_names``), also one printed inside a
  paragraph ("…装车。（路静 摄）") or an author's signature closing it ("…体会。（欧阳春燕）");
- before what news prints after a name only (今年58岁, ，男，, 的带领下, 李华教授), in a
  list of people closed by 等人, and in a list after a name found;
- where no cue stands, a full name by its form: a word jieba's segmenter cuts out, no
  dictionary word, given characters its part-of-speech model finds likely in a name (one
  score, fitted leave one paper out: ``GIVEN_NAME_LOGP``);
- anywhere, once known: names the caller passes in ``known_persons`` and names found by
  context in the same text.

A candidate is a surname from a shipped list followed by one or two given-name characters;
the length is chosen so the name does not swallow the first character of the next word
("李英来到" → 李英, "王大锁来到" → 王大锁; an adverb, where the page prints the shorter name
before a speech verb: "欧阳琦刚到" → 欧阳琦), and candidates that are ordinary words (马上,
高兴) are rejected. Organisations are found by their endings (公司, 集团, 局, 中心 …) and
places by a gazetteer and their endings; both need a specific part (a place name, an unknown
proper noun, a 市/区/县 prefix) so that generic phrases (物业公司, 服务区) are left alone.

The finders live in modules of their own, all reading names through name_parts and
name_span: person_cues, dotted_names, names_by_form, bylines, orgs_places; this module
joins what they find.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from teipress import lexicon as _lexicon
from teipress.encode.bylines import book_credit_names, credit_names
from teipress.encode.dotted_names import dotted_by_context, transliterated, with_given_names
from teipress.encode.name_parts import SPACE, Mention, is_free_word, is_tibetan_name, surname_at
from teipress.encode.name_span import SPEECH_VERB
from teipress.encode.names_by_form import (
    dai_names,
    dotted_turkic_names,
    mongolian_names,
    names_by_form,
    tibetan_names,
    whole_turkic_names,
    whole_yi_names,
    yi_names,
)
from teipress.encode.orgs_places import orgs, places
from teipress.encode.person_cues import (
    affiliated_names,
    after_role,
    appointment_lists,
    authors_of_works,
    contact_names,
    cued_names,
    dash_signatures,
    described_names,
    framed_names,
    kin_names,
    listed_after,
    mourners,
    named_authors,
    names_after_units,
    names_before_native_places,
    names_before_sums,
    padded_names,
    people_lists,
    role_names,
    roster_names,
    spaced_name_lists,
    speaker_label,
    unsurnamed_names,
)

__all__ = ["find_mentions", "page_speakers", "speaker_after_quote"]

_WS = re.compile(r"\s+")
_SENTENCE_END = frozenset("。！？!?；;“「『")


def _occurrences(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for name in sorted(set(names), key=lambda n: (-len(n), n)):
        if name:
            spans.extend((m.start(), m.end()) for m in re.finditer(re.escape(name), text))
    return spans


def _credits_first(credits: list[tuple[int, int]], others: list[tuple[int, int]]
                   ) -> list[tuple[int, int]]:
    """The names of a credit as its reading of the run gives them, and the names found
    otherwise that do not cross them: a credit's names run together where a line was broken
    ('通讯员 白玛龚一帆' is 白玛 and 龚一帆, not the role word's 白玛龚)."""
    return credits + [(s, e) for s, e in others
                      if (s, e) in credits or all(e <= cs or s >= ce for cs, ce in credits)]


def _resolve(candidates: Iterable[Mention]) -> list[Mention]:
    """Non-overlapping mentions: persons first, then the longer name."""
    rank = {"person": 0, "org": 1, "place": 2}
    taken: list[Mention] = []
    for c in sorted(candidates, key=lambda c: (rank[c.kind], c.start - c.end, c.start)):
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def find_mentions(text: str, known_persons: Iterable[str] = (),
                  speakers: Collection[str] = ()) -> list[Mention]:
    """Names in one paragraph of running text, non-overlapping, sorted by start; ``speakers``
    are the names the page prints before a speech verb anywhere (see page_speakers)."""
    credits = credit_names(text) + book_credit_names(text)
    context = [with_given_names(text, s, e) for s, e in role_names(text) + cued_names(text)]
    context += speaker_label(text) + transliterated(text) + dotted_by_context(text)
    context += unsurnamed_names(text) + framed_names(text) + kin_names(text) + names_by_form(text)
    context += described_names(text) + yi_names(text) + dotted_turkic_names(text)
    context += dai_names(text) + mongolian_names(text)
    context += people_lists(text) + tibetan_names(text) + affiliated_names(text)
    context += names_before_sums(text) + names_before_native_places(text) + padded_names(text)
    context += spaced_name_lists(text) + dash_signatures(text) + appointment_lists(text)
    context += roster_names(text) + mourners(text) + authors_of_works(text)
    context += named_authors(text) + contact_names(text)
    context = _credits_first(credits, whole_turkic_names(text, whole_yi_names(text, context)))
    context += listed_after(text, context)
    known = {_WS.sub("", n) for n in known_persons}
    found_places = places(text)
    found_orgs = orgs(text)
    context += names_after_units(text, found_orgs)
    context = _outside_orgs(context, found_orgs)
    context = _whole_tibetan_names(text, context)
    context = _surnamed_transcriptions(text, context)
    context = _known_before_a_place(text, context, known, found_places)
    context = _speaker_before_an_adverb(text, context, speakers)
    names = {_WS.sub("", text[s:e]) for s, e in context} | known
    spans = context + _occurrences(text, names)
    persons = [Mention(s, e, "person", _WS.sub("", text[s:e])) for s, e in spans]
    return _resolve([*persons, *found_orgs, *found_places])


def _whole_tibetan_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name read as a Han surname and given characters that cuts a Tibetan name of two
    elements is the Tibetan name whole ('老人白玛央宗会诊': 白玛 + 央宗, not 白 + 玛央)."""
    return [(s, s + 4) if e - s < 4 and len(text[s : s + 4]) == 4
            and is_tibetan_name(text[s : s + 4]) else (s, e) for s, e in spans]


# How long a transcribed given name is, at least, for a Han surname run into it to be the
# name's: jieba lists such names as words of three characters or more (索菲亚, 阿依莎).
_TRANSCRIBED_MIN = 3


def _surnamed_transcriptions(text: str, spans: list[tuple[int, int]]
                             ) -> list[tuple[int, int]]:
    """A transcribed name found with a Han surname run into it before is the name whole: Hui,
    Salar and Dongxiang people put a Han surname before an Islamic given name (妇女韩索菲亚,
    not 索菲亚); the surname no free word (向, 和 are prepositions as often), no word across
    it and the character before it, and no role word's end (竹农王大明: 农 ends 竹农)."""
    return [(s - 1, e) if s and _transcribed(text[s:e]) and surname_at(text, s - 1) == 1
            and not is_free_word(text[s - 1])
            and not (s > 1 and _lexicon.word_freq(text[s - 2 : s]))
            and not after_role(text, s) else (s, e)
            for s, e in spans]


def _transcribed(name: str) -> bool:
    """A name jieba lists as a word, tagged a name, of _TRANSCRIBED_MIN characters or more."""
    return len(name) >= _TRANSCRIBED_MIN and _lexicon.word_tag(name) == "nr" \
        and bool(_lexicon.word_freq(name))


def _outside_orgs(spans: list[tuple[int, int]], found_orgs: Sequence[Mention]
                  ) -> list[tuple[int, int]]:
    """The names found by context but those an organisation's name found by its ending holds
    from before their start: the role word read before the name ends the way the
    organisation's name begins ('交通运输部长江航务管理局' is 部 + 长江航务管理局, not 部长 +
    江航务)."""
    return [(s, e) for s, e in spans
            if not any(o.start < s and e <= o.end for o in found_orgs)]


# How long a place's name is, at least, for a name running into it to yield: a name and a
# suffix (宁州市); a two-character place may be a given name's end and an office (华县 in
# 张建华县长).
_PLACE_MIN = 3


def _known_before_a_place(text: str, spans: list[tuple[int, int]], known: set[str],
                          found_places: Sequence[Mention]) -> list[tuple[int, int]]:
    """A name found by context that runs one character into a place's name after it is the
    shorter name, where the page knows it: a byline whose line was broken right after the
    name, the report running on ('记者 钟离悦' + '宁州市两级法院…', credited 钟离悦 elsewhere)."""
    starts = {p.start for p in found_places if p.end - p.start >= _PLACE_MIN}
    return [(s, e - 1) if e - 1 in starts and _WS.sub("", text[s : e - 1]) in known else (s, e)
            for s, e in spans]


def page_speakers(texts: Iterable[str]) -> frozenset[str]:
    """The names a page's paragraphs print before a speech verb or a form of address: the
    cue closes the name, so it settles where the same name ends elsewhere on the page, in a
    paragraph before it as well as after."""
    return frozenset(_WS.sub("", text[s:e]) for text in texts for s, e in cued_names(text))


# jieba's tag for adverbs (刚, 才, 又).
_ADVERB_TAG = "d"


def _speaker_before_an_adverb(text: str, spans: list[tuple[int, int]],
                              speakers: Collection[str]) -> list[tuple[int, int]]:
    """A name read with a last character that is an adverb is the shorter name where the
    page prints that one before a speech verb: the adverb opens the predicate ('关员欧阳琦刚到
    查验科' where '欧阳琦说' follows; 刚 ends many given names, 志刚, so only the page tells)."""
    return [(s, e - 1) if e - s > 2 and _lexicon.word_tag(text[e - 1 : e]) == _ADVERB_TAG
            and _WS.sub("", text[s : e - 1]) in speakers else (s, e) for s, e in spans]



def speaker_after_quote(text: str, pos: int, mentions: Sequence[Mention]) -> Mention | None:
    """The person a quotation closing at pos is attributed to.

    pos is the offset of the closing mark (or just after it). The speaker is the first
    person mention in the same sentence that is followed, after at most a few words
    ('信心满怀地'), by a speech verb: '……”平沟煤矿矿长邢永亮信心满怀地说。'.
    """
    while pos < len(text) and text[pos] in "”’」』\"'" + SPACE:
        pos += 1
    for m in sorted(mentions, key=lambda m: m.start):
        if m.kind != "person" or m.start < pos:
            continue
        between = text[pos : m.start]
        if len(between) > 24 or any(ch in _SENTENCE_END for ch in between):
            return None
        if SPEECH_VERB.match(text, m.end):
            return m
    return None
