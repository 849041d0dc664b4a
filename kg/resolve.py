"""Mentions to entities with stable IRIs, within an article and across articles.

Within an article: a given name alone ("đồng chí Hiện") is the person whose full
name ends with it; a bare "Giấy khen" is the article's one "Giấy khen của ...";
a body named only inside another's name ("Huyện ủy Lâm Hà" inside "Ban Tổ chức
Huyện ủy Lâm Hà") is not an entity of its own.  Across articles: one entity per
type and normalised canonical label, its IRI derived from both, aliases merged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kg.extract.lexicon import lexicon
from kg.model import (
    Article,
    Entity,
    EntityKey,
    Evidence,
    Extraction,
    KnowledgeBase,
    Mention,
    Predicate,
    Relation,
    RelationMention,
    Span,
)
from kg.namespace import ID_BASE
from kg.text import clean_label, match_key, slug, surface_form

NESTED = "organizations.nested"
SHORT_NAME = "people.short"


def entity_iri(type_: str, label: str) -> str:
    return f"{ID_BASE}{type_.lower()}/{slug(label)}"


def _key(key: EntityKey) -> tuple[str, str]:
    return key.type, match_key(key.label)


def resolve_article(extraction: Extraction) -> tuple[list[Mention], list[RelationMention]]:
    """Mentions and relations of one article, with short names and short forms resolved."""
    article = extraction.article
    mentions = list(extraction.mentions)
    if article.author:
        at = article.text.rfind(article.author)
        if at >= 0:
            mentions.append(Mention("Person", article.author, Span(at, at + len(article.author)),
                                    clean_label(article.author), "ingest.author"))
    people = [m for m in mentions if m.type == "Person" and m.extractor != SHORT_NAME]
    renamed: dict[tuple[str, str], EntityKey] = {}
    for m in mentions:
        if m.type == "Person" and m.extractor == SHORT_NAME:
            short = match_key(m.label)
            full = [p for p in people if match_key(p.label).endswith(" " + short)
                    or _given_name_first(short) and match_key(p.label).startswith(short + " ")]
            labels = {p.label for p in full}
            if len(labels) == 1:
                renamed[_key(m.key)] = full[0].key
    # "Y Thuận" for "Y Thuận Mlô": in Central Highlands names the given name comes first
    for m in people:
        short = match_key(m.label)
        if _given_name_first(short):
            fuller_names = {p.label for p in people if match_key(p.label).startswith(short + " ")}
            if len(fuller_names) == 1:
                renamed[_key(m.key)] = EntityKey("Person", next(iter(fuller_names)))
    renamed.update(_short_organization_names(mentions))
    awards_by_kind: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type == "Award" and " của " in m.label:
            awards_by_kind[m.label.split(" của ")[0]].add(m.label)
    award_labels = {m.label for m in mentions if m.type == "Award"}
    for m in mentions:
        if m.type == "Award" and " của " not in m.label and len(awards_by_kind[m.label]) == 1:
            renamed[_key(m.key)] = EntityKey("Award", next(iter(awards_by_kind[m.label])))
        elif m.type == "Award" and m.label in lexicon().award_kinds:
            # a bare kind ("tiếp nhận Huân chương") is the article's one award of that kind
            fuller = {a for a in award_labels if a.startswith(m.label + " ")}
            if len(fuller) == 1:
                renamed[_key(m.key)] = EntityKey("Award", next(iter(fuller)))

    # An event named in full once and shortened elsewhere ("Kỳ họp thứ 19") is one event.
    events = {m.label for m in mentions if m.type == "Event"}
    for label in events:
        longer = [other for other in events if other != label and other.startswith(label + " ")]
        if len(longer) == 1:
            renamed[("Event", match_key(label))] = EntityKey("Event", longer[0])

    # A body named only inside the name of one of its boards ("Tỉnh ủy X" in "Ban Thường vụ
    # Tỉnh ủy X") is an entity too: the gold format's real-text conventions place the board
    # under it, so both are there.  A unit named only inside another's name without being
    # its parent ("Trường X" in "Đảng bộ Trường X") is not.
    standalone = {_key(m.key) for m in mentions if m.extractor != NESTED}
    standalone |= {_key(r.object) for r in extraction.relations if r.predicate == "subOrganizationOf"}
    dropped = {_key(m.key) for m in mentions if m.extractor == NESTED} - standalone
    dropped |= {_key(m.key) for m in mentions if m.extractor == SHORT_NAME} - set(renamed)

    def rename(key: EntityKey) -> EntityKey:
        return renamed.get(_key(key), key)

    out_mentions = []
    for m in mentions:
        k = _key(m.key)
        if k in dropped:
            continue
        if k in renamed:
            new = renamed[k]
            m = Mention(m.type, m.text, m.span, new.label, m.extractor, m.sentence, m.kind,
                        m.aliases)
        out_mentions.append(m)
    known = {_key(m.key) for m in out_mentions}
    out_relations = []
    for r in extraction.relations:
        s, o = rename(r.subject), rename(r.object)
        if _key(s) in known and _key(o) in known and _key(s) != _key(o):
            out_relations.append(RelationMention(s, r.predicate, o, r.span, r.extractor,
                                                 r.sentence, r.role))
    return out_mentions, out_relations


def _short_organization_names(mentions: list[Mention]) -> dict[tuple[str, str], EntityKey]:
    """Organisations named short after (or before) their full name in one article:
    "Đảng ủy Đồn" for "Đảng ủy Đồn Biên phòng Pò Hèn", "Đảng ủy Khối" for "Đảng ủy Khối
    Doanh nghiệp thành phố Hải Phòng"; and a board of one ("Ban Thường vụ Đảng ủy Khối
    Doanh nghiệp") for the board of the full one."""
    labels = {match_key(m.label): m.label for m in mentions if m.type == "Organization"}
    full: dict[str, str] = {}
    for key in labels:
        longer = [k for k in labels if k.startswith(key + " ")]
        longest = [k for k in longer if not any(o.startswith(k + " ") for o in longer)]
        if len(key.split()) >= 2 and len(longest) == 1:
            full[key] = labels[longest[0]]
    for key, label in labels.items():
        if key in full:
            continue
        words = label.split()
        for cut in range(1, len(words) - 1):
            tail = match_key(" ".join(words[cut:]))
            if tail in full:
                full[key] = " ".join(words[:cut] + [full[tail]])
                break
    return {("Organization", key): EntityKey("Organization", label) for key, label in full.items()}


