"""Search for a static Chinese edition: an inverted index of jieba words, built once.

Browsers cannot segment Chinese the way jieba does, so the words are found here, at build
time, and the browser segments a query by longest match against the index's own
vocabulary (``assets/search.js``). Every single character and every pair of neighbouring
characters is indexed too: any string the text contains is found even where jieba cut it
differently, and a query's pairs keep its parts side by side.

The index is JavaScript that calls or sets globals: ``fetch()`` of local JSON is blocked
on ``file://``, a ``<script>`` is not. So that a large edition's search does not load
everything, the words are split into shards by their first character; the page loads
only the shards a query's characters need (small editions have one shard)::

    assets/search-index.js      window.TEIPRESS_SEARCH = {
                                  "docs": [[url, title, where, excerpt], ...],
                                  "maxLen": longest word in code points,
                                  "shards": N}
    assets/search-terms-K.js    TEIPRESS_SEARCH_TERMS(K, {word: [[doc, weight], ...]})
                                for the words whose first code point % N == K
    2022-11-22/03.text.js       TEIPRESS_SEARCH_TEXT("2022-11-22/03",
                                  {"facsimile": bool, "texts": {url: text}})
                                a page's documents' whole text, written with the page, loaded
                                only for the pages of the results shown: the words around a
                                match are cut from it wherever the match stands

Urls are relative to the output root; weight counts occurrences, heads three times.
"""

from __future__ import annotations

import json
import logging
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import pairwise
from pathlib import Path

from teipress.fileio import write_atomic
from teipress.render.paths import article_path, page_name, page_path
from teipress.render.view import PageView, article_text, figure_text, plain_text
from teipress.safepaths import output_path, remove_output

INDEX_FILE = "assets/search-index.js"
SHARD_FILE = "assets/search-terms-{}.js"
GLOBAL_NAME = "TEIPRESS_SEARCH"
SHARD_CALLBACK = "TEIPRESS_SEARCH_TERMS"
TEXT_CALLBACK = "TEIPRESS_SEARCH_TEXT"
TEXT_FILE = "{}.text.js"  # beside the page view: 2022-11-22/03.text.js
SHARD_BYTES = 256 * 1024  # a shard is split further above this size
HEAD_WEIGHT = 3
EXCERPT_CHARS = 90


def words(text: str) -> list[str]:
    """jieba's search-mode words (long words and their parts), every single character and
    every pair of neighbouring characters; lowercased, without punctuation and spaces."""
    import jieba  # only when words are indexed: page views and `validate` never load it

    jieba.setLogLevel(logging.WARNING)
    text = text.lower()
    out = [w for w in jieba.cut_for_search(text) if len(w) > 1 and _is_word(w)]
    out += [c for c in text if _is_word(c)]
    out += [a + b for a, b in pairwise(text) if _is_word(a) and _is_word(b)]
    return out


def search_documents(pages: Iterable[PageView]) -> list[tuple[str, str, str, str, str, str]]:
    """(url, title, where, excerpt, head text, body text) for every article and stand-alone
    photo, in edition order."""
    docs = []
    for page in pages:
        where = f"{page.date} {page_name(page)}".strip()
        for article in page.articles:
            heads = " ".join(plain_text(h) for h in (article.kicker, article.headline,
                                                    article.subtitle) if h)
            body = article_text(article)
            docs.append((article_path(page, article), article.title_text, where,
                         _excerpt(article, body), heads, body))
        for figure in page.figures:
            text = figure_text(figure)
            title = plain_text(figure.title) or figure.id
            docs.append((f"{page_path(page)}#{figure.id}", title, where, _shorten(text),
                         title, text))
    return docs


DocTerms = tuple[list[str], list[tuple[str, int]]]  # [url, title, where, excerpt], words


