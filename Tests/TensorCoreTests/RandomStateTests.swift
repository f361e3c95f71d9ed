import Testing
@testable import TensorCore

private func doubles(_ bits: [UInt64]) -> [Double] { bits.map(Double.init(bitPattern:)) }

@Suite("numpy legacy RandomState")
struct RandomStateTests {
    typealias E = NumpyRandomExpected

    @Test func seedingMatchesGetState() throws {
        #expect(Array(try NumpyRandomState(seed: 0).mt.key.prefix(8)) == E.stateSeed0)
        #expect(Array(try NumpyRandomState(seed: 42).mt.key.prefix(8)) == E.stateSeed42)
        #expect(Array(try NumpyRandomState(seed: 4294967295).mt.key.prefix(8)) == E.stateSeed4294967295)
        var rs = try NumpyRandomState(seedArray: [1, 2, 3])
        #expect(Array(rs.mt.key.prefix(8)) == E.stateArray123)
        #expect(rs.randomSample(count: 5) == doubles(E.randomArray123))
    }

    @Test func badSeeds() {
        #expect(throws: TensorError.self) { try NumpyRandomState(seed: -1) }
        #expect(throws: TensorError.self) { try NumpyRandomState(seed: 1 << 32) }
        #expect(throws: TensorError.self) { try NumpyRandomState(seedArray: []) }
    }

    @Test(arguments: [
        (Int64(0), E.rand0, E.randn0, E.randint0, E.randintBig0, E.randintHuge0, E.permutation0, E.uniform0, E.normal0),
        (Int64(1), E.rand1, E.randn1, E.randint1, E.randintBig1, E.randintHuge1, E.permutation1, E.uniform1, E.normal1),
        (Int64(42), E.rand42, E.randn42, E.randint42, E.randintBig42, E.randintHuge42, E.permutation42, E.uniform42, E.normal42),
        (Int64(12345), E.rand12345, E.randn12345, E.randint12345, E.randintBig12345, E.randintHuge12345, E.permutation12345, E.uniform12345, E.normal12345),
    ])
    func streams(seed: Int64, rand: [UInt64], randn: [UInt64], randint: [Int64], randintBig: [Int64],
                 randintHuge: [Int64], permutation: [Int64], uniform: [UInt64], normal: [UInt64]) throws {
        var rs = try NumpyRandomState(seed: seed)
        #expect(rs.randomSample(count: 7) == doubles(rand))
        rs = try NumpyRandomState(seed: seed)
        #expect(rs.standardNormal(count: 7) == doubles(randn))
        rs = try NumpyRandomState(seed: seed)
        #expect(try rs.randint(low: 0, high: 10, count: 12) == randint)
        rs = try NumpyRandomState(seed: seed)
        #expect(try rs.randint(low: 1_000_000, count: 8) == randintBig)
        rs = try NumpyRandomState(seed: seed)
        #expect(try rs.randint(low: -(1 << 40), high: 1 << 40, count: 5) == randintHuge)
        rs = try NumpyRandomState(seed: seed)
        #expect(rs.permutation(10) == permutation)
        rs = try NumpyRandomState(seed: seed)
        #expect(rs.uniform(low: -1, high: 1, count: 5) == doubles(uniform))
        rs = try NumpyRandomState(seed: seed)
        #expect(try rs.normal(loc: 5, scale: 2, count: 5) == doubles(normal))
    }

    @Test func cachedGaussianCarriesAcrossCalls() throws {
        var rs = try NumpyRandomState(seed: 7)
        let got = rs.standardNormal(count: 3) + rs.randomSample(count: 2) + rs.standardNormal(count: 2)
        #expect(got == doubles(E.mixed7))
    }

    @Test func lessonS17Stream() throws {
        // np.random.seed(0); noise = np.random.randn(1000000); np.random.randint(1000000, size=8)
        var rs = try NumpyRandomState(seed: 0)
        let noise = rs.standardNormal(count: 1_000_000)
        #expect(Array(noise.prefix(3)) == doubles(E.s17NoiseHead))
        #expect(Array(noise.suffix(3)) == doubles(E.s17NoiseTail))
        #expect(try rs.randint(low: 1_000_000, count: 8) == E.s17FirstBatch)
    }

    @Test func choice() throws {
        var rs = try NumpyRandomState(seed: 5)
        #expect(try rs.choice(20, count: 6) == E.choice5)
        #expect(try rs.choice(20, count: 6, replace: false) == E.choiceNoReplace5)
    }

    @Test func shuffleArrayAlongFirstAxis() throws {
        var rs = try NumpyRandomState(seed: 0)
        let t = try Tensor((0..<10).map { Int64($0) }, shape: [5, 2])
        let s = try rs.shuffled(t)
        var order = Array(0..<5)
        var rs2 = try NumpyRandomState(seed: 0)
        rs2.shuffle(&order)
        #expect(s.values(as: Int64.self) == order.flatMap { [Int64(2 * $0), Int64(2 * $0 + 1)] })
    }
}
