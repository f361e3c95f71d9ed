// swift-tools-version:6.0
import PackageDescription

/// Release builds on Linux link the Swift runtime and Foundation statically (every module is
/// compiled for it, so the static libraries' dependencies are linked too): the lesson browser
/// then starts at 22 MB resident instead of 27 MB. Its runs happen in child processes, so
/// running lessons adds little to it (measured at 120x40: 21.1 MB at start, 23.0 MB after
/// running lesson 26 and ten others).
let staticRuntime: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]

/// Release builds make the hot modules (the interpreter, the numpy and tensorflow modules, the
/// runtime and the kernels) faster in two ways; debug builds, and so the tests, keep the checks.
/// - No run-time exclusivity checks: they make millions of small accesses a second (measured:
///   the 1 000 000-step Python loop 0.13 s -> 0.08 s, s17 1.44 s -> 1.28 s).
/// - Reference counts changed without atomic instructions (`-assume-single-threaded`): about
///   half of all the work of a training step is counting references (measured, release, best of
///   5 CPU times: 100 000 `sess.run` steps of s12 with a feed_dict literal 0.274 -> 0.191 s, s17
///   0.340 -> 0.275 s). Programs run one at a time, and no two threads touch these modules'
///   objects at once: a run's thread and a generator's thread hand over through semaphores and
///   joins (`runWithLargeStack`, `GeneratorRunner`), signal watchers set plain memory
///   (`InterruptFlag`), `check` runs lessons one after another, and the lesson browser runs
///   lessons in child processes. So release builds of the tests must run with `--no-parallel`.
let fast: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked", "-Xfrontend", "-assume-single-threaded"], .when(configuration: .release))] + staticRuntime


let package = Package(
    name: "tflearn",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tflearn", targets: ["tflearn"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        // lesson.yaml: a YAML parser that keeps line and column of every node, for precise errors.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Python source text to an AST with source ranges. Knows nothing of the runtime.
        .target(name: "PythonSyntax", swiftSettings: staticRuntime),
        // The interpreter: objects, compiler to slot-resolved closures, builtins, native-module API.
        .target(name: "Python", dependencies: [
            "PythonSyntax",
            .product(name: "BigInt", package: "BigInt"),
            .product(name: "Collections", package: "swift-collections"),
        ], swiftSettings: fast),
        // dtypes, shapes, tensor storage, broadcasting, kernels, numpy-style formatting, RNG.
        .target(name: "TensorCore", swiftSettings: fast),
        // Graph, ops, session, eager, tf.function, tape, variables, optimizers, keras, saver, summaries.
        .target(name: "TFRuntime", dependencies: ["TensorCore"], swiftSettings: fast),
        // The Python-facing modules: tensorflow, tensorflow.compat.v1, numpy, math, os.path, tempfile, time.
        .target(name: "PyTF", dependencies: ["Python", "TFRuntime", .product(name: "BigInt", package: "BigInt")],
                swiftSettings: fast),
        // Lessons, runs, checks, reports: the one way to run and check a lesson.
        .target(name: "LessonKit", dependencies: ["PyTF", "Python", "PythonSyntax", "TFRuntime", "TensorCore", .product(name: "Yams", package: "Yams")],
                swiftSettings: staticRuntime),
        // ncurses, through a tiny C shim for its macros and globals.
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // pipe2 and posix_spawn's closefrom, which Swift's Glibc module does not show.
        .systemLibrary(name: "CSpawn", path: "Sources/CSpawn"),
        // The lesson browser; each run happens in a child process (LessonProcess).
        .target(name: "TUI", dependencies: ["LessonKit", "CNcurses", "CSpawn"], swiftSettings: staticRuntime),
        .executableTarget(name: "tflearn", dependencies: [
            "LessonKit", "TUI", "PyTF", "Python",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: staticRuntime,
           linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]),

        .testTarget(name: "PythonSyntaxTests", dependencies: ["PythonSyntax"]),
        .testTarget(name: "PythonTests", dependencies: ["Python", "PythonSyntax"],
                    exclude: ["Corpus", "FormattingOracle.txt"]),
        .testTarget(name: "TensorCoreTests", dependencies: ["TensorCore"]),
        .testTarget(name: "TFRuntimeTests", dependencies: ["TFRuntime"]),
        .testTarget(name: "PyTFTests", dependencies: ["PyTF", "Python"], exclude: ["Fixtures"]),
        .testTarget(name: "LessonKitTests", dependencies: ["LessonKit", "Python"]),
        .testTarget(name: "TUITests", dependencies: ["TUI"], exclude: ["Fixtures", "Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
