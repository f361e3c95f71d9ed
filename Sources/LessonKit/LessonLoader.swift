import Foundation
import Yams

/// A problem with a lesson's files, with the place it is at.
public struct LessonLoadError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `Lessons/13-x/lesson.yaml:4:7: error: ...`, as compilers write it.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): error: \(message)"
    }
}

/// Every lesson of a folder, and the problems of the ones that did not load.
public struct LessonCatalog: Sendable {
    public var directory: URL
    /// The lessons that loaded, in order of their numbers.
    public var lessons: [Lesson]
    /// One entry per lesson folder that did not load; the others still load.
    public var problems: [LessonLoadError]

    /// Loads every `NN-slug` folder of `directory`.
    public static func load(from directory: URL) -> LessonCatalog {
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        var lessons: [Lesson] = []
        var problems: [LessonLoadError] = []
        for name in names where LessonLoader.parseFolderName(name) != nil {
            var isDir: ObjCBool = false
            let url = directory.appendingPathComponent(name)
            guard fm.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue else { continue }
            do {
                lessons.append(try LessonLoader.load(url))
            } catch let e as LessonLoadError {
                problems.append(e)
            } catch {
                problems.append(LessonLoadError(file: url.path, message: "\(error)"))
            }
        }
        lessons.sort { ($0.number, $0.id) < ($1.number, $1.id) }
        return LessonCatalog(directory: directory, lessons: lessons, problems: problems)
    }

    /// The lessons a user named: `07`, `7`, `gradients-vs-tape` or `13-gradients-vs-tape`.
    /// Throws naming the first name that matches no lesson.
    public func select(_ names: [String]) throws -> [Lesson] {
        if names.isEmpty { return lessons }
        var chosen: [Lesson] = []
        for name in names {
            let matches = lessons.filter { l in
                l.id == name || l.slug == name || Int(name).map { $0 == l.number } == true
            }
            guard !matches.isEmpty else {
                let known = lessons.map(\.id).joined(separator: ", ")
                throw LessonLoadError(file: directory.path, message: "no lesson is called '\(name)' (the lessons are: \(known))")
            }
            for m in matches where !chosen.contains(where: { $0.id == m.id }) { chosen.append(m) }
        }
        return chosen
    }

    /// The `Lessons/` folder to use: `explicit` if given, else `$TFLEARN_LESSONS`, else the
    /// `Lessons/` beside the package this program was built from, else `./Lessons`.
    public static func defaultDirectory(explicit: String? = nil) -> URL {
        if let explicit { return URL(fileURLWithPath: explicit) }
        if let env = ProcessInfo.processInfo.environment["TFLEARN_LESSONS"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        // Sources/LessonKit/LessonLoader.swift -> the package root.
        let built = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lessons")
        if FileManager.default.fileExists(atPath: built.path) { return built }
        return URL(fileURLWithPath: "Lessons")
    }
}

/// Reads one lesson folder.
public enum LessonLoader {
    /// `13-gradients-vs-tape` -> (13, "gradients-vs-tape"); nil for other names.
    public static func parseFolderName(_ name: String) -> (Int, String)? {
        guard let dash = name.firstIndex(of: "-"), let n = Int(name[..<dash]),
              name[..<dash].allSatisfy(\.isNumber) else { return nil }
        let slug = String(name[name.index(after: dash)...])
        return slug.isEmpty ? nil : (n, slug)
    }

