/// Python syntax colouring for the code panes: a role per character, line by line, carrying
/// triple-quoted strings across lines. It only colours; it never fails on broken code (an
/// exercise with holes, a half-edited file).
public enum Highlighter {
    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]
    static let builtins: Set<String> = [
        "print", "range", "len", "zip", "enumerate", "sorted", "min", "max", "sum", "abs", "round",
        "isinstance", "input", "int", "float", "str", "list", "dict", "set", "tuple", "bool", "type",
        "super", "self", "map", "filter", "any", "all", "repr", "open", "getattr", "setattr", "hasattr",
    ]

    /// The role of every character of every line.
    public static func roles(_ lines: [String]) -> [[ColorRole]] {
        var out: [[ColorRole]] = []
        var openTriple: String? = nil
        for line in lines {
            let chars = Array(line)
            var roles = Array(repeating: ColorRole.normal, count: chars.count)
            var i = 0
            func matches(_ s: String, at k: Int) -> Bool {
                let t = Array(s)
                guard k + t.count <= chars.count else { return false }
                return Array(chars[k..<(k + t.count)]) == t
            }
            // Inside a triple-quoted string from an earlier line.
            if let q = openTriple {
                var j = 0
                var closed = false
                while j < chars.count {
                    if chars[j] == "\\" { j += 2; continue }
                    if matches(q, at: j) { j += 3; closed = true; break }
                    j += 1
                }
                j = min(j, chars.count)
                for k in 0..<j { roles[k] = .string }
                i = j
                if closed { openTriple = nil } else { out.append(roles); continue }
            }
            var previousWord = ""
            while i < chars.count {
                let c = chars[i]
                if c == "#" {
                    for k in i..<chars.count { roles[k] = .comment }
                    break
                }
                if c == "\"" || c == "'" {
                    let start = stringStart(chars, i)
                    let triple = matches(String(repeating: c, count: 3), at: i)
                    let quote = triple ? String(repeating: c, count: 3) : String(c)
                    var j = i + quote.count
                    var closed = false
                    while j < chars.count {
                        if chars[j] == "\\" { j += 2; continue }
                        if matches(quote, at: j) { j += quote.count; closed = true; break }
                        j += 1
                    }
                    j = min(j, chars.count)
                    for k in start..<j { roles[k] = .string }
                    if triple && !closed { openTriple = quote }
                    i = j
                    previousWord = ""
                    continue
                }
                if c == "@" && chars[..<i].allSatisfy({ $0 == " " || $0 == "\t" }) {
                    var j = i + 1
                    while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" || chars[j] == "." { j += 1 }
                    for k in i..<j { roles[k] = .decorator }
                    i = j
                    continue
                }
                if c.isNumber && (i == 0 || !(chars[i - 1].isLetter || chars[i - 1] == "_" || chars[i - 1].isNumber)) {
                    var j = i
                    while j < chars.count, chars[j].isNumber || chars[j].isLetter || chars[j] == "." || chars[j] == "_"
                            || ((chars[j] == "-" || chars[j] == "+") && j > i && (chars[j - 1] == "e" || chars[j - 1] == "E")) { j += 1 }
                    for k in i..<j { roles[k] = .number }
                    i = j
                    continue
                }
                if c.isLetter || c == "_" {
                    var j = i
                    while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" { j += 1 }
                    let word = String(chars[i..<j])
                    // A string prefix (f"...", rb'...') is coloured with its string.
                    if j < chars.count, chars[j] == "\"" || chars[j] == "'", word.count <= 2,
                       word.lowercased().allSatisfy({ "rbfu".contains($0) }) {
                        i = j
                        continue
                    }
                    let preceded = i > 0 && chars[i - 1] == "."
                    var role = ColorRole.normal
                    if !preceded && keywords.contains(word) { role = .keyword }
                    else if !preceded && builtins.contains(word) { role = .builtin }
                    else if previousWord == "def" || previousWord == "class" { role = .title }
                    for k in i..<j { roles[k] = role }
                    previousWord = word
                    i = j
                    continue
                }
                if c != " " { previousWord = "" }
                i += 1
            }
            out.append(roles)
        }
        return out
    }

    /// Where a string starting at `i` begins, counting a prefix such as `f` or `rb`.
    private static func stringStart(_ chars: [Character], _ i: Int) -> Int {
        var s = i
        while s > 0, s > i - 2, "rbfuRBFU".contains(chars[s - 1]) { s -= 1 }
        if s > 0, chars[s - 1].isLetter || chars[s - 1].isNumber || chars[s - 1] == "_" { return i }
        return s
    }
}
