import Foundation

extension Interpreter {
    static func installStrType() {
        let t = PyType.str
        t.newHook = { i, _, a in
            let p = try a.bind("str", ["object", "encoding", "errors"], required: 0)
            guard let x = p[0] else { return .str("") }
            if let b = x.asObject as? PyBytes, p[1] != nil {
                return .str(String(decoding: b.bytes, as: UTF8.self))
            }
            return .str(try i.str(x))
        }
        func selfStr(_ a: Args, _ name: String) throws -> String {
            guard let s = a.positional.first?.asString else {
                throw PyError.typeError("descriptor '\(name)' for 'str' objects doesn't apply to a '\(a.positional.first?.typeName ?? "NoneType")' object")
            }
            return s
        }
        func strArg(_ v: Value, _ fn: String, _ n: Int = 1) throws -> String {
            guard let s = v.asString else { throw PyError.typeError("\(fn) arg \(n) must be str, not \(v.typeName)") }
            return s
        }
        func simple(_ name: String, _ f: @escaping (String) -> Value) {
            t.method(name) { _, a in
                try a.expect(name, min: 1, max: 1)
                return f(try selfStr(a, name))
            }
        }
        simple("upper") { .str($0.uppercased()) }
        simple("lower") { .str($0.lowercased()) }
        simple("casefold") { .str($0.lowercased()) }
        simple("swapcase") { s in
            .str(String(s.map { c in c.isUppercase ? Character(c.lowercased()) : (c.isLowercase ? Character(c.uppercased()) : c) }))
        }
        simple("capitalize") { s in
            guard let f = s.first else { return .str("") }
            return .str(f.uppercased() + s.dropFirst().lowercased())
        }
        simple("title") { s in
            var out = ""
            var prevCased = false
            for c in s {
                if c.isLetter {
                    out += prevCased ? c.lowercased() : c.uppercased()
                    prevCased = true
                } else {
                    out.append(c)
                    prevCased = false
                }
            }
            return .str(out)
        }
        simple("isdigit") { s in .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.numericType == .digit || $0.properties.numericType == .decimal }) }
        simple("isdecimal") { s in .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal }) }
        simple("isnumeric") { s in .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.numericType != nil }) }
        simple("isalpha") { s in .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }) }
        simple("isalnum") { s in .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil }) }
        simple("isspace") { s in .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isWhitespace }) }
        simple("isidentifier") { s in
            guard let f = s.unicodeScalars.first, f == "_" || f.properties.isXIDStart else { return .false }
            return .bool(s.unicodeScalars.dropFirst().allSatisfy { $0 == "_" || $0.properties.isXIDContinue })
        }
        simple("isupper") { s in
            let cased = s.filter { $0.isCased }
            return .bool(!cased.isEmpty && cased.allSatisfy { $0.isUppercase })
        }
        simple("islower") { s in
            let cased = s.filter { $0.isCased }
            return .bool(!cased.isEmpty && cased.allSatisfy { $0.isLowercase })
        }
        simple("istitle") { s in
            var prevCased = false, any = false
            for c in s {
                if c.isUppercase { if prevCased { return .false }; prevCased = true; any = true }
                else if c.isLowercase { if !prevCased { return .false }; prevCased = true; any = true }
                else { prevCased = false }
            }
            return .bool(any)
        }
        simple("isprintable") { s in .bool(s.unicodeScalars.allSatisfy { isPrintableScalar($0) }) }
        simple("isascii") { s in .bool(s.unicodeScalars.allSatisfy { $0.isASCII }) }

        for (name, mode) in [("strip", 0), ("lstrip", 1), ("rstrip", 2)] {
            t.method(name) { _, a in
                try a.expect(name, min: 1, max: 2)
                let s = try selfStr(a, name)
                let chars: Set<Unicode.Scalar>?
                if a.count == 2, !a[1].isNone {
                    chars = Set(try strArg(a[1], name).unicodeScalars)
                } else {
                    chars = nil
                }
                let strip: (Unicode.Scalar) -> Bool = { u in chars.map { $0.contains(u) } ?? u.properties.isWhitespace }
                var sc = Array(s.unicodeScalars)[...]
                if mode != 2 { while let f = sc.first, strip(f) { sc = sc.dropFirst() } }
                if mode != 1 { while let l = sc.last, strip(l) { sc = sc.dropLast() } }
                return .str(String(String.UnicodeScalarView(sc)))
            }
        }
        t.method("split") { i, a in
            let p = try a.bind("split", ["self", "sep", "maxsplit"], required: 1)
            let s = try selfStr(a, "split")
            let maxsplit = try p[2].map { try i.index($0) } ?? -1
            if let sepV = p[1], !sepV.isNone {
                let sep = try strArg(sepV, "split")
                if sep.isEmpty { throw PyError.valueError("empty separator") }
                return .object(PyList(splitOn(s, sep, maxsplit).map { .str($0) }))
            }
            return .object(PyList(splitWhitespace(s, maxsplit).map { .str($0) }))
        }
        t.method("rsplit") { i, a in
            let p = try a.bind("rsplit", ["self", "sep", "maxsplit"], required: 1)
            let s = try selfStr(a, "rsplit")
            let maxsplit = try p[2].map { try i.index($0) } ?? -1
            let rev = String(s.reversed())
            if let sepV = p[1], !sepV.isNone {
                let sep = try strArg(sepV, "rsplit")
                if sep.isEmpty { throw PyError.valueError("empty separator") }
                let parts = splitOn(rev, String(sep.reversed()), maxsplit).map { String($0.reversed()) }
                return .object(PyList(parts.reversed().map { .str($0) }))
            }
            let parts = splitWhitespace(rev, maxsplit).map { String($0.reversed()) }
            return .object(PyList(parts.reversed().map { .str($0) }))
        }
        t.method("splitlines") { i, a in
            let p = try a.bind("splitlines", ["self", "keepends"], required: 1)
            let s = try selfStr(a, "splitlines")
            let keep = try p[1].map { try i.truthy($0) } ?? false
            var out: [Value] = []
            var cur = String.UnicodeScalarView()
            let sc = Array(s.unicodeScalars)
            var k = 0
            while k < sc.count {
                let u = sc[k]
                let breaks: Set<UInt32> = [0x0a, 0x0d, 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]
                if breaks.contains(u.value) {
                    var end = String.UnicodeScalarView([u])
                    if u == "\r", k + 1 < sc.count, sc[k + 1] == "\n" {
                        end.append("\n")
                        k += 1
                    }
                    if keep { cur.append(contentsOf: end) }
                    out.append(.str(String(cur)))
                    cur = String.UnicodeScalarView()
                } else {
                    cur.append(u)
                }
                k += 1
            }
            if !cur.isEmpty { out.append(.str(String(cur))) }
            return .object(PyList(out))
        }
        t.method("join") { i, a in
            try a.expect("join", min: 2, max: 2)
            let sep = try selfStr(a, "join")
            var parts: [String] = []
            for (n, v) in try i.collect(a[1]).enumerated() {
                guard let s = v.asString else {
                    throw PyError.typeError("sequence item \(n): expected str instance, \(v.typeName) found")
                }
                parts.append(s)
            }
            return .str(parts.joined(separator: sep))
        }
        t.method("replace") { i, a in
            try a.expect("replace", min: 3, max: 4)
            let s = try selfStr(a, "replace")
            let old = try strArg(a[1], "replace", 1), new = try strArg(a[2], "replace", 2)
            let count = a.count == 4 ? try i.index(a[3]) : -1
            return .str(replaceOccurrences(s, old, new, count))
        }
        for name in ["find", "rfind", "index", "rindex", "count"] {
            t.method(name) { i, a in
                try a.expect(name, min: 2, max: 4)
                let s = Array(try selfStr(a, name).unicodeScalars)
                let sub = Array(try strArg(a[1], name).unicodeScalars)
                var start = 0, end = s.count
                if a.count > 2, !a[2].isNone { start = try i.index(a[2]) }
                if a.count > 3, !a[3].isNone { end = try i.index(a[3]) }
                if start < 0 { start = max(0, start + s.count) }
                if end < 0 { end = max(0, end + s.count) }
                end = min(end, s.count)
                var hits: [Int] = []
                if start <= end && sub.count <= end - start {
                    var k = start
                    while k + sub.count <= end {
                        if sub.isEmpty || Array(s[k..<(k + sub.count)]) == sub {
                            hits.append(k)
                            if name == "find" || name == "index" { break }
                            if name == "count" { k += max(sub.count, 1); continue }
                        }
                        k += 1
                    }
                    if sub.isEmpty && name == "count" { return .int(end - start + 1) }
                }
                switch name {
                case "count": return .int(hits.count)
                case "find": return .int(hits.first ?? -1)
                case "rfind": return .int(hits.last ?? -1)
                case "index":
                    guard let h = hits.first else { throw PyError.valueError("substring not found") }
                    return .int(h)
                default:
                    guard let h = hits.last else { throw PyError.valueError("substring not found") }
                    return .int(h)
                }
            }
        }
        for name in ["startswith", "endswith"] {
            t.method(name) { i, a in
                try a.expect(name, min: 2, max: 4)
                let s = Array(try selfStr(a, name).unicodeScalars)
                var start = 0, end = s.count
                if a.count > 2, !a[2].isNone { start = try i.index(a[2]); if start < 0 { start = max(0, start + s.count) } }
                if a.count > 3, !a[3].isNone { end = try i.index(a[3]); if end < 0 { end = max(0, end + s.count) } }
                end = min(end, s.count)
                let window = start <= end ? Array(s[min(start, s.count)..<end]) : []
                let candidates: [Value]
                if let tup = a[1].asObject as? PyTuple { candidates = tup.items } else { candidates = [a[1]] }
                for c in candidates {
                    guard let p = c.asString else {
                        throw PyError.typeError("\(name) first arg must be str or a tuple of str, not \(c.typeName)")
                    }
                    let ps = Array(p.unicodeScalars)
                    if start > s.count { continue }
                    if name == "startswith" ? window.starts(with: ps) : window.reversed().starts(with: ps.reversed()) { return .true }
                }
                return .false
            }
        }
        for name in ["center", "ljust", "rjust"] {
            t.method(name) { i, a in
                try a.expect(name, min: 2, max: 3)
                let s = try selfStr(a, name)
                let width = try i.index(a[1])
                var fill: Character = " "
                if a.count == 3 {
                    guard let f = a[2].asString, f.count == 1, let c = f.first else {
                        throw PyError.typeError("The fill character must be exactly one character long")
                    }
                    fill = c
                }
                let n = s.unicodeScalars.count
                if width <= n { return .str(s) }
                let pad = width - n
                switch name {
                case "ljust": return .str(s + String(repeating: fill, count: pad))
                case "rjust": return .str(String(repeating: fill, count: pad) + s)
                default:
                    // CPython centers with the extra space on the right unless both are odd.
                    let left = pad / 2 + (pad & width & 1)
                    return .str(String(repeating: fill, count: left) + s + String(repeating: fill, count: pad - left))
                }
            }
        }
        t.method("zfill") { i, a in
            try a.expect("zfill", min: 2, max: 2)
            let s = try selfStr(a, "zfill")
            let width = try i.index(a[1])
            let n = s.unicodeScalars.count
            if width <= n { return .str(s) }
            let zeros = String(repeating: "0", count: width - n)
            if let f = s.first, f == "+" || f == "-" { return .str(String(f) + zeros + s.dropFirst()) }
            return .str(zeros + s)
        }
        for name in ["partition", "rpartition"] {
            t.method(name) { _, a in
                try a.expect(name, min: 2, max: 2)
                let s = try selfStr(a, name)
                let sep = try strArg(a[1], name)
                if sep.isEmpty { throw PyError.valueError("empty separator") }
                let r = name == "partition" ? s.range(of: sep) : s.range(of: sep, options: .backwards)
                guard let r else {
                    return .object(PyTuple(name == "partition" ? [.str(s), .str(""), .str("")] : [.str(""), .str(""), .str(s)]))
                }
                return .object(PyTuple([.str(String(s[..<r.lowerBound])), .str(sep), .str(String(s[r.upperBound...]))]))
            }
        }
        t.method("format") { i, a in
            guard let s = a.positional.first?.asString else { throw PyError.typeError("format() needs a str") }
            return .str(try i.strFormat(s, Args(Array(a.positional.dropFirst()), keywords: a.keywords)))
        }
        t.method("format_map") { i, a in
            try a.expect("format_map", min: 2, max: 2)
            let s = try selfStr(a, "format_map")
            var kws: [(name: String, value: Value)] = []
            for (k, v) in try i.mappingItems(a[1]) { if let ks = k.asString { kws.append((ks, v)) } }
            return .str(try i.strFormat(s, Args([], keywords: kws)))
        }
        t.method("encode") { _, a in
            let s = try selfStr(a, "encode")
            let p = try a.bind("encode", ["self", "encoding", "errors"])
            return .object(PyBytes(try Interpreter.encode(s, p[1]?.asString ?? "utf-8")))
        }
        t.method("expandtabs") { i, a in
            let s = try selfStr(a, "expandtabs")
            let size = a.count > 1 ? try i.index(a[1]) : 8
            var out = "", col = 0
            for c in s {
                if c == "\t" {
                    let n = size > 0 ? size - col % size : 0
                    out += String(repeating: " ", count: n)
                    col += n
                } else {
                    out.append(c)
                    col = (c == "\n" || c == "\r") ? 0 : col + 1
                }
            }
            return .str(out)
        }
        for name in ["removeprefix", "removesuffix"] {
            t.method(name) { _, a in
                try a.expect(name, min: 2, max: 2)
                let s = try selfStr(a, name)
                let x = try strArg(a[1], name)
                if name == "removeprefix", s.hasPrefix(x) { return .str(String(s.dropFirst(x.count))) }
                if name == "removesuffix", s.hasSuffix(x), !x.isEmpty { return .str(String(s.dropLast(x.count))) }
                return .str(s)
            }
        }
        t.method("__len__") { i, a in .int(try i.length(a[0])) }
        t.method("__contains__") { i, a in .bool(try i.contains(a[0], a[1])) }
        t.method("__getitem__") { i, a in try i.getItem(a[0], a[1]) }
        t.method("__str__") { _, a in a[0] }
        t.method("__repr__") { i, a in .str(try i.repr(a[0])) }
        t.method("__hash__") { i, a in .int(try i.hash(a[0])) }
        t.method("__format__") { i, a in .str(try i.format(a[0], a.count > 1 ? (a[1].asString ?? "") : "")) }
        t.staticMethod("maketrans") { i, a in
            let d = PyDict()
            if a.count >= 2, let x = a[0].asString, let y = a[1].asString {
                for (p, q) in zip(x.unicodeScalars, y.unicodeScalars) { try i.dictSet(d, .int(Int(p.value)), .int(Int(q.value))) }
                if a.count == 3, let z = a[2].asString { for u in z.unicodeScalars { try i.dictSet(d, .int(Int(u.value)), .none) } }
            } else if a.count == 1 {
                for (k, v) in try i.mappingItems(a[0]) {
                    let key: Value = k.asString.flatMap { $0.unicodeScalars.first }.map { .int(Int($0.value)) } ?? k
                    try i.dictSet(d, key, v)
                }
            }
            return .object(d)
        }
        t.method("translate") { i, a in
            try a.expect("translate", min: 2, max: 2)
            let s = try selfStr(a, "translate")
            var out = ""
            for u in s.unicodeScalars {
                let r: Value?
                do { r = try i.getItem(a[1], .int(Int(u.value))) } catch let e as PyError where e.isInstance(of: PyType.LookupError) { r = nil }
                guard let r else { out.unicodeScalars.append(u); continue }
                if r.isNone { continue }
                if let n = r.asInt, let v = Unicode.Scalar(UInt32(max(0, n))) { out.unicodeScalars.append(v) }
                else if let str = r.asString { out += str }
            }
            return .str(out)
        }
    }
}

