"""Typesetter B: a page plan as Typst markup, compiled by the Typst compiler (``typst`` on PyPI).

A different engine from Chromium in every part that a PDF reader sees: Typst's own line
breaking and CJK justification, its own PDF writer (CID-keyed CFF subsets of the Noto CJK
faces), a broadsheet-like page (315 × 470 mm) with folio and editors in the running head and
foot, Noto Sans CJK body text under Noto Serif CJK heads (the opposite of typesetter A), other
sizes and leading. Typst does not balance columns, so an article body is set in a block as
tall as its text measured at the column width, divided by the column count, plus the least
slack that overprints nothing (read back with poppler). The body size is the largest (binary
search, a compile per step) that keeps the page one page.
"""

from __future__ import annotations

import io
import json
import tempfile
from dataclasses import replace
from pathlib import Path

from layout import Article, Figure, Item, Plan, runs_in
from photos import PORTRAIT, SIZE, photo_jpeg
from readback import overlapping_words

FONT_DIRS = ["/usr/share/fonts/opentype/noto"]
PAGE_MM = (315, 470)
RED = 'rgb("#a01818")'
SLACKS = (0.5, 1.0, 1.6, 2.4)  # em per column added to a body's balanced column height

BOX = {
    "solid": "stroke: 1pt, inset: 0.6em",
    "double": "stroke: 2.4pt + luma(60), inset: 0.6em",
    "tint": 'fill: rgb("#e9eef3"), inset: 0.6em',
    "dashed": '(stroke: (paint: luma(40), thickness: 0.8pt, dash: "dashed"), inset: 0.6em)',
}

PRELUDE = """#set document(date: none)
#let S = %(size)spt
#set page(width: %(w)smm, height: %(h)smm, margin: (top: 24mm, bottom: 18mm, x: 14mm),
  header: %(header)s, footer: %(footer)s)
#set text(font: "Noto Sans CJK SC", size: S, lang: "zh", region: "cn")
#set par(justify: true, leading: %(leading)sem, spacing: %(leading)sem,
  first-line-indent: (amount: 2em, all: true))
#let plain(body) = block(width: 100%%, { set par(first-line-indent: 0pt); body })
#let serif(size, body) = { set par(leading: 0.12em); text(font: "Noto Serif CJK SC",
  weight: "bold", size: size, top-edge: "ascender", bottom-edge: "descender", body) }
#set text(costs: (widow: 0%%, orphan: 0%%))
#let bal(k, gutter, body) = layout(size => {
  if k == 1 { body } else {
    let w = (size.width - gutter * (k - 1)) / k
    let h = measure(block(width: w, body)).height
    block(height: h / k + %(slack)sem * k, columns(k, gutter: gutter, body))
  }
})
"""


def _s(text: str) -> str:
    """A Typst string literal (``#"..."`` in markup shows it as text)."""
    return json.dumps(text, ensure_ascii=False)


def _lines(lines: list[str]) -> str:
    return " \\ ".join(f"#{_s(line)}" for line in lines)


