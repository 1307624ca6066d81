#!/usr/bin/env python3
"""Generate the same synthetic Vietnamese news site twice: once as a bantin
site root and once as a Hugo site, for benchmarking `bantin build` against
`hugo` on identical content.

    python3 scripts/generate-site.py --count 10000 --seed 42 \
        --bantin OUT_BANTIN --hugo OUT_HUGO

The corpus has the shape of the speed issue (issue 14):

- 600 to 1,200 words of Vietnamese news text per article (headings, lists,
  links, bold and italics, as staff write them);
- 6 categories, all in the menu; 3 to 6 tags per article out of a vocabulary
  of 300, the common ones used far more than the rare ones;
- 30 % of the articles report 1 to 3 `achievements:` records that bantin
  accepts (some shared between articles, as when two articles report the same
  recognition);
- two images per article, `![…](media/YYYY/anh-N.jpg)`, referenced but never
  created, so bantin warns twice per article about a missing image;
- `per_page: 20`.

Standard library only. The output is a pure function of (--count, --seed): the
same arguments always produce byte-identical files. Articles are written one at
a time as they are made (nothing but dates and slugs is kept for the whole
site), so 100,000 articles take well under a minute and little memory.

bantin root:  content/site.yml, content/articles/YYYY/<n>.md,
              content/pages/*.md, content/media/ (empty), templates/ (copied
              from the repository's templates/ folder, or --templates DIR)
Hugo site:    config.toml (from scripts/hugo-site/config.toml.tmpl),
              content/posts/<n>.md, content/<page>.md, layouts/ (copied from scripts/hugo-site/layouts)

Article <n> is the n-th oldest: the highest number is the newest article.
"""

import argparse
import bisect
import datetime as dt
import json
import os
import random
import re
import shutil
import string
import sys
import time
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
    "menu": ["Tin hoạt động", "Chi bộ", "Kinh tế tập thể", "Hỗ trợ HTX", "Công đoàn", "Thi đua khen thưởng"],
    "contact": {
        "address": "Số 12 Nguyễn Trung Trực, phường Vĩnh Bảo, thành phố Rạch Giá, tỉnh Kiên Giang",
        "phone": "0297 3862 345",
        "email": "lienminhhtx@kiengiang.example",
    },
}
CATEGORIES = SITE["menu"]
CATEGORY_WEIGHTS = [30, 14, 20, 16, 10, 10]  # news of the alliance's own work dominates
TZ = dt.timezone(dt.timedelta(hours=7))  # Asia/Ho_Chi_Minh, no DST
FIRST_DAY = dt.datetime(2019, 1, 1, tzinfo=TZ)
END_DAY = dt.datetime(2025, 1, 1, tzinfo=TZ)

WORDS_MIN, WORDS_MAX = 600, 1200
TAGS_MIN, TAGS_MAX = 3, 6
TAG_VOCABULARY_SIZE = 300
ACHIEVEMENT_SHARE = 0.30
IMAGES_PER_ARTICLE = 2
SENTENCES_PER_YEAR = 4000  # pre-filled sentence variants per year that bodies are drawn from

# --------------------------------------------------------------------------
# Vocabulary (NFC Vietnamese)
# --------------------------------------------------------------------------

PLACES = [
    "Rạch Giá", "Hà Tiên", "Phú Quốc", "Kiên Lương", "Hòn Đất", "Tân Hiệp",
    "Châu Thành", "Giồng Riềng", "Gò Quao", "An Biên", "An Minh",
    "Vĩnh Thuận", "U Minh Thượng", "Giang Thành", "Kiên Hải",
]