    public static func load(_ directory: URL) throws -> Lesson {
        let id = directory.lastPathComponent
        guard let (number, slug) = parseFolderName(id) else {
            throw LessonLoadError(file: directory.path, message: "a lesson folder is named NN-slug, like 13-gradients-vs-tape")
        }
        let yamlPath = directory.appendingPathComponent("lesson.yaml").path
        let yamlText = try readText(yamlPath)
        let node: Node?
        do {
            node = try Yams.compose(yaml: yamlText)
        } catch let e as YamlError {
            throw yamlError(e, file: yamlPath)
        } catch {
            throw LessonLoadError(file: yamlPath, message: "\(error)")
        }
        guard let root = node, let top = Fields(root, file: yamlPath, what: "lesson.yaml") else {
            throw LessonLoadError(file: yamlPath, line: 1, column: 1, message: "lesson.yaml must be a mapping with title, summary, steps and checks")
        }
        try top.allowOnly(["title", "summary", "trap", "concepts", "steps", "checks", "exercise"])

        func program(_ side: Side) throws -> LessonProgram {
            let path = directory.appendingPathComponent("\(side.rawValue).py").path
            let stdinPath = directory.appendingPathComponent("\(side.rawValue).stdin").path
            let outPath = directory.appendingPathComponent("\(side.rawValue).out").path
            return LessonProgram(path: path, source: try readText(path),
                                 stdin: (try? readText(stdinPath)) ?? "",
                                 expectedOutput: try? readText(outPath))
        }
        let tf1 = try program(.tf1)
        let tf2 = try program(.tf2)

        var steps: [LessonStep] = []
        for (i, item) in try top.sequence("steps").enumerated() {
            guard let f = Fields(item, file: yamlPath, what: "steps[\(i)]") else {
                throw top.error(at: item, "steps[\(i)] must be a mapping with tf1, tf2 and note")
            }
            try f.allowOnly(["tf1", "tf2", "note"])
            let step = LessonStep(tf1: try f.range("tf1", lines: tf1.source), tf2: try f.range("tf2", lines: tf2.source),
                                  note: try f.string("note"))
            if step.tf1 == nil && step.tf2 == nil { throw f.error(at: item, "steps[\(i)] needs tf1 or tf2 lines") }
            steps.append(step)
        }

        var checks: [CheckSpec] = []
        for (i, item) in try top.sequence("checks").enumerated() {
            guard let f = Fields(item, file: yamlPath, what: "checks[\(i)]") else {
                throw top.error(at: item, "checks[\(i)] must be a mapping with name and expr (or tf1 and tf2)")
            }
            try f.allowOnly(["name", "kind", "expr", "tf1", "tf2", "expect", "rtol", "atol", "allow_nan", "squeeze"])
            let kindText = try f.optionalString("kind") ?? "value"
            guard let kind = CheckSpec.Kind(rawValue: kindText) else {
                throw f.error(at: f.node("kind"), "unknown check kind '\(kindText)' (value or variables)")
            }
            let both = try f.optionalString("expr")
            guard let e1 = try f.optionalString("tf1") ?? both, let e2 = try f.optionalString("tf2") ?? both else {
                throw f.error(at: item, "checks[\(i)] needs expr, or tf1 and tf2")
            }
            var tol = Tolerance()
            if let r = try f.optionalNumber("rtol") { tol.rtol = r }
            if let a = try f.optionalNumber("atol") { tol.atol = a }
            tol.allowNaN = try f.optionalBool("allow_nan") ?? false
            tol.squeeze = try f.optionalBool("squeeze") ?? false
            checks.append(CheckSpec(name: try f.string("name"), kind: kind, tf1: e1, tf2: e2,
                                    expect: try f.optionalNumber("expect"), tolerance: tol))
        }
        if checks.isEmpty { throw top.error(at: root, "a lesson needs at least one check") }

        var exercise: Exercise?
        if let node = top.node("exercise") {
            guard let f = Fields(node, file: yamlPath, what: "exercise") else {
                throw top.error(at: node, "exercise must be a mapping with file, prompt and hint")
            }
            try f.allowOnly(["file", "prompt", "hint"])
            let file = try f.string("file")
            let path = directory.appendingPathComponent(file).path
            exercise = Exercise(path: path, source: try readText(path), prompt: try f.string("prompt"),
                                hint: try f.optionalString("hint") ?? "")
        }

        return Lesson(id: id, number: number, slug: slug, directory: directory,
                      title: try top.string("title"), summary: try top.string("summary"),
                      trap: try top.optionalString("trap") ?? "",
                      concepts: try top.optionalStrings("concepts"), steps: steps, checks: checks,
                      exercise: exercise, tf1: tf1, tf2: tf2)
    }

    static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LessonLoadError(file: path, message: "missing file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LessonLoadError(file: path, message: "not UTF-8 text")
        }
        return text
    }

