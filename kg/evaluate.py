"""Score predicted annotations against gold files (``kg eval``).

The rules are those of the gold format spec (docs/gold-format.md):
labels compare by ``kg.text.match_key``; entities match one-to-one within a type,
preferred labels first; a relation matches when its predicate is the same, its
endpoints are the predicted entities matched to the gold endpoints and, where gold
gives a role, the roles match.  Scores are micro-averaged over all files.

The scorer reads annotations, never the graph, so that it does not depend on how the
graph is stored; only the predicates' domains and ranges come from the ontology file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from kg.errors import KgError

# The gold format lived here before kg.gold: all of it stays importable from here (the
# "as" marks a re-export), for tests, bench and users' scripts that import it so.
from kg.gold import AnnotatedEntity, AnnotatedRelation, Annotation, annotation_from_json
from kg.gold import annotation_to_json as annotation_to_json
from kg.gold import article_annotations as article_annotations
from kg.ingest import ARTICLE_SUFFIXES
from kg.model import ENTITY_TYPES, PREDICATES
from kg.rdf.ontology import signatures
from kg.text import match_key

_KNOWN_TYPES = frozenset(ENTITY_TYPES)
_Item = TypeVar("_Item", "AnnotatedEntity", "AnnotatedRelation")


# ------------------------------------------------------------------- resolution


class _Index:
    """Finds an annotation's entity by a relation's endpoint label.

    A label match wins over an alias match, then the earlier entity in the file:
    relation endpoints are meant to be labels, aliases are a fallback.
    """

    def __init__(self, entities: Sequence[AnnotatedEntity]) -> None:
        self._entities = entities
        self._labels = [match_key(e.label) for e in entities]
        self._aliases = [frozenset(match_key(x) for x in e.aliases) for e in entities]

    def find_all(self, name: str, types: tuple[str, ...]) -> tuple[list[int], list[int]]:
        key = match_key(name)
        by_label: list[int] = []
        by_alias: list[int] = []
        for i, e in enumerate(self._entities):
            if e.type not in types:
                continue
            if self._labels[i] == key:
                by_label.append(i)
            elif key in self._aliases[i]:
                by_alias.append(i)
        return by_label, by_alias

    def find(self, name: str, types: tuple[str, ...]) -> int | None:
        by_label, by_alias = self.find_all(name, types)
        found = by_label or by_alias
        return found[0] if found else None


def _check_gold(a: Annotation) -> None:
    """What a gold file must satisfy beyond its JSON shape, so scoring is unambiguous."""
    seen: dict[tuple[str, str], str] = {}
    for e in a.entities:
        key = (e.type, match_key(e.label))
        if key in seen:
            raise KgError(
                f"two {e.type} entities share the label {e.label!r} "
                f"(first written {seen[key]!r})"
            )
        seen[key] = e.label
    index = _Index(a.entities)
    # Gold relations name their endpoints by label only: the ontology's domain and range
    # tell which entity of the file is meant when two of different types share a label.
    known = signatures()
    for i, r in enumerate(a.relations):
        where = f"relations[{i}]"
        if r.predicate not in known:
            raise KgError(
                f"{where}: unknown predicate {r.predicate!r} "
                f"(expected one of {', '.join(known)})"
            )
        for end, name, types in (
            ("subject", r.subject, known[r.predicate][0]),
            ("object", r.object, known[r.predicate][1]),
        ):
            by_label, by_alias = index.find_all(name, types)
            if not by_label and not by_alias:
                raise KgError(
                    f"{where}: {end} {name!r} is not the label of a "
                    f"{' or '.join(types)} entity of this file"
                )
            if not by_label and len(by_alias) > 1:
                labels = ", ".join(repr(a.entities[j].label) for j in by_alias)
                raise KgError(
                    f"{where}: {end} {name!r} is an alias of several entities ({labels}); "
                    "name one by its label"
                )


def load_gold(path: str | Path) -> Annotation:
    """Read and check one ``NAME.gold.json``; KgError names the file and the problem."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise KgError(f"{p}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise KgError(f"{p}: cannot read gold file: {exc.strerror or exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KgError(
            f"{p}: not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from exc
    try:
        annotation = annotation_from_json(data)
        _check_gold(annotation)
    except KgError as exc:
        raise KgError(f"{p}: {exc}") from exc
    return annotation


def load_gold_dir(directory: str | Path) -> dict[str, Annotation]:
    """Every ``*.gold.json`` directly in ``directory``, keyed by its ``article`` field."""
    d = Path(directory)
    if not d.is_dir():
        raise KgError(f"{d}: not a directory of gold files")
    paths = sorted(d.rglob("*.gold.json"))
    if not paths:
        raise KgError(f"{d}: no *.gold.json files")
    result: dict[str, Annotation] = {}
    origin: dict[str, Path] = {}
    for path in paths:
        annotation = load_gold(path)
        if annotation.article in result:
            raise KgError(
                f"{path}: article {annotation.article!r} is already annotated "
                f"in {origin[annotation.article]}"
            )
        result[annotation.article] = annotation
        origin[annotation.article] = path
    return result


@dataclass(frozen=True)
class TextLookup:
    """Where the articles of a set of gold files are, when the texts live apart from them."""

    found: dict[str, Path]
    missing: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()   # the file's sha256 is not the one the gold names

    def summary(self, directory: Path) -> str:
        total = len(self.found) + len(self.missing) + len(self.changed)
        parts = [f"{len(self.found)} of {total} texts found in {directory}"]
        if self.missing:
            parts.append(f"{len(self.missing)} missing")
        if self.changed:
            parts.append(f"{len(self.changed)} differ from the text annotated (sha256)")
        return ", ".join(parts)


def find_texts(gold: Mapping[str, Annotation], directory: str | Path) -> TextLookup:
    """Find each gold file's article under ``directory`` (any depth), checking its sha256."""
    import hashlib

    by_name: dict[str, Path] = {}
    for candidate in sorted(Path(directory).rglob("*")):
        if candidate.name in gold and candidate.is_file():
            by_name.setdefault(candidate.name, candidate)
    found: dict[str, Path] = {}
    missing: list[str] = []
    changed: list[str] = []
    for article in sorted(gold):
        path = by_name.get(article)
        if path is None:
            missing.append(article)
            continue
        expected = gold[article].source_field("sha256")
        if expected and hashlib.sha256(path.read_bytes()).hexdigest() != expected.lower():
            changed.append(article)
            continue
        found[article] = path
    return TextLookup(found, tuple(missing), tuple(changed))


# ---------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        # No predictions means nothing right was said: 0, not undefined.
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True)
class FileResult:
    """One gold article's outcome; ``predicted`` is False when nothing was predicted for it."""

    article: str
    predicted: bool
    entities: Counts
    relations: Counts
    entity_misses: tuple[AnnotatedEntity, ...]
    entity_false_hits: tuple[AnnotatedEntity, ...]
    relation_misses: tuple[AnnotatedRelation, ...]
    relation_false_hits: tuple[AnnotatedRelation, ...]
    per_type: dict[str, Counts] = field(default_factory=dict, hash=False)
    per_predicate: dict[str, Counts] = field(default_factory=dict, hash=False)

    def to_json(self) -> dict[str, Any]:
        def ent(e: AnnotatedEntity) -> dict[str, Any]:
            out: dict[str, Any] = {"type": e.type, "label": e.label}
            if e.aliases:
                out["aliases"] = list(e.aliases)
            return out

        def rel(r: AnnotatedRelation) -> dict[str, Any]:
            out: dict[str, Any] = {
                "subject": r.subject, "predicate": r.predicate, "object": r.object
            }
            if r.role is not None:
                out["role"] = r.role
            return out

        return {
            "article": self.article,
            "predicted": self.predicted,
            "entities": self.entities.to_json(),
            "relations": self.relations.to_json(),
            "entity_misses": [ent(e) for e in self.entity_misses],
            "entity_false_hits": [ent(e) for e in self.entity_false_hits],
            "relation_misses": [rel(r) for r in self.relation_misses],
            "relation_false_hits": [rel(r) for r in self.relation_false_hits],
        }


