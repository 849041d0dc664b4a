"""People, by example: names whose family name is also a form of address.  Each example is an
invented sentence in the genre's manner about places and people that the corpora do not contain.
"""

from __future__ import annotations

from tests.test_extract import read


def test_a_family_name_that_is_also_a_form_of_address_after_a_cue_is_the_family_name() -> None:
    found = read("Thừa ủy quyền, đồng chí Ông Văn Lạc – Thứ trưởng Bộ Xây dựng đã trao Bằng khen "
                 "cho Công ty Cổ phần Xây dựng Hòa Minh.")
    assert found.has("Person", "Ông Văn Lạc") and not found.has("Person", "Văn Lạc")
    # at the start of a sentence "Ông" is still a form of address
    found = read("Ông Văn Lạc cho biết công trình sẽ xong trước tháng 6.")
    assert found.has("Person", "Văn Lạc")
