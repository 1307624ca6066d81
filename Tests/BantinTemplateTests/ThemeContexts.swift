import BantinTemplate

/// Hand-made contexts shaped like the template variables the README documents, with the awkward
/// values real sites have: Vietnamese, `& < > " '`, a `{`, empty text, `0`, and `false` for each
/// optional field.
enum ThemeContexts {
    static let site: TemplateValue = [
        "title": "Liên minh Hợp tác xã tỉnh \"Bình Định\" & <Đối tác>",
        "tagline": "Đoàn kết – Hợp tác – Phát triển",
        "language": "vi",
        "base_url": "https://lmhtx.example/",
        "home_url": "/",
        "rss_url": "/rss.xml",
        "bulletins_url": "/ban-tin/",
        "achievements_url": "/thanh-tich/",
        "menu": [
            ["name": "Chi bộ", "url": "/chuyen-muc/chi-bo/", "slug": "chi-bo"],
            ["name": "Tin hoạt động", "url": "/chuyen-muc/tin-hoat-dong/", "slug": "tin-hoat-dong"],
        ],
        "contact": ["address": "số 1 Lê Lợi, Quy Nhơn", "phone": "0256 3 822 222", "email": "lienminh@example.vn"],
        "pages": [["title": "Giới thiệu", "url": "/gioi-thieu/"], ["title": "Liên hệ", "url": "/lien-he/"]],
        "has_pages": true,
    ]

    static func page(_ title: String, og: String = "article", image: TemplateValue = false) -> TemplateValue {
        [
            "title": .text(title),
            "full_title": .text(title + " - Liên minh HTX"),
            "description": "Mô tả có 'dấu nháy' và {ngoặc}",
            "url": "/2021/11/bai-viet/",
            "canonical_url": "https://lmhtx.example/2021/11/bai-viet/",
            "encoded_url": "https%3A%2F%2Flmhtx.example%2F2021%2F11%2Fbai-viet%2F",
            "og_type": .text(og),
            "image": image,
        ]
    }

    static let breadcrumb: TemplateValue = [["name": "Trang chủ", "url": "/"], ["name": "Chi bộ", "url": "/chuyen-muc/chi-bo/"]]

    static func summary(_ number: Int, cover: Bool, lead: TemplateValue = "Tóm tắt <b>đậm</b> & rõ") -> TemplateValue {
        let image: TemplateValue = ["src": .text("/media/2021/anh-\(number).jpg"), "alt": "Ảnh hội nghị", "caption": cover ? "Chú thích ảnh" : false, "width": 800, "height": 0]
        return [
            "title": .text("Bài số \(number): “Dân vận khéo” ở chi bộ"),
            "url": .text("/2021/11/bai-\(number)/"),
            "datetime": "2021-11-09T09:40:00+07:00",
            "time": "09:40 | 09/11/2021",
            "date": "09/11/2021",
            "lead": lead,
            "cover": cover ? image : false,
            "thumbnail": cover ? image : ["src": "/media/x.svg", "width": false, "height": false],
            "category": number.isMultiple(of: 2) ? ["name": "Chi bộ", "url": "/chuyen-muc/chi-bo/"] : false,
        ]
    }

    static let record: TemplateValue = [
        "number": 1, "title": "Mô hình “Dân vận khéo”", "kind": "Mô hình", "level": "cấp tỉnh", "status": "được công nhận",
        "unit": "Chi bộ Liên minh", "decision": "12/QĐ-UBND", "date": "15/12/2021", "year": 2021, "year_url": "/thanh-tich/2021/",
        "articles": [summary(1, cover: false)], "article": ["title": "Bài & tin", "url": "/2021/11/bai-1/"],
    ]

    static let bareRecord: TemplateValue = [
        "number": 2, "title": "Gương điển hình", "kind": false, "level": "cấp cơ sở", "status": "đề nghị",
        "unit": false, "decision": false, "date": false, "year": 2022, "year_url": "/thanh-tich/2022/",
        "articles": [], "article": ["title": "Bài khác", "url": "/2022/01/bai/"],
    ]

    static let article: TemplateValue = [
        "site": site, "page": page("Bài viết"), "breadcrumb": breadcrumb, "has_breadcrumb": true,
        "article": merged(summary(2, cover: true), [
            "body": "<p>Nội dung <em>HTML</em> &amp; ảnh</p>\n<figure><img src=\"/media/a.jpg\"></figure>",
            "summary": "Tóm tắt bài",
            "author": "Nguyễn Văn A",
            "tags": [["name": "dân vận", "url": "/tu-khoa/dan-van/"], ["name": "HTX", "url": "/tu-khoa/htx/"]],
            "has_tags": true,
            "related": [summary(3, cover: false), summary(4, cover: true, lead: "")],
            "has_related": true,
            "newer": summary(5, cover: false),
            "older": false,
            "achievements": [record, bareRecord],
            "has_achievements": true,
        ]),
    ]

    static let plainArticle: TemplateValue = [
        "site": merged(site, ["tagline": false, "bulletins_url": false, "achievements_url": false, "has_pages": false, "pages": []]),
        "page": page("Bài không ảnh"), "breadcrumb": [], "has_breadcrumb": false,
        "article": merged(summary(7, cover: false, lead: false), [
            "body": "", "summary": false, "author": false, "tags": [], "has_tags": false, "related": [], "has_related": false,
            "newer": false, "older": summary(6, cover: false), "achievements": [], "has_achievements": false,
        ]),
    ]

