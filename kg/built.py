"""The built graph as the read commands open it: the Oxigraph store a build leaves.

``open_graph("out")`` (also ``kg.open``) finds the store of an output folder, of a
graph file beside it (``out/graph.trig``), or takes a store folder itself; a plain RDF
file with no store beside it is bulk-loaded into a temporary store
(:mod:`kg.store.oxigraph` finds and loads stores).  Nothing here parses a corpus with
rdflib.

What the commands walk rather than query, the entities and relations without their
evidence and the measures of the analysis (a :class:`Projection`), is written by the
build beside the store and read back in a fraction of a second; for a store kg did not
build it is read from the store once and kept in the same place.
"""

from __future__ import annotations

import bisect
import hashlib
import io
import os
import pickle
import shutil
import sys
import tempfile
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import astuple, dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import pyoxigraph as ox

from kg.analyze import (
    MEASURES,
    Analysis,
    EntityMeasures,
    Hop,
    Measures,
    NameIndex,
    NameKeys,
    name_keys,
    shortest_path,
)
from kg.errors import KgError
from kg.files import OUTPUT_MARKER, atomic_writer
from kg.model import (
    ENTITY_TYPES,
    PREDICATES,
    Entity,
    Evidence,
    EvidenceTable,
    KnowledgeBase,
    PackedEvidence,
    Relation,
    evidence_order,
)
from kg.namespace import KG, prefix_map
from kg.store.graphfiles import FILE_PREFIXES, OX_FORMAT, format_for
from kg.store.oxigraph import STORE_NAME, OxigraphStore, find_store, load_file, record_output, store_fingerprint
from kg.store.results import QueryResult

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Dataset

    from kg.view import ViewSummary

# kg.to_rdflib() copies the graph into Python objects: above this it is refused.
RDFLIB_MAX_TRIPLES = 2_000_000
_PROJECTION_VERSION = 5


# --------------------------------------------------------------------------- projection


def _measures_row(m: EntityMeasures) -> tuple[Any, ...]:
    """``astuple(m)`` without its deep copy of every field."""
    return (m.iri, m.degree, m.betweenness, m.pagerank, m.community)


def _measures_rows(analysis: Analysis) -> Iterable[tuple[Any, ...]]:
    """The rows of each entity's measures, read from a build's columns where it has them."""
    if isinstance(analysis.measures, Measures):
        return analysis.measures.rows()
    return (_measures_row(m) for m in analysis.measures.values())


