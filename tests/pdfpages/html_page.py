"""Typesetter A: a page plan as HTML and CSS, printed to PDF by headless Chromium (Skia).

CSS grid for the page's bands of article regions, CSS multi-column for each article body,
Noto Serif CJK body text under Noto Sans CJK heads, photos embedded as the JPEG bytes. The
body size is fitted in the browser (a binary search on the root font size) so the page is
filled without spilling onto a second page. Chromium stamps dates and random IDs into its
PDFs; ``qpdf`` removes them so the same source gives the same bytes.
"""

from __future__ import annotations

import base64
import html
import subprocess
from dataclasses import replace
from pathlib import Path

from fonts import truetype_subset
from layout import Article, Figure, Item, Plan, runs_in
from photos import PORTRAIT, SIZE, photo_jpeg

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--font-render-hinting=none"]
PAGE_MM = (297, 420)  # A3
SERIES_PHOTOS, SERIES_SPAN = 3, 3  # a series this long, in this many columns, is set in rows

BOX_CSS = {
    "solid": "border: 1.2pt solid #222; padding: 0.6em;",
    "double": "border: 3pt double #333; padding: 0.6em;",
    "tint": "background: #eef0e6; border-top: 3pt solid #8a1c1c; padding: 0.6em;",
    "dashed": "border: 1pt dashed #444; padding: 0.6em;",
}

CSS = """
@page { size: %(w)smm %(h)smm; margin: 0 }
* { box-sizing: border-box; font-variant-ligatures: none; }
html { font-size: 10pt; }
body { margin: 0; font-family: PageSerif; color: #111; }
#sheet { width: %(w)smm; height: %(h)smm; padding: 11mm 12mm 10mm; display: flex;
         flex-direction: column; overflow: hidden; }
#flow { flex: 0 0 auto; }
.folio { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 1.6em;
         font-family: PageSans; border-bottom: 2.5pt solid #8a1c1c; padding-bottom: 0.3em;
         margin-bottom: 0.8em; }
.folio span { white-space: nowrap; }
.folio .pagenum { font-size: 2.2em; font-weight: 700; }
.folio .section { background: #8a1c1c; color: #fff; padding: 0.1em 0.6em; font-size: 1.5em; }
.folio .top { font-size: 1.3em; }
.folio .paper { font-size: 1.7em; font-weight: 700; font-family: PageSerif; }
.folio .editors { font-size: 0.9em; }
.foot { margin-top: auto; border-top: 0.8pt solid #333; padding-top: 0.3em;
        font-family: PageSans; font-size: 0.85em; }
.band { display: grid; grid-template-columns: repeat(%(cols)s, 1fr); column-gap: 1.8em;
        padding-top: 0.7em; margin-top: 0.7em; align-items: start; }
.band:first-child { margin-top: 0; padding-top: 0; border-top: none !important; }
.item { min-width: 0; }
.item + .item { padding-left: 1.2em; }
.kicker { font-family: PageSans; color: #8a1c1c; line-height: 1.3; }
.headline { font-family: PageSans; font-weight: 700; line-height: 1.22;
            margin: 0.1em 0 0.15em; }
.subtitle { font-family: PageSans; line-height: 1.3; margin-bottom: 0.25em; }
.byline { font-family: PageSans; font-size: 0.92em; margin: 0.25em 0 0.4em; }
.lead { font-weight: 700; line-height: 1.55; margin: 0.3em 0 0.5em; }
.lead.framed { font-weight: 400; font-family: PageSans; border: 1pt solid #333;
               padding: 0.4em 0.6em; }
.leadbox { background: #f1ede0; padding: 0.5em 0.7em; margin: 0.3em 0 0.5em; }
.leadbox .label { font-family: PageSans; background: #333; color: #fff;
                  padding: 0 0.4em; font-weight: 700; }
.leadlabel { font-family: PageSans; font-weight: 700; }
.body { text-align: justify; column-gap: 1.8em; }
.body p { margin: 0; text-indent: 2em; }
.body .subhead { font-family: PageSans; font-weight: 700; margin: 0.35em 0 0.2em;
                 break-after: avoid; }
.body .trail { text-align: right; }
.extra { margin-top: 0.4em; font-size: 0.9em; }
.extra.list div:first-child { font-family: PageSans; font-weight: 700; }
.extra.closer { text-align: right; }
.extra.note { font-size: 0.82em; }
.fig { margin: 0.2em 0 0.5em; break-inside: avoid; }
.fig img { display: block; width: 100%%; }
.fig .beside { display: flex; gap: 0.9em; align-items: flex-end; }
.fig .beside img { flex: 0 0 72%%; width: 72%%; }
.fig .beside .cap { flex: 1 1 0; min-width: 0; }
.fig .beside.portrait img { flex: 0 0 28%%; width: 28%%; }
.fig .series { display: grid; grid-template-columns: 1fr 1fr; column-gap: 0.8em; }
.fig .cap { font-family: PageSans; font-size: 0.85em; line-height: 1.4;
            margin-top: 0.25em; text-align: justify; }
.fig .credit { font-family: PageSans; font-size: 0.85em; text-align: right; }
.fig .title { font-family: PageSans; font-weight: 700; font-size: 1.5em;
              margin-bottom: 0.2em; }
.figlabel, .collabel { font-family: PageSans; font-weight: 700; color: #fff;
                       background: #8a1c1c; padding: 0.1em 0.5em; display: inline-block;
                       margin-bottom: 0.3em; }
.brief { margin-bottom: 0.6em; }
.brief .headline { font-size: 1.15em; }
.artrow { display: flex; gap: 1.8em; align-items: flex-start; }
"""

