"""Score the converter on every page that has a gold structure: the sample and tests/pages.

usage: python bench/score_pages.py [PAGE.txt ...]
Prints one line per page (score, then the components) and the mean. The sample's gold
and the scorer are the copies under tests/shared/.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path

from teipress.convert import convert_file
from teipress.edition import Edition

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / "tests" / "shared"
COMPONENTS = ("chars", "header", "paragraphs", "articles", "figures", "policy",
              "persons_precision", "persons_recall")


def gold_pages() -> list[tuple[Path, Path]]:
    pages = [(ROOT / "editions" / "wuhai-daily" / "2022-11-22" / "03.txt",
              SHARED / "samples" / "wuhai-daily-2022-11-22-p03.gold.json")]
    pages += [(txt, txt.with_suffix(".gold.json"))
              for txt in sorted((ROOT / "tests" / "pages").glob("*.txt"))]
    return [(txt, gold) for txt, gold in pages if gold.exists()]


def main(argv: list[str]) -> None:
    spec = importlib.util.spec_from_file_location("score_page", SHARED / "tools" / "score_page.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    pages = [(Path(a), Path(a).with_suffix(".gold.json")) for a in argv] or gold_pages()
    totals = []
    print(f"{'page':48} score " + " ".join(c[:6] for c in COMPONENTS))
    with tempfile.TemporaryDirectory() as tmp:
        for txt, gold in pages:
            target = Path(tmp) / (txt.stem + ".xml")
            data, _encoding = convert_file(txt, target, Edition())
            target.write_bytes(data)
            result = scorer.score(str(txt), str(target), str(gold))
            totals.append(result["score"])
            print(f"{txt.stem[:48]:48} {result['score']:.3f} "
                  + " ".join(f"{result.get(c, 0):.3f}" for c in COMPONENTS))
    print(f"{'mean over ' + str(len(totals)) + ' pages':48} {sum(totals) / len(totals):.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
