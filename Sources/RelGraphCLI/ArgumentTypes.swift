import ArgumentParser
import RelGraph

/// An option whose values are an enum's raw strings.
///
/// ArgumentParser's defaults for such enums describe values through a generic key path and string
/// interpolation, which the Swift runtime resolves by scanning every protocol conformance of the
/// binary (thousands in a static one) once per type: a measurable part of every run's start-up.
/// These say the same thing with the raw values directly.
protocol ArgumentEnum: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension ArgumentEnum {
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    public static var allValueDescriptions: [String: String] { [:] }
    public var defaultValueDescription: String { rawValue }
}

/// `--lang`: a language or automatic detection.
enum LanguageChoice: String, ArgumentEnum {
    case auto, fr, en, es

    var language: Language? { Language(rawValue: rawValue) }
}

extension OutputFormat: ArgumentEnum {}
extension LayoutEngine: ArgumentEnum {}
extension TimePeriod: ArgumentEnum {}