class Projection:
    """Entities and relations without evidence, each relation's first piece of evidence
    (in the order the graph's reader gives) and the measures of the analysis: what
    `kg path` and `kg view` walk.  Evidence and measures stay plain tuples until asked
    for: `kg path` reads the whole projection in well under a second."""

    def __init__(self, entities: Sequence[Entity], relations: Sequence[Relation],
                 evidence: EvidenceRows, measures: Sequence[tuple[Any, ...]],
                 names: NameKeys | None = None) -> None:
        self.kb = KnowledgeBase(entities=tuple(entities), relations=tuple(relations))
        self._evidence = evidence  # one row per relation (sorted as they are)
        self._measures = measures  # EntityMeasures fields
        self.names = NameIndex(self.kb, names)  # entities by label and alias

    @classmethod
    def read(cls, store: OxigraphStore) -> Projection:
        """The projection of a store kg did not build (slow: every statement's evidence)."""
        entities = _read_entities(store)
        relations, statements = _read_relations(store)
        evidence = _evidence(store, statements.values())
        first = [evidence.get(statements.get(_key(r), ""), [None])[0] for r in relations]
        return cls(entities, relations, EvidenceRows.of(None if ev is None else astuple(ev) for ev in first),
                   [astuple(m) for m in _read_measures(store).values()])

    @cached_property
    def measures(self) -> dict[str, EntityMeasures]:
        return {row[0]: EntityMeasures(*row) for row in self._measures}

    def analysis(self) -> Analysis:
        return Analysis(measures=self.measures)

    @cached_property
    def first_evidence(self) -> dict[tuple[str, str, str, str], str]:
        """The text of each relation's first piece of evidence."""
        rows = self._evidence
        return {_key(r): row[-1] for i, r in enumerate(self.kb.relations) if (row := rows.row(i)) is not None}

    def relations_with_evidence(self, wanted: Callable[[Relation], bool]) -> tuple[Relation, ...]:
        """The relations, those ``wanted`` with their first piece of evidence."""
        return tuple(
            Relation(r.subject, r.predicate, r.object, r.role, (Evidence(*row),))
            if wanted(r) and (row := self._evidence.row(i)) is not None else r
            for i, r in enumerate(self.kb.relations)
        )

    def dumps(self) -> bytes:
        """Plain tuples: read back several times faster than pickled dataclasses."""
        out = io.BytesIO()
        rows = self._evidence
        _dump(out, self.kb.entities, self.kb.relations, (rows.article_ids, rows.numbers), self._measures,
              self.names.keys())
        _dump_quotes(out, iter(rows.quotes))
        return out.getvalue()

    @classmethod
    def loads(cls, data: bytes) -> Projection | None:
        stream = io.BytesIO(data)
        version, entities, relations, evidence, measures, names = pickle.load(stream)
        if version != _PROJECTION_VERSION:
            return None
        article_ids, numbers = evidence
        return cls([Entity(*e) for e in entities], [Relation(*r) for r in relations],
                   EvidenceRows(article_ids, numbers, pickle.load(stream)), measures, names)

    def first_evidence_of(self, key: tuple[str, str, str, str]) -> Evidence | None:
        """The first piece of evidence of one relation (found by bisection: the relations
        are sorted by their key)."""
        i = bisect.bisect_left(self.kb.relations, key, key=_key)
        if i < len(self.kb.relations) and _key(self.kb.relations[i]) == key and (row := self._evidence.row(i)):
            return Evidence(*row)
        return None


def write_projection(kb: KnowledgeBase, analysis: Analysis, out: BinaryIO) -> None:
    """The projection of a knowledge base just built, as its graph reads back (each
    relation once, with the evidence its statement node carries), pickled into ``out``
    as :meth:`Projection.dumps` would, without copying the entities and relations and
    written as it is pickled rather than held whole.  The quotes are read from the
    knowledge base's evidence table one at a time as they are written, never held
    together (at 8,000 articles they were 48 MB of the 159 this step took over the
    knowledge base)."""
    from kg.rdf.mapping import sorted_relations
    relations = sorted_relations(kb)
    article_numbers: dict[str, int] = {}
    numbers: array[int] = array("i")
    # each quote once: by its number in the evidence table (one table holds a build's
    # evidence), else by its text
    quote_numbers: dict[int | str, int] = {}
    table: EvidenceTable | None = None
    for r in relations:
        first = _first_evidence(r.evidence)
        if first is None:
            numbers.extend(_NO_EVIDENCE)
            continue
        ev_table, article_id, sentence, start, end, text = first
        if table is None and ev_table is not None:
            table = ev_table
        key = text if ev_table is table or isinstance(text, str) else ev_table.text(text)  # type: ignore[union-attr]
        quote = quote_numbers.setdefault(key, len(quote_numbers))
        numbers.extend((article_numbers.setdefault(article_id, len(article_numbers)), sentence, start, end, quote))
    _dump(out, kb.entities, relations, (list(article_numbers), numbers),
          _measures_rows(analysis), name_keys(kb.entities))
    del article_numbers, numbers
    _dump_quotes(out, (table.text(key) if isinstance(key, int) and table is not None else str(key)
                       for key in quote_numbers))


