/// A person the article names, with what it says of their office.
struct Person: Hashable, Sendable {
    /// The fullest form of the name the article uses: "Amina Diallo".
    var name: String
    /// Folded name tokens without honorifics, for matching later mentions: ["amina", "diallo"].
    var keys: [String]
    /// The title as the article writes it: "vice-Premier ministre", "ancien président".
    var role: String?
    /// The canonical English role from the title lexicon: "deputy prime minister".
    var roleKey: String?
    /// ISO3 of the state the person serves or belongs to.
    var country: String?
    /// The organization the person serves, when the title names one ("secretario general de la ONU").
    var organization: String?
    /// ISO3 of the state a posted official serves in ("ambassador to Kenya"): never the person's own.
    var posting: String?

    /// The usual English form of a well-known leader's name, whatever the article's spelling.
    var canonicalName: String?

    var id: String { "person:" + Slug.make(canonicalName ?? name) }

    /// The actor the person's AFFILIATION edge points to: the organization named in the title, else the state.
    var affiliation: ActorRef? {
        if let organization { return .organization(organization) }
        return country.map(ActorRef.state)
    }
}

/// ASCII slugs for ids: folded, letters and digits, words joined by "-".
enum Slug {
    /// Latin letters that folding diacritics leaves as they are, written as ASCII: "Kılınç" is "kilinc", "Sikorski's"
    /// "Radosław" "radoslaw", "Løkke" "lokke".
    private static let latinLetters: [Unicode.Scalar: String] = [
        "ı": "i", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th", "ħ": "h", "ŋ": "ng",
    ]

    static func make(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in TextFolding.fold(text).unicodeScalars {
            // The ASCII letters and digits are exactly the ASCII scalars Unicode calls alphabetic or numeric:
            // tested directly, not through a property lookup per scalar of every id.
            if scalar.isASCII && (ScalarClass.isLetter(scalar) || ("0"..."9").contains(scalar)) {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else if let letters = latinLetters[scalar] {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug += letters
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug
    }
}
