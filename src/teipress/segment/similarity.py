"""How much two pieces of text are about the same thing: jieba words weighted by rarity.

Used to tell which article a displaced headline, kicker or subtitle belongs to, and whether
two runs of paragraphs are one article.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,}$")
_STOP = frozenset({
    "我们", "他们", "一个", "进行", "工作", "今年", "近年来", "以来", "记者", "本报",
    "通过", "同时", "目前", "已经", "没有", "可以", "表示", "一些", "这个", "这些",
    "还是", "就是", "不断", "积极", "加快", "推进", "推动", "开展", "实现", "提升",
    "加强", "全面", "重要", "进一步", "相关", "有关", "其中", "之一", "方面", "我市",
    "我区", "我县", "市民", "群众", "今天", "昨天", "日前", "近日",
})


@cache
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def words(text: str) -> Counter[str]:
    """Content words of a text: jieba words of two or more characters, stop words left out."""
    return Counter(w for w in _jieba().lcut(text) if _WORD.match(w) and w not in _STOP)


class Vocabulary:
    """Inverse document frequencies over the pieces of one page."""

    def __init__(self, documents: Iterable[Counter[str]]) -> None:
        docs = list(documents)
        df: Counter[str] = Counter()
        for doc in docs:
            df.update(doc.keys())
        self._n = max(1, len(docs))
        self._df = df

    def idf(self, word: str) -> float:
        return math.log((self._n + 1) / (self._df.get(word, 0) + 0.5))

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