BASE_TAGS = [
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

# Tags made from places, products and communes fill the vocabulary up to
# TAG_VOCABULARY_SIZE, as a provincial site's tags grow over the years.
TAG_PATTERNS = [
    "Hợp tác xã {place}", "Nông thôn mới {place}", "Hội Nông dân {place}", "Du lịch {place}",
    "Chi bộ {place}", "Khuyến nông {place}", "Thủy lợi {place}", "Giao thông nông thôn {place}",
    "Thanh niên {place}", "Phụ nữ {place}", "Đất đai {place}", "Chợ nông sản {place}",
]
MORE_TAGS = [
    "Nước sạch nông thôn", "Điện mặt trời", "Cơ giới hóa", "Sổ tay đảng viên", "Kiểm tra giám sát",
    "Văn hóa công sở", "Phong trào Ba sẵn sàng", "Tháng Thanh niên", "Mùa hè xanh", "Hiến máu tình nguyện",
    "Nhà tình nghĩa", "Gia đình chính sách", "Người cao tuổi", "Khuyến học", "Chữ thập đỏ",
    "Bình đẳng giới", "Phòng chống thiên tai", "Mùa mưa bão", "Hạn hán", "Giống lúa mới",
    "Phân bón hữu cơ", "Thức ăn thủy sản", "Xuất khẩu gạo", "Giá lúa", "Hợp đồng bao tiêu",
    "Kho lạnh", "Sấy lúa", "Chế biến sâu", "Tem truy xuất", "Sàn giao dịch nông sản",
]
ACHIEVEMENT_KINDS = [
    ("mô hình Dân vận khéo", [
        "Khéo vận động thành viên hợp tác xã liên kết sản xuất {product}",
        "Dân vận khéo trong xây dựng nông thôn mới ở xã {commune}",
        "Vận động nông dân chuyển đổi cơ cấu cây trồng tại huyện {place}",
        "Khéo vận động hợp tác xã tham gia các phong trào thi đua chuyên đề",
    ]),
    ("mô hình kinh tế tập thể", [
        "Hợp tác xã kiểu mới sản xuất {product} theo chuỗi giá trị",
        "Liên kết tiêu thụ {product} với doanh nghiệp tại huyện {place}",
    ]),
    ("bằng khen của UBND tỉnh", [
        "Thành tích xuất sắc trong phong trào thi đua năm {year}",
        "Hoàn thành xuất sắc nhiệm vụ phát triển kinh tế tập thể",
        "Thành tích xuất sắc trong phong trào “{movement}”",
    ]),
    ("giấy khen", [
        "Tập thể hoàn thành tốt nhiệm vụ năm {year}",
        "Thành tích trong công tác tuyên truyền Luật Hợp tác xã",
    ]),
    ("danh hiệu Tập thể lao động tiên tiến", ["Tập thể lao động tiên tiến năm {year}"]),
    ("cờ thi đua", ["Đơn vị dẫn đầu phong trào thi đua khối hợp tác xã năm {year}"]),
    ("điển hình tiên tiến", ["Điển hình tiên tiến trong sản xuất {product}"]),
]
ACHIEVEMENT_UNITS = [
    "Hợp tác xã Nông nghiệp {place}", "Hợp tác xã Thủy sản {place}", "Chi bộ Văn phòng Liên minh HTX tỉnh",
    "Công đoàn cơ sở Liên minh HTX", "Đoàn Thanh niên Liên minh HTX tỉnh", "Tổ hợp tác sản xuất {product} xã {commune}",
]
LEVELS = [("cấp cơ sở", 35), ("cấp huyện", 30), ("cấp tỉnh", 25), ("cấp bộ, ngành", 7), ("cấp trung ương", 3)]
STATUSES = [("đăng ký", 25), ("đề nghị", 15), ("đang xét duyệt", 10), ("công nhận", 35), ("trao tặng", 15)]
DECIDED = {"công nhận", "trao tặng"}
ISSUERS = ["QĐ-UBND", "QĐ-LMHTX", "QĐ-UBND", "QĐ-TU", "QĐ-LĐLĐ"]
IMAGE_ALTS = [
    "Quang cảnh {event}", "Đại biểu tham quan mô hình sản xuất {product}", "Lãnh đạo trao giấy khen cho các tập thể",
    "Thành viên hợp tác xã thu hoạch {product}", "Các đại biểu chụp ảnh lưu niệm", "Sản phẩm {product} được trưng bày",
]

# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------


def slugify(text):
    """Same rule as bantin: lowercase ASCII, tone marks removed, đ→d,
    punctuation dropped, words joined by '-'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def hugo_term_key(text):
    """The URL part Hugo (removePathAccents = true) gives a taxonomy term:
    accents stripped but đ kept, lowercased, spaces -> '-'. Tags hold only
    letters, digits and spaces (see tag_vocabulary), so punctuation rules that
    differ between Hugo versions never apply."""
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", "-", text.lower().strip())


def nfc(s):
    return unicodedata.normalize("NFC", s)


def q(s):
    """Double-quoted scalar valid in both YAML and TOML."""
    return json.dumps(nfc(s), ensure_ascii=False)


def capitalized(s):
    return s[:1].upper() + s[1:]


def tag_vocabulary():
    """TAG_VOCABULARY_SIZE distinct tags (by slug), the hand-written ones first:
    tags drawn by rank, so these are the common ones."""
    candidates = list(BASE_TAGS) + MORE_TAGS
    candidates += [capitalized(p) for p in PRODUCTS] + [f"Xã {c}" for c in COMMUNES] + MOVEMENTS + PLACES
    candidates += [p.format(place=place) for p in TAG_PATTERNS for place in PLACES]
    tags, slugs = [], set()
    for tag in candidates:
        if re.search(r"[^\w ]", tag):  # letters, digits and spaces only: see hugo_term_key
            continue
        if slugify(tag) not in slugs:
            slugs.add(slugify(tag))
            tags.append(nfc(tag))
    if len(tags) < TAG_VOCABULARY_SIZE:
        sys.exit(f"generate-site: only {len(tags)} distinct tags, {TAG_VOCABULARY_SIZE} wanted")
    return tags[:TAG_VOCABULARY_SIZE]


TAGS = tag_vocabulary()
# Zipf-like popularity: the tag of rank k is drawn about 1/(k + 5) as often as any.
TAG_CUMULATIVE_WEIGHTS = []
for _rank in range(len(TAGS)):
    TAG_CUMULATIVE_WEIGHTS.append((TAG_CUMULATIVE_WEIGHTS[-1] if TAG_CUMULATIVE_WEIGHTS else 0) + 1 / (_rank + 5))


class Slots(dict):
    """Template slot values, drawn from the RNG only when a template uses them."""

    FILLERS = {
        "place": lambda r: r.choice(PLACES),
        "half": lambda r: r.choice(HALVES),
        "num": lambda r: r.randint(2, 35),
        "num2": lambda r: r.randint(2, 20),
        "movement": lambda r: r.choice(MOVEMENTS),
        "topic": lambda r: r.choice(TOPICS),
        "product": lambda r: r.choice(PRODUCTS),
        "role": lambda r: r.choice(ROLES).format(place=r.choice(PLACES)),
        "org": lambda r: r.choice(SUBJECTS).format(place=r.choice(PLACES)),
        "event": lambda r: r.choice(EVENTS),
        "big": lambda r: r.randint(180, 420),
        "big2": lambda r: r.randint(900, 2400),
        "thousands": lambda r: r.randint(8, 40),
        "money": lambda r: f"{r.randint(150, 9800):,}".replace(",", "."),
        "pct": lambda r: r.randint(5, 78),
        "days": lambda r: r.randint(2, 5),
        "standard": lambda r: r.choice(STANDARDS),
        "yield_": lambda r: f"{r.randint(55, 82) / 10:.1f}".replace(".", ","),
        "stars": lambda r: r.choice([3, 3, 4]),
        "occasion": lambda r: r.choice(OCCASIONS),
        "commune": lambda r: r.choice(COMMUNES),
        "quarter": lambda r: r.choice(["I", "II", "III", "IV"]),
        "d": lambda r: f"ngày {r.randint(1, 28)}/{r.randint(1, 12)}",
    }

    def __init__(self, r, year):
        super().__init__(year=year, next_year=year + 1)
        self.r = r

    def __missing__(self, key):
        r = self.r
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
        value = self.FILLERS[key](r)
        self[key] = value
        return value


def words(text):
    return len(text.split())


class SentencePool:
    """SENTENCES_PER_YEAR filled-in sentences per year, with their word counts.
    Filling a template costs more than picking one, and a body has ~50
    sentences: drawing bodies from a pool keeps 100,000 articles under a
    minute. The pool for a year is made the first time a body of that year
    needs it, from its own seed, so the output does not depend on order."""

    def __init__(self, seed):
        self.seed = seed
        self.by_year = {}

    def __call__(self, year):
        pool = self.by_year.get(year)
        if pool is None:
            r = random.Random(f"sentences {self.seed} {year}")
            pool = []
            for _ in range(SENTENCES_PER_YEAR):
                s = nfc(r.choice(SENTENCES).format_map(Slots(r, year)))
                pool.append((s, words(s)))
            self.by_year[year] = pool
        return pool


class Article:
    """One article: its metadata, and its body made on demand."""

    __slots__ = ("n", "date", "title", "slug", "category", "tags", "author", "summary", "achievements", "body")


class Gen:
    def __init__(self, seed):
        self.seed = seed
        self.sentences = SentencePool(seed)

    def title(self, r, year):
        while True:
            s = Slots(r, year)
            parts = [r.choice(SUBJECTS), r.choice(PREDICATES), r.choice(TAILS)]
            t = " ".join(p.format_map(s) for p in parts if p)
            if 8 <= len(t.split()) <= 15:  # leaves room for a de-duplicating number
                return nfc(t), parts[0].format_map(s)  # title, and who it is about

    def summary(self, r, subject, year):
        s = Slots(r, year)
        s["org"] = subject
        lead = r.choice([
            "Sáng {d}, {org} đã tổ chức {event} với sự tham dự của đông đảo cán bộ, đảng viên và thành viên hợp tác xã.",
            "Vừa qua, {org} phối hợp với các đơn vị liên quan triển khai nhiều hoạt động thiết thực, hướng về cơ sở.",
            "Nhằm thúc đẩy kinh tế tập thể phát triển, {org} đã có nhiều giải pháp hỗ trợ hợp tác xã trong năm {year}.",
        ])
        return nfc(lead.format_map(s))

    def tags(self, r):
        chosen = []
        want = r.randint(TAGS_MIN, TAGS_MAX)
        total = TAG_CUMULATIVE_WEIGHTS[-1]
        while len(chosen) < want:
            tag = TAGS[bisect.bisect(TAG_CUMULATIVE_WEIGHTS, r.random() * total)]
            if tag not in chosen:
                chosen.append(tag)
        return chosen

    def achievements(self, r, date):
        """No records for 70 % of articles, else 1 to 3 that bantin accepts
        without a warning: the year is never after the article's, and two
        reports of one achievement (same title, year and unit) agree on its
        level and decision, since those are drawn from the achievement itself.
        Only the status differs between reports, as it moves on over a year."""
        if r.random() >= ACHIEVEMENT_SHARE:
            return []
        records, identities = [], set()
        for _ in range(r.randint(1, 3)):
            year = date.year - (1 if r.random() < 0.25 else 0)
            s = Slots(r, year)
            kind, titles = r.choice(ACHIEVEMENT_KINDS)
            title = capitalized(r.choice(titles).format_map(s))
            unit = r.choice(ACHIEVEMENT_UNITS).format_map(s)
            if (title, unit) in identities:  # bantin warns about a record listed twice in one article
                continue
            identities.add((title, unit))
            own = random.Random(f"achievement {title} {year} {unit}")
            level = own.choices([v for v, _ in LEVELS], [w for _, w in LEVELS])[0]
            decision = f"{own.randint(10, 4999)}/{own.choice(ISSUERS)}"
            decided_on = dt.datetime(year, 1, 1, tzinfo=TZ) + dt.timedelta(days=own.randrange(365))
            status = r.choices([v for v, _ in STATUSES], [w for _, w in STATUSES])[0]
            if status in DECIDED and decided_on > date:  # not decided yet when the article was written
                status = "đề nghị"
            record = [("title", title), ("kind", kind), ("level", level), ("year", year), ("status", status), ("unit", unit)]
            if status in DECIDED:
                record += [("decision", decision), ("date", decided_on.strftime("%d/%m/%Y"))]
            records.append(record)
        return records

    def body(self, r, n, year, author):
        """WORDS_MIN to WORDS_MAX words: paragraphs of pooled sentences, with
        headings, lists and links now and then, and two images (referenced,
        never created) with captions under them."""
        pool = self.sentences(year)
        target = r.randint(WORDS_MIN, WORDS_MAX)
        blocks, count = [], 0
        images = [(IMAGES_PER_ARTICLE * (n - 1) + k + 1) for k in range(IMAGES_PER_ARTICLE)]
        image_after = {0, r.randint(2, 4)}  # after the first paragraph and one further down

        def fits(w):
            return count + w <= target or count < WORDS_MIN

        paragraph_index = 0
        while count < target:
            if paragraph_index > 0 and r.random() < 0.18:
                heading = "## " + r.choice(HEADINGS)
                if not fits(words(heading) - 1):
                    break
                blocks.append(heading)
                count += words(heading) - 1
            sentences = []
            for _ in range(r.randint(3, 7)):
                s, w = r.choice(pool)
                if not fits(w):
                    break
                sentences.append(s)
                count += w
            if not sentences:
                break
            if r.random() < 0.2:
                text, url = r.choice(LINKS)
                link = f"Thông tin chi tiết xem tại [{text}]({url})."
                if fits(words(link)):
                    sentences.append(link)
                    count += words(link)
            blocks.append(" ".join(sentences))
            if paragraph_index in image_after and images:
                alt = r.choice(IMAGE_ALTS).format_map(Slots(r, year))
                caption = f"*{alt} tại huyện {r.choice(PLACES)}. (Ảnh: {author})*"
                blocks.append(f"![{alt}](media/{year}/anh-{images.pop(0)}.jpg)\n{caption}")
                count += words(alt) + words(caption)
            if r.random() < 0.12:
                items = [f"- {it};" for it in r.sample(LIST_ITEMS, r.randint(3, 5))]
                if fits(sum(words(it) - 1 for it in items)):
                    blocks.append("\n".join(items))
                    count += sum(words(it) - 1 for it in items)
            paragraph_index += 1
        for image in images:  # a short body still references both images
            alt = r.choice(IMAGE_ALTS).format_map(Slots(r, year))
            blocks.append(f"![{alt}](media/{year}/anh-{image}.jpg)")
        return nfc("\n\n".join(blocks)) + "\n"

    def articles(self, count):
        """The articles oldest first, one at a time; each from its own seed, so
        its text does not depend on the ones before it (only a duplicate title
        does: it gets a number)."""
        r = random.Random(self.seed)
        span = int((END_DAY - FIRST_DAY).total_seconds() // 60)
        minutes = sorted(r.randrange(span) for _ in range(count))
        seen = set()
        for n, minute in enumerate(minutes, 1):
            ar = random.Random(f"article {self.seed} {n}")
            date = FIRST_DAY + dt.timedelta(minutes=minute)
            for _ in range(40):  # re-draw a few times before numbering a duplicate
                title, subject = self.title(ar, date.year)
                if slugify(title) not in seen:
                    break
            base, k = title, 1
            while slugify(title) in seen:
                k += 1
                title = f"{base} ({k})"
            a = Article()
            a.n, a.date, a.title, a.slug = n, date, title, slugify(title)
            seen.add(a.slug)
            a.category = ar.choices(CATEGORIES, CATEGORY_WEIGHTS)[0]
            a.tags = self.tags(ar)
            a.author = ar.choice(AUTHORS)
            a.summary = self.summary(ar, subject, date.year)
            a.achievements = self.achievements(ar, date)
            a.body = self.body(ar, n, date.year, a.author)
            yield a


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


class Tree:
    """Writes files under a root, making each folder once."""

    def __init__(self, root):
        self.root = root
        self.folders = set()

    def write(self, relative, text):
        path = os.path.join(self.root, relative)
        folder = os.path.dirname(path)
        if folder not in self.folders:
            os.makedirs(folder, exist_ok=True)
            self.folders.add(folder)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


def yaml_list(items):
    return "[" + ", ".join(q(i) for i in items) + "]"


def achievements_yaml(records):
    """The records as a block list, every value quoted (`cấp bộ, ngành` has a comma)."""
    if not records:
        return ""
    lines = ["achievements:"]
    for record in records:
        for i, (key, value) in enumerate(record):
            text = str(value) if key == "year" else q(value)
            lines.append(("  - " if i == 0 else "    ") + f"{key}: {text}")
    return "\n".join(lines) + "\n"


class BantinWriter:
    def __init__(self, root, templates):
        self.tree = Tree(root)
        c = SITE["contact"]
        self.tree.write("content/site.yml", (
            f"title: {SITE['title']}\n"
            f"tagline: {SITE['tagline']}\n"
            f"base_url: {SITE['base_url']}\n"
            f"timezone: {SITE['timezone']}\n"
            f"per_page: {SITE['per_page']}\n"
            f"permalink: {SITE['permalink']}\n"
            f"menu: [{', '.join(SITE['menu'])}]\n"
            f"contact: {{address: {q(c['address'])}, phone: {q(c['phone'])}, email: {q(c['email'])}}}\n"
        ))
        os.makedirs(os.path.join(root, "content", "media"), exist_ok=True)  # present but empty: images are missing
        for slug, title, body in PAGES:
            self.tree.write(f"content/pages/{slug}.md", f"---\ntitle: {q(title)}\n---\n{body}")
        shutil.copytree(templates, os.path.join(root, "templates"))

    def add(self, a):
        self.tree.write(f"content/articles/{a.date.year}/{a.n}.md", (
            "---\n"
            f"title: {q(a.title)}\n"
            f"date: {a.date.strftime('%d/%m/%Y %H:%M')}\n"
            f"category: {a.category}\n"
            f"tags: {yaml_list(a.tags)}\n"
            f"author: {q(a.author)}\n"
            f"summary: {q(a.summary)}\n"
            + achievements_yaml(a.achievements) +
            "---\n" + a.body))


class HugoWriter:
    def __init__(self, root):
        self.tree = Tree(root)
        with open(os.path.join(HUGO_SKELETON, "config.toml.tmpl"), encoding="utf-8") as f:
            tmpl = string.Template(f.read())
        menu = "\n".join(
            f"[[menu.main]]\n  name = {q(m)}\n  url = {q('/chuyen-muc/' + hugo_term_key(m) + '/')}\n  weight = {i + 1}\n"
            for i, m in enumerate(SITE["menu"]))
        c = SITE["contact"]
        self.tree.write("config.toml", tmpl.substitute(
            base_url=q(SITE["base_url"]), title=q(SITE["title"]), tagline=q(SITE["tagline"]),
            timezone=q(SITE["timezone"]), per_page=SITE["per_page"],
            address=q(c["address"]), phone=q(c["phone"]), email=q(c["email"]), menu=menu))
        for slug, title, body in PAGES:
            self.tree.write(f"content/{slug}.md", f"---\ntitle: {q(title)}\nslug: {slug}\n---\n{body}")
        shutil.copytree(os.path.join(HUGO_SKELETON, "layouts"), os.path.join(root, "layouts"))

    def add(self, a):
        # The achievements are carried along unused, so Hugo parses as much front matter as bantin.
        self.tree.write(f"content/posts/{a.n}.md", (
            "---\n"
            f"title: {q(a.title)}\n"
            f"date: {a.date.isoformat()}\n"
            f"slug: {a.slug}\n"
            f"categories: [{q(a.category)}]\n"
            f"tags: {yaml_list(a.tags)}\n"
            f"author: {q(a.author)}\n"
            f"description: {q(a.summary)}\n"
            + achievements_yaml(a.achievements) +
            "---\n" + a.body))


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

    started = time.perf_counter()
    writers = []
    if args.bantin:
        prepare_dir(args.bantin)
        writers.append(BantinWriter(args.bantin, args.templates))
    if args.hugo:
        prepare_dir(args.hugo)
        writers.append(HugoWriter(args.hugo))
    total_words = total_bytes = with_achievements = 0
    for a in Gen(args.seed).articles(args.count):
        for w in writers:
            w.add(a)
        total_words += words(a.body)
        total_bytes += len(a.body.encode("utf-8"))
        with_achievements += bool(a.achievements)
    print(f"generate-site: {args.count} articles (seed {args.seed}; {total_words / args.count:.0f} words, "
          f"{total_bytes / args.count / 1024:.1f} KiB of Markdown body on average; "
          f"{with_achievements} with achievements; {IMAGES_PER_ARTICLE * args.count} missing images; "
          f"{len(TAGS)} tags, {len(CATEGORIES)} categories) in {time.perf_counter() - started:.1f} s"
          + (f" -> bantin {args.bantin}" if args.bantin else "")
          + (f", hugo {args.hugo}" if args.hugo else ""))


if __name__ == "__main__":
    main()
