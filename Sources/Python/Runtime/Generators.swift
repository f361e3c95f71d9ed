import Foundation

/// Runs a generator function's frame on its own thread, handing control back and forth
/// with the consumer so that exactly one of them runs at a time.
final class GeneratorRunner: @unchecked Sendable {
    private let resumeGenerator = DispatchSemaphore(value: 0)
    private let resumeCaller = DispatchSemaphore(value: 0)
    /// Value passed across the hand-off: yielded out, or sent in.
    private var transfer: Value = .none
    /// An exception to raise inside the generator at its `yield` (`throw`, `close`).
    private var injected: PyError?
    /// The generator's outcome when its body ended.
    private var finishedError: Error?
    private(set) var finished = false
    private var started = false
    private let body: () throws -> Void

    init(body: @escaping () throws -> Void) {
        self.body = body
    }

    /// Called on the generator's thread by `yield`: hands `value` out and waits to be resumed.
    func yield(_ value: Value) throws -> Value {
        transfer = value
        resumeCaller.signal()
        resumeGenerator.wait()
        if let e = injected {
            injected = nil
            throw e
        }
        return transfer
    }

    /// Resumes the generator with `sent` (or an exception); returns the next yielded value, or nil when it finished.
    func resume(sending sent: Value, throwing: PyError? = nil) throws -> Value? {
        if finished {
            if let e = throwing { throw e }
            return nil
        }
        if !started {
            started = true
            if let e = throwing {
                finished = true
                throw e
            }
            let thread = Thread { [self] in
                do { try self.body() } catch { self.finishedError = error }
                self.finished = true
                self.resumeCaller.signal()
            }
            thread.stackSize = 64 << 20
            thread.start()
        } else {
            transfer = sent
            injected = throwing
            resumeGenerator.signal()
        }
        resumeCaller.wait()
        if finished {
            if let e = finishedError {
                finishedError = nil
                throw e
            }
            return nil
        }
        return transfer
    }

    var isSuspended: Bool { started && !finished }
}

/// A generator object, from calling a function that contains `yield`.
public final class PyGenerator: PyIterObject {
    let runner: GeneratorRunner
    let name: String
    let qualname: String
    var returnValue: Value = .none
    private let box: ReturnBox
    private let frame: Frame

    final class ReturnBox: @unchecked Sendable {
        var value: Value = .none
    }

    init(interp: Interpreter, function: PyFunction, frame: Frame) {
        let box = ReturnBox()
        self.box = box
        self.name = function.name
        self.qualname = function.qualname
        self.frame = frame
        let code = function.code
        let depth = interp.depth
        runner = GeneratorRunner { [unowned interp] in
            let saved = interp.depth
            interp.depth = depth + 1
            defer { interp.depth = saved }
            do {
                _ = try code.body(frame)
                box.value = frame.returnValue
            } catch let e as PyError {
                e.exception.traceback.insert(TracebackEntry(filename: code.filename, line: frame.line, function: code.name), at: 0)
                throw e
            }
        }
        super.init()
        frame.generator = runner
    }

    public override var pyType: PyType { PyType.generator }

    public override func next(_ interp: Interpreter) throws -> Value? {
        try send(interp, .none)
    }

    /// `generator.send(value)`: nil when the generator returned.
    func send(_ interp: Interpreter, _ value: Value, throwing: PyError? = nil) throws -> Value? {
        do {
            let v = try runner.resume(sending: value, throwing: throwing)
            if v == nil { returnValue = box.value }
            return v
        } catch let e as PyError where e.isInstance(of: PyType.StopIteration) {
            throw PyError.runtimeError("generator raised StopIteration")
        }
    }

    /// `generator.close()`: raises GeneratorExit at the paused `yield` and lets `finally` blocks run.
    func close() {
        guard runner.isSuspended else { return }
        let exit = PyError(PyBaseException(cls: PyType.GeneratorExit, args: []))
        _ = try? runner.resume(sending: .none, throwing: exit)
    }

    deinit {
        close()
        frame.generator = nil
    }
}
