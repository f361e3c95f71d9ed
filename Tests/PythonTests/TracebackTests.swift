import Foundation
import Testing
@testable import Python

@Suite("Uncaught errors")
struct TracebackTests {
    @Test("an uncaught exception prints CPython's traceback and exits 1")
    func traceback() {
        let source = """
        def add(total, item):
            total += item
            return total

        x = 1
        y = add(x, "a")
        """
        let run = ProgramRun.run(source, filename: "prog.py")
        #expect(run.status == 1)
        #expect(run.stderr == """
        Traceback (most recent call last):
          File "prog.py", line 6, in <module>
            y = add(x, "a")
          File "prog.py", line 2, in add
            total += item
        TypeError: unsupported operand type(s) for +=: 'int' and 'str'

        """)
    }

    @Test("output printed before the error is kept")
    func outputBeforeError() {
        let run = ProgramRun.run("print('before')\nraise ValueError('bad value')\n")
        #expect(run.stdout == "before\n")
        #expect(run.lastErrorLine == "ValueError: bad value")
    }

    @Test("a syntax error names the file and line and shows a caret")
    func syntaxError() {
        let run = ProgramRun.run("x = 1\nif x > 0\n    print(x)\n", filename: "bad.py")
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("  File \"bad.py\", line 2\n    if x > 0\n"))
        #expect(run.stderr.contains("^"))
        #expect(run.lastErrorLine == "SyntaxError: expected ':'")
    }

    @Test("chained exceptions print both tracebacks")
    func chained() {
        let source = """
        try:
            {}['k']
        except KeyError as e:
            raise ValueError('converted') from e
        """
        let run = ProgramRun.run(source)
        #expect(run.stderr.contains("KeyError: 'k'"))
        #expect(run.stderr.contains("The above exception was the direct cause of the following exception:"))
        #expect(run.lastErrorLine == "ValueError: converted")
    }

    @Test("sys.exit sets the exit status without a traceback")
    func exitStatus() {
        let run = ProgramRun.run("import sys\nprint('x')\nsys.exit(3)\n")
        #expect(run.status == 3)
        #expect(run.stderr == "")
        #expect(run.stdout == "x\n")
    }

    @Test("deep recursion raises RecursionError, not a crash")
    func recursion() {
        let run = ProgramRun.run("def f(n):\n    return f(n + 1)\nf(0)\n")
        #expect(run.lastErrorLine == "RecursionError: maximum recursion depth exceeded")
    }
}

@Suite("Traceback order")
struct TracebackOrderTests {
    @Test("nested calls are listed outermost first, as CPython does")
    func nested() {
        let run = ProgramRun.run("def inner(x):\n    return x + 'a'\n\ndef outer(x):\n    return inner(x)\n\nouter(1)\n")
        #expect(run.stderr == """
        Traceback (most recent call last):
          File "prog.py", line 7, in <module>
            outer(1)
          File "prog.py", line 5, in outer
            return inner(x)
          File "prog.py", line 2, in inner
            return x + 'a'
        TypeError: unsupported operand type(s) for +: 'int' and 'str'

        """)
    }
}

@Suite("Interrupting a program")
struct InterruptTests {
    @Test("an interrupt raises KeyboardInterrupt, which the program can catch")
    func interrupt() {
        let source = """
        try:
            while True:
                pass
        except KeyboardInterrupt:
            print("caught")
        while True:
            pass
        """
        let out = CapturedOutput(), err = CapturedOutput()
        let status = runWithLargeStack { () -> Int32 in
            let interp = Interpreter(stdout: out, stderr: err, stdin: StringInput(""))
            let flag = interp.interruptFlag
            Thread.detachNewThread {
                Thread.sleep(forTimeInterval: 0.2)
                flag.set()
                Thread.sleep(forTimeInterval: 0.3)
                flag.set()
            }
            return interp.run(source: source, filename: "loop.py").exitStatus
        }
        #expect(out.text == "caught\n")
        #expect(status == 130)
        #expect(err.text.hasSuffix("KeyboardInterrupt\n"))
    }
}
