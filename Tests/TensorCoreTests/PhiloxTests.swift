import Testing
@testable import TensorCore

@Suite("TF Philox")
struct PhiloxTests {
    /// Random123's known-answer vectors for philox4x32-10.
    @Test func random123KnownAnswers() {
        #expect(PhiloxRandom.block(counter: [0, 0, 0, 0], key: [0, 0]) == [0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8])
        #expect(PhiloxRandom.block(counter: [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff], key: [0xffffffff, 0xffffffff])
            == [0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd])
        #expect(PhiloxRandom.block(counter: [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344], key: [0xa4093822, 0x299f31d0])
            == [0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1])
    }

    @Test func seedingAndSkipping() throws {
        var g = PhiloxRandom(seed: 0x1_0000_0002, seed2: 0x3_0000_0004)
        #expect(g.key == [2, 1])
        #expect(g.counter == [0, 0, 4, 3])
        _ = g.next()
        #expect(g.counter == [1, 0, 4, 3])
        var h = try PhiloxRandom(counter: [0xffffffff, 0xffffffff, 7, 0], key: [0, 0])
        h.skip(1)
        #expect(h.counter == [0, 0, 8, 0])
        var guarded = GuardedPhilox(seed: 87654321, seed2: 42)
        let first = guarded.reserve(outputCount: 9)
        #expect(first.counter == [0, 0, 42, 0])
        #expect(guarded.generator.counter == [2304, 0, 42, 0])
    }

    @Test func conversions() throws {
        #expect(TFRandom.uint32ToFloat(0) == 0)
        #expect(TFRandom.uint32ToFloat(0xffffffff) == 1 - Float.ulpOfOne)
        #expect(TFRandom.uint64ToDouble(0, 0) == 0)
        let u = try TFRandom.uniform(count: 9, dtype: .float32, generator: PhiloxRandom(seed: 87654321, seed2: 42))
        #expect(u.shape == [9])
        #expect(u.values(as: Float.self)?.allSatisfy { $0 >= 0 && $0 < 1 } == true)
        // The first four values come from one Philox block.
        let w = PhiloxRandom.block(counter: [0, 0, 42, 0], key: [87654321, 0])
        #expect(Array(u.values(as: Float.self)?.prefix(4) ?? []) == w.map(TFRandom.uint32ToFloat))
        let n = try TFRandom.normal(count: 1000, dtype: .float32, generator: PhiloxRandom(seed: 1, seed2: 2))
        let mean = try Kernels.mean(n).values(as: Float.self)?[0] ?? 1
        #expect(abs(mean) < 0.1)
        let d = try TFRandom.uniform(count: 3, dtype: .float64, generator: PhiloxRandom(seed: 1, seed2: 2))
        #expect(d.dtype == .float64 && d.elementCount == 3)
    }
}
