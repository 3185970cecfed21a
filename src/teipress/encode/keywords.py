"""Keywords of a page (for textClass/keywords) and words for a search index.

Keywords are ranked by TF-IDF over the page's words, with jieba's IDF table; words jieba's
table does not know (the user dictionary's compounds such as 家政服务, 绿色发展) get its
median IDF. A news-fitted stop list keeps out what every page says (我市, 记者, 今年, 进行,
工作, 发展 …), and only nouns, noun-like verbs and names are candidates; a word inside a
better keyword (家政 after 家政服务) is skipped. Ties are broken by the word itself, so the
result is the same on every run.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from teipress import lexicon as _lexicon

__all__ = ["page_keywords", "search_tokens"]

_WORD = re.compile(r"[\w\u3400-\u4dbf\u4e00-\u9fff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_KEYWORD_TAGS = ("n", "nz", "nt", "ns", "nr", "vn", "j", "l", "i")
_GENERIC_TAGS = ("nrt", "nrfg")  # jieba's tags for transliterated and foreign-looking names


@cache
def _idf() -> tuple[dict[str, float], float]:
    # importing jieba.analyse loads its IDF table (about 0.25 s): only for keywords
    from jieba.analyse.tfidf import DEFAULT_IDF, IDFLoader

    return IDFLoader(DEFAULT_IDF).get_idf()


def _is_keyword_candidate(word: str, tag: str) -> bool:
    return (
        len(word) >= 2
        and bool(_HAN.search(word))
        and word not in _lexicon.news_stopwords()
        and tag in _KEYWORD_TAGS
        and tag not in _GENERIC_TAGS
    )


def page_keywords(texts: Sequence[str], limit: int = 10) -> list[str]:
    """The page's `limit` most characteristic words, best first; deterministic."""
    counts: Counter[str] = Counter()
    for text in texts:
        for word in _lexicon.tokenizer().cut(text, HMM=False):
            if _is_keyword_candidate(word, _lexicon.word_tag(word) or "x"):
                counts[word] += 1
    if not counts:
        return []
    idf, median = _idf()
    total = sum(counts.values())
    weight = {w: n / total * idf.get(w, median) for w, n in counts.items()}
    chosen: list[str] = []
    for word in sorted(weight, key=lambda w: (-weight[w], w)):
        # '家政' after '家政服务' adds nothing to the page's keywords
        if not any(word in better for better in chosen):
            chosen.append(word)
        if len(chosen) == limit:
            break
    return chosen


def search_tokens(text: str) -> list[str]:
    """Words for a search index (jieba cut_for_search), punctuation and stop words dropped.

    Only function words (的, 了, 和 …) are stop words here: a reader may well search for
    发展 or 记者, which the keyword stop list leaves out.
    """
    stop = _lexicon.stopwords()
    words = (w.strip() for w in _lexicon.tokenizer().cut_for_search(text))
    return [w for w in words if _WORD.search(w) and w not in stop]
