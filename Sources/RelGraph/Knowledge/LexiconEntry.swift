/// One surface form a lexicon knows, and what it stands for.
///
/// Lexicons are data compiled into the binary: every table in `Knowledge/`
/// produces these entries, and the mention finder builds one trie over them.
struct LexiconEntry: Hashable, Sendable {
    /// The form as written in text: "États-Unis", "vénézuélienne", "OTAN", "Maison Blanche".
    var surface: String
    /// What it stands for: an ISO3 code, an organization id ("NATO"), a canonical English role ("president").
    var key: String
    var form: Form

    enum Form: String, Hashable, Sendable {
        /// A state's name: "Russie", "United Kingdom", "EE.UU.".
        case stateName
        /// A state's adjective or inhabitant noun, any gender and number: "russe", "Russian", "rusas".
        case demonym
        /// A capital or seat of power standing for its state: "Moscou", "the Kremlin".
        case seat
        /// An international or regional organization, by name or acronym.
        case organization
        /// A news outlet or photo agency: never an actor.
        case media
        /// A region or continent: never an actor.
        case region
        /// A title or function: "président", "foreign minister", "canciller".
        case title
    }
}
