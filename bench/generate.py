"""Synthetic articles of the genre, for benchmarks: seeded and deterministic.

Each article is laid out as the sites print it (title line, "dd/mm/yyyy hh:mm Số
lượt xem: N" line, body paragraphs, author line) and names what kg extracts:
people with posts, party committees and state bodies, documents with numbers
and issuers, quoted models of practice owned by units, awards given to units,
and a conference held in a city.  The same ``(n, seed)`` always gives the same
files, byte for byte, so runs on different machines read the same text.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

# Province, its capital city (None: a centrally-run city) and a few districts.
PROVINCES: tuple[tuple[str, str | None, tuple[str, ...]], ...] = (
    ("Bắc Ninh", "Bắc Ninh", ("Tiên Du", "Quế Võ", "Gia Bình", "Lương Tài", "Thuận Thành")),
    ("Hải Dương", "Hải Dương", ("Thanh Miện", "Nam Sách", "Kim Thành", "Tứ Kỳ", "Gia Lộc")),
    ("Nghệ An", "Vinh", ("Đô Lương", "Nghi Lộc", "Diễn Châu", "Yên Thành", "Nam Đàn")),
    ("Hà Tĩnh", "Hà Tĩnh", ("Can Lộc", "Đức Thọ", "Hương Sơn", "Thạch Hà", "Kỳ Anh")),
    ("Quảng Ngãi", "Quảng Ngãi", ("Bình Sơn", "Sơn Tịnh", "Tư Nghĩa", "Mộ Đức", "Đức Phổ")),
    ("Tuyên Quang", "Tuyên Quang", ("Sơn Dương", "Yên Sơn", "Hàm Yên", "Chiêm Hóa")),
    ("Đồng Tháp", "Cao Lãnh", ("Tháp Mười", "Tam Nông", "Thanh Bình", "Lai Vung")),
    ("Lâm Đồng", "Đà Lạt", ("Đức Trọng", "Di Linh", "Lâm Hà", "Bảo Lâm", "Đơn Dương")),
    ("Thái Bình", "Thái Bình", ("Quỳnh Phụ", "Hưng Hà", "Đông Hưng", "Vũ Thư", "Kiến Xương")),
    ("Nam Định", "Nam Định", ("Hải Hậu", "Giao Thủy", "Xuân Trường", "Ý Yên", "Trực Ninh")),
    ("Thanh Hóa", "Thanh Hóa", ("Thọ Xuân", "Hoằng Hóa", "Hậu Lộc", "Nga Sơn", "Quảng Xương")),
    ("Quảng Nam", "Tam Kỳ", ("Điện Bàn", "Duy Xuyên", "Thăng Bình", "Núi Thành", "Đại Lộc")),
    ("Bình Định", "Quy Nhơn", ("Tuy Phước", "Phù Cát", "Phù Mỹ", "Hoài Nhơn", "Tây Sơn")),
    ("Đắk Lắk", "Buôn Ma Thuột", ("Cư M'gar", "Krông Pắc", "Ea Kar", "Krông Ana")),
    ("Gia Lai", "Pleiku", ("Chư Păh", "Ia Grai", "Đức Cơ", "Chư Prông", "Mang Yang")),
    ("Long An", "Tân An", ("Bến Lức", "Đức Hòa", "Cần Giuộc", "Thủ Thừa", "Tân Trụ")),
    ("Tiền Giang", "Mỹ Tho", ("Cái Bè", "Cai Lậy", "Châu Thành", "Chợ Gạo", "Gò Công Tây")),
    ("An Giang", "Long Xuyên", ("Chợ Mới", "Phú Tân", "Thoại Sơn", "Tịnh Biên", "Tri Tôn")),
    ("Kiên Giang", "Rạch Giá", ("Hòn Đất", "Tân Hiệp", "Giồng Riềng", "Gò Quao", "An Biên")),
    ("Cà Mau", "Cà Mau", ("Thới Bình", "U Minh", "Trần Văn Thời", "Cái Nước", "Đầm Dơi")),
    ("Phú Thọ", "Việt Trì", ("Lâm Thao", "Phù Ninh", "Thanh Ba", "Hạ Hòa", "Cẩm Khê")),
    ("Yên Bái", "Yên Bái", ("Văn Yên", "Trấn Yên", "Lục Yên", "Yên Bình", "Văn Chấn")),
    ("Lào Cai", "Lào Cai", ("Bảo Thắng", "Bảo Yên", "Văn Bàn", "Bát Xát", "Sa Pa")),
    ("Quảng Ninh", "Hạ Long", ("Đông Triều", "Quảng Yên", "Tiên Yên", "Vân Đồn", "Hải Hà")),
    ("Ninh Bình", "Ninh Bình", ("Gia Viễn", "Hoa Lư", "Kim Sơn", "Yên Khánh", "Nho Quan")),
    ("Khánh Hòa", "Nha Trang", ("Diên Khánh", "Vạn Ninh", "Ninh Hòa", "Cam Lâm", "Khánh Vĩnh")),
    ("Sóc Trăng", "Sóc Trăng", ("Mỹ Tú", "Kế Sách", "Long Phú", "Trần Đề", "Mỹ Xuyên")),
    ("Bến Tre", "Bến Tre", ("Ba Tri", "Bình Đại", "Giồng Trôm", "Mỏ Cày Nam", "Thạnh Phú")),
    ("Hà Nội", None, ("Ba Vì", "Đông Anh", "Gia Lâm", "Sóc Sơn", "Thạch Thất")),
    ("Cần Thơ", None, ("Ninh Kiều", "Cái Răng", "Phong Điền", "Thới Lai", "Cờ Đỏ")),
    ("Hải Phòng", None, ("Thủy Nguyên", "An Dương", "Tiên Lãng", "Vĩnh Bảo", "Kiến Thụy")),
    ("Đà Nẵng", None, ("Hòa Vang", "Liên Chiểu", "Cẩm Lệ", "Sơn Trà", "Ngũ Hành Sơn")),
)
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
          "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lương", "Đinh", "Trịnh", "Mai", "Lâm",
          "Đoàn", "Hà", "Tạ", "Cao", "Chu", "Kiều", "Thái", "Tống", "Quách")
MIDDLE_MALE = ("Văn", "Đức", "Minh", "Quang", "Hữu", "Đình", "Công", "Mạnh", "Xuân", "Thanh",
               "Ngọc", "Trọng", "Quốc", "Tiến", "Anh")
MIDDLE_FEMALE = ("Thị", "Thị Thanh", "Thị Thu", "Thị Hồng", "Thị Minh", "Ngọc", "Thị Kim",
                 "Thu", "Thị Mai", "Hồng")
GIVEN_MALE = ("Bình", "Cường", "Dũng", "Hải", "Hùng", "Huy", "Khánh", "Long", "Nam", "Phong",
              "Quân", "Sơn", "Thắng", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Hiếu", "Lực",
              "Thành", "Hưng", "Tâm", "Đạt", "Kiên", "Lâm", "Nghĩa", "Phúc", "Tài", "Thịnh")
GIVEN_FEMALE = ("Hà", "Hương", "Huyền", "Lan", "Linh", "Mai", "Ngọc", "Nhung", "Oanh", "Phương",
                "Thảo", "Trang", "Vân", "Yến", "Hằng", "Hiền", "Loan", "Nga", "Thủy", "Tuyết")
MODELS = ("Dân vận khéo", "Thứ Bảy vì dân", "Chi bộ gắn với dân", "Bữa cơm nghĩa tình",
          "Ngày Chủ nhật xanh", "Mỗi tháng một tấm gương", "Dấu ấn ngày vào Đảng",
          "Tổ nhân dân tự quản", "Ngôi nhà khăn quỳnh", "Phụ nữ giúp nhau phát triển kinh tế",
          "Thắp sáng đường quê", "Tuyến đường hoa", "Nghe dân nói, nói dân hiểu",
          "Mỗi đảng viên một việc làm cụ thể", "Áo ấm cho em", "Sổ tay đảng viên điện tử",
          "Camera an ninh", "Con đường bích họa", "Vườn cây kiểu mẫu", "Khu dân cư văn minh",
          "Hũ gạo tình thương", "Nồi cháo tình thương", "Ngày thứ Sáu cùng dân",
          "Cổng trường an toàn giao thông", "Cán bộ gần dân", "Đảng viên nói không với rác thải")
TOPICS = ("đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
          "tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên",
          "khuyến khích và bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm",
          "tăng cường và đổi mới công tác dân vận của Đảng trong tình hình mới",
          "tiếp tục xây dựng và chỉnh đốn Đảng, hệ thống chính trị trong sạch, vững mạnh",
          "công tác cán bộ và bảo vệ chính trị nội bộ",
          "phát triển kinh tế tập thể, hợp tác xã trong giai đoạn mới",
          "nâng cao hiệu quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng")
CENTRAL_DOCS = (("Nghị quyết", "NQ/TW", "Ban Chấp hành Trung ương"),
                ("Chỉ thị", "CT/TW", "Bộ Chính trị"), ("Kết luận", "KL/TW", "Bộ Chính trị"),
                ("Quy định", "QĐi/TW", "Ban Chấp hành Trung ương"),
                ("Kết luận", "KL/TW", "Ban Chấp hành Trung ương"),
                ("Nghị quyết", "NQ/TW", "Bộ Chính trị"))
LOCAL_DOCS = (("Kế hoạch", "KH/TU"), ("Chương trình", "CTr/TU"), ("Hướng dẫn", "HD/TU"),
              ("Kế hoạch", "KH/BTGTU"))
TERMS = ("XI", "XII", "XIII")
WORKS = ("chủ trì hội nghị", "phát biểu chỉ đạo hội nghị", "dự và phát biểu tại hội nghị",
         "trình bày báo cáo tại hội nghị")
AUTHORS = ("Thảo Nguyên", "Hoàng Lan", "Minh Châu", "Thanh Tâm", "Ngọc Anh", "Văn Hải",
           "Quang Minh", "Thu Hà", "Bảo Ngọc", "Đức Anh", "Hồng Nhung", "Phương Thảo")
FILLER = (
    "Các cấp ủy, tổ chức đảng đã tổ chức quán triệt, học tập nghiêm túc, đầy đủ nội dung với "
    "tỷ lệ cán bộ, đảng viên tham gia đạt trên 98%.",
    "Công tác tuyên truyền được triển khai bằng nhiều hình thức phong phú, đa dạng, phù hợp "
    "với từng đối tượng, góp phần tạo sự thống nhất cao về nhận thức và hành động.",
    "Việc thực hiện gắn với nhiệm vụ chính trị của từng địa phương, cơ quan, đơn vị, qua đó "
    "xuất hiện nhiều cách làm hay, mô hình hiệu quả được nhân rộng.",
    "Bên cạnh kết quả đạt được, việc thực hiện ở một số nơi còn hình thức, chưa thật sự gắn "
    "với giải quyết những vấn đề bức xúc, nổi cộm ở cơ sở.",
    "Vai trò nêu gương của người đứng đầu được đề cao; nhiều đồng chí cán bộ chủ chốt thường "
    "xuyên đi cơ sở, nắm bắt tâm tư, nguyện vọng của Nhân dân.",
    "Công tác kiểm tra, giám sát được tăng cường, kịp thời phát hiện, chấn chỉnh những hạn chế, "
    "thiếu sót trong quá trình tổ chức thực hiện.",
    "Đời sống vật chất và tinh thần của Nhân dân không ngừng được nâng lên, niềm tin của Nhân "
    "dân đối với Đảng, chính quyền ngày càng được củng cố.",
    "Các đại biểu tập trung thảo luận, làm rõ kết quả nổi bật cũng như những hạn chế, nguyên "
    "nhân và bài học kinh nghiệm trong quá trình thực hiện.",
    "Thời gian tới, các cấp ủy tiếp tục đổi mới nội dung, phương thức lãnh đạo, phát huy "
    "tinh thần đoàn kết, chủ động, sáng tạo, quyết tâm hoàn thành thắng lợi các mục tiêu đề ra.",
    "Hằng năm, cấp ủy các cấp lựa chọn chuyên đề học tập, biên soạn tài liệu sinh hoạt chi bộ "
    "và hướng dẫn cơ sở đưa nội dung vào nghị quyết, chương trình công tác.",
    "Kết quả thực hiện góp phần quan trọng vào việc phát triển kinh tế - xã hội, bảo đảm quốc "
    "phòng - an ninh trên địa bàn.",
    "Nhiều tập thể, cá nhân điển hình được phát hiện, biểu dương, khen thưởng kịp thời, tạo "
    "sức lan tỏa mạnh mẽ trong toàn Đảng bộ.",
)


@dataclass(frozen=True)
class _Person:
    name: str
    short: str  # the given name, as the genre refers back ("đồng chí Toàn")


def _person(rng: random.Random, used: set[str]) -> _Person:
    while True:
        female = rng.random() < 0.35
        middle = rng.choice(MIDDLE_FEMALE if female else MIDDLE_MALE)
        given = rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)
        name = f"{rng.choice(FAMILY)} {middle} {given}"
        if name not in used:
            used.add(name)
            return _Person(name, given)


def _date(rng: random.Random, year: int) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), year


def _article(rng: random.Random, index: int) -> tuple[str, str]:
    province, capital, districts = rng.choice(PROVINCES)
    central = capital is None
    level = "thành phố" if central else "tỉnh"
    committee = f"Thành ủy {province}" if central else f"Tỉnh ủy {province}"
    short_committee = "Thành ủy" if central else "Tỉnh ủy"
    city = province if central else capital
    district = rng.choice(districts)
    other_district = rng.choice([d for d in districts if d != district])
    district_kind = "quận" if central and rng.random() < 0.3 else "huyện"
    district_committee = "Quận ủy" if district_kind == "quận" else "Huyện ủy"
    used: set[str] = set()
    chair, deputy, propaganda, front, district_sec, giver = (
        _person(rng, used) for _ in range(6)
    )
    kind, code, issuer = rng.choice(CENTRAL_DOCS)
    number = rng.randint(1, 60)
    d, m, y = _date(rng, rng.choice((2016, 2018, 2019, 2021, 2022)))
    term = "XIII" if y >= 2021 else rng.choice(TERMS[:2])
    central_doc = f"{kind} số {number:02d}-{code} ngày {d}/{m}/{y} của {issuer} khóa {term}"
    central_short = f"{kind} {number:02d}"
    local_kind, local_code = rng.choice(LOCAL_DOCS)
    ld, lm, ly = _date(rng, y + 1)
    local_doc = f"{local_kind} số {rng.randint(1, 199)}-{local_code} ngày {ld}/{lm}/{ly}"
    topic = rng.choice(TOPICS)
    years = rng.randint(2, 10)
    ed, em, ey = _date(rng, min(2025, y + years))
    time_of_day = rng.choice(("Sáng", "Chiều", "Ngày"))
    models = rng.sample(MODELS, 3)
    units = [
        f"Đảng ủy xã {rng.choice(('Tân', 'Phú', 'An', 'Bình', 'Hòa'))}"
        f" {rng.choice(('Lợi', 'Thịnh', 'Phước', 'Hưng', 'Mỹ'))}",
        f"Công an {level} {province}",
        f"Hội Liên hiệp Phụ nữ {district_kind} {other_district}",
    ]
    event = rng.choice(("sơ kết", "tổng kết"))
    awarder = rng.choice((f"Ban Thường vụ {committee}", f"Chủ tịch UBND {level}"))

    title = f"{province}: {event.capitalize()} {years} năm thực hiện {central_short}-{code}"
    hour, minute = rng.randint(6, 22), rng.randint(0, 59)
    dateline = f"{ed:02d}/{em:02d}/{ey} {hour:02d}:{minute:02d} Số lượt xem: {rng.randint(80, 9000)}"
    paragraphs = [
        f"Đồng chí {chair.name}, Phó Bí thư Thường trực {committee}, Chủ tịch HĐND {level} "
        f"{rng.choice(WORKS)}.",
        "",
        f"{time_of_day} {ed}/{em}, tại thành phố {city}, {committee} tổ chức Hội nghị {event} "
        f"{years} năm thực hiện {central_doc} về {topic}. Đồng chí {chair.name}, Phó Bí thư "
        f"Thường trực {short_committee}, Chủ tịch HĐND {level} chủ trì hội nghị.",
        f"Dự hội nghị có các đồng chí: {propaganda.name}, Ủy viên Ban Thường vụ "
        f"{short_committee}, Trưởng Ban Tuyên giáo {committee}; {front.name}, Chủ tịch Ủy ban "
        f"Mặt trận Tổ quốc Việt Nam {level}; {deputy.name}, Phó Chủ tịch UBND {level} "
        f"{province}; lãnh đạo các ban, sở, ngành, đoàn thể {level}.",
        f"Báo cáo {event} do đồng chí {propaganda.name} trình bày cho biết, ngay sau khi "
        f"{issuer} ban hành {central_short}, Ban Thường vụ {committee} đã ban hành {local_doc} "
        f"để triển khai thực hiện trong toàn Đảng bộ. {rng.choice(FILLER)} {rng.choice(FILLER)}",
        f"{units[0]} duy trì mô hình “{models[0]}”; {units[1]} triển khai mô hình "
        f"“{models[1]}”; {units[2]} thực hiện mô hình “{models[2]}”. {rng.choice(FILLER)}",
        f"Tại hội nghị, Bí thư {district_committee} {district} {district_sec.name} chia sẻ: "
        f"“{district_committee} xác định phải bắt đầu từ những việc cụ thể, gần dân nhất. "
        f"Mỗi đồng chí trong Ban Thường vụ phụ trách một xã, dự sinh hoạt chi bộ ít nhất một "
        f"lần mỗi quý”. Theo đồng chí {district_sec.short}, {district_kind} {district} đã giải "
        f"quyết dứt điểm {rng.randint(5, 60)} vụ việc tồn đọng.",
        *(rng.choice(FILLER) + " " + rng.choice(FILLER) for _ in range(rng.randint(2, 4))),
        f"Phát biểu kết luận hội nghị, đồng chí {chair.name} đề nghị các cấp ủy tiếp tục thực "
        f"hiện nghiêm {central_doc.split(' ngày ')[0]} và {local_doc.split(' ngày ')[0]}.",
        f"Dịp này, đồng chí {giver.name}, Phó Chủ tịch UBND {level} trao Bằng khen của "
        f"{awarder} cho {rng.randint(5, 30)} tập thể và {rng.randint(5, 40)} cá nhân có thành "
        f"tích xuất sắc, trong đó có {units[0]} và {units[1]}.",
        "",
        rng.choice(AUTHORS),
    ]
    slug = f"gen-{index:06d}"
    return slug, "\n".join([title, "", dateline, *paragraphs]) + "\n"


def generate(n: int, seed: int, out_dir: Path | str) -> list[Path]:
    """Write ``n`` articles to ``out_dir`` as gen-000000.txt ...; returns their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        # One generator per article: article i is the same whatever n is.
        rng = random.Random(f"{seed}:{i}")
        name, text = _article(rng, i)
        path = out / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


