/// "dijo en una entrevista con X para CNN": a gathering noun given for a news outlet is a press interview. Whoever
/// asks the questions holds no talks with the one who answers.
extension TreeArguments {
    /// Whether a gathering noun, or the company it is held with, names an outlet it is given for: a name that is no
    /// actor, after the language's preposition of outlet.
    func isPressInterview(_ noun: Int) -> Bool {
        parsed.dependents(of: noun).contains { child in
            namesOutlet(child) || parsed.dependents(of: child).contains(where: namesOutlet)
        }
    }

    /// A name: tagged so, or a capitalised noun ("para El País", whose noun is also a common one).
    private func namesOutlet(_ word: Int) -> Bool {
        let isName = parsed.tag(of: word) == .propn || (parsed.tag(of: word) == .noun && tokens[parsed.tokenOfWord[word]].isCapitalized)
        return isName && mentionOfWord[word] == nil
            && markers(of: word).contains(where: { (marker: String) in words.outletMarkers.contains(marker) })
    }
}