@dataclass(frozen=True)
class EvalReport:
    entities: Counts
    relations: Counts
    per_type: dict[str, Counts] = field(hash=False)
    per_predicate: dict[str, Counts] = field(hash=False)
    files: tuple[FileResult, ...] = ()

    @property
    def without_predictions(self) -> tuple[str, ...]:
        return tuple(f.article for f in self.files if not f.predicted)

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": len(self.files),
            "without_predictions": list(self.without_predictions),
            "entities": self.entities.to_json(),
            "relations": self.relations.to_json(),
            "per_type": {t: c.to_json() for t, c in self.per_type.items()},
            "per_predicate": {p: c.to_json() for p, c in self.per_predicate.items()},
            "files": [f.to_json() for f in self.files],
        }


def _augment(
    i: int,
    edges: Sequence[Sequence[int]],
    blocked: set[int],
    left_to_right: dict[int, int],
    right_to_left: dict[int, int],
    seen: set[int],
) -> bool:
    """Find left item ``i`` a partner, moving earlier pairs along if need be (Kuhn).

    Recursion depth is bounded by the number of right items (the gold entities or
    relations of one article): each is visited at most once per search.
    """
    for j in edges[i]:
        if j in blocked or j in seen:
            continue
        seen.add(j)
        if j not in right_to_left or _augment(
            right_to_left[j], edges, blocked, left_to_right, right_to_left, seen
        ):
            left_to_right[i] = j
            right_to_left[j] = i
            return True
    return False


