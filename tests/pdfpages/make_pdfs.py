"""Typeset the hand-written test pages as newspaper page PDFs, and write their gold.

Sources: the dev set is typeset from the text pages' sources (``tests/pages/src/*.toml``), each
held-out set from its own sources (``heldout/src/*.toml``, ``heldout2/src/*.toml``,
``heldout3/src/*.toml``, ``heldout4/src/*.toml``, ``heldout5/src/*.toml``,
``heldout6/src/*.toml``, ``heldout7/src/*.toml``: same format, written for it and never used
for tuning). Each source is read by ``tests/pages/make_pages.py``'s ``Page`` (one reader of
the format, one gold writer), planned by ``layout.py`` and typeset by two engines:

  chromium  HTML + CSS (grid bands, multi-column bodies) printed by headless Chromium (Skia);
  typst     Typst markup compiled by the Typst compiler (its own layout, fonts and PDF writer).

Output per source and typesetter: ``<set>/<page>-<typesetter>.pdf`` and ``.gold.json``: the
text pages' gold (``Page.gold``) plus ``section_starts`` (the index of the first paragraph
under each subhead), ``source`` naming the PDF. Every PDF is read back with ``pdftotext``:
generation fails if words are printed over other words or off the page, if a gold string is
missing from its text (``pdftotext -raw``: the order the page draws its text in, so a
paragraph set over two columns reads whole; the default reading order of ``pdftotext`` may
move a column elsewhere, as it does on real pages) or if the PDF has more than one page.

usage: python tests/pdfpages/make_pdfs.py [--set SET] [--only PAGE] [--typesetter T]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "pages")]

import layout  # noqa: E402
import make_pages  # noqa: E402
from readback import overlapping_words, page_count, pdftotext  # noqa: E402

SETS = {"dev": HERE.parent / "pages" / "src", "heldout": HERE / "heldout" / "src",
        "heldout2": HERE / "heldout2" / "src", "heldout3": HERE / "heldout3" / "src",
        "heldout4": HERE / "heldout4" / "src", "heldout5": HERE / "heldout5" / "src",
        "heldout6": HERE / "heldout6" / "src",
        "heldout7": HERE / "heldout7" / "src",
        "heldout8": HERE / "heldout8" / "src",
        "heldout9": HERE / "heldout9" / "src",
        "heldout10": HERE / "heldout10" / "src",
        "heldout11": HERE / "heldout11" / "src",
        "heldout12": HERE / "heldout12" / "src",
        "heldout13": HERE / "heldout13" / "src",
        "heldout14": HERE / "heldout14" / "src",
        "heldout15": HERE / "heldout15" / "src",
        "heldout16": HERE / "heldout16" / "src",
        "heldout17": HERE / "heldout17" / "src",
        "heldout18": HERE / "heldout18" / "src",
        "heldout19": HERE / "heldout19" / "src",
        "heldout20": HERE / "heldout20" / "src",
        "heldout21": HERE / "heldout21" / "src",
        "heldout22": HERE / "heldout22" / "src",
        "heldout23": HERE / "heldout23" / "src"}
TYPESETTERS = ("chromium", "typst")
WS = re.compile(r"\s+")


def norm(text: str) -> str:
    return WS.sub("", text)


def section_starts(art: dict) -> list[int]:
    """For each subhead of an article, the index in its gold paragraphs of the first one after."""
    starts, index = [], 1 if art.get("lead") else 0
    for item in art["body"]:
        if isinstance(item, dict):
            starts.append(index)
        else:
            index += 1
    return starts


def gold_for(page: make_pages.Page, pdf_name: str) -> dict:
    gold = page.gold(pdf_name)
    for art, entry in zip(page.spec["articles"], gold["articles"], strict=True):
        if entry["section_heads"]:
            entry["section_starts"] = section_starts(art)
    return gold


def gold_strings(gold: dict) -> list[str]:
    """Everything the gold says is printed on the page, whitespace removed."""
    out = [gold["page"]["n"], gold["page"].get("section") or ""]
    out += [name for _, name in gold["page"]["editors"]]
    for art in gold["articles"]:
        out += [art[k] for k in ("kicker", "headline", "subtitle") if art.get(k)]
        out += art["bylines"] + art["section_heads"] + art["paragraphs"]
    for fig in gold["figures"]:
        credits = fig["credit"] if isinstance(fig["credit"], list) else [fig["credit"]]
        out += [fig["caption"], *credits, *([fig["title"]] if fig["title"] else [])]
    out += gold["policy_quotes"] + gold.get("persons", [])
    return [norm(s) for s in out if norm(s)]


def check(pdf: Path, gold: dict) -> list[str]:
    """Problems with a typeset page: not one page, text printed over text, or gold strings
    missing from its text."""
    problems = [] if page_count(pdf) == 1 else [f"{pdf.name}: {page_count(pdf)} pages"]
    problems += [f"{pdf.name}: overprinted: {pair}" for pair in overlapping_words(pdf)]
    text = norm(pdftotext(pdf, "-raw"))  # content-stream order: a paragraph stays whole
    problems += [f"{pdf.name}: not in pdftotext: {s[:30]}…" for s in gold_strings(gold)
                 if s not in text]
    return problems


def typesetter(name: str):
    if name == "chromium":
        from html_page import ChromiumTypesetter
        return ChromiumTypesetter()
    from typst_page import TypstTypesetter
    return TypstTypesetter()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append")
    parser.add_argument("--only", action="append", help="page name (repeatable)")
    parser.add_argument("--typesetter", choices=TYPESETTERS, action="append")
    args = parser.parse_args(argv)
    problems: list[str] = []
    for set_name in args.set or sorted(SETS):
        out_dir = HERE / set_name
        out_dir.mkdir(exist_ok=True)
        sources = [s for s in sorted(SETS[set_name].glob("*.toml"))
                   if not args.only or s.stem in args.only]
        for ts_name in args.typesetter or TYPESETTERS:
            with typesetter(ts_name) as engine:
                for source in sources:
                    page = make_pages.Page(source)
                    pdf = out_dir / f"{page.name}-{ts_name}.pdf"
                    engine.typeset(layout.plan_page(page, ts_name), pdf)
                    gold = gold_for(page, pdf.name)
                    pdf.with_suffix(".gold.json").write_text(
                        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
                    found = check(pdf, gold)
                    problems += found
                    print(f"{pdf.relative_to(HERE)} {pdf.stat().st_size // 1024} KB"
                          + (f" ({len(found)} problems)" if found else ""))
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