class _Doc:
    def __init__(self, plan: Plan, images: Path):
        self.plan, self.images = plan, images
        self.count = 0

    def image(self, seed: str, chart: bool, size: tuple[int, int] = SIZE) -> str:
        self.count += 1
        name = f"photo{self.count}.jpg"
        (self.images / name).write_bytes(photo_jpeg(seed, chart, size))
        return f'image("{name}", width: 100%)'

    def figure(self, fig: Figure) -> str:
        out = []
        if fig.label:
            out.append(f"#block(fill: black, inset: 0.3em, text(fill: white, weight: \"bold\")"
                       f"[{_lines([fig.label])}])")
        if fig.title:
            out.append(f"#plain(serif(1.6em)[{_lines([fig.title])}])")
        if fig.caption_beside:  # one wide photo, caption and credit in a column beside it
            credit = (f"#align(right, text(size: 0.85em)[{_lines([fig.credit_line])}])"
                      if fig.credit_line else "")
            photo = fig.photos[0]
            image = self.image(photo.seed, photo.chart, PORTRAIT if fig.portrait else SIZE)
            widths = "(2fr, 5fr)" if fig.portrait else "(5fr, 2fr)"  # a portrait is set small
            out.append(f"#grid(columns: {widths}, column-gutter: 0.9em, align: bottom, "
                       f"[#{image}], "
                       f"[#plain(text(size: 0.85em)[{_lines([fig.photos[0].caption])}])\n"
                       f"{credit}])")
            return "#block(width: 100%, breakable: false)[\n" + "\n".join(out) + "\n]"
        cells = [f"[#{self.image(photo.seed, photo.chart)}\n"
                 f"#plain(text(size: 0.85em)[{_lines([photo.caption])}])]"
                 for photo in fig.photos]
        if len(cells) == 1:
            out.append(cells[0][1:-1])
        else:  # a photo series: two photos a row, each caption under its photo
            out.append("#grid(columns: (1fr, 1fr), gutter: 0.8em, " + ", ".join(cells) + ")")
        if fig.credit_line:
            out.append(f"#align(right, text(size: 0.85em)[{_lines([fig.credit_line])}])")
        return "#block(width: 100%, breakable: false)[\n" + "\n".join(out) + "\n]"

    def body(self, art: Article, k: int, opener: str = "") -> str:
        """The body in ``k`` columns; ``opener`` (a run-in head) opens the first paragraph."""
        parts = []
        for n, piece in enumerate(art.body):
            if n == 0 and opener:  # flush left, as a run-in head is printed
                parts.append(f"#plain[{opener}{_lines(piece.lines)}]")
            elif piece.kind == "head" and self.plan.design.reversed_heads:
                parts.append(f"#block(sticky: true, above: 0.8em, below: 0.5em, width: 100%, "
                             f"fill: luma(20%), inset: (x: 0.4em, y: 0.2em), plain(text("
                             f"weight: \"bold\", size: 1.05em, fill: white)"
                             f"[{_lines(piece.lines)}]))")
            elif piece.kind == "head":
                parts.append(f"#block(sticky: true, above: 0.8em, below: 0.5em, plain(text("
                             f"weight: \"bold\", size: 1.05em)[{_lines(piece.lines)}]))")
            elif piece.kind == "trail":
                parts.append(f"#align(right)[{_lines(piece.lines)}]")
            else:
                parts.append(_lines(piece.lines))
        for tag, items in art.extras:
            size = "0.8em" if tag == "note" else "0.92em"
            align = "right" if tag == "closer" else "left"
            parts.append(f"#align({align}, plain(text(size: {size})["
                         + " \\ ".join(f"#{_s(i)}" for i in items) + "]))")
        gutter = "1.6em"
        return f"#bal({k}, {gutter})[\n" + "\n\n".join(parts) + "\n]"

    def article(self, art: Article, span: int, first: bool) -> str:
        d = self.plan.design
        opener = ""
        if runs_in(art, d):  # the brief's head in bold serif, run into its paragraph
            opener = (f"#text(font: \"Noto Serif CJK SC\", weight: \"bold\", size: 1.1em)"
                      f"[{_lines(art.headline)}]#h(0.6em)")
            art = replace(art, headline=[])
        if art.vertical_head and not art.figures and not art.lead:  # 竖排, right of the body
            lines = ", ".join("stack(dir: ttb, spacing: 0.2em, "
                              + ", ".join(f"[#{_s(ch)}]" for ch in line) + ")"
                              for line in art.headline)
            head = (f"text(font: \"Noto Serif CJK SC\", weight: \"bold\", "
                    f"size: {d.head_scale * 1.9:.2f}em, stack(dir: rtl, spacing: 0.3em, {lines}))")
            rest = replace(art, headline=[])
            return self.framed(art, f"{self.heads(rest, span, first)}\n#grid(columns: (1fr, auto), "
                                    f"column-gutter: 1.2em, [\n{self.body(rest, max(1, span - 1))}"
                                    f"\n], {head})")
        if d.head_side and span >= 3 and not first and not art.figures and not art.lead:
            heads = self.heads(art, 1, False)
            return self.framed(art, f"#grid(columns: (1fr, {span - 1}fr), column-gutter: 1.6em, "
                                    f"[\n{heads}\n], [\n{self.body(art, span - 1)}\n])")
        out = [self.heads(art, span, first)]
        if art.lead:
            if art.lead_box_label:
                out.append(f"#block(fill: luma(235), inset: 0.6em, width: 100%, plain["
                           f"#box(fill: black, inset: 0.2em, text(fill: white)"
                           f"[{_lines([art.lead_box_label])}]) #{_s(art.lead)}])")
            else:
                label = f"#text(weight: \"bold\")[{_lines([art.lead_label])}]" \
                    if art.lead_label else ""
                lead = (f"#plain(text(size: 1.08em, font: \"Noto Serif CJK SC\")"
                        f"[{label}#{_s(art.lead)}])")
                out.append(f"#block(width: 100%, stroke: 0.8pt, inset: 0.5em)[{lead}]"
                           if art.lead_framed else lead)
        if art.figures and span >= 3:
            photo_cols = 2 if span < 5 else 3
            figs = "\n".join(self.figure(f) for f in art.figures)
            out.append(f"#grid(columns: ({photo_cols}fr, {span - photo_cols}fr), "
                       f"column-gutter: 1.6em, [\n{figs}\n], [\n"
                       f"{self.body(art, span - photo_cols)}\n])")
        else:
            out += [self.figure(f) for f in art.figures]
            out.append(self.body(art, span, opener))
        return self.framed(art, "\n".join(out))

    def framed(self, art: Article, inner: str) -> str:
        box = BOX[self.plan.design.box] if art.boxed else "inset: 0pt"
        if box.startswith("("):
            return f"#block(width: 100%, ..{box})[\n{inner}\n]"
        return f"#block(width: 100%, {box})[\n{inner}\n]"

    def heads(self, art: Article, span: int, first: bool) -> str:
        size = self.plan.design.head_scale * (3.2 if first else 1.45 + 0.3 * min(span, 4))
        if art.brief:
            size = 1.2
        out: list[str] = []
        if art.kicker and self.plan.design.reversed_heads:  # white out of a dark tab (反白)
            out.append(f"#block(above: 0pt, below: 0.3em)[#box(fill: {RED}, inset: (x: 0.5em, "
                       f"y: 0.25em), text(size: {size * 0.42:.2f}em, fill: white)"
                       f"[{_lines(art.kicker)}])]")
        elif art.kicker:
            out.append(f"#plain(text(size: {size * 0.42:.2f}em, fill: {RED})"
                       f"[{_lines(art.kicker)}])")
        if art.headline:
            out.append(f"#block(above: 0.3em, below: 0.4em, plain(serif({size:.2f}em)"
                       f"[{_lines(art.headline)}]))")
        if art.subtitle:
            out.append(f"#plain(text(size: {size * 0.48:.2f}em, font: \"Noto Serif CJK SC\")"
                       f"[{_lines(art.subtitle)}])")
        if art.byline:
            out.append(f"#plain(text(size: 0.9em, weight: \"bold\")[{_lines(art.byline)}])")
        return "\n".join(out)

    def item(self, item: Item, first: bool) -> str:
        if item.figure:
            return self.figure(item.figure)
        if len(item.articles) > 1 or item.label:
            out = []
            if item.label:
                out.append(f"#block(fill: {RED}, inset: 0.3em, width: 100%, "
                           f"text(fill: white, weight: \"bold\")[{_lines([item.label])}])")
            out += [self.article(a, 1, False) for a in item.articles]
            return "\n".join(out)
        return self.article(item.articles[0], item.span, first)

    def markup(self, size: float, slack: float) -> str:
        d, plan = self.plan.design, self.plan
        rule = {"thin": "0.5pt", "thick": "1.4pt", "none": "none"}[d.rules]
        top = " #h(1fr) ".join(
            f"#text(size: {'2.2em' if k == 'pagenum' else '1.3em'}, weight: "
            f"\"{'bold' if k in ('pagenum', 'section', 'paper') else 'regular'}\")[{_lines([t])}]"
            for k, t in plan.top)
        header = (f"[#block(width: 100%, stroke: (bottom: 2pt + {RED}), inset: (bottom: 4pt))"
                  f"[{top}]]")
        foot = " ".join(_lines([t]) for _, t in plan.foot)
        footer = f"[#line(length: 100%, stroke: 0.6pt) #text(size: 0.85em)[{foot}]]"
        out = [PRELUDE % {"size": f"{size:.2f}", "w": PAGE_MM[0], "h": PAGE_MM[1],
                          "header": header, "footer": footer, "leading": d.leading - 0.75,
                          "slack": slack}]
        for b, band in enumerate(plan.bands):
            if b:
                out.append(f"#line(length: 100%, stroke: {rule if rule != 'none' else '0pt'})")
            cells = [f"grid.cell(colspan: {item.span})[\n{self.item(item, b == 0 and i == 0)}\n]"
                     for i, item in enumerate(band)]
            stroke = f"(x, y) => if x > 0 {{ (left: {rule}) }}" if rule != "none" else "none"
            inset = "(x, y) => if x > 0 { (left: 0.9em) } else { 0pt }"
            out.append(f"#grid(columns: ({', '.join(['1fr'] * d.columns)}), column-gutter: 0.9em, "
                       f"stroke: {stroke}, inset: {inset},\n" + ",\n".join(cells) + ")")
        return "\n".join(out) + "\n"