FIT_JS = """() => {
  const sheet = document.getElementById('sheet');
  const flow = document.getElementById('flow');
  const room = () => sheet.clientHeight - flow.offsetTop
                     - document.getElementById('foot').offsetHeight - 30;
  // no larger than a column of about 12 characters allows (a gutter is about 1.8 of them)
  const width = flow.clientWidth * 0.75;  // CSS px to pt
  let lo = 6.5, hi = Math.min(11.5, width / %(cols)s / 13.5);
  for (let i = 0; i < 18; i++) {
    const mid = (lo + hi) / 2;
    document.documentElement.style.fontSize = mid + 'pt';
    if (flow.offsetHeight <= room()) lo = mid; else hi = mid;
  }
  document.documentElement.style.fontSize = lo + 'pt';
  return [lo, flow.offsetHeight, room()];
}"""


def _font_faces(chars: str) -> str:
    rules = []
    for family, face in (("PageSerif", "Serif"), ("PageSans", "Sans")):
        for weight, css_weight in (("Regular", 400), ("Bold", 700)):
            data = base64.b64encode(truetype_subset(face, weight, chars)).decode()
            rules.append(f"@font-face {{ font-family: {family}; font-weight: {css_weight}; "
                         f"src: url(data:font/ttf;base64,{data}) format('truetype'); }}")
    return "\n".join(rules)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _lines(lines: list[str]) -> str:
    return "<br>".join(_e(line) for line in lines)


def _figure(fig: Figure, width: str = "100%", span: int = 1) -> str:
    out = [f'<div class="fig" style="width:{width}">']
    if fig.label:
        out.append(f'<div class="figlabel">{_e(fig.label)}</div>')
    if fig.title:
        out.append(f'<div class="title">{_e(fig.title)}</div>')
    # a series of three or more photos across several columns is set two photos a row (one
    # under the other at that width, they would run off the page), each caption under its photo
    if fig.caption_beside:  # one wide photo, its caption and credit in a column beside it
        photo = fig.photos[0]
        size = PORTRAIT if fig.portrait else SIZE
        data = base64.b64encode(photo_jpeg(photo.seed, photo.chart, size)).decode()
        credit = f'<div class="credit">{_e(fig.credit_line)}</div>' if fig.credit_line else ""
        kind = "beside portrait" if fig.portrait else "beside"
        out.append(f'<div class="{kind}"><img src="data:image/jpeg;base64,{data}">'
                   f'<div class="cap">{_e(photo.caption)}{credit}</div></div></div>')
        return "".join(out)
    series = len(fig.photos) >= SERIES_PHOTOS and span >= SERIES_SPAN
    if series:
        out.append('<div class="series">')
    for photo in fig.photos:
        data = base64.b64encode(photo_jpeg(photo.seed, photo.chart)).decode()
        cell = (f'<img src="data:image/jpeg;base64,{data}">'
                f'<div class="cap">{_e(photo.caption)}</div>')
        out.append(f"<div>{cell}</div>" if series else cell)
    if series:
        out.append("</div>")
    if fig.credit_line:
        out.append(f'<div class="credit">{_e(fig.credit_line)}</div>')
    out.append("</div>")
    return "".join(out)