    static let home: TemplateValue = [
        "site": site, "page": page("Trang chủ", og: "website", image: "https://lmhtx.example/media/logo.png"),
        "breadcrumb": [], "has_breadcrumb": false,
        "list": [
            "heading": "Tin mới", "kind": "home", "is_home": true, "is_category": false, "is_tag": false,
            "articles": [summary(1, cover: true), summary(2, cover: false), summary(3, cover: true)],
            "lead_article": summary(1, cover: true),
            "other_articles": [summary(2, cover: false), summary(3, cover: true)],
            "category_blocks": [["name": "Chi bộ", "url": "/chuyen-muc/chi-bo/", "slug": "chi-bo", "articles": [summary(2, cover: true), summary(4, cover: false)]]],
            "has_category_blocks": true, "empty_message": false, "rss_url": "/rss.xml", "page_number": 1, "page_count": 3,
            "pagination": [
                "label": "Trang",
                "pages": [["number": 1, "url": "/", "current": true, "gap": false], ["gap": true, "number": false], ["number": 3, "url": "/trang/3/", "current": false, "gap": false]],
                "previous": false,
                "next": ["url": "/trang/2/", "label": "Sau"],
            ],
        ],
    ]

    static let emptyCategory: TemplateValue = [
        "site": site, "page": page("Chi bộ", og: "website"), "breadcrumb": breadcrumb, "has_breadcrumb": true,
        "list": [
            "heading": "Chi bộ", "kind": "category", "is_home": false, "is_category": true, "is_tag": false,
            "articles": [], "lead_article": false, "other_articles": [], "category_blocks": [], "has_category_blocks": false,
            "empty_message": "Chưa có bài viết nào.", "rss_url": false, "page_number": 2, "page_count": 2, "pagination": false,
        ],
    ]

    static let document: TemplateValue = [
        "site": site, "page": page("Giới thiệu"), "breadcrumb": breadcrumb, "has_breadcrumb": true,
        "document": ["title": "Giới thiệu", "body": "<p>Liên minh & các HTX</p>", "url": "/gioi-thieu/",
                     "cover": ["src": "/media/b.png", "alt": "", "caption": false, "width": false, "height": false], "author": false],
        "not_found": ["message": "Không tìm thấy trang <này>.", "home_url": "/"],
    ]

    static let bulletin: TemplateValue = [
        "site": site, "page": page("Bản tin"), "breadcrumb": breadcrumb, "has_breadcrumb": true,
        "has_bulletins": true,
        "bulletins": [["title": "Bản tin tháng 11", "url": "/ban-tin/thang-11-2021/", "number_label": "Số 11", "period": "01/11/2021 – 30/11/2021", "article_count": 0]],
        "bulletin": [
            "title": "Bản tin Liên minh HTX tháng 11/2021", "number": 11, "number_label": "Số 11",
            "period": "01/11/2021 – 30/11/2021", "from": "01/11/2021", "to": "30/11/2021",
            "note": "<p>Lời ban biên tập</p>", "has_note": true,
            "featured": [summary(1, cover: true)], "has_featured": true,
            "groups": [["name": "Chi bộ", "url": "/chuyen-muc/chi-bo/", "articles": [summary(2, cover: false), summary(4, cover: true)]]],
            "article_count": 3, "url": "/ban-tin/thang-11-2021/", "absolute_url": "https://lmhtx.example/ban-tin/thang-11-2021/",
            "email_url": "/ban-tin/thang-11-2021/email.html", "organisation": "Liên minh HTX",
            "achievements": [record, bareRecord], "has_achievements": true,
        ],
    ]

    static let achievements: TemplateValue = [
        "site": site, "page": page("Thành tích"), "breadcrumb": breadcrumb, "has_breadcrumb": true,
        "achievements": [
            "heading": "Thành tích", "intro": "Các thành tích", "count": 3, "chart": "<svg role=\"img\"><title>Biểu đồ</title></svg>",
            "chart_title": "Số thành tích theo cấp", "levels": [["name": "cấp tỉnh", "slug": "cap-tinh"], ["name": "cấp cơ sở", "slug": "cap-co-so"]],
            "years": [["year": 2021, "url": "/thanh-tich/2021/", "count": 2, "summary": "Năm 2021: 02 mô hình", "counts": [["count": 1], ["count": 0]], "total": 1, "csv_url": "/thanh-tich/2021.csv", "json_url": "/thanh-tich/2021.json"]],
        ],
        "achievement_year": [
            "year": 2021, "heading": "Thành tích năm 2021", "summary": "Năm 2021: 02 mô hình “Dân vận khéo”", "count": 2,
            "csv_url": "/thanh-tich/2021.csv", "json_url": "/thanh-tich/2021.json", "index_url": "/thanh-tich/",
            "newer": ["year": 2022, "url": "/thanh-tich/2022/"], "older": false,
            "levels": [["name": "cấp tỉnh", "slug": "cap-tinh", "count": 2, "kinds": [["name": "Mô hình", "count": 2, "records": [record, bareRecord]]]]],
        ],
    ]

    /// Every context, by the page it imitates.
    static let all: [(name: String, value: TemplateValue)] = [
        ("article", article), ("plain article", plainArticle), ("home", home), ("empty category", emptyCategory),
        ("page and 404", document), ("bulletin", bulletin), ("achievements", achievements),
    ]

    static func merged(_ base: TemplateValue, _ extra: TemplateObject) -> TemplateValue {
        guard case .object(var object) = base else { return base }
        for (key, value) in extra.fields { object[key] = value }
        return .object(object)
    }
}
