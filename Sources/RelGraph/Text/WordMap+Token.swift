extension WordMap {
    /// The value of the folded word of `token`, with the hash the tokenizer computed. Always inlined, so that a
    /// caller passing `tokens[i]` reads the two fields rather than copying the whole `Token`.
    @inline(__always)
    func value(of token: Token) -> Value? {
        value(folded: token.folded, hash: token.foldedHash)
    }
}
