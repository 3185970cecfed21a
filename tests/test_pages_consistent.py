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
from lxml import etree

from conftest import load_scorer

PAGES = Path(__file__).resolve().parent / "pages"

_spec = importlib.util.spec_from_file_location("make_pages", PAGES / "make_pages.py")
assert _spec is not None
assert _spec.loader is not None
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
    """Offsets in ``raw`` where ``paragraph`` begins, whatever whitespace the extractor put in.
    A paragraph cut where the extractor jumps to another block is found by its first piece."""
    piece = _first_piece(norm(raw), norm(paragraph))
    pattern = r"\s*".join(map(re.escape, piece))
    return [m.start() for m in re.finditer(pattern, raw)] if piece else []


def _first_piece(flat: str, paragraph: str) -> str:
    """The longest start of ``paragraph`` that is printed as it is."""
    end = len(paragraph)
    while end and paragraph[:end] not in flat:
        end -= 1
    return paragraph[:end]


def printed(flat: str, paragraph: str) -> int:
    """How often ``paragraph`` is printed, whole or in two pieces, the second later than the
    first (an extractor that jumps from a column's foot to a caption, then back)."""
    whole = flat.count(paragraph)
    if whole:
        return whole
    first = _first_piece(flat, paragraph)
    rest = paragraph[len(first):]
    return int(bool(first) and flat.find(rest, flat.find(first) + len(first)) >= 0)


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


def test_the_bench_scores_a_held_out_set_only_when_its_pages_are_named():
    """``bench/score_pages.py`` without pages (as tuning runs are) reads no page never tuned on;
    every such page is in a set the bench calls held out."""
    from test_convert_pages import NEVER_TUNED

    spec = importlib.util.spec_from_file_location(
        "score_pages", PAGES.parents[1] / "bench" / "score_pages.py")
    assert spec is not None
    assert spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    default = [txt.name for txt, _gold in bench.default_pages()]
    assert default
    assert not [name for name in default if name.startswith(NEVER_TUNED)]
    never_tuned = [txt for txt in TXTS if txt.name.startswith(NEVER_TUNED)]
    assert len(never_tuned) == 3 * len(NEVER_TUNED)  # none between rounds
    assert all("held out" in bench.set_of(txt) for txt in never_tuned)


@pytest.mark.parametrize("txt", TXTS, ids=lambda p: p.stem)
def test_everything_the_gold_names_is_printed(txt: Path):
    raw = txt.read_text(encoding="utf-8")
    flat = norm(raw)
    gold = gold_of(txt)
    assert gold["source"] == txt.name
    wanted = [gold["page"]["n"], gold["page"]["section"] or ""]
    wanted += [part for pair in gold["page"]["editors"] for part in pair]
    for art in gold["articles"]:
        wanted += [art["kicker"] or "", art["headline"] or "", art["subtitle"] or ""]
        wanted += art["bylines"] + art["section_heads"]
        assert art["paragraphs"], art["headline"]
    for fig in gold["figures"]:
        credits = fig["credit"] if isinstance(fig["credit"], list) else [fig["credit"]]
        # a photo series prints its numbered captions (①…②…) one under each photo
        wanted += [fig["title"] or "", *re.split("(?=[①-⑳])", fig["caption"]), *credits]
    wanted += gold["policy_quotes"] + gold["persons"]
    missing = [w for w in wanted if norm(w) not in flat]
    missing += [p for art in gold["articles"] for p in art["paragraphs"]
                if not printed(flat, norm(p))]
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
                assert printed(flat, norm(par)) == 1, par


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
    assert raw.endswith("\n\n\f")
    assert raw.count("\f") == 1
    for art in gold_of(txt)["articles"]:
        for par in art["paragraphs"][2:]:
            (at,) = starts(raw, par)
            assert raw[at - 1] == "\n", par
            assert raw[at - 2] != "\n", par


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


# -- the gold is reachable: a perfect encoding of the page scores 1 ----------------------------

TEI_NS = "http://www.tei-c.org/ns/1.0"


def _el(parent, tag: str, text: str = "", **attrs):
    el = etree.SubElement(parent, f"{{{TEI_NS}}}{tag}", {k: v for k, v in attrs.items() if v})
    el.text = text
    return el


def _marked(parent, text: str, marks: dict[str, tuple[list[str], dict]]) -> None:
    """Append ``text`` to ``parent``, each span of ``marks`` (printed with any spacing) as
    its tag with its attributes."""
    tag_of = {norm(span): (tag, attrs) for tag, (spans, attrs) in marks.items() for span in spans}
    alternatives = []
    for span in sorted(tag_of, key=len, reverse=True):
        # a quote is only a quote inside quotation marks (not the same words in a 《title》)
        inside = "(?<=[“‘])" if tag_of[span][0] == "quote" else ""
        alternatives.append(inside + r"\s*".join(map(re.escape, span)))
    pattern = "|".join(alternatives)
    pieces = re.split(f"({pattern})", text) if pattern else [text]
    tail = parent[-1] if len(parent) else None
    for i, piece in enumerate(pieces):
        if i % 2:
            tag, attrs = tag_of[norm(piece)]
            tail = _el(parent, tag, piece, **attrs)
        elif tail is None:
            parent.text = (parent.text or "") + piece
        else:
            tail.tail = (tail.tail or "") + piece


