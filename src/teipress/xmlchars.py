"""What XML 1.0 cannot carry, and how to tell a user: the page decoder refuses such a
character in a page's text, the edition's settings in a value (both end up in TEI)."""

from __future__ import annotations

import re

# What XML 1.0 cannot carry: C0 controls other than tab, LF and CR, lone surrogates,
# U+FFFE and U+FFFF. Form feed and vertical tab are layout (page and line breaks), which
# segmentation reads as line breaks, so they are let through.
NOT_XML = re.compile("[^\t\n\r\f\v\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def unstorable(text: str) -> str:
    """What in ``text`` XML 1.0 cannot carry, said for a user; empty when there is nothing."""
    bad = NOT_XML.search(text)
    if bad is None:
        return ""
    code = ord(bad.group())
    if 0xD800 <= code <= 0xDFFF:
        kind = "lone surrogate"
    elif code in (0xFFFE, 0xFFFF):
        kind = "non-character"
    else:
        kind = "control character"
    return f"{kind} U+{code:04X} cannot be stored in XML"
