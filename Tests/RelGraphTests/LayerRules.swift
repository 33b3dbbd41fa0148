import Foundation

/// The layers of `Sources/RelGraph/` and the arrows allowed between them, read off the sources themselves.
///
/// Each folder is one layer; a file's arrows are the folders whose top-level types it names in its code (comments
/// and string literals left out) and the C modules it imports. A name the file's own folder also declares, at any
/// depth (`DependencyParser.NodeAtoms.Node`), is that folder's own and draws no arrow. Methods that an extension in
/// another folder adds to a type are not seen: the arrow is drawn where the type itself is named.
enum LayerRules {
    /// One source file: its path inside `Sources/RelGraph/` ("Text/Token.swift") and its text.
    struct SourceFile {
        var path: String
        var text: String

        /// The layer: the first folder of the path ("Knowledge" for "Knowledge/Languages/fr/States.swift").
        var layer: String { path.split(separator: "/").first.map(String.init) ?? "" }
    }

    /// One use of a layer by another: `from` names `name`, which `to` declares (or imports the C module `to`).
    struct Arrow: Hashable, CustomStringConvertible {
        var from: String
        var to: String
        var name: String
        var file: String

        var description: String { "\(from) → \(to): \(file) names \(name)" }
    }

    /// What each layer may use, besides itself: every arrow points down the pipeline, and the renderer knows
    /// nothing but the model. The README's architecture section draws the same picture.
    static let allowed: [String: Set<String>] = [
        "Support": [],
        "Model": ["Support"],
        "Input": ["Support", "Model"],
        "Text": ["Support", "Model"],
        "Syntax": ["Support", "Model", "Input", "Text", "CSyntaxModels"],
        "Knowledge": ["Support", "Model", "Input", "Text"],
        "Actors": ["Support", "Model", "Text", "Knowledge"],
        "Relations": ["Support", "Model", "Text", "Syntax", "Knowledge", "Actors"],
        "Graph": ["Support", "Model", "Text", "Knowledge", "Actors", "Relations"],
        "Rendering": ["Support", "Model", "CGraphviz", "CGraphvizText"],
        "Output": ["Support", "Model", "Input", "Graph", "Rendering"],
        "Extraction": ["Support", "Model", "Input", "Text", "Syntax", "Knowledge", "Actors", "Relations", "Graph", "Output"],
    ]

    /// The arrows that must never exist, whatever else changes: the ones that made loops or detours before.
    static let forbidden: [(from: String, to: String)] = [
        ("Text", "Knowledge"), ("Actors", "Relations"), ("Rendering", "Knowledge"), ("Output", "Extraction"),
    ]

    /// The C modules and the only layer that may import each.
    static let cModules: [String: String] = ["CGraphviz": "Rendering", "CGraphvizText": "Rendering", "CSyntaxModels": "Syntax"]

    /// Every arrow from one layer to another in `files`.
    static func arrows(in files: [SourceFile]) -> Set<Arrow> {
        var declaredIn: [String: String] = [:]
        var declaredAnywhere: [String: Set<String>] = [:]
        for file in files {
            let code = code(of: file.text)
            for name in names(declaredIn: code, topLevelOnly: true) where declaredIn[name] == nil {
                declaredIn[name] = file.layer
            }
            declaredAnywhere[file.layer, default: []].formUnion(names(declaredIn: code, topLevelOnly: false))
        }
        var arrows: Set<Arrow> = []
        for file in files {
            let code = code(of: file.text)
            let own = declaredAnywhere[file.layer] ?? []
            for name in identifiers(in: code) where !own.contains(name) {
                guard let layer = declaredIn[name], layer != file.layer else { continue }
                arrows.insert(Arrow(from: file.layer, to: layer, name: name, file: file.path))
            }
            for module in imports(in: code) where cModules[module] != nil {
                arrows.insert(Arrow(from: file.layer, to: module, name: "import " + module, file: file.path))
            }
        }
        return arrows
    }

    /// The arrows the rules refuse: to a layer not in `allowed`, one of `forbidden`, or a C module imported
    /// outside its layer. Sorted, for a readable failure.
    static func violations(in files: [SourceFile]) -> [Arrow] {
        arrows(in: files).filter { arrow in
            let isForbidden = forbidden.contains { $0.from == arrow.from && $0.to == arrow.to }
            let isAllowed = allowed[arrow.from]?.contains(arrow.to) ?? false
            let isCModuleElsewhere = cModules[arrow.to].map { $0 != arrow.from } ?? false
            return isForbidden || !isAllowed || isCModuleElsewhere
        }.sorted { $0.description < $1.description }
    }

    /// The Swift files of `Sources/RelGraph/`.
    static func librarySources() throws -> [SourceFile] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/RelGraph")
        let paths = (FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".swift") }.sorted()
        return try paths.map { SourceFile(path: $0, text: try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// The text without comments and string literals, whose words name nothing.
    static func code(of text: String) -> String {
        SourceHygieneTests.code(text).joined(separator: "\n")
    }

    /// The types, protocols and type aliases `code` declares: only those at the start of a line when `topLevelOnly`.
    private static func names(declaredIn code: String, topLevelOnly: Bool) -> Set<String> {
        let indent = topLevelOnly ? "" : #"[ \t]*"#
        let pattern = "(?m)^" + indent + #"(?:(?:public|internal|fileprivate|private|package|final|indirect)\s+)*"#
            + #"(?:struct|enum|class|actor|protocol|typealias)\s+([A-Za-z_][A-Za-z0-9_]*)"#
        return Set(matches(of: pattern, in: code))
    }

    /// Every capitalised word of the code: the candidates for type names.
    private static func identifiers(in code: String) -> Set<String> {
        Set(matches(of: #"\b([A-Z][A-Za-z0-9_]*)\b"#, in: code))
    }

    private static func imports(in code: String) -> [String] {
        matches(of: #"(?m)^\s*(?:@testable\s+)?(?:(?:public|internal|private|fileprivate|package)\s+)?import\s+(\w+)"#, in: code)
    }

    private static func matches(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let whole = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: whole).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
