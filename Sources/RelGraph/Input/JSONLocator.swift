/// Where a value sits in JSON text, found by the path a decoder names it by (`edges[3].weight`), so that a
/// message about a pretty graph file can give the line as well as the field.
///
/// One pass over the bytes with an explicit stack, never recursion: the text has already been parsed by
/// Foundation, but a hostile file may nest deeper than a thread's stack.
enum JSONLocator {
    /// One step of a path: a key in an object or an index in an array.
    enum Step: Equatable {
        case key(String)
        case index(Int)
    }

    /// The byte offset at which the value at `path` starts, or nil when the text has no such value.
    static func offset(of path: [Step], in bytes: [UInt8]) -> Int? {
        var scanner = Scanner(bytes: bytes, target: path)
        return scanner.run()
    }

    private struct Scanner {
        let bytes: [UInt8]
        let target: [Step]
        var position = 0
        /// The step each open container is at: its current key (nil before the first) or index.
        var steps: [Step?] = []
        var inObject: [Bool] = []

        init(bytes: [UInt8], target: [Step]) {
            self.bytes = bytes
            self.target = target
        }

        mutating func run() -> Int? {
            var expectingKey = false
            while position < bytes.count {
                let byte = bytes[position]
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ":"):
                    position += 1
                case UInt8(ascii: ","):
                    if let last = steps.indices.last, case .index(let index)? = steps[last] { steps[last] = .index(index + 1) }
                    expectingKey = inObject.last == true
                    position += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    guard !steps.isEmpty else { return nil }
                    steps.removeLast()
                    inObject.removeLast()
                    expectingKey = false
                    position += 1
                case UInt8(ascii: "\"") where expectingKey && !steps.isEmpty:
                    let key = readString()
                    steps[steps.count - 1] = .key(key)
                    expectingKey = false
                default:
                    if isTarget { return position }
                    switch byte {
                    case UInt8(ascii: "{"):
                        steps.append(nil)
                        inObject.append(true)
                        expectingKey = true
                        position += 1
                    case UInt8(ascii: "["):
                        steps.append(.index(0))
                        inObject.append(false)
                        position += 1
                    case UInt8(ascii: "\""):
                        _ = readString()
                    default:
                        skipLiteral()
                    }
                }
            }
            return nil
        }

        private var isTarget: Bool {
            steps.count == target.count && zip(steps, target).allSatisfy { $0 == $1 }
        }

        /// Reads a string from its opening quote; escapes are kept as written, which the keys of a graph never hold.
        private mutating func readString() -> String {
            let start = position + 1
            position = start
            while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
                position += bytes[position] == UInt8(ascii: "\\") ? 2 : 1
            }
            let end = min(position, bytes.count)
            position += 1
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }

        private mutating func skipLiteral() {
            position += 1
            while position < bytes.count, !Self.delimiters.contains(bytes[position]) { position += 1 }
        }

        private static let delimiters: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")]
    }
}
