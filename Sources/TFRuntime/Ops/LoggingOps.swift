#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TensorCore

/// `tf.print`'s ops: StringFormat (a template whose placeholders become the summaries of tensors)
/// and PrintV2 (a stateful op writing a string to a stream, so a traced function prints on every
/// call, not while tracing).
func registerLoggingOps(_ r: OpRegistry) {
    r.register(OpDef("StringFormat", shape: { _ in [OutputSpec(.string, TensorShape([]))] }, kernel: { ctx in
        let template = ctx.attrs["template"]?.string ?? "%s"
        let placeholder = ctx.attrs["placeholder"]?.string ?? "%s"
        let summarize = ctx.attrs["summarize"]?.int ?? 3
        let pieces = template.split(separator: placeholder, omittingEmptySubsequences: false)
        guard pieces.count - 1 == ctx.inputs.count else {
            throw TFError.invalidArgument("num placeholders in template and num inputs must match: \(pieces.count - 1) vs. \(ctx.inputs.count)")
        }
        var out = String(pieces[0])
        for i in 0..<ctx.inputs.count {
            out += TensorSummary.summarize(try ctx.tensor(i), maxEntries: summarize)
            out += pieces[i + 1]
        }
        return [.tensor(Tensor(scalar: ByteString.encode(Array(out.utf8))))]
    }))
    r.register(OpDef("PrintV2", stateful: true, shape: { _ in [] }, kernel: { ctx in
        guard case .string(let s) = try ctx.tensor(0).item() else {
            throw TFError.invalidArgument("Input is expected to be scalar, but got \(try ctx.tensor(0).shape)")
        }
        let stream = ctx.attrs["output_stream"]?.string ?? "stderr"
        let end = ctx.attrs["end"]?.string ?? "\n"
        let text = String(decoding: ByteString.decode(s), as: UTF8.self) + end
        ctx.runtime.printSink(text, stream)
        return []
    }))
    // tf.compat.v1.Print: its first input passed through, the message and a summary of each
    // data tensor written to stderr, for the first `first_n` runs (-1: every run).
    r.register(OpDef("Print", stateful: true, shape: { c in
        [OutputSpec(c.dtype(0), c.shape(0))]
    }, kernel: { ctx in
        let firstN = ctx.attrs["first_n"]?.int ?? -1
        let count: Int
        if let session = ctx.session {
            count = session.printCounts[ctx.opName, default: 0]
            session.printCounts[ctx.opName] = count + 1
        } else {
            count = ctx.runtime.eagerPrintCounts[ctx.opName, default: 0]
            ctx.runtime.eagerPrintCounts[ctx.opName] = count + 1
        }
        if firstN < 0 || count < firstN {
            var text = ctx.attrs["message"]?.string ?? ""
            for i in 1..<max(1, ctx.inputs.count) {
                text += "[" + TensorSummary.summarizeLegacy(try ctx.tensor(i), maxEntries: ctx.attrs["summarize"]?.int ?? 3) + "]"
            }
            ctx.runtime.printSink(text + "\n", "stderr")
        }
        return [ctx.inputs[0]]
    }))
}

/// `Tensor::SummarizeValue(max_entries, print_v2=true)`: what `tf.print` shows of a tensor. Each
/// dimension shows its first and last `maxEntries` elements around `...` when it has more than
/// twice as many; numbers print as TF's StrCat prints them (`2`, `0.333333343`), strings quoted.
public enum TensorSummary {
    public static func summarize(_ t: Tensor, maxEntries: Int) -> String {
        let count = t.elementCount
        let limit = maxEntries < 0 ? count : min(maxEntries, count)
        if t.rank == 0 { return t.storage.element(at: 0).map(element) ?? "" }
        var out = ""
        dimension(0, shape: t.shape, limit: limit, storage: t.storage, offset: 0, into: &out)
        return out
    }

    /// `Tensor::SummarizeValue(max_entries)` as the legacy Print op uses it: the first
    /// `maxEntries` elements in row-major order, nested in brackets, `...` where it stops;
    /// strings as they are.
    public static func summarizeLegacy(_ t: Tensor, maxEntries: Int) -> String {
        let count = t.elementCount
        let limit = maxEntries < 0 ? count : min(maxEntries, count)
        var out = ""
        if t.rank == 0 {
            if limit > 0, let v = t.storage.element(at: 0) { out = legacyElement(v) }
        } else {
            var index = 0
            legacyDimension(0, shape: t.shape, limit: limit, storage: t.storage, index: &index, into: &out)
        }
        if count > limit { out += "..." }
        return out
    }

