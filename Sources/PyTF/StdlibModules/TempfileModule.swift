import Foundation
import Python

/// `tempfile`: `mkdtemp`, `gettempdir`, `TemporaryDirectory`.
enum TempfileModule {
    static func gettempdir() -> String {
        var d = NSTemporaryDirectory()
        while d.count > 1 && d.hasSuffix("/") { d.removeLast() }
        return d
    }

    /// A new private directory `tmpXXXXXXXX` in the temporary directory.
    static func mkdtemp(prefix: String = "tmp", suffix: String = "", dir: String? = nil) throws -> String {
        let base = dir ?? gettempdir()
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789_")
        for _ in 0..<100 {
            let name = prefix + String((0..<8).map { _ in letters[Int.random(in: 0..<letters.count)] }) + suffix
            let path = OSModule.join([base, name])
            if FileManager.default.fileExists(atPath: path) { continue }
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false,
                                                        attributes: [.posixPermissions: 0o700])
                return path
            } catch {
                continue
            }
        }
        throw PyError(PyType.FileExistsError, "No usable temporary directory name found")
    }

    static func make() -> PyModule {
        let m = PyModule(name: "tempfile")
        m.function("mkdtemp") { i, a in
            let p = try a.bind("mkdtemp", ["suffix", "prefix", "dir"])
            return .str(try mkdtemp(prefix: p[1]?.asString ?? "tmp", suffix: p[0]?.asString ?? "", dir: p[2]?.asString))
        }
        m.function("gettempdir") { _, _ in .str(gettempdir()) }
        m["TemporaryDirectory"] = .object(PyTemporaryDirectory.type)
        m["tempdir"] = Value.none
        return m
    }
}

/// `tempfile.TemporaryDirectory()`: the directory's path on enter, removed on exit or `cleanup()`.
final class PyTemporaryDirectory: PyObject {
    let path: String
    init(_ p: String) { path = p }
    override var pyType: PyType { PyTemporaryDirectory.type }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "TemporaryDirectory", module: "tempfile", bases: [PyType.object])
        t.newHook = { _, _, a in
            let p = try a.bind("TemporaryDirectory", ["suffix", "prefix", "dir", "ignore_cleanup_errors"])
            return .object(PyTemporaryDirectory(try TempfileModule.mkdtemp(prefix: p[1]?.asString ?? "tmp", suffix: p[0]?.asString ?? "",
                                                                           dir: p[2]?.asString)))
        }
        func me(_ v: Value) throws -> PyTemporaryDirectory {
            guard let d = v.asObject as? PyTemporaryDirectory else { throw PyError.typeError("expected a TemporaryDirectory") }
            return d
        }
        t.property("name", get: { _, v in .str(try me(v).path) })
        t.checkedMethod("__enter__") { _, a in .str(try me(a[0]).path) }
        t.checkedMethod("__exit__") { _, a in
            try? FileManager.default.removeItem(atPath: try me(a[0]).path)
            return .false
        }
        t.checkedMethod("cleanup") { _, a in
            try? FileManager.default.removeItem(atPath: try me(a[0]).path)
            return .none
        }
        t.checkedMethod("__repr__") { _, a in .str("<TemporaryDirectory \(pyStrRepr(try me(a[0]).path))>") }
        return t
    }()
}
