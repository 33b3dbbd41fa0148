extension WordSet {
    /// Whether the token's folded form is in the set, with the hash the tokenizer computed. Always inlined, as
    /// `WordMap.value(of:)` is: a call with `tokens[i]` would otherwise copy the `Token` and retain its Strings.
    @inline(__always)
    func contains(_ token: Token) -> Bool {
        contains(folded: token.folded, hash: token.foldedHash)
    }
}
