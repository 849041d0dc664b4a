"""The interactive HTML view of a knowledge base: one self-contained file that opens offline.

pyvis builds the network (nodes, edges, their options); the page around it is ours,
because pyvis's templates load vis-network, Bootstrap and Tom Select from CDNs even in
its "local" and "in_line" modes, and switch to a popup that inserts titles as raw HTML
as soon as one title contains "href".  Here vis-network (``kg/view_assets``) is inlined,
the page's Content-Security-Policy forbids every network request, and no entity text is
ever parsed as HTML:

* text placed in the HTML markup (legend, note, search list) goes through
  :func:`html.escape`;
* node and edge data travel as JSON in a ``<script type="application/json">`` block,
  with ``<``, ``>`` and ``&`` written as ``\\u003c``-style escapes so that no label can
  close the block;
* labels are drawn on the canvas, tooltips are plain strings (vis-network 9 sets a
  string title with ``innerText``), and the side panel is filled with ``textContent``.
"""

from __future__ import annotations

import html
import json
import math
import os
import re
from collections import defaultdict, deque
from dataclasses import dataclass
from importlib import resources
from typing import Any

from pyvis.network import Network

from kg.analyze import Analysis, entities_named
from kg.errors import KgError
from kg.files import write_atomic
from kg.model import ENTITY_TYPES, Entity, KnowledgeBase, Relation
from kg.rdf.ontology import class_labels, predicate_labels


@dataclass(frozen=True)
class ViewSummary:
    nodes: int
    edges: int
    focused: bool
    note: str


# Colour, vis-network shape and the legend's symbol for that shape.  Shapes whose label
# sits outside the node, so that size can show PageRank.
STYLE: dict[str, tuple[str, str, str]] = {
    "Person": ("#d62728", "dot", "●"),
    "Organization": ("#1f77b4", "square", "■"),
    "Document": ("#2ca02c", "triangle", "▲"),
    "PracticeModel": ("#9467bd", "star", "★"),
    "Award": ("#ff7f0e", "diamond", "◆"),
    "Place": ("#8c564b", "triangleDown", "▼"),
    "Event": ("#e377c2", "hexagon", "⬢"),
}

UI: dict[str, dict[str, str]] = {
    "vi": {
        "title": "Đồ thị tri thức", "search": "Tìm theo tên…", "find": "Tìm",
        "notFound": "Không tìm thấy", "types": "Loại thực thể", "type": "Loại",
        "kind": "Phân loại", "aliases": "Tên khác", "posts": "Chức vụ",
        "evidence": "Câu dẫn chứng", "measures": "Chỉ số", "nodes": "nút", "edges": "cạnh",
        "hint": "Chọn một nút để xem chi tiết.", "empty": "Đồ thị không có thực thể nào.",
    },
    "en": {
        "title": "Knowledge graph", "search": "Find by name…", "find": "Find",
        "notFound": "Not found", "types": "Entity types", "type": "Type", "kind": "Kind",
        "aliases": "Also called", "posts": "Posts", "evidence": "Evidence",
        "measures": "Measures", "nodes": "nodes", "edges": "edges",
        "hint": "Select a node to see its details.", "empty": "The graph has no entities.",
    },
}

MAX_EVIDENCE = 5
MAX_TITLE_EVIDENCE = 2
_ASSETS = "view_assets"
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)


def _asset(name: str) -> str:
    return resources.files("kg").joinpath(_ASSETS, name).read_text(encoding="utf-8")


