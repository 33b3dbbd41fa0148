/// An act told once and done again by another: "Le Japon a expulsé deux diplomates russes. La Pologne a pris une
/// mesure similaire." The second actor does the same to the same target; the target doing it answers in kind, and its
/// act is aimed back at the first actor ("La Russie a fait de même" expels the Japanese).
struct RepeatedAct: Sendable {
    var type: EventType
    var sources: [ActorRef]
    var targets: [ActorRef]

    /// The last act of `relations` (an affiliation is none), with every target its author had for that type.
    init?(lastOf relations: [Relation]) {
        guard let last = relations.last(where: { $0.type != .affiliation }) else { return nil }
        type = last.type
        sources = [last.source]
        targets = relations.filter { $0.type == last.type && $0.source == last.source }.map(\.target)
    }

    /// Whom `repeaters` do the act to: its targets, or, when they were its targets, its authors.
    func targets(of repeaters: [ActorRef]) -> [ActorRef] {
        let answered = targets.filter { repeaters.contains($0) }
        return answered.isEmpty ? targets : sources.filter { !repeaters.contains($0) }
    }
}
