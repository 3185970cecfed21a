"""How much two pieces of text are about the same thing: jieba words weighted by rarity.

Used to tell which article a displaced headline, kicker or subtitle belongs to, and whether
two runs of paragraphs are one article.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

from teipress.lexicon import news_stopwords, stopwords, tokenizer

_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,}$")


@cache
def _stop_words() -> frozenset[str]:
    return stopwords() | news_stopwords()


def words(text: str) -> Counter[str]:
    """Content words of a text: jieba words of two or more characters, stop words left out.

    The segmenter and stop lists are the ones names and keywords use (loaded once)."""
    return Counter(_content_words(text))


@lru_cache(maxsize=4096)  # heads and captions are compared again and again
def _content_words(text: str) -> tuple[str, ...]:
    stop = _stop_words()
    return tuple(w for w in tokenizer().lcut(text) if _WORD.match(w) and w not in stop)


class Vocabulary:
    """Inverse document frequencies over the pieces of one page."""

    def __init__(self, documents: Iterable[Counter[str]]) -> None:
        docs = list(documents)
        df: Counter[str] = Counter()
        for doc in docs:
            df.update(doc.keys())
        self._n = max(1, len(docs))
        self._df = df
        self._idf: dict[str, float] = {}

    def idf(self, word: str) -> float:
        if word not in self._idf:
            self._idf[word] = math.log((self._n + 1) / (self._df.get(word, 0) + 0.5))
        return self._idf[word]

    def coverage(self, probe: Counter[str], body: Counter[str]) -> float:
        """The weighted share of the probe's words (a headline's) that the body uses."""
        total = sum(self.idf(w) for w in probe)
        if not total:
            return 0.0
        return sum(self.idf(w) for w in probe if w in body) / total

    def cosine(self, a: Counter[str], b: Counter[str]) -> float:
        """Cosine of tf-idf vectors: whether two runs of paragraphs share a subject."""
        dot = sum(math.sqrt(a[w] * b[w]) * self.idf(w) ** 2 for w in a.keys() & b.keys())
        norm_a = math.sqrt(sum(c * self.idf(w) ** 2 for w, c in a.items()))
        norm_b = math.sqrt(sum(c * self.idf(w) ** 2 for w, c in b.items()))
        return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0
