"""Events, places and attendance as the blind invented batches showed them missed: given
these sentences, written for the tests in the genre's manner, these entities and relations."""

from __future__ import annotations

from test_extract import read


def test_an_attendance_lead_after_a_meeting_head_names_the_meeting_back() -> None:
    # "Tham dự hội nghị còn có …", "Tới dự hội nghị chỉ đạo có …": the conference named
    # before, not a new event "Hội nghị còn" / "Hội nghị chỉ đạo"
    f = read("Sáng 5/3, Hội LHPN huyện Ân Thi tổ chức hội nghị sơ kết công tác hội năm 2024. "
             "Tham dự hội nghị còn có bà Vũ Thị Lan, Phó Chủ tịch Hội LHPN tỉnh Hưng Yên. "
             "Tới dự hội nghị chỉ đạo có ông Trần Văn Hải, Chủ tịch UBND huyện Ân Thi.")
    events = f.entities["Event"]
    assert len(events) == 1
    event = next(iter(events))
    assert event.startswith("Hội nghị sơ kết công tác hội năm 2024")
    assert ("Vũ Thị Lan", "attended", event, None) in f.relations
    assert ("Trần Văn Hải", "attended", event, None) in f.relations


def test_a_communes_district_named_bare_in_brackets_is_a_district() -> None:
    # "xã A (B)": B the commune's district; a province in brackets stays a province
    f = read("Ngày 20/4, tại bản Nà Khum, xã Mường Mô (Nậm Nhùn), Công an huyện tổ chức ra mắt "
             "mô hình “Bản an toàn”. Đoàn cũng đến thăm xã Tam Xuân (Quảng Nam).")
    assert f.has("Place", "Xã Mường Mô")
    assert f.has("Place", "Huyện Nậm Nhùn")
    assert f.has("Place", "Tỉnh Quảng Nam")
    assert not f.has("Place", "Huyện Quảng Nam")
    assert "Nậm Nhùn" not in f.entities.get("Person", set())


def test_a_cooperatives_head_is_no_commune() -> None:
    # "Hợp tác xã Nông nghiệp X": a body whose head ends in the level word "xã", no Place
    # "Xã Nông"; a commune named after it in the same text still is one
    # (nor "Nông" in "Hội viên, Nông dân" taken for that commune named back)
    f = read("Cán bộ, Hội viên, Nông dân huyện Mỏ Cày Bắc thi đua sản xuất.\n"
             "Hội quán hoạt động theo nguyên tắc 5 cùng; là nơi hội viên trao đổi kinh nghiệm, kết nối "
             "với Hợp tác xã Nông nghiệp Phước Mỹ Trung để tiêu thụ sản phẩm. Liên minh Hợp tác xã "
             "Việt Nam tổ chức Lễ tôn vinh tại xã Tân Hiệp.")
    places = f.entities.get("Place", set())
    assert places == {"Xã Tân Hiệp", "Huyện Mỏ Cày Bắc"}
    assert f.has("Organization", "Hợp tác xã Nông nghiệp Phước Mỹ Trung")


def test_a_meetings_name_ends_with_the_document_it_reviews_not_its_topic() -> None:
    # "… thực hiện Nghị quyết số 06-NQ/HU về phát triển …": the topic after "về" is the
    # document's, not part of the meeting's name (in small letters or capitalised)
    for head in ("hội nghị", "Hội nghị"):
        f = read(f"Sáng 27/3, Ban Thường vụ Huyện ủy Đắk Song tổ chức {head} sơ kết 2 năm thực hiện "
                 "Nghị quyết số 06-NQ/HU về phát triển nông nghiệp ứng dụng công nghệ cao. Dự hội nghị "
                 "có đồng chí Lương Văn Thuận, Phó Bí thư Tỉnh ủy Đắk Nông.")
        event = "Hội nghị sơ kết 2 năm thực hiện Nghị quyết số 06-NQ/HU của Ban Thường vụ Huyện ủy Đắk Song ngày 27/3"
        assert f.entities["Event"] == {event}
        assert ("Lương Văn Thuận", "attended", event, None) in f.relations


def test_a_comma_inside_a_quoted_name_does_not_end_the_meeting() -> None:
    # 'ra mắt mô hình "3 gần, 3 hiểu"': the model's quoted name goes on past its comma
    f = read('Sáng 18/10, Hội LHPN huyện Tuy Phong tổ chức hội nghị ra mắt mô hình "3 gần, 3 hiểu" tại '
             'xã Phong Phú. Dự hội nghị có bà Đặng Thị Ngọc Hân, Chủ tịch Hội LHPN tỉnh Bình Thuận.')
    event = "Hội nghị ra mắt mô hình 3 gần, 3 hiểu của Hội Liên hiệp Phụ nữ huyện Tuy Phong ngày 18/10"
    assert f.entities["Event"] == {event}
    assert ("Đặng Thị Ngọc Hân", "attended", event, None) in f.relations


