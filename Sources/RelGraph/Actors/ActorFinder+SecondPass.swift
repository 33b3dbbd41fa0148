/// The second pass: what only makes sense once every person is known.
extension ActorFinder {

    /// Spanish "a" introduces persons and states as objects ("condenó a Seúl"); elsewhere "à"/"a" is a place.
    func markingPlaces(_ mention: Mention) -> Mention {
        var marked = mention
        guard let preposition = mention.preposition else { return marked }
        marked.isLocative = FunctionWords.isLocative(preposition, in: document.language)
        return marked
    }

    /// Well-known leaders get their state when the article gives none, and one id whatever the spelling
    /// ("Vladimir Poutine", "Putin", "Vladímir Putin" are all `person:vladimir-putin`), so that merged
    /// graphs of articles in several languages have one node per person.
    func fillFromLeaderTable(_ registry: inout PersonRegistry) {
        for (index, person) in registry.persons.enumerated() {
            guard let leader = tableLeader(named: person.keys, role: person.roleKey, serving: person.country ?? person.organization) else {
                continue
            }
            var filled = person
            if person.country == nil && person.organization == nil {
                if CountryCodes.isStateCode(leader.affiliation) { filled.country = leader.affiliation } else { filled.organization = leader.affiliation }
                filled.roleKey = filled.roleKey ?? leader.role
            }
            guard filled.country == leader.affiliation || filled.organization == leader.affiliation else { continue }
            if leader.isNamedBySurname { filled.canonicalName = leader.fullName }
            registry.merge(filled, into: index)
        }
    }

    /// A title-only mention with a state gives that state to the one person it resolves to, if they had none. A plural
    /// title ("los embajadores de Alemania") names several officials, none of them a person the article names.
    func adoptCountries(from items: some Sequence<Pending>, into registry: inout PersonRegistry) {
        for item in items {
            guard case .official(let phrase, _) = item, !phrase.isPlural, let country = phrase.country,
                  let index = registry.resolve(roleKey: phrase.roleKey, country: country, organization: phrase.organization,
                                                at: phrase.range.lowerBound) else { continue }
            registry.adopt(country: country, for: index)
        }
    }

    func secondPass(_ item: Pending, registry: PersonRegistry) -> Mention? {
        switch item {
        case .resolved(let mention):
            return mention
        case .name(let name, let preposition):
            guard let index = registry.resolve(name.keys) else { return nil }
            return Mention(range: name.range, refs: [.person(index)], form: .name, preposition: preposition)
        case .official(let phrase, let preposition):
            if let country = phrase.country, !phrase.otherCountries.isEmpty {
                return Mention(range: phrase.range, refs: ([country] + phrase.otherCountries).map(ActorRef.state), form: .official,
                               preposition: preposition)
            }
            if !phrase.isPlural,
               let index = registry.resolve(roleKey: phrase.roleKey, country: phrase.country, organization: phrase.organization,
                                           at: phrase.range.lowerBound) {
                return Mention(range: phrase.range, refs: [.person(index)], form: .official, preposition: preposition)
            }
            if let organization = phrase.organization {
                var mention = Mention(range: phrase.range, refs: [.organization(organization)], form: .official, preposition: preposition)
                mention.bodyName = phrase.organizationName
                return mention
            }
            guard let country = phrase.country else { return nil }
            return Mention(range: phrase.range, refs: [.state(country)], form: .official, preposition: preposition)
        case .government(let range, let person, let keys, let preposition):
            guard let person = person ?? registry.resolve(keys) else { return nil }
            guard let country = registry.persons[person].country else {
                return Mention(range: range, refs: [.person(person)], form: .name, preposition: preposition)
            }
            return Mention(range: range, refs: [.state(country)], form: .name, preposition: preposition)
        case .pair(let range, let preposition):
            return Mention(range: range, refs: [], form: .pair, preposition: preposition)
        case .ownCountry(let range, let preposition):
            return Mention(range: range, refs: [], form: .ownCountry, preposition: preposition)
        case .latterCountry(let range, let preposition):
            return Mention(range: range, refs: [], form: .latterCountry, preposition: preposition)
        }
    }
}
