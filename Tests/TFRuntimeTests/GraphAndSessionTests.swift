import Testing
import TensorCore
@testable import TFRuntime

@Suite("Graph building and sessions")
struct GraphAndSessionTests {
    func graphRuntime() -> (TFRuntime, Graph) {
        let rt = TFRuntime()
        rt.eagerByDefault = false
        return (rt, rt.defaultGraph)
    }

    @Test("ops are named after their type, made unique in their scope")
    func naming() throws {
        let (rt, g) = graphRuntime()
        let a = try rt.constant(Tensor(scalar: Float(1)))
        let b = try rt.constant(Tensor(scalar: Float(2)))
        _ = try rt.execute1("Square", [a])
        _ = try rt.execute1("Square", [b])
        try g.withNameScope("loss") {
            _ = try rt.execute1("Sub", [a, b], name: "sub")
            _ = try rt.execute1("Mean", [a, try rt.constant(try Tensor([Int32](), shape: [0]))], name: "mse")
        }
        try g.withNameScope("loss") { _ = try rt.execute1("Sub", [a, b], name: "sub") }
        #expect(g.operations.map(\.name) == ["Const", "Const_1", "Square", "Square_1", "loss/sub", "loss/Const", "loss/mse", "loss_1/sub"])
    }

    @Test("unique names compare case-insensitively, as TF's do")
    func caseInsensitive() {
        let g = Graph()
        #expect(g.uniqueName("foo") == "foo")
        #expect(g.uniqueName("Foo") == "Foo_1")
        #expect(g.uniqueName("foo_1") == "foo_1_1")
    }

    @Test("a session runs what fetches need, with feeds")
    func sessionRun() throws {
        let (rt, g) = graphRuntime()
        let x = try g.addOperation(type: "Placeholder", inputs: [], attrs: ["dtype": .type(.float32), "shape": .shape(TensorShape(partial: [nil, 2]))], name: "X").outputs[0]
        let w = try rt.constant(try Tensor([Float(1), 2], shape: [2, 1]))
        let y = try rt.execute1("MatMul", [.symbolic(x), w])
        #expect(y.shape.dims! == [nil, 1])
        let sess = Session(graph: g, runtime: rt)
        let out = try sess.run(fetches: [y.graphTensor!], feeds: [ObjectIdentifier(x): try Tensor([Float(3), 4, 5, 6], shape: [2, 2])])
        #expect(out[0].values(as: Float.self) == [11, 17])
        #expect(out[0].shape == [2, 1])
    }

    @Test("a missing feed is TF's InvalidArgumentError")
    func missingFeed() throws {
        let (rt, g) = graphRuntime()
        let x = try g.addOperation(type: "Placeholder", inputs: [], attrs: ["dtype": .type(.float32), "shape": .shape(TensorShape(partial: [nil, 9]))], name: "X").outputs[0]
        let y = try rt.execute1("Square", [.symbolic(x)])
        let sess = Session(graph: g, runtime: rt)
        do {
            _ = try sess.run(fetches: [y.graphTensor!])
            Issue.record("expected an error")
        } catch let e as TFError {
            #expect(e.kind == .invalidArgument)
            #expect(e.message.hasPrefix("Graph execution error:\n\nDetected at node 'X' defined at (most recent call last):\n"))
            #expect(e.message.contains("\nNode: 'X'\nYou must feed a value for placeholder tensor 'X' with dtype float and shape [?,9]\n\t [[{{node X}}]]"))
        }
    }

    @Test("variables live in the session; reading one uninitialized is FailedPrecondition")
    func variables() throws {
        let (rt, g) = graphRuntime()
        let handle = try g.addOperation(type: "VarHandleOp", inputs: [], attrs: ["dtype": .type(.float32), "shape": .shape(TensorShape([])), "shared_name": .string("a")], name: "a").outputs[0]
        let read = try rt.execute1("ReadVariableOp", [.symbolic(handle)], attrs: ["dtype": .type(.float32)])
        let one = try rt.constant(Tensor(scalar: Float(1)))
        let assignAdd = try g.addOperation(type: "AssignAddVariableOp", inputs: [handle, one.graphTensor!])
        let zero = try rt.constant(Tensor(scalar: Float(0)))
        let initOp = try g.addOperation(type: "AssignVariableOp", inputs: [handle, zero.graphTensor!])
        let sess = Session(graph: g, runtime: rt)
        #expect(throws: TFError.self) { try sess.run(fetches: [read.graphTensor!]) }
        _ = try sess.run(fetches: [], targets: [initOp])
        for _ in 0..<3 { _ = try sess.run(fetches: [], targets: [assignAdd]) }
        #expect(try sess.run(fetches: [read.graphTensor!])[0].values(as: Float.self) == [3])
        // Another session has its own values.
        let other = Session(graph: g, runtime: rt)
        #expect(throws: TFError.self) { try other.run(fetches: [read.graphTensor!]) }
    }
}
