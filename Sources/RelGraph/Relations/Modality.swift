/// Whether a trigger states something that happened, was denied, or is only possible.
///
/// "ont nié tout projet d'attaque", "could order an invasion", "si l'Égypte décidait de bloquer": none of these is
/// the act. Read off the trigger's clause by `TreeArguments.modality(of:speaksOfPossibility:reportsFuture:)`.
enum Modality: Equatable, Sendable {
    case factual
    /// Negated: "ne reconnaîtra jamais". A negated agreement or support is coded as REJECT.
    case negated
    /// Hypothetical, planned, asked for or denied: not coded at all.
    case unreal
}
