/// "les présidents ivoirien et libanais, respectivement X et Y", "the foreign ministers of Kenya and Uganda, X and Y
/// respectively": the persons listed with "respectively" after a plural title of several states hold the title of
/// each state in the order the title lists them.
extension ActorFinder {
    /// Gives each person so listed the state in their place, when they had none.
    func adoptRespectiveCountries(from pending: [[Pending]], into registry: inout PersonRegistry) {
        let markers = FunctionWordClasses.wordClass(\.respectiveMarkers, of: document.language)
        for items in pending {
            for (position, item) in items.enumerated() {
                guard case .official(let phrase, _) = item, phrase.isPlural, let first = phrase.country,
                      !phrase.otherCountries.isEmpty else { continue }
                let countries = [first] + phrase.otherCountries
                let listed = personsListed(after: position, in: items, count: countries.count, registry: registry)
                guard listed.count == countries.count,
                      isRespectiveList(from: phrase.range.upperBound, through: listed.map(\.range), markers: markers) else { continue }
                for (person, country) in zip(listed, countries) where registry.persons[person.index].country == nil {
                    registry.adopt(country: country, for: person.index)
                }
            }
        }
    }

    /// The persons named one after another right after the item at `position`, at most `count` of them: names found
    /// persons where they stand, or known by the registry from elsewhere in the article.
    private func personsListed(after position: Int, in items: [Pending], count: Int,
                               registry: PersonRegistry) -> [(index: Int, range: Range<Int>)] {
        var listed: [(index: Int, range: Range<Int>)] = []
        for item in items[(position + 1)...] where listed.count < count {
            switch item {
            case .resolved(let mention) where mention.form == .name:
                guard let person = mention.refs.onlyElement?.personIndex else { return listed }
                listed.append((person, mention.range))
            case .name(let name, _):
                guard let person = registry.resolve(name.keys) else { return listed }
                listed.append((person, name.range))
            default:
                return listed
            }
        }
        return listed
    }

    /// Only commas, conjunctions and the marker stand between the title and the names, and between the names, and the
    /// marker stands there or right after the last name.
    private func isRespectiveList(from start: Int, through names: [Range<Int>], markers: WordSet) -> Bool {
        guard let last = names.last else { return false }
        let tokens = document.tokens
        var marked = last.upperBound < tokens.count && markers.contains(tokens[last.upperBound])
        var index = start
        for name in names {
            for gap in index..<name.lowerBound {
                if markers.contains(tokens[gap]) {
                    marked = true
                } else if tokens[gap].text != "," && !FunctionWords.andConjunctions.contains(tokens[gap]) {
                    return false
                }
            }
            index = name.upperBound
        }
        return marked
    }
}
