/// A graph laid out as layers of boxes from inputs (top) to consumers (bottom), with name
/// scopes folded into single boxes, drawn once into a canvas the graph view scrolls over.
///
/// Layers come from the longest path from a source; the order within a layer from the mean
/// position of each box's neighbours (a few sweeps, as in Sugiyama's method). An edge that
/// skips layers passes through a one-column slot in each layer it crosses, and each edge gets
/// its own track in the gap between two layers so that edges never run along each other.
public struct GraphLayout: Sendable {
    public struct Box: Sendable, Equatable {
        /// The node's name, or `scope:NAME` for a folded scope.
        public var id: String
        public var label: String
        /// For a folded scope: its path; nil for a node.
        public var scope: String?
        /// Indices of the graph's nodes this box stands for.
        public var members: [Int]
        public var layer: Int
        public var x: Int
        public var y: Int
        public var width: Int
        public var centerX: Int { x + width / 2 }
    }

    public private(set) var boxes: [Box]
    /// Box indices per layer, left to right.
    public private(set) var layers: [[Int]]
    /// Each box's inputs and consumers, as box indices.
    public private(set) var inputs: [[Int]]
    public private(set) var consumers: [[Int]]
    public private(set) var canvas: Canvas

    public static let boxHeight = 3
    static let maxLabel = 22

    /// The scopes with at least two nodes (a node named like a scope counts as in it): what is
    /// folded when the view opens.
    public static func foldableScopes(_ model: GraphModel) -> Set<String> {
        let names = Set(model.nodes.map(\.name))
        var count: [String: Int] = [:]
        for n in model.nodes {
            for p in prefixes(n.name, names: names) { count[p, default: 0] += 1 }
        }
        return Set(count.filter { $0.value >= 2 }.keys)
    }

    /// Every scope a node is in, outermost first, counting a node named like a scope (`x` with
    /// `x/read`) as in it: what Space can fold.
    public static func scopes(of node: String, in model: GraphModel) -> [String] {
        let names = Set(model.nodes.map(\.name))
        var chain = prefixes(node, names: names)
        if model.nodes.contains(where: { $0.name.hasPrefix(node + "/") }) { chain.append(node) }
        return chain
    }

    /// The scopes of a name (`a/b/c` is in `a` and `a/b`), outermost first.
    static func prefixes(_ name: String, names: Set<String>) -> [String] {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        var out: [String] = []
        var path = ""
        for (i, p) in parts.enumerated() {
            path = i == 0 ? String(p) : path + "/" + p
            if i < parts.count - 1 { out.append(path) }
        }
        return out
    }

