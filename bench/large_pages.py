"""How long the largest page teipress accepts takes to convert, in the shapes that cost most.

The decoder refuses pages over ``MAX_PAGE_BYTES``; this measures what it lets through, so the
limit can be kept where any accepted page converts within a minute. Shapes: the sample page
repeated (ordinary text), one endless line, a run of tiny articles (each with a head, a byline
and a trailing byline: the most articles and heads per byte; assembly scores every head
against every article, so this costs most), and heads only. Each figure is given against the
sample page converted once in the same run.

    PYTHONPATH=src python bench/large_pages.py [--fraction 1.0]
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from teipress.convert import page_id
from teipress.decode import MAX_PAGE_BYTES, decode_page
from teipress.edition import Edition
from teipress.encode.tei import encode_page
from teipress.segment import segment_page

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "editions" / "wuhai-daily" / "2022-11-22" / "03.txt"
HAN = "经济发展绿色低碳产业企业行动市委政府服务群众工作会议推进建设项目文化能源规划生态治理"


def shapes(limit: int) -> dict[str, str]:
    rng = random.Random(0)

    def words(n: int) -> str:
        return "".join(rng.choice(HAN) for _ in range(n))

    def fill(unit) -> str:
        parts: list[str] = []
        size = 0
        while size < limit:
            part = unit()
            size += len(part.encode("utf-8")) + 2
            parts.append(part)
        return "\n\n".join(parts[:-1])

    sample = SAMPLE.read_text("utf-8")
    return {
        "sample repeated": fill(lambda: sample),
        "one endless line": words(limit // 3 - 2) + "。",
        "tiny articles": fill(lambda: f"{words(8)}\n\n本报记者 王明\n\n"
                                      + "\n".join(words(20) for _ in range(3)) + "。\n\n（李华）"),
        "heads only": fill(lambda: words(8)),
    }


def convert(text: str) -> float:
    edition = Edition(paper_id="bench", title="乌海日报")
    start = time.perf_counter()
    decoded = decode_page(text.encode("utf-8"))
    page = segment_page(decoded.text, edition.title)
    encode_page(page, edition, page_id(edition, page, Path("page.txt")))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fraction", type=float, default=1.0,
                        help="measure pages of this fraction of the size limit")
    args = parser.parse_args()
    convert("热身。")  # load jieba's dictionary outside the measurements
    baseline = convert(SAMPLE.read_text("utf-8"))
    limit = int(MAX_PAGE_BYTES * args.fraction)
    print(f"limit {MAX_PAGE_BYTES // 1024} kB; pages of {limit // 1024} kB; "
          f"sample page ({SAMPLE.stat().st_size // 1024} kB) {baseline:.2f} s")
    for name, text in shapes(limit).items():
        seconds = convert(text)
        print(f"{name:18} {len(text.encode('utf-8')) // 1024:5} kB  {seconds:7.2f} s  "
              f"{seconds / baseline:7.0f} x sample")


if __name__ == "__main__":
    main()