/// Python's `str.split(sep, maxsplit)`.
func splitOn(_ s: String, _ sep: String, _ maxsplit: Int) -> [String] {
    var out: [String] = []
    var rest = s[...]
    while maxsplit < 0 || out.count < maxsplit, let r = rest.range(of: sep) {
        out.append(String(rest[..<r.lowerBound]))
        rest = rest[r.upperBound...]
    }
    out.append(String(rest))
    return out
}

/// Python's `str.split()` on runs of whitespace.
func splitWhitespace(_ s: String, _ maxsplit: Int) -> [String] {
    var out: [String] = []
    let sc = Array(s.unicodeScalars)
    var k = 0
    while k < sc.count {
        while k < sc.count, sc[k].properties.isWhitespace { k += 1 }
        if k >= sc.count { break }
        if maxsplit >= 0 && out.count == maxsplit {
            var end = sc.count
            while end > k, sc[end - 1].properties.isWhitespace { end -= 1 }
            out.append(String(String.UnicodeScalarView(sc[k..<end])))
            return out
        }
        let start = k
        while k < sc.count, !sc[k].properties.isWhitespace { k += 1 }
        out.append(String(String.UnicodeScalarView(sc[start..<k])))
    }
    return out
}

func replaceOccurrences(_ s: String, _ old: String, _ new: String, _ count: Int) -> String {
    if count == 0 { return s }
    if old.isEmpty {
        var out = ""
        var n = 0
        for u in s.unicodeScalars {
            if count < 0 || n < count { out += new; n += 1 }
            out.unicodeScalars.append(u)
        }
        if count < 0 || n < count { out += new }
        return out
    }
    var out = ""
    var rest = s[...]
    var n = 0
    while count < 0 || n < count, let r = rest.range(of: old) {
        out += rest[..<r.lowerBound]
        out += new
        rest = rest[r.upperBound...]
        n += 1
    }
    out += rest
    return out
}

func isPrintableScalar(_ u: Unicode.Scalar) -> Bool {
    if u == " " { return true }
    switch u.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}