def _heads(art: Article, span: int, plan: Plan, first: bool) -> str:
    d = plan.design
    size = d.head_scale * (3.0 if first else 1.5 + 0.25 * min(span, 4))
    if art.brief:
        size = 1.25
    align = "center" if first and span >= 4 and d.per_band == 3 else "left"
    out = []
    if art.kicker and d.reversed_heads:  # white out of a dark tab, as 反白 column tags are
        out.append(f'<div style="text-align:{align}"><span class="kicker" style="font-size:'
                   f'{size * 0.45:.2f}em;background:#8a1c1c;color:#fff;padding:0.1em 0.5em;'
                   f'display:inline-block">{_lines(art.kicker)}</span></div>')
    elif art.kicker:
        out.append(f'<div class="kicker" style="font-size:{size * 0.45:.2f}em;'
                   f'text-align:{align}">{_lines(art.kicker)}</div>')
    if art.headline:
        out.append(f'<div class="headline" style="font-size:{size:.2f}em;'
                   f'text-align:{align}">{_lines(art.headline)}</div>')
    if art.subtitle:
        out.append(f'<div class="subtitle" style="font-size:{size * 0.5:.2f}em;'
                   f'text-align:{align}">{_lines(art.subtitle)}</div>')
    if art.byline:
        out.append(f'<div class="byline" style="text-align:{align}">{_lines(art.byline)}</div>')
    return "".join(out)


def _body(art: Article, columns: int, plan: Plan, opener: str = "") -> str:
    """The body's columns; ``opener`` (a run-in head) opens the first paragraph, unindented."""
    rule = "column-rule: 0.4pt solid #999;" if plan.design.column_rule else ""
    out = [f'<div class="body" style="column-count:{columns};{rule}'
           f'line-height:{plan.design.leading}">']
    for n, piece in enumerate(art.body):
        if n == 0 and opener:
            out.append(f'<p style="text-indent:0">{opener}{_lines(piece.lines)}</p>')
        elif piece.kind == "head" and plan.design.reversed_heads:
            out.append(f'<div class="subhead" style="background:#333;color:#fff;'
                       f'padding:0.1em 0.4em">{_lines(piece.lines)}</div>')
        elif piece.kind == "head":
            out.append(f'<div class="subhead">{_lines(piece.lines)}</div>')
        elif piece.kind == "trail":
            out.append(f'<div class="trail">{_lines(piece.lines)}</div>')
        else:
            out.append(f"<p>{_lines(piece.lines)}</p>")
    for tag, items in art.extras:
        out.append(f'<div class="extra {tag}">'
                   + "".join(f"<div>{_e(i)}</div>" for i in items) + "</div>")
    out.append("</div>")
    return "".join(out)


def _article(art: Article, span: int, plan: Plan, first: bool) -> str:
    style = BOX_CSS[plan.design.box] if art.boxed else ""
    opener = ""
    if runs_in(art, plan.design):  # the brief's head in bold sans, run into its paragraph
        opener = (f'<span style="font-family:PageSans;font-weight:700;margin-right:0.6em">'
                  f'{_lines(art.headline)}</span>')
        art = replace(art, headline=[])
    if art.vertical_head and not art.figures and not art.lead:  # 竖排: a strip right of the body
        head = (f'<div class="headline" style="writing-mode:vertical-rl;flex:0 0 auto;'
                f'letter-spacing:0.2em;font-size:{plan.design.head_scale * 1.9:.2f}em">'
                f'{_lines(art.headline)}</div>')
        rest = replace(art, headline=[])
        return (f'<div class="article" style="{style}">{_heads(rest, span, plan, first)}'
                f'<div class="artrow"><div style="flex:1 1 0;min-width:0">'
                f'{_body(rest, max(1, span - 1), plan)}</div>{head}</div></div>')
    if plan.design.head_side and span >= 3 and not first and not art.figures and not art.lead:
        return (f'<div class="article" style="{style}"><div class="artrow">'
                f'<div style="flex:0 0 {100 / span - 2:.1f}%">{_heads(art, 1, plan, False)}</div>'
                f'<div style="flex:1 1 0;min-width:0">{_body(art, span - 1, plan)}</div>'
                "</div></div>")
    out = [f'<div class="article" style="{style}">', _heads(art, span, plan, first)]
    if art.lead:
        label = f'<span class="leadlabel">{_e(art.lead_label)}</span>' if art.lead_label else ""
        if art.lead_box_label:
            out.append(f'<div class="leadbox"><span class="label">{_e(art.lead_box_label)}'
                       f'</span> {_e(art.lead)}</div>')
        else:
            framed = " framed" if art.lead_framed else ""
            out.append(f'<div class="lead{framed}">{label}{_e(art.lead)}</div>')
    if art.figures and span >= 3:
        photo_cols = 2 if span < 5 else 3
        figs = "".join(_figure(f) for f in art.figures)
        out.append(f'<div class="artrow"><div style="flex:0 0 {100 * photo_cols / span - 2:.1f}%">'
                   f'{figs}</div><div style="flex:1 1 0;min-width:0">'
                   f'{_body(art, span - photo_cols, plan)}</div></div>')
    else:
        out += [_figure(f) for f in art.figures]
        out.append(_body(art, span, plan, opener))
    out.append("</div>")
    return "".join(out)


