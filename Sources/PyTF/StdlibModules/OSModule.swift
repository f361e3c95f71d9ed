import Foundation
import Python

/// `os` and `os.path` (POSIX paths, as `posixpath` computes them).
enum OSModule {
    static func make(_ interp: Interpreter) -> PyModule {
        let m = PyModule(name: "os")
        m["sep"] = .str("/")
        m["name"] = .str("posix")
        m["linesep"] = .str("\n")
        m["curdir"] = .str(".")
        m["pardir"] = .str("..")
        // A copy of the environment: writes stay in the program.
        let env = PyDict()
        for (k, v) in ProcessInfo.processInfo.environment.sorted(by: { $0.key < $1.key }) {
            try? interp.dictSet(env, .str(k), .str(v))
        }
        m["environ"] = .object(env)
        m.function("getenv") { i, a in
            let p = try a.bind("getenv", ["key", "default"], required: 1)
            guard let key = p[0], key.asString != nil else { throw PyError.typeError("str expected, not \(p[0]?.typeName ?? "NoneType")") }
            return try i.dictGet(env, key) ?? p[1] ?? .none
        }
        m.function("getcwd") { _, _ in .str(FileManager.default.currentDirectoryPath) }
        m.function("cpu_count") { _, _ in .int(ProcessInfo.processInfo.activeProcessorCount) }
        m.function("listdir") { _, a in
            let p = a.count > 0 ? try stdlibString(a, 0, "listdir") : "."
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else { throw notFound(p) }
            guard isDir.boolValue else { throw PyError.os(PyType.NotADirectoryError, 20, "Not a directory", p) }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: p)) ?? []
            return .object(PyList(names.sorted().map { .str($0) }))
        }
        m.function("makedirs") { i, a in
            let p = try a.bind("makedirs", ["name", "mode", "exist_ok"], required: 1)
            guard let path = p[0]?.asString else { throw PyError.typeError("makedirs() argument must be str, not \(p[0]?.typeName ?? "NoneType")") }
            try i.checkFileAccess(path, write: true)
            let existOK = try p[2].map { try i.truthy($0) } ?? false
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
                if existOK && isDir.boolValue { return .none }
                throw PyError.os(PyType.FileExistsError, 17, "File exists", path)
            }
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw PyError.os(PyType.PermissionError, 13, "Permission denied", path)
            }
            return .none
        }
        m.function("mkdir") { i, a in
            let path = try stdlibString(a, 0, "mkdir")
            try i.checkFileAccess(path, write: true)
            if FileManager.default.fileExists(atPath: path) { throw PyError.os(PyType.FileExistsError, 17, "File exists", path) }
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            } catch {
                throw notFound(path)
            }
            return .none
        }
        for name in ["remove", "unlink"] {
            m.function(name) { i, a in
                let path = try stdlibString(a, 0, name)
                try i.checkFileAccess(path, write: true)
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw notFound(path) }
                if isDir.boolValue { throw PyError.os(PyType.IsADirectoryError, 21, "Is a directory", path) }
                do { try FileManager.default.removeItem(atPath: path) } catch { throw notFound(path) }
                return .none
            }
        }
        m.function("rmdir") { i, a in
            let path = try stdlibString(a, 0, "rmdir")
            try i.checkFileAccess(path, write: true)
            guard FileManager.default.fileExists(atPath: path) else { throw notFound(path) }
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            if !contents.isEmpty { throw PyError.os(PyType.OSError, 39, "Directory not empty", path) }
            do { try FileManager.default.removeItem(atPath: path) } catch { throw notFound(path) }
            return .none
        }
        let path = makePath()
        m["path"] = .object(path)
        return m
    }

    static func notFound(_ p: String) -> PyError {
        PyError.os(PyType.FileNotFoundError, 2, "No such file or directory", p)
    }

    // MARK: os.path (posixpath)

    static func join(_ parts: [String]) -> String {
        guard var path = parts.first else { return "" }
        for b in parts.dropFirst() {
            if b.hasPrefix("/") { path = b }
            else if path.isEmpty || path.hasSuffix("/") { path += b }
            else { path += "/" + b }
        }
        return path
    }

    /// `posixpath.split`: (head, tail).
    static func split(_ p: String) -> (String, String) {
        guard let slash = p.lastIndex(of: "/") else { return ("", p) }
        let cut = p.index(after: slash)
        var head = String(p[..<cut])
        let tail = String(p[cut...])
        if !head.isEmpty && head.contains(where: { $0 != "/" }) {
            while head.hasSuffix("/") { head.removeLast() }
        }
        return (head, tail)
    }

    /// `posixpath.splitext`: leading dots of the name are not an extension.
    static func splitext(_ p: String) -> (String, String) {
        let chars = Array(p)
        let sepIndex = chars.lastIndex(of: "/") ?? -1
        guard let dotIndex = chars.lastIndex(of: "."), dotIndex > sepIndex else { return (p, "") }
        var k = sepIndex + 1
        while k < dotIndex {
            if chars[k] != "." { return (String(chars[..<dotIndex]), String(chars[dotIndex...])) }
            k += 1
        }
        return (p, "")
    }

    /// `posixpath.normpath`.
    static func normpath(_ p: String) -> String {
        if p.isEmpty { return "." }
        var initial = 0
        if p.hasPrefix("/") { initial = p.hasPrefix("//") && !p.hasPrefix("///") ? 2 : 1 }
        var out: [Substring] = []
        for comp in p.split(separator: "/", omittingEmptySubsequences: true) {
            if comp == "." { continue }
            if comp == ".." {
                if initial == 0 && (out.isEmpty || out.last == "..") { out.append(comp) }
                else if !out.isEmpty { out.removeLast() }
                continue
            }
            out.append(comp)
        }
        let body = out.joined(separator: "/")
        let result = String(repeating: "/", count: initial) + body
        return result.isEmpty ? "." : result
    }

    static func makePath() -> PyModule {
        let path = PyModule(name: "posixpath")
        path["sep"] = .str("/")
        path.function("join") { _, a in
            try a.noKeywords("join")
            guard a.count > 0 else { throw PyError.typeError("join() missing 1 required positional argument: 'a'") }
            return .str(join(try (0..<a.count).map { try stdlibString(a, $0, "join") }))
        }
        path.function("exists") { _, a in .bool(FileManager.default.fileExists(atPath: try stdlibString(a, 0, "exists"))) }
        path.function("isdir") { _, a in
            var isDir: ObjCBool = false
            return .bool(FileManager.default.fileExists(atPath: try stdlibString(a, 0, "isdir"), isDirectory: &isDir) && isDir.boolValue)
        }
        path.function("isfile") { _, a in
            var isDir: ObjCBool = false
            return .bool(FileManager.default.fileExists(atPath: try stdlibString(a, 0, "isfile"), isDirectory: &isDir) && !isDir.boolValue)
        }
        path.function("isabs") { _, a in .bool(try stdlibString(a, 0, "isabs").hasPrefix("/")) }
        path.function("basename") { _, a in .str(split(try stdlibString(a, 0, "basename")).1) }
        path.function("dirname") { _, a in .str(split(try stdlibString(a, 0, "dirname")).0) }
        path.function("split") { _, a in
            let (h, t) = split(try stdlibString(a, 0, "split"))
            return .object(PyTuple([.str(h), .str(t)]))
        }
        path.function("splitext") { _, a in
            let (r, e) = splitext(try stdlibString(a, 0, "splitext"))
            return .object(PyTuple([.str(r), .str(e)]))
        }
        path.function("normpath") { _, a in .str(normpath(try stdlibString(a, 0, "normpath"))) }
        path.function("abspath") { _, a in
            let p = try stdlibString(a, 0, "abspath")
            return .str(normpath(p.hasPrefix("/") ? p : join([FileManager.default.currentDirectoryPath, p])))
        }
        path.function("expanduser") { _, a in
            let p = try stdlibString(a, 0, "expanduser")
            guard p == "~" || p.hasPrefix("~/") else { return .str(p) }
            let home = ProcessInfo.processInfo.environment["HOME"] ?? "/"
            return .str(home + p.dropFirst())
        }
        path.function("getsize") { _, a in
            let p = try stdlibString(a, 0, "getsize")
            guard let attrs = try? FileManager.default.attributesOfItem(atPath: p), let size = attrs[.size] as? Int else { throw notFound(p) }
            return .int(size)
        }
        return path
    }
}
