"""Fixtures that more than one test module uses."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from kg_cli import DATA, run  # tests/ is on sys.path (rootdir import mode)

from bench import harness
from kg.model import Entity, Evidence, KnowledgeBase, Relation
from kg.namespace import ID

# Each one a way to break out of text into markup, and "href", which switches pyvis's own
# template to a popup that inserts titles as HTML.
HOSTILE_TEXTS = ('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '" onmouseover="x',
                 "href")
_ID = str(ID)


@pytest.fixture(scope="session")
def kg_command() -> list[str]:
    """The installed ``kg`` script, or the module where the script is not installed."""
    return harness.kg_command()


@pytest.fixture()
def seed_corpus(tmp_path: Path) -> Path:
    """A folder of its own (tmp_path/in) holding a copy of data/seed's articles, for a
    test that builds, edits or adds to them."""
    source = tmp_path / "in"
    source.mkdir()
    for f in (DATA / "seed").glob("*.txt"):
        shutil.copy(f, source / f.name)
    return source


@pytest.fixture()
def hostile_kb() -> KnowledgeBase:
    """Four entities of four types whose labels, aliases, roles and evidence are markup."""
    types = ("Person", "Organization", "Document", "Event")
    entities = tuple(
        Entity(_ID + f"h/{i}", kind_of, label, aliases=(label + " 2",),  # type: ignore[arg-type]
               evidence=(Evidence("a1", 0, 0, len(label), label),))
        for i, (kind_of, label) in enumerate(zip(types, HOSTILE_TEXTS, strict=True))
    )
    evidence = (Evidence("a1", 0, 0, 5, " ".join(HOSTILE_TEXTS[:3])),)
    relations = (
        Relation(_ID + "h/0", "holdsPost", _ID + "h/1", HOSTILE_TEXTS[1], evidence),
        Relation(_ID + "h/2", "issuedBy", _ID + "h/1", HOSTILE_TEXTS[3]),
        Relation(_ID + "h/0", "attended", _ID + "h/3", HOSTILE_TEXTS[2]),
    )
    return KnowledgeBase(entities=entities, relations=relations)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled data/ built once for the module that asks, in-process: its output folder."""
    out = tmp_path_factory.mktemp("out")
    code, output = run("build", str(DATA), "--out", str(out), "--jobs", "1")
    assert code == 0, output
    return out
