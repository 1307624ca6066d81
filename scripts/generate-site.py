#!/usr/bin/env python3
"""Generate the same synthetic Vietnamese news site twice: once as a bantin
site root and once as a Hugo site, for benchmarking `bantin build` against
`hugo` on identical content.

    python3 scripts/generate-site.py --count 1000 --seed 42 \
        --bantin OUT_BANTIN --hugo OUT_HUGO

Standard library only. The output is a pure function of (--count, --seed):
the same arguments always produce byte-identical files.

bantin root:  content/site.yml, content/articles/YYYY/<n>.md,
              content/pages/*.md, content/media/, templates/ (copied from the
              repository's templates/ folder, or --templates DIR)
Hugo site:    config.toml (from scripts/hugo-site/config.toml.tmpl),
              content/posts/<n>.md, content/categories/<slug>/_index.md,
              content/<page>.md, layouts/ (copied from scripts/hugo-site/layouts)
"""

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import string
import sys
import unicodedata

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(SCRIPT_DIR)
HUGO_SKELETON = os.path.join(SCRIPT_DIR, "hugo-site")
MARKER = ".bench-generated"  # lets us safely wipe a folder we generated before

# --------------------------------------------------------------------------
# Site settings (shared by both outputs)
# --------------------------------------------------------------------------

SITE = {
    "title": "Liên minh Hợp tác xã Kiên Giang",
    "tagline": "Trang thông tin điện tử",
    "base_url": "https://lmhtx.kiengiang.example/",
    "timezone": "Asia/Ho_Chi_Minh",
    "per_page": 20,
    "permalink": "/:year/:month/:slug/",
    "menu": ["Tin hoạt động", "Chi bộ", "Kinh tế tập thể", "Hỗ trợ HTX"],
    "contact": {
        "address": "Số 12 Nguyễn Trung Trực, phường Vĩnh Bảo, thành phố Rạch Giá, tỉnh Kiên Giang",
        "phone": "0297 3862 345",
        "email": "lienminhhtx@kiengiang.example",
    },
}
CATEGORIES = SITE["menu"]
TZ = dt.timezone(dt.timedelta(hours=7))  # Asia/Ho_Chi_Minh, no DST

# --------------------------------------------------------------------------
# Vocabulary (NFC Vietnamese)
# --------------------------------------------------------------------------

PLACES = [
    "Rạch Giá", "Hà Tiên", "Phú Quốc", "Kiên Lương", "Hòn Đất", "Tân Hiệp",
    "Châu Thành", "Giồng Riềng", "Gò Quao", "An Biên", "An Minh",
    "Vĩnh Thuận", "U Minh Thượng", "Giang Thành", "Kiên Hải",
]

TAGS = [
    "Dân vận khéo", "Thi đua", "OCOP", "Hợp tác xã", "Kinh tế tập thể",
    "Nông nghiệp", "Chuyển đổi số", "Tập huấn", "Công đoàn", "Đoàn thanh niên",
    "Hội Phụ nữ", "Chi bộ", "Đảng viên", "Nghị quyết", "Học tập và làm theo Bác",
    "Xây dựng Đảng", "Lúa gạo", "Thủy sản", "Hồ tiêu", "Khóm", "Nuôi tôm",
    "Cánh đồng lớn", "Liên kết chuỗi giá trị", "Tín dụng", "Quỹ hỗ trợ",
    "Vốn vay ưu đãi", "Xúc tiến thương mại", "Hội chợ", "Sản phẩm chủ lực",
    "Nông thôn mới", "Biến đổi khí hậu", "Xâm nhập mặn", "Phú Quốc", "Rạch Giá",
    "Hà Tiên", "U Minh Thượng", "Tân Hiệp", "Giồng Riềng", "Hòn Đất",
    "Khen thưởng", "Đại hội", "Hội nghị", "Sơ kết", "Tổng kết", "An sinh xã hội",
    "Phòng chống dịch", "Kinh tế số", "Thương mại điện tử", "Truy xuất nguồn gốc",
    "VietGAP", "Nông nghiệp hữu cơ", "Khởi nghiệp", "Cải cách hành chính",
    "Phổ biến pháp luật", "Luật Hợp tác xã", "Ngày Hợp tác xã Việt Nam",
    "Bảo hiểm xã hội", "Tổ hợp tác", "Du lịch cộng đồng", "Năng lượng tái tạo",
]

