"""Documents and awards, by example: who issued a document, who carries it out, who gave and
who received an award, as the genre says them; invented sentences about places and people
that the test batches do not contain.
"""

from __future__ import annotations

from tests.test_extract import read

# ------------------------------------------------------------------ the body named back


def test_the_head_alone_names_the_body_the_article_is_about() -> None:
    # two bodies with the head "Hội" are named; the one named most is the article's own
    found = read("Hội Nông dân huyện Đắk Mây tổ chức Đại hội đại biểu lần thứ VIII. Bà Lò Thị Hoa, "
                 "Chủ tịch Hội Nông dân tỉnh Kon Plông dự. Nhiệm kỳ qua, Hội Nông dân huyện Đắk Mây "
                 "vận động hội viên trồng 50 ha sâm. Phát biểu chỉ đạo, ông Y Blim đề nghị Hội tiếp tục "
                 "thực hiện Nghị quyết số 07-NQ/HU của Huyện ủy về phát triển dược liệu.",
                 title="Đại hội Hội Nông dân huyện Đắk Mây")
    assert ("Hội Nông dân huyện Đắk Mây", "implements", "Nghị quyết 07-NQ/HU", None) in found.relations
    # named back where no clause goes on after it ("công tác Hội."), it names no one of them
    found = read("Hội Nông dân huyện Đắk Mây tổ chức Đại hội. Bà Lò Thị Hoa, Chủ tịch Hội Nông dân tỉnh "
                 "Kon Plông dự. Hội Nông dân huyện Đắk Mây trao Giấy khen cho 12 hội viên gắn bó với "
                 "công tác Hội.")
    assert not [r for r in found.relations if r[1] == "receivedAward" and r[0].startswith("Hội Nông dân")]


# ------------------------------------------------------------------ congress resolutions named short


def test_a_congress_resolution_with_its_number_before_the_body() -> None:
    found = read("Hội nghị đánh giá kết quả thực hiện Nghị quyết Đại hội XV Công đoàn Giáo dục Việt Nam "
                 "tại Công đoàn Trường Đại học Sư phạm Tây Bắc.")
    assert ("Nghị quyết Đại hội XV Công đoàn Giáo dục Việt Nam", "issuedBy", "Công đoàn Giáo dục Việt Nam",
            None) in found.relations


def test_a_congress_resolution_named_by_its_number_alone_is_the_subjects() -> None:
    found = read("Hội Cựu chiến binh huyện Mỏ Cày vừa sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội "
                 "đại biểu lần thứ IX, nhiệm kỳ 2022-2027 tại hội trường huyện.")
    label = "Nghị quyết Đại hội đại biểu Hội Cựu chiến binh huyện Mỏ Cày lần thứ IX, nhiệm kỳ 2022-2027"
    assert found.has("Document", label)
    assert (label, "issuedBy", "Hội Cựu chiến binh huyện Mỏ Cày", None) in found.relations
    assert ("Hội Cựu chiến binh huyện Mỏ Cày", "implements", label, None) in found.relations
    # named after the executive committee that reports on it: the body's, not the committee's
    found = read("Đại hội nghe Ban Chấp hành Công đoàn Dệt may Việt Nam khóa V báo cáo kết quả theo Nghị "
                 "quyết Đại hội nhiệm kỳ 2021 - 2026.")
    label = "Nghị quyết Đại hội Công đoàn Dệt may Việt Nam nhiệm kỳ 2021 - 2026"
    assert (label, "issuedBy", "Công đoàn Dệt may Việt Nam", None) in found.relations


def test_a_congress_resolution_named_by_the_bodys_kind_and_level() -> None:
    # the place completes it as the article names it ("tại Quảng trường huyện Tân Biên")
    found = read("Tối 25-3, tại Quảng trường huyện Tân Biên, Huyện đoàn Tân Biên tổ chức mít tinh. "
                 "Chị Lò Thị Mai, Bí thư Huyện đoàn báo cáo kết quả thực hiện Nghị quyết Đại hội Đoàn huyện "
                 "lần thứ XI.")
    label = "Nghị quyết Đại hội Đoàn huyện Tân Biên lần thứ XI"
    assert found.has("Document", label)
    # carried out, with no body named to do it: by the body whose congress adopted it
    assert ("Huyện đoàn Tân Biên", "implements", label, None) in found.relations
    found = read("Hội Liên hiệp Phụ nữ tỉnh Hòa Sơn tổ chức họp mặt. Dịp này, UBND tỉnh tặng Bằng khen cho "
                 "6 tập thể có thành tích trong thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ X.")
    label = "Nghị quyết Đại hội đại biểu Phụ nữ tỉnh Hòa Sơn lần thứ X"
    assert ("Hội Liên hiệp Phụ nữ tỉnh Hòa Sơn", "implements", label, None) in found.relations


