/// `bytes`: construction, comparison and hashing by value, indexing and slicing, iteration,
/// concatenation, and the methods TF programs use on the values of string tensors (`decode`).
extension Interpreter {
    static func installBytesType() {
        let t = PyType.bytes
        func me(_ a: Args, _ name: String) throws -> [UInt8] {
            guard let b = a.positional.first?.asObject as? PyBytes else {
                throw PyError.typeError("descriptor '\(name)' for 'bytes' objects doesn't apply to a '\(a.positional.first?.typeName ?? "NoneType")' object")
            }
            return b.bytes
        }
        func other(_ v: Value) -> [UInt8]? { (v.asObject as? PyBytes)?.bytes }

        t.newHook = { i, _, a in
            let p = try a.bind("bytes", ["source", "encoding", "errors"])
            guard let source = p[0] else { return .object(PyBytes([])) }
            if let s = source.asString {
                guard let encoding = p[1]?.asString else { throw PyError.typeError("string argument without an encoding") }
                return .object(PyBytes(try encode(s, encoding)))
            }
            if p[1] != nil { throw PyError.typeError("encoding without a string argument") }
            if let b = other(source) { return .object(PyBytes(b)) }
            if let n = source.asInt {
                guard n >= 0 else { throw PyError.valueError("negative count") }
                return .object(PyBytes(Array(repeating: 0, count: n)))
            }
            var out: [UInt8] = []
            for v in try i.collect(source) {
                let n = try i.index(v)
                guard n >= 0 && n < 256 else { throw PyError.valueError("bytes must be in range(0, 256)") }
                out.append(UInt8(n))
            }
            return .object(PyBytes(out))
        }
        t.method("__len__") { _, a in .int(try me(a, "__len__").count) }
        t.method("__eq__") { _, a in
            guard a.count == 2, let y = other(a[1]) else { return .notImplemented }
            return .bool(try me(a, "__eq__") == y)
        }
        t.method("__ne__") { _, a in
            guard a.count == 2, let y = other(a[1]) else { return .notImplemented }
            return .bool(try me(a, "__ne__") != y)
        }
        for (name, test) in [("__lt__", { (c: Int) in c < 0 }), ("__le__", { $0 <= 0 }), ("__gt__", { $0 > 0 }), ("__ge__", { $0 >= 0 })] {
            t.method(name) { _, a in
                guard a.count == 2, let y = other(a[1]) else { return .notImplemented }
                let x = try me(a, name)
                let c = x.lexicographicallyPrecedes(y) ? -1 : (x == y ? 0 : 1)
                return .bool(test(c))
            }
        }
        t.method("__hash__") { _, a in
            var h = Hasher()
            h.combine(try me(a, "__hash__"))
            return .int(h.finalize())
        }
        t.method("__getitem__") { i, a in
            let b = try me(a, "__getitem__")
            guard a.count == 2 else { throw PyError.typeError("__getitem__ expects one argument") }
            if let s = a[1].asObject as? PySlice {
                let r = try s.indices(length: b.count)
                var out: [UInt8] = []
                var k = r.start
                for _ in 0..<r.count { out.append(b[k]); k += r.step }
                return .object(PyBytes(out))
            }
            guard a[1].asInt != nil || a[1].asBigInt != nil || a[1].asObject is PyInstance else {
                throw PyError.typeError("byte indices must be integers or slices, not \(a[1].typeName)")
            }
            var k = try i.index(a[1])
            if k < 0 { k += b.count }
            guard k >= 0 && k < b.count else { throw PyError(PyType.IndexError, "index out of range") }
            return .int(Int(b[k]))
        }
        t.method("__iter__") { i, a in .object(try i.iterate(.object(PyList(try me(a, "__iter__").map { .int(Int($0)) })))) }
        t.method("__contains__") { i, a in
            let b = try me(a, "__contains__")
            guard a.count == 2 else { throw PyError.typeError("__contains__ expects one argument") }
            if let n = a[1].asInt {
                guard n >= 0 && n < 256 else { throw PyError.valueError("byte must be in range(0, 256)") }
                return .bool(b.contains(UInt8(n)))
            }
            guard let sub = other(a[1]) else {
                throw PyError.typeError("a bytes-like object is required, not '\(a[1].typeName)'")
            }
            guard sub.count <= b.count else { return .false }
            return .bool((0...(b.count - sub.count)).contains { b[$0..<$0 + sub.count].elementsEqual(sub) })
        }
        t.method("__add__") { _, a in
            guard a.count == 2, let y = other(a[1]) else {
                throw PyError.typeError("can't concat \(a.count == 2 ? a[1].typeName : "NoneType") to bytes")
            }
            return .object(PyBytes(try me(a, "__add__") + y))
        }
        for name in ["__mul__", "__rmul__"] {
            t.method(name) { i, a in
                let b = try me(a, name)
                guard a.count == 2, a[1].asInt != nil else { return .notImplemented }
                let n = max(0, try i.index(a[1]))
                return .object(PyBytes(Array([[UInt8]](repeating: b, count: n).joined())))
            }
        }
        t.method("__str__") { _, a in .str(pyBytesRepr(try me(a, "__str__"))) }
        t.method("decode") { _, a in
            let b = try me(a, "decode")
            let p = try a.bind("decode", ["self", "encoding", "errors"])
            return .str(try decode(b, p[1]?.asString ?? "utf-8", errors: p[2]?.asString ?? "strict"))
        }
        t.method("hex") { _, a in
            let digits = Array("0123456789abcdef")
            return .str(String(try me(a, "hex").flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }))
        }
        t.method("startswith") { _, a in
            let b = try me(a, "startswith")
            guard a.count == 2, let p = other(a[1]) else { throw PyError.typeError("startswith first arg must be bytes or a tuple of bytes") }
            return .bool(b.starts(with: p))
        }
        t.method("endswith") { _, a in
            let b = try me(a, "endswith")
            guard a.count == 2, let p = other(a[1]) else { throw PyError.typeError("endswith first arg must be bytes or a tuple of bytes") }
            return .bool(b.count >= p.count && Array(b.suffix(p.count)) == p)
        }
    }

    private static func normalized(_ encoding: String) -> String {
        encoding.lowercased().replacingUnderscores()
    }

    static func encode(_ s: String, _ encoding: String) throws -> [UInt8] {
        switch normalized(encoding) {
        case "utf-8", "utf8": return Array(s.utf8)
        case "ascii", "latin-1", "latin1", "iso-8859-1":
            let limit: UInt32 = normalized(encoding) == "ascii" ? 128 : 256
            var out: [UInt8] = []
            for (k, u) in s.unicodeScalars.enumerated() {
                guard u.value < limit else {
                    throw PyError(PyType.UnicodeEncodeError, "'\(normalized(encoding) == "ascii" ? "ascii" : "latin-1")' codec can't encode character '\\\\x\(String(u.value, radix: 16))' in position \(k): ordinal not in range(\(limit))")
                }
                out.append(UInt8(u.value))
            }
            return out
        default: throw PyError(PyType.LookupError, "unknown encoding: \(encoding)")
        }
    }

    static func decode(_ b: [UInt8], _ encoding: String, errors: String) throws -> String {
        switch normalized(encoding) {
        case "utf-8", "utf8":
            if errors != "replace" && errors != "ignore" {
                var k = 0
                var it = b.makeIterator()
                var decoder = UTF8()
                var out = String.UnicodeScalarView()
                while true {
                    switch decoder.decode(&it) {
                    case .scalarValue(let u):
                        out.append(u)
                        k += UTF8.width(u)
                    case .emptyInput:
                        return String(out)
                    case .error:
                        let reason = (b[k] & 0xC0) == 0x80 || b[k] >= 0xF8 ? "invalid start byte" : "invalid continuation byte"
                        throw PyError(PyType.UnicodeDecodeError, "'utf-8' codec can't decode byte 0x\(String(b[k], radix: 16)) in position \(k): \(reason)")
                    }
                }
            }
            let text = String(decoding: b, as: UTF8.self)
            return errors == "ignore" ? String(text.unicodeScalars.filter { $0 != "\u{FFFD}" }.map(Character.init)) : text
        case "ascii":
            if let k = b.firstIndex(where: { $0 >= 128 }), errors == "strict" {
                throw PyError(PyType.UnicodeDecodeError, "'ascii' codec can't decode byte 0x\(String(b[k], radix: 16)) in position \(k): ordinal not in range(128)")
            }
            return String(String.UnicodeScalarView(b.filter { $0 < 128 || errors == "replace" }.map { $0 < 128 ? Unicode.Scalar($0) : "\u{FFFD}" }))
        case "latin-1", "latin1", "iso-8859-1":
            return String(String.UnicodeScalarView(b.map { Unicode.Scalar($0) }))
        default:
            throw PyError(PyType.LookupError, "unknown encoding: \(encoding)")
        }
    }
}

private extension String {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }
}
