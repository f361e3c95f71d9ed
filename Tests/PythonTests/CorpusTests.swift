import Foundation
import Testing

/// The conformance corpus: every program's stdout (and last stderr line, when it raises)
/// must equal what CPython 3.11 printed, byte for byte. See Corpus/README.md.
enum Corpus {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static var programs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
    }

    static func read(_ name: String, _ ext: String) -> String? {
        try? String(contentsOf: directory.appendingPathComponent("\(name).\(ext)"), encoding: .utf8)
    }
}

@Suite("CPython conformance corpus")
struct CorpusTests {
    @Test("the corpus has at least 40 programs, each with expected output")
    func corpusIsComplete() {
        #expect(Corpus.programs.count >= 40)
        for name in Corpus.programs {
            #expect(Corpus.read(name, "out") != nil, "\(name).out is missing")
        }
    }

    @Test("program output matches CPython", arguments: Corpus.programs)
    func program(_ name: String) throws {
        let source = try #require(Corpus.read(name, "py"))
        let expectedOut = try #require(Corpus.read(name, "out"))
        let run = ProgramRun.run(source, filename: "\(name).py", stdin: Corpus.read(name, "stdin") ?? "")
        #expect(run.stdout == expectedOut, "stdout differs for \(name)")
        if let err = Corpus.read(name, "err") {
            #expect(run.status != 0, "\(name) should fail")
            #expect(run.lastErrorLine == err.trimmingCharacters(in: .newlines))
        } else {
            #expect(run.status == 0, "\(name) failed: \(run.stderr)")
        }
    }
}