# ------------------------------------------------------------------ who gave an award


def _given_by(found: object, award: str) -> set[str]:
    return {o for s, p, o, _ in found.relations if s == award and p == "awardedBy"}  # type: ignore[attr-defined]


def test_on_behalf_of_whom_an_award_is_presented_with_or_without_cua() -> None:
    found = read("Thừa ủy quyền Chủ tịch nước, ông Đàm Văn Khiêm, Thứ trưởng Bộ Y tế đã trao Huân chương "
                 "Lao động hạng Nhì cho Bệnh viện Đa khoa tỉnh Hòa Sơn.")
    assert {"Chủ tịch nước", "Đàm Văn Khiêm"} <= _given_by(found, "Huân chương Lao động hạng Nhì")


# ------------------------------------------------------------------ who received an award


def test_each_award_of_a_sentence_goes_to_those_named_after_it() -> None:
    found = read("Ông Hà Minh Sơn, Thứ trưởng Bộ Công Thương đã trao Huân chương Lao động hạng Nhì cho "
                 "ông Lê Văn Thái và Huân chương Lao động hạng Ba cho TS. Lưu Thị Thoa, nguyên Viện trưởng.")
    assert ("Lê Văn Thái", "receivedAward", "Huân chương Lao động hạng Nhì", None) in found.relations
    assert ("Lưu Thị Thoa", "receivedAward", "Huân chương Lao động hạng Ba", None) in found.relations
    assert ("Lưu Thị Thoa", "receivedAward", "Huân chương Lao động hạng Nhì", None) not in found.relations


def test_bodies_listed_before_they_receive_each_receive() -> None:
    found = read("Công đoàn Trường Đại học Hòa Sơn và Công đoàn Bệnh viện Đa khoa Hòa Sơn được nhận Cờ thi đua "
                 "của Tổng Liên đoàn Lao động Việt Nam.")
    award = "Cờ thi đua của Tổng Liên đoàn Lao động Việt Nam"
    assert ("Công đoàn Trường Đại học Hòa Sơn", "receivedAward", award, None) in found.relations
    assert ("Công đoàn Bệnh viện Đa khoa Hòa Sơn", "receivedAward", award, None) in found.relations


def test_the_presenter_named_after_the_award_in_a_passive() -> None:
    found = read("Dịp này, ông Lò Văn Sáng nhận Kỷ niệm chương “Vì sự nghiệp nhân đạo” của Trung ương Hội "
                 "Chữ thập đỏ Việt Nam do ông Đinh Công Hậu trao tặng.")
    assert "Đinh Công Hậu" in _given_by(found, "Kỷ niệm chương Vì sự nghiệp nhân đạo")
    # the award named back in the next clause, and the presenter's posts between
    found = read("Công đoàn Bệnh viện Hòa Sơn vinh dự đón nhận Bằng khen của Công đoàn Y tế Việt Nam; Bằng khen "
                 "do đồng chí Tạ Thị Nguyệt, Phó Chủ tịch Công đoàn Y tế Việt Nam trao.")
    assert "Tạ Thị Nguyệt" in _given_by(found, "Bằng khen của Công đoàn Y tế Việt Nam")


def test_an_award_given_by_a_decision_is_its_issuers() -> None:
    found = read("Ban Thường vụ Tỉnh ủy Hòa Sơn đã ban hành Quyết định số 205-QĐ/TU ngày 12-9-2025 tặng Kỷ niệm "
                 "chương “Vì sự nghiệp xây dựng Đảng” cho 7 đồng chí thuộc Đảng bộ Khối cơ quan tỉnh.")
    assert "Ban Thường vụ Tỉnh ủy Hòa Sơn" in _given_by(found, "Kỷ niệm chương Vì sự nghiệp xây dựng Đảng")


# ------------------------------------------------------------------ who issued a document


def test_a_document_of_the_chair_of_a_peoples_committee_is_the_offices() -> None:
    found = read("Thực hiện Công điện số 12/CĐ-UBND của Chủ tịch UBND tỉnh Hòa Sơn, UBND huyện Đắk Mây đã "
                 "lập 5 chốt kiểm dịch.")
    office = "Chủ tịch Ủy ban nhân dân tỉnh Hòa Sơn"
    assert ("Công điện 12/CĐ-UBND", "issuedBy", office, None) in found.relations
    assert not [r for r in found.relations if r[0] == office and r[1] == "subOrganizationOf"]
    # a paper named "văn bản" with a coded number is a document too
    found = read("Lịch đại hội được nêu trong văn bản số 31/HD-HNB của Hội Nhà báo tỉnh Hòa Sơn.")
    assert found.has("Document", "Văn bản 31/HD-HNB")


# ------------------------------------------------------------------ documents named without a number


