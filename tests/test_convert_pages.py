"""Pages of other papers and other extractors, scored against their hand-written gold.

The pages under tests/pages/ imitate how pdfminer, pdftotext and PyMuPDF print a page
(see tests/pages/README.md); the floors keep what the converter reads on them from slipping.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT, load_scorer
from tei import parse, text, xp
from teipress.convert import convert_file
from teipress.edition import Edition

PAGES = sorted((ROOT / "tests" / "pages").glob("*.txt"))
PAGE_FLOOR = 0.90
MEAN_FLOOR = 0.985  # the tuned pages (the twelfth set now with them) read .985 after text9
# Pages written after the rules were tuned, to measure whether they generalise
# (bench/score_pages.py prints their scores): every character must still be kept, but the
# floors hold them only once the converter has been taught what they show.
# Pages written before a round and never tuned on by either path (their PDFs in
# tests/pdfpages/dev neither), scored once by the lead at the round's end. Empty between
# rounds: a set scored once is tuned on from the round that follows and goes under the floors.
NEVER_TUNED: tuple[str, ...] = (
    # the twenty-seventh set, written in session 12's second round and held out for the next
    # session
    "jiujiang-evening-2026-06-17-p07", "kuaiji-daily-2026-11-11-p08",
    "congtai-evening-2026-03-05-p05", "lijiang-elders-2026-09-02-p04",
)
# The nineteenth set, scored once after session 10's first round (0.922), the twentieth,
# scored once after its second (0.937), the twenty-first, scored once at session 11's start
# (0.973), and the twenty-second, scored once after its first round (0.950), are under the
# floors since the rounds that tuned on them (every page .943 or more); the twenty-third,
# scored once after session 11's second round (0.990, every page .973 or more), and the
# twenty-fourth, scored once at session 12's start (0.952, every page .901 or more), since
# their first scores (its port page since session 12's first round lifted its persons
# precision over .85). The twenty-fifth, scored once after session 12's first round (0.913),
# is too (its sports page since session 12's second round read its policy quote after
# 坚持“…”: .829 -> .996 on all three texts). The twenty-sixth, scored once after session 12's
# second round (0.981, every page .934 or more), is too (its health page since session 12's
# third round read a body's short name as no name: persons precision .800 -> .889).
HELD_OUT = NEVER_TUNED


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[Path, Path]:
    out = tmp_path_factory.mktemp("pages")
    results = {}
    for page in PAGES:
        target = out / (page.stem + ".xml")
        data, _encoding = convert_file(page, target, Edition())
        target.write_bytes(data)
        results[page] = target
    return results


def test_there_are_pages_of_three_extractors():
    kinds = Counter(page.stem.rsplit("-", 1)[1] for page in PAGES)
    assert set(kinds) == {"pdfminer", "pdftotext", "pymupdf"}


def test_every_character_is_kept_once(converted):
    for page, xml in converted.items():
        body = xp(parse(xml), "t:text")[0]
        assert Counter(text(body)) == Counter("".join(page.read_text("utf-8").split())), page


def test_structure_scores_against_the_gold(converted):
    scorer = load_scorer()
    scores = {page.stem: scorer.score(str(page), str(xml), str(page.with_suffix(".gold.json")))
              for page, xml in converted.items() if not page.stem.startswith(HELD_OUT)}
    low = {name: round(s["score"], 3) for name, s in scores.items() if s["score"] < PAGE_FLOOR}
    assert not low, f"pages below {PAGE_FLOOR}: {low}"
    mean = sum(s["score"] for s in scores.values()) / len(scores)
    assert mean >= MEAN_FLOOR, f"mean score {mean:.3f} < {MEAN_FLOOR}"
    precision = [s["persons_precision"] for s in scores.values()]
    assert min(precision) >= 0.85, precision


def test_every_held_out_page_is_there():
    assert all(any(page.stem.startswith(name) for page in PAGES) for name in HELD_OUT)