def _given_name_first(name_key: str) -> bool:
    """A name in the Ede/Jarai order: the "Y" (men) or "H'" (women) prefix and the given
    name first, the family name last."""
    return name_key.startswith(("y ", "h'", "h’"))


def _relation_order(key: tuple[str, str, str, str | None]) -> tuple[str, str, str, str]:
    return key[0], key[1], key[2], key[3] or ""


def evidence_order(ev: Evidence) -> tuple[str, int, int, int, str]:
    """A total order on evidence: one span can be named twice (in a sentence and in the
    byline), and a tie left to a set's order would change the output between runs."""
    return (ev.article_id, ev.start, ev.end, ev.sentence, ev.text)


EntityId = tuple[str, str]  # type and match key: one entity of the corpus


@dataclass(frozen=True, slots=True)
class ArticleEntity:
    """One entity as one article names it: the label and kind it gives first, every
    surface form, and each mention's evidence."""

    key: EntityId
    label: str
    kind: str | None
    aliases: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class ArticleRelation:
    subject: EntityId
    predicate: Predicate
    object: EntityId
    role: str | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class ResolvedArticle:
    """An article's entities and relations resolved within the article: what a worker
    process hands to the corpus-wide :class:`Resolver` (much less than the mentions)."""

    article: Article
    entities: tuple[ArticleEntity, ...]
    relations: tuple[ArticleRelation, ...]


