/// The bundled parser is what the relation rules read trees from.
extension DependencyParser: SentenceParsing {}
