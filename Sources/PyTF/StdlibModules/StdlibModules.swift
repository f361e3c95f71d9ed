import BigInt
import Foundation
import Python
import TensorCore

/// `os`, `os.path`, `tempfile`, `time` and `random`: the standard-library pieces TF programs import.
func installStdlib(into interp: Interpreter) {
    interp.registerModule("os") { i in
        let m = makeOSModule(i)
        i.addModule(m)
        return m
    }
    interp.registerModule("os.path") { i in
        _ = try i.importModule("os")
        return try i.importModule("os.path")
    }
    interp.registerModule("tempfile") { _ in makeTempfileModule() }
    interp.registerModule("time") { _ in makeTimeModule() }
    interp.registerModule("random") { _ in makeRandomStdlibModule() }
}

private func str(_ i: Interpreter, _ a: Args, _ k: Int, _ fn: String) throws -> String {
    guard k < a.count, let s = a[k].asString else {
        throw PyError.typeError("\(fn)() argument must be str, not \(k < a.count ? a[k].typeName : "NoneType")")
    }
    return s
}

private func makeOSModule(_ interp: Interpreter) -> PyModule {
    let m = PyModule(name: "os")
    let path = PyModule(name: "os.path")
    m["sep"] = .str("/")
    m["name"] = .str("posix")
    let env = PyDict()
    for (k, v) in ProcessInfo.processInfo.environment { try? interp.dictSet(env, .str(k), .str(v)) }
    m["environ"] = .object(env)
    m.function("getcwd") { _, _ in .str(FileManager.default.currentDirectoryPath) }
    m.function("listdir") { i, a in
        let p = a.count > 0 ? try str(i, a, 0, "listdir") : "."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: p) else {
            throw PyError(PyType.FileNotFoundError, "[Errno 2] No such file or directory: \(pyStrRepr(p))")
        }
        return .object(PyList(names.sorted().map { .str($0) }))
    }
    m.function("makedirs") { i, a in
        let p = try str(i, a, 0, "makedirs")
        let existOK = try a.keyword("exist_ok").map { try i.truthy($0) } ?? (a.count > 2 ? try i.truthy(a[2]) : false)
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: p, isDirectory: &isDir) {
            if existOK && isDir.boolValue { return .none }
            throw PyError(PyType.FileExistsError, "[Errno 17] File exists: \(pyStrRepr(p))")
        }
        do { try FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true) } catch {
            throw PyError(PyType.OSError, "cannot create directory \(pyStrRepr(p))")
        }
        return .none
    }
    m.function("mkdir") { i, a in
        let p = try str(i, a, 0, "mkdir")
        if FileManager.default.fileExists(atPath: p) { throw PyError(PyType.FileExistsError, "[Errno 17] File exists: \(pyStrRepr(p))") }
        do { try FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: false) } catch {
            throw PyError(PyType.FileNotFoundError, "[Errno 2] No such file or directory: \(pyStrRepr(p))")
        }
        return .none
    }
    m.function("remove") { i, a in
        let p = try str(i, a, 0, "remove")
        do { try FileManager.default.removeItem(atPath: p) } catch {
            throw PyError(PyType.FileNotFoundError, "[Errno 2] No such file or directory: \(pyStrRepr(p))")
        }
        return .none
    }
    path.function("join") { i, a in
        var out = ""
        for k in 0..<a.count {
            let part = try str(i, a, k, "join")
            if part.hasPrefix("/") { out = part } else if out.isEmpty || out.hasSuffix("/") { out += part } else { out += "/" + part }
        }
        return .str(out)
    }
    path.function("exists") { i, a in .bool(FileManager.default.fileExists(atPath: try str(i, a, 0, "exists"))) }
    path.function("isdir") { i, a in
        var isDir: ObjCBool = false
        return .bool(FileManager.default.fileExists(atPath: try str(i, a, 0, "isdir"), isDirectory: &isDir) && isDir.boolValue)
    }
    path.function("isfile") { i, a in
        var isDir: ObjCBool = false
        return .bool(FileManager.default.fileExists(atPath: try str(i, a, 0, "isfile"), isDirectory: &isDir) && !isDir.boolValue)
    }
    path.function("basename") { i, a in
        let p = try str(i, a, 0, "basename")
        return .str(p.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? "")
    }
    path.function("dirname") { i, a in
        let p = try str(i, a, 0, "dirname")
        guard let r = p.range(of: "/", options: .backwards) else { return .str("") }
        let head = String(p[..<r.lowerBound])
        return .str(head.isEmpty ? "/" : head)
    }
    path.function("abspath") { i, a in .str(URL(fileURLWithPath: try str(i, a, 0, "abspath")).standardizedFileURL.path) }
    path.function("splitext") { i, a in
        let p = try str(i, a, 0, "splitext")
        let base = p.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? p
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return .object(PyTuple([.str(p), .str("")])) }
        let ext = String(base[dot...])
        return .object(PyTuple([.str(String(p.dropLast(ext.count))), .str(ext)]))
    }
    path.function("getsize") { i, a in
        let p = try str(i, a, 0, "getsize")
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: p), let size = attrs[.size] as? Int else {
            throw PyError(PyType.FileNotFoundError, "[Errno 2] No such file or directory: \(pyStrRepr(p))")
        }
        return .int(size)
    }
    path["sep"] = .str("/")
    m["path"] = .object(path)
    interp.addModule(path)
    return m
}

