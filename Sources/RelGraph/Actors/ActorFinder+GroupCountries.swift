/// "Two Australian ministers said in a statement… The foreign minister, X, and the minister for the Pacific, Y,
/// said…": officials a plural title with a state has just announced are of that state, though their own titles,
/// as the press writes those of its own country, name none.
extension ActorFinder {
    /// Gives the state of a plural title ("two Kenyan ministers") to each person the next sentence names with a title
    /// of that kind and no state or body of their own.
    func adoptGroupCountries(from pending: [[Pending]], into registry: inout PersonRegistry) {
        var group: (sentence: Int, roleKey: String, country: String)?
        for (sentence, items) in pending.enumerated() {
            var announced: (sentence: Int, roleKey: String, country: String)?
            for item in items {
                switch item {
                case .official(let phrase, _):
                    guard phrase.isPlural, phrase.otherCountries.isEmpty, phrase.organization == nil, let country = phrase.country,
                          !TitlePhrase.continuesList(after: phrase.range.upperBound, tokens: document.tokens) else { continue }
                    announced = (sentence, phrase.roleKey, country)
                case .resolved(let mention):
                    guard let group, sentence == group.sentence + 1, mention.form == .name,
                          let person = mention.refs.onlyElement?.personIndex,
                          let role = registry.persons[person].roleKey, Self.isKind(role, of: group.roleKey) else { continue }
                    registry.adopt(country: group.country, for: person)
                default:
                    continue
                }
            }
            group = announced ?? group
        }
    }

    /// "foreign minister" is a kind of "minister"; "prime minister" is a minister's kind too, as the press counts them.
    private static func isKind(_ role: String, of group: String) -> Bool {
        role == group || role.hasSuffix(" " + group)
    }
}
