import Foundation

/// Runs `body` on a thread with a large stack and waits for the thread to end.
///
/// The interpreter recurses natively for every Python call, so deep Python recursion
/// (up to the recursion limit) needs far more stack than a default or test thread has.
///
/// Release builds count references without atomic instructions (see Package.swift), so two
/// threads must never touch the same objects at once: the caller joins the thread, which
/// returns only after everything it held has been let go.
public func runWithLargeStack<T>(stackSize: Int = 1 << 30, _ body: @escaping () -> T) -> T {
    let result = ResultBox<T>()
    guard ThreadStart.runAndJoin(stackSize: stackSize, { result.value = body() }), let v = result.value else {
        return body()
    }
    return v
}

private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}

/// A POSIX thread running a Swift closure, with the closure's context handed over retained, so
/// that the thread lets go of it before it ends (or before it signals, see `GeneratorRunner`).
final class ThreadStart {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }

    /// Runs the closure the thread was started with and lets go of it.
    @inline(never)
    static func run(_ raw: UnsafeMutableRawPointer) {
        Unmanaged<ThreadStart>.fromOpaque(raw).takeRetainedValue().body()
    }

    /// Starts a thread with `stackSize` bytes of stack; false when it could not be started.
    static func start(stackSize: Int, detached: Bool, _ body: @escaping () -> Void) -> pthread_t? {
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        defer { pthread_attr_destroy(&attr) }
        pthread_attr_setstacksize(&attr, stackSize)
        if detached { pthread_attr_setdetachstate(&attr, Int32(PTHREAD_CREATE_DETACHED)) }
        let context = Unmanaged.passRetained(ThreadStart(body)).toOpaque()
        var thread = pthread_t()
        let rc = pthread_create(&thread, &attr, { raw in
            if let raw { ThreadStart.run(raw) }
            return nil
        }, context)
        guard rc == 0 else {
            Unmanaged<ThreadStart>.fromOpaque(context).release()
            return nil
        }
        return thread
    }

    /// Runs `body` on a new thread and waits for the thread to end; false if it could not start.
    static func runAndJoin(stackSize: Int, _ body: @escaping () -> Void) -> Bool {
        guard let thread = start(stackSize: stackSize, detached: false, body) else { return false }
        pthread_join(thread, nil)
        return true
    }
}
