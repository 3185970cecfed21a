"""The page cache: each page's search words, kept so the index pages need no jieba run.

A cache file (``.teipress/pages/<key>.json``) may come from anywhere — shard folders are
merged from CI artifacts — so it is data, never code: JSON holding the SHA-256 of the TEI
it was made from and, per search document of the page, its weighted words. It is trusted
only when it parses, has exactly that shape, names the TEI being indexed and has one entry
per document the page has now; anything else is rebuilt from the TEI. What the index shows
(links, titles, excerpts) is always taken from the TEI itself, never from the cache.
"""

from __future__ import annotations

import json
from pathlib import Path

from teipress.fileio import write_atomic

FORMAT = 1
Weights = list[tuple[str, int]]


def dump(tei_hash: str, weights: list[Weights]) -> bytes:
    """The cache file's bytes for a page's TEI hash and its documents' weighted words."""
    data = {"format": FORMAT, "tei": tei_hash, "documents": [
        [[word, weight] for word, weight in doc] for doc in weights]}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write(path: Path, tei_hash: str, weights: list[Weights]) -> None:
    write_atomic(path, dump(tei_hash, weights))


def read(path: Path | None, tei_hash: str, documents: int) -> list[Weights] | None:
    """The weighted words cached for a TEI of hash ``tei_hash`` with ``documents`` search
    documents; None when the file is missing, unreadable, truncated, foreign or malformed."""
    if path is None:
        return None
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if (not isinstance(data, dict) or data.get("format") != FORMAT
            or data.get("tei") != tei_hash or not isinstance(data.get("documents"), list)
            or len(data["documents"]) != documents):
        return None
    found: list[Weights] = []
    for doc in data["documents"]:
        if not isinstance(doc, list) or not all(_is_weight(pair) for pair in doc):
            return None
        found.append([(word, weight) for word, weight in doc])
    return found


def _is_weight(pair: object) -> bool:
    return (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)
            and bool(pair[0]) and type(pair[1]) is int and pair[1] > 0)
