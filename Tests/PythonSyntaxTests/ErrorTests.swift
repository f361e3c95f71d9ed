import Testing
@testable import PythonSyntax

/// Every source in `cpythonErrorCases` must fail as CPython 3.11 fails: same exception
/// class, message, line, column and (normalised) end column.
@Test(arguments: cpythonErrorCases)
func errorMatchesCPython(_ c: ErrCase) {
    do {
        let m = try Parser.parseModule(source: c.source, filename: "f.py")
        Issue.record("parsed without error: \(dump(m))")
    } catch let e as SyntaxError {
        #expect("\(e.kind.rawValue) \(e.message) \(e.line):\(e.column)-\(e.endColumn)"
                == "\(c.kind) \(c.message) \(c.line):\(c.column)-\(c.endColumn)")
    } catch {
        Issue.record("threw a non-SyntaxError: \(error)")
    }
}
