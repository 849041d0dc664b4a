"""kg.view: the HTML file itself (the browser tests check how it behaves)."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from kg.analyze import analyze
from kg.errors import KgError
from kg.model import Entity, KnowledgeBase, Relation
from kg.namespace import ID_BASE
from kg.view import render_html

ID = ID_BASE

# Any reference that would make the browser fetch something from elsewhere.
EXTERNAL = [
    re.compile(r"""\b(?:src|href|srcset|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//""",
               re.I),
    re.compile(r"""@import\s+(?:url\()?\s*["']?\s*(?:https?:)?//""", re.I),
    re.compile(r"""url\(\s*["']?\s*(?:https?:)?//""", re.I),
]


def chain(n: int) -> KnowledgeBase:
    """n people in a line; person i attended event i, which person i+1 also attended."""
    ents = []
    rels = []
    for i in range(n):
        ents.append(Entity(ID + f"p/{i:04d}", "Person", f"Người {i}"))
        ents.append(Entity(ID + f"e/{i:04d}", "Event", f"Hội nghị {i}"))
        rels.append(Relation(ID + f"p/{i:04d}", "attended", ID + f"e/{i:04d}"))
        if i + 1 < n:
            rels.append(Relation(ID + f"p/{i + 1:04d}", "attended", ID + f"e/{i:04d}"))
    return KnowledgeBase(entities=tuple(ents), relations=tuple(rels))


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, [name for name, _ in attrs]))


def parse_tags(text: str) -> list[tuple[str, list[str]]]:
    """Every start tag and its attribute names, as a browser's tokenizer sees them."""
    parser = _Tags()
    parser.feed(text)
    return parser.tags


def page_data(text: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.S)
    assert match
    return dict(json.loads(match.group(1)))


def render(kb: KnowledgeBase, path: Path, **kw: Any) -> tuple[str, Any]:
    summary = render_html(kb, analyze(kb), path, **kw)
    return path.read_text(encoding="utf-8"), summary


def test_page_is_self_contained(tmp_path: Path) -> None:
    text, _ = render(chain(5), tmp_path / "g.html")
    for pattern in EXTERNAL:
        assert not pattern.findall(text), pattern.findall(text)[:3]
    assert "<link" not in text
    assert not re.search(r"<script[^>]*\ssrc=", text)
    for cdn in ("cdnjs", "jsdelivr", "unpkg", "bootstrap", "tom-select", "sourceMappingURL"):
        assert cdn not in text
    assert '<meta charset="utf-8">' in text
    assert "Content-Security-Policy" in text and "default-src &#x27;none&#x27;" in text
    assert "vis.Network" in text and "@version 9.1.2" in text
    assert "window.kgNetwork" in text and "window.kgCounts" in text
    assert "stabilizationIterationsDone" in text and "physics: false" in text
    assert "Người 3" in text  # UTF-8, not \\u escapes


def test_hostile_labels_only_escaped(hostile_kb: KnowledgeBase, tmp_path: Path) -> None:
    labels = [e.label for e in hostile_kb.entities]
    text, summary = render(hostile_kb, tmp_path / "h.html", lang="en")
    for label in labels[:3]:
        assert label not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text  # the search list
    assert "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "&quot; onmouseover=&quot;x" in text
    tags = parse_tags(text)
    assert not [t for t, _ in tags if t in ("img", "iframe", "object", "embed", "a", "link")]
    assert [t for t, _ in tags].count("script") == 3
    assert not [(t, a) for t, attrs in tags for a in attrs if a.startswith("on") or a == "href"]
    assert not re.search(r"\shref\s*=", text)
    # The data still carries the exact text: it is shown as text, not parsed as HTML.
    data = page_data(text)
    assert sorted(n["label"] for n in data["nodes"]) == sorted(labels)
    assert all(n["label"] in n["title"] for n in data["nodes"])
    assert {e["label"] for e in data["edges"]} == {
        labels[1], "issued by", "attended",
    }
    assert summary.nodes == 4 and summary.edges == 3


def test_legend_names_types_as_the_ontology_labels_them(tmp_path: Path) -> None:
    vi, _ = render(chain(2), tmp_path / "vi.html")
    en, _ = render(chain(2), tmp_path / "en.html", lang="en")
    assert "</span> Người</label>" in vi and "</span> Sự kiện</label>" in vi
    assert "</span> Person</label>" in en and "</span> Event</label>" in en


