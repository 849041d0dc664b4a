"""Graph analysis of a knowledge base: centrality, communities, derived relations, paths.

The analysis works on a *projection* of the knowledge base (:func:`project`):

* one node per entity, keyed by its IRI, with the attributes ``type``, ``label`` and
  ``kind``;
* one directed edge per :class:`~kg.model.Relation` whose subject and object are both
  entities, keyed by ``"predicate|role"`` and carrying the attributes ``predicate`` and
  ``role``;
* articles, mentions, evidence and literal values are left out: they would turn every
  entity named in the same article into a near neighbour and drown the structure the
  relations describe.

Measures (:func:`analyze`) are computed on the *undirected simple* projection (edge
direction and parallel edges dropped), because "who is connected to whom" is what a
reader asks of these graphs, and a post held or a document implemented links both ends:

* ``degree``: number of distinct neighbours;
* ``betweenness``: normalised betweenness centrality, exact up to
  :data:`EXACT_BETWEENNESS_NODES` nodes, above that estimated from ``k`` sampled
  sources (seeded) so that a 100k-entity graph is analysed in seconds;
* ``pagerank``: PageRank with damping 0.85, dangling mass spread uniformly;
* ``community``: Leiden communities maximising modularity (seeded), numbered 0, 1, ... in
  the order of each community's smallest member IRI; an isolated entity or pair is a
  community of its own without running Leiden on it.

The graph is networkx's; the three walks over all of it (PageRank, betweenness, Leiden)
run in igraph's C core, 10 to 80 times faster than networkx's or ours in Python on a
10,000-article graph (bench/RESULTS.md).  networkx's dispatch to a faster backend was
no way there: our PageRank and betweenness were not networkx's, nx-parallel (0.4 needs
Python 3.12) runs networkx's Python in joblib processes, at most 2x on two cores, and
graphblas-algorithms has had no release since 2023.

Derived relations (rule name in brackets) are not stated by any article but follow from
the stated ones:

* ``kg:partOfTransitive`` [``transitive-suborganization``]: every body a body is
  ultimately part of by following ``subOrganizationOf`` (at most
  :data:`MAX_HIERARCHY_HOPS` hops); weight is ``1 / hops``;
* ``kg:colleagueOf`` [``same-organization-post``]: two people holding posts in the same
  organisation; weight is the number of such organisations;
* ``kg:coImplementer`` [``same-document-implemented``]: two bodies implementing the same
  document; weight is the number of such documents (for both rules, an organisation or
  document shared by more than :data:`MAX_SHARED_GROUP` subjects is not counted);
* ``kg:coMentionedWith`` [``sentence-co-mention``]: two entities named in the same
  sentence (from ``Entity.evidence``); weight is the number of shared sentences and
  ``evidence_articles`` lists every article naming both.

Symmetric derived relations are stored once, subject IRI < object IRI.  Everything is
returned in a deterministic order.
"""

from __future__ import annotations

import bisect
import difflib
import gc
import itertools
import random
from array import array
from collections import defaultdict, deque
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from kg.errors import KgError
from kg.model import Entity, KnowledgeBase, Relation, evidence_places
from kg.text import match_key

if TYPE_CHECKING:  # networkx is imported where a graph is built: `kg top` and `kg path` need none
    import networkx as nx

Measure = Literal["pagerank", "degree", "betweenness"]
MEASURES: tuple[Measure, ...] = ("pagerank", "degree", "betweenness")

# Above this many nodes, exact betweenness (O(n*m)) takes minutes; sample sources instead.
EXACT_BETWEENNESS_NODES = 2000
# Roughly how many node+edge visits the sampled betweenness may spend: each source costs
# one BFS over the graph, so k shrinks as the graph grows.
BETWEENNESS_BUDGET = 4_000_000
MIN_BETWEENNESS_SAMPLES = 8
# Membership of a body with hundreds of post holders (or a document implemented by
# hundreds of bodies) says little about any one pair, and would add n^2/2 relations.
MAX_SHARED_GROUP = 150
# subOrganizationOf chains are short; a longer one means an extraction loop.
MAX_HIERARCHY_HOPS = 12

PART_OF_TRANSITIVE = "partOfTransitive"
COLLEAGUE_OF = "colleagueOf"
CO_IMPLEMENTER = "coImplementer"
CO_MENTIONED_WITH = "coMentionedWith"

RULE_TRANSITIVE = "transitive-suborganization"
RULE_COLLEAGUE = "same-organization-post"
RULE_CO_IMPLEMENTER = "same-document-implemented"
RULE_CO_MENTION = "sentence-co-mention"


