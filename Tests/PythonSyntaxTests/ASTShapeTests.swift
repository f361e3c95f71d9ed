import Testing
@testable import PythonSyntax

/// Every snippet in `cpythonASTCases` must parse to CPython's AST shape, with CPython's
/// source ranges (for ASCII sources, where CPython's byte columns equal our scalar columns).
@Test(arguments: cpythonASTCases)
func astMatchesCPython(_ c: ASTCase) throws {
    let m = try Parser.parseModule(source: c.source, filename: "t.py")
    let withRanges = c.expected.contains("@")
    #expect(dump(m, ranges: withRanges) == c.expected)
}
