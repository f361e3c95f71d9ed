import Foundation
import Testing
@testable import Python

@Suite("open() and the file sandbox")
struct FileAccessTests {
    /// A fresh folder in the temporary directory, where programs may write.
    func scratch() -> String {
        let dir = FileAccessPolicy.temporaryDirectory + "/tflearn-open-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test("text and binary files read and write as CPython's do")
    func readWrite() {
        let d = scratch()
        defer { try? FileManager.default.removeItem(atPath: d) }
        let run = ProgramRun.run("""
        p = '\(d)/a.txt'
        with open(p, 'w') as f:
            print(f.write('hello\\nworld\\n'))
        with open(p, 'a') as f:
            f.writelines(['x', 'y'])
        with open(p) as f:
            print(repr(f.read()))
        print([line for line in open(p)])
        f = open(p)
        print(repr(f.readline()), f.readlines(), f.closed)
        f.close()
        try:
            f.read()
        except ValueError as e:
            print(e)
        with open(p, 'rb') as f:
            print(f.read(5))
        try:
            open('\(d)/missing.txt')
        except FileNotFoundError as e:
            print(e.errno, e.strerror, e.filename == '\(d)/missing.txt')
        try:
            open('\(d)/a.txt', 'x')
        except FileExistsError as e:
            print(type(e).__name__, e.errno)
        """)
        #expect(run.stderr == "")
        #expect(run.stdout == """
        12
        'hello\\nworld\\nxy'
        ['hello\\n', 'world\\n', 'xy']
        'hello\\n' ['world\\n', 'xy'] False
        I/O operation on closed file.
        b'hello'
        2 No such file or directory True
        FileExistsError 17

        """)
    }

    @Test("OSError keeps errno, strerror and filename apart, as CPython does")
    func osError() {
        let run = ProgramRun.run("""
        e = OSError(2, 'No such file or directory', 'x.txt')
        print(e, e.errno, e.strerror, e.filename, e.args)
        print(OSError('plain'), OSError('plain').errno)
        """)
        #expect(run.stdout == "[Errno 2] No such file or directory: 'x.txt' 2 No such file or directory x.txt (2, 'No such file or directory')\nplain None\n")
    }

    @Test("a program may not write outside the temporary directory, nor read outside its folder")
    func sandbox() {
        let write = ProgramRun.run("open('/etc/tflearn-should-not-exist', 'w')\n")
        #expect(write.lastErrorLine.hasPrefix("PermissionError: [Errno 13] Permission denied (programs run sandboxed"))
        #expect(!FileManager.default.fileExists(atPath: "/etc/tflearn-should-not-exist"))
        let read = ProgramRun.run("open('/etc/passwd')\n")
        #expect(read.lastErrorLine.hasPrefix("PermissionError: [Errno 13]"))
        let escape = ProgramRun.run("open('\(FileAccessPolicy.temporaryDirectory)/../etc/passwd')\n")
        #expect(escape.lastErrorLine.hasPrefix("PermissionError: [Errno 13]"))
    }

    @Test("the policy resolves . and .. before deciding")
    func policy() {
        let p = FileAccessPolicy(readable: ["/a/b"], writable: ["/t"])
        #expect(p.mayRead("/a/b/c.txt") && p.mayRead("/t/x") && !p.mayRead("/a/bc"))
        #expect(p.mayWrite("/t/x/../y") && !p.mayWrite("/t/../etc/x") && !p.mayWrite("/a/b/c"))
    }
}
