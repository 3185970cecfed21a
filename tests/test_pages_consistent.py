"""The test pages in tests/pages agree with their hand-written sources and with their gold.

The pages are the converter's benchmark on papers and extractors we have no real text of, so a
page whose gold names text that is not on it, or whose extractor variants print different
characters, would measure the converter against a mistake of ours.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

PAGES = Path(__file__).resolve().parent / "pages"

_spec = importlib.util.spec_from_file_location("make_pages", PAGES / "make_pages.py")
assert _spec is not None and _spec.loader is not None
make_pages = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("make_pages", make_pages)  # dataclasses look their module up there
_spec.loader.exec_module(make_pages)

TXTS = sorted(PAGES.glob("*.txt"))
WS = re.compile(r"\s+")


def norm(text: str) -> str:
    return WS.sub("", text)


def gold_of(txt: Path) -> dict:
    return json.loads(txt.with_suffix(".gold.json").read_text(encoding="utf-8"))


def page_of(txt: Path) -> str:
    return txt.stem.rsplit("-", 1)[0]


def starts(raw: str, paragraph: str) -> list[int]:
    """Offsets in ``raw`` where ``paragraph`` begins, whatever whitespace the extractor put in."""
    head = norm(paragraph)
    pattern = r"\s*".join(map(re.escape, head))
    return [m.start() for m in re.finditer(pattern, raw)]


def test_committed_files_are_what_the_sources_generate():
    generated = make_pages.all_outputs()
    committed = {p.name for p in PAGES.iterdir() if p.name.endswith((".txt", ".gold.json"))}
    assert committed == set(generated)
    for name, text in generated.items():
        assert (PAGES / name).read_text(encoding="utf-8") == text, f"{name} is stale"


def test_there_are_pages_of_every_extractor():
    extractors = Counter(t.stem.rsplit("-", 1)[1] for t in TXTS)
    assert set(extractors) == set(make_pages.EXTRACTORS)
    pages = Counter(page_of(t) for t in TXTS)
    assert len(pages) >= 6
    assert sum(1 for n in pages.values() if n >= 3) >= 3


@pytest.mark.parametrize("txt", TXTS, ids=lambda p: p.stem)
def test_everything_the_gold_names_is_printed(txt: Path):
    raw = txt.read_text(encoding="utf-8")
    flat = norm(raw)
    gold = gold_of(txt)
    assert gold["source"] == txt.name
    wanted = [gold["page"]["n"], gold["page"]["section"] or ""]
    wanted += [part for pair in gold["page"]["editors"] for part in pair]
    for art in gold["articles"]:
        wanted += [art["kicker"] or "", art["headline"], art["subtitle"] or ""]
        wanted += art["bylines"] + art["section_heads"] + art["paragraphs"]
        assert art["paragraphs"], art["headline"]
    for fig in gold["figures"]:
        credits = fig["credit"] if isinstance(fig["credit"], list) else [fig["credit"]]
        wanted += [fig["title"] or "", fig["caption"], *credits]
    wanted += gold["policy_quotes"] + gold["persons"]
    missing = [w for w in wanted if norm(w) not in flat]
    assert not missing


@pytest.mark.parametrize("txt", TXTS, ids=lambda p: p.stem)
def test_policy_quotes_stand_inside_quotation_marks(txt: Path):
    flat = norm(txt.read_text(encoding="utf-8"))
    for quote in gold_of(txt)["policy_quotes"]:
        assert re.search("[“‘]" + re.escape(norm(quote)) + "[”’]", flat), quote


def test_paragraphs_are_unique_on_their_page():
    for txt in TXTS:
        flat = norm(txt.read_text(encoding="utf-8"))
        for art in gold_of(txt)["articles"]:
            for par in art["paragraphs"]:
                assert flat.count(norm(par)) == 1, par


def test_extractor_variants_print_the_same_characters():
    by_page: dict[str, list[Path]] = {}
    for txt in TXTS:
        by_page.setdefault(page_of(txt), []).append(txt)
    for variants in by_page.values():
        counts = [Counter(norm(t.read_text(encoding="utf-8"))) for t in variants]
        golds = [{k: v for k, v in gold_of(t).items() if k != "source"} for t in variants]
        assert all(c == counts[0] for c in counts), [t.name for t in variants]
        assert all(g == golds[0] for g in golds), [t.name for t in variants]


@pytest.mark.parametrize("txt", [t for t in TXTS if t.stem.endswith("-pdftotext")],
                         ids=lambda p: p.stem)
def test_pdftotext_pages_end_paragraphs_without_blank_lines(txt: Path):
    raw = txt.read_text(encoding="utf-8")
    assert raw.endswith("\n\n\f") and raw.count("\f") == 1
    for art in gold_of(txt)["articles"]:
        for par in art["paragraphs"][2:]:
            (at,) = starts(raw, par)
            assert raw[at - 1] == "\n" and raw[at - 2] != "\n", par


@pytest.mark.parametrize("txt", [t for t in TXTS if t.stem.endswith("-pdfminer")],
                         ids=lambda p: p.stem)
def test_pdfminer_pages_end_paragraphs_with_blank_lines(txt: Path):
    raw = txt.read_text(encoding="utf-8")
    assert "\f" not in raw
    body = "".join(norm(p) for art in gold_of(txt)["articles"] for p in art["paragraphs"])
    for art in gold_of(txt)["articles"]:
        heads = [norm(h) for h in art["section_heads"]]
        for par in art["paragraphs"]:
            (at,) = starts(raw, par)
            before = raw[:at].rstrip(" ")
            if before.endswith("\n\n") or not before.endswith("\n"):
                continue  # a box of its own, or run on after a dateline
            last_line = norm(before[:-1].rsplit("\n", 1)[-1])
            # a subhead or a label glued on, never the text before
            assert any(h.endswith(last_line) for h in heads) or last_line not in body, par
