"""Regular expressions compiled so that a search skips quickly past where they cannot begin.

Compiled extractors spend about 40 % of their time in ``re``. A pattern that begins with
an alternation of words ("[Hh]ội nghị|[Ll]ễ|…") is tried alternative by alternative at
every character of a sentence: Python's engine skips ahead by itself only when a pattern
begins with a literal or a character class. :func:`compile` puts a lookahead of the
characters the pattern can begin with in front of such a pattern: the same matches at
the same places, found after a one-character test at most places.
"""

from __future__ import annotations

import re
from typing import Any

# What the pattern's first item can be and still say which character it begins with.
_LARGEST_RANGE = 512  # a wider class ("[à-ỹ]") says too little to be worth the test


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name
    """``re.compile(pattern, flags)``, with a lookahead of the characters it can begin
    with when the engine would otherwise try it at every character."""
    try:
        first = _first_characters(pattern, flags)
    except Exception:  # re's parser is internal: a change in it costs speed, never a match
        first = None
    if first is not None:
        end = "\n" if flags & re.VERBOSE else ""  # a comment on the last line ends at a newline
        try:
            return re.compile(f"(?=[{''.join(map(_in_a_class, sorted(first)))}])(?:{pattern}{end})", flags)
        except re.error:  # inline flags, which must come first
            pass
    return re.compile(pattern, flags)


def _first_characters(pattern: str, flags: int) -> set[str] | None:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    if _compiler._get_literal_prefix(parsed, flags)[0] or _compiler._get_charset_prefix(parsed, flags):
        return None  # the engine skips ahead by itself
    return _first(parsed.data)


def _first(items: Any) -> set[str] | None:
    """The characters a match of ``items`` (a parsed pattern's list) can begin with, or
    None when its first item does not say (it may match nothing, it is any character)."""
    from re import _constants as c  # type: ignore[attr-defined]

    if not items:
        return None
    op, av = items[0]
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # tested where the match begins, and consume nothing
        return _first(items[1:])
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] <= _LARGEST_RANGE:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None  # a category or a negated class
        return chars
    if op is c.BRANCH:
        chars = set()
        for alternative in av[1]:
            found = _first(alternative.data)
            if found is None:
                return None
            chars |= found
        return chars
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        return None if add_flags or del_flags else _first(inner.data)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        least, _most, inner = av
        return _first(inner.data) if least > 0 else None
    return None


def _in_a_class(char: str) -> str:
    return "\\" + char if char in "\\]^-[" else char