private func makeTempdir() throws -> String {
    let base = NSTemporaryDirectory()
    let dir = (base as NSString).appendingPathComponent("tmp" + String(UInt64.random(in: 0...UInt64.max), radix: 36).prefix(8))
    do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
        throw PyError(PyType.OSError, "cannot create a temporary directory")
    }
    return dir
}

/// `tempfile.TemporaryDirectory()`: the directory's path on enter, removed on exit.
private final class PyTemporaryDirectory: PyObject {
    let path: String
    init(_ p: String) { path = p }
    override var pyType: PyType { PyTemporaryDirectory.type }
    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "TemporaryDirectory", module: "tempfile", bases: [PyType.object])
        t.newHook = { _, _, _ in .object(PyTemporaryDirectory(try makeTempdir())) }
        t.property("name", get: { _, v in .str((v.asObject as? PyTemporaryDirectory)?.path ?? "") })
        t.method("__enter__") { _, a in .str((a[0].asObject as? PyTemporaryDirectory)?.path ?? "") }
        t.method("__exit__") { _, a in
            if let d = a[0].asObject as? PyTemporaryDirectory { try? FileManager.default.removeItem(atPath: d.path) }
            return .false
        }
        t.method("cleanup") { _, a in
            if let d = a[0].asObject as? PyTemporaryDirectory { try? FileManager.default.removeItem(atPath: d.path) }
            return .none
        }
        return t
    }()
}

private func makeTempfileModule() -> PyModule {
    let m = PyModule(name: "tempfile")
    m.function("mkdtemp") { _, _ in .str(try makeTempdir()) }
    m.function("gettempdir") { _, _ in
        var d = NSTemporaryDirectory()
        while d.count > 1 && d.hasSuffix("/") { d.removeLast() }
        return .str(d)
    }
    m["TemporaryDirectory"] = .object(PyTemporaryDirectory.type)
    return m
}