def test_a_document_named_by_its_subject_to_the_period_it_covers() -> None:
    found = read("Trường Đại học Nông Lâm Hòa Sơn tham gia Chương trình trồng mới rừng phòng hộ ven biển "
                 "giai đoạn 2026 - 2030 và Đề án phát triển dược liệu vùng núi Hòa Sơn đến năm 2035.")
    assert found.has("Document", "Chương trình trồng mới rừng phòng hộ ven biển giai đoạn 2026 - 2030")
    assert found.has("Document", "Đề án phát triển dược liệu vùng núi Hòa Sơn đến năm 2035")
    # not a year that dates the clause, nor a subject run into a reason
    found = read("Hội Nông dân xã Tân Lộc thực hiện tốt Quy chế dân chủ ở cơ sở năm 2025; Phòng Tài chính - "
                 "Kế hoạch huyện vì có thành tích xuất sắc giai đoạn 2020 - 2025 được tặng Giấy khen.")
    # (the regulation is named by its title alone, as the genre names it: kg/data/named_documents.txt)
    assert found.entities.get("Document", set()) <= {"Quy chế dân chủ ở cơ sở"}


# ------------------------------------------------------------------ who carries a document out


def test_what_a_body_does_under_a_document_carries_it_out() -> None:
    found = read("Hội Cựu chiến binh Sở Y tế Hòa Sơn duy trì phong trào “Cựu chiến binh gương mẫu” theo Kế hoạch "
                 "số 41/KH-CCB ngày 2/3/2025 của Trung ương Hội.")
    assert ("Hội Cựu chiến binh Sở Y tế Hòa Sơn", "implements", "Kế hoạch 41/KH-CCB", None) in found.relations
    # not what is done to it, nor a body acting under its own decision
    found = read("Trường Chính trị tỉnh Hòa Sơn được thành lập theo Nghị quyết số 09-NQ/TU của Ban Thường vụ "
                 "Tỉnh ủy Hòa Sơn.")
    assert not [r for r in found.relations if r[1] == "implements"]


def test_two_presenters_each_named_with_their_posts() -> None:
    found = read("Đồng chí Y Wơn Ksor - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Hòa Sơn và "
                 "đồng chí Lê Thị Hạnh - Bí thư Đảng ủy Khối đã trao Kỷ niệm chương “Vì sự nghiệp xây dựng Đảng” "
                 "cho các đồng chí.")
    assert {"Y Wơn Ksor", "Lê Thị Hạnh"} <= _given_by(found, "Kỷ niệm chương Vì sự nghiệp xây dựng Đảng")


def test_badges_pinned_on_behalf_of_a_standing_board() -> None:
    found = read("Chiều 14/11, Đảng bộ xã Tân Lập trao huy hiệu Đảng cho 5 đảng viên. Đồng chí Hà Văn Lộc nhận "
                 "huy hiệu 50 năm tuổi Đảng. Thừa ủy quyền của Ban Thường vụ Tỉnh ủy Hòa Sơn, đồng chí Lý Văn "
                 "Tường đã gắn huy hiệu và chúc mừng các đảng viên.")
    given = _given_by(found, "Huy hiệu 50 năm tuổi Đảng")
    assert {"Ban Thường vụ Tỉnh ủy Hòa Sơn", "Lý Văn Tường"} <= given


def test_the_committee_that_holds_a_badge_rite_gives_no_badge() -> None:
    # the badges are a higher committee's, presented at the rite the commune's committee holds
    found = read("Sáng 17/5, Đảng ủy xã Tân Lập tổ chức Lễ trao tặng Huy hiệu 45 năm, 30 năm tuổi Đảng cho 5 đồng "
                 "chí. Huy hiệu 45 năm tuổi Đảng được trao cho đồng chí Hà Văn Lộc.")
    assert found.has("Award", "Huy hiệu 45 năm tuổi Đảng")
    assert "Đảng ủy xã Tân Lập" not in _given_by(found, "Huy hiệu 45 năm tuổi Đảng")


def test_the_chair_who_signs_a_decision_issues_it_as_an_office() -> None:
    found = read("Chủ tịch UBND huyện Đắk Mây Lò Văn Hiền vừa ký ban hành Quyết định số 612/QĐ-UBND công nhận "
                 "thôn Tân Hòa đạt chuẩn nông thôn mới.")
    assert ("Quyết định 612/QĐ-UBND", "issuedBy", "Chủ tịch Ủy ban nhân dân huyện Đắk Mây", None) in found.relations
    # one who signs on behalf of another body issues nothing himself
    found = read("Thay mặt Ủy ban Thường vụ Quốc hội, Chủ tịch Quốc hội Lương Văn Khải vừa ký ban hành Nghị quyết "
                 "số 1702/NQ-UBTVQH15 về tổ chức bộ máy.")
    assert ("Nghị quyết 1702/NQ-UBTVQH15", "issuedBy", "Ủy ban Thường vụ Quốc hội", None) in found.relations