def _json_for_script(value: object) -> str:
    """JSON that cannot end its <script> block or start a comment there."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return (
        text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


# --------------------------------------------------------------------------- selection


def _adjacency(relations: list[Relation]) -> dict[str, set[str]]:
    adj: dict[str, set[str]] = defaultdict(set)
    for rel in relations:
        adj[rel.subject].add(rel.object)
        adj[rel.object].add(rel.subject)
    return adj


def _by_rank(iris: set[str], analysis: Analysis) -> list[str]:
    def rank(iri: str) -> tuple[float, str]:
        m = analysis.measures.get(iri)
        return (-(m.pagerank if m else 0.0), iri)

    return sorted(iris, key=rank)


def _select(
    kb: KnowledgeBase, analysis: Analysis, relations: list[Relation], lang: str,
    focus: str | None, hops: int, max_nodes: int,
) -> tuple[set[str], str]:
    total = len(kb.entities)
    all_iris = {e.iri for e in kb.entities}
    if focus is not None:
        centre = set(entities_named(kb, focus))
        adj = _adjacency(relations)
        seen = set(centre)
        queue = deque((iri, 0) for iri in sorted(centre))
        while queue:
            node, dist = queue.popleft()
            if dist >= hops:
                continue
            for nxt in sorted(adj.get(node, ())):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append((nxt, dist + 1))
        cut = len(seen) > max_nodes
        if cut:
            rest = _by_rank(seen - centre, analysis)
            seen = set(sorted(centre)[:max_nodes]) | set(rest[: max(0, max_nodes - len(centre))])
        if lang == "vi":
            note = (f"Vùng lân cận {hops} bước quanh “{focus}”: {len(seen)} trên tổng số "
                    f"{total} thực thể.")
            if cut:
                note += f" Chỉ hiển thị {max_nodes} thực thể có PageRank cao nhất."
        else:
            note = (f"The {hops}-hop neighbourhood of “{focus}”: {len(seen)} of {total} "
                    "entities.")
            if cut:
                note += f" Showing the {max_nodes} with the highest PageRank."
        return seen, note
    if total > max_nodes:
        chosen = set(_by_rank(all_iris, analysis)[:max_nodes])
        if lang == "vi":
            note = (f"Đồ thị có {total} thực thể; chỉ hiển thị {max_nodes} thực thể có "
                    "PageRank cao nhất.")
        else:
            note = (f"The graph has {total} entities; showing the {max_nodes} with the "
                    "highest PageRank.")
        return chosen, note
    return all_iris, ""


# --------------------------------------------------------------------------- content


def _edge_label(rel: Relation, lang: str) -> str:
    """The relation's label in the ontology; a post's edge is named by the post itself."""
    if rel.predicate == "holdsPost" and rel.role:
        return rel.role
    return predicate_labels(lang).get(rel.predicate, rel.predicate)


def _clip(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _node_info(
    ent: Entity, analysis: Analysis, lang: str, labels: dict[str, str],
    rels: list[Relation],
) -> dict[str, Any]:
    posts = sorted({
        f"{r.role or predicate_labels(lang)['holdsPost']} — {labels.get(r.object, r.object)}"
        for r in rels if r.predicate == "holdsPost" and r.subject == ent.iri
    })
    evidence: list[str] = []
    for r in rels:
        for ev in r.evidence[:1]:
            sentence = _clip(ev.text)
            if sentence and sentence not in evidence:
                evidence.append(sentence)
    if not evidence:
        for ev in ent.evidence:
            sentence = _clip(ev.text)
            if sentence and sentence not in evidence:
                evidence.append(sentence)
    m = analysis.measures.get(ent.iri)
    return {
        "label": ent.label,
        "type": class_labels(lang).get(ent.type, ent.type),
        "kind": ent.kind or "",
        "aliases": list(ent.aliases),
        "posts": posts,
        "evidence": evidence[:MAX_EVIDENCE],
        "measures": (
            f"PageRank {m.pagerank:.4f} · degree {m.degree} · betweenness "
            f"{m.betweenness:.4f} · community {m.community}" if m else ""
        ),
    }


def _title(info: dict[str, Any], ui: dict[str, str]) -> str:
    """A plain-text tooltip (vis-network shows a string title as text, never as HTML)."""
    lines = [info["label"], f"{ui['type']}: {info['type']}" + (
        f" ({info['kind']})" if info["kind"] else "")]
    if info["aliases"]:
        lines.append(f"{ui['aliases']}: " + "; ".join(info["aliases"]))
    if info["posts"]:
        lines.append(f"{ui['posts']}: " + "; ".join(info["posts"][:5]))
    lines += [f"“{_clip(s, 160)}”" for s in info["evidence"][:MAX_TITLE_EVIDENCE]]
    return "\n".join(lines)


def _build_network(
    kb: KnowledgeBase, analysis: Analysis, chosen: set[str], relations: list[Relation],
    lang: str,
) -> tuple[Network, dict[str, dict[str, Any]]]:
    entities = {e.iri: e for e in kb.entities}
    labels = {iri: e.label for iri, e in entities.items()}
    touching: dict[str, list[Relation]] = defaultdict(list)
    for rel in relations:
        touching[rel.subject].append(rel)
        if rel.object != rel.subject:
            touching[rel.object].append(rel)
    ranks = [analysis.measures[i].pagerank for i in chosen if i in analysis.measures]
    top_rank = max(ranks, default=0.0) or 1.0
    net = Network(directed=True)
    infos: dict[str, dict[str, Any]] = {}
    for iri in sorted(chosen):
        ent = entities[iri]
        colour, shape, _ = STYLE.get(ent.type, ("#7f7f7f", "dot", "●"))
        info = _node_info(ent, analysis, lang, labels, touching.get(iri, []))
        infos[iri] = info
        m = analysis.measures.get(iri)
        size = 8 + 32 * math.sqrt(max(0.0, (m.pagerank if m else 0.0) / top_rank))
        net.add_node(
            iri, label=ent.label, title=_title(info, UI[lang]), color=colour, shape=shape,
            size=round(size, 2), kgType=ent.type,
        )
    for i, rel in enumerate(r for r in relations if r.subject in chosen and r.object in chosen):
        name = _edge_label(rel, lang)
        title = f"{labels[rel.subject]} — {name} — {labels[rel.object]}"
        if rel.evidence:
            title += f"\n“{_clip(rel.evidence[0].text, 240)}”"
        net.add_edge(rel.subject, rel.object, id=f"e{i}", label=name, title=title,
                     kgPredicate=rel.predicate)
    return net, infos


# --------------------------------------------------------------------------- page

_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
)

_OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "layout": {"randomSeed": 42, "improvedLayout": False},
    "physics": {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110,
                             "avoidOverlap": 0.2},
        "stabilization": {"enabled": True, "iterations": 250, "updateInterval": 25},
    },
    "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True},
    "nodes": {"font": {"size": 13, "face": "system-ui, Arial, sans-serif"},
              "borderWidth": 1},
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "font": {"size": 10, "align": "middle", "color": "#555"},
        "color": {"color": "#9a9a9a", "highlight": "#333", "hover": "#333"},
        "smooth": {"enabled": True, "type": "continuous", "roundness": 0.3},
    },
}


def _page(
    net: Network, infos: dict[str, dict[str, Any]], lang: str, note: str, types: list[str],
) -> str:
    ui = UI[lang]
    e = html.escape
    data = {
        "nodes": net.nodes, "edges": net.edges, "info": infos, "ui": ui, "options": _OPTIONS,
    }
    if not net.nodes:
        note = (note + " " + ui["empty"]).strip()
    vis_js = _SOURCE_MAP.sub("", _asset("vis-network.min.js"))
    vis_css = _asset("vis-network.min.css")
    # Our own style and script (view.js reads the JSON block, draws the network, wires
    # search and filters) are package files too, so that editors and linters see them.
    own_css = _asset("view.css")
    own_js = _asset("view.js")
    return f"""<!DOCTYPE html>
