"""Re-create the real corpus's texts that public repositories hold:
``python -m bench.recreate_real [GOLD_DIR ...] [--texts DIR] [--repos DIR] [--clone]``.

A gold file whose ``source`` names a GitHub repository (``"corpus": "github"``, with
``repo``, ``commit`` and ``path``) annotates a file of that repository as it was at that
commit.  Its text is written, byte for byte, to ``--texts`` (``~/.cache/vnkg/real`` by
default), under the gold file's folder, as ``kg eval --texts`` expects, and checked
against the gold's sha256.  The repository is read from a local clone: ``--repos DIR``
holds them as ``OWNER+NAME`` (a bare ``.git`` or a work tree's ``repo/.git`` inside), and
with ``--clone`` one missing there is cloned into it (blobs fetched as needed).

Two more fields say how the file becomes the text: ``member``, a file inside the zip archive
that ``path`` is (lupanh/VietnameseMDS keeps its articles so), and ``"transform":
"detokenize"``, for a corpus kept word-segmented ("Bí_thư Tỉnh_uỷ ( Quảng_Bình ) ,"): the
underscores between syllables become spaces and the spaces the segmenter put around
punctuation go (``detokenize``); the sha256 is the re-spaced text's.

Two more: ``"transform": "without-header"`` (undertheseanlp/resources's CP_Vietnamese-UNC: the
"# url = …" fields heading each file left out) and ``"transform": "jsonl-document"`` with ``line``
and ``document`` (dangbb/vlsp-final-year's VLSP 2022 AbMuSu: one document of one cluster, its
title, lead and body).

And ``"transform": "jekyll-post-body"`` (nguyenvulebinh/trends, 2024–2025: a Jekyll post per trending
topic holding one news page's text): the post's front matter, its link to the page, its picture and
the search snippet opening it left out; the page's text as the post keeps it is the article.

Gold files of excerpts from the search tool (``"corpus": "pages"``) are counted and left:
tests/real/README.md says how those are re-created.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

DEFAULT_GOLD = Path(__file__).resolve().parent.parent / "tests" / "real"


def git_dir(repos: Path, repo: str, clone: bool) -> Path | None:
    """The local clone of ``repo`` (OWNER/NAME) under ``repos``, cloned there if asked."""
    folder = repos / repo.replace("/", "+")
    for candidate in (folder / "repo" / ".git", folder / "repo", folder / ".git", folder):
        if (candidate / "HEAD").is_file() and (candidate / "objects").is_dir():
            return candidate
    if not clone:
        return None
    subprocess.run(["git", "clone", "--quiet", "--bare", "--filter=blob:none",
                    f"https://github.com/{repo}.git", str(folder)], check=True)
    return folder


_SPACE_BEFORE = re.compile(r" +([,.;:!?%)\]”’…])")
_SPACE_AFTER = re.compile(r"([(\[“‘]) +")
_STRAIGHT_QUOTES = re.compile(r'" ([^"\n]*?) "')


def detokenize(text: str) -> str:
    """A word-segmented text as it was written: "Bí_thư Tỉnh_uỷ ( Quảng_Bình ) , “ A ”" ->
    "Bí thư Tỉnh uỷ (Quảng Bình), “A”"."""
    out = []
    for line in text.split("\n"):
        line = line.replace("_", " ")
        line = _STRAIGHT_QUOTES.sub(r'"\1"', line)
        line = _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", line))
        out.append(line)
    return "\n".join(out)


_HEADER_FIELD = re.compile(r"^# \w+ = ")


def without_header(text: str) -> str:
    """A file of undertheseanlp/resources's CP_Vietnamese-UNC as a reader sees the article: the fields
    heading it ("# doc_id = …", "# url = …", "# date = …") gone, the title line apart from the body."""
    lines = text.split("\n")
    while lines and _HEADER_FIELD.match(lines[0]):
        lines.pop(0)
    return "\n".join(lines[:1] + [""] + lines[1:]) if lines else ""


def document_of(jsonl: str, line: int, document: int) -> str:
    """Document ``document`` of cluster ``line`` (both from 0) of a summarisation corpus kept as JSON lines
    (dangbb/vlsp-final-year's VLSP 2022 AbMuSu): its title, its lead and its body, a blank line between."""
    cluster = json.loads(jsonl.splitlines()[line])
    found = cluster["single_documents"][document]
    return "\n\n".join(part.strip() for part in (found["title"], found["anchor_text"], found["raw_text"]))


_POST_LEAD = re.compile(r"\A---\n.*?\n---\n\s*\[[^\n]*\]\([^\n]*\)\s*(?:!\[[^\n]*\]\([^\n]*\)\s*)*", re.S)
_SNIPPET = re.compile(r"\A[^\n]*\.\.\.\n\s*")


def post_body(post: str) -> str:
    """The news page's text a Jekyll post of nguyenvulebinh/trends keeps: after its front matter, the
    link to the page, the page's picture and the search snippet ("… ...") that open the post."""
    lead = _POST_LEAD.match(post)
    rest = post[lead.end():] if lead else post
    snippet = _SNIPPET.match(rest)
    return rest[snippet.end():] if snippet else rest


def text_of(blob: bytes, source: dict[str, Any]) -> bytes:
    """The article's bytes from the repository file: a zip's member, re-spaced if segmented, a file's
    header left out, one document of a file of JSON lines."""
    if source.get("transform") == "without-header":
        return without_header(blob.decode("utf-8")).encode("utf-8")
    if source.get("transform") == "jsonl-document":
        return document_of(blob.decode("utf-8"), int(source["line"]), int(source["document"])).encode("utf-8")
    if source.get("transform") == "jekyll-post-body":
        return post_body(blob.decode("utf-8")).encode("utf-8")
    if source.get("member"):
        import zipfile

        with zipfile.ZipFile(io.BytesIO(blob)) as archive:
            blob = archive.read(source["member"])
    if source.get("transform") == "detokenize":
        blob = detokenize(blob.decode("utf-8")).encode("utf-8")
    return blob


def recreate(gold_dirs: list[Path], texts: Path, repos: Path, clone: bool) -> Counter[str]:
    counts: Counter[str] = Counter()
    for gold_path in sorted(p for d in gold_dirs for p in d.rglob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = gold.get("source") or {}
        if source.get("corpus") != "github":
            counts["not from a repository (left)"] += 1
            continue
        where = git_dir(repos, source["repo"], clone)
        if where is None:
            counts[f"no clone of {source['repo']} under {repos}"] += 1
            continue
        shown = subprocess.run(["git", "--git-dir", str(where), "show", f"{source['commit']}:{source['path']}"],
                               capture_output=True)
        if shown.returncode != 0:
            counts["not in the clone"] += 1
            print(f"{gold_path}: {shown.stderr.decode(errors='replace').strip()}", file=sys.stderr)
            continue
        target = texts / gold_path.parent.name / gold["article"]
        target.parent.mkdir(parents=True, exist_ok=True)
        text = text_of(shown.stdout, source)
        target.write_bytes(text)
        same = hashlib.sha256(text).hexdigest() == source.get("sha256", "").lower()
        counts["written" if same else "written, sha256 differs"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", type=Path, default=[DEFAULT_GOLD], help="gold folders (tests/real)")
    parser.add_argument("--texts", type=Path, default=Path("~/.cache/vnkg/real").expanduser(),
                        help="where the texts go (default ~/.cache/vnkg/real)")
    parser.add_argument("--repos", type=Path, default=Path("~/.cache/vnkg/repos").expanduser(),
                        help="local clones, one folder OWNER+NAME each (default ~/.cache/vnkg/repos)")
    parser.add_argument("--clone", action="store_true", help="clone a repository missing under --repos")
    args = parser.parse_args()
    counts = recreate(args.gold, args.texts, args.repos, args.clone)
    for what, count in sorted(counts.items()):
        print(f"{count:6d}  {what}")


if __name__ == "__main__":
    main()
