"""Who runs a model and who carries out a document, by example: the body behind the words the
genre uses for it; invented sentences about places and people that the test batches do not
contain.
"""

from __future__ import annotations

from tests.test_extract import read

# ------------------------------------------------------------------ a board speaks for its body


def test_a_board_s_model_is_its_body_s() -> None:
    found = read("Ban Chấp hành Công đoàn Công ty Than Sông Mây kêu gọi đoàn viên hưởng ứng "
                 "phong trào \u201cCông trường xanh, an toàn\u201d.")
    practices = [r for r in found.relations if r[1] == "practices"]
    assert ("Công đoàn Công ty Than Sông Mây", "practices", "Công trường xanh, an toàn", None) in practices
    assert not [r for r in practices if r[0].startswith("Ban Chấp hành")]


def test_a_party_committee_s_board_keeps_its_model() -> None:
    found = read("Ban Thường vụ Huyện ủy Đắk Mây phát động phong trào \u201cDân vận khéo vùng cao\u201d.")
    assert ("Ban Thường vụ Huyện ủy Đắk Mây", "practices", "Dân vận khéo vùng cao", None) in found.relations


# ------------------------------------------------------------------ a report's clauses


def test_a_model_opening_its_clause_is_the_association_s_whose_levels_came_before() -> None:
    found = read("Hội Nông dân huyện Đắk Mây tổ chức Đại hội đại biểu lần thứ IX. Nhiệm kỳ qua, các cấp "
                 "Hội trong huyện đã vận động hội viên trồng 80 ha cà phê; phong trào \u201cNông dân Đắk Mây "
                 "làm giàu trên quê hương\u201d có 900 hộ đạt danh hiệu các cấp.")
    assert ("Hội Nông dân huyện Đắk Mây", "practices", "Nông dân Đắk Mây làm giàu trên quê hương",
            None) in found.relations


def test_the_body_that_runs_a_model_after_a_passive_with_its_aspect() -> None:
    found = read("Mô hình \u201cTổ liên gia an toàn\u201d đang được Hội Cựu chiến binh xã Ea Pô nhân rộng.")
    assert ("Hội Cựu chiến binh xã Ea Pô", "practices", "Tổ liên gia an toàn", None) in found.relations


# ------------------------------------------------------------------ a body's officer speaks of its model


def test_an_officer_telling_of_a_model_names_the_body_s() -> None:
    found = read("Bà Lê Thị Hoa, Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện Đắk Mây giới thiệu mô hình "
                 "\u201cTủ sách phụ nữ vùng cao\u201d.")
    assert ("Hội Liên hiệp Phụ nữ huyện Đắk Mây", "practices", "Tủ sách phụ nữ vùng cao",
            None) in found.relations


def test_an_officer_asking_another_to_run_a_model_names_no_runner() -> None:
    found = read("Ông Y Blim, Phó Chủ tịch UBND huyện Đắk Mây đề nghị xã nhân rộng mô hình "
                 "\u201cCà phê sạch Đắk Mây\u201d.")
    assert not [r for r in found.relations if r[1] == "practices"]


def test_an_officer_carrying_out_a_document_names_the_body_that_does() -> None:
    found = read("Đồng chí Lò Văn Minh, Chủ tịch Hội Nông dân tỉnh Điện Biên quán triệt Kết luận số "
                 "215-KL/TU của Ban Thường vụ Tỉnh ủy.")
    assert ("Hội Nông dân tỉnh Điện Biên", "implements", "Kết luận 215-KL/TU", None) in found.relations


def test_an_officer_asking_another_to_carry_out_a_document_names_no_body() -> None:
    found = read("Ông Y Blim, Phó Chủ tịch UBND tỉnh Đắk Mây yêu cầu huyện thực hiện nghiêm Công điện số "
                 "12/CĐ-UBND của Chủ tịch UBND tỉnh.")
    assert not [r for r in found.relations if r[1] == "implements"]


# ------------------------------------------------------------------ what a quote names instead


def test_a_forum_an_exhibition_or_a_flag_in_quotes_is_no_model() -> None:
    found = read("Hội Liên hiệp Phụ nữ huyện Đắk Mây tổ chức diễn đàn \u201cPhụ nữ Đắk Mây khởi nghiệp\u201d; "
                 "Câu lạc bộ ảnh huyện khai mạc triển lãm \u201cSắc màu cao nguyên\u201d; Trung ương Hội tặng "
                 "Hội Cờ \u201cĐơn vị dẫn đầu phong trào thi đua năm 2024\u201d.")
    assert not found.entities.get("PracticeModel")


# ------------------------------------------------------------------ what the meeting reviews


def test_what_the_meeting_reviews_the_body_that_held_it_carries_out() -> None:
    found = read("Sáng 14/5, Đảng ủy xã Mường Phăng tổ chức hội nghị sơ kết công tác quý I. Hội nghị cũng "
                 "rà soát việc triển khai Nghị quyết số 09-NQ/TU của Ban Thường vụ Tỉnh ủy và thông qua Kế "
                 "hoạch số 30-KH/ĐU về phát triển du lịch.")
    implemented = {(r[0], r[2]) for r in found.relations if r[1] == "implements"}
    assert ("Đảng ủy xã Mường Phăng", "Nghị quyết 09-NQ/TU") in implemented
    # what it adopts is its own, not carried out
    assert not [r for r in implemented if r[1].startswith("Kế hoạch")]


def test_what_the_congress_launches_the_body_whose_congress_it_is_runs() -> None:
    found = read("Tháng 3-2019, Đại hội Công đoàn Đường sắt Việt Nam lần thứ IX được tổ chức tại Hà Nội. "
                 "Đại hội phát động phong trào thi đua \"Ga sạch, tàu đúng giờ\" trong toàn ngành.")
    assert ("Công đoàn Đường sắt Việt Nam", "practices", "Ga sạch, tàu đúng giờ", None) in found.relations