def _first_evidence(evidence: Sequence[Evidence]) -> tuple[EvidenceTable | None, str, int, int, int, int | str] | None:
    """The first piece of ``evidence`` in :func:`evidence_order`, its text as a number of
    its evidence table where it has one."""
    if isinstance(evidence, PackedEvidence):
        return evidence.first_numbers()
    if not evidence:
        return None
    ev = min(evidence, key=evidence_order)
    return None, ev.article_id, ev.sentence, ev.start, ev.end, ev.text


_NO_EVIDENCE = (-1, 0, 0, 0, 0)


class EvidenceRows:
    """Each relation's first piece of evidence, as columns: the article ids once, five
    ints a relation in one array (the article's number or -1 for none, the sentence,
    the offsets, the quote's number) and the quotes.  A large projection reads back as
    one array rather than a tuple a relation; the quotes are pickled after the rest,
    one at a time (:func:`_dump_quotes`)."""

    __slots__ = ("article_ids", "numbers", "quotes")

    def __init__(self, article_ids: list[str], numbers: array[int], quotes: list[str]) -> None:
        self.article_ids = article_ids
        self.numbers = numbers
        self.quotes = quotes

    @classmethod
    def of(cls, rows: Iterable[tuple[Any, ...] | None]) -> EvidenceRows:
        """From rows of Evidence fields (None: a relation without evidence)."""
        made = cls([], array("i"), [])
        articles: dict[str, int] = {}
        quotes: dict[str, int] = {}
        for row in rows:
            if row is None:
                made.numbers.extend(_NO_EVIDENCE)
                continue
            article_id, sentence, start, end, text = row
            quote = quotes.setdefault(text, len(quotes))
            made.numbers.extend((articles.setdefault(article_id, len(articles)), sentence, start, end, quote))
        made.article_ids, made.quotes = list(articles), list(quotes)
        return made

    def row(self, i: int) -> tuple[str, int, int, int, str] | None:
        """The Evidence fields of relation ``i``, or None."""
        n, j = self.numbers, 5 * i
        if n[j] < 0:
            return None
        return self.article_ids[n[j]], n[j + 1], n[j + 2], n[j + 3], self.quotes[n[j + 4]]


def _dump(out: BinaryIO, entities: Iterable[Entity], relations: Iterable[Relation],
          evidence: tuple[list[str], array[int]], measures: Iterable[tuple[Any, ...]], names: NameKeys) -> None:
    pickle.dump((_PROJECTION_VERSION, [(e.iri, e.type, e.label, e.aliases, e.kind) for e in entities],
                 [(r.subject, r.predicate, r.object, r.role) for r in relations], evidence, list(measures),
                 names), out, protocol=pickle.HIGHEST_PROTOCOL)


class _Streamed(list[str]):
    """Pickles as a list of what ``items`` gives, made while they are written."""

    def __init__(self, items: Iterator[str]) -> None:
        super().__init__()
        self._items = items

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return list, (), None, self._items


def _dump_quotes(out: BinaryIO, quotes: Iterator[str]) -> None:
    """A second pickle after the projection: its quotes, each let go of once written
    (no memo: each quote is there once)."""
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dump(_Streamed(quotes))


def _key(relation: Relation) -> tuple[str, str, str, str]:
    return (relation.subject, relation.predicate, relation.object, relation.role or "")


