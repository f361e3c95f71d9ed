import Foundation
import Python

/// `time`: clocks, `sleep` and `strftime`.
enum TimeModule {
    static func make() -> PyModule {
        let m = PyModule(name: "time")
        m.function("time") { _, _ in .float(Date().timeIntervalSince1970) }
        m.function("time_ns") { _, _ in .int(Int(Date().timeIntervalSince1970 * 1e9)) }
        m.function("perf_counter") { _, _ in .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
        m.function("perf_counter_ns") { _, _ in .int(Int(clamping: DispatchTime.now().uptimeNanoseconds)) }
        m.function("monotonic") { _, _ in .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
        m.function("process_time") { _, _ in .float(Double(clock()) / Double(CLOCKS_PER_SEC)) }
        m.function("sleep") { i, a in
            try a.expect("sleep", min: 1, max: 1)
            let s = try i.toDouble(a[0])
            if s.isNaN { throw PyError.valueError("Invalid value NaN (not a number)") }
            if s < 0 { throw PyError.valueError("sleep length must be non-negative") }
            // Sleep in short slices so Ctrl-C (the interpreter's interrupt check) stays responsive.
            var left = min(s, 86_400)
            while left > 0 {
                let slice = min(left, 0.05)
                Thread.sleep(forTimeInterval: slice)
                left -= slice
            }
            return .none
        }
        m.function("strftime") { _, a in
            try a.expect("strftime", min: 1, max: 1)
            guard let format = a[0].asString else { throw PyError.typeError("strftime() argument 1 must be str, not \(a[0].typeName)") }
            var now = time_t(Int(Date().timeIntervalSince1970))
            var parts = tm()
            localtime_r(&now, &parts)
            var buffer = [Int8](repeating: 0, count: 512)
            let n = strftime(&buffer, buffer.count, format, &parts)
            let bytes = buffer.prefix(n).map { UInt8(bitPattern: $0) }
            return .str(String(decoding: bytes, as: UTF8.self))
        }
        return m
    }
}