SUBJECTS = [
    "Liên minh Hợp tác xã tỉnh",
    "Liên minh HTX Kiên Giang",
    "Chi bộ Văn phòng Liên minh HTX tỉnh",
    "Công đoàn cơ sở Liên minh HTX",
    "Đoàn Thanh niên Liên minh HTX tỉnh",
    "Ban Thường vụ Tỉnh ủy",
    "Ủy ban nhân dân tỉnh Kiên Giang",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Quỹ Hỗ trợ phát triển hợp tác xã",
    "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh",
    "Đoàn công tác Liên minh HTX Việt Nam",
    "Hội Nông dân huyện {place}",
    "Hợp tác xã Nông nghiệp {place}",
    "Hợp tác xã Thủy sản {place}",
    "Ban Chỉ đạo phát triển kinh tế tập thể",
    "Chi hội Phụ nữ Liên minh HTX",
    "Tỉnh ủy Kiên Giang",
    "Liên minh HTX tỉnh",
    "Công đoàn Liên minh HTX",
    "HTX {place}",
    "Nông dân {place}",
    "Huyện {place}",
]

PREDICATES = [
    "ra mắt hợp tác xã kiểu mới",
    "tổng kết công tác năm {year}",
    "tập huấn chuyển đổi số cho hợp tác xã",
    "trao quà Tết cho đoàn viên",
    "đại hội chi bộ nhiệm kỳ mới",
    "phát triển sản phẩm OCOP từ {product}",
    "được mùa {product}",
    "tổ chức hội nghị sơ kết công tác {half} năm {year}",
    "tổng kết hoạt động năm {year} và triển khai nhiệm vụ năm {next_year}",
    "triển khai kế hoạch hỗ trợ hợp tác xã phát triển sản phẩm OCOP",
    "mở lớp tập huấn nâng cao năng lực quản trị cho cán bộ hợp tác xã",
    "giải ngân vốn vay ưu đãi cho {num} hợp tác xã nông nghiệp",
    "kiểm tra tình hình hoạt động của các hợp tác xã tại huyện {place}",
    "phát động phong trào thi đua “{movement}”",
    "tổ chức lễ kết nạp đảng viên mới",
    "học tập và quán triệt nghị quyết của Ban Chấp hành Trung ương",
    "thăm và làm việc với các hợp tác xã huyện {place}",
    "sinh hoạt chuyên đề về {topic}",
    "đối thoại với thành viên hợp tác xã về {topic}",
    "ký kết hợp đồng bao tiêu lúa gạo với doanh nghiệp",
    "trao tặng quà cho đoàn viên có hoàn cảnh khó khăn",
    "khảo sát nhu cầu chuyển đổi số tại các hợp tác xã",
    "hướng dẫn hợp tác xã đưa sản phẩm lên sàn thương mại điện tử",
    "biểu dương các điển hình tiên tiến trong phong trào “{movement}”",
    "tuyên truyền Luật Hợp tác xã năm 2023 đến thành viên",
    "hỗ trợ thành lập mới {num} hợp tác xã",
    "chỉ đạo nâng cao hiệu quả hoạt động của kinh tế tập thể",
    "tổ chức hội chợ giới thiệu sản phẩm đặc trưng của {place}",
    "góp ý dự thảo văn kiện đại hội Đảng bộ các cấp",
    "xây dựng mô hình liên kết sản xuất gắn với tiêu thụ {product}",
    "gặp mặt kỷ niệm Ngày Hợp tác xã Việt Nam",
    "trao giấy chứng nhận sản phẩm OCOP cho {product} của huyện {place}",
    "đánh giá kết quả thực hiện Chỉ thị 05 của Bộ Chính trị",
]

TAILS = [
    "", "", "", "năm {year}", "tại huyện {place}", "trong tình hình mới",
    "tại {place}", "dịp {occasion} năm {year}", "ở xã {commune}",
    "quý {quarter} năm {year}", "đợt {num2} năm {year}",
    "nhiệm kỳ mới", "nhằm nâng cao thu nhập cho thành viên",
    "gắn với xây dựng nông thôn mới", "theo hướng bền vững",
]