@dataclass(frozen=True)
class EntityMeasures:
    iri: str
    degree: int
    betweenness: float
    pagerank: float
    community: int


class Measures(Mapping[str, EntityMeasures]):
    """Each entity's measures in columns, in IRI order: an :class:`EntityMeasures` is
    made when one is read.  An object a node with its floats and a dict's entry took
    about 450 bytes an entity (24 MB at 8,000 articles, held through the rest of the
    build); the columns take 28."""

    __slots__ = ("_iris", "_degree", "_betweenness", "_pagerank", "_community")

    def __init__(self, iris: list[str]) -> None:
        """Columns for ``iris`` (sorted, each once), to be filled by :meth:`set`."""
        self._iris = iris
        self._degree = array("q", bytes(8 * len(iris)))
        self._betweenness = array("d", bytes(8 * len(iris)))
        self._pagerank = array("d", bytes(8 * len(iris)))
        self._community = array("q", bytes(8 * len(iris)))

    def set(self, i: int, degree: int, betweenness: float, pagerank: float, community: int) -> None:
        self._degree[i], self._betweenness[i] = degree, betweenness
        self._pagerank[i], self._community[i] = pagerank, community

    def _at(self, i: int) -> EntityMeasures:
        return EntityMeasures(self._iris[i], self._degree[i], self._betweenness[i], self._pagerank[i],
                              self._community[i])

    def _index(self, iri: object) -> int:
        i = bisect.bisect_left(self._iris, iri) if isinstance(iri, str) else len(self._iris)
        if i == len(self._iris) or self._iris[i] != iri:
            raise KeyError(iri)
        return i

    def __getitem__(self, iri: str) -> EntityMeasures:
        return self._at(self._index(iri))

    def __contains__(self, iri: object) -> bool:
        try:
            self._index(iri)
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(self._iris)

    def __len__(self) -> int:
        return len(self._iris)

    def rows(self) -> Iterator[tuple[str, int, float, float, int]]:
        """Each entity's fields, in IRI order, without an object made of them."""
        return zip(self._iris, self._degree, self._betweenness, self._pagerank, self._community, strict=True)


@dataclass(frozen=True)
class DerivedRelation:
    """A relation inferred from stated ones; ``predicate`` is a local name in ``kg:``."""

    subject: str
    predicate: str
    object: str
    rule: str
    weight: float
    evidence_articles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Analysis:
    measures: Mapping[str, EntityMeasures] = field(default_factory=dict, hash=False)
    derived: Collection[DerivedRelation] = ()
    communities: tuple[tuple[str, ...], ...] = ()
    # None when betweenness is exact, else the number of sampled sources.
    betweenness_samples: int | None = None
    seed: int = 42


@dataclass(frozen=True)
class Hop:
    """One relation on a path, told in its stated direction (which may run backwards)."""

    subject: str  # label
    predicate: str
    object: str  # label
    role: str | None
    evidence: str | None
    subject_iri: str = ""
    object_iri: str = ""


# --------------------------------------------------------------------------- projection


def _edge_key(rel: Relation) -> str:
    return f"{rel.predicate}|{rel.role or ''}"


