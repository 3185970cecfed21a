"""Word lists and the jieba segmenter, loaded once: segmentation and encoding both use them
(the surnames and the segmenter to tell names and words apart, the stop lists for keywords
and word overlaps), so they sit below both stages.

jieba takes about a second to load its dictionary, so nothing here runs at import time:
each resource is built on first use and cached for the life of the process. The segmenter is
a private ``jieba.Tokenizer`` with the package's user dictionary, so the analysis never
changes the global ``jieba.dt`` that other code in the same process may use.
"""

from __future__ import annotations

import logging
import math
from functools import cache
from importlib import resources

import jieba
import jieba.posseg
from jieba.posseg.prob_emit import P as _POS_EMIT

jieba.setLogLevel(logging.WARNING)


def _data_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file shipped in ``lexicon/data``."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")]


@cache
def pos_tokenizer() -> jieba.posseg.POSTokenizer:
    """The part-of-speech segmenter with the user dictionary, initialised on first use."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    pos = jieba.posseg.POSTokenizer(tokenizer)
    with resources.as_file(resources.files(__package__).joinpath("data", "userdict.txt")) as p:
        pos.load_userdict(str(p))
    pos.makesure_userdict_loaded()
    return pos


def tokenizer() -> jieba.Tokenizer:
    return pos_tokenizer().tokenizer


def word_freq(word: str) -> int:
    """The word's count in jieba's dictionary; 0 for a non-word (or a mere prefix)."""
    return tokenizer().FREQ.get(word) or 0


def word_logp(word: str) -> float | None:
    """The log of the word's share of jieba's dictionary counts (its unigram probability),
    None for a non-word."""
    freq = word_freq(word)
    return math.log(freq / tokenizer().total) if freq else None


def word_tag(word: str) -> str | None:
    return pos_tokenizer().word_tag_tab.get(word)


# jieba's tag for an abbreviation: a place's short name (粤, 沪, 京).
ABBREVIATION_TAG = "j"
# Characters that (practically) never occur in a given name but often follow one: the name
# tests of both stages read a run holding one as a clause's words, not a name.
NOT_IN_GIVEN_NAME = frozenset(
    "的地得了着过是在和与及说等也就都还把被对从到仅便又已曾并而或让给跟于以因所则但却再才很最"
    "更这那其此该各每们我你他她它吗呢吧啊呀么个些日月年时分秒万亿第向为将里上下中内外前后"
    "副款"  # an office's 副 (原副局长) and money's 款 (钱款), after a role word or a surname
    "员"  # the agent suffix: after a surname's character it makes a role word (关员, 党员)
)


def given_name_logp(char: str, last: bool) -> float | None:
    """How likely jieba's part-of-speech model finds char inside a person's name (state nr,
    in the middle or at the end): the log emission probability, None where the model never
    puts that character there."""
    return _POS_EMIT[("E" if last else "M", "nr")].get(char)


@cache
def surnames() -> frozenset[str]:
    return frozenset(_data_lines("surnames.txt"))


@cache
def byline_surnames() -> frozenset[str]:
    """Surnames where the place says a name is printed (a byline, a credit, the editors
    line): the common list and the 百家姓's surnames that are more often words elsewhere."""
    return surnames() | frozenset(_data_lines("byline_surnames.txt"))


@cache
def tibetan_name_parts() -> frozenset[str]:
    """The elements Tibetan personal names are made of (次仁, 央金): two side by side are a name."""
    return frozenset(_data_lines("tibetan_names.txt"))


@cache
def yi_clan_names() -> frozenset[str]:
    """The clan names Yi personal names open with (沙马, 吉克): a clan and two syllables."""
    return frozenset(_data_lines("yi_clan_names.txt"))


@cache
def turkic_name_parts() -> frozenset[str]:
    """Elements of Uyghur and Kazakh given names (阿依古丽, 吐尔逊, 叶尔兰): no surname."""
    return frozenset(_data_lines("turkic_names.txt"))


@cache
def mongolian_name_parts() -> frozenset[str]:
    """Elements of Mongolian given names (巴特尔, 其其格, 斯琴 + 高娃): no surname."""
    return frozenset(_data_lines("mongolian_names.txt"))


@cache
def dai_name_prefixes() -> frozenset[str]:
    """What Dai names open with in place of a surname (岩 a man, 玉 a woman, 刀 a noble)."""
    return frozenset(_data_lines("dai_name_prefixes.txt"))


@cache
def roles() -> tuple[str, ...]:
    """Role words, longest first so a regex alternation prefers '副组长' over '组长'."""
    return tuple(sorted(set(_data_lines("roles.txt")), key=lambda w: (-len(w), w)))


@cache
def stopwords() -> frozenset[str]:
    return frozenset(_data_lines("stopwords.txt"))


@cache
def news_stopwords() -> frozenset[str]:
    return stopwords() | frozenset(_data_lines("news_stopwords.txt"))


@cache
def gazetteer() -> dict[str, str]:
    """Printed form → register key (the full name) for provinces and major cities."""
    forms: dict[str, str] = {}
    for line in _data_lines("gazetteer.txt"):
        full, *short = line.split()
        for form in (full, *short):
            forms[form] = full
    return forms
