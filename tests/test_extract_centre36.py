""""T.Ư" is "TƯ" ("Trung ương") written with a dot, as national papers wrote it in 2017: read as
the one word, every title and body that reads "TƯ" reads it ("Ủy viên T.Ư Đảng", "Chủ tịch BCH
T.Ư Hội NDVN", "Ban Tuyên giáo T.Ư"), labelled "Trung ương"."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

from kg.extract.lexicon import surface_words
from kg.extract.tokens import tokenize
from kg.model import Sentence


def test_a_dotted_centre_is_one_token_with_the_key_of_the_undotted() -> None:
    text = "Ban Tuyên giáo T.Ư họp."
    tokens = tokenize(Sentence("a", 0, 0, len(text), text))
    assert [(t.text, t.key, t.start, t.end) for t in tokens][3] == ("T.Ư", "tư", 15, 18)
    assert surface_words("Ban Bí thư T.Ư Đoàn") == surface_words("Ban Bí thư TƯ Đoàn")


def test_a_member_of_the_central_committee_and_a_central_board_s_chair_written_with_t_u() -> None:
    found = read("Dự lễ có Ủy viên T.Ư Đảng, Chủ tịch BCH T.Ư Hội NDVN Lò Văn Tâm.")
    assert ("Lò Văn Tâm", "holdsPost", "Ban Chấp hành Trung ương Đảng", "Ủy viên") in found.relations
    assert ("Lò Văn Tâm", "holdsPost", "Ban Chấp hành Trung ương Hội Nông dân Việt Nam", "Chủ tịch") \
        in found.relations


def test_the_front_s_central_committee_and_a_central_party_board_written_with_t_u() -> None:
    found = read("Chủ tịch Ủy ban T.Ư MTTQ Việt Nam Lò Văn Tâm và Trưởng Ban Tuyên giáo T.Ư Quàng Văn Pảng "
                 "dự hội nghị.")
    assert ("Lò Văn Tâm", "holdsPost", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Chủ tịch") in found.relations
    assert ("Quàng Văn Pảng", "holdsPost", "Ban Tuyên giáo Trung ương", "Trưởng ban") in found.relations
