extension Array {
    /// An array of `count` elements that `fill` initializes, given their memory.
    ///
    /// `init(unsafeUninitializedCapacity:initializingWith:)` is not specialised in the standard
    /// library: each call looks the array's storage class up in the runtime's table of generic
    /// types, a few hundred instructions, as much as the arithmetic of a tensor of a few elements.
    /// Reserving capacity is specialised (its class is found once), so a small array of plain
    /// values is filled on the stack and copied into a reserved array.
    @inlinable @inline(__always)
    public init(count: Int, filling fill: (UnsafeMutablePointer<Element>) -> Void) {
        if count > 0, count <= 64, _isPOD(Element.self) {
            self = withUnsafeTemporaryAllocation(of: Element.self, capacity: count) { tmp in
                var a: [Element] = []
                guard let p = tmp.baseAddress else { return a }
                fill(p)
                a.reserveCapacity(count)
                a.append(contentsOf: UnsafeBufferPointer(start: p, count: count))
                return a
            }
            return
        }
        self.init(unsafeUninitializedCapacity: count) { buf, n in
            if let p = buf.baseAddress { fill(p) }
            n = count
        }
    }
}
