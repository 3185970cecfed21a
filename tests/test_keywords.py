"""Page keywords (TF-IDF with a news stop list) and search tokens on the sample page."""

from __future__ import annotations

import re

from conftest import SAMPLE_TXT
from teipress import lexicon
from teipress.encode.keywords import page_keywords, search_tokens


def sample_paragraphs() -> list[str]:
    raw = SAMPLE_TXT.read_text(encoding="utf-8")
    blocks = ("".join(line.strip() for line in b.splitlines()) for b in raw.split("\n\n"))
    return [b for b in blocks if b]


def test_sample_keywords_are_domain_words_not_news_stop_words() -> None:
    keywords = page_keywords(sample_paragraphs())
    assert len(keywords) == 10 == len(set(keywords))
    # the page's subjects (家政, 政务) and a national policy term of the user dictionary
    assert {"家政", "政务", "绿色发展"} <= set(keywords)
    assert not [w for w in keywords if any(w != k and w in k for k in keywords)]
    for word in ("我市", "记者", "今年", "进行", "工作", "发展", "企业", "服务"):
        assert word not in keywords
    assert not set(keywords) & lexicon.news_stopwords()


def test_keywords_are_deterministic_and_limited() -> None:
    paragraphs = sample_paragraphs()
    assert page_keywords(paragraphs, limit=5) == page_keywords(paragraphs)[:5]
    assert page_keywords(paragraphs) == page_keywords(list(paragraphs))
    assert page_keywords([]) == []
    assert page_keywords(["，。……"]) == []


def test_search_tokens_drop_punctuation_and_function_words() -> None:
    text = "“推动绿色发展，促进人与自然和谐共生。”11月15日，王大锁的营业执照办好了。"
    tokens = search_tokens(text)
    assert "绿色发展" in tokens and "营业执照" in tokens and "营业" in tokens
    assert "发展" in tokens  # a reader may search for it: only function words are dropped
    for token in tokens:
        assert re.search(r"\w", token) and token == token.strip()
        assert token not in {"的", "了", "，", "。", "“", "”"}