private func makeTimeModule() -> PyModule {
    let m = PyModule(name: "time")
    m.function("time") { _, _ in .float(Date().timeIntervalSince1970) }
    m.function("perf_counter") { _, _ in .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
    m.function("monotonic") { _, _ in .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
    m.function("process_time") { _, _ in .float(Double(clock()) / Double(CLOCKS_PER_SEC)) }
    m.function("sleep") { i, a in
        try a.expect("sleep", min: 1, max: 1)
        let s = try i.toDouble(a[0])
        if s < 0 { throw PyError.valueError("sleep length must be non-negative") }
        Thread.sleep(forTimeInterval: min(s, 60))
        return .none
    }
    return m
}

/// Python's `random`: the Mersenne Twister seeded as CPython seeds it from an int.
private final class PythonRandom {
    var mt: MT19937
    init() { mt = MT19937(seed: UInt32(truncatingIfNeeded: Int(Date().timeIntervalSince1970 * 1e6))) }
    func seed(_ n: BigIntValue) {
        var key: [UInt32] = []
        var x = n.magnitude
        repeat {
            key.append(UInt32(truncatingIfNeeded: UInt64(x & 0xffff_ffff)))
            x >>= 32
        } while x > 0
        mt = MT19937(keyArray: key)
    }
    func random() -> Double { mt.nextDouble() }
    func getrandbits(_ k: Int) -> BigIntValue {
        if k <= 32 { return BigIntValue(mt.next32() >> UInt32(32 - k)) }
        var words: [UInt32] = []
        var left = k
        while left > 0 {
            var r = mt.next32()
            if left < 32 { r >>= UInt32(32 - left) }
            words.append(r)
            left -= 32
        }
        var v = BigIntValue(0)
        for (j, w) in words.enumerated() { v += BigIntValue(w) << (32 * j) }
        return v
    }
    /// CPython's `_randbelow_with_getrandbits`.
    func below(_ n: BigIntValue) -> BigIntValue {
        if n <= 0 { return 0 }
        let k = Int(exactly: n).map { Int.bitWidth - $0.leadingZeroBitCount } ?? String(n.magnitude, radix: 2).count
        var r = getrandbits(k)
        while r >= n { r = getrandbits(k) }
        return r
    }
}

private func makeRandomStdlibModule() -> PyModule {
    let m = PyModule(name: "random")
    let rng = PythonRandom()
    m.function("seed") { i, a in
        let v = a.positional.first ?? .none
        if v.isNone { rng.mt = MT19937(seed: UInt32(truncatingIfNeeded: Int(Date().timeIntervalSince1970 * 1e6))) }
        else if let b = v.asBigInt { rng.seed(b) }
        else { rng.seed(BigIntValue(try i.hash(v))) }
        return .none
    }
    m.function("random") { _, _ in .float(rng.random()) }
    m.function("uniform") { i, a in
        try a.expect("uniform", min: 2, max: 2)
        let lo = try i.toDouble(a[0]), hi = try i.toDouble(a[1])
        return .float(lo + (hi - lo) * rng.random())
    }
    m.function("randint") { i, a in
        try a.expect("randint", min: 2, max: 2)
        guard let lo = a[0].asBigInt, let hi = a[1].asBigInt else { throw PyError.typeError("randint() needs integers") }
        if hi < lo { throw PyError.valueError("empty range in randrange(\(lo), \(hi + 1))") }
        return .bigint(lo + rng.below(hi - lo + 1))
    }
    m.function("randrange") { i, a in
        try a.expect("randrange", min: 1, max: 2)
        let lo = a.count == 2 ? (a[0].asBigInt ?? 0) : 0
        guard let hi = (a.count == 2 ? a[1] : a[0]).asBigInt else { throw PyError.typeError("randrange() needs integers") }
        if hi <= lo { throw PyError.valueError("empty range in randrange(\(lo), \(hi))") }
        return .bigint(lo + rng.below(hi - lo))
    }
    m.function("choice") { i, a in
        try a.expect("choice", min: 1, max: 1)
        let n = try i.length(a[0])
        if n == 0 { throw PyError.indexError("Cannot choose from an empty sequence") }
        return try i.getItem(a[0], .int(Int(rng.below(BigIntValue(n)))))
    }
    m.function("shuffle") { i, a in
        try a.expect("shuffle", min: 1, max: 1)
        guard let l = a[0].asObject as? PyList else { throw PyError.typeError("shuffle() needs a list") }
        var k = l.items.count - 1
        while k > 0 {
            let j = Int(rng.below(BigIntValue(k + 1)))
            l.items.swapAt(k, j)
            k -= 1
        }
        return .none
    }
    return m
}
