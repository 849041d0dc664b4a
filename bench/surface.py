"""The blind batches rewritten as other outlets and other copies write them, and scored.

    python -m bench.surface                  # batches a to k, every rewriting
    python -m bench.surface a-c nbsp wrap    # batches a to c, two rewritings

Each rewriting changes how a text is written and nothing the gold format scores: no-break
and zero-width spaces, "Ð" typed for "Đ", decomposed accents, old tone marks, a text wrapped
at 90 columns (a PDF or a print page), an outlet's tag before the lead, titles in small
letters after a comma (as national dailies write them), "đ/c" for "đồng chí", posts joined
by en dashes, commas
without their space or with one before, paragraphs merged into one (an excerpt copied as a
block), a headline or a lead in capitals.  The gold files are kept as they are: where kg reads the
rewritten text worse than the text as written, it depends on a surface the genre does not
hold to.  Scores only are printed, so batches kept unread may be rewritten too.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path

from bench.blind import blind_batches, evaluate

_OLD_TONES = {new: old for new, old in [
    ("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
    ("òe", "oè"), ("óe", "oé"), ("ỏe", "oẻ"), ("õe", "oẽ"), ("ọe", "oẹ"),
    ("ùy", "uỳ"), ("úy", "uý"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ")]}
_OLD_TONES |= {new[0].upper() + new[1]: old[0].upper() + old[1] for new, old in list(_OLD_TONES.items())}
_NEW_TONE = re.compile(r"(?<![qQ])(" + "|".join(map(re.escape, _OLD_TONES)) + r")(?!\w)")
_TAGS = ("(QNO) - ", "(PLO)- ", "(Chinhphu.vn) - ", "(ĐCSVN) – ", "(TTXVN) ", "(Báo Quảng Ngãi) - ", "TTO - ")
_TITLES_AFTER_A_COMMA = re.compile(
    r"(?<=, )((?:Bí thư|Phó Bí thư|Chủ tịch|Phó Chủ tịch|Giám đốc|Phó Giám đốc|Trưởng ban|Ủy viên)"
    r"(?: Thường trực)?)\b")


# titles in small letters wherever a sentence does not begin with them, as national dailies write
# them ("bà A, phó chủ tịch UBND tỉnh", "chủ tịch UBND huyện B"); not the offices named so
# ("Chủ tịch nước", "Tổng Bí thư", "Chủ tịch Hồ Chí Minh")
_TITLES_ANYWHERE = re.compile(
    r"(?<=[\w,;:–-] )((?:Phó |Tổng |Quyền )?(?:Bí thư|Chủ tịch|Giám đốc|Trưởng ban|Trưởng Ban|Ủy viên|Thứ trưởng|"
    r"Bộ trưởng|Chánh án|Viện trưởng|Cục trưởng|Chủ nhiệm|Tổng Giám đốc|Hiệu trưởng|Chánh Văn phòng|Trưởng phòng)"
    r"(?: Thường trực| thường trực)?)\b(?! nước| Hồ Chí Minh| Tôn Đức Thắng)(?<!Tổng Bí thư)")
_COMMA_BEFORE_A_TITLE = re.compile(
    r", (?=(?:Bí thư|Phó Bí thư|Chủ tịch|Phó Chủ tịch|Giám đốc|Phó Giám đốc|Ủy viên|Trưởng)\b)")


def _randomly(pattern: str, replacement: str, share: float, seed: int) -> Callable[[str], str]:
    def rewrite(text: str) -> str:
        draw = random.Random(seed)
        return re.sub(pattern, lambda m: m.expand(replacement) if draw.random() < share else m.group(), text)
    return rewrite


def _wrapped(text: str) -> str:
    return "\n".join(textwrap.fill(line, 90) if len(line) > 90 else line for line in text.split("\n"))


def _tagged(text: str) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines[1:], 1):
        if len(line) > 120:
            lines[i] = _TAGS[len(text) % len(_TAGS)] + line
            break
    return "\n".join(lines)


def _lead_in_capitals(text: str) -> str:
    lines = text.split("\n")
    paragraphs = [i for i, line in enumerate(lines) if line.strip()]
    if len(paragraphs) > 1 and len(lines[paragraphs[1]]) > 80:
        lines[paragraphs[1]] = lines[paragraphs[1]].upper()
    return "\n".join(lines)


def _one_paragraph(text: str) -> str:
    lines = [line for line in text.split("\n") if line.strip()]
    return lines[0] + "\n" + " ".join(lines[1:]) if lines else text


def _headline_in_capitals(text: str) -> str:
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        lines[first] = lines[first].upper()
    return "\n".join(lines)


REWRITINGS: dict[str, Callable[[str], str]] = {
    "as written": lambda text: text,
    "nbsp": _randomly(r" ", "\u00a0", 0.3, 1),
    "zero-width": _randomly(r"(?<=\w) (?=\w)", " \u200b", 0.1, 2),
    "eth": lambda text: text.replace("Đ", "Ð"),
    "nfd": lambda text: unicodedata.normalize("NFD", text),
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "old-tones": lambda text: _NEW_TONE.sub(lambda m: _OLD_TONES[m.group(1)], text),
    "wrap": _wrapped,
    "source-tag": _tagged,
    "small-titles": lambda text: _TITLES_AFTER_A_COMMA.sub(lambda m: m.group(1).lower(), text),
    "small-titles-everywhere": lambda text: _TITLES_ANYWHERE.sub(lambda m: m.group(1).lower(), text),
    "đ/c": lambda text: text.replace("đồng chí ", "đ/c ").replace("Đồng chí ", "Đ/c "),
    "dash-chains": lambda text: _COMMA_BEFORE_A_TITLE.sub(" – ", text),
    "comma-unspaced": _randomly(r"(?<=\w), (?=\w)", ",", 0.3, 3),
    "space-before-mark": _randomly(r"(?<=\w)([,;:])", r" \1", 0.3, 4),
    "one-paragraph": _one_paragraph,
    "headline-capitals": _headline_in_capitals,
    "lead-capitals": _lead_in_capitals,
}


def batch_folders(spec: str) -> list[Path]:
    """The folders of batch letters "a", "a-k" or "a,c"."""
    batches = blind_batches()
    letters = list(batches)
    if "-" in spec:
        first, last = spec.split("-", 1)
        chosen = letters[letters.index(first):letters.index(last) + 1]
    else:
        chosen = spec.split(",")
    return [folder for letter in chosen for folder in batches[letter]]


def rewritten(folders: list[Path], rewrite: Callable[[str], str], into: Path) -> Path:
    """A copy of ``folders``' articles, each text rewritten, each gold file as it is."""
    into.mkdir(parents=True)
    for folder in folders:
        for path in folder.iterdir():
            if path.name.endswith(".gold.json"):
                (into / path.name).write_bytes(path.read_bytes())
            elif path.suffix == ".txt":
                (into / path.name).write_text(rewrite(path.read_text(encoding="utf-8")), encoding="utf-8")
    return into


def main(argv: list[str]) -> None:
    spec = argv[0] if argv and argv[0] not in REWRITINGS else "a-k"
    names = [name for name in argv if name in REWRITINGS] or list(REWRITINGS)
    folders = batch_folders(spec)
    print(f"| batches {spec}, rewritten | entities F1 | relations F1 |\n| --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        base: tuple[float, float] | None = None
        for number, name in enumerate(["as written", *[n for n in names if n != "as written"]]):
            _, report = evaluate([rewritten(folders, REWRITINGS[name], Path(tmp) / str(number))])
            scores = (report.entities.f1, report.relations.f1)
            base = base or scores
            cells = [f"{now:.3f}" + (f" ({now - then:+.3f})" if number else "")
                     for now, then in zip(scores, base, strict=True)]
            print(f"| {name} | {cells[0]} | {cells[1]} |", flush=True)

if __name__ == "__main__":
    main(sys.argv[1:])