    private static func yamlError(_ e: YamlError, file: String) -> LessonLoadError {
        switch e {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let text = context.map { "\($0.text) \(problem)" } ?? problem
            return LessonLoadError(file: file, line: mark.line, column: mark.column, message: "YAML: \(text)")
        case let .duplicatedKeysInMapping(duplicates, _):
            return LessonLoadError(file: file, message: "YAML: duplicated keys \(duplicates.joined(separator: ", "))")
        default:
            return LessonLoadError(file: file, message: "YAML: \(e)")
        }
    }
}

/// The keys of a YAML mapping, read with errors that point into the file.
private struct Fields {
    let file: String
    let what: String
    let mapping: Node.Mapping
    let at: Mark?

    init?(_ node: Node, file: String, what: String) {
        guard case .mapping(let m) = node else { return nil }
        self.file = file
        self.what = what
        mapping = m
        at = node.mark
    }

    func error(at node: Node?, _ message: String) -> LessonLoadError {
        let mark = node?.mark ?? at
        return LessonLoadError(file: file, line: mark?.line, column: mark?.column, message: message)
    }

    func node(_ key: String) -> Node? {
        for (k, v) in mapping where k.string == key { return v }
        return nil
    }

    func allowOnly(_ keys: Set<String>) throws {
        for (k, _) in mapping {
            guard let s = k.string, keys.contains(s) else {
                throw error(at: k, "\(what): unknown key '\(k.string ?? "?")' (expected one of: \(keys.sorted().joined(separator: ", ")))")
            }
        }
    }

    func string(_ key: String) throws -> String {
        guard let s = try optionalString(key) else { throw error(at: nil, "\(what): missing '\(key)'") }
        return s
    }

    func optionalString(_ key: String) throws -> String? {
        guard let n = node(key) else { return nil }
        guard case .scalar(let s) = n else { throw error(at: n, "\(what).\(key) must be text") }
        return s.string
    }

    func optionalNumber(_ key: String) throws -> Double? {
        guard let n = node(key) else { return nil }
        guard case .scalar(let s) = n, let d = Double(s.string.trimmingCharacters(in: .whitespaces)) else {
            throw error(at: n, "\(what).\(key) must be a number")
        }
        return d
    }

    func optionalBool(_ key: String) throws -> Bool? {
        guard let n = node(key) else { return nil }
        guard case .scalar(let s) = n else { throw error(at: n, "\(what).\(key) must be true or false") }
        switch s.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error(at: n, "\(what).\(key) must be true or false")
        }
    }

    func optionalStrings(_ key: String) throws -> [String] {
        guard let n = node(key) else { return [] }
        guard case .sequence(let seq) = n else { throw error(at: n, "\(what).\(key) must be a list") }
        return try seq.map { item in
            guard case .scalar(let s) = item else { throw error(at: item, "\(what).\(key) must be a list of text") }
            return s.string
        }
    }

    func sequence(_ key: String) throws -> [Node] {
        guard let n = node(key) else { return [] }
        guard case .sequence(let seq) = n else { throw error(at: n, "\(what).\(key) must be a list") }
        return Array(seq)
    }

    /// `[4, 6]` or `4` (one line), checked against the program's length.
    func range(_ key: String, lines source: String) throws -> LineRange? {
        guard let n = node(key) else { return nil }
        let count = source.split(separator: "\n", omittingEmptySubsequences: false).count
        let r: LineRange
        switch n {
        case .scalar(let s):
            guard let l = Int(s.string) else { throw error(at: n, "\(what).\(key) must be a line number or [first, last]") }
            r = LineRange(l, l)
        case .sequence(let seq) where seq.count == 2:
            guard let a = seq[0].int, let b = seq[1].int else { throw error(at: n, "\(what).\(key) must be [first, last] line numbers") }
            r = LineRange(a, b)
        default:
            throw error(at: n, "\(what).\(key) must be a line number or [first, last]")
        }
        guard r.first >= 1, r.first <= r.last, r.last <= count else {
            throw error(at: n, "\(what).\(key): lines \(r.first)-\(r.last) are not inside \(key).py (\(count) lines)")
        }
        return r
    }
}