def _match_in_tiers(n_left: int, tiers: Sequence[Sequence[Sequence[int]]]) -> dict[int, int]:
    """A deterministic one-to-one matching, left index -> right index.

    ``tiers[k][i]`` lists, in order of preference, the right items left item ``i``
    may match at priority ``k``.  Pairs made in an earlier tier are kept; within a
    tier the matching is maximum (augmenting paths, tried in input order), so a
    greedy first choice never keeps a later item from its only partner.
    """
    left_to_right: dict[int, int] = {}
    right_to_left: dict[int, int] = {}
    for edges in tiers:
        blocked = set(right_to_left)
        tier_lr: dict[int, int] = {}
        tier_rl: dict[int, int] = {}
        for i in range(n_left):
            if i not in left_to_right and edges[i]:
                _augment(i, edges, blocked, tier_lr, tier_rl, set())
        left_to_right.update(tier_lr)
        right_to_left.update(tier_rl)
    return left_to_right


def _match_entities(
    predicted: Sequence[AnnotatedEntity], gold: Sequence[AnnotatedEntity]
) -> dict[int, int]:
    """Predicted index -> gold index, over entities of the listed types only."""
    pred_label = [match_key(e.label) for e in predicted]
    pred_alts = [[match_key(x) for x in e.aliases] for e in predicted]
    gold_label = [match_key(e.label) for e in gold]
    gold_alias = [frozenset(match_key(x) for x in e.aliases) for e in gold]

    def edges(test: Callable[[int, int], bool]) -> list[list[int]]:
        return [
            [
                j
                for j, g in enumerate(gold)
                if g.type == p.type and p.type in _KNOWN_TYPES and test(i, j)
            ]
            for i, p in enumerate(predicted)
        ]

    # Preferred labels first, and within each a match on the gold label before a
    # match on one of its aliases: the closest reading claims a gold entity first.
    return _match_in_tiers(
        len(predicted),
        [
            edges(lambda i, j: pred_label[i] == gold_label[j]),
            edges(lambda i, j: pred_label[i] in gold_alias[j]),
            edges(lambda i, j: gold_label[j] in pred_alts[i]),
            edges(lambda i, j: any(x in gold_alias[j] for x in pred_alts[i])),
        ],
    )