# ---------------------------------------------------------------------------
# Known identities: the same name for people in different provinces, people who move
# or are promoted, and people named again by the given name alone.
# ---------------------------------------------------------------------------

IDENTITY_FILE = "identities.json"
# Posts in a province, as the genre writes them after a name ({p}: the province).
PROVINCE_POSTS = (
    "Bí thư Tỉnh ủy {p}", "Phó Bí thư Thường trực Tỉnh ủy {p}", "Chủ tịch UBND tỉnh {p}",
    "Phó Chủ tịch UBND tỉnh {p}", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy {p}",
    "Trưởng Ban Dân vận Tỉnh ủy {p}", "Giám đốc Công an tỉnh {p}", "Giám đốc Sở Nội vụ tỉnh {p}",
    "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy {p}", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh {p}",
)
# Posts at the centre that people from the provinces move to.
CENTRAL_POSTS = ("Thứ trưởng Bộ Nội vụ", "Thứ trưởng Bộ Y tế", "Thứ trưởng Bộ Công an",
                 "Thứ trưởng Bộ Tài chính", "Thứ trưởng Bộ Giáo dục và Đào tạo")
# The same committee, a step up: a promotion that keeps the province.
PROMOTIONS = (("Trưởng Ban Dân vận Tỉnh ủy {p}", "Phó Bí thư Tỉnh ủy {p}"),
              ("Phó Chủ tịch UBND tỉnh {p}", "Chủ tịch UBND tỉnh {p}"),
              ("Giám đốc Sở Nội vụ tỉnh {p}", "Trưởng Ban Tổ chức Tỉnh ủy {p}"))
