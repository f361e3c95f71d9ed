import LessonKit

/// What the state machine asks the app loop to do; the loop does it and reports back with an
/// `AppEvent`.
public enum Effect: Sendable, Equatable {
    /// Run both sides of a lesson and its checks in the background (the TF2 side replaced by
    /// the learner's exercise when given), then send `.runFinished`.
    case run(id: Int, lessonID: String, exercise: ExerciseFile?)
    /// Stop the run going on (Ctrl-C).
    case cancelRun
    /// Copy the lesson's exercise to a writable place if not there yet, hand the terminal to
    /// the editor, then send `.editorClosed`.
    case openEditor(lessonID: String)
    /// Remember how far the learner got (never going backwards).
    case recordProgress(lessonID: String, LessonProgress)
    /// Restore the terminal and exit.
    case quit(status: Int32)
}

/// What happens to the lesson browser besides keys.
public enum AppEvent: Sendable {
    case key(Key)
    case resized(width: Int, height: Int)
    /// The clock moved on (the spinner and elapsed time while a run goes on).
    case tick(now: Double)
    case runFinished(RunResult)
    /// The editor closed: the learner's file as it is now, or why it could not be opened.
    case editorClosed(lessonID: String, file: ExerciseFile?, error: String?)
}
