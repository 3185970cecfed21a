"""The page's registers of persons, places and organisations (``standOff``).

Every name element points with ``@ref`` to one entry; one entry gathers a name wherever it
is printed (byline, credit, editors line, text). Entries are numbered in the order names
first occur, so output is deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from teipress.encode.xml import tei, xml

_KINDS = {
    "person": ("pers", "listPerson", "person", "persName"),
    "place": ("place", "listPlace", "place", "placeName"),
    "org": ("org", "listOrg", "org", "orgName"),
}


@dataclass
class Registers:
    entries: dict[str, dict[str, str]] = field(
        default_factory=lambda: {kind: {} for kind in _KINDS}
    )

    def ref(self, kind: str, name: str) -> str:
        """The pointer (``#pers-3``) to the entry for ``name``, made on first use."""
        entries = self.entries[kind]
        if name not in entries:
            entries[name] = f"{_KINDS[kind][0]}-{len(entries) + 1}"
        return "#" + entries[name]

    def element_name(self, kind: str) -> str:
        return _KINDS[kind][3]

    def persons(self) -> list[str]:
        return list(self.entries["person"])

    def stand_off(self) -> etree._Element | None:
        if not any(self.entries.values()):
            return None
        stand_off = etree.Element(tei("standOff"))
        for kind, (_prefix, list_name, entry_name, name_element) in _KINDS.items():
            if not self.entries[kind]:
                continue
            listing = etree.SubElement(stand_off, tei(list_name))
            for name, ident in self.entries[kind].items():
                entry = etree.SubElement(listing, tei(entry_name))
                entry.set(xml("id"), ident)
                etree.SubElement(entry, tei(name_element)).text = name
        return stand_off
