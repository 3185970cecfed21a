"""Persons and policy quotations on the sets tuned on for them (tests/pages/README.md), held to
issue #14's targets on every page once the rounds that tuned on them had: each set was scored
once unseen, then its names and quotations were read by general rules, and must stay read.
(test_convert_pages holds every page's structure; this holds the persons targets, which its
floors do not.)
"""

from __future__ import annotations

import pytest

from conftest import ROOT, load_scorer
from teipress.convert import convert_file
from teipress.edition import Edition

# The sets held to the targets: the papers of each, three extractors a paper.
SETS = {
    "eleventh": ("audit-news-2025-12-10-p03", "customs-news-2026-02-26-p04",
                 "postal-news-2025-11-12-p02", "procuratorate-news-2026-04-16-p03"),
    "twelfth": ("insurance-news-2026-01-21-p03", "court-news-2026-03-18-p04",
                "coal-news-2025-09-10-p02", "teachers-news-2026-04-08-p03"),
    "thirteenth": ("disability-news-2026-05-20-p03", "tv-news-2026-02-11-p05",
                   "coop-news-2025-10-16-p02", "digest-news-2026-03-25-p06"),
    "fourteenth": ("discipline-news-2026-01-14-p03", "veterans-news-2026-04-01-p02",
                   "books-news-2026-04-22-p07", "redcross-news-2025-09-15-p04"),
    "fifteenth": ("police-news-2026-01-10-p04", "corps-daily-2026-05-27-p03",
                  "archives-news-2026-06-09-p02", "fishery-news-2026-05-06-p03"),
    "sixteenth": ("steppe-daily-2026-06-27-p02", "securities-news-2026-04-28-p05",
                  "construction-news-2026-07-22-p03", "telecom-news-2026-09-15-p06"),
    "seventeenth": ("yunxi-news-2026-08-18", "shipping-weekly-2026-05-14",
                    "quancheng-metro-2026-10-09", "bagui-grid-2026-11-20"),
    "nineteenth": ("longyuan-congress-2026-10-28", "xiangqi-news-2026-07-15",
                   "zhongyuan-science-2026-05-20", "liupan-rural-2026-09-09"),
    "twentieth": ("silu-travel-2026-07-22", "guangling-evening-2026-03-18",
                  "hecheng-elders-2026-06-24", "saishang-transport-2026-09-09"),
    "twenty-first": ("dianzhong-tobacco-2026-05-20", "wudang-motor-2026-08-12",
                     "dabie-laoqu-2026-10-14", "sailimu-pastoral-2026-11-04"),
    "twenty-second": ("sanqu-metro-2026-10-21", "hehuang-power-2026-06-10",
                      "xunhe-county-2026-07-01", "minnan-medical-2026-11-18"),
    "twenty-fourth": ("yingkou-port-2026-08-26", "wanbei-agritech-2026-07-08",
                      "wuyi-qiaobao-2026-09-23", "dongzhiyuan-daily-2026-10-28"),
    "twenty-fifth": ("lvdao-evening-2026-05-13", "huizhou-morning-2026-03-11",
                     "jianhu-daily-2026-12-02", "heluo-evening-2026-11-25"),
}
PAGES = {name: sorted(page for page in (ROOT / "tests" / "pages").glob("*.txt")
                      if page.stem.startswith(papers))
         for name, papers in SETS.items()}


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[str, dict]:
    scorer = load_scorer()
    out = tmp_path_factory.mktemp("persons")
    results = {}
    for page in (page for pages in PAGES.values() for page in pages):
        target = out / (page.stem + ".xml")
        data, _encoding = convert_file(page, target, Edition())
        target.write_bytes(data)
        results[page.stem] = scorer.score(str(page), str(target),
                                          str(page.with_suffix(".gold.json")))
    return results


@pytest.mark.parametrize("name", SETS)
def test_every_page_of_the_set_is_there(name: str) -> None:
    assert len(PAGES[name]) == 12  # four papers × three extractors


@pytest.mark.parametrize("name", SETS)
def test_persons_meet_the_issues_targets_on_every_page(scores, name: str) -> None:
    low = {page.stem: (round(scores[page.stem]["persons_precision"], 3),
                       round(scores[page.stem]["persons_recall"], 3))
           for page in PAGES[name]
           if scores[page.stem]["persons_precision"] < 0.95
           or scores[page.stem]["persons_recall"] < 0.90}
    assert not low, low


@pytest.mark.parametrize("name", SETS)
def test_every_policy_quotation_is_found(scores, name: str) -> None:
    assert {page.stem: scores[page.stem]["policy"] for page in PAGES[name]
            if scores[page.stem]["policy"] < 1.0} == {}
