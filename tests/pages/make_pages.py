"""Lay out hand-written test pages as PDF text extractors print them, and write their gold.

Each page is written by hand in ``src/<page>.toml``: its furniture (page number, section,
date, editors), its articles (kicker, headline, subtitle, byline, dateline, lead, paragraphs,
subheads, trailing byline), its figures (title, caption, credit), and, for each extractor,
the order in which that extractor emits the page's blocks. This script typesets the text the
way a Chinese newspaper does and prints it in each extractor's habits; the gold structure
(the ``score_page.py`` format, ``section_starts`` included: the paragraph printed after each
subhead) comes from the same hand-written source, never from a converter.

Typesetting imitated:
  * body text wrapped at the column width counted in em: a CJK character or full-width mark is
    one em, a run of ASCII letters/digits is half an em per character and is never split;
  * the first line of every paragraph is indented by two em, so it holds two characters fewer
    (the indent itself is not text: extractors print nothing for it);
  * closing marks (，。”）…) never start a line: they hang past the column edge; opening marks
    (“（《) never end one: they move to the next line;
  * an article body fills columns of a fixed number of lines, so column breaks fall wherever
    the text is, usually mid-sentence; a subhead is never left at the foot of a column;
  * a dateline (``本报北京2月28日电 （记者 …）``, ``新华社…电（记者 …）``, ``本报讯 记者 … ``) runs
    on into the first paragraph; a trailing byline either runs on after the last sentence or
    sits on its own line;
  * a lead may open with a run-in label (``lead_label``: ``编者按：``); ``extras`` are blocks of an
    article that are no paragraphs (a results list, foot notes, a notice's closing signature
    and date), printed line by line or wrapped at their own width; a photo series prints one
    caption per photo (``captions``) and its shared credit after the last.

Extractor habits imitated (one ``.txt`` per extractor named in the page's ``[order]``):
  pdfminer   pdf2txt.py / ``extract_text``: one text box per paragraph piece, each box followed by
             a blank line, so paragraph ends AND column breaks inside a paragraph both show as
             blank lines; boxes in the order pdfminer groups them (heads far from their bodies,
             a kicker next to another article's byline); ``a+b`` in the order glues two blocks
             into one box; ``glue_subheads`` glues a subhead to the first line after it; with
             ``spaced_digits`` a region prints ``11 月 18 日`` as wide-set digits come out, with
             ``letter_spaced`` a head set with wide tracking prints ``对 话`` (a space per gap).
             In every extractor ``a&b`` prints two regions set side by side at one height
             (two boxes' heads) on the same lines, four spaces apart.
             The text starts with an empty line and ends with two, as the real sample does.
  pdftotext  poppler without ``-layout``: lines joined by single newlines, a blank line only
             after each flow (an order entry), so inside a flow a paragraph end shows only as a
             short last line and a column break as an ordinary line end; the page ends with a
             form feed.
  pymupdf    ``page.get_text("blocks")`` texts joined by a blank line: an article column is one
             block (its paragraphs and its column-internal line ends alike are single newlines),
             heads and captions are their own blocks, blocks in content-stream order (heads may
             follow their bodies); with ``indent = true`` paragraph starts carry the two
             ideographic spaces some PDFs draw as text; with ``trailing_spaces = true`` every
             printed line ends in a space, as PyMuPDF keeps the space a PDF draws at a line end.

usage: python tests/pages/make_pages.py          # (re)write tests/pages/*.txt and *.gold.json
       python tests/pages/make_pages.py --check  # exit 1 if a committed file differs
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "src"
EXTRACTORS = ("pdfminer", "pdftotext", "pymupdf")

OPENING = set("“‘（《〈「『【")
CLOSING = set("，。、；：？！”’）》〉」』】…—·")
TOKEN = re.compile(r"[A-Za-z0-9.%+/:-]+|.", re.S)
WS = re.compile(r"\s+")


def norm(text: str) -> str:
    """Text with all whitespace removed, as the scorer compares it."""
    return WS.sub("", text)


def em_width(token: str) -> float:
    return 0.5 * len(token) if token.isascii() else 1.0


def wrap(text: str, width: float, indent: int = 2) -> list[str]:
    """Break ``text`` into printed lines of ``width`` em, the first indented by ``indent`` em."""
    lines: list[str] = []
    line: list[str] = []
    used, room = 0.0, width - indent
    for token in TOKEN.findall(text):
        w = em_width(token)
        if line and used + w > room and token not in CLOSING:
            carried: list[str] = []
            while line and line[-1] in OPENING:
                carried.insert(0, line.pop())
            lines.append("".join(line).rstrip())
            line, room = carried, width
            used = sum(em_width(t) for t in line)
            if token == " " and not line:
                continue
        line.append(token)
        used += w
    if line:
        lines.append("".join(line).rstrip())
    return lines


@dataclass
class Line:
    text: str
    kind: str  # "p" paragraph, "head" subhead, "trail" trailing byline on its own line
    group: int  # which paragraph or subhead the line belongs to
    first: bool  # first line of its paragraph (indented in print)


def flow_body(art: dict) -> list[Line]:
    """The article body as printed lines: dateline run into the first paragraph, subheads."""
    width = art["width"]
    out: list[Line] = []
    first_par = True
    for group, item in enumerate(art["body"]):
        if isinstance(item, dict):
            out += [Line(text, "head", group, False) for text in item["head"]]
            continue
        text = item
        if first_par and art.get("dateline"):
            text = art["dateline"] + text
        first_par = False
        if group == len(art["body"]) - 1 and art.get("trail") and not art.get("trail_own_line"):
            text = text + art["trail"]
        for i, piece in enumerate(wrap(text, width)):
            out.append(Line(piece, "p", group, i == 0))
    if art.get("trail") and art.get("trail_own_line"):
        out += [Line(piece, "trail", len(art["body"]), False)  # wrapped where it is too long
                for piece in wrap(art["trail"], width, 0)]
    return out


def cut_columns(lines: list[Line], heights: list[int]) -> list[list[Line]]:
    """Fill columns of the given heights (the last height repeats); keep subheads off the foot."""
    columns: list[list[Line]] = [[]]
    i = 0
    while i < len(lines):
        height = heights[min(len(columns) - 1, len(heights) - 1)]
        column = columns[-1]
        run = 1
        if lines[i].kind == "head":
            while i + run < len(lines) and lines[i + run].kind == "head" \
                    and lines[i + run].group == lines[i].group:
                run += 1
            run += 1  # a subhead needs one line of text under it
        if column and len(column) + min(run, len(lines) - i) > height:
            columns.append([])
            continue
        column.append(lines[i])
        i += 1
    return columns


def boxes(column: list[Line]) -> list[tuple[str, list[Line]]]:
    """Consecutive lines of one paragraph, subhead or trailing byline, with their kind."""
    out: list[tuple[str, list[Line]]] = []
    for line in column:
        if out and out[-1][1][-1].group == line.group and out[-1][0] == line.kind:
            out[-1][1].append(line)
        else:
            out.append((line.kind, [line]))
    return out


def letter_spaced(text: str) -> str:
    """A head set with wide tracking as pdfminer prints it: a space between characters."""
    return "\n".join(" ".join(line) for line in text.split("\n"))


def spaced_digits(text: str) -> str:
    """Wide-set half-width digits as pdfminer prints them: ``11 月 18 日``."""
    spaced = re.sub(r"(?<=[^\x00-\x7f\s])(\d+)|(\d+)(?=[^\x00-\x7f\s])",
                    lambda m: f" {m.group(0)} ", text)
    return "\n".join(line.strip().replace("  ", " ") for line in spaced.split("\n"))


class Page:
    """One hand-written page: its regions (printed blocks) and its gold structure."""

    def __init__(self, source: Path):
        self.name = source.stem
        self.spec = tomllib.loads(source.read_text(encoding="utf-8"))
        self.columns: dict[str, list[list[Line]]] = {}
        self.regions: dict[str, list[str]] = {}  # region id -> printed lines (heads etc.)
        for rid, text in self.spec.get("furniture", {}).items():
            self.regions[rid] = text.split("\n")
        for art in self.spec["articles"]:
            self._add_article(art)
        for fig in self.spec.get("figures", []):
            self._add_figure(fig)

    def _add_article(self, art: dict) -> None:
        aid = art["id"]
        for key, rid in (("kicker", "kicker"), ("headline", "head"), ("subtitle", "sub"),
                         ("byline", "byline")):
            if art.get(key):
                value = art[key]
                self.regions[f"{aid}.{rid}"] = value if isinstance(value, list) else [value]
        if art.get("lead"):
            self.regions[f"{aid}.lead"] = wrap(art.get("lead_label", "") + art["lead"],
                                               art.get("lead_width", 2 * art["width"]))
        for extra in art.get("extras", []):
            width = extra.get("width")
            self.regions[f"{aid}.{extra['id']}"] = [
                line for item in extra["items"]
                for line in (wrap(item, width, 0) if width else [item])]
        heights = art["columns"] if isinstance(art["columns"], list) else [art["columns"]]
        self.columns[aid] = cut_columns(flow_body(art), heights)
        for i, _ in enumerate(self.columns[aid], 1):
            self.regions[f"{aid}.c{i}"] = []  # rendered per extractor

    def _add_figure(self, fig: dict) -> None:
        fid = fig["id"]
        if fig.get("title"):
            self.regions[f"{fid}.title"] = [fig["title"]]
        captions = fig.get("captions", [fig.get("caption")])
        last = captions[-1]
        if fig.get("credit_text") and not fig.get("credit_own_line"):
            last += fig.get("credit_sep", " ") + fig["credit_text"]
        if "captions" not in fig:
            self.regions[f"{fid}.cap"] = wrap(last, fig["width"], fig.get("indent", 0))
        else:  # a photo series: one caption under each photo, the shared credit after the last
            for i, caption in enumerate([*captions[:-1], last], 1):
                self.regions[f"{fid}.cap{i}"] = wrap(caption, fig["width"], fig.get("indent", 0))
        if fig.get("credit_text") and fig.get("credit_own_line"):
            self.regions[f"{fid}.credit"] = [fig["credit_text"]]

    # -- extractor output ---------------------------------------------------------------

    def expand(self, extractor: str) -> list[list[str]]:
        """The extractor's order as a list of blocks, each a list of region ids."""
        entries = []
        for entry in self.spec["order"][extractor]:
            ids: list[str] = []
            for rid in entry.split("+"):
                if rid.endswith(".cols"):
                    aid = rid[: -len(".cols")]
                    ids += [f"{aid}.c{i}" for i in range(1, len(self.columns[aid]) + 1)]
                else:
                    ids.append(rid)
            if entry.endswith(".body"):
                aid = entry[: -len(".body")]
                entries += [[f"{aid}.c{i}"] for i in range(1, len(self.columns[aid]) + 1)]
            else:
                entries.append(ids)
        seen = Counter(part for ids in entries for rid in ids for part in rid.split("&"))
        unknown = set(seen) - set(self.regions)
        missing = set(self.regions) - set(seen)
        twice = {rid for rid, n in seen.items() if n > 1}
        if unknown or missing or twice:
            raise ValueError(f"{self.name} {extractor}: unknown {sorted(unknown)}, "
                             f"missing {sorted(missing)}, twice {sorted(twice)}")
        return entries

    def _column_blocks(self, rid: str, extractor: str) -> list[str]:
        aid, col = rid.rsplit(".c", 1)
        column = self.columns[aid][int(col) - 1]
        art = next(a for a in self.spec["articles"] if a["id"] == aid)
        if extractor == "pdftotext":
            return ["\n".join(line.text for line in column)]
        if extractor == "pymupdf":
            indent = self.spec.get("pymupdf", {}).get("indent", False)
            blocks: list[list[str]] = []
            for kind, lines in boxes(column):
                texts = [("　　" if indent and ln.first else "") + ln.text for ln in lines]
                if kind != "head" and blocks and blocks[-1][0] != "head":
                    blocks[-1][1].extend(texts)
                else:
                    blocks.append([kind, texts])
            return ["\n".join(texts) for _, texts in blocks]
        out: list[str] = []
        glue = art.get("glue_subheads", False)
        for kind, lines in boxes(column):
            text = "\n".join(line.text for line in lines)
            if glue and out and out[-1].startswith("\x00"):
                out[-1] = out[-1][1:] + "\n" + text
            else:
                out.append(("\x00" if kind == "head" and glue else "") + text)
        return [b.lstrip("\x00") for b in out]

    def _region_blocks(self, rid: str, extractor: str) -> list[str]:
        if "&" in rid:  # heads set side by side at one height: the extractor joins their lines
            parts = [self.regions[part] for part in rid.split("&")]
            rows = max(len(part) for part in parts)
            return ["\n".join("    ".join(part[i] if i < len(part) else "" for part in parts)
                              .strip() for i in range(rows))]
        if re.search(r"\.c\d+$", rid) and rid.rsplit(".c", 1)[0] in self.columns:
            blocks = self._column_blocks(rid, extractor)
        else:
            blocks = ["\n".join(self.regions[rid])]
        if extractor == "pdfminer" and rid in self.spec.get("pdfminer", {}).get(
                "spaced_digits", []):
            blocks = [spaced_digits(b) for b in blocks]
        if extractor == "pdfminer" and rid in self.spec.get("pdfminer", {}).get(
                "letter_spaced", []):
            blocks = [letter_spaced(b) for b in blocks]
        return blocks

    def render(self, extractor: str) -> str:
        out_blocks: list[str] = []
        for ids in self.expand(extractor):
            pieces = [self._region_blocks(rid, extractor) for rid in ids]
            if extractor == "pdftotext":
                out_blocks.append("\n".join(b for blocks in pieces for b in blocks))
                continue
            if extractor == "pymupdf":  # a subhead stays a block of its own inside a column
                out_blocks.append("\n".join("\n\n".join(blocks) for blocks in pieces))
                continue
            # glued regions share a box where they meet; paragraphs of a column stay boxes
            merged = list(pieces[0])
            for blocks in pieces[1:]:
                merged[-1] += "\n" + blocks[0]
                merged += blocks[1:]
            out_blocks += merged
        if extractor == "pdfminer":
            return "\n" + "".join(b + "\n\n" for b in out_blocks) + "\n"
        if extractor == "pdftotext":
            return "".join(b + "\n\n" for b in out_blocks) + "\f"
        if self.spec.get("pymupdf", {}).get("trailing_spaces", False):
            out_blocks = ["\n".join(line and line + " " for line in b.split("\n"))
                          for b in out_blocks]
        return "\n\n".join(out_blocks) + "\n"

    # -- gold ------------------------------------------------------------------------------

    def gold(self, source_name: str) -> dict:
        spec = self.spec
        articles = []
        persons: list[str] = [name for _, name in spec["page"]["editors"]]
        for art in spec["articles"]:
            def joined(key: str, a: dict = art) -> str | None:
                value = a.get(key)
                if value is None:
                    return None
                return "".join(value) if isinstance(value, list) else value
            paragraphs = ([art["lead"]] if art.get("lead") else []) + [
                p for p in art["body"] if isinstance(p, str)]
            starts, count = [], len(paragraphs) - sum(isinstance(p, str) for p in art["body"])
            for item in art["body"]:  # each subhead opens the paragraph printed after it
                if isinstance(item, dict):
                    starts.append(count)
                else:
                    count += 1
            articles.append({
                "kicker": joined("kicker"),
                "headline": joined("headline"),
                "subtitle": joined("subtitle"),
                "bylines": art.get("byline_names", []),
                "section_heads": ["".join(p["head"]) for p in art["body"] if isinstance(p, dict)],
                "section_starts": starts,
                "paragraphs": paragraphs,
            })
            persons += art.get("byline_names", [])
        figures = []
        for fig in spec.get("figures", []):
            credit = fig["credit"]
            caption = fig["caption"] if "caption" in fig else "".join(fig["captions"])
            figures.append({"title": fig.get("title"), "caption": caption, "credit": credit})
            persons += credit if isinstance(credit, list) else [credit]
        persons += spec.get("persons", [])
        return {
            "source": source_name,
            "page": spec["page"],
            "articles": articles,
            "figures": figures,
            "policy_quotes": spec.get("policy_quotes", []),
            "persons": list(dict.fromkeys(persons)),
        }

    def outputs(self) -> dict[str, str]:
        """File name -> content for every extractor variant of this page."""
        files = {}
        for extractor in self.spec["order"]:
            if extractor not in EXTRACTORS:
                raise ValueError(f"{self.name}: unknown extractor {extractor}")
            stem = f"{self.name}-{extractor}"
            files[f"{stem}.txt"] = self.render(extractor)
            gold = self.gold(f"{stem}.txt")
            files[f"{stem}.gold.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        return files


def all_outputs() -> dict[str, str]:
    files: dict[str, str] = {}
    for source in sorted(SOURCES.glob("*.toml")):
        files.update(Page(source).outputs())
    return files


def main(argv: list[str]) -> int:
    files = all_outputs()
    if "--check" in argv:
        stale = [n for n, text in files.items()
                 if not (HERE / n).exists() or (HERE / n).read_text(encoding="utf-8") != text]
        for name in stale:
            print(f"stale: {name}")
        return 1 if stale else 0
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="")
        print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