_IDENTITY_PROVINCES = tuple(p for p in PROVINCES if p[1] is not None)


@dataclass(frozen=True)
class _Career:
    """A person of the identity corpus: a name, and (from year, post) steps."""

    id: str
    person: _Person
    province: str
    steps: tuple[tuple[int, str], ...]

    def post(self, year: int) -> tuple[str, str | None]:
        """The post held in ``year``, and the one held before it if it is a new one."""
        current = [post for start, post in self.steps if start <= year]
        before = current[-2] if len(current) > 1 else None
        return current[-1], before


def _careers(rng: random.Random, n: int) -> list[_Career]:
    """``n`` people: about one in four shares a name with someone in another province,
    one in five moves to the centre, one in five is promoted in the same committee."""
    used: set[str] = set()
    careers: list[_Career] = []
    while len(careers) < n:
        person = _person(rng, used)
        homonyms = 2 if rng.random() < 0.25 else 1
        provinces = rng.sample(_IDENTITY_PROVINCES, homonyms)
        # two people of one name never serve in one ministry: no reader could tell them apart
        ministries = rng.sample(CENTRAL_POSTS, homonyms)
        for (province, _, _), central in zip(provinces, ministries, strict=True):
            fate = rng.random()
            first = rng.choice(PROVINCE_POSTS).format(p=province)
            if fate < 0.2:
                steps: tuple[tuple[int, str], ...] = ((2016, first), (2021, central))
            elif fate < 0.4:
                low, high = rng.choice(PROMOTIONS)
                steps = ((2016, low.format(p=province)), (2021, high.format(p=province)))
            else:
                steps = ((2016, first),)
            careers.append(_Career(f"p{len(careers):04d}", person, province, steps))
    return careers


