// The English catalogue: `bantin publish`, its help, its lines and its errors.

extension PublishMessage {
    public var english: String {
        switch self {
        case .dryRunHeading(let target, let sending, let bytes, let deleting, let unchanged):
            "Dry run for \(target): would send \(Wording.english(sending, "file")) (\(Wording.bytes(bytes, in: .english))), "
                + "delete \(Wording.english(deleting, "file")); \(Wording.english(unchanged, "file")) unchanged."
        case .dryRunAdd(let path, let bytes):
            "  add      \(path) (\(Wording.bytes(bytes, in: .english)))"
        case .dryRunReplace(let path, let bytes):
            "  replace  \(path) (\(Wording.bytes(bytes, in: .english)))"
        case .dryRunDelete(let path):
            "  delete   \(path)"
        case .dryRunDone:
            "Nothing was sent or deleted (--dry-run)."
        case .published(let target, let sent, let bytes, let deleted, let unchanged, let duration):
            "Published the site to \(target): sent \(Wording.english(sent, "file")) (\(Wording.bytes(bytes, in: .english))), "
                + "deleted \(Wording.english(deleted, "file")), \(Wording.english(unchanged, "file")) unchanged, "
                + "in \(Wording.seconds(duration, in: .english))."
        case .upToDate(let target, let unchanged):
            "\(target) already matches the built site (\(Wording.english(unchanged, "file"))): nothing to send."
        case .progress(let sentFiles, let totalFiles, let sentBytes, let totalBytes):
            "Sending: \(Wording.number(sentFiles, in: .english))/\(Wording.english(totalFiles, "file")), "
                + "\(Wording.bytes(sentBytes, in: .english))/\(Wording.bytes(totalBytes, in: .english))"
        case .plainFTP:
            "ftp:// sends the password and the files over the network unencrypted; use ftps:// if the server supports it"
        case .passwordPrompt(let user, let host):
            "FTP password for \(user)@\(host): "
        }
    }
}

extension PublishDestinationProblem {
    public var english: String {
        switch self {
        case .unknownName(let name, let known):
            let list = known.isEmpty ? "site.yml has no `publish:` section" : "site.yml has: \(known.joined(separator: ", "))"
            return "there is no publish target named \"\(name)\" (\(list)); write a name from `publish:` in site.yml, "
                + "or an address such as sftp://tin@may-chu.vn/var/www/tin or ./thu-muc"
        case .badAddress(let text, let problem):
            return "address \"\(text)\": \(problem.english)"
        }
    }
}

extension PublishFailure {
    public var english: String {
        switch self {
        case .siteFolderMissing(let folder):
            return "there is no built site in \(folder) (the folder is missing or empty); run `bantin build` first"
        case .unsendableName(let path):
            return "the file name \"\(path)\" holds a control character (such as a line break), so it cannot be sent; rename the source file and build the site again"
        case .unreadableLocalFile(let path):
            return "cannot read the file \(path) in the site folder; build the site again with `bantin build`"
        case .scratchUnwritable(let path):
            return "cannot write to \(path), where temporary files go on this computer; check that its disk has free space and run again "
                + "(files already sent will not be sent again; nothing has been deleted)"
        case .unreadableManifest:
            return "the file .bantin-manifest.json on the target is damaged or was not written by bantin; delete it on the server and run again: the whole site will be sent again"
        case .unknownHost(let host, let port):
            let login = port == 22 ? "ssh NAME@\(host)" : "ssh -p \(port) NAME@\(host)"
            return "the server \(host) is not in the list of known servers (known_hosts), so there is no telling yet that it really is your server. "
                + "Log in once with `\(login)`, compare the fingerprint it shows with the one your hosting provider gave you, "
                + "and type yes if they match; or name another known_hosts file with --known-hosts FILE"
        case .hostKeyChanged(let host):
            return "the identity key of the server \(host) differs from the key saved in known_hosts: the server may have been reinstalled, "
                + "or someone may be impersonating it. Nothing was sent; ask the server's administrator before changing known_hosts"
        case .keyRejected(let user, let host):
            return "the server \(host) does not accept the SSH key of the account \(user); check that the key (~/.ssh/id_ed25519, ~/.ssh/id_rsa "
                + "or the file given with --identity) has been added to \(user)'s ~/.ssh/authorized_keys on the server"
        case .passwordRejected(let user, let host):
            return "the server \(host) refused the login of \(user): wrong user name or password; check the password (the variable BANTIN_FTP_PASSWORD)"
        case .passwordMissing:
            return "there is no FTP password: set the environment variable BANTIN_FTP_PASSWORD, or run the command in a terminal window to be asked for it"
        case .connectionRefused(let host, let port):
            return "the server \(host) refused the connection on port \(port); check the address, the port, and that the server offers SFTP/FTP"
        case .hostNotFound(let host):
            return "cannot find the server \(host); check the server name and the network connection"
        case .timedOut(let host):
            return "the server \(host) does not answer; check the network connection and the firewall, then run again (files already sent will not be sent again)"
        case .tlsFailed(let host):
            return "cannot verify the TLS certificate of \(host), so the password was not sent; if the server uses a private certificate, name its root certificate with --ca-file FILE"
        case .diskFull:
            return "the server's disk is full (or the account has used up its space); free some space and run again (files already sent will not be sent again; nothing has been deleted)"
        case .missingRemoteFolder(let folder):
            return "the folder \(folder) does not exist on the target; check the path in the address, or create the folder first "
                + "(bantin does not create the top folder itself, so that a typo does not put the site somewhere unexpected)"
        case .permissionDenied(let folder):
            return "no permission to write to \(folder) on the server; check the account's permissions on that folder"
        case .toolMissing(let tool, let package):
            return "cannot find the program \(tool); install the package \(package) (sudo apt-get install \(package))"
        case .toolFailed(let tool, let status):
            return "sending failed: \(tool) stopped with exit status \(status) without saying why; run the command again to continue "
                + "(files already sent will not be sent again; nothing has been deleted)"
        case .transferFailed(let detail):
            return "sending failed: \(detail); run the command again to continue (files already sent will not be sent again; nothing has been deleted)"
        }
    }
}

extension PublishHelp {
    public var english: String {
        switch self {
        case .abstract:
            "Upload the built site to a server (SFTP, FTP/FTPS or a folder), sending only what changed."
        case .discussion:
            """
            TARGET is a name from `publish:` in content/site.yml, or an address: sftp://user@host[:port]/path, \
            ftp:// or ftps://user@host[:port]/path (inside the FTP account's home folder), file:///path or a folder path. \
            The target keeps .bantin-manifest.json (a hash of every file), so only changed files are sent and files the \
            site no longer has are deleted, whichever computer publishes. FTP passwords come from BANTIN_FTP_PASSWORD \
            or a prompt, never from site.yml.
            """
        case .target:
            "A name from `publish:` in site.yml, or an address."
        case .dryRun:
            "List what would be sent and deleted; change nothing."
        case .output:
            "The built site to send (default: site/ in the site folder)."
        case .identity:
            "SFTP: sign in with this SSH key only."
        case .knownHosts:
            "SFTP: check the server against this file instead of ~/.ssh/known_hosts."
        case .caFile:
            "FTPS: trust this CA certificate (a server with a private certificate)."
        }
    }
}
