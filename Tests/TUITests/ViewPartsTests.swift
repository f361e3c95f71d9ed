import Testing
@testable import TUI

@Suite("The parts views are made of")
struct ViewPartsTests {
    @Test func canvasClipsDrawingOutsideItAndTruncatesWithAnEllipsis() {
        var c = Canvas(width: 10, height: 2)
        c.text("hello world", x: 3, y: 0)
        c.text("never", x: 0, y: 5)
        c.field("a long title", x: 0, y: 1, width: 6)
        #expect(c.lines == ["   hello w", "a lon…    "])
        #expect(Canvas.truncate("abc", to: 3) == "abc" && Canvas.truncate("abcd", to: 3) == "ab…")
    }

    @Test func canvasBoxesAndWideCharactersKeepColumns() {
        var c = Canvas(width: 6, height: 3)
        c.box(c.bounds)
        #expect(c.lines == ["┌────┐", "│    │", "└────┘"])
        var w = Canvas(width: 4, height: 1)
        w.text("a漢b", x: 0, y: 0)
        #expect(w.lines == ["a?b "])
    }

    @Test func wrappingKeepsPunctuationWithTheCodeItTouches() {
        let line = Markdown.inline("the scope prefixes the name (`dense1/weight`), so two layers", .plain)
        let lines = line.wrapped(30).map(\.plain)
        #expect(lines == ["the scope prefixes the name", "(dense1/weight), so two layers"])
        // Code keeps its style through the wrap.
        let code = line.wrapped(30)[1].spans.first { $0.text.contains("dense1") }
        #expect(code?.style.foreground == .accent)
    }

    @Test func wrappingIndentsContinuationLinesAndCutsLongWords() {
        let l = StyledLine("• one two three four").wrapped(10, indent: 2).map(\.plain)
        #expect(l == ["• one two", "  three", "  four"])
        #expect(StyledLine("abcdefghij").wrapped(4).map(\.plain) == ["abcd", "efgh", "ij"])
        #expect(StyledLine("  indented").wrapped(20).map(\.plain) == ["  indented"])
    }

    @Test func markdownParagraphsItemsAndBold() {
        let out = Markdown.render("First line\nsame paragraph.\n\n- an item\n- **bold** item", width: 40)
        #expect(out.map(\.plain) == ["First line same paragraph.", "", "• an item", "• bold item"])
        #expect(out[3].spans.contains { $0.text == "bold" && $0.style.bold })
    }

    @Test func markdownEmphasisIsUnderlinedButAMultiplicationIsNot() {
        let l = Markdown.inline("adds one *each time it is run*, and x * y stays", .plain)
        #expect(l.plain == "adds one each time it is run, and x * y stays")
        #expect(l.spans.contains { $0.text == "each time it is run" && $0.style.underline })
    }

    @Test func highlighterColoursKeywordsStringsNumbersCommentsAndDecorators() {
        let roles = Highlighter.roles(["@tf.function", "def f(x):  # note", "    return x * 2.5, \"s\""])
        #expect(roles[0].allSatisfy { $0 == .decorator })
        #expect(roles[1][0] == .keyword && roles[1][4] == .title && roles[1][11] == .comment)
        let third = Array("    return x * 2.5, \"s\"")
        #expect(roles[2][4] == .keyword)
        #expect(roles[2][third.firstIndex(of: "2") ?? 0] == .number)
        #expect(roles[2][third.firstIndex(of: "\"") ?? 0] == .string)
    }

    @Test func highlighterCarriesTripleQuotedStringsAcrossLines() {
        let roles = Highlighter.roles(["x = \"\"\"start", "middle # not a comment", "end\"\"\" + 1"])
        #expect(roles[1].allSatisfy { $0 == .string })
        #expect(roles[2][0] == .string && roles[2][9] == .number)
    }

    @Test func graphLayoutPutsInputsAboveConsumersAndFoldsScopes() {
        let model = FixedGraphs.tf1
        let folded = GraphLayout.foldableScopes(model)
        #expect(folded == ["x", "gradients", "gradients/Square_grad"])
        let layout = GraphLayout(model: model, folded: folded)
        let ids = layout.boxes.map(\.id)
        #expect(ids.contains("scope:x") && ids.contains("scope:gradients") && ids.contains("Square"))
        // Every edge goes down.
        for (b, inputs) in layout.inputs.enumerated() {
            for i in inputs where i < b { #expect(layout.boxes[i].layer < layout.boxes[b].layer) }
        }
        // Unfolded, every node is a box of its own.
        let all = GraphLayout(model: model, folded: [])
        #expect(all.boxes.count == model.nodes.count)
        #expect(all.canvas.text.contains("Square_grad/Mul_1"))
    }

    @Test func producerNamesComeFromTensorAndControlInputs() {
        #expect(GraphModel.producer(of: "x:0") == "x")
        #expect(GraphModel.producer(of: "^init") == "init")
        #expect(GraphModel.producer(of: "a/b:12") == "a/b")
    }

    @Test func smallErrorsAreShortInTheCheckTable() {
        #expect(CheckRow.format(0) == "0")
        #expect(CheckRow.format(2.4e-7) == "2.4e-07")
        #expect(CheckRow.format(0.005443) == "0.005443")
    }
}
