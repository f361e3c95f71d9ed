import Python

/// Registers `os` (with `os.path`), `tempfile`, `time` and `random`: the standard-library pieces
/// TF programs import. File access goes only where the program asks; nothing spawns processes.
func installStdlib(into interp: Interpreter) {
    interp.registerModule("os") { i in
        OSModule.make(i)
    }
    // `os.path` is found as the `path` attribute of `os` (whose module name is `posixpath`).
    interp.registerModule("posixpath") { i in
        let os = try i.importModule("os")
        guard case .object(let o)? = os["path"], let path = o as? PyModule else { return PyModule(name: "posixpath") }
        return path
    }
    interp.registerModule("tempfile") { _ in TempfileModule.make() }
    interp.registerModule("time") { _ in TimeModule.make() }
    interp.registerModule("random") { _ in PythonRandomModule.make() }
}

/// A `str` argument, or Python's TypeError.
func stdlibString(_ a: Args, _ k: Int, _ fn: String) throws -> String {
    guard k < a.count else { throw PyError.typeError("\(fn)() missing required argument 'path' (pos \(k + 1))") }
    guard let s = a[k].asString else {
        throw PyError.typeError("\(fn)() argument must be str, not \(a[k].typeName)")
    }
    return s
}