class TypstTypesetter:
    name = "typst"

    def __enter__(self) -> TypstTypesetter:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def typeset(self, plan: Plan, out: Path) -> None:
        import typst
        from pypdf import PdfReader
        with tempfile.TemporaryDirectory() as tmp:
            doc = _Doc(plan, Path(tmp))
            source = Path(tmp) / "page.typ"

            def compile_at(size: float, slack: float) -> bytes:
                doc.count = 0
                source.write_text(doc.markup(size, slack), encoding="utf-8")
                return typst.compile(str(source), font_paths=FONT_DIRS, ignore_system_fonts=True)

            for slack in SLACKS:  # the least slack under each column that overprints nothing
                # no larger than a column of about 12 characters allows (gutter included)
                width_pt = (PAGE_MM[0] - 28) / 25.4 * 72
                lo, hi, best = 6.5, min(11.0, width_pt / plan.design.columns / 13.5), None
                for _ in range(7):  # the largest body size that keeps the page one page
                    mid = (lo + hi) / 2
                    pdf = compile_at(mid, slack)
                    if len(PdfReader(io.BytesIO(pdf)).pages) == 1:
                        lo, best = mid, pdf
                    else:
                        hi = mid
                out.write_bytes(best if best is not None else compile_at(lo, slack))
                if not overlapping_words(out):
                    return