def _item(item: Item, plan: Plan, first: bool, leftmost: bool) -> str:
    d = plan.design
    rule = {"thin": "0.5pt solid #555", "thick": "1.5pt solid #222", "none": "none"}[d.rules]
    style = f"grid-column: span {item.span};"
    if not leftmost and d.rules != "none":
        style += f"border-left:{rule};"
    out = [f'<div class="item" style="{style}">']
    if item.figure:
        out.append(_figure(item.figure, span=item.span))
    elif len(item.articles) > 1 or item.label:
        if item.label:
            out.append(f'<div class="collabel">{_e(item.label)}</div>')
        for art in item.articles:
            out.append('<div class="brief">' + _article(art, 1, plan, False) + "</div>")
    else:
        out.append(_article(item.articles[0], item.span, plan, first))
    out.append("</div>")
    return "".join(out)


def page_html(plan: Plan) -> str:
    d = plan.design
    css = CSS % {"w": PAGE_MM[0], "h": PAGE_MM[1], "cols": d.columns}
    band_rule = {"thin": "0.8pt solid #333", "thick": "2pt solid #111", "none": "none"}[d.rules]
    top = "".join(f'<span class="{k}">{_e(t)}</span>' for k, t in plan.top)
    bands = []
    for b, band in enumerate(plan.bands):
        items = "".join(_item(item, plan, b == 0 and i == 0, i == 0)
                        for i, item in enumerate(band))
        bands.append(f'<div class="band" style="border-top:{band_rule}">{items}</div>')
    foot = "".join(f'<span class="{k}">{_e(t)}</span>' for k, t in plan.foot)
    return (f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
            f"<style>{_font_faces(plan.chars)}{css}</style></head><body><div id=\"sheet\">"
            f'<div class="folio">{top}</div><div id="flow">{"".join(bands)}</div>'
            f'<div class="foot" id="foot">{foot}</div></div></body></html>')


class ChromiumTypesetter:
    """One browser for a batch of pages (``with ChromiumTypesetter() as t: t.typeset(...)``)."""

    name = "chromium"

    def __enter__(self) -> ChromiumTypesetter:
        from playwright.sync_api import sync_playwright
        self._pw = sync_playwright().start()
        self._browser = self._pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        return self

    def __exit__(self, *exc: object) -> None:
        self._browser.close()
        self._pw.stop()

    def typeset(self, plan: Plan, out: Path) -> None:
        page = self._browser.new_page()
        try:
            page.set_content(page_html(plan), wait_until="load")
            page.evaluate(FIT_JS % {"cols": plan.design.columns})
            raw = out.with_suffix(".raw.pdf")
            page.pdf(path=str(raw), width=f"{PAGE_MM[0]}mm", height=f"{PAGE_MM[1]}mm",
                     print_background=True, margin={"top": "0", "bottom": "0",
                                                    "left": "0", "right": "0"})
        finally:
            page.close()
        deterministic(raw, out)
        raw.unlink()


def deterministic(raw: Path, out: Path) -> None:
    """Strip the creation dates, XMP packet and random document ID a PDF writer stamps in."""
    from pypdf import PdfWriter
    writer = PdfWriter(clone_from=str(raw))
    writer.metadata = None
    writer.root_object.pop("/Metadata", None)
    stripped = out.with_suffix(".stripped.pdf")
    writer.write(str(stripped))
    subprocess.run(["qpdf", "--deterministic-id", "--object-streams=generate", str(stripped),
                    str(out)], check=True)
    stripped.unlink()