def project(kb: KnowledgeBase) -> nx.MultiDiGraph:
    """The entity/relation graph described in the module docstring."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for ent in sorted(kb.entities, key=lambda e: e.iri):
        graph.add_node(ent.iri, type=ent.type, label=ent.label, kind=ent.kind)
    for rel in _sorted_relations(kb.relations):
        if rel.subject in graph and rel.object in graph:
            graph.add_edge(
                rel.subject, rel.object, key=_edge_key(rel),
                predicate=rel.predicate, role=rel.role,
            )
    return graph


def _relation_key(r: Relation) -> tuple[str, str, str, str]:
    return (r.subject, r.predicate, r.object, r.role or "")


def _sorted_relations(relations: Iterable[Relation]) -> list[Relation]:
    """``relations`` in key order; a build's are in it already, and are not sorted again
    (sorting made a key tuple of each: 11 MB at 8,000 articles)."""
    listed = list(relations)
    if all(_relation_key(a) <= _relation_key(b) for a, b in itertools.pairwise(listed)):
        return listed
    return sorted(listed, key=_relation_key)


def _simple_undirected(kb: KnowledgeBase) -> nx.Graph:
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(sorted(e.iri for e in kb.entities))
    for rel in _sorted_relations(kb.relations):
        if rel.subject != rel.object and rel.subject in graph and rel.object in graph:
            graph.add_edge(rel.subject, rel.object)
    return graph


class _SimpleGraph:
    """What :func:`_simple_undirected` makes, in arrays of ints rather than networkx's
    dicts: the same nodes in the same order, each node's neighbours in the order networkx
    holds them (the order edges were first added), so that igraph is given the same edges
    in the same order.  networkx's graph took 70 MB at 8,000 articles (56,307 nodes)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        # equal IRIs once, the first of them (as networkx keeps the first node added)
        self.nodes: list[str] = list(dict.fromkeys(sorted(e.iri for e in kb.entities)))
        index = {iri: i for i, iri in enumerate(self.nodes)}
        n = len(self.nodes)
        ends, seen = array("i"), set()
        for rel in _sorted_relations(kb.relations):
            u, v = index.get(rel.subject), index.get(rel.object)
            if u is not None and v is not None and u != v and (pair := min(u, v) * n + max(u, v)) not in seen:
                seen.add(pair)
                ends.extend((u, v))
        del index, seen
        self.starts = array("q", bytes(8 * (n + 1)))
        for u in ends:
            self.starts[u + 1] += 1
        for i in range(n):
            self.starts[i + 1] += self.starts[i]
        self.neighbours = array("i", bytes(4 * len(ends)))
        place = array("q", self.starts)
        for k in range(0, len(ends), 2):  # each edge in both lists, in the order first added
            u, v = ends[k], ends[k + 1]
            self.neighbours[place[u]], self.neighbours[place[v]] = v, u
            place[u] += 1
            place[v] += 1

    def number_of_nodes(self) -> int:
        return len(self.nodes)

    def number_of_edges(self) -> int:
        return len(self.neighbours) // 2

    def degree(self, i: int) -> int:
        return self.starts[i + 1] - self.starts[i]

    def of(self, i: int) -> array[int]:
        return self.neighbours[self.starts[i]:self.starts[i + 1]]

    def edges(self) -> list[tuple[int, int]]:
        """Each edge once, in the order networkx's ``graph.edges`` gives it."""
        return [(u, v) for u in range(len(self.nodes)) for v in self.of(u) if v > u]

    def components(self) -> Iterator[list[int]]:
        """The connected components (their nodes, in no particular order)."""
        done = bytearray(len(self.nodes))
        for start in range(len(self.nodes)):
            if done[start]:
                continue
            done[start] = 1
            members = [start]
            for u in members:  # grows as it is read: a breadth-first walk
                for v in self.of(u):
                    if not done[v]:
                        done[v] = 1
                        members.append(v)
            yield members


# --------------------------------------------------------------------------- measures


