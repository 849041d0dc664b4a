"""One SPARQL query, evaluated and written as a protocol answer, without HTTP.

``kg serve`` runs this in worker processes (``kg.serve.QueryRunner``) so that a query
past its time-out can be stopped by ending its process: Oxigraph cannot cancel a
query it is evaluating.  The module imports pyoxigraph and the standard library only,
so a worker starts quickly.

The text checks here are lexical, made before parsing: an update is refused (the
endpoint is read-only) and so is ``SERVICE`` (a query must not make kg reach out to
other hosts).
"""

from __future__ import annotations

import csv
import io
import json
import re
import signal
from dataclasses import dataclass, field
from http import HTTPStatus
from multiprocessing.connection import Connection
from typing import Any
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import pyoxigraph as ox

# Media types we can write, per kind of result; the first is the default.
_SOLUTION_TYPES = (
    "application/sparql-results+json", "application/sparql-results+xml", "text/csv",
    "text/tab-separated-values",
)
_GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
# ``format=``/``output=`` parameters (SPARQLWrapper sends them, and the query page).
_FORMAT_ALIASES = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
    "ttl": "text/turtle", "n-triples": "application/n-triples", "nt": "application/n-triples",
    "rdf+xml": "application/rdf+xml", "rdfxml": "application/rdf+xml",
    "json-ld": "application/ld+json", "jsonld": "application/ld+json",
}
# Blank the strings, IRIs and comments out of the text before looking for update verbs,
# so a literal such as "DELETE" in a query is not mistaken for one.
_NOISE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"'
                    r"|'(?:[^'\\\n]|\\.)*'|<[^<>\s]*>|#[^\n]*")
_UPDATE_VERB = re.compile(
    r"(?:^|[\s;}])(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE
)
_QUERY_FORM = re.compile(r"(?:^|[\s}])(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


def looks_like_update(text: str) -> bool:
    """Whether ``text`` is a SPARQL Update rather than a query (checked before parsing)."""
    code = _NOISE.sub(" ", _unescaped(text))
    update = _UPDATE_VERB.search(code)
    if update is None:
        return False
    form = _QUERY_FORM.search(code)
    # "CONSTRUCT { } WHERE { }" never has an update verb before its query form.
    return form is None or update.start() < form.start()


# SERVICE as a keyword: not part of a prefixed name (ex:service, service:x), a variable
# (?service) or a longer word.
_SERVICE = re.compile(r"(?<![\w:?$.-])SERVICE(?![\w:.-])", re.IGNORECASE)

SERVICE_REFUSED = ("SERVICE is not allowed: kg answers from its own graph and does not "
                   "query other endpoints unless started with --allow-service")


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _unescaped(text: str) -> str:
    r"""The query as the parser reads it: SPARQL decodes ``\u0053`` escapes anywhere first."""
    def decode(m: re.Match[str]) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except ValueError:  # past U+10FFFF: the parser will refuse it
            return m.group(0)
    return _CODEPOINT.sub(decode, text)


def calls_service(text: str) -> bool:
    """Whether a query uses ``SERVICE`` (federation), outside strings, IRIs and comments."""
    return _SERVICE.search(_NOISE.sub(" ", _unescaped(text))) is not None


# ---------------------------------------------------------------------------
# Content negotiation and result writing
# ---------------------------------------------------------------------------


def _accepted(header: str) -> list[tuple[str, float]]:
    """Media ranges of an Accept header, best first (stable for equal q)."""
    ranges: list[tuple[str, float, int]] = []
    for i, part in enumerate(header.split(",")):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0]:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.lower().startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            ranges.append((bits[0].lower(), q, i))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(r[0], r[1]) for r in ranges]


