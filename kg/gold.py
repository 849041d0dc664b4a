"""The gold format (docs/gold-format.md): annotations, their JSON, and a graph in their terms.

Kept apart from the scorer (:mod:`kg.evaluate`) because a build writes its report's
per-article annotations in this format (:mod:`kg.outputs`) and must not load the scorer
to do so.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kg.errors import KgError
from kg.model import KnowledgeBase


@dataclass(frozen=True)
class AnnotatedEntity:
    type: str
    label: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class AnnotatedRelation:
    """A relation between two entities of the same annotation, named by label."""

    subject: str
    predicate: str
    object: str
    role: str | None = None


@dataclass(frozen=True)
class Annotation:
    article: str
    entities: tuple[AnnotatedEntity, ...]
    relations: tuple[AnnotatedRelation, ...]
    # where a published text came from (url, outlet, query, sha256, ...): gold for
    # text that is not ours to copy names its source instead of shipping it
    source: tuple[tuple[str, str], ...] = ()

    def source_field(self, key: str) -> str | None:
        return dict(self.source).get(key)


# --------------------------------------------------------------------------- JSON


def annotation_to_json(a: Annotation) -> dict[str, Any]:
    """The gold file's JSON shape; empty aliases and absent roles are left out."""
    entities: list[dict[str, Any]] = []
    for e in a.entities:
        ent: dict[str, Any] = {"type": e.type, "label": e.label}
        if e.aliases:
            ent["aliases"] = list(e.aliases)
        entities.append(ent)
    relations: list[dict[str, Any]] = []
    for r in a.relations:
        rel: dict[str, Any] = {"subject": r.subject, "predicate": r.predicate, "object": r.object}
        if r.role is not None:
            rel["role"] = r.role
        relations.append(rel)
    out: dict[str, Any] = {"article": a.article}
    if a.source:
        out["source"] = dict(a.source)
    out["entities"] = entities
    out["relations"] = relations
    return out


def article_annotations(kb: KnowledgeBase) -> dict[str, Annotation]:
    """The graph in the gold format's terms, one annotation per article."""
    by_iri = {e.iri: e for e in kb.entities}
    out: dict[str, Annotation] = {}
    for article in kb.articles:
        iris = kb.article_entities.get(article.id, ())
        entities = tuple(
            AnnotatedEntity(by_iri[i].type, by_iri[i].label, by_iri[i].aliases) for i in iris
        )
        relations = tuple(
            AnnotatedRelation(by_iri[r.subject].label, r.predicate, by_iri[r.object].label, r.role)
            for r in kb.article_relations.get(article.id, ())
        )
        out[article.id] = Annotation(article.id, entities, relations)
    return out


_ENTITY_KEYS = frozenset({"type", "label", "aliases"})
_RELATION_KEYS = frozenset({"subject", "predicate", "object", "role"})
_TOP_KEYS = frozenset({"article", "source", "entities", "relations"})


def _nonempty_str(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise KgError(f"{where} must be a non-empty string, not {json.dumps(value)}")
    return value


def _unknown_keys(obj: Mapping[str, Any], allowed: frozenset[str], where: str) -> None:
    # A misspelt key ("alias", "roles") would otherwise drop gold facts silently.
    extra = sorted(set(obj) - allowed)
    if extra:
        raise KgError(f"{where} has unknown key(s) {', '.join(map(repr, extra))}")


def annotation_from_json(d: Mapping[str, Any]) -> Annotation:
    """Read the gold file's JSON shape; raise KgError naming the offending field."""
    if not isinstance(d, Mapping):
        raise KgError("the top level must be a JSON object")
    _unknown_keys(d, _TOP_KEYS, "the top level")
    if "article" not in d:
        raise KgError("'article' is missing")
    article = _nonempty_str(d["article"], "'article'")
    raw_entities = d.get("entities", [])
    raw_relations = d.get("relations", [])
    if not isinstance(raw_entities, list):
        raise KgError("'entities' must be a list")
    if not isinstance(raw_relations, list):
        raise KgError("'relations' must be a list")

    entities = tuple(_entity_from_json(raw, f"entities[{i}]") for i, raw in enumerate(raw_entities))
    relations = tuple(_relation_from_json(raw, f"relations[{i}]") for i, raw in enumerate(raw_relations))
    return Annotation(article, entities, relations, _source_from_json(d.get("source")))


def _entity_from_json(raw: Any, where: str) -> AnnotatedEntity:
    _check_object(raw, _ENTITY_KEYS, ("type", "label"), where)
    aliases = raw.get("aliases", [])
    if not isinstance(aliases, list):
        raise KgError(f"{where}.aliases must be a list of strings")
    return AnnotatedEntity(
        _nonempty_str(raw["type"], f"{where}.type"),
        _nonempty_str(raw["label"], f"{where}.label"),
        tuple(_nonempty_str(x, f"{where}.aliases[{j}]") for j, x in enumerate(aliases)),
    )


def _relation_from_json(raw: Any, where: str) -> AnnotatedRelation:
    _check_object(raw, _RELATION_KEYS, ("subject", "predicate", "object"), where)
    role = raw.get("role")
    return AnnotatedRelation(
        _nonempty_str(raw["subject"], f"{where}.subject"),
        _nonempty_str(raw["predicate"], f"{where}.predicate"),
        _nonempty_str(raw["object"], f"{where}.object"),
        None if role is None else _nonempty_str(role, f"{where}.role"),
    )


def _check_object(raw: Any, allowed: frozenset[str], required: tuple[str, ...], where: str) -> None:
    """An entity or relation of a gold file: an object with the keys it must have and no other."""
    if not isinstance(raw, Mapping):
        raise KgError(f"{where} must be an object")
    _unknown_keys(raw, allowed, where)
    for key in required:
        if key not in raw:
            raise KgError(f"{where} has no {key!r}")


def _source_from_json(raw: Any) -> tuple[tuple[str, str], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, Mapping):
        raise KgError("'source' must be an object (url, outlet, query, sha256, ...)")
    return tuple(sorted((str(k), _nonempty_str(v, f"source.{k}")) for k, v in raw.items()))