def _identity_article(rng: random.Random, careers: list[_Career], index: int) -> tuple[str, str, dict[str, str]]:
    """One short report naming two or three people with their posts in the year of the
    article; a person who moved is named with the post held before ("nguyên ...") in
    about half of the reports after the move."""
    chosen = rng.sample(careers, 3 if rng.random() < 0.5 else 2)
    names = {c.person.name for c in chosen}
    if len(names) < len(chosen):  # two homonyms in one article: keep the first
        chosen = list({c.person.name: c for c in reversed(chosen)}.values())
    year = rng.choice((2017, 2018, 2019, 2020, 2022, 2023, 2024))
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    host = chosen[0]
    province = next(p for p in _IDENTITY_PROVINCES if p[0] == host.province)
    lines = []
    for n, career in enumerate(chosen):
        post, before = career.post(year)
        if before and rng.random() < 0.5:
            post = f"{post}, nguyên {before}"
        verb = "chủ trì hội nghị" if n == 0 else rng.choice(("dự hội nghị", "phát biểu tại hội nghị"))
        lines.append(f"Đồng chí {career.person.name}, {post} {verb}.")
    said = rng.choice(FILLER)
    lines.append(f"Theo đồng chí {host.person.short}, {said[0].lower()}{said[1:]}")
    title = f"{province[0]}: Hội nghị sơ kết công tác dân vận năm {year}"
    dateline = f"{d:02d}/{m:02d}/{year} 08:00 Số lượt xem: {rng.randint(80, 9000)}"
    body = (f"Ngày {d}/{m}, tại thành phố {province[1]}, Tỉnh ủy {province[0]} tổ chức Hội nghị sơ kết "
            f"công tác dân vận năm {year}.")
    text = "\n".join([title, "", dateline, body, *lines, rng.choice(FILLER), "", rng.choice(AUTHORS)]) + "\n"
    return f"id-{index:06d}", text, {c.person.name: c.id for c in chosen}