def _igraph(graph: nx.Graph | _SimpleGraph) -> tuple[list[str], Any]:
    """``graph`` as an igraph graph (vertex i is the i-th node of ``graph``), and its nodes."""
    import igraph

    if isinstance(graph, _SimpleGraph):
        return graph.nodes, igraph.Graph(n=len(graph.nodes), edges=graph.edges())
    nodes = list(graph.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    edges = [(index[a], index[b]) for a, b in graph.edges if a != b]
    return nodes, igraph.Graph(n=len(nodes), edges=edges)


def pagerank(graph: nx.Graph | _SimpleGraph, alpha: float = 0.85, seed: int = 42) -> dict[str, float]:
    """PageRank of an undirected graph, dangling mass spread uniformly, as networkx's.

    igraph's ARPACK solver, its start seeded: its default (PRPACK) differs in the last
    bits from one run to the next, and a build must give the same bytes every time."""
    nodes, ig = _igraph(graph)
    if not nodes:
        return {}
    with _seeded(seed):
        ranks = ig.pagerank(damping=alpha, directed=False, implementation="arpack")
    return {node: _settled(r) for node, r in zip(nodes, ranks, strict=True)}


@contextmanager
def _seeded(seed: int) -> Iterator[None]:
    """igraph's random numbers drawn from a generator of its own, seeded (by default it
    draws from the `random` module, which other code may have used)."""
    import igraph

    igraph.set_random_number_generator(random.Random(seed))
    try:
        yield
    finally:
        igraph.set_random_number_generator(random)


def _settled(score: float) -> float:
    """A score to 12 significant digits: the solver's last bits depend on the order it
    adds in, and nodes of equal standing (the leaves of a star) must tie exactly, to be
    ranked by IRI."""
    return float(f"{score:.12g}")


def betweenness(graph: nx.Graph | _SimpleGraph, k: int | None = None, seed: int = 42) -> dict[str, float]:
    """Normalised betweenness of an unweighted undirected graph, as networkx's.

    With ``k``, only ``k`` seeded random sources are expanded and the sums rescaled the
    way ``nx.betweenness_centrality(k=...)`` does.  igraph does the walks (Brandes, in
    C): about ten times faster than ours in Python, where each source costs a walk over
    100k nodes.
    """
    nodes, ig = _igraph(graph)
    n = len(nodes)
    sampled = k is not None and k < n
    sources = sorted(random.Random(seed).sample(range(n), k)) if sampled and k else None
    # igraph counts each pair once in an undirected graph; networkx's sums count it from both ends
    bc = [2.0 * b for b in ig.betweenness(directed=False, sources=sources)] if n else []
    big_n = n - 1
    if big_n < 2:
        return {node: 0.0 for node in nodes}
    if sources is None:
        scale = 1.0 / (big_n * (big_n - 1))
        return {node: _settled(bc[i] * scale) for i, node in enumerate(nodes)}
    k_source = len(sources)
    nonsource = 1.0 / (k_source * (big_n - 1))
    source = 1.0 / ((k_source - 1) * (big_n - 1)) if k_source > 1 else nonsource
    chosen = set(sources)
    return {
        node: _settled(bc[i] * (source if i in chosen else nonsource)) for i, node in enumerate(nodes)
    }


def _betweenness(graph: nx.Graph | _SimpleGraph, seed: int) -> tuple[dict[str, float], int | None]:
    n = graph.number_of_nodes()
    if n <= EXACT_BETWEENNESS_NODES:
        return betweenness(graph), None
    k = max(MIN_BETWEENNESS_SAMPLES, BETWEENNESS_BUDGET // (n + graph.number_of_edges()))
    k = min(k, n)
    return betweenness(graph, k=k, seed=seed), k


def _communities(graph: _SimpleGraph, seed: int) -> tuple[tuple[str, ...], ...]:
    if graph.number_of_nodes() == 0:
        return ()
    # A lone entity or a lone pair is its own community whatever the random order;
    # news graphs have tens of thousands of them, so they skip the optimisation.
    found: list[Iterable[int]] = []
    rest: list[int] = []
    for component in graph.components():
        if len(component) <= 2:
            found.append(component)
        else:
            rest.extend(component)
    if rest:
        rest.sort()  # nodes are in IRI order: their numbers sort as their IRIs
        local = {u: i for i, u in enumerate(rest)}
        edges = [(i, local[v]) for i, u in enumerate(rest) for v in graph.of(u) if i < local[v]]
        del local
        found += ([rest[i] for i in members] for members in _leiden_clusters(len(rest), edges, seed))
    nodes = graph.nodes
    ordered = sorted((tuple(nodes[u] for u in sorted(c)) for c in found), key=lambda c: c[0])
    return tuple(ordered)


def _leiden(graph: nx.Graph, nodes: list[str], seed: int) -> list[list[str]]:
    """Communities of ``nodes`` (whole connected components of ``graph``) by the Leiden
    algorithm maximising modularity (igraph's, iterated until no node moves), seeded.
    Leiden's communities are connected, and on a 10,000-article graph it found a
    modularity of 0.85 in 0.4 s where networkx's Louvain found 0.77 in 11 s."""
    index = {node: i for i, node in enumerate(nodes)}
    adj = graph.adj
    edges = [(i, index[v]) for i, u in enumerate(nodes) for v in adj[u] if i < index[v]]
    return [[nodes[i] for i in members] for members in _leiden_clusters(len(nodes), edges, seed)]


def _leiden_clusters(n: int, edges: list[tuple[int, int]], seed: int) -> Any:
    """Leiden's communities of the graph of ``n`` vertices and ``edges`` (in this order)."""
    import igraph

    core = igraph.Graph(n=n, edges=edges)
    with _seeded(seed):
        return core.community_leiden(objective_function="modularity", n_iterations=-1)


@contextmanager
def _gc_paused() -> Iterator[None]:
    # Analysis allocates millions of small acyclic objects; each allocation burst
    # triggers full collections that rescan the whole knowledge base (~40% of the time
    # on a 100k-entity graph).
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def analyze(kb: KnowledgeBase, seed: int = 42) -> Analysis:
    """Measures, communities and derived relations of ``kb`` (see the module docstring)."""
    with _gc_paused():
        return _analyze(kb, seed)


def _analyze(kb: KnowledgeBase, seed: int) -> Analysis:
    graph = _SimpleGraph(kb)
    ranks = pagerank(graph, seed=seed)
    between, samples = _betweenness(graph, seed)
    communities = _communities(graph, seed)
    community_of = {iri: cid for cid, members in enumerate(communities) for iri in members}
    measures = Measures(graph.nodes)  # in IRI order
    for i, iri in enumerate(measures):
        measures.set(i, graph.degree(i), float(between.get(iri, 0.0)), ranks.get(iri, 0.0),
                     community_of.get(iri, -1))
    derived = DerivedRelations(kb)
    return Analysis(
        measures=measures, derived=derived, communities=communities,
        betweenness_samples=samples, seed=seed,
    )


# --------------------------------------------------------------------------- derived


def _articles(relations: Iterable[Relation]) -> set[str]:
    return {article_id for rel in relations for article_id, _ in evidence_places(rel.evidence)}


class DerivedRelations(Collection[DerivedRelation]):
    """The derived relations of a knowledge base, made as they are read, in the order
    (predicate, subject, object).  A large corpus derives millions (colleagues of every
    body's post holders): made at once they were the build's largest allocation, more
    than the knowledge base itself, while the graph writer reads them once, in order.
    ``len`` counts them as a reading to the end did, or derives them to count them."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._kb = kb
        self._count: int | None = None

    def __iter__(self) -> Iterator[DerivedRelation]:
        counted = 0
        for relation in iter_derived_relations(self._kb):
            counted += 1
            yield relation
        self._count = counted

    def at_least(self, co_mention_sentences: int) -> Iterator[DerivedRelation]:
        """The relations in their order but co-mentions in fewer sentences than given,
        which are never made: what the graph keeps (the articles of each pair named
        together once are most of the co-mentions' work)."""
        return iter_derived_relations(self._kb, co_mention_sentences)

    def __len__(self) -> int:
        if self._count is None:
            self._count = sum(1 for _ in iter_derived_relations(self._kb))
        return self._count

    def __contains__(self, item: object) -> bool:
        return any(item == rel for rel in self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, DerivedRelations | tuple | list):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


def derive_relations(kb: KnowledgeBase) -> tuple[DerivedRelation, ...]:
    return tuple(iter_derived_relations(kb))


def iter_derived_relations(kb: KnowledgeBase, co_mention_sentences: int = 1) -> Iterator[DerivedRelation]:
    """Every derived relation of ``kb``, sorted by predicate, subject and object: each
    rule yields its own in (subject, object) order, the rules run in predicate order;
    co-mentions only of pairs named together in ``co_mention_sentences`` or more."""
    entities = {e.iri: e for e in kb.entities}
    relations = [
        r for r in _sorted_relations(kb.relations)
        if r.subject in entities and r.object in entities
    ]
    rules: dict[str, Callable[[], Iterator[DerivedRelation]]] = {
        PART_OF_TRANSITIVE: lambda: _transitive_part_of(relations),
        COLLEAGUE_OF: lambda: _pairs_sharing(
            relations, "holdsPost", COLLEAGUE_OF, RULE_COLLEAGUE,
            lambda r: entities[r.subject].type == "Person"),
        CO_IMPLEMENTER: lambda: _pairs_sharing(relations, "implements", CO_IMPLEMENTER, RULE_CO_IMPLEMENTER),
        CO_MENTIONED_WITH: lambda: _co_mentions(kb.entities, co_mention_sentences),
    }
    for predicate in sorted(rules):
        yield from rules[predicate]()


def _transitive_part_of(relations: Sequence[Relation]) -> Iterator[DerivedRelation]:
    parents: dict[str, list[Relation]] = defaultdict(list)
    for rel in relations:
        if rel.predicate == "subOrganizationOf" and rel.subject != rel.object:
            parents[rel.subject].append(rel)
    for start in sorted(parents):
        # BFS upwards; the first (shortest) chain reaching an ancestor is its evidence.
        chain: dict[str, tuple[int, frozenset[str]]] = {start: (0, frozenset())}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            hops, arts = chain[node]
            if hops >= MAX_HIERARCHY_HOPS:
                continue
            for rel in parents.get(node, ()):
                if rel.object not in chain:
                    chain[rel.object] = (hops + 1, arts | _articles([rel]))
                    queue.append(rel.object)
        for ancestor in sorted(chain):
            if ancestor == start:
                continue
            hops, arts = chain[ancestor]
            yield DerivedRelation(
                start, PART_OF_TRANSITIVE, ancestor, RULE_TRANSITIVE, 1.0 / hops,
                tuple(sorted(arts)),
            )


def _pairs_sharing(
    relations: Sequence[Relation], predicate: str, derived_predicate: str, rule: str,
    keep: Callable[[Relation], bool] | None = None,
) -> Iterator[DerivedRelation]:
    """Pairs of subjects related by ``predicate`` to the same object (a group of at most
    :data:`MAX_SHARED_GROUP`), weighted by the objects they share; one subject's pairs
    at a time, so that the pairs are never all held.  Each subject's articles are a
    sorted tuple, equal ones kept once: a set each took 15 MB at 8,000 articles (63,480
    posts), while the graph writer's part was at its largest beside it."""
    by_object: dict[str, dict[str, tuple[str, ...]]] = defaultdict(dict)  # object -> subject -> articles
    kept: dict[tuple[str, ...], tuple[str, ...]] = {}
    for rel in relations:
        if rel.predicate == predicate and (keep is None or keep(rel)):
            subjects = by_object[rel.object]
            named_in = {article_id for article_id, _ in evidence_places(rel.evidence)}
            named_in.update(subjects.get(rel.subject, ()))
            found = tuple(sorted(named_in))
            subjects[rel.subject] = kept.setdefault(found, found)
    del kept
    groups_of: dict[str, list[dict[str, tuple[str, ...]]]] = defaultdict(list)  # subject -> its groups
    for subjects in by_object.values():
        if 1 < len(subjects) <= MAX_SHARED_GROUP:
            for subject in subjects:
                groups_of[subject].append(subjects)
    for a in sorted(groups_of):
        shared: dict[str, int] = defaultdict(int)
        articles: dict[str, set[str]] = defaultdict(set)
        for group in groups_of[a]:
            for b, arts in group.items():
                if b > a:
                    shared[b] += 1
                    articles[b].update(group[a], arts)
        for b in sorted(shared):
            yield DerivedRelation(a, derived_predicate, b, rule, float(shared[b]), tuple(sorted(articles[b])))


def _co_mentions(entities: Iterable[Entity], at_least: int = 1) -> Iterator[DerivedRelation]:
    """Pairs of entities named in one sentence, weighted by the sentences; one entity's
    pairs at a time.  Entities are indexed by sentence: the work is the sum over
    sentences of the pairs named there, never all pairs of entities.

    Entities, articles and sentences are numbers here, each in its IRI's or id's order,
    and the two indexes (each entity's sentences, each sentence's entities) are arrays
    of them: sets of IRIs per sentence and tuples per sentence took 1.5 GB at 100,000
    articles while the graph was written."""
    ordered = sorted(entities, key=lambda e: e.iri)
    # each article's sentences numbered after the previous article's
    lowest: dict[str, int] = {}
    highest: dict[str, int] = {}
    for ent in ordered:
        for article_id, sentence in evidence_places(ent.evidence):
            if sentence < lowest.get(article_id, sentence + 1):
                lowest[article_id] = sentence
            if sentence > highest.get(article_id, sentence - 1):
                highest[article_id] = sentence
    article_ids = sorted(lowest)
    article_number = {a: i for i, a in enumerate(article_ids)}
    sentence_base: dict[str, int] = {}
    sentences = 0
    for article in article_ids:
        sentence_base[article] = sentences - lowest[article]
        sentences += highest[article] - lowest[article] + 1
    del lowest, highest
    iris: list[str] = []
    sentences_of = _Rows()  # entity -> its sentences, in order
    articles_of = _Rows()  # entity -> its articles, in order
    for iri, same in itertools.groupby(ordered, key=lambda e: e.iri):
        named_in: set[int] = set()
        named_by: set[int] = set()
        for ent in same:
            for article_id, sentence in evidence_places(ent.evidence):
                named_in.add(sentence_base[article_id] + sentence)
                named_by.add(article_number[article_id])
        if named_in:
            iris.append(iri)
            sentences_of.add(sorted(named_in))
            articles_of.add(sorted(named_by))
    del ordered, sentence_base, article_number
    named = sentences_of.transposed(sentences)  # sentence -> the entities it names
    # the rows read by slicing the flat arrays here: a method call per row cost a fifth
    sentence_values, sentence_starts = sentences_of.values, sentences_of.starts
    named_values, named_starts = named.values, named.starts
    article_values, article_starts = articles_of.values, articles_of.starts
    for a in range(len(iris)):
        shared: dict[int, int] = defaultdict(int)
        for sentence in sentence_values[sentence_starts[a]:sentence_starts[a + 1]]:
            for b in named_values[named_starts[sentence]:named_starts[sentence + 1]]:
                if b > a:
                    shared[b] += 1
        if not shared:
            continue
        articles_a = set(article_values[article_starts[a]:article_starts[a + 1]])
        for b in sorted(b for b, sentences in shared.items() if sentences >= at_least):
            both = tuple([article_ids[x] for x in article_values[article_starts[b]:article_starts[b + 1]]
                          if x in articles_a])
            yield DerivedRelation(iris[a], CO_MENTIONED_WITH, iris[b], RULE_CO_MENTION, float(shared[b]), both)


class _Rows:
    """Rows of ints, each row read as an array: one flat array and where each row starts
    (a list of lists held 30 times the memory)."""

    def __init__(self) -> None:
        self.values = array("i")
        self.starts = array("q", [0])

    def add(self, row: Iterable[int]) -> None:
        self.values.extend(row)
        self.starts.append(len(self.values))

    def __len__(self) -> int:
        return len(self.starts) - 1

    def __getitem__(self, i: int) -> array[int]:
        return self.values[self.starts[i]:self.starts[i + 1]]

    def transposed(self, width: int) -> _Rows:
        """Rows by value: row v lists the rows holding v (in order), for values below ``width``."""
        counts = array("q", bytes(8 * (width + 1)))
        for v in self.values:
            counts[v + 1] += 1
        out = _Rows()
        out.starts = counts
        for v in range(width):
            counts[v + 1] += counts[v]
        out.values = array("i", bytes(4 * len(self.values)))
        place = array("q", counts)
        for row in range(len(self)):
            for v in self[row]:
                out.values[place[v]] = row
                place[v] += 1
        return out


# --------------------------------------------------------------------------- lookup


NameKeys = tuple[dict[str, list[str]], dict[str, list[str]], dict[str, str]]


def name_keys(entities: Iterable[Entity]) -> NameKeys:
    """The look-ups of a :class:`NameIndex` of ``entities`` (as its :meth:`NameIndex.keys`
    gives them), without the index: what a build keeps of it (the index's table of every
    entity and its copies of the look-ups took 8 MB more at 8,000 articles)."""
    by_label: dict[str, list[str]] = {}
    by_alias: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for ent in sorted(entities, key=lambda e: e.iri):
        key = match_key(ent.label)
        by_label.setdefault(key, []).append(ent.iri)
        names.setdefault(key, ent.label)
        for alias in ent.aliases:
            akey = match_key(alias)
            by_alias.setdefault(akey, []).append(ent.iri)
            names.setdefault(akey, alias)
    return by_label, by_alias, names


class NameIndex:
    """Entities by IRI and by the match key of each label and alias.

    ``keys`` gives the three look-ups of an index made before (``by_label``, ``by_alias``
    and ``names``, as :meth:`keys` returns them), for a reader that keeps them."""

    def __init__(self, kb: KnowledgeBase, keys: NameKeys | None = None) -> None:
        self.entities = {e.iri: e for e in kb.entities}
        self.by_label: dict[str, list[str]] = defaultdict(list)
        self.by_alias: dict[str, list[str]] = defaultdict(list)
        self.names: dict[str, str] = {}
        by_label, by_alias, names = keys if keys is not None else name_keys(kb.entities)
        self.by_label.update(by_label)
        self.by_alias.update(by_alias)
        self.names.update(names)

    def keys(self) -> NameKeys:
        return dict(self.by_label), dict(self.by_alias), self.names

    def named(self, name: str) -> list[str]:
        """IRIs ``name`` denotes: an IRI, else a label, else an alias; raise if none."""
        if name in self.entities:
            return [name]
        key = match_key(name)
        found = self.by_label.get(key) or self.by_alias.get(key)
        if found:
            return list(found)
        close = difflib.get_close_matches(key, list(self.names), n=5, cutoff=0.6)
        hint = (
            " Did you mean: " + ", ".join(f"'{self.names[c]}'" for c in close) + "?"
            if close else ""
        )
        raise KgError(f"No entity is named '{name}' (label, alias or IRI).{hint}")

    def label(self, iri: str) -> str:
        ent = self.entities.get(iri)
        return ent.label if ent else iri


def entities_named(kb: KnowledgeBase, name: str) -> list[str]:
    """Entity IRIs matching a label, alias (by :func:`kg.text.match_key`) or IRI."""
    return NameIndex(kb).named(name)


# --------------------------------------------------------------------------- paths


def shortest_path(kb: KnowledgeBase, a: str, b: str, index: NameIndex | None = None) -> list[Hop]:
    """The fewest relations linking ``a`` to ``b``, whatever their direction.

    Where a name fits several entities, the path starts from any of them and ends at any
    of the others; among equally short paths the one found first in IRI order wins.
    """
    index = index or NameIndex(kb)
    sources = index.named(a)
    targets = set(index.named(b))
    adjacency: dict[str, list[tuple[str, Relation]]] = defaultdict(list)
    for rel in _sorted_relations(kb.relations):
        if rel.subject in index.entities and rel.object in index.entities:
            adjacency[rel.subject].append((rel.object, rel))
            adjacency[rel.object].append((rel.subject, rel))
    came_from: dict[str, tuple[str, Relation] | None] = {s: None for s in sorted(sources)}
    queue = deque(sorted(sources))
    end = next((s for s in sorted(sources) if s in targets), None)
    while queue and end is None:
        node = queue.popleft()
        for nxt, rel in sorted(adjacency.get(node, ()), key=lambda x: x[0]):
            if nxt in came_from:
                continue
            came_from[nxt] = (node, rel)
            if nxt in targets:
                end = nxt
                break
            queue.append(nxt)
    if end is None:
        raise KgError(
            f"No path connects '{a}' and '{b}': no chain of relations links them "
            "in this knowledge base."
        )
    rels: list[Relation] = []
    node = end
    while (step := came_from[node]) is not None:
        node, rel = step
        rels.append(rel)
    rels.reverse()
    return [
        Hop(
            subject=index.label(r.subject), predicate=r.predicate, object=index.label(r.object),
            role=r.role, evidence=r.evidence[0].text if r.evidence else None,
            subject_iri=r.subject, object_iri=r.object,
        )
        for r in rels
    ]


_EVIDENCE_CHARS = 240


_OBJECT_SLOT = "..."  # in a relation's label ("do ... tặng"), where the object goes


def _hop_phrase(hop: Hop, lang: str) -> str:
    """A hop in words, by the relation's label in the ontology; a role (the post held)
    in apposition to the subject: "Nguyễn Văn A, Bí thư, giữ chức vụ tại Tỉnh ủy X"."""
    from kg.rdf.ontology import predicate_labels  # rdflib, only where a path is told

    label = predicate_labels(lang).get(hop.predicate)
    subject = f"{hop.subject}, {hop.role}," if hop.role else hop.subject
    if label is None:
        return f"{subject} —{hop.predicate}→ {hop.object}"
    if _OBJECT_SLOT in label:
        return f"{subject} {label.replace(_OBJECT_SLOT, hop.object)}"
    return f"{subject} {label} {hop.object}"


def describe_path(hops: Sequence[Hop], lang: str = "vi") -> str:
    """Tell a path in words, one numbered line per hop, each with its evidence sentence."""
    if lang not in ("vi", "en"):
        raise KgError(f"Unknown language '{lang}': use 'vi' or 'en'.")
    if not hops:
        return "(cùng một thực thể)" if lang == "vi" else "(the same entity)"
    lines = []
    for i, hop in enumerate(hops, 1):
        text = _hop_phrase(hop, lang)
        if hop.evidence:
            sentence = " ".join(hop.evidence.split())
            if len(sentence) > _EVIDENCE_CHARS:
                sentence = sentence[: _EVIDENCE_CHARS - 1].rstrip() + "…"
            text += f" — “{sentence}”"
        lines.append(f"{i}. {text}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- ranking


def top(
    kb: KnowledgeBase, analysis: Analysis, by: str = "pagerank", type: str | None = None,
    n: int = 10,
) -> list[tuple[Entity, float]]:
    """The ``n`` entities (of ``type``, if given) ranked highest by a measure."""
    if by not in MEASURES:
        raise KgError(f"Unknown measure '{by}': use one of {', '.join(MEASURES)}.")
    scored: list[tuple[Entity, float]] = []
    for ent in kb.entities:
        if type is not None and ent.type != type:
            continue
        m = analysis.measures.get(ent.iri)
        if m is None:
            continue
        scored.append((ent, float(getattr(m, by))))
    scored.sort(key=lambda pair: (-pair[1], pair[0].iri))
    return scored[: max(0, n)]

