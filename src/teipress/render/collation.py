"""Registers in the order Chinese readers look names up: by pinyin, under letter headings.

pypinyin (MIT) reads the characters, words before characters, so 重庆 is chong qing and
银行 yin hang; a person's surname is read as a surname (曾 zeng, 单 shan) from the short list
in ``data/surname_readings.txt``. Names starting with a Latin letter file under that
letter; anything else under ``#``, last.
"""

from __future__ import annotations

from functools import cache

from teipress.resources import data_text

OTHER = "#"


@cache
def _surname_readings() -> dict[str, tuple[str, ...]]:
    readings = {}
    for line in data_text("teipress.render", "surname_readings.txt").splitlines():
        if line and not line.startswith("#"):
            surname, reading = line.split("\t")
            readings[surname] = tuple(reading.split())
    return readings


def reading(name: str, person: bool = False) -> tuple[str, ...]:
    """The name's pinyin, syllable by syllable (characters pypinyin cannot read kept as
    they are, lowercased)."""
    from pypinyin import Style, lazy_pinyin  # loads its dictionaries: only for registers

    head: tuple[str, ...] = ()
    if person:
        for surname, syllables in sorted(_surname_readings().items(), key=lambda s: -len(s[0])):
            if name.startswith(surname):
                head, name = syllables, name[len(surname):]
                break
    return head + tuple(s.lower() for s in lazy_pinyin(name, style=Style.NORMAL,
                                                       errors=lambda text: list(text)))


def letter(syllables: tuple[str, ...]) -> str:
    first = syllables[0][:1].upper() if syllables else ""
    return first if "A" <= first <= "Z" else OTHER


def sort_key(name: str, person: bool = False) -> tuple:
    syllables = reading(name, person)
    initial = letter(syllables)
    return (initial == OTHER, initial, syllables, name)
