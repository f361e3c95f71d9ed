import Foundation
import PythonSyntax
import Synchronization

/// One Python interpreter: its modules, builtins, standard streams and limits.
///
/// An interpreter is used from one thread at a time. Programs run by `run(source:filename:)`;
/// native modules are registered with `registerModule(_:_:)` and created on first import.
public final class Interpreter {
    public var stdout: OutputSink
    public var stderr: OutputSink
    public var stdin: InputSource
    public let builtins: Globals
    public private(set) var modules: [String: PyModule] = [:]
    private var moduleFactories: [String: (Interpreter) throws -> PyModule] = [:]
    /// Source lines by file name, for tracebacks.
    var sources: [String: [String]] = [:]

    /// The text split at each line feed (a `\r` before it stays, as Python's tracebacks show it).
    static func lines(of source: String) -> [String] {
        source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// Line `line` (1-based) of a file the interpreter has run, if it has it.
    public func sourceLine(_ filename: String, _ line: Int) -> String? {
        guard let lines = sources[filename], line >= 1, line <= lines.count else { return nil }
        return lines[line - 1]
    }
    /// Python call depth and its limit (`sys.getrecursionlimit()`).
    var depth = 0
    public var recursionLimit = 1000
    /// Exceptions being handled by `except` blocks, innermost last (for bare `raise` and `__context__`).
    var handling: [PyBaseException] = []
    /// Set from another thread to stop the program with `KeyboardInterrupt` at the next statement.
    public let interruptFlag = InterruptFlag()
    /// Frees what a finished program built: unbinds every module's names and forgets the modules
    /// and native-module state. Python objects that refer to each other (a function and its
    /// module's globals, a class and its methods) are never freed otherwise, so a long-lived
    /// host that runs many programs calls this when it is done with one.
    public func tearDown() {
        // Every container the modules reach is emptied, once: without a cycle collector, objects
        // that point at each other (instances, classes and their methods, closures and their
        // cells) would keep each other alive.
        var seen = Set<ObjectIdentifier>()
        var stack: [Value] = modules.values.flatMap { m in m.globals.values.compactMap { $0 } }
        while let v = stack.popLast() {
            guard case .object(let o) = v, seen.insert(ObjectIdentifier(o)).inserted else { continue }
            switch o {
            case let t as PyType:
                guard !t.isBuiltin else { continue }
                stack += t.dict.values
                t.release()
            case let inst as PyInstance:
                stack += inst.dict.values
                inst.dict = [:]
            case let l as PyList:
                stack += l.items
                l.items = []
            case let d as PyDict:
                stack += d.table.liveValues
                d.table.removeAll()
            case let t as PyTuple:
                stack += t.items
            case let f as PyFunction:
                stack += f.defaults + Array(f.dict.values)
                f.defaults = []
                f.dict = [:]
                for cell in f.closure {
                    if let x = cell.value { stack.append(x) }
                    cell.value = nil
                }
            case let m as PyBoundMethod:
                stack += [m.receiver, m.function]
            default:
                continue
            }
        }
        for m in modules.values { m.globals.unbindAll() }
        modules.removeAll()
        extensions.removeAll()
        primaryExtension = nil
    }

    /// Per-interpreter storage for native modules (their runtime state).
    public var extensions: [String: AnyObject] = [:]
    /// The state of the native module that nearly every operation uses (TensorFlow's runtime),
    /// also kept here so that reaching it costs no dictionary lookup.
    public var primaryExtension: AnyObject?
    /// `sys.argv`.
    public var argv: [String] = []
    /// Where the program may read and write files (`open`, `os`, checkpoints, event files).
    public var fileAccess = FileAccessPolicy.sandbox()
    /// Frames of running Python functions, outermost first (for `pythonStack()`).
    var frameStack: [Frame] = []
    /// Containers whose repr is being computed (to print `[...]` for cycles).
    var reprActive: Set<ObjectIdentifier> = []

    public init(stdout: OutputSink = FileOutput(fd: 1), stderr: OutputSink = FileOutput(fd: 2),
                stdin: InputSource = StandardInput()) {
        Interpreter.installBuiltinTypesOnce()
        self.stdout = stdout
        self.stderr = stderr
        self.stdin = stdin
        self.builtins = Globals(moduleName: "builtins")
        installBuiltinFunctions()
        installStandardModules()
    }

    // MARK: Modules

    /// Registers a native module, created the first time a program imports it.
    public func registerModule(_ name: String, _ factory: @escaping (Interpreter) throws -> PyModule) {
        moduleFactories[name] = factory
    }

    /// Adds an already-created module.
    public func addModule(_ module: PyModule) {
        modules[module.name] = module
    }

    /// The module `name`, importing it if needed. Raises `ModuleNotFoundError`.
    public func importModule(_ name: String) throws -> PyModule {
        if let m = modules[name] { return m }
        if let f = moduleFactories[name] {
            let m = try f(self)
            modules[name] = m
            return m
        }
        // A dotted name whose parent module defines it as an attribute (`os.path`).
        if let dot = name.lastIndex(of: ".") {
            let parent = try importModule(String(name[..<dot]))
            if let v = parent.globals.get(String(name[name.index(after: dot)...])),
               case .object(let o) = v, let m = o as? PyModule {
                modules[name] = m
                return m
            }
        }
        throw PyError(PyType.ModuleNotFoundError, "No module named '\(name)'")
    }

    // MARK: Running programs

    /// Parses and compiles `source` as module `__main__` (or `moduleName`), then runs it.
    /// Throws `SyntaxError` before running and `PyError` for an uncaught exception.
    @discardableResult
    public func execute(source: String, filename: String, moduleName: String = "__main__", library: Bool = false) throws -> PyModule {
        let ast: Module
        if library {
            (ast, sources[filename]) = try LibrarySources.shared.parsed(source: source, filename: filename)
        } else {
            sources[filename] = Interpreter.lines(of: source)
            ast = try Parser.parseModule(source: source, filename: filename)
        }
        let module = PyModule(name: moduleName)
        module.globals.set("__name__", .str(moduleName))
        module.globals.set("__file__", .str(filename))
        module.globals.set("__builtins__", .object(builtinsModule))
        modules[moduleName] = module
        let code = try Compiler.compileModule(ast, globals: module.globals, interpreter: self)
        let frame = Frame(code: code, globals: module.globals)
        frameStack.append(frame)
        defer { frameStack.removeLast() }
        do {
            _ = try code.body(frame)
        } catch let e as PyError {
            e.exception.traceback.insert(TracebackEntry(filename: filename, line: frame.line, function: "<module>"), at: 0)
            throw e
        }
        return module
    }

    /// Evaluates one expression in a module's globals (a lesson check, `--compare EXPR`).
    public func evaluate(expression: String, in module: PyModule, filename: String = "<expr>") throws -> Value {
        sources[filename] = [expression]
        let ast = try Parser.parseExpression(source: expression, filename: filename)
        let code = try Compiler.compileExpression(ast, globals: module.globals, filename: filename, interpreter: self)
        let frame = Frame(code: code, globals: module.globals)
        _ = try code.body(frame)
        return frame.returnValue
    }

    /// The outcome of running a program as `tflearn run` does.
    public struct RunOutcome {
        public var exitStatus: Int32
        public var module: PyModule?
        /// The uncaught exception, if the program raised.
        public var error: PyBaseException?
        public var syntaxError: SyntaxError?
    }

    /// Runs a program: output to `stdout`, a traceback on `stderr` if it raises; never throws.
    public func run(source: String, filename: String) -> RunOutcome {
        defer { stdout.flush(); stderr.flush() }
        do {
            let m = try execute(source: source, filename: filename)
            return RunOutcome(exitStatus: 0, module: m, error: nil, syntaxError: nil)
        } catch let e as SyntaxError {
            stdout.flush()
            stderr.writeReport(e.report + "\n")
            return RunOutcome(exitStatus: 1, module: nil, error: nil, syntaxError: e)
        } catch let e as PyError {
            stdout.flush()
            if e.isInstance(of: PyType.SystemExit) {
                return RunOutcome(exitStatus: systemExitStatus(e.exception), module: modules["__main__"], error: nil, syntaxError: nil)
            }
            stderr.writeReport(formatTraceback(e.exception))
            // CPython ends with the signal's status (128 + SIGINT) after an uncaught KeyboardInterrupt.
            let status: Int32 = e.isInstance(of: PyType.KeyboardInterrupt) ? 130 : 1
            return RunOutcome(exitStatus: status, module: modules["__main__"], error: e.exception, syntaxError: nil)
        } catch {
            stderr.writeReport("internal error: \(error)\n")
            return RunOutcome(exitStatus: 1, module: nil, error: nil, syntaxError: nil)
        }
    }

    private func systemExitStatus(_ e: PyBaseException) -> Int32 {
        guard let code = e.args.first else { return 0 }
        if code.isNone { return 0 }
        if let i = code.asInt { return Int32(truncatingIfNeeded: i) }
        stderr.writeReport(((try? str(code)) ?? "") + "\n")
        return 1
    }

    /// CPython's report of an uncaught exception, with chained causes and contexts.
    public func formatTraceback(_ exc: PyBaseException) -> String {
        var out = ""
        if case .object(let o) = exc.cause, let c = o as? PyBaseException {
            out += formatTraceback(c)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if !exc.suppressContext, case .object(let o) = exc.context, let c = o as? PyBaseException, c !== exc {
            out += formatTraceback(c)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        if !exc.traceback.isEmpty {
            out += "Traceback (most recent call last):\n"
            for entry in exc.traceback {
                out += "  File \"\(entry.filename)\", line \(entry.line), in \(entry.function)\n"
                if let lines = sources[entry.filename], entry.line >= 1, entry.line <= lines.count {
                    let text = lines[entry.line - 1].trimmingCharacters(in: .whitespaces)
                    if !text.isEmpty { out += "    \(text)\n" }
                }
            }
        }
        out += exceptionLine(exc) + "\n"
        return out
    }

    /// `TypeError: message`, as the last line of a traceback shows it.
    public func exceptionLine(_ exc: PyBaseException) -> String {
        let name = exc.cls.module == "builtins" || exc.cls.module == "__main__" ? exc.cls.qualname : "\(exc.cls.module).\(exc.cls.qualname)"
        let text = (try? str(.object(exc))) ?? "<exception str() failed>"
        return text.isEmpty ? name : "\(name): \(text)"
    }

    /// Where the program is: (file, line, function) of each running Python frame, outermost first.
    public func pythonStack() -> [TracebackEntry] {
        frameStack.map { TracebackEntry(filename: $0.code.filename, line: $0.line, function: $0.code.name) }
    }

    // MARK: Limits

    @inline(__always)
    func enterCall() throws {
        depth += 1
        if depth > recursionLimit {
            depth -= 1
            throw PyError(PyType.RecursionError, "maximum recursion depth exceeded")
        }
    }

    @inline(__always)
    func leaveCall() { depth -= 1 }

    /// Raises `KeyboardInterrupt` if the run was interrupted.
    @inline(__always)
    func checkInterrupt() throws {
        if interruptFlag.isSet {
            interruptFlag.clear()
            throw PyError(PyBaseException(cls: PyType.KeyboardInterrupt, args: []))
        }
    }
}

/// A flag another thread can raise to interrupt a running program.
public struct InterruptFlag: @unchecked Sendable {
    /// Plain memory, not an object: other threads (signal watchers) set it, and release builds
    /// count references without atomic instructions (see Package.swift), so nothing they touch
    /// may be counted. Never freed (one byte per interpreter), so a late signal never writes
    /// freed memory.
    private let flag: UnsafeMutablePointer<Atomic<Bool>>
    public init() {
        flag = .allocate(capacity: 1)
        flag.initialize(to: Atomic(false))
    }
    public var isSet: Bool { flag.pointee.load(ordering: .relaxed) }
    public func set() { flag.pointee.store(true, ordering: .relaxed) }
    public func clear() { flag.pointee.store(false, ordering: .relaxed) }
}

/// Parsed library sources (the Python a native module installs, such as `<tf.keras>`): each
/// program that uses one compiles it in its own interpreter, from an AST and lines parsed once.
final class LibrarySources: @unchecked Sendable {
    static let shared = LibrarySources()
    private let lock = NSLock()
    private var parsed: [String: (source: String, module: Module, lines: [String])] = [:]

    func parsed(source: String, filename: String) throws -> (Module, [String]) {
        lock.lock()
        defer { lock.unlock() }
        if let cached = parsed[filename], cached.source == source { return (cached.module, cached.lines) }
        let module = try Parser.parseModule(source: source, filename: filename)
        let lines = Interpreter.lines(of: source)
        parsed[filename] = (source, module, lines)
        return (module, lines)
    }
}