def test_the_body_that_holds_the_rite_receives_the_order() -> None:
    # its short name in brackets after it; a headline's body before it in the same clause
    found = read("Sáng 9/3, tại Hà Nội, Tổng công ty Lương thực miền Trung (Vinafood 3) đã long trọng tổ chức Lễ "
                 "kỷ niệm 50 năm ngày thành lập và đón nhận Huân chương Lao động hạng Nhì.")
    assert ("Tổng công ty Lương thực miền Trung", "receivedAward", "Huân chương Lao động hạng Nhì", None) \
        in found.relations
    # not a parent named after "thuộc"
    found = read("Sáng 19/12, Đồn Biên phòng Khê Lũng thuộc Bộ đội Biên phòng tỉnh Hòa Sơn long trọng tổ chức Lễ "
                 "đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba.")
    assert ("Bộ đội Biên phòng tỉnh Hòa Sơn", "receivedAward", "Huân chương Bảo vệ Tổ quốc hạng Ba", None) \
        not in found.relations


def test_on_whose_behalf_governs_its_own_clause() -> None:
    found = read("Dịp này, thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Hà Văn Sơn trao Bằng khen của Thủ tướng "
                 "Chính phủ cho Vụ Tổng hợp; Thứ trưởng Lò Thị Vân trao Kỷ niệm chương “Vì sự nghiệp Y tế” cho 12 "
                 "cán bộ.")
    assert "Thủ tướng Chính phủ" not in _given_by(found, "Kỷ niệm chương Vì sự nghiệp Y tế")


def test_recipients_end_where_the_reason_or_their_body_is_named() -> None:
    found = read("Dịp này, Ủy ban MTTQ Việt Nam tỉnh Hòa Sơn tặng Bằng khen cho Ngân hàng TMCP Công thương - Chi "
                 "nhánh Hòa Sơn vì đóng góp tích cực cho Quỹ Bảo trợ trẻ em tỉnh Hòa Sơn.")
    assert not [r for r in found.relations if r[1] == "receivedAward" and r[0].startswith("Quỹ")]
    found = read("Ban Thường vụ Tỉnh ủy Hòa Sơn tặng Kỷ niệm chương “Vì sự nghiệp xây dựng Đảng” cho 9 đồng chí "
                 "thuộc Đảng bộ Khối các cơ quan tỉnh.")
    assert not [r for r in found.relations if r[1] == "receivedAward"]


def test_two_papers_coded_for_one_body_share_its_cua() -> None:
    found = read("Thực hiện Quyết định số 3105-QĐ/HU và Quyết định số 3106-QĐ/HU ngày 12/9/2025 của Huyện ủy Đắk "
                 "Mây về việc kết nạp đảng viên, Chi bộ Trường Tiểu học Tân Lập đã tổ chức lễ kết nạp.")
    assert ("Quyết định 3105-QĐ/HU", "issuedBy", "Huyện ủy Đắk Mây", None) in found.relations
    assert ("Quyết định 3106-QĐ/HU", "issuedBy", "Huyện ủy Đắk Mây", None) in found.relations


def test_a_post_named_without_its_holder_presents_as_the_holder() -> None:
    found = read("Đại tá Lò Văn Thịnh, Giám đốc Công an tỉnh Hòa Sơn chủ trì lễ ra quân. Dịp này, Giám đốc Công "
                 "an tỉnh đã trao Giấy khen cho 8 tập thể có thành tích xuất sắc.")
    awards = [a for a in found.entities["Award"] if a.startswith("Giấy khen")]
    assert awards and any("Lò Văn Thịnh" in _given_by(found, a) for a in awards)


def test_a_member_named_with_his_details_receives_the_badge_after_nhan() -> None:
    found = read("Người cao tuổi Đảng nhất là đồng chí Hà Văn Lộc, được trao huy hiệu 65 năm tuổi Đảng; tiếp đó là "
                 "đồng chí Lò Thị Mai, sinh năm 1946, chi bộ khu Tân Lập, nhận huy hiệu 55 năm tuổi Đảng.")
    assert ("Lò Thị Mai", "receivedAward", "Huy hiệu 55 năm tuổi Đảng", None) in found.relations


def test_a_body_named_with_its_initials_after_a_dash_is_the_body() -> None:
    found = read("Với những đóng góp đó, Tổng công ty Điện lực miền Trung đã được Nhà nước tặng Huân chương "
                 "Độc lập hạng Nhì.", title="Tổng công ty Điện lực miền Trung - EVNCPC")
    assert found.has("Organization", "Tổng công ty Điện lực miền Trung")
    assert not found.has("Organization", "Tổng công ty Điện lực miền Trung - EVNCPC")
