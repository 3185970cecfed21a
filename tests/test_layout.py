"""The stages' imports run one way, and no module imports itself round a cycle.

Every module under ``src/teipress`` is parsed (not imported) and every import in it is read:
at module level, under ``if TYPE_CHECKING:`` and inside functions alike, since an import
hidden in a function is still a dependency. ``from a.b import c`` depends on the module
``a.b.c`` where there is one, else on ``a.b``; the parent packages Python loads on the way
are not counted (every module would otherwise depend on its package's ``__init__``).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from conftest import ROOT

SOURCE = ROOT / "src"

# The layers, lowest first. A module may import modules of its own layer and of the layers
# below it, never of a layer above. A name is a module or a package (with everything in it).
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # What every stage may use: errors, safe file writing and paths, the package's resources,
    # the edition's settings, staged output, the version, what XML cannot carry.
    ("base", ("teipress", "teipress.errors", "teipress.fileio", "teipress.safepaths",
              "teipress.resources", "teipress.edition", "teipress.staging",
              "teipress.xmlchars")),
    # A page's bytes → text, or a PDF's lines with their boxes, rules, frames and pictures.
    ("decode", ("teipress.decode",)),
    # Word lists and the jieba segmenter, shared by segment and encode.
    ("lexicon", ("teipress.lexicon",)),
    # Either reader's lines → the page model.
    ("segment", ("teipress.segment",)),
    # The page model → TEI.
    ("encode", ("teipress.encode",)),
    # ``teipress convert``: the three stages above, for a text page or a page PDF.
    ("convert", ("teipress.convert", "teipress.pdfconvert")),
    # TEI → diagnostics.
    ("validate", ("teipress.validate",)),
    # TEI → HTML site and print PDFs.
    ("render", ("teipress.render",)),
    # Whole editions: convert, validate and render every page, incrementally.
    ("build", ("teipress.build",)),
    # The command line, over all of them.
    ("cli", ("teipress.cli", "teipress.__main__")),
)


def module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted((SOURCE / "teipress").rglob("*.py"))}


def layer_of(module: str) -> int | None:
    """The layer of the longest name in ``LAYERS`` that is the module or holds it."""
    best: tuple[int, int] | None = None
    for rank, (_, names) in enumerate(LAYERS):
        for name in names:
            holds = module == name or (name != "teipress" and module.startswith(name + "."))
            if holds and (best is None or len(name) > best[0]):
                best = (len(name), rank)
    return None if best is None else best[1]


def imported_modules(module: str, source: str, is_package: bool = False
                     ) -> Iterator[tuple[str, int]]:
    """The modules ``module`` (its text is ``source``) imports, each with the line of its
    import."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                yield (submodule if submodule in modules() else base), node.lineno


def import_graph() -> dict[str, dict[str, int]]:
    """Each module's imports of other teipress modules, with the line of each."""
    graph: dict[str, dict[str, int]] = {}
    for module, path in modules().items():
        edges = graph.setdefault(module, {})
        source = path.read_text(encoding="utf-8")
        for target, line in imported_modules(module, source, path.name == "__init__.py"):
            if target in modules() and target != module:
                edges.setdefault(target, line)
    return graph


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_every_kind_of_import():
    """Module-level, TYPE_CHECKING, function-local and relative imports are all read, and
    ``from package import module`` depends on the module, so the tests below see it all."""
    source = (
        "import teipress.errors\n"
        "from typing import TYPE_CHECKING\n"
        "from teipress.segment import model, segment_page\n"
        "if TYPE_CHECKING:\n"
        "    from teipress.decode.pdf import PdfPage\n"
        "def run():\n"
        "    from teipress.validate import validate_paths\n"
        "    from ...render import html\n"
        "    from . import blocks\n"
    )
    found = dict(imported_modules("teipress.segment.geometry", source, is_package=True))
    assert found == {"teipress.errors": 1, "typing": 2, "teipress.segment.model": 3,
                     "teipress.segment": 3, "teipress.decode.pdf": 5, "teipress.validate": 7,
                     "teipress.render.html": 8, "teipress.segment.geometry.blocks": 9}


def test_every_module_has_its_layer():
    assert [module for module in modules() if layer_of(module) is None] == []


def test_no_module_imports_a_later_stage():
    names = [name for name, _ in LAYERS]
    wrong = []
    for module, edges in import_graph().items():
        for target, line in edges.items():
            if layer_of(target) > layer_of(module):
                wrong.append(f"{modules()[module].relative_to(ROOT)}:{line}: "
                             f"{names[layer_of(module)]} imports {target} "
                             f"({names[layer_of(target)]})")
    assert not wrong, "\n".join(wrong)


def test_no_import_cycle():
    found = cycles(import_graph())
    assert not found, "\n".join(" ⇄ ".join(cycle) for cycle in found)


def test_no_module_imports_another_modules_private_names():
    """What two modules share is public: a private name stays in its module."""
    wrong = []
    for module, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("teipress"):
                wrong += [f"{module}: {node.module}.{alias.name}" for alias in node.names
                          if alias.name.startswith("_") and alias.name != "__version__"]
    assert not wrong, "\n".join(wrong)
