import Foundation

/// Runs a generator function's frame on its own thread, handing control back and forth
/// with the consumer so that exactly one of them runs at a time.
///
/// Release builds count references without atomic instructions (see Package.swift): each side
/// hands over with a POSIX semaphore as its last step and touches no object between posting
/// and waiting, and the generator's thread lets go of everything it holds before its last post.
final class GeneratorRunner: @unchecked Sendable {
    /// [0] resumes the generator, [1] resumes the caller.
    private let semaphores: UnsafeMutablePointer<sem_t>
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
        semaphores = .allocate(capacity: 2)
        sem_init(semaphores, 0, 0)
        sem_init(semaphores + 1, 0, 0)
    }

    deinit {
        // A generator left suspended (it ignored GeneratorExit) keeps its thread waiting on the
        // semaphores, so they stay.
        if isSuspended { return }
        sem_destroy(semaphores)
        sem_destroy(semaphores + 1)
        semaphores.deallocate()
    }

    private static func wait(_ s: UnsafeMutablePointer<sem_t>) {
        while sem_wait(s) != 0 && errno == EINTR {}
    }

    /// Called on the generator's thread by `yield`: hands `value` out and waits to be resumed.
    func yield(_ value: Value) throws -> Value {
        transfer = value
        let s = semaphores
        sem_post(s + 1)
        GeneratorRunner.wait(s)
        if let e = injected {
            injected = nil
            throw e
        }
        return transfer
    }

    /// The generator thread's work: the body, then its outcome recorded. Everything it holds is
    /// let go when this returns, before the thread's last post.
    @inline(never)
    private static func runBody(_ handle: Unmanaged<GeneratorRunner>) {
        let runner = handle.takeRetainedValue()
        do { try runner.body() } catch { runner.finishedError = error }
        runner.finished = true
    }

    /// Resumes the generator with `sent` (or an exception); returns the next yielded value, or nil when it finished.
    func resume(sending sent: Value, throwing: PyError? = nil) throws -> Value? {
        if finished {
            if let e = throwing { throw e }
            return nil
        }
        let s = semaphores
        if !started {
            started = true
            if let e = throwing {
                finished = true
                throw e
            }
            let runner = Unmanaged.passRetained(self)
            let thread = ThreadStart.start(stackSize: 64 << 20, detached: true) {
                GeneratorRunner.runBody(runner)
                sem_post(s + 1)
            }
            guard thread != nil else {
                runner.release()
                finished = true
                throw PyError.runtimeError("can't start a thread for the generator")
            }
        } else {
            transfer = sent
            injected = throwing
            sem_post(s)
        }
        GeneratorRunner.wait(s + 1)
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