    public init(model: GraphModel, folded: Set<String>) {
        let names = Set(model.nodes.map(\.name))
        // Which scopes have members other than a same-named node, so a node `x` joins scope `x`.
        var scopesWithChildren = Set<String>()
        for n in model.nodes { for p in GraphLayout.prefixes(n.name, names: names) { scopesWithChildren.insert(p) } }

        // 1. Visible units: each node alone, or the outermost folded scope it is in.
        var unitOf: [Int] = []
        var unitIDs: [String: Int] = [:]
        var boxes: [Box] = []
        for (i, n) in model.nodes.enumerated() {
            var chain = GraphLayout.prefixes(n.name, names: names)
            if scopesWithChildren.contains(n.name) { chain.append(n.name) }
            let scope = chain.first { folded.contains($0) }
            let id = scope.map { "scope:" + $0 } ?? n.name
            if let u = unitIDs[id] {
                boxes[u].members.append(i)
                unitOf.append(u)
            } else {
                unitIDs[id] = boxes.count
                unitOf.append(boxes.count)
                boxes.append(Box(id: id, label: "", scope: scope, members: [i], layer: 0, x: 0, y: 0, width: 0))
            }
        }
        for b in boxes.indices {
            if let scope = boxes[b].scope {
                let last = scope.split(separator: "/").last.map(String.init) ?? scope
                boxes[b].label = "▸ " + last + " (\(boxes[b].members.count))"
            } else {
                boxes[b].label = GraphLayout.shortName(model.nodes[boxes[b].members[0]].name)
            }
            boxes[b].label = Canvas.truncate(boxes[b].label, to: GraphLayout.maxLabel)
            boxes[b].width = boxes[b].label.count + 4
        }

        // 2. Edges between units; units are in creation order, and an edge that points back
        //    (possible between folded scopes) is left out of the drawing.
        var nodeIndex: [String: Int] = [:]
        for (i, n) in model.nodes.enumerated() { nodeIndex[n.name] = i }
        var inputs = Array(repeating: [Int](), count: boxes.count)
        var consumers = Array(repeating: [Int](), count: boxes.count)
        for (i, n) in model.nodes.enumerated() {
            let to = unitOf[i]
            for input in n.inputs {
                guard let j = nodeIndex[GraphModel.producer(of: input)] else { continue }
                let from = unitOf[j]
                if from == to || inputs[to].contains(from) { continue }
                inputs[to].append(from)
                consumers[from].append(to)
            }
        }

        // 3. Layers by longest path over forward edges.
        for b in boxes.indices {
            let l = inputs[b].filter { $0 < b }.map { boxes[$0].layer + 1 }.max() ?? 0
            boxes[b].layer = l
        }
        // A box with no inputs (a constant, a placeholder) sits just above its first consumer
        // rather than at the top, so that short edges stay short.
        for b in boxes.indices where !inputs[b].contains(where: { $0 < b }) {
            if let m = consumers[b].filter({ $0 > b }).map({ boxes[$0].layer }).min(), m - 1 > boxes[b].layer {
                boxes[b].layer = m - 1
            }
        }
        let layerCount = (boxes.map(\.layer).max() ?? -1) + 1

        // 4. Slots per layer: boxes, and pass-through slots for edges that skip layers.
        enum Slot { case box(Int), pass(edge: Int) }
        var edges: [(from: Int, to: Int)] = []
        for to in boxes.indices { for from in inputs[to] where boxes[from].layer < boxes[to].layer { edges.append((from, to)) } }
        var slots = Array(repeating: [Slot](), count: layerCount)
        for b in boxes.indices { slots[boxes[b].layer].append(.box(b)) }
        for (e, edge) in edges.enumerated() {
            let a = boxes[edge.from].layer, z = boxes[edge.to].layer
            if z - a > 1 { for l in (a + 1)..<z { slots[l].append(.pass(edge: e)) } }
        }
        func width(_ s: Slot) -> Int {
            switch s {
            case .box(let b): return boxes[b].width
            case .pass: return 1
            }
        }
        // Order within layers by the mean order of neighbours in the layer above, then below.
        var position: [String: Double] = [:]
        func key(_ s: Slot) -> String {
            switch s {
            case .box(let b): return "b\(b)"
            case .pass(let e): return "p\(e)"
            }
        }
        func place(_ l: Int) { for (i, s) in slots[l].enumerated() { position[key(s)] = Double(i) } }
        for l in 0..<layerCount { place(l) }
        func neighbours(_ s: Slot, _ layer: Int, up: Bool) -> [String] {
            switch s {
            case .pass(let e):
                let edge = edges[e]
                let other = up ? layer - 1 : layer + 1
                if other == boxes[edge.from].layer { return ["b\(edge.from)"] }
                if other == boxes[edge.to].layer { return ["b\(edge.to)"] }
                return ["p\(e)"]
            case .box(let b):
                var out: [String] = []
                for (e, edge) in edges.enumerated() {
                    if up && edge.to == b {
                        out.append(boxes[edge.from].layer == layer - 1 ? "b\(edge.from)" : "p\(e)")
                    } else if !up && edge.from == b {
                        out.append(boxes[edge.to].layer == layer + 1 ? "b\(edge.to)" : "p\(e)")
                    }
                }
                return out
            }
        }
        for sweep in 0..<4 {
            let down = sweep % 2 == 0
            let order = down ? Array(1..<max(1, layerCount)) : Array(stride(from: layerCount - 2, through: 0, by: -1))
            for l in order {
                let keyed = slots[l].enumerated().map { (i, s) -> (Double, Int, Slot) in
                    let ns = neighbours(s, l, up: down).compactMap { position[$0] }
                    return (ns.isEmpty ? position[key(s)] ?? Double(i) : ns.reduce(0, +) / Double(ns.count), i, s)
                }
                slots[l] = keyed.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
                place(l)
            }
        }

        // 5. x positions: each layer packed and centred on the widest, then each box moved
        //    under the mean of its neighbours above (or, for a box with none, below), keeping
        //    the order and the gaps, so that chains run straight down.
        let gapX = 2
        let layerWidths = slots.map { layer in layer.map(width).reduce(0, +) + gapX * max(0, layer.count - 1) }
        let widest = max(1, layerWidths.max() ?? 1)
        var left = Array(repeating: [Int](), count: layerCount)
        for l in 0..<layerCount {
            var x = (widest - layerWidths[l]) / 2
            for s in slots[l] {
                left[l].append(x)
                x += width(s) + gapX
            }
        }
        func centres() -> [String: Double] {
            var c: [String: Double] = [:]
            for l in 0..<layerCount {
                for (i, s) in slots[l].enumerated() { c[key(s)] = Double(left[l][i]) + Double(width(s)) / 2 }
            }
            return c
        }
        for _ in 0..<2 {
            for l in 0..<layerCount {
                let c = centres()
                let ws = slots[l].map(width)
                let desired: [Double] = slots[l].enumerated().map { i, s in
                    var ns = l > 0 ? neighbours(s, l, up: true).compactMap { c[$0] } : []
                    if ns.isEmpty && l + 1 < layerCount { ns = neighbours(s, l, up: false).compactMap { c[$0] } }
                    let centre = ns.isEmpty ? Double(left[l][i]) + Double(ws[i]) / 2 : ns.reduce(0, +) / Double(ns.count)
                    return centre - Double(ws[i]) / 2
                }
                // Pushed right from the left, pushed left from the right, then the mean of the two.
                var pushRight = desired
                for i in pushRight.indices.dropFirst() { pushRight[i] = max(pushRight[i], pushRight[i - 1] + Double(ws[i - 1] + gapX)) }
                var pushLeft = desired
                for i in pushLeft.indices.reversed().dropFirst() { pushLeft[i] = min(pushLeft[i], pushLeft[i + 1] - Double(ws[i] + gapX)) }
                var xs = zip(pushRight, pushLeft).map { (($0 + $1) / 2).rounded() }
                for i in xs.indices.dropFirst() { xs[i] = max(xs[i], xs[i - 1] + Double(ws[i - 1] + gapX)) }
                left[l] = xs.map { Int($0) }
            }
        }
        let shift = -(left.compactMap(\.first).min() ?? 0)
        var totalWidth = 1
        var passX: [Int: [Int: Int]] = [:] // edge -> layer -> x
        for l in 0..<layerCount {
            for (i, s) in slots[l].enumerated() {
                let x = left[l][i] + shift
                totalWidth = max(totalWidth, x + width(s))
                switch s {
                case .box(let b): boxes[b].x = x
                case .pass(let e): passX[e, default: [:]][l] = x
                }
            }
        }
        // Gap rows between layers: one track per net plus the arrow row.
        var layerY = Array(repeating: 0, count: layerCount)

        // 6. Nets between consecutive layers: from an exit point to entry points.
        struct Net { var exitX: Int; var fromBox: Bool; var entries: [Int]; var arrows: [Int]; var lo: Int { min(exitX, entries.min() ?? exitX) }; var hi: Int { max(exitX, entries.max() ?? exitX) } }
        var nets = Array(repeating: [Net](), count: max(0, layerCount - 1))
        // Entry points of each box: spread over its width, in the order of where they come from.
        var entryX: [Int: [Int: Int]] = [:] // box -> edge -> x
        for b in boxes.indices {
            let incoming = edges.indices.filter { edges[$0].to == b }
            func sourceX(_ e: Int) -> Int {
                let edge = edges[e]
                let l = boxes[b].layer - 1
                return boxes[edge.from].layer == l ? boxes[edge.from].centerX : (passX[e]?[l] ?? 0)
            }
            let ordered = incoming.sorted { sourceX($0) < sourceX($1) }
            let inner = max(1, boxes[b].width - 2)
            for (k, e) in ordered.enumerated() {
                entryX[b, default: [:]][e] = boxes[b].x + 1 + (inner * (2 * k + 1)) / (2 * ordered.count)
            }
        }
        for l in 0..<max(0, layerCount - 1) {
            var byExit: [Int: Int] = [:] // exit x -> net index
            func add(exit: Int, fromBox: Bool, entry: Int, toBox: Bool) {
                if byExit[exit] == nil {
                    byExit[exit] = nets[l].count
                    nets[l].append(Net(exitX: exit, fromBox: fromBox, entries: [], arrows: []))
                }
                guard let n = byExit[exit] else { return }
                if !nets[l][n].entries.contains(entry) { nets[l][n].entries.append(entry) }
                if toBox { nets[l][n].arrows.append(entry) }
            }
            for (e, edge) in edges.enumerated() {
                let a = boxes[edge.from].layer, z = boxes[edge.to].layer
                guard a <= l, z >= l + 1 else { continue }
                let exit = a == l ? boxes[edge.from].centerX : (passX[e]?[l] ?? 0)
                let entry = z == l + 1 ? (entryX[edge.to]?[e] ?? boxes[edge.to].centerX) : (passX[e]?[l + 1] ?? 0)
                add(exit: exit, fromBox: a == l, entry: entry, toBox: z == l + 1)
            }
        }
        // Tracks: nets whose spans do not come within a cell of each other share a row.
        var trackOf = Array(repeating: [Int](), count: nets.count)
        var trackCount = Array(repeating: 0, count: nets.count)
        for l in nets.indices {
            var lastHi: [Int] = []
            trackOf[l] = Array(repeating: -1, count: nets[l].count)
            for n in nets[l].indices.sorted(by: { (nets[l][$0].lo, nets[l][$0].hi) < (nets[l][$1].lo, nets[l][$1].hi) }) {
                let net = nets[l][n]
                if net.lo == net.hi { continue } // straight down: no track
                if let t = lastHi.firstIndex(where: { $0 + 1 < net.lo }) {
                    trackOf[l][n] = t
                    lastHi[t] = net.hi
                } else {
                    trackOf[l][n] = lastHi.count
                    lastHi.append(net.hi)
                }
            }
            trackCount[l] = lastHi.count
        }
        var y = 0
        for l in 0..<layerCount {
            layerY[l] = y
            y += GraphLayout.boxHeight
            if l < layerCount - 1 { y += max(1, trackCount[l]) + 1 }
        }
        for b in boxes.indices { boxes[b].y = layerY[boxes[b].layer] }
        let totalHeight = max(1, y)

        // 7. Draw: edges as direction masks merged into box-drawing characters, then boxes.
        var mask = [Int: UInt8]() // y * width + x -> up 1, down 2, left 4, right 8
        let W = totalWidth
        func mark(_ x: Int, _ y: Int, _ m: UInt8) { mask[y * W + x, default: 0] |= m }
        func vertical(_ x: Int, from y0: Int, to y1: Int) {
            guard y1 > y0 else { return }
            mark(x, y0, 2)
            if y1 - y0 > 1 { for yy in (y0 + 1)..<y1 { mark(x, yy, 3) } }
            mark(x, y1, 1)
        }
        var arrows: [(Int, Int)] = []
        var exits: [(Int, Int)] = []
        for l in nets.indices {
            let bottom = layerY[l] + GraphLayout.boxHeight - 1
            let arrowRow = layerY[l + 1] - 1
            for (n, net) in nets[l].enumerated() {
                if net.fromBox { exits.append((net.exitX, bottom)) }
                let track = trackOf[l][n]
                if track < 0 {
                    vertical(net.exitX, from: bottom, to: arrowRow)
                } else {
                    let ty = bottom + 1 + track
                    vertical(net.exitX, from: bottom, to: ty)
                    for x in net.lo...net.hi {
                        var m: UInt8 = 0
                        if x > net.lo { m |= 4 }
                        if x < net.hi { m |= 8 }
                        mark(x, ty, m)
                    }
                    for e in net.entries { vertical(e, from: ty, to: arrowRow) }
                }
                for e in net.arrows { arrows.append((e, arrowRow)) }
            }
        }
        // Pass-through slots: a vertical line through the layer's box rows.
        for (_, perLayer) in passX {
            for (l, x) in perLayer { vertical(x, from: layerY[l] - 1, to: layerY[l] + GraphLayout.boxHeight) }
        }
        var canvas = Canvas(width: totalWidth, height: totalHeight)
        let edgeStyle = CellStyle(.graphEdge)
        for (k, m) in mask {
            canvas[k % W, k / W] = Cell(GraphLayout.lineCharacter(m), edgeStyle)
        }
        for (x, y) in arrows { canvas[x, y] = Cell("▼", edgeStyle) }
        for b in boxes {
            let style = b.scope != nil ? CellStyle(.graphScope, bold: true) : CellStyle(.graphNode)
            let rect = Rect(x: b.x, y: b.y, width: b.width, height: GraphLayout.boxHeight)
            canvas.fill(rect)
            canvas.box(rect, style: style)
            canvas.text(b.label, x: b.x + 2, y: b.y + 1, style: style)
        }
        for (x, y) in exits { canvas[x, y] = Cell("┬", canvas[x, y].style) }

        self.boxes = boxes
        self.inputs = inputs
        self.consumers = consumers
        self.canvas = canvas
        self.layers = slots.map { $0.compactMap { s -> Int? in if case .box(let b) = s { return b } else { return nil } } }
    }