def _rows(store: OxigraphStore, query: str) -> Iterator[list[Any]]:
    """Rows of a SELECT as plain values (IRIs and literals as their text)."""
    solutions = store.store.query(query, prefixes=prefix_map(), use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    for solution in solutions:
        yield [None if term is None else term.value for term in solution]


def _read_entities(store: OxigraphStore) -> tuple[Entity, ...]:
    classes = " ".join(f"kg:{t}" for t in ENTITY_TYPES)
    types: dict[str, str] = {}
    for iri, cls in _rows(store, f"SELECT ?e ?c WHERE {{ VALUES ?c {{ {classes} }} ?e a ?c }}"):
        name = cls.removeprefix(str(KG))
        if iri not in types or ENTITY_TYPES.index(name) < ENTITY_TYPES.index(types[iri]):
            types[iri] = name
    names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for iri, predicate, value in _rows(store, "SELECT ?e ?p ?v WHERE { VALUES ?p { skos:prefLabel rdfs:label "
                                              "skos:altLabel kg:kind } ?e ?p ?v }"):
        if iri in types:
            names[iri][predicate.rsplit("#", 1)[-1].rsplit("/", 1)[-1]].append(value)
    entities = []
    for iri in sorted(types):
        found = names.get(iri, {})
        label = min(found.get("prefLabel") or found.get("label") or [""]) or None
        if label is None:
            continue
        entities.append(Entity(iri=iri, type=types[iri], label=label,  # type: ignore[arg-type]
                               aliases=tuple(sorted(set(found.get("altLabel", ())) - {label})),
                               kind=min(found["kind"]) if found.get("kind") else None))
    return tuple(entities)


def _read_relations(store: OxigraphStore) -> tuple[tuple[Relation, ...], dict[tuple[str, str, str, str], str]]:
    predicates = {str(KG[p]): p for p in PREDICATES}
    relations: dict[tuple[str, str, str, str], Relation] = {}
    statements: dict[tuple[str, str, str, str], str] = {}
    described: set[tuple[str, str, str]] = set()
    query = ("SELECT ?st ?s ?p ?o ?r WHERE { ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; "
             "rdf:object ?o OPTIONAL { ?st kg:roleLabel ?r } }")
    for statement, subject, predicate, obj, role in _rows(store, query):
        if predicate in predicates:
            relation = Relation(subject, predicates[predicate], obj, role)
            relations[_key(relation)] = relation
            statements[_key(relation)] = statement
            described.add((subject, predicate, obj))
    values = " ".join(f"<{p}>" for p in predicates)
    for subject, predicate, obj in _rows(store, f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} ?s ?p ?o }}"):
        if (subject, predicate, obj) not in described:  # a triple without a statement node
            relation = Relation(subject, predicates[predicate], obj)
            relations[_key(relation)] = relation
    return tuple(relations[k] for k in sorted(relations)), statements


def _read_measures(store: OxigraphStore) -> dict[str, EntityMeasures]:
    query = ("SELECT ?e ?pr ?b ?d ?c WHERE { ?e kg:pageRank ?pr ; kg:betweenness ?b ; kg:degree ?d "
             "OPTIONAL { ?e kg:community ?c } }")
    return {
        iri: EntityMeasures(iri, int(degree), float(between), float(rank), -1 if community is None else int(community))
        for iri, rank, between, degree, community in _rows(store, query)
    }


def _evidence(store: OxigraphStore, targets: Iterable[str]) -> dict[str, list[Evidence]]:
    found: dict[str, set[Evidence]] = defaultdict(set)
    wanted = sorted(set(targets))
    for start in range(0, len(wanted), 500):
        values = " ".join(f"<{t}>" for t in wanted[start:start + 500])
        query = f"""SELECT ?t ?src ?id ?n ?start ?end ?text WHERE {{
          VALUES ?t {{ {values} }} ?t kg:evidence ?ev . ?ev oa:hasSource ?src ;
            oa:start ?start ; oa:end ?end ; oa:exact ?text
          OPTIONAL {{ ?ev kg:sentenceIndex ?n }} OPTIONAL {{ ?src dcterms:identifier ?id }} }}"""
        for target, source, article, sentence, begin, end, text in _rows(store, query):
            found[target].add(Evidence(article or source.rsplit("/", 1)[-1],
                                       -1 if sentence is None else int(sentence), int(begin), int(end), text))
    return {t: sorted(evs, key=evidence_order) for t, evs in found.items()}


def _projection_path(store_dir: Path) -> Path:
    """Beside the store in an output folder's cache; elsewhere in the temporary folder
    (a cache folder would mark the store's parent as a build's outputs)."""
    name = f"projection-{hashlib.sha256(str(store_dir.resolve()).encode('utf-8', 'surrogateescape')).hexdigest()[:12]}"
    cache = store_dir.parent / OUTPUT_MARKER
    return (cache if cache.is_dir() else Path(tempfile.gettempdir())) / f"{name}.bin"


