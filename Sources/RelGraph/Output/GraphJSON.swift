import Foundation

/// One graph's JSON decoded and checked, or what is wrong with it, in words that name the field.
///
/// Foundation's decoder says only "not valid JSON" both for broken syntax and for a number that does
/// not fit its field (`"weight": 1.5`); the JSON is parsed again on that path only, to tell them apart
/// and to find where.
enum GraphJSON {
    struct Problem: Error {
        var reason: String
        /// Where the syntax breaks, in bytes from the start, when the parser says.
        var byteOffset: Int?
        /// True when the bytes are not JSON at all, false when they are JSON but not a graph.
        var isSyntax: Bool
    }

    static func decode(_ data: Data) -> Result<RelationGraph, Problem> {
        let graph: RelationGraph
        do {
            graph = try JSONWriter.graph(from: data)
        } catch let error as DecodingError {
            return .failure(problem(error, in: data))
        } catch {
            return .failure(Problem(reason: "it is not a relgraph graph (\(error))", isSyntax: false))
        }
        if let (message, part) = graph.firstInconsistency {
            return .failure(Problem(reason: "it is not a consistent graph: \(message)", byteOffset: offset(of: part, in: data),
                                    isSyntax: false))
        }
        return .success(graph)
    }

    private static func problem(_ error: DecodingError, in data: Data) -> Problem {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return syntaxOrNumberProblem(in: data)
        case .dataCorrupted(let context):
            let at = offset(of: context.codingPath, in: data)
            if let choices = closedSets[context.codingPath.last?.stringValue ?? ""],
               let value = value(at: context.codingPath, in: data) {
                return notAGraph("\(field(context.codingPath)): '\(value)' is not one of \(choices)", at: at)
            }
            return notAGraph("\(field(context.codingPath)): \(context.debugDescription)", at: at)
        case .typeMismatch(_, let context):
            return notAGraph("\(field(context.codingPath)): \(context.debugDescription)", at: offset(of: context.codingPath, in: data))
        case .valueNotFound(_, let context):
            return notAGraph("\(field(context.codingPath)) is null", at: offset(of: context.codingPath, in: data))
        case .keyNotFound(let key, let context):
            let place = context.codingPath.isEmpty ? "the top level" : field(context.codingPath)
            return notAGraph("no \"\(key.stringValue)\" in \(place)", at: offset(of: context.codingPath, in: data))
        @unknown default:
            return notAGraph("\(error)")
        }
    }

    /// The fields whose value is one of a closed set, and the set, for a message that lists what it may be.
    private static let closedSets: [String: String] = [
        "kind": ActorKind.allCases.map(\.rawValue).joined(separator: ", "),
        "type": EventType.allCases.map(\.rawValue).joined(separator: ", "),
    ]

    /// The value at `path` in the JSON `data`, as text, to quote it back in a message.
    private static func value(at path: [any CodingKey], in data: Data) -> String? {
        var node = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        for key in path {
            if let index = key.intValue {
                guard let array = node as? [Any], array.indices.contains(index) else { return nil }
                node = array[index]
            } else {
                node = (node as? [String: Any])?[key.stringValue]
            }
        }
        return node.map { "\($0)" }
    }

    /// - Parameter at: where the value at fault starts, in bytes, for the reader to name its line.
    private static func notAGraph(_ detail: String, at offset: Int? = nil) -> Problem {
        Problem(reason: "it is JSON but not a relgraph graph: \(detail)", byteOffset: offset, isSyntax: false)
    }

    /// Where the node, edge or group an inconsistency is in starts in `data`: the first element of its list
    /// whose id (or source, target and type) it has.
    private static func offset(of part: RelationGraph.Part, in data: Data) -> Int? {
        let list: String, fields: [String: String]
        switch part {
        case .node(let id): (list, fields) = ("nodes", ["id": id])
        case .edge(let source, let target, let type): (list, fields) = ("edges", ["source": source, "target": target, "type": type])
        case .group(let id): (list, fields) = ("groups", ["id": id])
        }
        let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        guard let elements = (object as? [String: Any])?[list] as? [Any],
              let index = elements.firstIndex(where: { element in
                  fields.allSatisfy { (element as? [String: Any])?[$0.key] as? String == $0.value }
              })
        else { return nil }
        return JSONLocator.offset(of: [.key(list), .index(index)], in: Array(data))
    }

    /// Where the value a decoder names by `path` starts in `data`.
    private static func offset(of path: [any CodingKey], in data: Data) -> Int? {
        JSONLocator.offset(of: path.map { $0.intValue.map(JSONLocator.Step.index) ?? .key($0.stringValue) }, in: Array(data))
    }

    /// Parses `data` again to say whether the syntax is broken (and where) or a count is not a whole number.
    private static func syntaxOrNumberProblem(in data: Data) -> Problem {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
            let offset = characterOffset(in: detail)
            // A line cut inside a string ends in the line break the reader put back: the parser calls that
            // an unescaped control character, one byte before the end.
            if detail.contains("end of file") || offset.map({ $0 >= data.count - 1 }) == true {
                return Problem(reason: "it is not valid JSON: it ends in the middle of a value (cut short?)",
                               byteOffset: max(0, data.count - 1), isSyntax: true)
            }
            return Problem(reason: "it is not valid JSON", byteOffset: offset, isSyntax: true)
        }
        if let (path, steps, value) = firstBadCount(in: object, path: "", steps: []) {
            return notAGraph("\(path): \(value) is not a whole number a count can hold",
                             at: JSONLocator.offset(of: steps, in: Array(data)))
        }
        return notAGraph("a value does not fit its field")
    }

    /// The byte offset in Foundation's "Invalid value around character 38." (or "Unescaped control character
    /// around character 12."), if it gives one: the last "character " is the one a number follows.
    static func characterOffset(in detail: String) -> Int? {
        guard let range = detail.range(of: "character ", options: .backwards) else { return nil }
        return Int(detail[range.upperBound...].prefix { $0.isNumber })
    }

    /// The fields a relgraph graph holds whole numbers in.
    private static let countFields: Set<String> = ["weight", "mentions", "sentence", "start", "end", "documents"]

    /// The first count field (by path) whose number is not a whole number within `Int`'s range.
    private static func firstBadCount(in object: Any, path: String,
                                      steps: [JSONLocator.Step]) -> (String, [JSONLocator.Step], String)? {
        if let array = object as? [Any] {
            for (index, element) in array.enumerated() {
                if let found = firstBadCount(in: element, path: path + "[\(index)]", steps: steps + [.index(index)]) { return found }
            }
        } else if let dictionary = object as? [String: Any] {
            for key in dictionary.keys.sorted() {
                let child = path.isEmpty ? key : path + "." + key
                if countFields.contains(key), let number = dictionary[key] as? NSNumber, !isWhole(number) {
                    return (child, steps + [.key(key)], number.stringValue)
                }
                if let value = dictionary[key], let found = firstBadCount(in: value, path: child, steps: steps + [.key(key)]) {
                    return found
                }
            }
        }
        return nil
    }

    /// True for a number an `Int` holds exactly. Its digits are asked first: as a `Double`, `Int.max`
    /// rounds up past `Int`'s range, and a graph whose counts reached it would be blamed for them.
    private static func isWhole(_ number: NSNumber) -> Bool {
        if Int(number.stringValue) != nil { return true }
        let value = number.doubleValue
        return value.rounded() == value && abs(value) < 9.2e18
    }

    /// `edges[2].weight` for a coding path.
    private static func field(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text.isEmpty ? "the top level" : text
    }
}