    /// The last two parts of a name (`Square_grad/Mul_1`), or the last part when they do not
    /// fit a box.
    static func shortName(_ name: String) -> String {
        let parts = name.split(separator: "/").map(String.init)
        guard let last = parts.last else { return name }
        let deeper = parts.count > 2 ? "…" : ""
        if parts.count >= 2 {
            let two = deeper + parts[parts.count - 2] + "/" + last
            if two.count <= maxLabel { return two }
        }
        return parts.count > 1 ? "…/" + last : last
    }

    static func lineCharacter(_ m: UInt8) -> Character {
        switch m {
        case 1, 2, 3: return "│"
        case 4, 8, 12: return "─"
        case 10: return "┌"
        case 6: return "┐"
        case 9: return "└"
        case 5: return "┘"
        case 11: return "├"
        case 7: return "┤"
        case 14: return "┬"
        case 13: return "┴"
        case 15: return "┼"
        default: return "·"
        }
    }

    /// The index of the box with this id.
    public func box(_ id: String?) -> Int? {
        guard let id else { return nil }
        return boxes.firstIndex { $0.id == id }
    }

    /// The box that contains graph node `node` (by index).
    public func box(containing node: Int) -> Int? {
        boxes.firstIndex { $0.members.contains(node) }
    }
}