def choose_type(accept: str, offered: tuple[str, ...], explicit: str | None = None) -> str:
    """The media type to answer with; the kind's default when nothing offered matches.

    Answering in the default rather than 406 keeps clients that send a generic or
    wrong Accept header (for a CONSTRUCT, a results type) working.
    """
    if explicit:
        wanted = _FORMAT_ALIASES.get(explicit.lower(), explicit.lower())
        if wanted in offered:
            return wanted
    aliases = {"application/json": "application/sparql-results+json",
               "application/xml": "application/sparql-results+xml",
               "text/xml": "application/sparql-results+xml",
               "application/turtle": "text/turtle", "application/x-turtle": "text/turtle",
               "text/plain": "application/n-triples"}
    for media, _q in _accepted(accept or "*/*"):
        media = aliases.get(media, media)
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            prefix = media[:-1]
            for o in offered:
                if media == "*/*" or o.startswith(prefix):
                    return o
    return offered[0]


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}  # RDF-star triples: rare, best effort


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{xml_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        attrs = ""
        if term.language:
            attrs = f" xml:lang={quoteattr(term.language)}"
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            attrs = f" datatype={quoteattr(term.datatype.value)}"
        return f"<literal{attrs}>{xml_escape(term.value)}</literal>"
    return f"<literal>{xml_escape(str(term))}</literal>"


def _tsv_term(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal) and not term.language and (
        term.datatype.value == "http://www.w3.org/2001/XMLSchema#string"
    ):
        # TSV cells are Turtle terms; JSON string escapes are valid Turtle ones.
        return json.dumps(term.value, ensure_ascii=False)
    return str(term).replace("\t", "\\t").replace("\n", "\\n")


def _csv_value(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(getattr(term, "value", term))


def write_solutions(variables: list[str], rows: list[list[Any]], media: str) -> bytes:
    if media == "application/sparql-results+xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
               "<head>", *(f"<variable name={quoteattr(v)}/>" for v in variables), "</head>",
               "<results>"]
        for row in rows:
            out.append("<result>")
            out.extend(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                       for v, t in zip(variables, row, strict=True) if t is not None)
            out.append("</result>")
        out += ["</results>", "</sparql>", ""]
        return "\n".join(out).encode("utf-8")
    if media == "text/csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")  # RFC 4180, as the CSV results spec asks
        writer.writerow(variables)
        writer.writerows([[_csv_value(t) for t in row] for row in rows])
        return buf.getvalue().encode("utf-8")
    if media == "text/tab-separated-values":
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines += ["\t".join(_tsv_term(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None}
                for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False).encode("utf-8")


def write_boolean(value: bool, media: str) -> bytes:
    if media == "application/sparql-results+xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n"
                ).encode()
    if media in ("text/csv", "text/tab-separated-values"):
        return ("_askResult\n" + ("true" if value else "false") + "\n").encode("utf-8")
    return json.dumps({"head": {}, "boolean": value}).encode("utf-8")


# ---------------------------------------------------------------------------
# Evaluating one query
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    """A query as the HTTP side received it, with what the client accepts."""

    text: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    accept: str = "*/*"
    explicit_format: str | None = None


@dataclass(frozen=True)
class Reply:
    """A written answer, or an error (``status`` other than 200) with its message."""

    status: int
    media: str = "text/plain"
    body: bytes = b""
    truncated: bool = False


def answer(store: ox.Store, job: Job, max_results: int,
           prefixes: dict[str, str], allow_service: bool = False) -> Reply:
    """Evaluate ``job`` on ``store`` and write the result in the negotiated format."""
    if not allow_service and calls_service(job.text):
        return Reply(HTTPStatus.BAD_REQUEST, body=SERVICE_REFUSED.encode())
    options: dict[str, Any] = {"prefixes": prefixes}
    if job.default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
    else:
        options["use_default_graph_as_union"] = True
    try:
        if job.named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
        result = store.query(job.text, **options)
    except SyntaxError as e:
        return Reply(HTTPStatus.BAD_REQUEST, body=f"SPARQL syntax error: {e}".encode())
    except ValueError as e:  # a malformed graph IRI
        return Reply(HTTPStatus.BAD_REQUEST, body=str(e).encode())
    if isinstance(result, ox.QueryBoolean):
        media = choose_type(job.accept, _SOLUTION_TYPES, job.explicit_format)
        return Reply(HTTPStatus.OK, media, write_boolean(bool(result), media))
    if isinstance(result, ox.QueryTriples):
        triples: list[ox.Triple] = []
        truncated = False
        for triple in result:
            if len(triples) == max_results:
                truncated = True
                break
            triples.append(triple)
        media = choose_type(job.accept, tuple(_GRAPH_TYPES), job.explicit_format)
        data = ox.serialize(triples, format=_GRAPH_TYPES[media],
                            prefixes=prefixes if media == "text/turtle" else None)
        return Reply(HTTPStatus.OK, media, data or b"", truncated)
    variables = [v.value for v in result.variables]
    rows: list[list[Any]] = []
    truncated = False
    for solution in result:
        if len(rows) == max_results:
            truncated = True
            break
        rows.append([solution[v] for v in variables])
    media = choose_type(job.accept, _SOLUTION_TYPES, job.explicit_format)
    return Reply(HTTPStatus.OK, media, write_solutions(variables, rows, media), truncated)


def serve_jobs(location: str, max_results: int, prefixes: dict[str, str],
               conn: Connection, allow_service: bool = False) -> None:
    """A worker process of ``kg serve``: answer jobs from ``conn`` until it closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    try:
        store = ox.Store.read_only(location)
    except OSError as e:
        conn.send(f"cannot open the store {location} read-only: {e}")
        return
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = answer(store, job, max_results, prefixes, allow_service)
        except OSError as e:
            reply = Reply(HTTPStatus.INTERNAL_SERVER_ERROR, body=f"query failed: {e}".encode())
        conn.send(reply)
