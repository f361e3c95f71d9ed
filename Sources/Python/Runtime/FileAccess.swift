import Foundation

/// Where a program may read and write files. Programs run sandboxed (DESIGN.md): they write only
/// under the temporary directory (where `tempfile.mkdtemp()` makes their folders) and read there
/// and under their own folder.
public struct FileAccessPolicy: Sendable {
    /// Folders (absolute, symlinks resolved) under which files may be read.
    public var readable: [String]
    /// Folders under which files may be created, written and removed.
    public var writable: [String]

    public init(readable: [String], writable: [String]) {
        self.readable = readable.map(FileAccessPolicy.resolve)
        self.writable = writable.map(FileAccessPolicy.resolve)
    }

    /// No limits (for tools and tests that need them).
    public static let unrestricted = FileAccessPolicy(readable: ["/"], writable: ["/"])

    /// The system's temporary directory (`$TMPDIR`, else /tmp), as `tempfile.gettempdir()` gives it.
    public static var temporaryDirectory: String {
        let env = ProcessInfo.processInfo.environment["TMPDIR"] ?? ""
        return env.isEmpty ? "/tmp" : env
    }

    /// The sandbox for a program in `programDirectory` (nil: the current directory).
    public static func sandbox(programDirectory: String? = nil) -> FileAccessPolicy {
        let tmp = temporaryDirectory
        let here = programDirectory ?? FileManager.default.currentDirectoryPath
        return FileAccessPolicy(readable: [tmp, here], writable: [tmp])
    }

    /// An absolute path with `.`/`..` removed and symlinks of the existing part resolved.
    public static func resolve(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func inside(_ path: String, _ roots: [String]) -> Bool {
        roots.contains { root in root == "/" || path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/") }
    }

    public func mayRead(_ path: String) -> Bool { FileAccessPolicy.inside(FileAccessPolicy.resolve(path), readable + writable) }
    public func mayWrite(_ path: String) -> Bool { FileAccessPolicy.inside(FileAccessPolicy.resolve(path), writable) }
}

extension Interpreter {
    /// Raises PermissionError unless the program may read (or write) `path`.
    public func checkFileAccess(_ path: String, write: Bool) throws {
        let ok = write ? fileAccess.mayWrite(path) : fileAccess.mayRead(path)
        guard !ok else { return }
        let what = write ? "write only under the temporary directory (\(FileAccessPolicy.temporaryDirectory); use tempfile.mkdtemp())"
                         : "read only their own folder and the temporary directory"
        throw PyError.os(PyType.PermissionError, 13, "Permission denied (programs run sandboxed: they \(what))", path)
    }
}
