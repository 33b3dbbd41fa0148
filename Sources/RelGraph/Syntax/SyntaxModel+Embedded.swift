internal import CSyntaxModels

extension SyntaxModel {
    /// The model linked into the binary for `language`, checked and opened on first use.
    ///
    /// Each language's model is opened by its own lazily initialised static, so an article in one
    /// language never touches the pages of another language's model.
    /// - Throws: `SyntaxError.malformedModel` when the linked bytes are not a model, which only a broken
    ///   build can cause.
    public static func embedded(for language: Language) throws -> SyntaxModel {
        switch language {
        case .en: try english.get()
        case .fr: try french.get()
        case .es: try spanish.get()
        }
    }

    private static let english = open("en")
    private static let french = open("fr")
    private static let spanish = open("es")

    private static func open(_ code: String) -> Result<SyntaxModel, SyntaxError> {
        var length = 0
        guard let start = relgraph_syntax_model(code, &length), length > 0 else {
            return .failure(.malformedModel("no model for '\(code)' in this build"))
        }
        do {
            return .success(try SyntaxModel(ModelBytes(static: UnsafeRawBufferPointer(start: start, count: length))))
        } catch let error as SyntaxError {
            return .failure(error)
        } catch {
            return .failure(.malformedModel("\(error)"))
        }
    }
}