def generate_identities(n: int, seed: int, out_dir: Path | str, people: int | None = None) -> list[Path]:
    """Write ``n`` articles about a fixed cast of people whose identities are known,
    and ``identities.json``: for each article, each full name it gives -> the person."""
    import json

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    careers = _careers(random.Random(f"{seed}:cast"), people or max(4, n // 4))
    truth: dict[str, dict[str, str]] = {}
    paths = []
    for i in range(n):
        name, text, named = _identity_article(random.Random(f"{seed}:identity:{i}"), careers, i)
        path = out / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        truth[path.name] = named
        paths.append(path)
    (out / IDENTITY_FILE).write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                     encoding="utf-8")
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--identities", action="store_true",
                        help=f"articles about people whose identities are known, with {IDENTITY_FILE}")
    args = parser.parse_args()
    make = generate_identities if args.identities else generate
    paths = make(args.n, args.seed, args.out_dir)
    print(f"wrote {len(paths)} articles to {args.out_dir}")


@contextmanager
def workspace(work: Path | None, prefix: str) -> Iterator[Path]:
    """A benchmark's scratch folder: ``work`` kept as it is, else a temporary one removed after."""
    folder = work or Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield folder
    finally:
        if work is None:
            shutil.rmtree(folder, ignore_errors=True)


def generated_corpus(work: Path, articles: int, seed: int) -> Path:
    """``work/corpus``, generated unless it is there already (a kept --work folder)."""
    corpus = work / "corpus"
    if not corpus.is_dir():
        generate(articles, seed, corpus)
    return corpus


def corpus_arguments(parser: argparse.ArgumentParser, repeated: str) -> argparse.ArgumentParser:
    """The options of a benchmark on a generated corpus: its size and seed, how many times
    each run (``repeated`` says what is repeated), the build's jobs and the scratch folder."""
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--repeat", type=int, default=3, help=f"{repeated}; the best is kept")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--work", type=Path, help="scratch folder, kept (default: a temporary one, removed)")
    return parser


if __name__ == "__main__":
    main()
