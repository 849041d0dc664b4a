"""Who is who and who held what when, read from a built graph by SPARQL.

``explain`` lists the people (or events) of one name, the articles that name each and
the posts each article gives them: the evidence that joined those articles into one
person, and the contexts (kg:identifyingContext) that keep homonyms apart.
``timeline`` lists a person's posts, or the holders of posts in a body, in date order,
with the sentence that says so.

All graph access is the SPARQL text below, run by a :data:`Runner`: rdflib over a
graph file or the Oxigraph store answer it alike, so the commands move between
back-ends without change.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from kg.errors import KgError

# A SPARQL SELECT runner: query text -> rows of variable -> lexical value (None if unbound).
# The queries below declare no prefixes: a runner answers them with the project's prefix
# map (kg.namespace.prefix_map), as kg.store.query.run_query, behind :func:`runner`, does.
Runner = Callable[[str], list[dict[str, str | None]]]

_NAMED = """SELECT ?entity ?type ?label ?context WHERE {
  ?entity skos:prefLabel ?label ; a ?type .
  FILTER (?type IN (kg:Person, kg:Event, kg:Organization))
  FILTER (LCASE(STR(?label)) = LCASE(%(name)s))
  OPTIONAL { ?entity kg:identifyingContext ?context }
}"""

_ARTICLES = """SELECT ?entity ?id ?published WHERE {
  VALUES ?entity { %(entities)s }
  ?article schema:mentions ?entity ; dcterms:identifier ?id .
  OPTIONAL { ?article schema:datePublished ?published }
}"""

_POSTS_STATED = """SELECT ?entity ?id ?role ?body WHERE {
  VALUES ?entity { %(entities)s }
  ?statement rdf:predicate kg:holdsPost ; rdf:subject ?entity ; rdf:object ?o .
  ?o skos:prefLabel ?body .
  OPTIONAL { ?statement kg:roleLabel ?role }
  ?article kg:states ?statement ; dcterms:identifier ?id .
}"""

# One row per sentence that states a post: of a person (?person bound by VALUES) or in a
# body (?o bound), with the day its article was published and the days the post is said
# to begin or to have been held before.
_POSTS = """SELECT ?person ?name ?role ?o ?body ?id ?published ?sentence ?began ?ended WHERE {
  VALUES %(which)s { %(entities)s }
  ?statement rdf:predicate kg:holdsPost ; rdf:subject ?person ; rdf:object ?o ; kg:evidence ?ev .
  ?person skos:prefLabel ?name . ?o skos:prefLabel ?body .
  OPTIONAL { ?statement kg:roleLabel ?role }
  ?ev oa:hasSource ?article ; oa:exact ?sentence .
  ?article dcterms:identifier ?id .
  OPTIONAL { ?article schema:datePublished ?published }
  OPTIONAL {
    ?membership org:member ?person ; org:organization ?o ; kg:roleLabel ?role ;
                org:memberDuring ?during .
    OPTIONAL { ?during time:hasBeginning/time:inXSDDate ?began }
    OPTIONAL { ?during time:before/time:inXSDDate ?ended }
  }
}"""


def sparql_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid SPARQL string


def _iris(iris: list[str]) -> str:
    return " ".join(f"<{i}>" for i in sorted(iris))


def _day(published: str | None) -> str:
    return (published or "")[:10]


@dataclass
class Named:
    """A person, event or body of the asked name, with what the graph says identifies it."""

    iri: str
    type: str
    label: str
    context: list[str] = field(default_factory=list)
    articles: dict[str, str] = field(default_factory=dict)            # id -> day
    posts: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # id -> posts


def named(run: Runner, name: str) -> list[Named]:
    """The people, events and bodies labelled ``name`` (case aside), by IRI."""
    found: dict[str, Named] = {}
    for row in run(_NAMED % {"name": sparql_string(name)}):
        iri, type_ = row["entity"] or "", (row["type"] or "").rsplit("#", 1)[-1]
        entity = found.setdefault(iri, Named(iri, type_, row["label"] or name))
        if row["context"] and row["context"] not in entity.context:
            entity.context.append(row["context"])
    for entity in found.values():
        entity.context.sort()
    return [found[i] for i in sorted(found)]


def explain(run: Runner, name: str) -> list[Named]:
    """The people and events named ``name``: each one's articles and the posts each
    article gives it."""
    people = [e for e in named(run, name) if e.type in ("Person", "Event")]
    if not people:
        raise KgError(f"no person or event is named {name!r} in the graph; "
                      "`kg query` with skos:prefLabel lists the names there are")
    by_iri = {e.iri: e for e in people}
    entities = _iris(list(by_iri))
    for row in run(_ARTICLES % {"entities": entities}):
        by_iri[row["entity"] or ""].articles[row["id"] or ""] = _day(row["published"])
    for row in run(_POSTS_STATED % {"entities": entities}):
        post = " ".join(p for p in (row["role"], row["body"]) if p)
        by_iri[row["entity"] or ""].posts[row["id"] or ""].add(post)
    return people


_NOUNS = {"Person": ("person", "people"), "Event": ("event", "events")}


def format_explanation(people: list[Named]) -> str:
    counts = [(sum(e.type == t for e in people), t) for t in ("Person", "Event")]
    told = ", ".join(f"{n} {_NOUNS[t][n != 1]}" for n, t in counts if n)
    lines = [f"{people[0].label}: {told}"]
    for n, entity in enumerate(people, 1):
        lines.append(f"{n}. <{entity.iri}>")
        context = ", ".join(entity.context) or "none (named without a post that places them)"
        lines.append(f"   identified by: {context}")
        for article_id in sorted(entity.articles, key=lambda a: (entity.articles[a], a)):
            posts = "; ".join(sorted(entity.posts.get(article_id, ()))) or "no post stated"
            lines.append(f"   {entity.articles[article_id] or '(no date)':<10}  {article_id}: {posts}")
        if len(entity.articles) > 1:
            shared = ", ".join(entity.context) or "the name alone, nothing placing them apart"
            lines.append(f"   joined: {len(entity.articles)} articles, one context ({shared})")
    for a in range(len(people)):
        for b in range(a + 1, len(people)):
            left, right = people[a], people[b]
            if left.type == right.type:
                lines.append(f"apart: {a + 1} and {b + 1} share no context "
                             f"({' / '.join(left.context) or '-'} | {' / '.join(right.context) or '-'})")
    return "\n".join(lines)


@dataclass(frozen=True)
class Post:
    """One sentence stating that someone held a post."""

    day: str
    person: str
    name: str
    role: str
    body: str
    article: str
    sentence: str
    note: str  # "taken up" on a day the post is said to begin, "former" for "nguyên ..."


def timeline(run: Runner, name: str) -> list[Post]:
    """The posts of the people named ``name``, or else the post-holders of the body named
    ``name``, in date order (then name, role and article)."""
    found = named(run, name)
    people = [e.iri for e in found if e.type == "Person"]
    bodies = [e.iri for e in found if e.type == "Organization"]
    if not people and not bodies:
        raise KgError(f"no person or body is named {name!r} in the graph; "
                      "`kg query` with skos:prefLabel lists the names there are")
    which, iris = ("?person", people) if people else ("?o", bodies)
    rows = run(_POSTS % {"which": which, "entities": _iris(iris)})
    began: dict[tuple[str, ...], set[str]] = defaultdict(set)
    ended: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for row in rows:
        key = (row["person"] or "", row["o"] or "", row["role"] or "")
        if row["began"]:
            began[key].add(row["began"])
        if row["ended"]:
            ended[key].add(row["ended"])
    posts = set()
    for row in rows:
        key = (row["person"] or "", row["o"] or "", row["role"] or "")
        day = _day(row["published"])
        note = "taken up" if day in began[key] else "former" if day in ended[key] else ""
        posts.add(Post(day, key[0], row["name"] or "", key[2], row["body"] or "", row["id"] or "",
                       row["sentence"] or "", note))
    return sorted(posts, key=lambda p: (p.day, p.name, p.person, p.role, p.body, p.article, p.sentence))


def format_timeline(posts: list[Post]) -> str:
    if not posts:
        return "no post is stated"
    several = len({p.person for p in posts}) > 1
    lines = []
    for p in posts:
        who = f"{p.name} <{p.person}>" if several else p.name
        note = f" [{p.note}]" if p.note else ""
        lines.append(f"{p.day or '(no date)':<10}  {who}: {' '.join(x for x in (p.role, p.body) if x)}{note}")
        lines.append(f"            “{p.sentence}” ({p.article})")
    return "\n".join(lines)


def report(command: Literal["explain", "timeline"], run: Runner, name: str) -> str:
    """What ``kg explain`` or ``kg timeline`` prints for ``name``."""
    if command == "explain":
        return format_explanation(explain(run, name))
    return format_timeline(timeline(run, name))


def runner(source: Any, timeout: float | None = 60.0) -> Runner:
    """A runner over a graph loaded by :func:`kg.store.graphfiles.load_dataset` or an Oxigraph store."""
    from kg.store.query import run_query

    def run(query: str) -> list[dict[str, str | None]]:
        result = run_query(source, query, timeout=timeout)
        return [{v: (c.value if c is not None else None) for v, c in zip(result.variables, row, strict=True)}
                for row in result.rows]

    return run
