"""The extractors' word gates (kg.extract.tokens.WordGate) skip only sentences their rules find nothing in.

An extractor whose every rule begins at some words (an award's kind, a document's) asks its gate
first and gives nothing where the sentence holds none of them.  A rule added later that begins at a
word the gate does not know would find nothing: the bundled articles, extracted with every gate open
(KG_NO_GATES=1) and closed, must give the same mentions and relations.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kg.extract import extract
from kg.extract.tokens import WordGate, tokenize
from kg.ingest import read_article
from kg.model import Sentence

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = sorted({*ROOT.joinpath("tests").rglob("*.txt"), *ROOT.joinpath("data").rglob("*.txt")})


def _opens(gate: WordGate, text: str) -> bool:
    return gate.opens(tokenize(Sentence("a", 0, 0, len(text), text)), text)


def test_a_gate_opens_at_a_phrase_s_first_words_in_any_case() -> None:
    gate = WordGate(["Huân chương Lao động", "Bằng khen", "Giải"])
    assert _opens(gate, "Chủ tịch nước tặng HUÂN CHƯƠNG lao động hạng Ba cho Công ty X.")
    assert _opens(gate, "UBND tỉnh trao bằng khen cho 12 tập thể.")
    assert _opens(gate, "Lễ trao Giải báo chí lần thứ XI.")
    assert not _opens(gate, "Huân là tên của ông ấy; Ban Thường vụ họp sáng nay.")
    assert not _opens(gate, "Hội nghị tổng kết công tác năm 2024.")


def test_an_apostrophe_keeps_the_gate_open() -> None:
    # "H'Bình" is one token: a rule's pattern may still begin after the apostrophe
    assert _opens(WordGate(["Bằng khen"]), "Bà H'Bình phát biểu.")


def _found(paths: list[Path]) -> list[str]:
    lines = []
    for path in paths:
        extraction = extract(read_article(path))
        lines += [f"{path.name} {m.type} {m.span.start} {m.span.end} {m.label} {m.extractor} {m.kind} {m.aliases}"
                  for m in extraction.mentions]
        lines += [f"{path.name} {r.subject} {r.predicate} {r.object} {r.extractor} {r.role} {r.sentence}"
                  for r in extraction.relations]
    return lines


def test_the_gates_change_nothing_on_the_bundled_articles() -> None:
    assert len(BUNDLED) > 300
    script = ("import json, sys\nfrom pathlib import Path\nfrom tests.test_gates import _found\n"
              "print(json.dumps(_found([Path(p) for p in json.load(sys.stdin)])))")
    run = subprocess.run([sys.executable, "-c", script], input=json.dumps([str(p) for p in BUNDLED]),
                         capture_output=True, text=True, check=True, cwd=ROOT,
                         env={**os.environ, "KG_NO_GATES": "1"})
    open_gates = json.loads(run.stdout)
    gated = _found(BUNDLED)
    assert len(gated) > 10_000
    missed = sorted(set(open_gates) - set(gated))
    assert not missed, f"{len(missed)} found only with the gates open, first: {missed[:5]}"
    assert gated == open_gates
