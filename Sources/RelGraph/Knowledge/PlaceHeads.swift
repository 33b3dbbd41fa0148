/// Nouns that head the name of a place or a building: "Palacio Nacional", "Galeão Airport", "la place Tahrir".
///
/// A capitalised name built on one of them names a place, not a person,
/// even when its other word is a given name ("aeropuerto Benito Juárez",
/// "Kennedy Airport", "rue Jean Jaurès"). French and Spanish put the head
/// first, English last, so a surname that is also a place noun ("Ana
/// Palacio", "Pedro Castillo") stays a name where the head cannot stand.
enum PlaceHeads {
    /// Where the head stands in a place name of `language`.
    enum Position { case first, last }

    static func position(_ language: Language) -> Position {
        switch language {
        case .fr, .es: .first
        case .en: .last
        }
    }

    /// The words by which a head governs a name after it, in the languages that put the head first: "l'aéroport
    /// international de Carthage", "el palacio presidencial de Miraflores".
    static func genitives(_ language: Language) -> WordSet {
        switch language {
        case .fr: frenchGenitives
        case .es: spanishGenitives
        case .en: .empty
        }
    }

    private static let frenchGenitives = FunctionWords.set("de d' du des")
    private static let spanishGenitives = FunctionWords.set("de del")

    static func words(_ language: Language) -> WordSet {
        switch language {
        case .fr: french
        case .en: english
        case .es: spanish
        }
    }

    private static let french = FunctionWords.set("""
        palais aéroport aéroports place rue avenue boulevard quai pont gare port stade université hôpital
        château parc jardin jardins tour tours cathédrale basilique mosquée église temple musée lycée collège
        école institut prison caserne base camp hôtel résidence fort mont vallée lac baie détroit canal
        péninsule désert île îles route autoroute esplanade cité centre mer mers océan golfe fleuve rivière massif
        """)

    private static let english = FunctionWords.set("""
        palace airport airports square street avenue boulevard road bridge station port harbour harbor stadium
        university hospital castle park garden gardens tower cathedral basilica mosque church temple museum
        college school institute prison barracks base camp hotel house residence fort mount valley lake bay
        strait canal peninsula desert island islands highway center centre hall building plaza sea ocean gulf river
        """)

    private static let spanish = FunctionWords.set("""
        palacio aeropuerto aeropuertos plaza calle avenida bulevar paseo puente estación puerto estadio
        universidad hospital castillo parque jardín torre catedral basílica mezquita iglesia templo museo
        colegio escuela instituto cárcel prisión cuartel base campamento hotel residencia fuerte monte valle
        lago bahía estrecho canal península desierto isla islas carretera autopista centro mar océano golfo río
        """)
}
