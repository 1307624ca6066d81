import BantinKit
@testable import BantinPublish
import Foundation
import Testing

struct PublishAddressTests {
    static let base = URL(fileURLWithPath: "/home/tin/trang")

    @Test(arguments: [
        ("sftp://tin@host.vn/var/www/tin", PublishAddress(kind: .sftp, user: "tin", host: "host.vn", path: "/var/www/tin")),
        ("sftp://host.vn:2222/var/www/tin/", PublishAddress(kind: .sftp, host: "host.vn", port: 2222, path: "/var/www/tin")),
        ("ftps://tin@host.vn/public_html", PublishAddress(kind: .ftps, user: "tin", host: "host.vn", path: "/public_html")),
        ("ftp://tin@127.0.0.1:2121/", PublishAddress(kind: .ftp, user: "tin", host: "127.0.0.1", port: 2121, path: "/")),
        ("FTP://tin@host.vn/th%C6%B0%20m%E1%BB%A5c", PublishAddress(kind: .ftp, user: "tin", host: "host.vn", path: "/thư mục")),
        ("file:///srv/www/tin", PublishAddress(kind: .folder, path: "/srv/www/tin")),
        ("/srv/www/tin", PublishAddress(kind: .folder, path: "/srv/www/tin")),
        ("../ban-sao", PublishAddress(kind: .folder, path: "/home/tin/ban-sao")),
    ])
    func readsAddresses(text: String, expected: PublishAddress) throws {
        #expect(try PublishAddress(parsing: text, relativeTo: Self.base) == expected)
    }

    @Test(arguments: [
        ("http://host.vn/x", PublishAddress.Problem.unknownScheme("http")),
        ("sftp:///var/www", .missingHost),
        ("ftp://host.vn/public_html", .missingUser),
        ("ftps://tin:bi-mat@host.vn/public_html", .passwordInAddress),
        ("sftp://tin@host.vn:99999/x", .badPort("99999")),
        ("sftp://tin@host.vn", .missingPath),
        ("sftp://tin@host.vn/x?y=1", .queryOrFragment),
        ("", .missingPath),
    ])
    func refusesBadAddresses(text: String, problem: PublishAddress.Problem) {
        #expect(throws: problem) { try PublishAddress(parsing: text, relativeTo: Self.base) }
    }

    @Test func writesAddressesBackWithoutSecrets() throws {
        let address = try PublishAddress(parsing: "sftp://tin@host.vn:2222/var/www/tin", relativeTo: Self.base)
        #expect(address.description == "sftp://tin@host.vn:2222/var/www/tin")
    }

    @Test(arguments: [
        ("chinh", "chinh", "sftp://tin@host.vn/var/www/tin"),
        ("du-phong", "du-phong", "/home/tin/trang/ban-sao"),
        ("./chinh", nil, "/tmp/lam-viec/chinh"),
        ("ftps://tin@khac.vn/public_html", nil, "ftps://tin@khac.vn/public_html"),
    ])
    func choosesANamedTargetOrAnAddress(argument: String, name: String?, address: String) throws {
        let named = [
            "chinh": try PublishAddress(parsing: "sftp://tin@host.vn/var/www/tin", relativeTo: nil),
            "du-phong": try PublishAddress(parsing: "ban-sao", relativeTo: nil),
        ]
        let destination = try PublishDestination(choosing: argument, named: named, root: Self.base, workingFolder: URL(fileURLWithPath: "/tmp/lam-viec"))
        #expect(destination.name == name)
        #expect(destination.address.description == address)
    }

    @Test func aMistypedNameIsNotTakenForAFolder() {
        let named = ["chinh": PublishAddress(kind: .folder, path: "/srv")]
        #expect(throws: PublishDestination.Problem.unknownName("chnh", known: ["chinh"])) {
            try PublishDestination(choosing: "chnh", named: named, root: Self.base, workingFolder: Self.base)
        }
        #expect(PublishDestination.Problem.unknownName("chnh", known: ["chinh"]).vietnamese
            == "không có nơi đưa lên tên \"chnh\" (site.yml có: chinh); hãy viết một tên trong `publish:` của site.yml, "
            + "hoặc một địa chỉ như sftp://tin@may-chu.vn/var/www/tin hay ./thu-muc")
    }

    func load(_ yaml: String) throws -> SiteConfig {
        try SiteConfig.load(from: SourceFile(path: "content/site.yml", text: "title: Thử\nbase_url: https://thu.example/\n" + yaml))
    }

    @Test func siteYmlNamesTargets() throws {
        let config = try load("publish:\n  chinh: \"sftp://tin@host.vn/var/www/tin\"\n  du-phong: file:///srv/www/tin\n")
        #expect(config.publish == [
            "chinh": PublishAddress(kind: .sftp, user: "tin", host: "host.vn", path: "/var/www/tin"),
            "du-phong": PublishAddress(kind: .folder, path: "/srv/www/tin"),
        ])
    }

    @Test(arguments: [
        ("publish:\n  chinh: ftps://tin:123@host.vn/public_html\n", 4, 10, PublishAddress.Problem.passwordInAddress.message),
        ("publish:\n  chinh: gopher://host.vn/x\n", 4, 10, PublishAddress.Problem.unknownScheme("gopher").message),
        ("publish:\n  chinh: [a, b]\n", 4, 10, "địa chỉ của `chinh` phải là một dòng chữ"),
        ("publish: sftp://tin@host.vn/x\n", 3, 10, "`publish` phải là danh sách `tên: địa chỉ`"),
    ])
    func badTargetsInSiteYmlPointAtTheirLine(yaml: String, line: Int, column: Int, message: String) {
        let error = #expect(throws: BuildFailure.self) { try load(yaml) }
        #expect(error?.diagnostics.count == 1)
        let diagnostic = error?.diagnostics.first
        #expect(diagnostic?.path == "content/site.yml")
        #expect(diagnostic?.line == line)
        #expect(diagnostic?.column == column)
        #expect(diagnostic?.message.contains(message) == true, Comment(rawValue: diagnostic?.message ?? ""))
        #expect(diagnostic?.sourceLine == yaml.split(separator: "\n").map(String.init)[line - 3])
    }
}
