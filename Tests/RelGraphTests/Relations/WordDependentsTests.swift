import Testing
@testable import RelGraph

/// WordDependents: every word's dependents cut from one array agree with the tree's own reading of them.
@Suite("Word dependents")
struct WordDependentsTests {
    @Test func eachWordsDependentsAreTheTreesLeftToRight() {
        typealias Word = SyntaxTree.Word
        let tree = SyntaxTree(words: [
            Word(form: "In", tag: .adp, head: 2, relation: "case"), Word(form: "contrast", tag: .noun, head: 6, relation: "obl"),
            Word(form: ",", tag: .punct, head: 4, relation: "punct"), Word(form: "Putin", tag: .propn, head: 2, relation: "appos"),
            Word(form: "was", tag: .aux, head: 6, relation: "aux:pass"), Word(form: "greeted", tag: .verb, head: 0, relation: "root"),
            Word(form: "in", tag: .adp, head: 8, relation: "case"), Word(form: "Beijing", tag: .propn, head: 6, relation: "obl"),
            // A head outside the sentence, as a malformed parse may give, hangs the word from nothing.
            Word(form: ".", tag: .punct, head: 42, relation: "punct"),
        ])
        let dependents = WordDependents(of: tree)
        #expect(dependents.count == tree.words.count)
        for word in tree.words.indices {
            #expect(Array(dependents[word]) == tree.dependents(of: word))
        }
        #expect(Array(dependents[5]) == [1, 4, 7])
    }

    @Test func anEmptyTreeHasNoDependents() {
        #expect(WordDependents(of: SyntaxTree(words: [])).count == 0)
    }
}
