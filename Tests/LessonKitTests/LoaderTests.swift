import Foundation
import Testing
@testable import LessonKit

/// A folder of lessons made for one test, removed afterwards.
final class TemporaryLessons {
    let root: URL
    init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tflearn-lessons-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: root) }

    func add(_ id: String, yaml: String, tf1: String = "x = 1\n", tf2: String = "x = 1\n", extra: [String: String] = [:]) {
        let dir = root.appendingPathComponent(id)
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var files = extra
        files["lesson.yaml"] = yaml
        files["tf1.py"] = tf1
        files["tf2.py"] = tf2
        for (name, text) in files { try? text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    }
}

let goodYAML = """
title: One
summary: |
  Some prose.
trap: A trap.
concepts: [a, b]
steps:
  - tf1: [1, 1]
    tf2: 1
    note: The only line.
checks:
  - name: x
    expr: x
    expect: 1
    rtol: 0
"""

@Suite("Loading lessons")
struct LoaderTests {
    @Test("a good lesson loads with every field")
    func good() throws {
        let t = TemporaryLessons()
        t.add("01-one", yaml: goodYAML, extra: ["tf1.out": "", "exercise.py": "x = ___\n"])
        let lesson = try LessonLoader.load(t.root.appendingPathComponent("01-one"))
        #expect(lesson.number == 1 && lesson.slug == "one" && lesson.title == "One")
        #expect(lesson.summary == "Some prose.\n")
        #expect(lesson.concepts == ["a", "b"])
        #expect(lesson.steps.first?.tf1 == LineRange(1, 1) && lesson.steps.first?.tf2 == LineRange(1, 1))
        #expect(lesson.checks.first?.expect == 1 && lesson.checks.first?.tolerance.rtol == 0)
        #expect(lesson.tf1.expectedOutput == "" && lesson.tf2.expectedOutput == nil)
        #expect(Checker.check(lesson).verdict == .agree)
    }

    @Test("malformed YAML names the file, line and column; the other lessons still load")
    func malformed() {
        let t = TemporaryLessons()
        t.add("01-one", yaml: goodYAML)
        t.add("02-two", yaml: "title: Two\nsummary: [unclosed\nchecks: []\n")
        t.add("03-three", yaml: goodYAML.replacingOccurrences(of: "title: One", with: "title: Three"))
        let catalog = LessonCatalog.load(from: t.root)
        #expect(catalog.lessons.map(\.id) == ["01-one", "03-three"])
        #expect(catalog.problems.count == 1)
        let p = catalog.problems.first
        #expect(p?.file.hasSuffix("02-two/lesson.yaml") == true)
        #expect(p?.line == 3 && p?.column != nil)
        #expect(p?.description.contains("02-two/lesson.yaml:3:") == true)
    }

    @Test("wrong fields point at their place", arguments: [
        ("title: X\nsummary: s\nsteps: []\nchecks:\n  - name: a\n", "checks[0] needs expr, or tf1 and tf2", 5),
        ("title: X\nsummary: s\nchecks:\n  - name: a\n    expr: x\n    rtol: lots\n", "checks[0].rtol must be a number", 6),
        ("title: X\nsummary: s\ncheks: []\n", "lesson.yaml: unknown key 'cheks'", 3),
        ("title: X\nsummary: s\nsteps:\n  - tf1: [1, 9]\n    note: n\nchecks:\n  - name: a\n    expr: x\n", "steps[0].tf1: lines 1-9 are not inside tf1.py", 4),
        ("title: X\nsummary: s\nchecks:\n  - name: a\n    kind: shapes\n    expr: x\n", "unknown check kind 'shapes'", 5),
    ])
    func badFields(_ yaml: String, _ message: String, _ line: Int) {
        let t = TemporaryLessons()
        t.add("01-bad", yaml: yaml)
        let catalog = LessonCatalog.load(from: t.root)
        let p = catalog.problems.first
        #expect(p?.message.contains(message) == true, "\(p?.description ?? "no problem")")
        #expect(p?.line == line)
    }

    @Test("a missing program is named")
    func missingProgram() throws {
        let t = TemporaryLessons()
        t.add("01-one", yaml: goodYAML)
        try FileManager.default.removeItem(at: t.root.appendingPathComponent("01-one/tf2.py"))
        let p = LessonCatalog.load(from: t.root).problems.first
        #expect(p?.description.hasSuffix("01-one/tf2.py: error: missing file") == true)
    }

    @Test("lessons are chosen by number, slug or id; an unknown name is an error")
    func select() throws {
        let t = TemporaryLessons()
        t.add("01-one", yaml: goodYAML)
        t.add("02-two", yaml: goodYAML)
        let catalog = LessonCatalog.load(from: t.root)
        #expect(try catalog.select(["2"]).map(\.id) == ["02-two"])
        #expect(try catalog.select(["one", "02-two", "01"]).map(\.id) == ["01-one", "02-two"])
        #expect(throws: LessonLoadError.self) { try catalog.select(["nine"]) }
    }
}

@Suite("Progress")
struct ProgressTests {
    @Test("progress is saved atomically, only moves forward, and reloads")
    func roundTrip() throws {
        let t = TemporaryLessons()
        let file = t.root.appendingPathComponent("state/tflearn/progress.json")
        let store = ProgressStore(file: file)
        #expect(store.record("01-one", .checked) == nil)
        store.record("01-one", .run)
        #expect(ProgressStore(file: file).progress("01-one") == .checked)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        #expect(leftovers == ["progress.json"])
    }

    @Test("a corrupt file is set aside with a warning")
    func corrupt() throws {
        let t = TemporaryLessons()
        let file = t.root.appendingPathComponent("progress.json")
        try "{not json".write(to: file, atomically: true, encoding: .utf8)
        let store = ProgressStore(file: file)
        #expect(store.warning != nil)
        #expect(store.progress("01-one") == .notStarted)
        #expect(FileManager.default.fileExists(atPath: file.path + ".corrupt-1"))
    }

    @Test("the default place follows XDG_STATE_HOME, else ~/.local/state")
    func place() {
        #expect(ProgressStore.defaultFile(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/u"]).path == "/x/state/tflearn/progress.json")
        #expect(ProgressStore.defaultFile(environment: ["HOME": "/home/u"]).path == "/home/u/.local/state/tflearn/progress.json")
    }
}
