import Foundation

/// A file `open()` returned: text (`_io.TextIOWrapper`) or binary (`_io.BufferedReader`/`BufferedWriter`).
/// Reading loads the file when opened; writing goes to the file at each `write`.
final class PyFile: PyObject {
    let name: String
    let mode: String
    let binary: Bool
    let readable: Bool
    /// What is left to read (text as unicode scalars, binary as bytes).
    var text: [Unicode.Scalar] = []
    var bytes: [UInt8] = []
    var position = 0
    var handle: FileHandle?
    var closed = false

    init(name: String, mode: String, binary: Bool, readable: Bool) {
        self.name = name
        self.mode = mode
        self.binary = binary
        self.readable = readable
    }

    override var pyType: PyType {
        binary ? (readable ? PyFile.bufferedReader : PyFile.bufferedWriter) : PyFile.textType
    }

    nonisolated(unsafe) static let unsupported = PyType(name: "UnsupportedOperation", module: "io", bases: [PyType.OSError])
    nonisolated(unsafe) static let textType: PyType = { let t = PyType(name: "TextIOWrapper", module: "_io", bases: [PyType.object]); install(t); return t }()
    nonisolated(unsafe) static let bufferedReader: PyType = { let t = PyType(name: "BufferedReader", module: "_io", bases: [PyType.object]); install(t); return t }()
    nonisolated(unsafe) static let bufferedWriter: PyType = { let t = PyType(name: "BufferedWriter", module: "_io", bases: [PyType.object]); install(t); return t }()

    private static func file(_ a: Args) throws -> PyFile {
        guard let f = a.positional.first?.asObject as? PyFile else { throw PyError.typeError("descriptor requires a file object") }
        return f
    }

    private func checkOpen() throws {
        if closed { throw PyError.valueError("I/O operation on closed file.") }
    }

    private func checkReadable() throws {
        try checkOpen()
        if !readable { throw PyError(PyFile.unsupported, "not readable") }
    }

    /// Reads up to `n` items (all if n < 0) from the position.
    private func readValue(_ n: Int) -> Value {
        if binary {
            let end = n < 0 ? bytes.count : min(bytes.count, position + n)
            defer { position = end }
            return .object(PyBytes(Array(bytes[position..<end])))
        }
        let end = n < 0 ? text.count : min(text.count, position + n)
        defer { position = end }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: text[position..<end])
        return .str(String(s))
    }

    /// The next line with its newline, or "" at the end.
    private func readLine() -> Value {
        if binary {
            var end = position
            while end < bytes.count, bytes[end] != 10 { end += 1 }
            if end < bytes.count { end += 1 }
            defer { position = end }
            return .object(PyBytes(Array(bytes[position..<end])))
        }
        var end = position
        while end < text.count, text[end] != "\n" { end += 1 }
        if end < text.count { end += 1 }
        defer { position = end }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: text[position..<end])
        return .str(String(s))
    }

    private var atEnd: Bool { binary ? position >= bytes.count : position >= text.count }

    private static func install(_ t: PyType) {
        t.method("read") { i, a in
            let f = try file(a)
            try f.checkReadable()
            let n = try a.positional.count > 1 && !a[1].isNone ? i.index(a[1]) : -1
            return f.readValue(n)
        }
        t.method("readline") { _, a in
            let f = try file(a)
            try f.checkReadable()
            return f.readLine()
        }
        t.method("readlines") { _, a in
            let f = try file(a)
            try f.checkReadable()
            var lines: [Value] = []
            while !f.atEnd { lines.append(f.readLine()) }
            return .object(PyList(lines))
        }
        t.method("__iter__") { _, a in
            let f = try file(a)
            try f.checkOpen()
            return a[0]
        }
        t.method("__next__") { _, a in
            let f = try file(a)
            try f.checkReadable()
            if f.atEnd { throw PyError(PyType.StopIteration, "") }
            return f.readLine()
        }
        t.method("write") { _, a in
            let f = try file(a)
            try f.checkOpen()
            guard let h = f.handle else { throw PyError(PyFile.unsupported, "not writable") }
            guard a.count == 2 else { throw PyError.typeError("write() takes exactly one argument (\(a.count - 1) given)") }
            if f.binary {
                guard let b = a[1].asObject as? PyBytes else { throw PyError.typeError("a bytes-like object is required, not '\(a[1].typeName)'") }
                h.write(Data(b.bytes))
                return .int(b.bytes.count)
            }
            guard let s = a[1].asString else { throw PyError.typeError("write() argument must be str, not \(a[1].typeName)") }
            h.write(Data(s.utf8))
            return .int(s.unicodeScalars.count)
        }
        t.method("writelines") { i, a in
            let f = try file(a)
            try f.checkOpen()
            guard a.count == 2 else { throw PyError.typeError("writelines() takes exactly one argument") }
            for line in try i.collect(a[1]) { _ = try i.callMethod(a[0], "write", Args([line])) }
            _ = f
            return .none
        }
        t.method("flush") { _, a in
            try file(a).checkOpen()
            return .none
        }
        t.method("close") { _, a in
            let f = try file(a)
            try? f.handle?.close()
            f.handle = nil
            f.closed = true
            return .none
        }
        t.method("__enter__") { _, a in
            try file(a).checkOpen()
            return a[0]
        }
        t.method("__exit__") { i, a in
            _ = try i.callMethod(a[0], "close", Args())
            return .false
        }
        t.property("closed", get: { _, v in .bool((v.asObject as? PyFile)?.closed ?? true) })
        t.property("name", get: { _, v in .str((v.asObject as? PyFile)?.name ?? "") })
        t.property("mode", get: { _, v in .str((v.asObject as? PyFile)?.mode ?? "") })
        t.method("__repr__") { _, a in
            let f = try file(a)
            if f.binary { return .str("<_io.\(f.pyType.name) name=\(pyStrRepr(f.name))>") }
            return .str("<_io.TextIOWrapper name=\(pyStrRepr(f.name)) mode=\(pyStrRepr(f.mode)) encoding='UTF-8'>")
        }
    }
}

