"""Encoding: the page model as TEI, with names, dates and keywords."""

from __future__ import annotations


def prepare() -> None:
    """Load the dictionaries the analysis needs (jieba's, its IDF table) now, so that worker
    processes forked afterwards share them instead of each loading its own (about 2 s)."""
    # imported here: every module of the package loads this one, and most need no jieba
    from teipress import lexicon
    from teipress.encode import keywords

    lexicon.pos_tokenizer()
    keywords._idf()
