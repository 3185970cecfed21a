"""An article's dateline and its reporters, taken out of its first paragraph.

Both readers use it: the text reader once an article's paragraphs are in, the PDF reader
on each article it builds.
"""

from __future__ import annotations

from teipress.segment.model import Article, Dateline, Paragraph
from teipress.segment.patterns import DATELINE, names_in
from teipress.segment.text import join_lines


def take_dateline(article: Article) -> None:
    """Move a wire or local dateline and its reporters out of the first paragraph."""
    if not article.paragraphs:
        return
    first = article.paragraphs[0]
    text = first.text
    match = DATELINE.match(text)
    if match and not match.group("byline") and text[match.end():].lstrip()[:1] in "（(":
        spaced = _spaced_in_bracket(first)
        again = DATELINE.match(spaced)
        if again and again.group("byline"):
            match, text = again, spaced
    if match and not match.group("byline") and len(first.lines) > 1:
        # 本报讯 记者 钟离悦 / 宁州市…: an unbracketed byline ends its line, the space after
        # the name lost where the lines were joined; such a byline sets the name apart from
        # the role (晚报讯 记者从市教 / 育局获悉… is the text's first sentence)
        head = first.lines[0].text.strip()
        again = DATELINE.match(f"{head} {text[len(head):]}") if text.startswith(head) else None
        if again and again.group("byline") and again.end() == len(head) and len(
                again.group("byline").split()) > 1:
            match, text = again, f"{head} {text[len(head):]}"
    if not match:
        return
    byline = (match.group("byline") or "").strip()
    article.dateline = Dateline(match.group("dateline"), byline, names_in(byline) if byline else [])
    rest = text[match.end():].strip()
    if rest:
        article.paragraphs[0] = Paragraph(first.lines, rest, first.open, first.wide)
    else:
        article.paragraphs.pop(0)


def _spaced_in_bracket(paragraph: Paragraph) -> str:
    """A paragraph's text with a space where a line broke inside its first bracket: a
    dateline's bracket wrapped between two names (``（通讯员 白玛`` / ``龚一帆）``) is set with a
    space there, which joining CJK lines drops; tried only where the joined text reads as a
    dateline whose bracket is no byline (a role word or padded name broken inside itself,
    通 / 讯员, joins whole). Beyond the bracket the text is the paragraph's own."""
    texts = [line.text.strip() for line in paragraph.lines]
    if not texts or "（" not in texts[0] or join_lines(texts) != paragraph.text:
        return paragraph.text
    out = texts[0]
    for text in texts[1:]:
        inside = out.count("（") > out.count("）")
        out = f"{out} {text}" if inside and out[-1:].isalpha() and text[:1].isalpha() \
            else join_lines([out, text])
    return out