    private static func legacyDimension(_ d: Int, shape: [Int], limit: Int, storage: TensorStorage, index: inout Int, into out: inout String) {
        if index >= limit { return }
        let n = shape[d]
        if d == shape.count - 1 {
            for i in 0..<n {
                if index >= limit {
                    if d != 0 { out += "..." }
                    return
                }
                if i > 0 { out += " " }
                if let v = storage.element(at: index) { out += legacyElement(v) }
                index += 1
            }
            return
        }
        for _ in 0..<n {
            var opened = false
            if index < limit {
                out += "["
                opened = true
            }
            legacyDimension(d + 1, shape: shape, limit: limit, storage: storage, index: &index, into: &out)
            if index < limit || opened { out += "]" }
        }
    }

    private static func legacyElement(_ v: ScalarValue) -> String {
        if case .string(let s) = v { return String(decoding: ByteString.decode(s), as: UTF8.self) }
        return element(v)
    }

    /// Only the elements shown are read (a long tensor shows a few).
    private static func dimension(_ d: Int, shape: [Int], limit: Int, storage: TensorStorage, offset: Int, into out: inout String) {
        if d == shape.count {
            if let v = storage.element(at: offset) { out += element(v) }
            return
        }
        out += "["
        let n = shape[d]
        let startOfEnd = max(limit, n - limit)
        var stride = 1
        for k in (d + 1)..<shape.count { stride *= shape[k] }
        var i = 0
        while i < limit && i < n {
            if i > 0 { spacing(d, shape.count, &out) }
            dimension(d + 1, shape: shape, limit: limit, storage: storage, offset: offset + stride * i, into: &out)
            i += 1
        }
        if n > 2 * limit {
            spacing(d, shape.count, &out)
            out += "..."
        }
        var j = startOfEnd
        while j < n {
            spacing(d, shape.count, &out)
            dimension(d + 1, shape: shape, limit: limit, storage: storage, offset: offset + stride * j, into: &out)
            j += 1
        }
        out += "]"
    }

    private static func spacing(_ d: Int, _ rank: Int, _ out: inout String) {
        if d == rank - 1 { out += " "; return }
        out += String(repeating: "\n", count: rank - d - 1)
        out += String(repeating: " ", count: d + 1)
    }

    private static func element(_ v: ScalarValue) -> String {
        switch v {
        case .float32(let f): return shortest(Double(f), digits: 6, fallback: 9) { Double(Float($0)) == Double(f) || (f.isNaN && $0.isNaN) }
        case .float64(let d): return shortest(d, digits: 15, fallback: 17) { $0 == d || (d.isNaN && $0.isNaN) }
        case .int32(let i): return String(i)
        case .int64(let i): return String(i)
        case .uint8(let u): return String(u)
        case .bool(let b): return b ? "1" : "0"
        case .string(let s): return "\"" + escaped(ByteString.decode(s)) + "\""
        }
    }

    /// `%.{digits}g` when it reads back as the value, else `%.{fallback}g` (TF's FloatToBuffer).
    private static func shortest(_ x: Double, digits: Int, fallback: Int, same: (Double) -> Bool) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        let short = printfG(x, digits)
        if let back = parse(short), same(back) { return short }
        return printfG(x, fallback)
    }

    private static func printfG(_ x: Double, _ digits: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([Int32(digits), x]) { args in vsnprintf(&buffer, buffer.count, "%.*g", args) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func parse(_ s: String) -> Double? {
        s.withCString { p -> Double? in
            var end: UnsafeMutablePointer<CChar>? = nil
            let v = strtod(p, &end)
            return end.map { $0.pointee == 0 } == true ? v : nil
        }
    }

    /// absl's Utf8SafeCEscape: C escapes for quotes, backslashes and control bytes; other bytes
    /// as they are.
    private static func escaped(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        for b in bytes {
            switch b {
            case 0x0a: out += Array("\\n".utf8)
            case 0x0d: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0x22: out += Array("\\\"".utf8)
            case 0x27: out += Array("\\'".utf8)
            case 0x5c: out += Array("\\\\".utf8)
            case 0..<0x20, 0x7f:
                out += [0x5c, 0x30 + (b >> 6), 0x30 + ((b >> 3) & 7), 0x30 + (b & 7)]
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
