import ArgumentParser
import Foundation
import LessonKit
import PyTF
import Python
import TUI

/// The performance targets of DESIGN.md, measured: each benchmark program runs as `tflearn run`
/// in a new process, as a user runs it (so nothing one run loaded or parsed helps the next); with
/// --tf it also runs under real Python + TensorFlow for the ratio.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the built-in runtime, and compare it with real TensorFlow.",
        discussion: """
        Build with -c release first: a debug build is many times slower. Each benchmark program \
        runs --repeat times as `tflearn run` in a new process (the best time counts); the lesson \
        checks run in this process, as `tflearn check` runs them. With --tf PYTHON, each program \
        also runs --tf-repeat times under that Python (which must have tensorflow 2.21 and \
        tf-keras installed), and the ratio is shown twice: for the whole program, and per step, \
        with the time of a bare `import tensorflow` taken off each side (best of three for real \
        TF, whose import time varies most). A per-step ratio is left out when one run's noise is \
        larger than the steps' time.

        Examples:
          swift build -c release && .build/release/tflearn bench
          .build/release/tflearn bench --tf ~/tf-venv/bin/python
          .build/release/tflearn bench s17-eager-sgd --repeat 5
        """
    )

    @Argument(help: "Benchmarks to run (default: all). One of: \(Benchmark.all.map(\.name).joined(separator: ", ")).")
    var names: [String] = []

    @Option(help: "A Python with TensorFlow 2.21, to compare with.")
    var tf: String?

    @Option(help: "Runs per benchmark on the built-in runtime.")
    var `repeat`: Int = 3

    @Option(help: "The lesson folder for check-lessons (default: the Lessons/ tflearn was built with).")
    var lessons: String?

    @Option(help: "Runs per benchmark under real TensorFlow (its bare import always runs three times).")
    var tfRepeat: Int = 1

    func run() throws {
        let chosen = names.isEmpty ? Benchmark.all : try names.map { n in
            guard let b = Benchmark.all.first(where: { $0.name == n }) else {
                throw ValidationError("no benchmark is called '\(n)'")
            }
            return b
        }
        #if DEBUG
        print("note: this is a debug build; build with -c release to measure.\n")
        #endif
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tflearn-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let ours = LessonProcess.ownExecutable
        func best(_ n: Int, _ time: () -> Double?) -> Double? {
            let times = (0..<max(1, n)).compactMap { _ in time() }
            return times.count == max(1, n) ? times.min() : nil
        }
        let needsTF = chosen.contains { $0.importsTensorFlow }
        // A bare import on each side, taken off the per-step ratio (real TF's varies the most).
        var tfImport: Double?, ourImport: Double?
        if needsTF, let python = tf {
            let file = try Benchmark.write("import tensorflow as tf\n", named: "import", in: dir)
            tfImport = best(3) { time(python, [file]) }
            ourImport = best(`repeat`) { time(ours, ["run", file]) }
            if let tfImport { print(String(format: "real TF: `import tensorflow` takes %.2f s (best of 3)\n", tfImport)) }
        }
        let header = ["BENCHMARK", "TFLEARN", "REAL", "RATIO", "PER STEP", "GOAL"]
        var rows: [[String]] = []
        for b in chosen {
            var row = [b.name, "-", "-", "-", "-", b.goal]
            var mine: Double?
            if let source = b.source {
                let file = try Benchmark.write(source, named: b.name, in: dir)
                mine = best(`repeat`) { time(ours, ["run", file]) }
                if let python = tf, let real = best(tfRepeat, { time(python, [file]) }), let mine {
                    row[2] = String(format: "%.2f s", real)
                    row[3] = ratio(real / max(mine, 1e-6))
                    if b.importsTensorFlow, let tfImport, let ourImport {
                        // Unmeasurable when the noise of one run is larger than the steps' time.
                        if real > tfImport, mine > ourImport { row[4] = ratio((real - tfImport) / (mine - ourImport)) }
                    }
                }
            } else {
                mine = best(`repeat`) { b.measureChecks(lessonsDirectory: lessons) }
            }
            row[1] = mine.map { String(format: "%.3f s", $0) } ?? "failed"
            rows.append(row)
            FileHandle.standardError.write(Data("\(b.name): \(row[1])\(row[2] == "-" ? "" : ", real \(row[2])")\n".utf8))
        }
        var widths = header.map(\.count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        for r in [header] + rows {
            print(r.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
    }

    private func ratio(_ r: Double) -> String { String(format: r < 10 ? "%.1fx" : "%.0fx", r) }

    /// Wall time of running `executable` (found on PATH if it has no slash) with `arguments`,
    /// output discarded; nil if it failed. Started with posix_spawn and timed from just before
    /// the spawn to the child's end, so the time is the program's own.
    private func time(_ executable: String, _ arguments: [String]) -> Double? {
        var env = ProcessInfo.processInfo.environment
        env["TF_USE_LEGACY_KERAS"] = "1"
        env["TF_CPP_MIN_LOG_LEVEL"] = "3"
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let rc = posix_spawnp(&pid, executable, &actions, nil, argv, envp)
        guard rc == 0 else {
            FileHandle.standardError.write(Data("tflearn: can't run \(executable): \(String(cString: strerror(rc)))\n".utf8))
            return nil
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // Exited normally with status 0.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            FileHandle.standardError.write(Data("tflearn: \(executable) failed on a benchmark (status \(status))\n".utf8))
            return nil
        }
        return elapsed
    }
}

/// One benchmark: a program (or the lesson checks) and the goal DESIGN.md and the issues set.
struct Benchmark {
    var name: String
    var goal: String
    var importsTensorFlow: Bool
    var source: String?

    /// Writes the program to `dir`; returns its path.
    static func write(_ source: String, named name: String, in dir: URL) throws -> String {
        let file = dir.appendingPathComponent("\(name).py")
        try source.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    /// Seconds to check every lesson, in this process (as `tflearn check` does).
    func measureChecks(lessonsDirectory: String?) -> Double {
        let catalog = LessonCatalog.load(from: LessonCatalog.defaultDirectory(explicit: lessonsDirectory))
        let start = Date()
        _ = Checker.check(catalog.lessons)
        return Date().timeIntervalSince(start)
    }

    static let all: [Benchmark] = [
        Benchmark(name: "python-loop", goal: "faster than CPython", importsTensorFlow: false, source: """
        total = 0
        for i in range(1000000):
            total += i * i % 7
        print(total)
        """),
        Benchmark(name: "s12-session-loop", goal: "100x per step", importsTensorFlow: true, source: """
        import numpy as np
        import tensorflow.compat.v1 as tf
        tf.disable_eager_execution()
        X_raw = np.array([2013, 2014, 2015, 2016, 2017], dtype=np.float32)
        y_raw = np.array([12000, 14000, 15000, 16500, 17500], dtype=np.float32)
        X = (X_raw - X_raw.min()) / (X_raw.max() - X_raw.min())
        y = (y_raw - y_raw.min()) / (y_raw.max() - y_raw.min())
        learning_rate_ = tf.placeholder(dtype=tf.float32)
        X_ = tf.placeholder(dtype=tf.float32, shape=[5])
        y_ = tf.placeholder(dtype=tf.float32, shape=[5])
        a = tf.get_variable('a', dtype=tf.float32, shape=[], initializer=tf.zeros_initializer)
        b = tf.get_variable('b', dtype=tf.float32, shape=[], initializer=tf.zeros_initializer)
        y_pred = a * X_ + b
        grad_a = tf.reduce_sum((y_pred - y_) * X_)
        grad_b = tf.reduce_sum(y_pred - y_)
        train_op = [tf.assign(a, a - learning_rate_ * grad_a), tf.assign(b, b - learning_rate_ * grad_b)]
        with tf.Session() as sess:
            tf.global_variables_initializer().run()
            for e in range(10000):
                sess.run(train_op, feed_dict={X_: X, y_: y, learning_rate_: 1e-3})
            print(sess.run([a, b]))
        """),
        Benchmark(name: "s17-eager-sgd", goal: "200x", importsTensorFlow: true, source: """
        import numpy as np
        import tensorflow as tf
        np.random.seed(0)
        x_data = np.linspace(0.0, 10.0, 1000000)
        noise = np.random.randn(len(x_data))
        y_true = (0.5 * x_data) + 5 + noise
        BATCH_SIZE = 8
        def next_batch(x_data, batch_size):
            batch_index = np.random.randint(len(x_data), size=(BATCH_SIZE))
            return x_data[batch_index], y_true[batch_index]
        w = tf.Variable(initial_value=0.)
        b = tf.Variable(initial_value=0.)
        optimizer = tf.keras.optimizers.SGD(learning_rate=1e-3)
        for step in range(10000):
            x_train, y_train = next_batch(x_data, BATCH_SIZE)
            with tf.GradientTape() as tape:
                y_pred = w * x_train + b
                loss = tf.reduce_sum(tf.square(y_pred - y_train)) / (BATCH_SIZE)
            grads = tape.gradient(loss, [w, b])
            optimizer.apply_gradients(grads_and_vars=zip(grads, [w, b]))
        print(round(float(w.numpy()), 1), round(float(b.numpy()), 0))
        """),
        Benchmark(name: "function-loop", goal: "50x per step", importsTensorFlow: true, source: """
        import tensorflow as tf
        w = tf.Variable(0.0)
        b = tf.Variable(0.0)
        opt = tf.keras.optimizers.SGD(learning_rate=1e-3)
        x = tf.constant([0.1, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5])
        y = x * 0.5 + 5.0
        @tf.function
        def step():
            with tf.GradientTape() as tape:
                loss = tf.reduce_sum(tf.square(w * x + b - y)) / 8.0
            grads = tape.gradient(loss, [w, b])
            opt.apply_gradients(zip(grads, [w, b]))
            return loss
        for i in range(5000):
            loss = step()
        print(round(float(loss), 4))
        """),
        Benchmark(name: "check-lessons", goal: "under 1 s", importsTensorFlow: false, source: nil),
    ]
}