def resolve_in_article(extraction: Extraction) -> ResolvedArticle:
    """The article's mentions grouped into entities, and its relations with evidence."""
    article = extraction.article
    mentions, rels = resolve_article(extraction)
    groups: dict[EntityId, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(_key(m.key), []).append(m)
    entities = []
    for k, named in groups.items():
        forms = {a for m in named for a in (surface_form(m.text), *m.aliases) if a}
        entities.append(ArticleEntity(
            key=k, label=named[0].label, kind=next((m.kind for m in named if m.kind), None),
            aliases=tuple(sorted(forms)),
            # an entity's evidence is its mention: the offsets and the exact text there
            evidence=tuple(Evidence(article.id, m.sentence, m.span.start, m.span.end, m.text) for m in named),
        ))
    sentences = {s.index: s.text for s in extraction.sentences}
    relations: dict[tuple[EntityId, str, EntityId, str | None], dict[Evidence, None]] = {}
    for r in rels:
        role = clean_label(r.role) if r.role else None
        ev = Evidence(article.id, r.sentence, r.span.start, r.span.end, sentences.get(r.sentence, ""))
        relations.setdefault((_key(r.subject), r.predicate, _key(r.object), role), {})[ev] = None
    return ResolvedArticle(
        article, tuple(entities),
        tuple(ArticleRelation(s, p, o, role, tuple(evs))  # type: ignore[arg-type]
              for (s, p, o, role), evs in relations.items()),
    )


class Resolver:
    """Entities and relations of a corpus, built one article at a time.

    Articles must be added in the order of their ids (``resolve`` sorts them): the
    first article to name an entity chooses its label's spelling, so the order fixes
    the output.  Only the growing knowledge base is held, not the articles' mentions.
    """

    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.labels: dict[tuple[str, str], str] = {}
        self.aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.kinds: dict[tuple[str, str], str] = {}
        self.evidence: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
        # evidence as dict keys: each once, found in constant time (a relation said in
        # thousands of articles made a list's `in` quadratic)
        self.relations: dict[tuple[str, str, str, str | None], dict[Evidence, None]] = defaultdict(dict)
        self.article_entities: dict[str, set[str]] = defaultdict(set)
        self.article_relations: dict[str, set[tuple[str, str, str, str | None]]] = defaultdict(set)

    def add(self, extraction: Extraction) -> None:
        self.add_resolved(resolve_in_article(extraction))

    def add_resolved(self, resolved: ResolvedArticle) -> None:
        """Merge an article resolved on its own (in a worker process) into the corpus."""
        article = resolved.article
        self.articles.append(article)
        labels, aliases, kinds, evidence = self.labels, self.aliases, self.kinds, self.evidence
        named = self.article_entities[article.id]
        for entity in resolved.entities:
            k = entity.key
            label = labels.setdefault(k, entity.label)
            if entity.kind and k not in kinds:
                kinds[k] = entity.kind
            aliases[k].update(entity.aliases)  # `result` drops the one equal to the label
            evidence[k].extend(entity.evidence)
            named.add(entity_iri(k[0], label))
        stated = self.article_relations[article.id]
        for r in resolved.relations:
            rk = (entity_iri(r.subject[0], labels[r.subject]), r.predicate,
                  entity_iri(r.object[0], labels[r.object]), r.role)
            self.relations[rk].update(dict.fromkeys(r.evidence))
            stated.add(rk)

    def result(self) -> KnowledgeBase:
        labels, aliases, kinds, evidence = self.labels, self.aliases, self.kinds, self.evidence
        entities = tuple(
            Entity(
                iri=entity_iri(k[0], labels[k]),
                type=k[0],  # type: ignore[arg-type]
                label=labels[k],
                aliases=tuple(sorted(a for a in aliases[k] if a != labels[k])),
                kind=kinds.get(k),
                evidence=tuple(sorted(set(evidence[k]), key=evidence_order)),
            )
            for k in sorted(labels, key=lambda k: entity_iri(k[0], labels[k]))
        )
        relation_records = {
            rk: Relation(rk[0], rk[1], rk[2], rk[3],  # type: ignore[arg-type]
                         tuple(sorted(evs, key=evidence_order)))
            for rk, evs in self.relations.items()
        }
        ordered = tuple(relation_records[rk] for rk in sorted(relation_records, key=_relation_order))
        return KnowledgeBase(
            articles=tuple(sorted(self.articles, key=lambda a: a.id)),
            entities=entities,
            relations=ordered,
            article_entities={a: tuple(sorted(v)) for a, v in sorted(self.article_entities.items())},
            article_relations={
                a: tuple(relation_records[rk] for rk in sorted(v, key=_relation_order))
                for a, v in sorted(self.article_relations.items())
            },
        )


def resolve(extractions: Iterable[Extraction]) -> KnowledgeBase:
    """The corpus's entities and relations, each with its evidence."""
    resolver = Resolver()
    for extraction in sorted(extractions, key=lambda x: x.article.id):
        resolver.add(extraction)
    return resolver.result()