extension Interpreter {
    /// `open(file, mode='r', encoding=None, ...)`, inside the program's sandbox.
    func builtinOpen(_ a: Args) throws -> Value {
        let p = try a.bind("open", ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], required: 1)
        guard let path = p[0]?.asString else {
            throw PyError.typeError("expected str, bytes or os.PathLike object, not \(p[0]?.typeName ?? "NoneType")")
        }
        let mode = p[1]?.asString ?? "r"
        let kinds = mode.filter { "rwax".contains($0) }
        guard kinds.count == 1, mode.allSatisfy({ "rwaxbt+".contains($0) }), !(mode.contains("b") && mode.contains("t")) else {
            throw PyError.valueError("invalid mode: '\(mode)'")
        }
        if mode.contains("+") { throw PyError.valueError("mode '\(mode)': tflearn opens files for reading or for writing, not both") }
        let binary = mode.contains("b")
        let fm = FileManager.default
        var isDir: ObjCBool = false
        let exists = fm.fileExists(atPath: path, isDirectory: &isDir)
        if exists && isDir.boolValue { throw PyError.os(PyType.IsADirectoryError, 21, "Is a directory", path) }
        if kinds == "r" {
            try checkFileAccess(path, write: false)
            guard exists, let data = fm.contents(atPath: path) else {
                throw PyError.os(PyType.FileNotFoundError, 2, "No such file or directory", path)
            }
            let f = PyFile(name: path, mode: mode, binary: binary, readable: true)
            if binary {
                f.bytes = [UInt8](data)
            } else {
                guard let s = String(data: data, encoding: .utf8) else {
                    throw PyError(PyType.UnicodeError, "'utf-8' codec can't decode the file \(pyStrRepr(path))")
                }
                // Universal newlines, as text mode reads them.
                f.text = Array(s.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars)
            }
            return .object(f)
        }
        try checkFileAccess(path, write: true)
        if kinds == "x" && exists { throw PyError.os(PyType.FileExistsError, 17, "File exists", path) }
        let parent = (FileAccessPolicy.resolve(path) as NSString).deletingLastPathComponent
        guard fm.fileExists(atPath: parent) else {
            throw PyError.os(PyType.FileNotFoundError, 2, "No such file or directory", path)
        }
        if kinds != "a" || !exists { fm.createFile(atPath: path, contents: nil) }
        guard let h = FileHandle(forWritingAtPath: path) else {
            throw PyError.os(PyType.PermissionError, 13, "Permission denied", path)
        }
        if kinds == "a" { h.seekToEndOfFile() } else { h.truncateFile(atOffset: 0) }
        let f = PyFile(name: path, mode: mode, binary: binary, readable: false)
        f.handle = h
        return .object(f)
    }
}