OCCASIONS = ["Tết Nguyên đán", "kỷ niệm Ngày Hợp tác xã Việt Nam", "Tháng Công nhân",
             "kỷ niệm ngày thành lập Đảng", "Ngày Quốc khánh", "Tháng hành động vì người nghèo"]
COMMUNES = ["Thạnh Đông", "Bình Sơn", "Mỹ Lâm", "Vĩnh Hòa Hưng", "Đông Thái", "Thổ Sơn",
            "Minh Hòa", "Tân Thạnh", "Bình An", "Hòa Chánh", "Vĩnh Bình Bắc", "Dương Tơ",
            "Hàm Ninh", "Mỹ Đức", "Nam Du", "Thuận Hòa", "Ngọc Chúc", "Thạnh Lộc"]
HALVES = ["6 tháng đầu", "9 tháng", "quý I", "quý III"]
MOVEMENTS = [
    "Dân vận khéo", "Cả nước chung tay vì người nghèo", "Lao động giỏi, lao động sáng tạo",
    "Thanh niên tình nguyện", "Phụ nữ tích cực học tập, lao động sáng tạo",
    "Kiên Giang chung sức xây dựng nông thôn mới",
]
TOPICS = [
    "nâng cao chất lượng sinh hoạt chi bộ", "chuyển đổi số trong nông nghiệp",
    "truy xuất nguồn gốc nông sản", "ứng phó với xâm nhập mặn",
    "quản lý tài chính hợp tác xã", "tiếp cận nguồn vốn tín dụng",
    "sản xuất lúa theo tiêu chuẩn VietGAP", "phát triển du lịch cộng đồng",
    "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "xây dựng thương hiệu cho sản phẩm địa phương",
]
PRODUCTS = [
    "lúa chất lượng cao", "tôm càng xanh", "khóm Tắc Cậu", "hồ tiêu Phú Quốc",
    "nước mắm Phú Quốc", "mật ong U Minh Thượng", "khô cá sặc", "nấm rơm",
    "rau an toàn", "tôm khô Hà Tiên", "đồi mồi mỹ nghệ", "gạo ST25",
]

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Lâm", "Dương", "Trương"]
MIDDLE_M = ["Văn", "Hữu", "Minh", "Quốc", "Thanh", "Công"]
MIDDLE_F = ["Thị", "Ngọc", "Thu", "Kim", "Thanh", "Mỹ"]
GIVEN_M = ["Hùng", "Dũng", "Phúc", "Tâm", "Sơn", "Khánh", "Lộc", "Tuấn", "Nghĩa", "Thắng"]
GIVEN_F = ["Mai", "Lan", "Hương", "Thảo", "Hạnh", "Nhung", "Yến", "Trang", "Diễm", "Phượng"]
ROLES = [
    "Chủ tịch Liên minh HTX tỉnh", "Phó Chủ tịch Liên minh HTX tỉnh",
    "Bí thư Chi bộ Văn phòng", "Chủ tịch Công đoàn cơ sở",
    "Giám đốc Hợp tác xã Nông nghiệp {place}", "Phó Chủ tịch UBND huyện {place}",
    "Trưởng phòng Tuyên truyền và Hỗ trợ", "Giám đốc Quỹ Hỗ trợ phát triển HTX",
]
AUTHORS = ["T.T", "Minh Tâm", "H.N", "Thanh Hải", "Ngọc Lan", "P.V", "Bảo Trân", "Q.K", "Văn Sơn", "Kim Yến"]

