import Foundation
import Testing
@testable import LessonKit

/// The lessons of the package: every folder in Lessons/ is loaded, run and checked here, so a
/// new lesson is tested without touching this file.
enum PackageLessons {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lessons")

    static let catalog = LessonCatalog.load(from: directory)

    /// Every lesson folder's name (whether or not it loads: one that does not load fails).
    static var folders: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { LessonLoader.parseFolderName($0) != nil }.sorted()
    }
}

@Suite("Lessons: each one's two sides agree and print what real TF printed")
struct LessonEquivalenceTests {
    @Test("the curriculum has at least 22 lessons, numbered in order, and every folder loads")
    func curriculum() {
        #expect(PackageLessons.catalog.problems.map(\.description) == [])
        let numbers = PackageLessons.catalog.lessons.map(\.number)
        #expect(numbers.count >= 22)
        #expect(numbers == Array((0..<numbers.count).map { $0 + 1 }), "lessons are numbered 1, 2, 3, ... with no gaps")
        #expect(PackageLessons.catalog.lessons.filter { $0.exercise != nil }.count >= 8)
    }

    @Test("the lesson agrees", arguments: PackageLessons.folders)
    func lesson(_ folder: String) throws {
        let lesson = try LessonLoader.load(PackageLessons.directory.appendingPathComponent(folder))
        let report = Checker.check(lesson)
        for side in Side.allCases {
            let s = report.side(side)
            #expect(s.failure == nil, "\(side.label) raised:\n\(s.failure?.report ?? "")")
            let expected = try #require(lesson.program(side).expectedOutput, "\(folder)/\(side.rawValue).out is missing")
            #expect(s.stdout == expected, "\(folder)/\(side.rawValue).py prints something other than real TF")
        }
        #expect(!report.checks.isEmpty)
        for c in report.checks {
            #expect(c.verdict == .agree, "\(c.name): TF1 \(c.tf1?.summary ?? "-") TF2 \(c.tf2?.summary ?? "-"): \(c.reason ?? "")")
        }
        #expect(lesson.steps.count >= 3, "a lesson needs steps to step through")
        #expect(!lesson.summary.isEmpty && !lesson.trap.isEmpty)
    }

    @Test("an exercise as shipped has holes and does not pass", arguments: PackageLessons.folders)
    func exercise(_ folder: String) throws {
        let lesson = try LessonLoader.load(PackageLessons.directory.appendingPathComponent(folder))
        guard let exercise = lesson.exercise else { return }
        #expect(exercise.source.contains("___"), "\(exercise.path) has no ___ holes")
        #expect(!exercise.hint.isEmpty && !exercise.prompt.isEmpty)
        let report = Checker.check(lesson, tf2: LessonProgram(path: exercise.path, source: exercise.source))
        #expect(report.verdict != .agree, "the unfilled exercise of \(folder) already passes its checks")
    }
}
