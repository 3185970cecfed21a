"""Validation parses untrusted files: no DTD, no entity expansion, no file or network access."""

from __future__ import annotations

import resource

import pytest

from teipress.validate.safe import NotWellFormed, parse_bytes
from validate_support import EXAMPLE, run_teipress

SECRET = "teipress-secret-7f3a"

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<TEI xmlns="http://www.tei-c.org/ns/1.0" n="&lol9;"><p>&lol9;</p></TEI>
"""


def xxe_page(secret_file) -> str:
    """The example page with an external entity that would pull a local file into a paragraph."""
    header, _, rest = EXAMPLE.partition("<TEI ")
    doctype = f'<!DOCTYPE TEI [\n  <!ENTITY x SYSTEM "file://{secret_file}">\n]>\n'
    return header + doctype + "<TEI " + rest.replace("双碳</term>", "双碳</term>&x;", 1)


def test_xxe_is_refused_and_nothing_is_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    page = tmp_path / "xxe.xml"
    page.write_text(xxe_page(secret), encoding="utf-8")
    done = run_teipress("validate", "--format", "json", str(page))
    assert done.returncode == 1
    assert SECRET not in done.stdout + done.stderr
    assert '"DOCTYPE not allowed' in done.stdout.replace("not well-formed: ", "")
    with pytest.raises(NotWellFormed, match="DOCTYPE not allowed") as refused:
        parse_bytes(page.read_bytes())
    assert (refused.value.line, refused.value.column) == (4, 1)


def test_billion_laughs_is_refused_without_expansion(tmp_path):
    page = tmp_path / "lol.xml"
    page.write_text(BILLION_LAUGHS, encoding="utf-8")
    done = run_teipress("validate", str(page))
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f"{page}:2:1: error: not well-formed: "
        "DOCTYPE not allowed (no DTDs or entities in a TEI page)",
        "1 file: 0 valid, 1 invalid (1 error)",
    ]


def test_doctype_after_comments_and_instructions_is_still_found():
    data = b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- a -->\n<?xml-model href="x"?>\n' \
           b"<!DOCTYPE TEI><TEI/>"
    with pytest.raises(NotWellFormed, match="DOCTYPE not allowed"):
        parse_bytes(data)


def test_doctype_in_utf16_is_refused_too():
    data = '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE TEI [<!ENTITY a "b">]><TEI>&a;</TEI>'
    with pytest.raises(NotWellFormed, match="DOCTYPE not allowed"):
        parse_bytes(data.encode("utf-16"))


def test_undeclared_entity_is_an_error_not_an_expansion():
    with pytest.raises(NotWellFormed, match="Entity 'x' not defined"):
        parse_bytes(b"<TEI>&x;</TEI>")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_billion_laughs_costs_no_memory_in_any_encoding(encoding):
    """UTF-16 gets past the byte scan to libxml2, which must refuse to expand it too."""
    data = BILLION_LAUGHS.replace('<?xml version="1.0"?>',
                                  f'<?xml version="1.0" encoding="{encoding}"?>')
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(20):
        with pytest.raises(NotWellFormed):
            parse_bytes(data.encode(encoding))
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50_000  # KiB
