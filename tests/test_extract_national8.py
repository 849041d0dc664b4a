"""National outlets by example (eighth round): how ministries, corporations, academies and the
army's and police's papers name their bodies and their people's posts, each with an invented
sentence about invented people and places.

The rules were written on the misses of the national halves of the blind batches a-h; the
sentences here are written for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- where a party committee's name ends --------------------------------------------------------


def test_a_title_after_a_bare_party_committee_is_not_the_committee_s_name() -> None:
    # the comma between the two posts left out: "Giám đốc Học viện" is the next post, not the committee
    found = read("Dự lễ có đồng chí Lê Thị Hoa – Bí thư Đảng ủy Giám đốc Học viện Lâm học Hòa Lạc.")
    labels = found.entities.get("Organization", set())
    assert not any(label.startswith("Đảng ủy Giám đốc") for label in labels)
    assert found.has("Organization", "Học viện Lâm học Hòa Lạc")


def test_a_bare_party_committee_still_takes_the_unit_named_after_it() -> None:
    found = read("Đồng chí Lê Thị Hoa, Bí thư Đảng ủy Học viện Lâm học Hòa Lạc, phát biểu.")
    assert ("Lê Thị Hoa", "holdsPost", "Đảng ủy Học viện Lâm học Hòa Lạc", "Bí thư") in found.relations
