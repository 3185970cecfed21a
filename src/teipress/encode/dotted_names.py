"""Names printed in parts joined by ``·``: transliterated foreign names whose parts jieba knows
(玛丽亚·罗德里格斯) and Uyghur or Kazakh names whose parts it does not (阿依古丽·买买提),
each counted only where a role word stands before it or a cue after it.
"""

from __future__ import annotations

import re
from functools import cache

from teipress import lexicon as _lexicon
from teipress.encode.name_parts import CJK, DOTTED_PART_MAX, NOT_IN_GIVEN_NAME, is_proper_noun
from teipress.encode.name_span import cue_at
from teipress.encode.person_cues import KIN_WORDS, after_role


def with_given_names(text: str, start: int, end: int) -> tuple[int, int]:
    """A transliterated name found by its last part (``约翰·史密斯说``: 史密斯) reaches back
    over its parts joined by ``·``, each a word jieba tags as a transliterated name."""
    while start >= 2 and text[start - 1] == "·":
        words = _lexicon.tokenizer().lcut(text[max(0, start - 8): start - 1])
        part = words[-1] if words else ""
        if not part or not re.fullmatch(f"[{CJK}]+", part) or not (
                _lexicon.word_tag(part) or "").startswith("nr"):
            break
        start -= len(part) + 1
    return start, end


def transliterated(text: str) -> list[tuple[int, int]]:
    """A foreign name written in parts joined by ``·`` (玛丽亚·罗德里格斯), its parts words
    jieba tags as names (one may be tagged a place: 加西亚), after a role word or before a
    speech verb, or anywhere where it is two parts, each a name jieba knows."""
    spans = []
    for m in re.finditer(f"[{CJK}]+(?:·[{CJK}]+)+", text):
        parts = m.group().split("·")
        first = _lexicon.tokenizer().lcut(parts[0])
        last = _lexicon.tokenizer().lcut(parts[-1])
        if not first or not last:
            continue
        tags = [_lexicon.word_tag(word) or "" for word in (first[-1], last[0])]
        # both parts names (nr…), or one a name and the other one jieba knows as a place
        if not all(tag.startswith(("nr", "ns")) for tag in tags) or not any(
                tag.startswith("nr") for tag in tags):
            continue
        start = m.start() + len(parts[0]) - len(first[-1])
        end = m.end() - len(parts[-1]) + len(last[0])
        before = text[max(0, start - 6): start]
        after_role = any(before.endswith(role) for role in _lexicon.roles())
        # two parts, each a name jieba knows of two characters or more (约翰·史密斯): the
        # form says it alone
        whole = len(parts) == 2 and all(tag.startswith("nr") for tag in tags) \
            and min(len(first[-1]), len(last[0])) >= 2
        if after_role or whole or cue_at(text, end):
            spans.append((start, end))
    return spans


# A character this common as a verb, preposition, adverb, conjunction, particle or measure
# word ends a transliterated name's last part ('买买提家的', '艾山会说', '努尔兰带着').
_NAME_BREAK_FREQ = 20_000


def _breaks_name(ch: str) -> bool:
    tag = _lexicon.word_tag(ch) or ""
    common = tag in ("v", "p", "d", "c", "q") or tag.startswith("u")
    return ch in NOT_IN_GIVEN_NAME or (common and _lexicon.word_freq(ch) >= _NAME_BREAK_FREQ)


def _past_ordinary_words(text: str, start: int, end: int) -> int:
    """Where a dotted name's first part starts once the ordinary words in front of it are
    left out ('主讲人安娜·…': 主讲人 is a dictionary word and no name; a part jieba does not
    know falls apart into single characters, which are kept)."""
    for word in _lexicon.tokenizer().lcut(text[start:end], HMM=False):
        if len(word) < 2 or not _lexicon.word_freq(word) \
                or (_lexicon.word_tag(word) or "").startswith("nr") or end - start - len(word) < 2:
            break
        start += len(word)
    return start


def _in_transliteration(text: str, i: int) -> bool:
    """Whether the character at i ends a transliterated name jieba lists with the one before
    it (彼得 in 叶莲娜·彼得罗娃): there 得 is a syllable, not the particle."""
    return i > 0 and _lexicon.word_tag(text[i - 1 : i + 1]) == "nrt"


def _opens_transliteration(text: str, i: int) -> bool:
    """Whether the character at i opens, with the one after it, a transliterated syllable pair
    jieba lists as a proper noun (比亚 in 努尔比亚·…: there 比 is a syllable, not the
    preposition), in a first part read back from its dot."""
    return is_proper_noun(text[i : i + 2])


def _role_before(text: str, i: int) -> bool:
    """Whether a role word, listed or ending like one (乘务员), ends right before i."""
    before = text[max(0, i - 6): i]
    return any(before.endswith(role) for role in (*_lexicon.roles(), *KIN_WORDS)) \
        or after_role(text, i)