def _endpoints(
    relations: Sequence[AnnotatedRelation], entities: Sequence[AnnotatedEntity]
) -> list[tuple[int, int] | None]:
    index = _Index(entities)
    out: list[tuple[int, int] | None] = []
    for r in relations:
        signature = signatures().get(r.predicate)
        if signature is None:
            out.append(None)
            continue
        s = index.find(r.subject, signature[0])
        o = index.find(r.object, signature[1])
        out.append(None if s is None or o is None else (s, o))
    return out


def score_file(predicted: Annotation | None, gold: Annotation) -> FileResult:
    """Score one article; ``predicted`` None means nothing was predicted for it."""
    pred = predicted or Annotation(gold.article, (), ())
    gold_entities = [e for e in gold.entities if e.type in _KNOWN_TYPES]
    pred_entities = [e for e in pred.entities if e.type in _KNOWN_TYPES]
    # Relations whose predicate the spec does not list cannot be scored either way.
    gold_relations = [r for r in gold.relations if r.predicate in signatures()]
    pred_relations = [r for r in pred.relations if r.predicate in signatures()]

    ent_match = _match_entities(pred_entities, gold_entities)
    rel_match = _match_relations(pred_relations, pred_entities, gold_relations, gold_entities,
                                 ent_match)
    per_type = _counts_per(ENTITY_TYPES, lambda e: e.type, pred_entities, gold_entities,
                           ent_match)
    per_predicate = _counts_per(PREDICATES, lambda r: r.predicate, pred_relations,
                                gold_relations, rel_match)

    matched_gold_entities = set(ent_match.values())
    matched_gold_relations = set(rel_match.values())
    return FileResult(
        article=gold.article,
        predicted=predicted is not None,
        entities=sum(per_type.values(), Counts()),
        relations=sum(per_predicate.values(), Counts()),
        entity_misses=tuple(
            e for j, e in enumerate(gold_entities) if j not in matched_gold_entities
        ),
        entity_false_hits=tuple(e for i, e in enumerate(pred_entities) if i not in ent_match),
        relation_misses=tuple(
            r for j, r in enumerate(gold_relations) if j not in matched_gold_relations
        ),
        relation_false_hits=tuple(
            r for i, r in enumerate(pred_relations) if i not in rel_match
        ),
        per_type=per_type,
        per_predicate=per_predicate,
    )


def _match_relations(
    pred_relations: Sequence[AnnotatedRelation], pred_entities: Sequence[AnnotatedEntity],
    gold_relations: Sequence[AnnotatedRelation], gold_entities: Sequence[AnnotatedEntity],
    ent_match: Mapping[int, int],
) -> dict[int, int]:
    """Predicted relations matched one-to-one to gold ones: the same predicate, endpoints
    matched to the gold endpoints, and the gold role (where gold gives one)."""
    gold_ends = _endpoints(gold_relations, gold_entities)
    pred_ends = _endpoints(pred_relations, pred_entities)
    rel_edges: list[list[int]] = []
    for p, p_ends in zip(pred_relations, pred_ends, strict=True):
        candidates: list[int] = []
        if p_ends is not None:
            mapped = (ent_match.get(p_ends[0]), ent_match.get(p_ends[1]))
            for j, (g, g_ends) in enumerate(zip(gold_relations, gold_ends, strict=True)):
                if (
                    g_ends is not None
                    and g.predicate == p.predicate
                    and mapped == g_ends
                    and (
                        g.role is None
                        or (p.role is not None and match_key(p.role) == match_key(g.role))
                    )
                ):
                    candidates.append(j)
        rel_edges.append(candidates)
    return _match_in_tiers(len(pred_relations), [rel_edges])


def _counts_per(
    kinds: Sequence[str], kind_of: Callable[[_Item], str],
    predicted: Sequence[_Item], gold: Sequence[_Item], matched: Mapping[int, int],
) -> dict[str, Counts]:
    """Counts for each kind (an entity type, a predicate) from a one-to-one matching of
    predicted items (keys of ``matched``) to gold ones."""
    out: dict[str, Counts] = {}
    for kind in kinds:
        tp = sum(1 for i in matched if kind_of(predicted[i]) == kind)
        n_pred = sum(1 for x in predicted if kind_of(x) == kind)
        n_gold = sum(1 for x in gold if kind_of(x) == kind)
        out[kind] = Counts(tp, n_pred - tp, n_gold - tp)
    return out