<html lang="{e(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{e(_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(ui['title'])}</title>
<style>{vis_css}</style>
<style>{own_css}</style>
</head>
<body>
{_header(net, infos, lang, note, types)}
<main>
<div id="kg-network"></div>
<aside id="kg-details" aria-live="polite"></aside>
</main>
<script>{vis_js}</script>
<script type="application/json" id="kg-data">{_json_for_script(data)}</script>
<script>{own_js}</script>
</body>
</html>
"""


def _header(
    net: Network, infos: dict[str, dict[str, Any]], lang: str, note: str, types: list[str],
) -> str:
    """The page's header: title, counts, note, the search box with every label offered,
    and the legend whose boxes show and hide each type."""
    ui = UI[lang]
    e = html.escape
    legend = "\n".join(
        f'<label><input type="checkbox" checked data-kg-type="{e(t)}"> '
        f'<span class="kg-symbol" style="color:{STYLE[t][0]}">{STYLE[t][2]}</span> '
        f"{e(class_labels(lang)[t])}</label>"
        for t in types
    )
    options = "\n".join(
        f'<option value="{e(info["label"])}"></option>'
        for info in sorted(infos.values(), key=lambda i: i["label"])
    )
    counts = f"{len(net.nodes)} {ui['nodes']} · {len(net.edges)} {ui['edges']}"
    return f"""<header>