def test_counts_and_data(tmp_path: Path) -> None:
    kb = chain(4)
    text, summary = render(kb, tmp_path / "g.html")
    data = page_data(text)
    assert (summary.nodes, summary.edges, summary.focused, summary.note) == (8, 7, False, "")
    assert len(data["nodes"]) == 8 and len(data["edges"]) == 7
    assert len({e["id"] for e in data["edges"]}) == 7
    assert "8 nút · 7 cạnh" in text
    assert '<p id="kg-note" hidden></p>' in text
    person = next(n for n in data["nodes"] if n["id"] == ID + "p/0001")
    assert (person["shape"], person["kgType"]) == ("dot", "Person")
    assert {e["label"] for e in data["edges"]} == {"dự"}
    # Size follows PageRank: inner people outrank the ends of the chain.
    size = {n["id"]: n["size"] for n in data["nodes"]}
    assert size[ID + "p/0001"] > size[ID + "p/0000"]


def test_english_labels(tmp_path: Path) -> None:
    text, _ = render(chain(2), tmp_path / "g.html", lang="en")
    data = page_data(text)
    assert {e["label"] for e in data["edges"]} == {"attended"}
    assert '<html lang="en">' in text and "Knowledge graph" in text and "Person" in text
    with pytest.raises(KgError):
        render(chain(2), tmp_path / "x.html", lang="fr")


def test_large_graph_shows_top_by_pagerank_and_says_so(tmp_path: Path) -> None:
    kb = chain(30)  # 60 entities
    analysis = analyze(kb)
    summary = render_html(kb, analysis, tmp_path / "g.html", max_nodes=10, lang="en")
    text = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert summary.nodes == 10 and not summary.focused
    assert "60 entities" in summary.note and "10" in summary.note
    assert f'<p id="kg-note">{html.escape(summary.note)}</p>' in text
    best = sorted(analysis.measures.values(), key=lambda m: (-m.pagerank, m.iri))[:10]
    assert {n["id"] for n in page_data(text)["nodes"]} == {m.iri for m in best}
    vi = render_html(kb, analysis, tmp_path / "v.html", max_nodes=10)
    assert "chỉ hiển thị 10 thực thể có PageRank cao nhất" in vi.note


def test_focus_subgraph(tmp_path: Path) -> None:
    kb = chain(10)
    summary = render_html(kb, analyze(kb), tmp_path / "g.html", focus="người 5", hops=2)
    # Người 5 -> Hội nghị 4, Hội nghị 5 -> Người 4, Người 6
    ids = {n["id"] for n in page_data((tmp_path / "g.html").read_text())["nodes"]}
    assert ids == {ID + "p/0005", ID + "e/0004", ID + "e/0005", ID + "p/0004", ID + "p/0006"}
    assert summary.focused and summary.nodes == 5 and summary.edges == 4
    assert "Người 5" in summary.note or "người 5" in summary.note
    small = render_html(kb, analyze(kb), tmp_path / "s.html", focus="Người 5", hops=3,
                        max_nodes=3)
    assert small.nodes == 3 and "PageRank" in small.note
    assert ID + "p/0005" in {n["id"] for n in page_data((tmp_path / "s.html").read_text())[
        "nodes"]}
    with pytest.raises(KgError, match="Did you mean"):
        render_html(kb, analyze(kb), tmp_path / "x.html", focus="Người 55x")


def test_write_is_atomic_and_deterministic(tmp_path: Path) -> None:
    path = tmp_path / "out" / "g.html"
    kb = chain(6)
    render(kb, path)
    first = path.read_bytes()
    path.write_text("old", encoding="utf-8")
    render(kb, path)
    assert path.read_bytes() == first
    assert sorted(p.name for p in path.parent.iterdir()) == ["g.html"]
    assert path.stat().st_mode & 0o777 == 0o644  # readable by a web server, not 0600


def test_empty_knowledge_base(tmp_path: Path) -> None:
    text, summary = render(KnowledgeBase(), tmp_path / "g.html")
    assert (summary.nodes, summary.edges) == (0, 0)
    assert "Đồ thị không có thực thể nào." in text