def _article_stem(name: str) -> str:
    for suffix in ARTICLE_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _prediction_for(article: str, predicted: Mapping[str, Annotation]) -> Annotation | None:
    if article in predicted:
        return predicted[article]
    # A caller that keys predictions by article id ("x") rather than file name
    # ("x.txt") should not silently score zero; take the stem match only when it is
    # unambiguous.
    stem = _article_stem(article)
    found = [k for k in predicted if _article_stem(k) == stem]
    return predicted[found[0]] if len(found) == 1 else None


def score(predicted: Mapping[str, Annotation], gold: Mapping[str, Annotation]) -> EvalReport:
    """Micro-averaged scores of ``predicted`` against ``gold``, both keyed by article.

    Gold articles without predictions count as all misses; predictions for
    articles without gold are ignored.
    """
    files = tuple(
        score_file(_prediction_for(article, predicted), gold[article])
        for article in sorted(gold)
    )
    per_type: dict[str, Counts] = {
        t: sum((f.per_type[t] for f in files), Counts()) for t in ENTITY_TYPES
    }
    per_predicate: dict[str, Counts] = {
        p: sum((f.per_predicate[p] for f in files), Counts()) for p in PREDICATES
    }
    return EvalReport(
        entities=sum(per_type.values(), Counts()),
        relations=sum(per_predicate.values(), Counts()),
        per_type=per_type,
        per_predicate=per_predicate,
        files=files,
    )


# ---------------------------------------------------------------------- output


def _row(name: str, c: Counts, width: int) -> str:
    return (
        f"{name:<{width}} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}"
        f" {c.tp:6d} {c.fp:6d} {c.fn:6d}"
    )


def _describe_relation(r: AnnotatedRelation) -> str:
    role = f" [{r.role}]" if r.role is not None else ""
    return f"{r.subject} --{r.predicate}{role}--> {r.object}"


def format_report(report: EvalReport, verbose: bool = False) -> str:
    """A plain-text table; the last two lines are the overall summary lines."""
    width = max(len(n) for n in (*ENTITY_TYPES, *PREDICATES, "relations")) + 2
    header = f"{'':<{width}} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}"
    missing = report.without_predictions
    lines = [f"articles scored: {len(report.files)}, without predictions: {len(missing)}"]
    lines += [f"  no predictions for {a}" for a in missing]
    lines += [
        "",
        header,
        _row("entities", report.entities, width),
        _row("relations", report.relations, width),
        "",
        "per entity type",
    ]
    lines += [_row("  " + t, c, width) for t, c in report.per_type.items()]
    lines += ["", "per predicate"]
    lines += [_row("  " + p, c, width) for p, c in report.per_predicate.items()]

    if verbose:
        type_width = max(len(t) for t in ENTITY_TYPES)
        for f in report.files:
            if not (
                f.entity_misses or f.entity_false_hits
                or f.relation_misses or f.relation_false_hits
            ):
                continue
            note = "" if f.predicted else " (no predictions)"
            lines += ["", f"== {f.article}{note}"]
            lines += [
                f"  missed entity    {e.type:<{type_width}}  {e.label}" for e in f.entity_misses
            ]
            lines += [
                f"  false entity     {e.type:<{type_width}}  {e.label}"
                for e in f.entity_false_hits
            ]
            lines += [f"  missed relation  {_describe_relation(r)}" for r in f.relation_misses]
            lines += [
                f"  false relation   {_describe_relation(r)}" for r in f.relation_false_hits
            ]

    lines.append("")
    for name, c in (("entities", report.entities), ("relations", report.relations)):
        lines.append(f"{name:<10} P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f}")
    return "\n".join(lines)
