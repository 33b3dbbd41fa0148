extension CoNLLU {
    /// The language of the file's words, detected from their forms as an article's language is from its text.
    public var detectedLanguage: Language {
        var sample = ""
        for sentence in sentences {
            for word in sentence.words {
                sample += word.form
                sample += " "
            }
            if sample.unicodeScalars.count > 20_000 { break }
        }
        return Extractor.detectLanguage(sample)
    }
}
