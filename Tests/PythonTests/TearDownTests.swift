import Testing
@testable import Python

/// A long-lived host frees a finished program with `Interpreter.tearDown`.
@Suite("Tearing an interpreter down")
struct TearDownTests {
    @Test("objects that refer to each other are freed")
    func cyclesAreFreed() throws {
        weak var node: PyObject?
        weak var cls: PyObject?
        weak var function: PyObject?
        do {
            let interp = Interpreter(stdout: CapturedOutput(), stderr: CapturedOutput(), stdin: StringInput(""))
            let outcome = interp.run(source: """
            class Base:
                def __init__(self):
                    self.items = [self]
            class Node(Base):
                def __init__(self):
                    super().__init__()
                    self.table = {"me": self}
            def counter():
                count = 0
                def step():
                    nonlocal count
                    count += 1
                    return step
                return step
            node = Node()
            step = counter()
            """, filename: "cycles.py")
            #expect(outcome.exitStatus == 0)
            let globals = try #require(interp.modules["__main__"]?.globals)
            node = globals.get("node")?.asObject
            cls = globals.get("Node")?.asObject
            function = globals.get("step")?.asObject
            #expect(node != nil && cls != nil && function != nil)
            interp.tearDown()
        }
        #expect(node == nil)
        #expect(cls == nil)
        #expect(function == nil)
    }
}
