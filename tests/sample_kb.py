"""A small hand-built knowledge base: two articles, every entity type and predicate."""

from __future__ import annotations

from kg.model import Article, Entity, Evidence, KnowledgeBase, Relation
from kg.resolve import entity_iri as iri
from kg.text import nfc

_TEXT = nfc(
    "Chiều 7/8, Ban Tuyên giáo Thành ủy Bắc Ninh tổ chức hội nghị sơ kết Chỉ thị 05-CT/TW "
    "của Bộ Chính trị khóa XII. Đồng chí Nguyễn Đức Hiện, Trưởng Ban Tuyên giáo Thành ủy "
    "Bắc Ninh chủ trì hội nghị. Chi bộ khu phố 3 duy trì mô hình “Dấu ấn ngày vào Đảng”."
)
_TEXT2 = nfc(
    "Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang nhận Bằng khen của Thủ tướng Chính phủ. "
    "Bà Lê Thị Kim Dung, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, dự Hội nghị tại tỉnh Tuyên Quang."
)


def _ev(article_id: str, text: str, phrase: str, sentence: int) -> Evidence:
    start = text.index(phrase)
    return Evidence(article_id, sentence, start, start + len(phrase), phrase)


def sample_knowledge_base() -> KnowledgeBase:
    a1, a2 = "bac-ninh", "tuyen-quang"
    s_hien = "Đồng chí Nguyễn Đức Hiện, Trưởng Ban Tuyên giáo Thành ủy Bắc Ninh chủ trì hội nghị."
    s_dung = _TEXT2[_TEXT2.index("Bà Lê") :]
    s_award = "Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang nhận Bằng khen của Thủ tướng Chính phủ."

    hien = Entity(iri("Person", "Nguyễn Đức Hiện", "Bắc Ninh"), "Person", "Nguyễn Đức Hiện",
                  evidence=(_ev(a1, _TEXT, "Nguyễn Đức Hiện", 1),), context=("Bắc Ninh",))
    btg = Entity(iri("Organization", "Ban Tuyên giáo Thành ủy Bắc Ninh"), "Organization",
                 "Ban Tuyên giáo Thành ủy Bắc Ninh", aliases=("Ban Tuyên giáo Thành uỷ",),
                 kind="PartyBoard",
                 evidence=(_ev(a1, _TEXT, "Ban Tuyên giáo Thành ủy Bắc Ninh", 0),))
    tu = Entity(iri("Organization", "Thành ủy Bắc Ninh"), "Organization", "Thành ủy Bắc Ninh",
                kind="PartyCommittee")
    bct = Entity(iri("Organization", "Bộ Chính trị"), "Organization", "Bộ Chính trị",
                 kind="PartyBoard", evidence=(_ev(a1, _TEXT, "Bộ Chính trị", 0),))
    ct05 = Entity(iri("Document", "Chỉ thị 05-CT/TW"), "Document", "Chỉ thị 05-CT/TW",
                  aliases=("Chỉ thị 05",), kind="Directive",
                  evidence=(_ev(a1, _TEXT, "Chỉ thị 05-CT/TW", 0),))
    chibo = Entity(iri("Organization", "Chi bộ khu phố 3"), "Organization", "Chi bộ khu phố 3",
                   kind="PartyOrganization")
    model = Entity(iri("PracticeModel", "Dấu ấn ngày vào Đảng"), "PracticeModel",
                   "Dấu ấn ngày vào Đảng")
    dung = Entity(iri("Person", "Lê Thị Kim Dung", "Tuyên Quang"), "Person", "Lê Thị Kim Dung",
                  context=("Tuyên Quang",))
    hpn = Entity(iri("Organization", "Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang"), "Organization",
                 "Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang", kind="MassOrganization")
    bk = Entity(iri("Award", "Bằng khen của Thủ tướng Chính phủ"), "Award",
                "Bằng khen của Thủ tướng Chính phủ", kind="CertificateOfMerit")
    ttg = Entity(iri("Organization", "Thủ tướng Chính phủ"), "Organization", "Thủ tướng Chính phủ",
                 kind="StateBody")
    conf = Entity(iri("Event", "Hội nghị sơ kết Chỉ thị 05"), "Event", "Hội nghị sơ kết Chỉ thị 05",
                  kind="Conference")
    tq = Entity(iri("Place", "tỉnh Tuyên Quang"), "Place", "tỉnh Tuyên Quang", kind="Province")

    r = [
        Relation(hien.iri, "holdsPost", btg.iri, "Trưởng ban", (_ev(a1, _TEXT, s_hien, 1),),
                 reported=("2022-08-07",)),
        Relation(btg.iri, "subOrganizationOf", tu.iri, None, (_ev(a1, _TEXT, s_hien, 1),)),
        Relation(ct05.iri, "issuedBy", bct.iri, None,
                 (_ev(a1, _TEXT, "Chỉ thị 05-CT/TW của Bộ Chính trị", 0),)),
        Relation(btg.iri, "implements", ct05.iri, None,
                 (_ev(a1, _TEXT, "Ban Tuyên giáo Thành ủy Bắc Ninh tổ chức hội nghị sơ kết "
                      "Chỉ thị 05-CT/TW", 0),)),
        Relation(chibo.iri, "practices", model.iri, None,
                 (_ev(a1, _TEXT, "Chi bộ khu phố 3 duy trì mô hình “Dấu ấn ngày vào Đảng”", 2),)),
        Relation(dung.iri, "holdsPost", hpn.iri, "Chủ tịch", (_ev(a2, _TEXT2, s_dung, 1),),
                 reported=("2023-03-08",), began=("2023-03-08",)),
        Relation(hpn.iri, "receivedAward", bk.iri, None, (_ev(a2, _TEXT2, s_award, 0),)),
        Relation(bk.iri, "awardedBy", ttg.iri, None, (_ev(a2, _TEXT2, s_award, 0),)),
        Relation(dung.iri, "attended", conf.iri, None, (_ev(a2, _TEXT2, s_dung, 1),)),
        Relation(conf.iri, "locatedIn", tq.iri, None, (_ev(a2, _TEXT2, s_dung, 1),)),
    ]
    articles = (
        Article(a1, "data/seed/bac-ninh.txt", _TEXT, title="Sơ kết Chỉ thị 05",
                published="2022-08-07T21:04:00+07:00", author="Nguyễn Đức Hiện", views=120,
                content_hash="abc123"),
        Article(a2, "https://example.org/tuyen-quang", _TEXT2, title="Hội Phụ nữ nhận Bằng khen",
                published="2023-03-08T08:00:00+07:00"),
    )
    e1 = (hien, btg, tu, bct, ct05, chibo, model)
    e2 = (dung, hpn, bk, ttg, conf, tq)
    return KnowledgeBase(
        articles=articles,
        entities=e1 + e2,
        relations=tuple(r),
        article_entities={a1: tuple(e.iri for e in e1), a2: tuple(e.iri for e in e2)},
        article_relations={a1: tuple(r[:5]), a2: tuple(r[5:])},
    )
