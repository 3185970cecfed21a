"""Inline TEI content as safe HTML markup, shared by the HTML and the print (PDF) renderers.

Every text node goes through :func:`markupsafe.escape` and every attribute through
``Markup.format``; nothing is concatenated raw. Quotation marks are printed in the text
(``quotation[@marks='all']``), so the ``<q>`` elements made here need ``q { quotes: none }``
in the stylesheet, or browsers add a second pair.

Mapping: ``quote`` → ``<q class="quote …type">``, ``said`` → ``<q class="said">``, ``q`` →
``<q class="q">``, ``term`` → ``<span class="term">``, ``title`` → ``<cite>``, names →
``<a class="name person|place|org">`` (``<span>`` without a link), ``date`` → ``<time>``,
``lb`` → ``<br>``, anything else → ``<span class="tei-NAME">``.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup, escape

from teipress.render.view import NAME_TAGS, Inlines, SpanView

NameLink = Callable[[SpanView], "str | None"]

_QUOTES = {"quote": "quote", "said": "said", "q": "q"}


def inline_markup(content: Inlines, name_link: NameLink | None = None) -> Markup:
    """Inline content as HTML; ``name_link(span)`` gives the href for a name, or ``None``."""
    return Markup("").join(
        escape(item) if isinstance(item, str) else _span(item, name_link) for item in content
    )


def _span(span: SpanView, name_link: NameLink | None) -> Markup:
    inner = inline_markup(span.children, name_link)
    tag = span.tag
    if tag == "lb":
        return Markup("<br>") + inner
    if tag in _QUOTES:
        classes = " ".join(c for c in (_QUOTES[tag], span.type) if c)
        if tag == "said" and span.who:
            return Markup('<q class="{}" data-who="{}">{}</q>').format(classes, span.who, inner)
        return Markup('<q class="{}">{}</q>').format(classes, inner)
    if tag == "term":
        return Markup('<span class="term">{}</span>').format(inner)
    if tag == "title":
        return Markup("<cite>{}</cite>").format(inner)
    if tag == "date":
        if span.when:
            return Markup('<time datetime="{}">{}</time>').format(span.when, inner)
        return Markup('<span class="date">{}</span>').format(inner)
    if tag in NAME_TAGS:
        classes = f"name {NAME_TAGS[tag]}"
        href = name_link(span) if name_link else None
        if href:
            return Markup('<a class="{}" href="{}">{}</a>').format(classes, href, inner)
        return Markup('<span class="{}">{}</span>').format(classes, inner)
    return Markup('<span class="tei-{}">{}</span>').format(tag, inner)
