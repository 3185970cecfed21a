"""Persons by the form a name is printed in, over sentences written in the forms papers print
(tests/data/name_forms/sentences.tsv; no test page's text): each kind is held to issue #14's
persons targets, so a mechanism that reads a kind keeps reading it on pages never seen.
bench/names_by_kind.py prints the same figures by kind.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from teipress.encode.names import find_mentions

SENTENCES = Path(__file__).parent / "data" / "name_forms" / "sentences.tsv"
# Sentences whose names no finder reads yet, with the reason (recall counts them all the same).
PENDING = {
    "刺绣非遗传承人玉应叫带着姐妹们增收致富。":
        "a Dai name of three characters run into a verb with no mark after it: 玉应 or 玉应叫",
}


def _cases() -> list[tuple[str, str, set[str]]]:
    rows = []
    for line in SENTENCES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, text, *persons = line.split("\t")
            rows.append((kind, text, {p for p in "".join(persons).split("、") if p}))
    return rows


CASES = _cases()


def _found(text: str) -> set[str]:
    return {m.name for m in find_mentions(text) if m.kind == "person"}


@pytest.mark.parametrize(("kind", "text", "want"),
                         [case for case in CASES if case[1] not in PENDING],
                         ids=[f"{kind}-{n}" for n, (kind, text, _) in enumerate(CASES)
                              if text not in PENDING])
def test_each_sentence_names_exactly_its_persons(kind: str, text: str, want: set[str]) -> None:
    assert _found(text) == want


def test_every_kind_meets_the_targets_with_its_pending_names() -> None:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # right, found, wanted
    for kind, text, want in CASES:
        got = _found(text)
        counts[kind][0] += len(got & want)
        counts[kind][1] += len(got)
        counts[kind][2] += len(want)
    right, got, want = (sum(c[k] for c in counts.values()) for k in range(3))
    assert right / got >= 0.95
    assert right / want >= 0.90
    assert all(c[0] == c[1] for c in counts.values())  # no kind finds a wrong name


def test_the_table_holds_every_kind_and_sentences_with_no_person() -> None:
    kinds = {kind for kind, _text, _want in CASES}
    assert {"name_list", "head_roll", "head_credit", "joint_signature", "bare_credit",
            "mongolian", "dai", "turkic", "transliterated", "quote_signed", "none",
            "verb_after_role", "place_people", "question_form", "price_list",
            "name_end_conjunction", "cast_caption", "role_word_across",
            "word_surname", "verb_final_name", "leaders_attending", "qa_turns",
            "appointment_line", "role_ending", "number_head", "org_after_role",
            "speech_word", "coordinate_verbs", "verse", "unit_section",
            "nominee_space", "tibetan_cut", "works_author", "reader_signature"} <= kinds
    assert all(not want for kind, _text, want in CASES if kind == "none")
    assert set(PENDING) <= {text for _kind, text, _want in CASES}
