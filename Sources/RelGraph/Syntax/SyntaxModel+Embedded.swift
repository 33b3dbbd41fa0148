internal import CSyntaxModels

extension SyntaxModel {
    /// The model linked into the binary for `language`, opened on first use.
    ///
    /// Each language's model is opened by its own lazily initialised static, so an article in one
    /// language never touches the pages of another language's model. Only its headers are checked here:
    /// the test suite checks every bucket of the linked bytes (`linkedBytes(for:)`).
    /// - Throws: `SyntaxError.malformedModel` when the linked bytes are not a model, which only a broken
    ///   build can cause.
    public static func embedded(for language: Language) throws -> SyntaxModel {
        switch language {
        case .en: try english.get()
        case .fr: try french.get()
        case .es: try spanish.get()
        }
    }

    private static let english = open(.en)
    private static let french = open(.fr)
    private static let spanish = open(.es)

    /// The bytes of the model linked into the binary for `language`, or nil when this build has none.
    static func linkedBytes(for language: Language) -> UnsafeRawBufferPointer? {
        var length = 0
        guard let start = relgraph_syntax_model(language.rawValue, &length), length > 0 else { return nil }
        return UnsafeRawBufferPointer(start: start, count: length)
    }

    private static func open(_ language: Language) -> Result<SyntaxModel, SyntaxError> {
        guard let bytes = linkedBytes(for: language) else {
            return .failure(.malformedModel("no model for '\(language.rawValue)' in this build"))
        }
        do {
            return .success(try SyntaxModel(ModelBytes(static: bytes, linked: true)))
        } catch let error as SyntaxError {
            return .failure(error)
        } catch {
            return .failure(.malformedModel("\(error)"))
        }
    }
}
