"""Score the converter on every page that has a gold structure: the sample and tests/pages.

usage: python bench/score_pages.py [PAGE.txt ...]
Prints one line per page (score, then the components), the mean of each set of pages (the
sample, the sets of test pages in the order they were written, tests/pages/README.md) with
its persons precision and recall, and the mean over all pages. Without pages it scores every
set but those still held out (``held out`` in their name): a held-out set is scored only when
its pages are passed, once, by the lead at the end of the round that wrote it. The sample's
gold and the scorer are the copies under tests/shared/.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import tempfile
from pathlib import Path

from teipress.convert import convert_file
from teipress.edition import Edition

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / "tests" / "shared"
COMPONENTS = ("chars", "header", "paragraphs", "articles", "figures", "policy",
              "persons_precision", "persons_recall")
# The sets of test pages, by the pages' names (paper and date), in the order they were written.
SETS = {
    "sample": ("wuhai-daily-2022-11-22",),
    "first set": ("national-daily-2023-03-01", "coastal-daily-2023-03-06",
                  "provincial-daily-2023-05-12", "south-daily-2023-06-20",
                  "city-evening-2023-04-08", "national-daily-2023-03-15"),
    "second set": ("national-daily-2023-06-12", "economic-daily-2023-07-18",
                   "county-news-2023-05-04", "tech-daily-2023-08-09",
                   "hebei-daily-2023-07-03", "metro-daily-2023-09-14"),
    "third set": ("theory-daily-2023-10-16", "youth-daily-2023-09-25",
                  "farmers-daily-2023-08-17", "city-daily-2023-11-03"),
    "fourth set": ("congress-daily-2024-03-25", "opinion-daily-2024-02-27",
                              "harbour-evening-2024-01-19", "border-daily-2024-05-08"),
    "fifth set": ("finance-daily-2024-06-18", "world-news-2024-08-20",
                             "district-news-2024-09-10"),
    "sixth set": ("legal-daily-2024-10-15", "arts-review-2024-11-06",
                             "star-evening-2024-09-03", "lakeside-news-2024-12-02"),
    "seventh set": ("overseas-edition-2025-01-14", "ethnic-news-2025-04-01",
                    "railway-news-2025-01-22", "civic-daily-2025-03-14"),
    "eighth set": ("workers-daily-2025-04-29", "defence-weekly-2025-08-01",
                   "elders-news-2025-10-29", "safety-herald-2025-07-16"),
    "ninth set": ("sports-daily-2025-12-15", "health-news-2026-03-24",
                  "university-news-2025-11-20", "womens-daily-2026-03-06"),
    "tenth set": ("tax-news-2026-01-08", "water-news-2025-07-03",
                  "consumer-news-2025-09-18", "party-building-2025-11-26"),
    "eleventh set": ("audit-news-2025-12-10", "customs-news-2026-02-26",
                     "postal-news-2025-11-12", "procuratorate-news-2026-04-16"),
    "twelfth set": ("insurance-news-2026-01-21", "court-news-2026-03-18",
                    "coal-news-2025-09-10", "teachers-news-2026-04-08"),
    "thirteenth set": ("disability-news-2026-05-20", "tv-news-2026-02-11",
                       "coop-news-2025-10-16", "digest-news-2026-03-25"),
    "fourteenth set": ("discipline-news-2026-01-14", "veterans-news-2026-04-01",
                       "books-news-2026-04-22", "redcross-news-2025-09-15"),
    "fifteenth set": ("police-news-2026-01-10", "corps-daily-2026-05-27",
                                 "archives-news-2026-06-09", "fishery-news-2026-05-06"),
    "sixteenth set": ("steppe-daily-2026-06-27", "securities-news-2026-04-28",
                                 "construction-news-2026-07-22", "telecom-news-2026-09-15"),
    "seventeenth set": ("yunxi-news-2026-08-18", "shipping-weekly-2026-05-14",
                        "quancheng-metro-2026-10-09", "bagui-grid-2026-11-20"),
    "eighteenth set": ("ganjiang-daily-2026-09-23", "sanqin-legal-2026-06-17",
                       "bashu-health-2026-08-19", "yeling-news-2026-04-24"),
    "nineteenth set": ("longyuan-congress-2026-10-28", "xiangqi-news-2026-07-15",
                                  "zhongyuan-science-2026-05-20", "liupan-rural-2026-09-09"),
    "twentieth set": ("silu-travel-2026-07-22", "guangling-evening-2026-03-18",
                                 "hecheng-elders-2026-06-24", "saishang-transport-2026-09-09"),
    "twenty-first set": ("dianzhong-tobacco-2026-05-20", "wudang-motor-2026-08-12",
                         "dabie-laoqu-2026-10-14", "sailimu-pastoral-2026-11-04"),
    "twenty-second set": ("sanqu-metro-2026-10-21", "hehuang-power-2026-06-10",
                          "xunhe-county-2026-07-01", "minnan-medical-2026-11-18"),
    "twenty-third set": ("xinganling-forest-2026-06-17", "yanzhao-workers-2026-09-16",
                         "shangdang-evening-2026-03-02", "duliujiang-news-2026-11-11"),
    "twenty-fourth set": ("yingkou-port-2026-08-26", "wanbei-agritech-2026-07-08",
                          "wuyi-qiaobao-2026-09-23", "dongzhiyuan-daily-2026-10-28"),
    "twenty-fifth set": ("lvdao-evening-2026-05-13", "huizhou-morning-2026-03-11",
                         "jianhu-daily-2026-12-02", "heluo-evening-2026-11-25"),
    "twenty-sixth set": ("yishui-county-2026-03-25", "taixing-daily-2026-09-30",
                         "suqian-evening-2026-11-18", "xiangzhong-business-2026-08-06"),
    "twenty-seventh set (held out)": ("jiujiang-evening-2026-06-17", "kuaiji-daily-2026-11-11",
                                      "congtai-evening-2026-03-05", "lijiang-elders-2026-09-02"),
}


def name_of(page: Path) -> str:
    """A page's name: a test page's file name, an edition's page as paper-date (wuhai-…)."""
    if page.parent.parent.parent.name == "editions":
        return f"{page.parent.parent.name}-{page.parent.name}-p{page.stem}"
    return page.stem


