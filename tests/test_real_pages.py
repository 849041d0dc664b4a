"""Real saved article pages of Vietnamese news sites, read by `kg read`.

The pages are published text and stay out of the repository: tests/real_pages/
pages.json lists where each came from (repository, path, commit), its sha256, the
publication date and the first and last six words of its article body, and strings
of the page around the article that must not be read.  The check runs when the pages
are in /work/cache/pages (or the folder $KG_REAL_PAGES names); see
tests/real_pages/README.md for how to fetch them.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent / "real_pages"
PAGES: list[dict[str, Any]] = json.loads((HERE / "pages.json").read_text(encoding="utf-8"))["pages"]
FOLDER = Path(os.environ.get("KG_REAL_PAGES", "/work/cache/pages"))

pytestmark = pytest.mark.real


def words(text: str) -> str:
    return " ".join(text.split())


def kg_read(kg_command: list[str], path: Path) -> dict[str, Any]:
    result = subprocess.run([*kg_command, "read", str(path), "--format", "json"], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


@pytest.mark.parametrize("page", PAGES, ids=[p["file"] for p in PAGES])
def test_real_page(page: dict[str, Any], kg_command: list[str]) -> None:
    path = FOLDER / page["file"]
    if not path.is_file():
        pytest.skip(f"real pages not cached in {FOLDER}: see tests/real_pages/README.md")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == page["sha256"], (
        f"{path} is not the page pages.json lists; fetch it again")
    data = kg_read(kg_command, path)
    text = words(data["text"])
    assert page["first_words"] in text, "the article's first words are missing"
    assert page["last_words"] in text, "the article's last words are missing"
    for outside in page["boilerplate"]:
        assert outside not in text, f"page furniture read as article text: {outside!r}"
    assert (data["published"] or "")[:10] == page["published"]