def perfect_tei(page) -> bytes:
    """The page as the converter should encode it, built from the hand-written source."""
    spec, names = page.spec, page.gold("")["persons"]
    root = etree.Element(f"{{{TEI_NS}}}TEI", nsmap={None: TEI_NS})
    _perfect_header(_el(root, "teiHeader"), spec["page"])
    body = _el(_el(root, "text"), "body")
    people = {"persName": (names, {})}
    for rid, text in spec.get("furniture", {}).items():
        _marked(_el(body, "fw", type=rid), text, people)
    quotes = {"quote": (spec.get("policy_quotes", []), {"type": "policy"})}
    for art in spec["articles"]:
        _perfect_article(_el(body, "div", type="article"), art, people, quotes | people)
    for fig in spec.get("figures", []):
        _perfect_figure(body, fig, people)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _perfect_header(header, page: dict) -> None:
    file_desc = _el(header, "fileDesc")
    title_stmt = _el(file_desc, "titleStmt")
    for role, name in page["editors"]:
        resp = _el(title_stmt, "respStmt")
        _el(resp, "resp", role)
        _el(resp, "persName", name)
    monogr = _el(_el(_el(file_desc, "sourceDesc"), "biblStruct"), "monogr")
    _el(_el(monogr, "imprint"), "date", when=page["date"])
    _el(monogr, "biblScope", page["n"], unit="page", n=page["n"])
    _el(monogr, "biblScope", page["section"] or "", unit="section")


def _joined(value) -> str:
    return "".join(value) if isinstance(value, list) else value


def _perfect_figure(parent, fig: dict, people: dict) -> None:
    el = _el(parent, "figure")
    if fig.get("title"):
        _el(el, "head", fig["title"])
    for caption in fig.get("captions", [fig.get("caption")]):  # a series: one <p> a photo
        _marked(_el(el, "p"), caption, people)
    if fig.get("credit_text"):
        _marked(_el(el, "byline"), fig["credit_text"], people)


def _perfect_article(div, art: dict, people: dict, in_paragraphs: dict) -> None:
    """One article's div; ``in_paragraphs``: what its paragraphs mark (names, quotations)."""
    for key, kind in (("kicker", "kicker"), ("headline", "main"), ("subtitle", "sub")):
        if art.get(key):
            _el(div, "head", _joined(art[key]), type=kind)
    if art.get("byline"):  # a byline printed on two lines is one byline
        byline = art["byline"]
        _marked(_el(div, "byline"), " ".join(byline) if isinstance(byline, list) else byline,
                people)
    if art.get("dateline", "").startswith("（"):  # a jump line: （上接A01版）
        _el(div, "note", art["dateline"], type="jump")
    elif art.get("dateline"):  # 新华社北京3月5日电 | （记者 王晓岚 刘子墨）
        place_date, bracket, reporters = art["dateline"].partition("（")
        if not bracket:  # 本报讯 | 记者 柯文远 通讯员 雷小勇
            place_date, bracket, reporters = art["dateline"].strip().partition(" ")
        _el(div, "dateline", place_date)
        _marked(_el(div, "byline"), bracket + reporters, people)
    if art.get("lead"):
        argument = _el(div, "argument")
        if art.get("lead_label"):  # 编者按：
            _el(argument, "head", art["lead_label"])
        _marked(_el(argument, "p"), art["lead"], in_paragraphs)
    section = div
    for item in art["body"]:
        if isinstance(item, dict):
            section = _el(div, "div", type="section")
            _el(section, "head", _joined(item["head"]))
        else:
            _marked(_el(section, "p"), item, in_paragraphs)
    for extra in art.get("extras", []):  # <list><item>, <closer><signed>, <note>…
        parent = _el(div, extra["tag"], type=extra.get("type")) if extra.get("tag") else div
        tags = extra["item"] if isinstance(extra["item"], list) else \
            [extra["item"]] * len(extra["items"])
        for tag, item in zip(tags, extra["items"], strict=True):
            _marked(_el(parent, tag), item, people)
    if art.get("trail"):
        names_here = [n for n in art.get("byline_names", []) if n in norm(art["trail"])]
        _marked(_el(div, "byline" if names_here else "trailer"), art["trail"],
                {"persName": (names_here, {})})


@pytest.mark.parametrize("txt", TXTS, ids=lambda p: p.stem)
def test_a_perfect_encoding_scores_one(txt: Path, tmp_path: Path):
    scorer = load_scorer()
    page = make_pages.Page(PAGES / "src" / f"{page_of(txt)}.toml")
    xml = tmp_path / "page.xml"
    xml.write_bytes(perfect_tei(page))
    result = scorer.score(str(txt), str(xml), str(txt.with_suffix(".gold.json")))
    assert result["score"] == 1.0, result
    assert result["persons_recall"] == result["persons_precision"] == 1.0, result