<h1>{e(ui['title'])}</h1>
<span id="kg-counts">{e(counts)}</span>
<p id="kg-note"{'' if note else ' hidden'}>{e(note)}</p>
<form id="kg-search-form" role="search">
<input id="kg-search" type="search" list="kg-labels" placeholder="{e(ui['search'])}"
 aria-label="{e(ui['search'])}" autocomplete="off">
<button type="submit">{e(ui['find'])}</button>
<span id="kg-status" role="status"></span>
<datalist id="kg-labels">
{options}
</datalist>
</form>
<fieldset id="kg-legend"><legend hidden>{e(ui['types'])}</legend>
{legend}
</fieldset>
</header>"""



@dataclass(frozen=True)
class Selection:
    """The entities a view draws, the note that says how they were chosen, and the
    relations between entities (sorted) from which its edges and tooltips come."""

    chosen: frozenset[str]
    note: str
    relations: tuple[Relation, ...]
    focused: bool = False


def select_nodes(
    kb: KnowledgeBase, analysis: Analysis, *, lang: str = "vi", focus: str | None = None,
    hops: int = 2, max_nodes: int = 400,
) -> Selection:
    """The entities to draw: all of them up to ``max_nodes``, above that the highest by
    PageRank; with ``focus`` (a label, alias or IRI) those within ``hops`` relations of it."""
    if lang not in UI:
        raise KgError(f"Unknown language '{lang}': use 'vi' or 'en'.")
    if max_nodes < 1:
        raise KgError(f"max_nodes must be at least 1, not {max_nodes}.")
    if hops < 0:
        raise KgError(f"hops must not be negative, not {hops}.")
    entity_iris = {e.iri for e in kb.entities}
    relations = sorted(
        (r for r in kb.relations if r.subject in entity_iris and r.object in entity_iris),
        key=lambda r: (r.subject, r.predicate, r.object, r.role or ""),
    )
    chosen, note = _select(kb, analysis, relations, lang, focus, hops, max_nodes)
    return Selection(frozenset(chosen), note, tuple(relations), focused=focus is not None)


def draw(kb: KnowledgeBase, analysis: Analysis, selection: Selection, path: str | os.PathLike[str], *,
         lang: str = "vi") -> ViewSummary:
    """Write the page of a selection; ``kb`` needs the evidence of the chosen entities and
    of the relations touching them only."""
    chosen = set(selection.chosen)
    net, infos = _build_network(kb, analysis, chosen, list(selection.relations), lang)
    present = {e.type for e in kb.entities if e.iri in chosen}
    types: list[str] = [t for t in ENTITY_TYPES if t in present]
    write_atomic(path, _page(net, infos, lang, selection.note, types))
    return ViewSummary(
        nodes=len(net.nodes), edges=len(net.edges), focused=selection.focused, note=selection.note,
    )


def render_html(
    kb: KnowledgeBase, analysis: Analysis, path: str | os.PathLike[str], *, lang: str = "vi",
    focus: str | None = None, hops: int = 2, max_nodes: int = 400,
) -> ViewSummary:
    """Write the interactive view of ``kb`` to ``path`` and say what it shows.

    Above ``max_nodes`` entities only the highest-ranked by PageRank are drawn; with
    ``focus`` (a label, alias or IRI) only the entities within ``hops`` relations of it.
    Either way the page says so in a visible note, also returned as ``note``.
    """
    selection = select_nodes(kb, analysis, lang=lang, focus=focus, hops=hops, max_nodes=max_nodes)
    return draw(kb, analysis, selection, path, lang=lang)
