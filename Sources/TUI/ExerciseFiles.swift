import Foundation
import LessonKit

/// Where the learner's copies of exercises live: `$XDG_STATE_HOME/tflearn/exercises/<lesson>/`
/// (by default under `~/.local/state`), beside the progress file. A copy is made once; after
/// that the learner's edits are kept.
public enum ExerciseFiles {
    public static func directory(for lesson: Lesson, stateDirectory: URL) -> URL {
        stateDirectory.appendingPathComponent("exercises").appendingPathComponent(lesson.id)
    }

    /// The learner's file for a lesson, created from the exercise (or the TF2 side) if missing.
    public static func prepare(_ lesson: Lesson, stateDirectory: URL) throws -> URL {
        let dir = directory(for: lesson, stateDirectory: stateDirectory)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let name = lesson.exercise.map { fileName($0.path) } ?? "tf2.py"
        let file = dir.appendingPathComponent(name)
        if !FileManager.default.fileExists(atPath: file.path) {
            var text = lesson.exercise?.source ?? lesson.tf2.source
            if !text.hasSuffix("\n") { text += "\n" }
            try Data(text.utf8).write(to: file, options: .atomic)
        }
        return file
    }

    /// The command that edits a file: `$VISUAL`, else `$EDITOR`, else `vi`.
    public static func editor(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let e = environment[name]?.trimmingCharacters(in: .whitespaces), !e.isEmpty { return e }
        }
        return "vi"
    }
}