def save_projection(store_dir: Path, projection: bytes | Path) -> None:
    """Keep a projection of the store as its files are now (a cache: failing to write it
    only costs the next reader time); ``projection`` is its bytes or a file of them."""
    fingerprint = store_fingerprint(store_dir)
    if fingerprint is None:
        return
    try:
        with atomic_writer(_projection_path(store_dir), durable=False) as out:
            out.write(fingerprint.encode() + b"\n")
            if isinstance(projection, bytes):
                out.write(projection)
            else:
                with projection.open("rb") as staged:
                    shutil.copyfileobj(staged, out)
    except OSError:
        pass


def _load_projection(store_dir: Path) -> Projection | None:
    try:
        with _projection_path(store_dir).open("rb") as f:
            if f.readline().rstrip(b"\n").decode() != store_fingerprint(store_dir):
                return None
            return Projection.loads(f.read())
    except (OSError, ValueError, EOFError, pickle.UnpicklingError, AttributeError, TypeError):
        return None


# --------------------------------------------------------------------------- the built graph


def _quoted_relations(selection: Any, texts: dict[tuple[str, str, str, str], str]) -> set[tuple[str, str, str, str]]:
    """The relations whose evidence a view shows: each drawn edge's, and for each node
    those of its relations, in order, until it has as many sentences as it lists."""
    from kg.view import MAX_EVIDENCE, _clip

    chosen = selection.chosen
    needed: set[tuple[str, str, str, str]] = set()
    sentences: dict[str, set[str]] = defaultdict(set)
    for relation in selection.relations:
        key = _key(relation)
        if relation.subject in chosen and relation.object in chosen:
            needed.add(key)
        for end in {relation.subject, relation.object} & chosen:
            if len(sentences[end]) < MAX_EVIDENCE:
                needed.add(key)
                if _clip(texts.get(key, "")):  # as the node's tooltip counts them
                    sentences[end].add(_clip(texts[key]))
    return needed


@dataclass(frozen=True)
class InlineView:
    """A view page that Jupyter shows inline (``_repr_html_``); ``html`` is the page."""

    html: str
    nodes: int
    edges: int
    note: str
    height: int = 600

    def _repr_html_(self) -> str:
        import html

        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" style="width: 100%; '
                f'height: {self.height}px; border: 1px solid #ddd"></iframe>')

    def __repr__(self) -> str:
        return f"<InlineView {self.nodes} nodes, {self.edges} edges>"


@dataclass(frozen=True)
class Ranked:
    iri: str
    label: str
    type: str
    value: float