SENTENCES = [
    "Tham dự {event} có {person}, {role}, cùng đại diện lãnh đạo các sở, ngành và {num} hợp tác xã trên địa bàn.",
    "Theo báo cáo, đến nay toàn tỉnh có {big} hợp tác xã và {big2} tổ hợp tác, thu hút hơn {thousands} nghìn thành viên tham gia.",
    "Doanh thu bình quân của một hợp tác xã đạt khoảng {money} triệu đồng mỗi năm, tăng {pct}% so với cùng kỳ.",
    "Phát biểu tại {event}, {person} nhấn mạnh vai trò của **kinh tế tập thể** trong việc nâng cao thu nhập cho người dân nông thôn.",
    "Các đại biểu đã tập trung thảo luận về {topic}, đồng thời đề xuất nhiều giải pháp thiết thực.",
    "Nhiều hợp tác xã đã mạnh dạn đầu tư máy móc, áp dụng quy trình sản xuất {standard} và liên kết tiêu thụ {product} với doanh nghiệp.",
    "Thực hiện phong trào *“{movement}”*, các chi bộ đã đăng ký {num} mô hình cụ thể, gắn với nhiệm vụ chính trị của từng đơn vị.",
    "Bên cạnh những kết quả đạt được, hoạt động của một số hợp tác xã vẫn còn gặp khó khăn về vốn, thị trường và nguồn nhân lực quản lý.",
    "Trong năm {year}, Quỹ Hỗ trợ phát triển hợp tác xã đã giải ngân {money} triệu đồng cho {num} dự án, góp phần tạo việc làm cho hàng trăm lao động.",
    "{honor} {short} cho biết: “Hợp tác xã sẽ tiếp tục mở rộng diện tích sản xuất {product}, phấn đấu nâng giá trị sản phẩm trên mỗi héc-ta”.",
    "Qua khảo sát, có khoảng {pct}% hợp tác xã có nhu cầu được hỗ trợ về chuyển đổi số, xây dựng thương hiệu và xúc tiến thương mại.",
    "Đoàn công tác đã đến thăm mô hình sản xuất {product} tại huyện {place}, ghi nhận hiệu quả kinh tế rõ rệt của việc liên kết theo chuỗi giá trị.",
    "Dịp này, {org} đã trao giấy khen cho {num} tập thể và {num2} cá nhân có thành tích xuất sắc trong phong trào thi đua năm {year}.",
    "Lớp tập huấn diễn ra trong {days} ngày, với các nội dung về quản trị tài chính, kỹ năng lập kế hoạch sản xuất kinh doanh và tiếp cận *nguồn vốn ưu đãi*.",
    "Các học viên được giảng viên hướng dẫn cách ghi chép sổ sách kế toán, lập báo cáo tài chính và sử dụng phần mềm quản lý thành viên.",
    "Năm {next_year}, {org} đặt mục tiêu thành lập mới ít nhất {num} hợp tác xã, trong đó có {num2} hợp tác xã ứng dụng công nghệ cao.",
    "Theo đánh giá của ngành nông nghiệp, vụ lúa vừa qua năng suất bình quân đạt {yield_} tấn/ha, giá bán ổn định nên nông dân có lãi.",
    "Hội nghị cũng đã quán triệt các văn bản chỉ đạo của cấp trên về công tác **xây dựng Đảng** và hệ thống chính trị trong giai đoạn hiện nay.",
    "Đảng viên mới được kết nạp là quần chúng ưu tú, có tinh thần trách nhiệm cao và luôn hoàn thành tốt nhiệm vụ được giao.",
    "Công đoàn cơ sở đã vận động đoàn viên đóng góp hơn {money} triệu đồng ủng hộ Quỹ “Vì người nghèo” của tỉnh.",
    "Sản phẩm {product} của hợp tác xã đã đạt chứng nhận **OCOP {stars} sao**, được bày bán tại nhiều siêu thị và cửa hàng tiện lợi.",
    "Tình trạng xâm nhập mặn và thời tiết thất thường đang ảnh hưởng không nhỏ đến sản xuất của bà con vùng ven biển huyện {place}.",
    "Lãnh đạo địa phương ghi nhận những đóng góp của hợp tác xã trong việc thực hiện tiêu chí số 13 về tổ chức sản xuất trong xây dựng nông thôn mới.",
    "Dự kiến trong thời gian tới, mô hình sẽ được nhân rộng ra {num} xã khác trên địa bàn huyện {place}.",
    "Trao đổi với phóng viên, {person}, {role}, cho biết đơn vị sẽ tiếp tục đồng hành cùng hợp tác xã trong khâu tiêu thụ sản phẩm.",
    "Nhiều thành viên hợp tác xã bày tỏ phấn khởi khi được hỗ trợ giống, vật tư nông nghiệp và bao tiêu sản phẩm với giá ổn định.",
    "Hiện hợp tác xã có {num} thành viên, canh tác trên diện tích hơn {big} héc-ta, lợi nhuận bình quân tăng khoảng {pct}% so với sản xuất riêng lẻ.",
    "Để tháo gỡ khó khăn, {org} đã kiến nghị các cấp có thẩm quyền sớm ban hành cơ chế hỗ trợ về đất đai, tín dụng và đào tạo nguồn nhân lực.",
    "Chương trình là dịp để các hợp tác xã giao lưu, học hỏi kinh nghiệm, mở rộng kết nối cung cầu và quảng bá sản phẩm đến người tiêu dùng.",
    "Công tác dân vận được các chi bộ quan tâm thực hiện, góp phần củng cố niềm tin của nhân dân đối với Đảng và chính quyền địa phương.",
    "Ban Chấp hành Công đoàn cơ sở luôn quan tâm chăm lo đời sống vật chất, tinh thần cho đoàn viên, người lao động, nhất là vào dịp Tết Nguyên đán.",
    "Việc ứng dụng mã QR để truy xuất nguồn gốc giúp sản phẩm {product} dễ dàng tiếp cận các kênh phân phối hiện đại.",
    "Theo kế hoạch, trong năm {next_year} sẽ tổ chức {num2} lớp bồi dưỡng cho hơn {big} lượt cán bộ quản lý hợp tác xã trên địa bàn tỉnh.",
    "Đoàn đã trao đổi, hướng dẫn hợp tác xã hoàn thiện hồ sơ đăng ký nhãn hiệu tập thể cho sản phẩm {product}.",
    "Kết thúc {event}, các đại biểu thống nhất cao với phương hướng, nhiệm vụ đã đề ra và cam kết phối hợp chặt chẽ trong quá trình triển khai.",
]
EVENTS = ["hội nghị", "buổi làm việc", "buổi tọa đàm", "lễ ra mắt", "buổi gặp mặt", "chương trình", "hội thảo"]
STANDARDS = ["VietGAP", "GlobalGAP", "hữu cơ", "an toàn sinh học", "một phải năm giảm"]
HEADINGS = [
    "Kết quả nổi bật", "Những khó khăn, vướng mắc", "Phương hướng thời gian tới",
    "Mô hình hiệu quả", "Ý kiến của thành viên", "Kiến nghị, đề xuất",
    "Nâng cao năng lực quản trị", "Gắn kết với thị trường",
]
LIST_ITEMS = [
    "Tiếp tục tuyên truyền, phổ biến Luật Hợp tác xã đến cán bộ và thành viên",
    "Hỗ trợ hợp tác xã tiếp cận nguồn vốn vay ưu đãi từ Quỹ hỗ trợ phát triển",
    "Đẩy mạnh ứng dụng khoa học kỹ thuật và chuyển đổi số trong sản xuất",
    "Xây dựng và phát triển sản phẩm OCOP gắn với lợi thế của từng địa phương",
    "Nâng cao chất lượng sinh hoạt chi bộ và công tác phát triển đảng viên",
    "Phối hợp với doanh nghiệp xây dựng vùng nguyên liệu đạt chuẩn",
    "Tổ chức các lớp tập huấn về quản trị, kế toán và tiếp thị sản phẩm",
    "Kịp thời biểu dương, khen thưởng các tập thể và cá nhân tiêu biểu",
    "Tăng cường kiểm tra, giám sát hoạt động của các hợp tác xã yếu kém",
    "Tham gia các hội chợ, triển lãm để quảng bá sản phẩm",
]
LINKS = [
    ("Cổng thông tin điện tử tỉnh Kiên Giang", "https://kiengiang.gov.vn/"),
    ("Liên minh Hợp tác xã Việt Nam", "https://vca.org.vn/"),
    ("Luật Hợp tác xã năm 2023", "https://thuvienphapluat.vn/van-ban/Doanh-nghiep/Luat-Hop-tac-xa-2023-17-2023-QH15-525113.aspx"),
    ("Chương trình OCOP", "https://ocop.gov.vn/"),
    ("Báo Kiên Giang", "https://baokiengiang.vn/"),
]

