import ArgumentParser
import Foundation
import RelGraph

/// The options that choose what part of the graph is shown: every filter in one group of the help.
///
/// Kept apart from the commands so that filters grow in one place; the
/// commands only apply them (`apply(to:)`).
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Keep only these relation types (comma-separated PLOVER names).", valueName: "TYPES"))
    var types: [CommaList<EventType>] = []

    @Option(help: ArgumentHelp("Leave out these relation types (comma-separated).", valueName: "TYPES"))
    var excludeTypes: [CommaList<EventType>] = []

    @Option(help: ArgumentHelp("Show only this actor and its neighbourhood: an id, a name in French, English or Spanish, or a surname.",
                               valueName: "ACTOR"))
    var actor: String?

    @Option(help: ArgumentHelp("With --actor: how many relations away from the actor to reach.", valueName: "N"))
    var depth: Int = 1

    @Option(help: ArgumentHelp("Keep only relations stated in at least N sentences.", valueName: "N"))
    var minWeight: Int = 1

    @Option(help: ArgumentHelp("Leave out relations found with less confidence than X (0 to 1).", valueName: "X"))
    var minConfidence: Double = 0

    @Option(help: ArgumentHelp(
        "Kinds of actors drawn as themselves (comma-separated); persons of a left-out kind fold into their state.",
        valueName: "KINDS"))
    var kinds: [CommaList<ActorKind>] = []

    @Option(help: ArgumentHelp("Keep only the N actors with the most statements and the relations among them.",
                               valueName: "N"))
    var top: Int?

    func validate() throws {
        guard depth >= 0 else { throw ValidationError("--depth takes a number of relations, 0 or more") }
        guard minWeight >= 1 else { throw ValidationError("--min-weight takes a number of sentences, 1 or more") }
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence takes a number from 0 to 1") }
        if actor == nil && depth != 1 { throw ValidationError("--depth needs --actor") }
        if let top, top < 1 { throw ValidationError("--top takes a number of actors, 1 or more") }
    }

    var filter: GraphFilter {
        GraphFilter(
            types: types.isEmpty ? nil : Set(types.flatMap(\.values)),
            excludedTypes: Set(excludeTypes.flatMap(\.values)),
            actor: actor,
            depth: depth,
            minWeight: minWeight,
            kinds: kinds.isEmpty ? nil : Set(kinds.flatMap(\.values)),
            topActors: top
        )
    }

    /// The graph narrowed by the filter options.
    /// - Throws: `GraphFilterError` when `--actor` names nobody.
    func apply(to graph: RelationGraph) throws -> RelationGraph {
        let graph = minConfidence > 0 ? graph.filteringEdges { $0.confidence >= minConfidence } : graph
        let filter = filter
        return filter.isEmpty ? graph : try filter.apply(to: graph)
    }

    /// The filter options given, as the command line names them.
    var given: [String] {
        [
            ("--types", !types.isEmpty), ("--exclude-types", !excludeTypes.isEmpty), ("--actor", actor != nil),
            ("--min-weight", minWeight > 1), ("--min-confidence", minConfidence > 0), ("--kinds", !kinds.isEmpty),
            ("--top", top != nil),
        ].filter(\.1).map(\.0)
    }

    /// What to say when the filters left none of the relations the input gave: an empty picture is then the
    /// filters' doing, not the articles', and the user should hear which options did it.
    func emptiedWarning(before: RelationGraph, after: RelationGraph) -> String? {
        let found = before.edges.count
        guard found > 0, after.edges.isEmpty, !given.isEmpty else { return nil }
        return "no relation left after \(given.joined(separator: ", ")): the input gave \(found) "
            + (found == 1 ? "relation" : "relations")
    }
}

/// The options that choose how the picture looks.
struct ViewOptions: ParsableArguments {
    @Option(help: "Graphviz layout engine.")
    var layout: LayoutEngine = .auto

    @Option(help: "Colour scheme of pictures: print is greyscale, relation classes told apart by line style.")
    var theme: RenderStyle.Theme = .light

    @Option(help: "Language of the names relgraph writes: the article's own, or English where relgraph knows them.")
    var labels: RenderStyle.LabelLanguage = .native

    @Option(name: .customLong("group-by"), help: "Draw each state in one box with its persons.")
    var groupBy: Grouping?

    /// `--group-by`: what to draw boxes around.
    enum Grouping: String, ArgumentEnum {
        case country
    }

    var style: RenderStyle {
        RenderStyle(theme: theme, labels: labels, groupByCountry: groupBy == .country)
    }
}

/// One option value holding a comma-separated list (`SANCTION,ASSAULT`); the option may also be repeated.
struct CommaList<Element: ExpressibleByArgument>: ExpressibleByArgument {
    var values: [Element]

    init?(argument: String) {
        let parts = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let parsed = parts.compactMap(Element.init(argument:))
        guard !parsed.isEmpty, parsed.count == parts.count else { return nil }
        values = parsed
    }

    static var allValueStrings: [String] { Element.allValueStrings }
}

/// Relation types: `--types SANCTION,ASSAULT` (any case) as well as repeated options.
extension EventType: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.uppercased())
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension ActorKind: ArgumentEnum {}
extension RenderStyle.Theme: ArgumentEnum {}
extension RenderStyle.LabelLanguage: ArgumentEnum {}
