import LessonKit

/// The graph view: one graph of the run at a time (the TF1 program's graph, each traced
/// `tf.function` of either side) drawn as a layered DAG, and the selected node's details.
enum GraphScreen {
    static func draw(_ state: AppState, lesson: Lesson, into canvas: inout Canvas) {
        let layout = GraphScreenLayout(width: state.width, height: state.height)
        let graphs = state.lesson?.result?.graphs ?? []
        guard graphs.indices.contains(state.graph.index), let g = state.graph.layout else {
            Screens.header("\(lesson.number) · graphs", into: &canvas)
            canvas.text("No graph: run the lesson first (r).", x: 2, y: 2, style: CellStyle(.dim))
            return
        }
        let graph = graphs[state.graph.index]
        let count = graph.model.nodes.count
        Screens.header("\(graph.side.label) · \(graph.title) · \(count) node\(count == 1 ? "" : "s")",
                       right: graphs.count > 1 ? "graph \(state.graph.index + 1) of \(graphs.count) · Tab: next " : "", into: &canvas)

        // The drawing, scrolled to keep the selected box in the middle when the graph is larger.
        let area = layout.drawing
        let selected = g.box(state.graph.selected)
        var view = g.canvas
        if let b = selected {
            let box = g.boxes[b]
            view.restyle(Rect(x: box.x, y: box.y, width: box.width, height: GraphLayout.boxHeight)) {
                $0 = CellStyle(.selection, bold: true, reverse: true)
            }
            // Its inputs' and consumers' boxes are underlined.
            for n in g.inputs[b] + g.consumers[b] {
                let o = g.boxes[n]
                view.restyle(Rect(x: o.x + 1, y: o.y + 1, width: o.width - 2, height: 1)) { $0.underline = true }
            }
        }
        var originX = 0, originY = 0
        if view.width > area.width {
            let cx = selected.map { g.boxes[$0].centerX } ?? 0
            originX = min(max(0, cx - area.width / 2), view.width - area.width)
        } else {
            originX = -(area.width - view.width) / 2
        }
        if view.height > area.height {
            let cy = selected.map { g.boxes[$0].y + 1 } ?? 0
            originY = min(max(0, cy - area.height / 2), view.height - area.height)
        }
        let target = Rect(x: area.x + max(0, -originX), y: area.y, width: min(area.width, view.width), height: area.height)
        canvas.blit(view, from: max(0, originX), originY, into: target)
        if originY > 0 { canvas.text("▲ more", x: area.maxX - 7, y: area.y, style: CellStyle(.dim)) }
        if originY + area.height < view.height { canvas.text("▼ more", x: area.maxX - 7, y: area.maxY - 1, style: CellStyle(.dim)) }

        drawDetails(graph.model, g, selected, layout.details, into: &canvas)
    }

    static func drawDetails(_ model: GraphModel, _ g: GraphLayout, _ selected: Int?, _ rect: Rect, into canvas: inout Canvas) {
        guard let b = selected else {
            canvas.box(rect, title: "nothing selected")
            return
        }
        let box = g.boxes[b]
        let width = rect.width - 4
        var lines: [StyledLine] = []
        func field(_ name: String, _ value: String, _ style: CellStyle = .plain) -> StyledLine {
            var l = StyledLine(name.padding(8), CellStyle(.dim))
            l.append(value, style)
            return l
        }
        if let scope = box.scope {
            canvas.box(rect, title: "name scope \(scope)")
            var types: [String: Int] = [:]
            var order: [String] = []
            for m in box.members {
                let t = model.nodes[m].type
                if types[t] == nil { order.append(t) }
                types[t, default: 0] += 1
            }
            lines.append(field("nodes", "\(box.members.count), folded: Space unfolds them", CellStyle(.accent)))
            lines += field("ops", order.map { types[$0] == 1 ? $0 : "\($0) ×\(types[$0] ?? 0)" }.joined(separator: ", ")).wrapped(width, indent: 8)
        } else if let m = box.members.first, model.nodes.indices.contains(m) {
            let node = model.nodes[m]
            canvas.box(rect, title: node.name)
            var op = field("op", node.type, CellStyle(.accent, bold: true))
            if let o = node.outputs.first {
                op.append("   dtype ", CellStyle(.dim)); op.append(o.dtype)
                op.append("   shape ", CellStyle(.dim)); op.append(o.shape)
            }
            if node.outputs.count > 1 { op.append("   \(node.outputs.count) outputs", CellStyle(.dim)) }
            if !node.scope.isEmpty { op.append("   scope ", CellStyle(.dim)); op.append(node.scope) }
            lines.append(op)
            lines += field("inputs", node.inputs.isEmpty ? "none" : node.inputs.joined(separator: ", ")).wrapped(width, indent: 8)
            let values = node.outputs.enumerated().compactMap { i, o in o.value.map { (i, $0) } }
            if values.isEmpty {
                lines.append(field("value", node.outputs.isEmpty ? "(no outputs)" : "(not computed in the run)", CellStyle(.dim)))
            } else {
                for (i, v) in values {
                    let label = node.outputs.count > 1 ? "value:\(i)" : "value"
                    let shown = v.split(separator: "\n").map(String.init)
                    lines.append(field(label, shown.first ?? "", CellStyle(.agree, bold: true)))
                    for more in shown.dropFirst() { lines.append(StyledLine("        " + more, CellStyle(.agree))) }
                }
            }
        }
        for (i, line) in lines.prefix(rect.height - 2).enumerated() {
            line.draw(into: &canvas, x: rect.x + 2, y: rect.y + 1 + i, width: width)
        }
    }
}

extension String {
    /// Padded with spaces to `n` characters (never cut).
    func padding(_ n: Int) -> String { count >= n ? self + " " : self + String(repeating: " ", count: n - count) }
}