# --------------------------------------------------------------------------


def slugify(text):
    """Same rule as bantin: lowercase ASCII, tone marks removed, đ→d,
    punctuation dropped, words joined by '-'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def hugo_term_key(text):
    """The folder name Hugo 0.111 (removePathAccents = true) gives a taxonomy
    term: accents stripped but đ kept, lowercased, spaces -> '-'."""
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", "-", text.lower().strip())


def nfc(s):
    return unicodedata.normalize("NFC", s)


def q(s):
    """Double-quoted scalar valid in both YAML and TOML."""
    return json.dumps(nfc(s), ensure_ascii=False)


class Slots(dict):
    """Template slot values, drawn from the RNG only when a template uses them
    (keeps generation fast and deterministic)."""

    def __init__(self, gen, year):
        super().__init__(year=year, next_year=year + 1)
        self.gen = gen

    def __missing__(self, key):
        r = self.gen.r
        if key in ("person", "short", "honor"):
            if r.random() < 0.6:
                name = f"{r.choice(FAMILY)} {r.choice(MIDDLE_M)} {r.choice(GIVEN_M)}"
                self["person"] = "ông " + name
            else:
                name = f"{r.choice(FAMILY)} {r.choice(MIDDLE_F)} {r.choice(GIVEN_F)}"
                self["person"] = "bà " + name
            self["short"] = name.split()[-1]
            self["honor"] = self["person"].split()[0].capitalize()
            return self[key]
        v = {
            "place": lambda: r.choice(PLACES),
            "half": lambda: r.choice(HALVES),
            "num": lambda: r.randint(2, 35),
            "num2": lambda: r.randint(2, 20),
            "movement": lambda: r.choice(MOVEMENTS),
            "topic": lambda: r.choice(TOPICS),
            "product": lambda: r.choice(PRODUCTS),
            "role": lambda: r.choice(ROLES).format(place=r.choice(PLACES)),
            "org": lambda: r.choice(SUBJECTS).format(place=r.choice(PLACES)),
            "event": lambda: r.choice(EVENTS),
            "big": lambda: r.randint(180, 420),
            "big2": lambda: r.randint(900, 2400),
            "thousands": lambda: r.randint(8, 40),
            "money": lambda: f"{r.randint(150, 9800):,}".replace(",", "."),
            "pct": lambda: r.randint(5, 78),
            "days": lambda: r.randint(2, 5),
            "standard": lambda: r.choice(STANDARDS),
            "yield_": lambda: f"{r.randint(55, 82) / 10:.1f}".replace(".", ","),
            "stars": lambda: r.choice([3, 3, 4]),
            "occasion": lambda: r.choice(OCCASIONS),
            "commune": lambda: r.choice(COMMUNES),
            "quarter": lambda: r.choice(["I", "II", "III", "IV"]),
            "d": lambda: f"ngày {r.randint(1, 28)}/{r.randint(1, 12)}",
        }[key]()
        self[key] = v
        return v


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def slots(self, year):
        return Slots(self, year)

    def title(self, year):
        r = self.r
        while True:
            s = self.slots(year)
            parts = [r.choice(SUBJECTS), r.choice(PREDICATES), r.choice(TAILS)]
            t = " ".join(p.format_map(s) for p in parts if p)
            if 8 <= len(t.split()) <= 15:  # leaves room for a de-duplicating number
                return nfc(t), parts[0].format_map(s)  # title, and who it is about

    def summary(self, subject, year):
        s = self.slots(year)
        s["org"] = subject
        lead = self.r.choice([
            "Sáng {d}, {org} đã tổ chức {event} với sự tham dự của đông đảo cán bộ, đảng viên và thành viên hợp tác xã.",
            "Vừa qua, {org} phối hợp với các đơn vị liên quan triển khai nhiều hoạt động thiết thực, hướng về cơ sở.",
            "Nhằm thúc đẩy kinh tế tập thể phát triển, {org} đã có nhiều giải pháp hỗ trợ hợp tác xã trong năm {year}.",
        ])
        return nfc(lead.format_map(s))

    def body(self, year):
        r = self.r
        target = r.randint(4600, 7300)  # bytes of sentences; headings/lists/links add ~0.5 KB
        npar = r.randint(6, 12)
        per_par = target // npar
        out = []
        for i in range(npar):
            if i > 0 and r.random() < 0.18:
                out.append("## " + r.choice(HEADINGS))
            par = []
            size = 0
            order = r.sample(range(len(SENTENCES)), len(SENTENCES))  # no repeats within a paragraph
            while size < per_par - 110 and order:  # ~half a sentence short: lands on target on average
                s = SENTENCES[order.pop()].format_map(self.slots(year))
                par.append(s)
                size += len(s.encode("utf-8")) + 1
            if r.random() < 0.2:
                text, url = r.choice(LINKS)
                par.append(f"Thông tin chi tiết xem tại [{text}]({url}).")
            out.append(" ".join(par))
            if r.random() < 0.12:
                items = r.sample(LIST_ITEMS, r.randint(3, 5))
                out.append("\n".join("- " + it + ";" for it in items))
        return nfc("\n\n".join(out)) + "\n"

    def articles(self, count):
        r = self.r
        start = dt.datetime(2019, 1, 1, tzinfo=TZ)
        span_min = int((dt.datetime(2025, 1, 1, tzinfo=TZ) - start).total_seconds() // 60)
        dates = sorted(start + dt.timedelta(minutes=r.randrange(span_min)) for _ in range(count))
        seen = set()
        for n, date in enumerate(dates, 1):
            for _ in range(40):  # re-draw a few times before numbering a duplicate
                title, subject = self.title(date.year)
                if slugify(title) not in seen:
                    break
            base, k = title, 1
            while slugify(title) in seen:
                k += 1
                title = f"{base} ({k})"
            seen.add(slugify(title))
            yield {
                "n": n, "date": date, "title": title, "slug": slugify(title),
                "category": r.choice(CATEGORIES),
                "tags": r.sample(TAGS, r.randint(1, 3)),
                "author": r.choice(AUTHORS),
                "summary": self.summary(subject, date.year),
                "body": self.body(date.year),
            }


PAGES = [
    ("gioi-thieu", "Giới thiệu",
     "Liên minh Hợp tác xã tỉnh Kiên Giang là tổ chức kinh tế - xã hội, đại diện và bảo vệ "
     "quyền, lợi ích hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.\n\n"
     "## Chức năng, nhiệm vụ\n\n"
     "- Tuyên truyền, phổ biến chủ trương, chính sách về kinh tế tập thể;\n"
     "- Tư vấn, hỗ trợ thành lập và phát triển hợp tác xã;\n"
     "- Tham gia xây dựng chính sách, pháp luật về hợp tác xã.\n"),
    ("lien-he", "Liên hệ",
     "**Địa chỉ:** " + SITE["contact"]["address"] + "\n\n"
     "**Điện thoại:** " + SITE["contact"]["phone"] + "\n\n"
     "**Email:** " + SITE["contact"]["email"] + "\n"),
]

# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------


def prepare_dir(path):
    """Create an empty output folder. Refuses to wipe a non-empty folder we did
    not generate ourselves."""
    if os.path.exists(path):
        if not os.path.isdir(path):
            sys.exit(f"generate-site: {path} exists and is not a directory")
        if os.listdir(path):
            if not os.path.exists(os.path.join(path, MARKER)):
                sys.exit(f"generate-site: refusing to overwrite non-empty folder {path} "
                         f"(it was not made by this script)")
            shutil.rmtree(path)
    os.makedirs(path)
    with open(os.path.join(path, MARKER), "w") as f:
        f.write("generated by scripts/generate-site.py; safe to delete\n")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def yaml_list(items):
    return "[" + ", ".join(q(i) for i in items) + "]"


def write_bantin(root, articles, templates):
    c = SITE["contact"]
    site_yml = (
        f"title: {SITE['title']}\n"
        f"tagline: {SITE['tagline']}\n"
        f"base_url: {SITE['base_url']}\n"
        f"timezone: {SITE['timezone']}\n"
        f"per_page: {SITE['per_page']}\n"
        f"permalink: {SITE['permalink']}\n"
        f"menu: [{', '.join(SITE['menu'])}]\n"
        f"contact: {{address: {q(c['address'])}, phone: {q(c['phone'])}, email: {q(c['email'])}}}\n"
    )
    write(os.path.join(root, "content", "site.yml"), site_yml)
    os.makedirs(os.path.join(root, "content", "media"), exist_ok=True)
    for slug, title, body in PAGES:
        write(os.path.join(root, "content", "pages", slug + ".md"),
              f"---\ntitle: {q(title)}\n---\n{body}")
    for a in articles:
        fm = (
            "---\n"
            f"title: {q(a['title'])}\n"
            f"date: {a['date'].strftime('%d/%m/%Y %H:%M')}\n"
            f"category: {a['category']}\n"
            f"tags: {yaml_list(a['tags'])}\n"
            f"author: {q(a['author'])}\n"
            f"summary: {q(a['summary'])}\n"
            "---\n"
        )
        write(os.path.join(root, "content", "articles", str(a["date"].year), f"{a['n']}.md"),
              fm + a["body"])
    shutil.copytree(templates, os.path.join(root, "templates"))


def write_hugo(root, articles):
    with open(os.path.join(HUGO_SKELETON, "config.toml.tmpl"), encoding="utf-8") as f:
        tmpl = string.Template(f.read())
    menu = "\n".join(
        f"[[menu.main]]\n  name = {q(m)}\n  url = {q('/chuyen-muc/' + slugify(m) + '/')}\n  weight = {i + 1}\n"
        for i, m in enumerate(SITE["menu"]))
    c = SITE["contact"]
    write(os.path.join(root, "config.toml"), tmpl.substitute(
        base_url=q(SITE["base_url"]), title=q(SITE["title"]), tagline=q(SITE["tagline"]),
        timezone=q(SITE["timezone"]), per_page=SITE["per_page"],
        address=q(c["address"]), phone=q(c["phone"]), email=q(c["email"]), menu=menu))
    # Term pages get bantin's slug (Hugo would keep "đ" in the URL), and
    # categories an RSS feed each (bantin writes one per category, none per tag).
    for taxonomy, terms, outputs in (("categories", CATEGORIES, "[HTML, RSS]"), ("tags", TAGS, "[HTML]")):
        for term in terms:
            write(os.path.join(root, "content", taxonomy, hugo_term_key(term), "_index.md"),
                  f"---\ntitle: {q(term)}\nslug: {slugify(term)}\noutputs: {outputs}\n---\n")
    for slug, title, body in PAGES:
        write(os.path.join(root, "content", slug + ".md"),
              f"---\ntitle: {q(title)}\nslug: {slug}\n---\n{body}")
    for a in articles:
        fm = (
            "---\n"
            f"title: {q(a['title'])}\n"
            f"date: {a['date'].isoformat()}\n"
            f"slug: {a['slug']}\n"
            f"categories: [{q(a['category'])}]\n"
            f"tags: {yaml_list(a['tags'])}\n"
            f"author: {q(a['author'])}\n"
            f"description: {q(a['summary'])}\n"
            "---\n"
        )
        write(os.path.join(root, "content", "posts", f"{a['n']}.md"), fm + a["body"])
    shutil.copytree(os.path.join(HUGO_SKELETON, "layouts"), os.path.join(root, "layouts"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, required=True, help="number of articles")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--bantin", help="output folder for the bantin site root")
    ap.add_argument("--hugo", help="output folder for the Hugo site")
    ap.add_argument("--templates", default=os.path.join(REPO_DIR, "templates"),
                    help="bantin templates to copy (default: the repository's templates/)")
    args = ap.parse_args()
    if not args.bantin and not args.hugo:
        ap.error("give --bantin and/or --hugo")
    if args.count < 1:
        ap.error("--count must be >= 1")
    if args.bantin:
        t = args.templates
        if not os.path.isdir(t) or not any(n for n in os.listdir(t) if not n.startswith(".")):
            sys.exit(f"generate-site: bantin templates folder {t} is missing or empty; "
                     f"bantin needs its templates to build the site (or pass --templates DIR)")
    if args.hugo and not os.path.isfile(os.path.join(HUGO_SKELETON, "config.toml.tmpl")):
        sys.exit(f"generate-site: Hugo skeleton missing at {HUGO_SKELETON}")

    articles = list(Gen(args.seed).articles(args.count))
    if args.bantin:
        prepare_dir(args.bantin)
        write_bantin(args.bantin, articles, args.templates)
    if args.hugo:
        prepare_dir(args.hugo)
        write_hugo(args.hugo, articles)
    size = sum(len(a["body"].encode("utf-8")) for a in articles)
    print(f"generate-site: {len(articles)} articles (seed {args.seed}, "
          f"{size / len(articles) / 1024:.1f} KiB Markdown body on average)"
          + (f" -> bantin {args.bantin}" if args.bantin else "")
          + (f", hugo {args.hugo}" if args.hugo else ""))


if __name__ == "__main__":
    main()
