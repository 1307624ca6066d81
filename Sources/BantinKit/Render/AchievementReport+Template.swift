/// The report's template: part of bantin rather than of the theme, because the report is a document
/// with a fixed form (A4, official-report layout) and must stay self-contained whatever the theme does.
extension AchievementReport {
    static let template = """
    <!DOCTYPE html>
    <html lang="{{language}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Báo cáo thành tích năm {{year}} – {{organisation}}</title>
    <style>
    @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
    html { background: #e9e9e9; }
    body { margin: 0; color: #000; font: 13pt/1.45 "Times New Roman", Times, "Liberation Serif", "Noto Serif", serif; }
    .sheet { box-sizing: border-box; width: 100%; max-width: 210mm; margin: 1rem auto; padding: 20mm 15mm 20mm 30mm; background: #fff; box-shadow: 0 0 4px rgba(0, 0, 0, 0.3); }
    .title-block { text-align: center; }
    .title-block p { margin: 0; text-align: center; }
    .organisation { font-weight: bold; text-transform: uppercase; }
    .title-block hr { width: 30%; margin: 4pt auto 0; border: 0; border-top: 1px solid #000; }
    h1 { font-size: 14pt; text-transform: uppercase; margin: 18pt 0 0; text-align: center; }
    .subtitle { font-style: italic; margin: 2pt 0 12pt; text-align: center; }
    h2 { font-size: 13pt; margin: 14pt 0 6pt; }
    h3 { font-size: 13pt; font-style: italic; margin: 10pt 0 4pt; }
    p { margin: 0 0 6pt; text-align: justify; }
    table { width: 100%; border-collapse: collapse; margin: 0 0 8pt; font-size: 12pt; line-height: 1.3; }
    th, td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; text-align: left; }
    th { text-align: center; font-weight: bold; }
    .number, .count { text-align: center; white-space: nowrap; }
    .records { table-layout: fixed; }
    .records .c-number { width: 6%; }
    .records .c-title { width: 30%; }
    .records .c-kind { width: 13%; }
    .records .c-unit { width: 18%; }
    .records .c-status { width: 11%; }
    .records .c-decision { width: 12%; }
    .records .c-sources { width: 10%; }
    .cited { text-align: center; }
    .totals { width: auto; min-width: 50%; }
    .sources { padding-left: 1.5em; }
    .sources li { margin-bottom: 3pt; overflow-wrap: anywhere; }
    .sources a { color: inherit; text-decoration: none; }
    .made-on { margin-top: 18pt; font-size: 11pt; font-style: italic; text-align: right; }
    @media print {
      html { background: none; }
      .sheet { max-width: none; margin: 0; padding: 0; box-shadow: none; }
      h2, h3 { break-after: avoid; }
      tr { break-inside: avoid; }
    }
    @media (max-width: 40rem) {
      .sheet { padding: 1rem; }
    }
    </style>
    </head>
    <body>
    <main class="sheet">
    <header class="title-block">
    <p class="organisation">{{organisation}}</p>
    <hr>
    <h1>Báo cáo thành tích năm {{year}}</h1>
    <p class="subtitle">Tổng hợp từ các bài viết đăng trên trang thông tin điện tử</p>
    </header>
    <section>
    <h2>I. Tóm tắt</h2>
    <p>{{summary}}.</p>
    <table class="totals">
    <thead>
    <tr><th scope="col">Cấp</th><th scope="col">Số thành tích</th></tr>
    </thead>
    <tbody>
    {{#totals}}
    <tr><td>{{name}}</td><td class="count">{{count}}</td></tr>
    {{/totals}}
    <tr><th scope="row">Tổng cộng</th><td class="count"><strong>{{count}}</strong></td></tr>
    </tbody>
    </table>
    </section>
    <section>
    <h2>II. Danh sách thành tích</h2>
    {{#levels}}
    <h3>{{letter}}) {{name}} ({{count}})</h3>
    <table class="records">
    <colgroup><col class="c-number"><col class="c-title"><col class="c-kind"><col class="c-unit"><col class="c-status"><col class="c-decision"><col class="c-sources"></colgroup>
    <thead>
    <tr><th scope="col">STT</th><th scope="col">Tên thành tích</th><th scope="col">Loại</th><th scope="col">Đơn vị</th><th scope="col">Tình trạng</th><th scope="col">Quyết định</th><th scope="col">Nguồn</th></tr>
    </thead>
    <tbody>
    {{#records}}
    <tr><td class="number">{{number}}</td><td>{{title}}</td><td>{{kind}}</td><td>{{unit}}</td><td>{{status}}</td><td>{{decision}}</td><td class="cited">{{sources}}</td></tr>
    {{/records}}
    </tbody>
    </table>
    {{/levels}}
    </section>
    <section>
    <h2>III. Bài viết nguồn</h2>
    <ol class="sources">
    {{#articles}}
    <li>{{title}} ({{date}}): <a href="{{url}}">{{url}}</a></li>
    {{/articles}}
    </ol>
    </section>
    <p class="made-on">Lập ngày {{made_on}} từ {{site_url}}</p>
    </main>
    </body>
    </html>

    """
}
