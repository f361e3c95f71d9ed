import Foundation

/// Where a program's `print` goes.
public protocol OutputSink: AnyObject {
    func write(_ s: String)
    func flush()
    /// What the interpreter itself writes when the program ends: the traceback of an uncaught
    /// exception, a syntax error, `sys.exit`'s message. Written as any text unless a sink
    /// tells it apart from the program's own output.
    func writeReport(_ s: String)
}

extension OutputSink {
    public func writeReport(_ s: String) { write(s) }
}

/// Where `input()` reads from.
public protocol InputSource: AnyObject {
    /// One line without its newline, or nil at end of input.
    func readLine() -> String?
}

/// Buffered output to a file descriptor (standard output or error).
public final class FileOutput: OutputSink {
    private let fd: Int32
    private var buffer: [UInt8] = []
    public init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(1 << 16)
    }
    public func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }
    public func flush() {
        var offset = 0
        while offset < buffer.count {
            let n = buffer[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
    deinit { flush() }
}

/// Output collected in memory (tests, lesson runs).
public final class CapturedOutput: OutputSink {
    public private(set) var text = ""
    public init() {}
    public func write(_ s: String) { text += s }
    public func flush() {}
}

/// Standard input, line by line.
public final class StandardInput: InputSource {
    public init() {}
    public func readLine() -> String? { Swift.readLine(strippingNewline: true) }
}

/// Input from a string (tests, lesson runs).
public final class StringInput: InputSource {
    private var lines: [Substring]
    private var next = 0
    public init(_ text: String) {
        var ls = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { ls.removeLast() }
        lines = ls
    }
    public func readLine() -> String? {
        guard next < lines.count else { return nil }
        defer { next += 1 }
        return String(lines[next])
    }
}