def _name_word_at(text: str, i: int) -> int:
    """The length of a name jieba knows starting at i with a character that would otherwise
    end the name ('达里斯·米勒贡献': 米 is a measure word, 米勒 a transliterated name), 0 if
    none."""
    if i >= len(text) or not _breaks_name(text[i]):
        return 0
    words = _lexicon.tokenizer().lcut(text[i : i + DOTTED_PART_MAX], HMM=False)
    first = words[0] if words else ""
    return len(first) if len(first) >= 2 and (_lexicon.word_tag(first) or "").startswith("nr") \
        else 0


def _unknown_word_at(text: str, i: int) -> int:
    """The length of the word jieba's segmenter cuts out at i where its dictionary has no
    such word (阿不都 in '木拉提·阿不都主持会议': a transliteration, whose syllables 不 and
    都 would otherwise end the part; the caller stops it before a speech verb it swallowed:
    '基马尼说'), if a clean boundary follows it: a break in the text or
    a dictionary word of two characters or more (not '艾山会|说': there 会 is a verb of its
    own); 0 otherwise."""
    words = _lexicon.tokenizer().lcut(text[i : i + 2 * DOTTED_PART_MAX])
    first, after = [*words, "", ""][:2]
    clean_after = not re.match(f"[{CJK}]", after) or (
        len(after) >= 2 and bool(_lexicon.word_freq(after)))
    return len(first) if 2 <= len(first) <= DOTTED_PART_MAX and clean_after \
        and re.fullmatch(f"[{CJK}]+", first) and not _lexicon.word_freq(first) else 0


# The shortest part of a dotted name (娜仁, 艾山).
_PART_MIN = 2


@cache
def _listed_endings() -> frozenset[str]:
    """The last two characters of the Uyghur and Kazakh name elements listed whose last one
    would end a part as a function word (布都 of 阿布都: 都 is the adverb elsewhere)."""
    return frozenset(p[-2:] for p in _lexicon.turkic_name_parts()
                     if len(p) >= 3 and _breaks_name(p[-1]))


def _listed_ending_at(text: str, part_start: int, end: int) -> int:
    """1 where a part of two characters or more stopped before a character that, with the
    part's last one, ends a listed element (叶尔兰·哈布都在…: 哈布都 as 阿布都 ends), else 0."""
    return int(end - part_start >= _PART_MIN and end < len(text)
               and text[end - 1 : end + 1] in _listed_endings())


def _listed_element_at(text: str, i: int) -> int:
    """The length of the longest listed Uyghur or Kazakh name element of three characters or
    more opening a part at i (阿不都 of 阿不都热依木: its 不 and 都 are syllables there, not
    the adverbs that would end the part), 0 if none."""
    return max((len(p) for p in _lexicon.turkic_name_parts()
                if len(p) >= 3 and text.startswith(p, i)), default=0)


def _verb_after_part(text: str, part_start: int, end: int) -> bool:
    """Whether a part of two characters or more is followed by a verb of two characters the
    dictionary knows, the clause's verb after the name ('杜拉尔·娜仁合唱《…》': 合唱)."""
    return end - part_start >= _PART_MIN and _lexicon.word_tag(text[end : end + 2]) == "v"


def dotted_by_context(text: str) -> list[tuple[int, int]]:
    """A name printed in parts joined by ``·`` whose parts jieba does not know (Uyghur,
    Kazakh names: 阿依古丽·买买提, 努尔兰·加克斯勒克): the first part starts after a role
    word or a break in the text (punctuation, a function word that opens no syllable pair
    jieba lists: 比 of 努尔比亚), past the ordinary words in front of it (华人后裔 + 何塞·冼);
    the last part runs until a function word; the name counts only where a role word
    stands before it or a speech verb or a form of address after it."""
    cjk = re.compile(f"[{CJK}]")
    spans = []
    pos = 0
    while (dot := text.find("·", pos)) > 0:
        pos = dot + 1
        start = next((dot - k for k in range(2, DOTTED_PART_MAX + 1)
                      if dot - k >= 0 and _role_before(text, dot - k)), None)
        role = start is not None
        if start is None:
            start = dot
            while start > 0 and cjk.match(text[start - 1]) and not (
                    _breaks_name(text[start - 1]) and not _opens_transliteration(text, start - 1)):
                start -= 1
        start = _past_ordinary_words(text, start, dot)
        if dot - start < 2 or dot - start > DOTTED_PART_MAX:
            continue
        end = dot
        while end < len(text) and text[end] == "·":  # each part after a dot
            part_start = end = end + 1
            if known := _name_word_at(text, part_start):
                end += known
                continue
            end += _listed_element_at(text, part_start)
            while end < len(text) and cjk.match(text[end]) and end - part_start < DOTTED_PART_MAX \
                    and not (_breaks_name(text[end]) and not _in_transliteration(text, end)) \
                    and not cue_at(text, end) and not _verb_after_part(text, part_start, end):
                end += 1
            end += _listed_ending_at(text, part_start, end)
            unknown_end = part_start + _unknown_word_at(text, part_start)
            if not any(cue_at(text, k) for k in range(end, unknown_end)):
                end = max(end, unknown_end)
            if end == part_start:
                break
        pos = max(pos, end)
        if end > dot + 1 and text[end - 1] != "·" and (role or cue_at(text, end)):
            spans.append((start, end))
    return spans
