import Foundation

/// How far a learner got with a lesson.
public enum LessonProgress: String, Sendable, Codable, Comparable, CaseIterable {
    case notStarted = "not-started"
    case run
    case checked
    case solved

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }

    /// One character for lists: ` `, `·`, `✓`, `★`.
    public var mark: String {
        switch self {
        case .notStarted: return " "
        case .run: return "·"
        case .checked: return "✓"
        case .solved: return "★"
        }
    }

    public var label: String {
        switch self {
        case .notStarted: return "not started"
        case .run: return "run"
        case .checked: return "checked"
        case .solved: return "exercise solved"
        }
    }
}

/// The learner's progress, in `$XDG_STATE_HOME/tflearn/progress.json`
/// (`~/.local/state/tflearn/` by default), written atomically.
public final class ProgressStore: @unchecked Sendable {
    public let file: URL
    public private(set) var lessons: [String: LessonProgress] = [:]
    /// Set when the file could not be read and was set aside.
    public private(set) var warning: String?

    private struct Stored: Codable {
        var version: Int
        var lessons: [String: LessonProgress]
    }

    /// The store in the default place for this user.
    public static func defaultFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: URL
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            base = URL(fileURLWithPath: xdg)
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home).appendingPathComponent(".local/state")
        }
        return base.appendingPathComponent("tflearn/progress.json")
    }

    /// Reads the store; a corrupt file is renamed `progress.json.corrupt-N` with a warning.
    public init(file: URL = ProgressStore.defaultFile()) {
        self.file = file
        guard let data = FileManager.default.contents(atPath: file.path) else { return }
        if let stored = try? JSONDecoder().decode(Stored.self, from: data) {
            lessons = stored.lessons
            return
        }
        var n = 1
        var aside = file.appendingPathExtension("corrupt-\(n)")
        while FileManager.default.fileExists(atPath: aside.path) {
            n += 1
            aside = file.appendingPathExtension("corrupt-\(n)")
        }
        try? FileManager.default.moveItem(at: file, to: aside)
        warning = "progress file \(file.path) could not be read; it was moved to \(aside.lastPathComponent) and progress starts afresh"
    }

    public func progress(_ id: String) -> LessonProgress { lessons[id] ?? .notStarted }

    /// Records progress (never going backwards) and saves. Returns an error message if saving failed.
    @discardableResult
    public func record(_ id: String, _ p: LessonProgress) -> String? {
        guard p > progress(id) else { return nil }
        lessons[id] = p
        return save()
    }

    /// Writes the file atomically: a temporary file in the same folder, then rename.
    @discardableResult
    public func save() -> String? {
        do {
            let dir = file.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let data = try encoder.encode(Stored(version: 1, lessons: lessons))
            let tmp = dir.appendingPathComponent(".progress-\(ProcessInfo.processInfo.processIdentifier).tmp")
            try data.write(to: tmp)
            if rename(tmp.path, file.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: tmp)
                return "could not save progress to \(file.path): \(reason)"
            }
            return nil
        } catch {
            return "could not save progress to \(file.path): \(error.localizedDescription)"
        }
    }
}
