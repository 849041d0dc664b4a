"""What a SPARQL text asks for, read before it is parsed: an update, or ``SERVICE``.

The checks are lexical: an update is refused because the endpoint is read-only, and
``SERVICE`` because a query must not make kg reach out to other hosts (``kg query``
and ``kg serve`` refuse it unless told otherwise).  Standard library only: the
endpoint's worker processes import it.
"""

from __future__ import annotations

import re

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
