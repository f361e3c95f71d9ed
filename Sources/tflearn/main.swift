import ArgumentParser
import Foundation

// Usage errors exit with status 2 (bad input), as every other bad input does, instead of
// ArgumentParser's 64.
do {
    var command = try TFLearn.parseAsRoot()
    try command.run()
} catch {
    let code = TFLearn.exitCode(for: error)
    if code == .validationFailure {
        FileHandle.standardError.write(Data((TFLearn.fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
    }
    TFLearn.exit(withError: error)
}
