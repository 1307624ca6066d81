// The English catalogue: site.yml and the addresses written in it.

extension PublishAddress.Problem {
    public var english: String {
        switch self {
        case .unknownScheme(let scheme):
            "unknown kind of address \"\(scheme)://\"; use sftp://, ftp://, ftps://, file:// or a folder path"
        case .missingHost:
            "the address has no server name; write it like sftp://tin@may-chu.vn/var/www/tin"
        case .missingUser:
            "the FTP address has no user name; write it like ftps://tin@may-chu.vn/public_html"
        case .passwordInAddress:
            "do not write the password in the address; remove \":password\" and put the password in the environment variable BANTIN_FTP_PASSWORD (or type it when asked)"
        case .badPort(let port):
            "port \"\(port)\" is not valid; a port is a number from 1 to 65535"
        case .missingPath:
            "the address has no folder on the server; write it like sftp://tin@may-chu.vn/var/www/tin"
        case .queryOrFragment:
            "the address must not have a \"?…\" or \"#…\" part"
        case .unreadable:
            "this address cannot be read; write it like sftp://tin@may-chu.vn/var/www/tin or /srv/www/tin"
        }
    }
}