def set_of(page: Path) -> str:
    return next((name for name, prefixes in SETS.items()
                 if name_of(page).startswith(prefixes)), "other")


def paper_of(page: Path) -> str:
    """The paper a page imitates: its name up to the date (national-daily …)."""
    match = re.match(r"(.+?)-\d{4}-\d{2}-\d{2}", name_of(page))
    return match.group(1) if match else name_of(page)


def gold_pages() -> list[tuple[Path, Path]]:
    pages = [(ROOT / "editions" / "wuhai-daily" / "2022-11-22" / "03.txt",
              SHARED / "samples" / "wuhai-daily-2022-11-22-p03.gold.json")]
    pages += [(txt, txt.with_suffix(".gold.json"))
              for txt in sorted((ROOT / "tests" / "pages").glob("*.txt"))]
    return [(txt, gold) for txt, gold in pages if gold.exists()]


def default_pages() -> list[tuple[Path, Path]]:
    """The pages a run without arguments scores (as tuning runs are): no held-out set's."""
    return [(txt, gold) for txt, gold in gold_pages() if "held out" not in set_of(txt)]


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_page", SHARED / "tools" / "score_page.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def score_all(pages: list[tuple[Path, Path]], scorer, tmp: Path) -> dict[Path, dict]:
    """Convert and score every page with the converter as it is now configured."""
    results = {}
    for txt, gold in pages:
        target = tmp / (txt.stem + ".xml")
        data, _encoding = convert_file(txt, target, Edition())
        target.write_bytes(data)
        results[txt] = scorer.score(str(txt), str(target), str(gold))
    return results


def mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def set_summary(results: dict[Path, dict]) -> list[tuple[str, int, float, float, float]]:
    """Per set of pages: count, mean score, persons precision and recall (means over pages)."""
    rows = []
    for name in [*SETS, "other"]:
        scores = [r for page, r in results.items() if set_of(page) == name]
        if scores:
            rows.append((name, len(scores), mean(r["score"] for r in scores),
                         mean(r.get("persons_precision", 1.0) for r in scores),
                         mean(r.get("persons_recall", 1.0) for r in scores)))
    return rows


def main(argv: list[str]) -> None:
    scorer = load_scorer()
    pages = [(Path(a), Path(a).with_suffix(".gold.json")) for a in argv] or default_pages()
    print(f"{'page':48} score " + " ".join(c[:6] for c in COMPONENTS))
    with tempfile.TemporaryDirectory() as tmp:
        results = score_all(pages, scorer, Path(tmp))
    for txt, result in results.items():
        print(f"{txt.stem[:48]:48} {result['score']:.3f} "
              + " ".join(f"{result.get(c, 0):.3f}" for c in COMPONENTS))
    print(f"\n{'set':28} pages  score  persons P  persons R")
    for name, count, score, precision, recall in set_summary(results):
        print(f"{name:28} {count:5}  {score:.3f}  {precision:9.3f}  {recall:9.3f}")
    print(f"{'mean over ' + str(len(results)) + ' pages':48} "
          f"{mean(r['score'] for r in results.values()):.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