def test_two_events_joined_by_and_are_two_events() -> None:
    # "tổ chức Lễ kỷ niệm … và Hội nghị Ban Chấp hành lần thứ V": a ceremony and a plenum,
    # not one event named over both
    f = read("Sáng 25/3, Tỉnh hội và Tỉnh đoàn Đồng Nai cùng tổ chức Lễ kỷ niệm 93 năm Ngày thành lập "
             "Đoàn TNCS Hồ Chí Minh và Hội nghị Ban Chấp hành lần thứ V, nhiệm kỳ 2022-2027.")
    labels = f.entities["Event"]
    assert len(labels) == 2
    assert any(x.startswith("Lễ kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh") and " và " not in x
               for x in labels)
    assert any(x.startswith("Hội nghị Ban Chấp hành lần thứ V") for x in labels)


def test_a_ceremony_named_back_is_the_last_ceremony_not_the_last_event() -> None:
    # "Dự buổi lễ có …" after "Lễ kỷ niệm … và Hội nghị …": the ceremony, not the plenum
    f = read("Sáng 25/3, Tỉnh hội và Tỉnh đoàn Đồng Nai cùng tổ chức Lễ kỷ niệm 93 năm Ngày thành lập "
             "Đoàn TNCS Hồ Chí Minh và Hội nghị Ban Chấp hành lần thứ V, nhiệm kỳ 2022-2027. Dự buổi lễ "
             "có ông Lâm Quang Phúc, Phó Chủ tịch UBND tỉnh Đồng Nai.")
    attended = {o for s, p, o, _ in f.relations if s == "Lâm Quang Phúc" and p == "attended"}
    assert len(attended) == 1
    assert next(iter(attended)).startswith("Lễ kỷ niệm 93 năm")


def test_the_presidium_of_a_congress_attended_it() -> None:
    # "Đoàn Chủ tịch Đại hội gồm các đồng chí: …": the presidium sat at the congress
    f = read("Sáng 12/6, Đảng bộ xã Tân Phú tổ chức Đại hội đại biểu Đảng bộ xã lần thứ XV, nhiệm kỳ "
             "2025-2030. Đoàn Chủ tịch Đại hội gồm các đồng chí: Nguyễn Văn An, Bí thư Đảng ủy xã; "
             "Trần Thị Bình, Phó Bí thư Thường trực Đảng ủy xã.")
    congress = "Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ XV"
    assert ("Nguyễn Văn An", "attended", congress, None) in f.relations
    assert ("Trần Thị Bình", "attended", congress, None) in f.relations


def test_a_district_in_brackets_after_a_body_of_a_commune_is_a_district() -> None:
    # "Hội LHTN Việt Nam xã Quế Long (Quế Sơn)": the commune inside the body's name, its
    # district in brackets after it; "(TPHCM)" is an abbreviation, no district
    f = read("Ngày 26/01/2024, Hội LHTN Việt Nam xã Quế Long (Quế Sơn) tổ chức Đại hội đại biểu lần thứ V. "
             "Đảng ủy phường Tây Thạnh (TPHCM) tổ chức Lễ kỷ niệm 80 năm Cách mạng Tháng Tám.")
    assert f.has("Place", "Huyện Quế Sơn")
    assert not f.has("Place", "Huyện Hồ Chí Minh")
    assert not f.has("Place", "Huyện TPHCM")


def test_places_listed_after_a_plural_level_and_a_colon() -> None:
    # "tại các xã: Vĩnh Sơn (hộ ông A, làng K8), Vĩnh Kim (…)": each a commune, what is done
    # there in brackets after it
    f = read("Sáng ngày 12/4/2022, Ủy ban MTTQ Việt Nam huyện Vĩnh Thạnh tổ chức Lễ bàn giao 3 căn nhà "
             "“Đại đoàn kết” cho hộ nghèo tại các xã: Vĩnh Sơn (hộ ông Đinh Văn Mươi, làng K8), Vĩnh Kim "
             "(hộ bà Đinh Thị Hlen, làng Đắk Tra), và thị trấn Vĩnh Thạnh (hộ ông Trần Văn Bảy).")
    assert f.has("Place", "Xã Vĩnh Sơn")
    assert f.has("Place", "Xã Vĩnh Kim")
    assert f.has("Place", "Thị trấn Vĩnh Thạnh")
    event = next(iter(f.entities["Event"]))
    assert (event, "locatedIn", "Xã Vĩnh Sơn", None) in f.relations


def test_an_event_on_the_territory_of_a_district_took_place_there() -> None:
    # "tổ chức Lễ trao quà cho các hộ … trên địa bàn huyện Lục Nam": held in that district
    f = read("Chiều 11/6, Hội Chữ thập đỏ tỉnh Bắc Giang tổ chức Lễ trao quà cho các hộ có hoàn cảnh khó "
             "khăn trên địa bàn huyện Lục Nam. Dự buổi lễ có ông Tạ Văn Dũng, Phó Chủ tịch UBND huyện Lục Nam.")
    event = next(iter(f.entities["Event"]))
    assert (event, "locatedIn", "Huyện Lục Nam", None) in f.relations
    assert ("Tạ Văn Dũng", "attended", event, None) in f.relations
