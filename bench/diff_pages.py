"""Show where the converter's reading of a page departs from its gold, item by item.

usage: python bench/diff_pages.py PAGE.txt [PAGE.txt ...]   (PAGE.gold.json beside each)

score_pages.py says how far off a page is; this says what is off: header fields, each
article's heads and byline names against the gold article holding most of its text,
paragraphs the converter made that the gold does not have (and the reverse), figures,
policy quotes and person names. Only lines with a difference are printed.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

from lxml import etree

from teipress.convert import convert_file
from teipress.edition import Edition

NS = {"t": "http://www.tei-c.org/ns/1.0"}
WS = re.compile(r"\s+")


def norm(text: str | None) -> str:
    return WS.sub("", text or "")


def text_of(el) -> str:
    return norm("".join(el.itertext())) if el is not None else ""


def xp(el, query: str) -> list:
    return el.xpath(query, namespaces=NS)


def one(el, query: str):
    found = xp(el, query)
    return found[0] if found else None


def short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[:n] + "…"


def header_diffs(root, page: dict) -> list[str]:
    number = [e.get("n") for e in xp(root, "t:teiHeader//t:biblScope[@unit='page']")]
    dates = xp(root, "t:teiHeader//t:sourceDesc//t:date/@when")
    sections = [text_of(e) for e in xp(
        root, "t:teiHeader//t:biblScope[@unit='section'] | t:text//t:fw[@type='header']")]
    editors = {(text_of(one(r, "t:resp")), text_of(n))
               for r in xp(root, "t:teiHeader//t:titleStmt/t:respStmt")
               for n in xp(r, "t:persName|t:name")}
    out = []
    if page["n"] not in number:
        out.append(f"page number: got {number}, want {page['n']!r}")
    if page["date"] not in dates:
        out.append(f"date: got {dates}, want {page['date']!r}")
    if page.get("section") and norm(page["section"]) not in sections:
        out.append(f"section: got {sections}, want {page['section']!r}")
    missing = [f"{r}:{n}" for r, n in page["editors"] if (norm(r), norm(n)) not in editors]
    if missing:
        out.append(f"editors missing {missing}; got {sorted(editors)}")
    return out


def article_diffs(root, gold: dict) -> list[str]:
    arts = xp(root, "t:text//t:div[@type='article']")
    out = [f"articles: got {len(arts)}, want {len(gold['articles'])}"] \
        if len(arts) != len(gold["articles"]) else []
    wanted = {norm(p) for a in gold["articles"] for p in a["paragraphs"]}
    got = set()
    for i, art in enumerate(arts, 1):
        text = text_of(art)
        best = max(gold["articles"], key=lambda g: sum(norm(p) in text for p in g["paragraphs"]))
        heads = {k: text_of(one(art, f"t:head[@type='{k}']")) for k in ("kicker", "main", "sub")}
        for key, gkey in (("kicker", "kicker"), ("main", "headline"), ("sub", "subtitle")):
            if heads[key] != norm(best[gkey]):
                out.append(f"art {i} {key}: got {heads[key]!r}, want {norm(best[gkey])!r}")
        names = sorted(text_of(e) for e in xp(
            art, ".//t:byline[not(ancestor::t:figure)]//t:persName"))
        if set(names) != set(map(norm, best["bylines"])):
            out.append(f"art {i} byline names: got {names}, want {best['bylines']}")
        sections = [text_of(h) for h in xp(art, ".//t:div[@type='section']/t:head")]
        if sections != [norm(h) for h in best["section_heads"]]:
            out.append(f"art {i} subheads: got {sections}, want {best['section_heads']}")
        for p in xp(art, ".//t:p[not(ancestor::t:figure)]"):
            got.add(text_of(p))
            if text_of(p) not in wanted:
                out.append(f"art {i} paragraph not in the gold: {short(text_of(p))}")
    out += [f"gold paragraph not made: {short(p)}" for p in sorted(wanted - got)]
    return out


def figure_diffs(root, gold: dict) -> list[str]:
    figs = [(text_of(one(f, "t:head")), "".join(text_of(p) for p in xp(f, "t:p")),
             sorted(text_of(e) for e in xp(f, ".//t:byline//t:persName")))
            for f in xp(root, "t:text//t:figure")]
    wanted = []
    for g in gold["figures"]:
        credits = g["credit"] if isinstance(g["credit"], list) else [g["credit"]]
        wanted.append((norm(g["title"]), norm(g["caption"]), sorted(map(norm, credits))))
    return ([f"figure not made as {w}" for w in wanted if w not in figs]
            + [f"figure made as {f}" for f in figs if f not in wanted])


def quote_and_name_diffs(root, gold: dict) -> list[str]:
    got = [text_of(q) for q in xp(root, "t:text//t:quote[@type='policy']")]
    want = [norm(q) for q in gold.get("policy_quotes", [])]
    out = [f"policy quote not marked: {short(q)}" for q in want if q not in got]
    out += [f"policy quote marked, not in the gold: {short(q)}" for q in got if q not in want]
    names = {text_of(e) for e in xp(root, "t:text//t:persName")}
    persons = set(map(norm, gold.get("persons", [])))
    if names - persons:
        out.append(f"names not in the gold: {sorted(names - persons)}")
    if persons - names:
        out.append(f"gold names not marked: {sorted(persons - names)}")
    return out


def main(argv: list[str]) -> None:
    if not argv:
        print(__doc__)
        sys.exit(2)
    with tempfile.TemporaryDirectory() as tmp:
        for arg in argv:
            txt = Path(arg)
            gold = json.loads(txt.with_suffix(".gold.json").read_text(encoding="utf-8"))
            data, _encoding = convert_file(txt, Path(tmp) / (txt.stem + ".xml"), Edition())
            root = etree.fromstring(data)
            print(f"== {txt.stem}")
            for line in (header_diffs(root, gold["page"]) + article_diffs(root, gold)
                         + figure_diffs(root, gold) + quote_and_name_diffs(root, gold)):
                print("  " + line)


if __name__ == "__main__":
    main(sys.argv[1:])
