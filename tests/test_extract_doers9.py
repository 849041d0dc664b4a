"""Who does what with documents, models and awards, by example (the ninth round): the
constructions the genre uses for it, on invented sentences about places and people that the
test batches do not contain.
"""

from __future__ import annotations

from tests.test_extract import read

# ------------------------------------------------------------------ a list of movements, each with its kind in capitals


def test_a_long_movement_named_after_its_kind_in_capitals_is_a_model_of_the_subject() -> None:
    found = read("UBND huyện Sông Mây phát động hai phong trào thi đua năm 2026: Phong trào “Cả huyện chung tay "
                 "giúp đỡ người nghèo để không ai trong xóm bị bỏ lại phía sau” và Phong trào “Nông dân giỏi”.")
    model = "Cả huyện chung tay giúp đỡ người nghèo để không ai trong xóm bị bỏ lại phía sau"
    assert model in found.entities["PracticeModel"]
    assert ("Ủy ban nhân dân huyện Sông Mây", "practices", model, None) in found.relations


# ------------------------------------------------------------------ an officer shares the body's model


def test_an_officer_who_shares_a_model_tells_of_the_model_of_the_body_of_the_post() -> None:
    found = read("Tại diễn đàn, ông Hà Văn Bình, Giám đốc Hợp tác xã Chè Sông Mây chia sẻ cách liên kết với "
                 "doanh nghiệp theo mô hình “Vùng chè sạch”.")
    assert ("Hợp tác xã Chè Sông Mây", "practices", "Vùng chè sạch", None) in found.relations
