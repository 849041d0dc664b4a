"""RDF terms as N-Triples text, and a writer of Turtle and TriG from them.

A large build writes millions of triples.  Building an rdflib term for each, then
turning it back into text, was most of the build's time; here a term *is* its
N-Triples text (``<iri>``, ``"text"@vi``, ``"5"^^<...#integer>``), so a triple is a
tuple of three strings that sort, compare and de-duplicate as plain strings, and that
an RDF library reads back unchanged (N-Triples is a subset of Turtle).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache

from rdflib import URIRef

from kg.namespace import RDF, XSD

NtTriple = tuple[str, str, str]

# N-Triples escapes for a literal's lexical form: backslash, quote and control characters.
_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r"}
_ESCAPES.update({c: f"\\u{c:04X}" for c in (*range(0, 32), 127) if c not in _ESCAPES})

_XSD_STRING = str(XSD.string)
_XSD_INTEGER = f"<{XSD.integer}>"
_XSD_DOUBLE = f"<{XSD.double}>"


def iri(value: str) -> str:
    """An IRI term.  The caller vouches that ``value`` is a valid IRI: kg mints its IRIs
    from slugs and hashes, and vocabulary terms come from :mod:`kg.namespace`."""
    return f"<{value}>"


# Every vocabulary term made by `term`: the writer gives these, and only these, prefixed
# names, so that it need not take apart each of a large graph's millions of resource IRIs.
_VOCABULARY: set[str] = set()


@cache
def term(node: URIRef) -> str:
    """A vocabulary term (``KG.evidence``) as N-Triples text, looked up once."""
    text = f"<{node}>"
    _VOCABULARY.add(text)
    return text


# The control characters other than line breaks: rare, so looked for before escaping them.
_RARE_CONTROLS = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]")


def _escape(text: str) -> str:
    if _RARE_CONTROLS.search(text):
        return text.translate(_ESCAPES)
    # str.replace is many times faster than str.translate on long text (article bodies)
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def literal(text: str, lang: str | None = None, datatype: str | None = None) -> str:
    """A literal; ``datatype`` is the datatype's IRI (xsd:string is left implicit)."""
    lexical = _escape(text)
    if lang:
        return f'"{lexical}"@{lang}'
    if datatype and datatype != _XSD_STRING:
        return f'"{lexical}"^^<{datatype}>'
    return f'"{lexical}"'


@lru_cache(maxsize=1 << 16)
def integer(n: int) -> str:
    """An xsd:integer; offsets and counts repeat across articles, so each is made once."""
    return f'"{int(n)}"^^{_XSD_INTEGER}'


def integer_once(n: int) -> str:
    """:func:`integer` for a number that comes once, not kept: a large graph's community
    numbers (tens of thousands) would fill the cache, for the rest of the build."""
    return f'"{int(n)}"^^{_XSD_INTEGER}'


def double(x: float) -> str:
    """An xsd:double with Python's shortest round-trip form (PageRank keeps every digit)."""
    return f'"{float(x)!r}"^^{_XSD_DOUBLE}'


# ---------------------------------------------------------------------------
# Turtle and TriG
# ---------------------------------------------------------------------------

# A prefixed name's local part that needs no escaping in Turtle (a safe subset of PN_LOCAL).
_PLAIN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_INTEGER_LEXICAL = re.compile(r'"([+-]?[0-9]+)"\^\^' + re.escape(_XSD_INTEGER))
_RDF_TYPE = f"<{RDF.type}>"
_INTEGER_SUFFIX = f"^^{_XSD_INTEGER}"


class TurtleWriter:
    """Writes sorted triples as Turtle: one block per subject, ``;`` between its
    predicates, ``,`` between a predicate's objects, vocabulary IRIs as prefixed names.

    The same set of triples always gives the same text.  Entity IRIs stay whole: their
    local parts hold ``/``, which a prefixed name could only carry escaped.
    """

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        self.prefixes = dict(sorted(prefixes.items()))
        self._namespaces = {ns: p for p, ns in self.prefixes.items()}
        # compact forms of the vocabulary: a few hundred terms, each worked out once
        self._compact: dict[str, str] = {}
        self._verbs: dict[str, str] = {}

    def header(self) -> str:
        return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in self.prefixes.items()) + "\n"

    def compact(self, node: str) -> str:
        """A term's shortest safe Turtle form: vocabulary IRIs (made by :func:`term`) as
        prefixed names, integers bare, datatypes prefixed; anything else as it is."""
        known = self._compact.get(node)
        if known is not None:
            return known
        if node in _VOCABULARY:
            known = self._compact[node] = self._shorten(node)
            return known
        if node[-1] == ">" and node[0] == '"':
            short = self._shorten(node)
            if node.endswith(_INTEGER_SUFFIX):  # offsets and counts: few, and repeated
                self._compact[node] = short
            return short
        return node

    def _shorten(self, node: str) -> str:
        if node[0] == "<":
            value = node[1:-1]
            cut = max(value.rfind("#"), value.rfind("/")) + 1
            prefix = self._namespaces.get(value[:cut])
            if prefix is not None and _PLAIN_LOCAL.fullmatch(value, cut):
                return f"{prefix}:{value[cut:]}"
            return node
        if node[0] == '"' and node[-1] == ">":
            number = _INTEGER_LEXICAL.fullmatch(node)
            if number is not None:
                return number.group(1)
            at = node.rindex("^^<")
            datatype = self._shorten(node[at + 2:])
            if datatype[0] != "<":
                return f"{node[:at]}^^{datatype}"
        return node

    def block(self, triples: Iterable[NtTriple], graph: str | None = None) -> str:
        """The triples (each once, sorted) as Turtle, or as one TriG graph when ``graph``
        names it.  Empty when there are none."""
        ordered = sorted(triples if isinstance(triples, set | frozenset) else set(triples))
        if not ordered:
            return ""
        known, vocabulary, compact, verbs = self._compact, _VOCABULARY, self.compact, self._verbs

        def verb(p: str) -> str:
            short = verbs[p] = "a" if p == _RDF_TYPE else compact(p)
            return short

        indent = "\t" if graph is not None else ""
        out: list[str] = [f"{graph} {{\n"] if graph is not None else []
        append = out.append
        last_subject = last_predicate = ""
        # the hot loop of a large build: compact() inlined for the common objects
        for s, p, o in ordered:
            short = known.get(o)
            if short is None:
                short = compact(o) if o in vocabulary or (o[0] == '"' and o[-1] == ">") else o
            if s != last_subject:
                if last_subject:
                    append(" .\n")
                append(f"{indent}{compact(s)} {verbs.get(p) or verb(p)} {short}")
                last_subject, last_predicate = s, p
            elif p != last_predicate:
                append(f" ;\n{indent}\t{verbs.get(p) or verb(p)} {short}")
                last_predicate = p
            else:
                append(f" , {short}")
        append(" .\n")
        if graph is not None:
            append("}\n")
        return "".join(out)

    def trig_and_turtle(self, triples: Iterable[NtTriple], graph: str) -> tuple[str, str]:
        """The triples as one TriG graph and as Turtle, sorted once."""
        trig = self.block(triples, graph)
        if not trig:
            return "", ""
        # Literals are escaped, so every line break in the text is the writer's own:
        # the Turtle is the graph's body one tab less indented.
        body = trig[trig.index("\n") + 2:-2]
        return trig, body.replace("\n\t", "\n")