class BuiltGraph:
    """A built graph opened for reading (read-only; a temporary store is deleted by
    :meth:`close`)."""

    def __init__(self, store: OxigraphStore, store_dir: Path, temporary: bool = False) -> None:
        self.store = store
        self.store_dir = store_dir
        self._temporary = temporary
        self._projection: Projection | None = None

    def __enter__(self) -> BuiltGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()

    def close(self) -> None:
        if getattr(self, "_temporary", False):
            self._temporary = False
            del self.store  # closed before its folder goes
            shutil.rmtree(self.store_dir, ignore_errors=True)

    def __len__(self) -> int:
        return len(self.store)

    def __repr__(self) -> str:
        return f"<BuiltGraph {self.store_dir}>"

    def query(self, text: str, timeout: float | None = None, *, allow_service: bool = False) -> QueryResult:
        """A SPARQL query (union default graph, kg's prefixes known)."""
        return self.store.query(text, timeout=timeout, allow_service=allow_service)

    def top(self, by: str = "pagerank", type: str | None = None, n: int = 10) -> list[Ranked]:
        """The ``n`` entities (of ``type``) ranked highest by a measure written at build
        time: one query."""
        if by not in MEASURES:
            raise KgError(f"Unknown measure '{by}': use one of {', '.join(MEASURES)}.")
        if type is not None and type not in ENTITY_TYPES:
            raise KgError(f"Unknown type '{type}': use one of {', '.join(ENTITY_TYPES)}.")
        measure = {"pagerank": "kg:pageRank", "degree": "kg:degree", "betweenness": "kg:betweenness"}[by]
        typed = f"?e a kg:{type} ." if type else ""
        classes = " ".join(f"kg:{t}" for t in ENTITY_TYPES)
        query = f"""SELECT ?e ?v ?label ?c WHERE {{
          {{ SELECT ?e ?v WHERE {{ ?e {measure} ?v . {typed} }}
             ORDER BY DESC(?v) ?e LIMIT {max(0, n)} }}
          ?e skos:prefLabel ?label . VALUES ?c {{ {classes} }} ?e a ?c
        }}"""
        labels: dict[str, str] = {}
        types: dict[str, int] = {}
        values: dict[str, float] = {}
        for iri, value, label, cls in _rows(self.store, query):
            labels[iri] = min(label, labels.get(iri, label))
            types[iri] = min(ENTITY_TYPES.index(cls.removeprefix(str(KG))), types.get(iri, len(ENTITY_TYPES)))
            values[iri] = float(value)
        ranked = [Ranked(iri, labels[iri], type or ENTITY_TYPES[types[iri]], values[iri]) for iri in values]
        return sorted(ranked, key=lambda r: (-r.value, r.iri))

    def projection(self) -> Projection:
        """Entities, relations and measures without evidence (cached beside the store)."""
        if self._projection is None:
            found = _load_projection(self.store_dir)
            if found is None:
                print(f"kg: reading the entities and relations of {self.store_dir} (once; kept for later) ...",
                      file=sys.stderr)
                found = Projection.read(self.store)
                if not self._temporary:
                    save_projection(self.store_dir, found.dumps())
            self._projection = found
        return self._projection

    def path(self, source: str, target: str) -> list[Hop]:
        """The shortest connection between two entities, each hop with its evidence."""
        projection = self.projection()
        hops = shortest_path(projection.kb, source, target, projection.names)
        evidence = [projection.first_evidence_of((h.subject_iri, h.predicate, h.object_iri, h.role or ""))
                    for h in hops]
        return [replace(h, evidence=ev.text if ev else None) for h, ev in zip(hops, evidence, strict=True)]

    def evidence(self, targets: Iterable[str]) -> dict[str, list[Evidence]]:
        """The evidence of entities or statements, each list in the order the graph's
        reader gives (:func:`kg.model.evidence_order`)."""
        return _evidence(self.store, targets)

    def view(self, path: str | os.PathLike[str], *, lang: str = "vi", focus: str | None = None,
             hops: int = 2, max_nodes: int = 400) -> ViewSummary:
        """Write the interactive view: nodes chosen on the projection, evidence queried
        for those drawn only."""
        from kg.view import draw, select_nodes

        projection = self.projection()
        analysis = projection.analysis()
        chosen = select_nodes(projection.kb, analysis, lang=lang, focus=focus, hops=hops, max_nodes=max_nodes)
        needed = _quoted_relations(chosen, projection.first_evidence)
        relations = projection.relations_with_evidence(lambda r: _key(r) in needed)
        by_key = {_key(r): r for r in relations}
        chosen = replace(chosen, relations=tuple(by_key[_key(r)] for r in chosen.relations))
        # an entity's own evidence shows only where no relation of it has any
        quoted = {end for r in chosen.relations if r.evidence for end in (r.subject, r.object)}
        evidence = self.evidence(chosen.chosen - quoted)
        kb = KnowledgeBase(
            entities=tuple(replace(e, evidence=tuple(evidence[e.iri])) if e.iri in evidence else e
                           for e in projection.kb.entities),
            relations=relations,
        )
        return draw(kb, analysis, chosen, path, lang=lang)

    def show(self, *, lang: str = "vi", focus: str | None = None, hops: int = 2, max_nodes: int = 400,
             height: int = 600) -> InlineView:
        """The view, for a notebook: shown inline (in a frame of its own, offline)."""
        with tempfile.TemporaryDirectory(prefix="kg-view-") as folder:
            page = Path(folder) / "graph.html"
            summary = self.view(page, lang=lang, focus=focus, hops=hops, max_nodes=max_nodes)
            return InlineView(page.read_text(encoding="utf-8"), summary.nodes, summary.edges, summary.note, height)

    def export(self, path: Path | None, fmt: str) -> None:
        """Write the graph in an RDF format (``ttl`` and ``nt`` hold the union of the named
        graphs), streamed from the store: to ``path`` atomically, or to standard output.
        The same store gives the same bytes (the store's own order)."""
        chosen = format_for(f"x.{fmt}", fmt)

        def write(out: BinaryIO) -> None:
            if chosen in ("ttl", "nt"):
                triples = (q.triple for q in self.store.store.quads_for_pattern(None, None, None))
                ox.serialize(triples, out, OX_FORMAT[chosen], prefixes=FILE_PREFIXES)
            else:
                self.store.store.dump(out, OX_FORMAT[chosen], prefixes=FILE_PREFIXES)

        if path is None:
            write(sys.stdout.buffer)
            return
        with atomic_writer(path) as out:
            write(out)
        if not self._temporary and (path.parent / STORE_NAME).resolve() == self.store_dir.resolve():
            record_output(path, self.store_dir)

    def to_networkx(self) -> nx.MultiDiGraph:
        """Entities and relations as a networkx graph (see :func:`kg.analyze.project`),
        each node with its measures."""
        from kg.analyze import project

        projection = self.projection()
        graph = project(projection.kb)
        for iri, m in projection.measures.items():
            if iri in graph:
                graph.nodes[iri].update(pagerank=m.pagerank, degree=m.degree, betweenness=m.betweenness,
                                        community=m.community)
        return graph

    def to_rdflib(self, max_triples: int | None = RDFLIB_MAX_TRIPLES) -> Dataset:
        """The whole graph as an rdflib ``Dataset``, for a small graph (``max_triples=None``
        for any size, with a note: about a gigabyte per million triples)."""
        size = len(self.store)
        if max_triples is not None and size > max_triples:
            raise KgError(f"{size:,} triples are too many for rdflib (at most {max_triples:,}); "
                          "query the store instead")
        if size > RDFLIB_MAX_TRIPLES // 4:
            print(f"kg: reading {size:,} triples into memory (rdflib) ...", file=sys.stderr)
        return self.store.to_dataset()


def open_graph(path: str | os.PathLike[str] = "out", *, progress: bool = True) -> BuiltGraph:
    """The built graph at ``path``: an output folder, a store folder, or a graph file
    (its build's store when beside it, else the file loaded into a temporary store)."""
    path = Path(path)
    store_dir = find_store(path)
    if store_dir is not None:
        return BuiltGraph(OxigraphStore(store_dir, read_only=True), store_dir)
    if not path.exists():
        raise KgError(f"{path}: no such graph file or output folder; build one with "
                      "`kg build DIR --out OUT` or pass --graph with an existing file or folder")
    folder = Path(tempfile.mkdtemp(prefix="kg-graph-"))
    try:
        load_file(path, folder, progress=progress)  # closed again: opened read-only below
        return BuiltGraph(OxigraphStore(folder, read_only=True), folder, temporary=True)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def ranked_lines(ranked: Sequence[Ranked]) -> list[str]:
    """`kg top`'s lines: rank, label, type and value in columns."""
    width = max((len(r.label) for r in ranked), default=10)
    return [f"{n:>3}. {r.label:<{width}}  {r.type:<13} {r.value:.4f}" for n, r in enumerate(ranked, 1)]
