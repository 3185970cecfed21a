"""Persons precision and recall by the form a name is printed in, over sentences written for it.

usage: PYTHONPATH=src python bench/names_by_kind.py

tests/data/name_forms/sentences.tsv holds sentences in the forms papers print names in (a
running sentence, a role after the name, a roll of the fallen set as a head, a book's credit
line, a brief's joint signature, a bare photo credit, Mongolian, Dai, Uyghur and foreign
names, and sentences with no person), each with the persons in it. Every sentence is read
by the names finder as a paragraph or a head's line is (encode.names.find_mentions); this
prints, per kind, how many sentences, the persons precision and recall, and the names
missed and wrongly found, so a new paper's kinds can be added and measured before its pages
are seen.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from teipress.encode.names import find_mentions

SENTENCES = Path(__file__).resolve().parents[1] / "tests" / "data" / "name_forms" / "sentences.tsv"


def cases(path: Path = SENTENCES) -> list[tuple[str, str, set[str]]]:
    """(kind, sentence, persons) for each line of the table that is no comment."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, text, *persons = line.split("\t")
            rows.append((kind, text, {p for p in "".join(persons).split("、") if p}))
    return rows


def main() -> int:
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # sentences, right, got, want
    notes: dict[str, list[str]] = defaultdict(list)
    for kind, text, want in cases():
        got = {m.name for m in find_mentions(text) if m.kind == "person"}
        counts = found[kind]
        counts[0] += 1
        counts[1] += len(got & want)
        counts[2] += len(got)
        counts[3] += len(want)
        notes[kind] += [f"-{n}" for n in sorted(want - got)] + [f"+{n}" for n in sorted(got - want)]
    print(f"{'kind':18} sentences  persons P  persons R  missed (-) / wrong (+)")
    for kind, (n, right, got, want) in found.items():
        precision = right / got if got else 1.0
        recall = right / want if want else 1.0
        print(f"{kind:18} {n:9}  {precision:9.3f}  {recall:9.3f}  {' '.join(notes[kind])}")
    right, got, want = (sum(c[k] for c in found.values()) for k in (1, 2, 3))
    print(f"{'all':18} {sum(c[0] for c in found.values()):9}  {right / got:9.3f}  "
          f"{right / want:9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
