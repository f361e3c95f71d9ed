import Foundation

/// Runs `body` on a thread with a large stack and waits for it.
///
/// The interpreter recurses natively for every Python call, so deep Python recursion
/// (up to the recursion limit) needs far more stack than a default or test thread has.
public func runWithLargeStack<T>(stackSize: Int = 1 << 30, _ body: @escaping () -> T) -> T {
    let box = LargeStackBox(body)
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.value = box.body()
        done.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    done.wait()
    guard let v = box.value else { return body() }
    return v
}

private final class LargeStackBox<T>: @unchecked Sendable {
    var value: T?
    let body: () -> T
    init(_ body: @escaping () -> T) { self.body = body }
}