def page_search_terms(page: PageView) -> list[DocTerms]:
    """One page's search documents with their weighted words: the costly part of the index
    (jieba), kept apart so an edition build can store it per page and reuse it."""
    found = []
    for *shown, heads, body in search_documents([page]):
        weights = Counter(words(body))
        for word in words(heads):
            weights[word] += HEAD_WEIGHT - 1  # heads are in the body text once already
        found.append((shown, sorted(weights.items())))
    return found


def build_search_index(pages: Iterable[PageView],
                       known: Mapping[Path, list[DocTerms]] | None = None) -> dict:
    """The index as a JSON-ready dict (see the module docstring). ``known``: pages' terms
    already computed, by TEI path (:func:`page_search_terms`)."""
    known = known or {}
    docs = [doc for page in pages
            for doc in (known[page.source] if page.source in known
                        else page_search_terms(page))]
    terms: dict[str, list[list[int]]] = {}
    for number, (_shown, weights) in enumerate(docs):
        for word, weight in weights:
            terms.setdefault(word, []).append([number, weight])
    return {
        "docs": [list(shown) for shown, _ in docs],
        "terms": dict(sorted(terms.items())),
        "maxLen": max((len(w) for w in terms), default=1),
    }


def write_search_index(pages: Iterable[PageView], out_dir: Path, shard_bytes: int = SHARD_BYTES,
                       known: Mapping[Path, list[DocTerms]] | None = None) -> list[Path]:
    """Write the index and its term shards under ``out_dir`` (removing shards a previous,
    larger build left); returns the paths written. ``known``: as for
    :func:`build_search_index`."""
    out_dir = Path(out_dir)
    index = build_search_index(pages, known)
    terms = index.pop("terms")
    shards = 1
    size = len(_json(terms).encode())
    while size > shard_bytes * shards:
        shards *= 2
    buckets: list[dict] = [{} for _ in range(shards)]
    for word, postings in terms.items():
        buckets[ord(word[0]) % shards][word] = postings
    written = [output_path(out_dir, INDEX_FILE)]
    write_atomic(written[0],
                 f"window.{GLOBAL_NAME} = {_json({**index, 'shards': shards})};\n".encode())
    for number, bucket in enumerate(buckets):
        path = output_path(out_dir, SHARD_FILE.format(number))
        write_atomic(path, f"{SHARD_CALLBACK}({number}, {_json(bucket)});\n".encode())
        written.append(path)
    for stale in written[0].parent.glob(SHARD_FILE.format("*").split("/")[-1]):
        if stale not in written:
            remove_output(out_dir, f"{stale.parent.name}/{stale.name}")
    return written


def write_page_text(page: PageView, out_dir: Path) -> str:
    """Write the page's documents' text for the search page's excerpts; returns its path
    from the output root. No jieba: this runs with every page's HTML."""
    stem = page_path(page).removesuffix(".html")
    skips = {article_path(page, a): _head_lines(a) for a in page.articles}
    texts = {url: "\n".join(body.split("\n")[skips.get(url, 0):])  # the title shows the heads
             for url, _title, _where, _excerpt, _heads, body in search_documents([page])}
    data = {"facsimile": page.facsimile is not None and bool(page.facsimile.image_url),
            "texts": texts}
    path = TEXT_FILE.format(stem)
    text = _json(data)
    for char, escaped in (("<", "\\u003c"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    write_atomic(output_path(out_dir, path), f"{TEXT_CALLBACK}({_json(stem)}, {text});\n".encode())
    return path


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _is_word(token: str) -> bool:
    return any(unicodedata.category(c)[0] in "LN" for c in token)


def _excerpt(article, body: str) -> str:
    """The start of the lead or first paragraph: the text under the heads."""
    return _shorten(" ".join(body.split("\n")[_head_lines(article) + len(article.bylines):]))


def _head_lines(article) -> int:
    return sum(1 for h in (article.kicker, article.headline, article.subtitle) if h)


def _shorten(text: str) -> str:
    return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS] + "…"
