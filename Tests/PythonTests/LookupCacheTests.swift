import Foundation
import Synchronization
import Testing
@testable import Python

/// Class attribute lookups are cached (built-in types in a table shared by every interpreter,
/// programs' classes per class); every change to a class dictionary must show at once.
@Suite("Class attribute lookup caches")
struct LookupCacheTests {
    private static func native(_ name: String, _ value: String) -> Value {
        .object(PyBuiltinFunction(name: name, owner: nil, binds: true) { _, _ in .str(value) })
    }

    /// Makes sure `object` has its attributes (the first interpreter installs the built-in types).
    private static func withBuiltins() {
        _ = Interpreter(stdout: CapturedOutput(), stderr: CapturedOutput(), stdin: StringInput(""))
    }

    @Test("a built-in type sees a change to itself or to a base, after it was looked up")
    func builtinTypes() {
        Self.withBuiltins()
        let base = PyType(name: "Base", module: "demo", bases: [PyType.object])
        let derived = PyType(name: "Derived", module: "demo", bases: [base])
        base.dict["speak"] = Self.native("speak", "base")
        #expect(derived.lookup("speak")?.asObject === base.dict["speak"]?.asObject)
        #expect(derived.lookup("missing") == nil)
        // Replaced on the base: seen through the derived type's table.
        base.dict["speak"] = Self.native("speak", "base again")
        #expect(derived.lookup("speak")?.asObject === base.dict["speak"]?.asObject)
        // Defined on the derived type: it wins.
        derived.dict["speak"] = Self.native("speak", "derived")
        #expect(derived.lookup("speak")?.asObject === derived.dict["speak"]?.asObject)
        // A name missing before is found once a base has it, and gone once removed.
        base.setAttribute("missing", .int(7))
        #expect(derived.lookup("missing")?.asInt == 7)
        #expect(base.removeAttribute("missing"))
        #expect(derived.lookup("missing") == nil)
        // Attributes of object itself come through too.
        #expect(derived.lookup("__init__") != nil)
    }

    @Test("a built-in type changed again and again (in a loop) stays right, with a bounded cache")
    func builtinTypeChangedInALoop() {
        Self.withBuiltins()
        let t = PyType(name: "Changing", module: "demo", bases: [PyType.object])
        for k in 0..<300 {
            t.dict["counter"] = .int(k)
            #expect(t.lookup("counter")?.asInt == k)
            #expect(t.lookup("__init__") != nil)
        }
        t.dict["counter"] = nil
        #expect(t.lookup("counter") == nil)
    }

    @Test("a program's class sees changes to a native base type")
    func programClassOverNativeBase() {
        let native = PyType(name: "Native", module: "demo", bases: [PyType.object])
        native.dict["value"] = .int(1)
        let out = CapturedOutput(), err = CapturedOutput()
        let interp = Interpreter(stdout: out, stderr: err, stdin: StringInput(""))
        interp.registerModule("demo") { _ in
            let m = PyModule(name: "demo")
            m["Native"] = .object(native)
            m.function("bump") { _, _ in
                native.dict["value"] = .int(2)
                return .none
            }
            return m
        }
        let source = """
        import demo
        class Mine(demo.Native):
            pass
        m = Mine()
        print(m.value, Mine.value)
        demo.bump()
        print(m.value, Mine.value)
        demo.Native.value = 3
        print(m.value, Mine.value, demo.Native.value)
        """
        let outcome = runWithLargeStack { interp.run(source: source, filename: "prog.py") }
        #expect(outcome.exitStatus == 0, "\(err.text)")
        #expect(out.text == "1 1\n2 2\n3 3 3\n")
    }

    @Test("built-in types looked up from several threads at once agree")
    func concurrentLookups() {
        final class Shared: @unchecked Sendable {
            let type = PyType(name: "Shared", module: "demo", bases: [PyType.object])
            let failures = Atomic<Int>(0)
        }
        let shared = Shared()
        for k in 0..<50 { shared.type.dict["attr\(k)"] = .int(k) }
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for round in 0..<500 {
                let k = round % 50
                if shared.type.lookup("attr\(k)")?.asInt != k { shared.failures.add(1, ordering: .relaxed) }
            }
        }
        #expect(shared.failures.load(ordering: .relaxed) == 0)
    }
}
