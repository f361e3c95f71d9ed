import Testing
@testable import Python

/// The Swift API native modules (tensorflow, numpy) are built with.
@Suite("Native module API")
struct NativeModuleTests {
    final class Counter: PyObject {
        var count = 0
        override var pyType: PyType { Counter.type }
        nonisolated(unsafe) static let type: PyType = {
            let t = PyType(name: "Counter", module: "demo", bases: [PyType.object])
            t.newHook = { i, _, a in
                let p = try a.bind("Counter", ["start"])
                let c = Counter()
                c.count = try p[0].map { try i.index($0) } ?? 0
                return .object(c)
            }
            t.method("increment") { i, a in
                let p = try a.bind("increment", ["self", "by"], required: 1)
                guard let c = p[0]?.asObject as? Counter else { throw PyError.typeError("not a Counter") }
                c.count += try p[1].map { try i.index($0) } ?? 1
                return .int(c.count)
            }
            t.property("count", get: { _, v in .int((v.asObject as? Counter)?.count ?? 0) })
            t.method("__repr__") { _, a in .str("Counter(\((a[0].asObject as? Counter)?.count ?? 0))") }
            return t
        }()
    }

    private func demoInterpreter(_ out: CapturedOutput, _ err: CapturedOutput) -> Interpreter {
        let interp = Interpreter(stdout: out, stderr: err, stdin: StringInput(""))
        interp.registerModule("demo") { _ in
            let m = PyModule(name: "demo")
            m["Counter"] = .object(Counter.type)
            m["answer"] = .int(42)
            m.function("twice") { i, a in
                let p = try a.bind("twice", ["x"], required: 1)
                return try i.binaryOp(.mul, p[0] ?? .none, .int(2))
            }
            return m
        }
        return interp
    }

    @Test("functions, classes, properties and errors of a native module")
    func nativeModule() {
        let source = """
        import demo
        from demo import Counter, twice
        c = Counter(5)
        print(c.increment(), c.increment(by=10), c.count, c)
        print(twice(21), twice("ab"), demo.answer)
        try:
            twice()
        except TypeError as e:
            print(e)
        try:
            twice(1, y=2)
        except TypeError as e:
            print(e)
        print(isinstance(c, Counter), type(c).__name__)
        """
        let (out, err) = (CapturedOutput(), CapturedOutput())
        let status = runWithLargeStack { self.demoInterpreter(out, err).run(source: source, filename: "demo.py").exitStatus }
        #expect(status == 0, "\(err.text)")
        #expect(out.text == """
        6 16 16 Counter(16)
        42 abab 42
        twice() missing 1 required positional argument: 'x'
        twice() got an unexpected keyword argument 'y'
        True Counter

        """)
    }

    @Test("an unknown module raises ModuleNotFoundError")
    func missingModule() {
        let run = ProgramRun.run("import nosuchthing\n")
        #expect(run.lastErrorLine == "ModuleNotFoundError: No module named 'nosuchthing'")
    }
}
