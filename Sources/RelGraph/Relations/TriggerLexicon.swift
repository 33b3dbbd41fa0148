import Foundation

/// The words and phrases that state PLOVER events, in French, English and Spanish.
///
/// One row per trigger: `language | type | frame | pattern`. A pattern is
/// folded words separated by spaces; `*` ends a stem that takes every
/// inflection ("sanction*" is sanction, sanctions, sanctionné, sanctioned).
/// Determiners may stand between the words of a phrase. Where several
/// triggers match at one place the longest wins, then the longest stem, so
/// "appel téléphonique" (CONSULT) beats "appel" (REQUEST).
enum TriggerLexicon {
    static func triggers(_ language: Language) -> [Trigger] {
        switch language {
        case .fr: french
        case .en: english
        case .es: spanish
        }
    }

    private static let french = parse(.fr)
    private static let english = parse(.en)
    private static let spanish = parse(.es)

    private static func parse(_ language: Language) -> [Trigger] {
        // Cut on bytes, as the lexicon tables are: "\n", "|" and "," are ASCII.
        LexiconTable.pieces(table, separatedBy: UInt8(ascii: "\n")).flatMap { line -> [Trigger] in
            let fields = LexiconTable.pieces(line, separatedBy: UInt8(ascii: "|"))
            guard fields.count >= 4, fields[0] == language.rawValue,
                  let type = EventType(rawValue: fields[1]), let frame = Trigger.Frame(rawValue: fields[2]) else { return [] }
            let arguments = fields.count > 4 ? ArgumentFrame(LexiconTable.rest(fields, from: 4)[...]) : nil
            return LexiconTable.values(fields[3], separatedBy: UInt8(ascii: ",")).map { phrase in
                Trigger(type: type, frame: frame, patterns: patternTokens(Substring(phrase)), arguments: arguments)
            }
        }
    }

    /// Splits a phrase into per-token patterns the way the tokenizer splits text ("s'est" is "s'" + "est").
    static func patternTokens(_ phrase: Substring) -> [String] {
        phrase.split(separator: " ").flatMap { word -> [String] in
            let folded = TextFolding.fold(word)
            guard let apostrophe = folded.firstIndex(of: "'"), folded.index(after: apostrophe) != folded.endIndex,
                  folded.distance(from: folded.startIndex, to: apostrophe) <= 2 else { return [folded] }
            return [String(folded[...apostrophe]), String(folded[folded.index(after: apostrophe)...])]
        }
    }

    /// Rows: language | type | kind | comma-separated patterns | arguments (optional: `source=… target=…`, read by
    /// `ArgumentFrame`; without it the row takes `ArgumentDefaults`).
    static let table = """
        fr | AGREE | verb | signe*, signa*, conclu*, ratifi*, conven*, convien*, convinr*, accept*, s'engag*, promet*, promis*, entendu*
        fr | AGREE | noun | accord*, signature*, traite*, pacte*, entente*, engagement*
        fr | CONSULT | verb | rencontr*, discut*, negoci*, consult*, telephon*, reuni*, entretenu*, s'entretien*, mediat*, tenu* appel*, ten* appel*, tien* appel*, rendu visite, rend* visite
        fr | CONSULT | verb | recu, recue, recoit, recoivent, recevra, recevait, recevant, accueill* | source=object|subject target=subject|entre|de
        fr | CONSULT | noun | entretien*, reunion*, rencontre*, pourparlers, negociation*, sommet*, appel* telephonique*, conversation*, dialogue*, mediation*, consultation*
        fr | CONSULT | noun | offensive diplomatique, offensives diplomatiques
        fr | CONSULT | visit | visit*, se rend*, se rendra*, se rendre, s'est rendu*, escale*, tournee*, voyage*
        fr | SUPPORT | verb | soutien*, souten*, soutin*, appui*, approuv*, salu*, felicit*, defend*, reconn*, endoss*
        fr | SUPPORT | reciprocal | retabl* relations, retabl* liens, normalis* relations, renou* relations
        fr | SUPPORT | noun | soutien*, appui*, solidarite*, reconnaissance
        fr | CONCEDE | noun | cessez-le-feu, treve*, excuses, concession*, amnistie
        fr | CONCEDE | verb | excus*, graci*, assoupl*, leve* sanction*
        fr | COOPERATE | verb | coopere*, cooper*, collabor*, renforc* lien*, renforc* cooperation
        fr | COOPERATE | noun | cooperation*, collaboration*, partenariat*, lien* militaire*, relations militaro-techniques, exercice* conjoint*, alliance*
        fr | AID | verb | aid*, fourni*, livr*, financ*, assist*
        fr | AID | verb | envoy* armes, envoy* chars, envoy* aide, livr* armes, livr* chars
        fr | AID | noun | aide*, assistance*, livraison*, don, dons, financement*
        fr | AID | receive | procur*, obten*, obtin*, achet*, recoi* arme*
        fr | RETREAT | verb | retir*, libere*, liber*, evacu*, demission*
        fr | RETREAT | noun | retrait*, liberation*, evacuation*, demission*
        fr | REQUEST | verb | appel*, demand*, exig*, somm*, exhort*, reclam*, ordonn*, invit*, implor*, fait pression, font pression, faire pression, pouss*
        fr | REQUEST | noun | demande*, appel*, exigence*, ultimatum*, pression*
        fr | ACCUSE | verb | mis en garde, met en garde, mettent en garde, accus*, condamn*, critiqu*, denonc*, reproch*, blam*, averti*, avert*, protest*, convoqu* ambassadeur*, convoqu* charge* d'affaires, fustig*, stigmatis*
        fr | ACCUSE | noun | accusation*, condamnation*, critique*, protestation*, plainte*, enquete*, avertissement*, mise* en garde
        fr | REJECT | verb | rejet*, rejett*, refus*, oppos*, annul*, boud*
        fr | REJECT | noun | rejet*, refus*, veto*, opposition*
        fr | REJECT | deny | nie, nient, nier, nie, niee, niees, nies, niant, dement*, dementi*
        fr | THREATEN | verb | menac*, intimid*
        fr | THREATEN | noun | menace*, ultimatum*, intimidation*
        fr | PROTEST | verb | manifest*, boycott*
        fr | PROTEST | noun | manifestation*, greve*, boycott*
        fr | SANCTION | verb | sanction*, romp*, rompu*, expuls*, suspend*, gel*, isol*
        fr | SANCTION | reciprocal | romp* relation*, rompu* relation*, romp* lien*, rompu* lien*
        fr | SANCTION | verb | rappel* ambassadeur*
        fr | SANCTION | noun | sanction*, embargo*, rupture*, expulsion*, suspension*, restriction*
        fr | MOBILIZE | verb | mobilis*, deploi*, deploy*, mass* troupe*
        fr | MOBILIZE | noun | mobilisation*, deploiement*, renforcement* militaire*, renforcement* de l'armee, renforcement* massif* de l'armee, manoeuvre*, alerte*, action* militaire*
        fr | COERCE | verb | bloqu*, saisi*, arret*, detien*, detenu*, expuls*, occup*, s'empar*, nationalis*, empech*, depos*
        fr | COERCE | noun | blocus*, saisie*, arrestation*, detention*, occupation*, nationalisation*, mandat* d'arret
        fr | ASSAULT | verb | attaqu*, bombard*, envah*, frapp*, tue, tues, tuee, tuees, tuent, abatt*, agress*, interven* militair*, interviennent, intervien*
        fr | ASSAULT | reciprocal | affront*, s'affront*, combatt*, accroch*, echang* tirs, echang* coups de feu, echang* frappes
        fr | ASSAULT | noun | attaque*, attentat*, bombardement*, invasion*, agression*, offensive*, frappe*, raid*, guerre* contre, passe* a l'attaque
        en | AGREE | verb | signed, signing, signs, sign, agree*, conclud*, ratif*, pledg*, promis*, commit*, accept*
        en | AGREE | noun | agreement*, accord, accords, treaty, treaties, pact*, deal*, declaration*, settlement*, ceasefire agreement*
        en | CONSULT | verb | met, meet*, talk*, discuss*, negotiat*, consult*, phon*, telephon*, mediat*, moderat*, spoke with, spoke to, speak* with, call* with
        en | CONSULT | verb | hosted, hosts, hosting, host, receiv* | source=object|subject target=subject|between|from
        en | CONSULT | noun | talk*, meeting*, summit*, negotiation*, consultation*, phone call*, call*, conversation*, dialogue*, mediation*
        en | CONSULT | noun | diplomatic offensive*
        en | CONSULT | visit | visit*, travel*, arriv*, trip*, tour, tours, stopover*
        en | SUPPORT | verb | support*, backed, backing, backs, endors*, prais*, defend*, recogni*, welcom*, side* with
        en | SUPPORT | reciprocal | restor* relations, restor* ties, restor* diplomatic relations, restor* diplomatic ties, normaliz* relations, normalis* relations, normaliz* ties
        en | SUPPORT | noun | support*, backing, solidarity, recognition
        en | CONCEDE | verb | apologi*, pardon*, eas* restriction*, lift* sanction*, conced*
        en | CONCEDE | noun | ceasefire*, cease-fire*, truce*, apology, concession*, amnesty
        en | COOPERATE | verb | cooperat*, co-operat*, collaborat*, partner*, ally, allied
        en | COOPERATE | noun | cooperation, co-operation, collaboration, partnership*, military ties, economic ties, joint exercise*, alliance*
        en | AID | verb | aid*, assist*, supplied, supplying, provid*, deliver*, funded, funding, financ*, donat*
        en | AID | verb | send* weapons, send* arms, send* tanks, send* aid, sent weapons, sent arms, sent tanks, sent aid
        en | AID | noun | aid, assistance, supplies, deliveries, funding, donation*, asylum
        en | AID | receive | obtain*, acquir*, bought, buy*, receiv* arms, receiv* weapons
        en | RETREAT | verb | withdr*, pull* back, pull* out, releas*, evacuat*, resign*, retreat*
        en | RETREAT | noun | withdrawal*, release*, evacuation*, resignation*
        en | REQUEST | verb | call* on, call* for, call* upon, urg*, demand*, ask*, request*, appeal*, pressed, pressing, push*, ordered, orders, implor*, invit*
        en | REQUEST | noun | request*, demand*, appeal*, call* for, ultimatum*, pressure
        en | ACCUSE | verb | accus*, condemn*, critici*, denounc*, blam*, warn*, complain*, protest*, investigat*, summon*, rebuk*
        en | ACCUSE | noun | accusation*, condemnation*, criticism*, complaint*, protest*, warning*, investigation*
        en | REJECT | verb | reject*, refus*, oppos*, veto*, cancel*, dismiss*, rebuff*, defian*, defied
        en | REJECT | noun | rejection*, refusal*, veto*, opposition
        en | REJECT | deny | deny, denie*, denial*, denying
        en | THREATEN | verb | threat*, intimidat*
        en | THREATEN | noun | threat*, ultimatum*, intimidation
        en | PROTEST | verb | demonstrat*, boycott*, rall* against
        en | PROTEST | noun | demonstration*, boycott*, strike*
        en | SANCTION | reciprocal | cut* links, cut* diplomatic links, cut* relations, cut* diplomatic relations, sever* links, sever* ties, sever* diplomatic ties, sever* relations, cut* diplomatic ties, break* diplomatic ties, broke diplomatic ties, cut* ties, broke off relations, break* off relations
        en | SANCTION | verb | sanction*, severed, severs, severing, sever, cut* off, expel*, suspend*, freez*, restrict*, isolat*, halt*, break* off, broke off
        en | SANCTION | verb | recall* ambassador*, recall* envoy*
        en | SANCTION | noun | sanction*, embargo*, expulsion*, suspension*, restriction*, blacklist*
        en | MOBILIZE | verb | mobiliz*, mobilis*, deploy*, massed
        en | MOBILIZE | noun | mobilization*, deployment*, build-up*, buildup*, military exercise*, alert*, military action
        en | COERCE | verb | blockad*, seiz*, arrest*, detain*, deport*, occup*, prevent*, nationaliz*, nationalis*
        en | COERCE | noun | blockade*, seizure*, arrest*, detention*, occupation*, warrant*
        en | ASSAULT | verb | attack*, bomb*, invad*, strike*, struck, shell*, kill*, ramm*, fired on, fire on, shot at
        en | ASSAULT | reciprocal | clash*, fought, fight*, skirmish*, exchang* fire, exchang* strikes
        en | ASSAULT | noun | attack*, bombing*, invasion*, strike*, airstrike*, offensive*, raid*, war against, aggression
        es | AGREE | verb | firmo, firmaron, firmar, firmado, firmada, firman, firmara, acord*, ratific*, pact*, compromet*, prometi*, promet*, acept*, convin*
        es | AGREE | noun | acuerdo*, tratado*, pacto*, convenio*, firma*, compromiso*
        es | CONSULT | verb | reun*, entrevist*, convers*, dialog*, negoci*, consult*, telefone*, habl* con, habl* por telefono, mediar, mantuv* contacto*, mantien* contacto*
        es | CONSULT | verb | recibio, recibe, recibira, recibieron, acogio, acoge, acogieron, acogera | source=object|subject target=subject|entre|de
        es | CONSULT | noun | reunion*, entrevista*, conversacion*, dialogo*, negociacion*, cumbre*, llamada*, contacto*, mediacion*, consulta*
        es | CONSULT | noun | ofensiva* diplomatica*
        es | CONSULT | visit | visit*, viaj*, gira*, escala*
        es | SUPPORT | verb | apoy*, respald*, defend*, reconoc*, elogi*, solidari*
        es | SUPPORT | reciprocal | restablec* relaciones, restabl* relaciones, normaliz* relaciones, restablec* lazos
        es | SUPPORT | noun | apoyo*, respaldo*, solidaridad*, reconocimiento*
        es | CONCEDE | verb | disculp*, indult*, levant* sancion*, conced*
        es | CONCEDE | noun | alto el fuego, tregua*, disculpa*, concesion*, amnistia*
        es | COOPERATE | verb | cooper*, colabor*, aliad*
        es | COOPERATE | noun | cooperacion*, colaboracion*, alianza*, lazos militares, ejercicio* conjunto*
        es | AID | verb | ayud*, asist*, suministr*, financ*, provee, proveen, proveyo, dono, donaron
        es | AID | verb | envi* armas, envi* tanques, envi* ayuda
        es | AID | noun | ayuda*, asistencia*, suministro*, donacion*, asilo
        es | AID | receive | obtuv*, obten*, adquir*, compro, compraron, comprar
        es | RETREAT | verb | retir*, liber*, evacu*, dimit*, repleg*
        es | RETREAT | noun | retirada*, retiro*, liberacion*, evacuacion*, dimision*
        es | REQUEST | verb | pid*, exig*, reclam*, insto, instaron, instan, llam* a, solicit*, demand*, orden*, presion*
        es | REQUEST | noun | peticion*, exigencia*, llamamiento*, solicitud*, demanda*, ultimatum*, presion*
        es | ACCUSE | verb | acus*, conden*, critic*, denunci*, reproch*, advirt*, advert*, protest*, investig*, convoc* embajador*
        es | ACCUSE | noun | acusacion*, condena*, critica*, denuncia*, protesta*, advertencia*, investigacion*, critico, critica
        es | REJECT | verb | rechaz*, opon*, opus*, veto, vetaron, cancel*, anul*, descart*
        es | REJECT | noun | rechazo*, veto*, oposicion*, nulo, nula
        es | REJECT | deny | nego, negaron, niega, niegan, negar, negado, desment*, desminti*
        es | THREATEN | verb | amenaz*, intimid*
        es | THREATEN | noun | amenaza*, ultimatum*, intimidacion*
        es | PROTEST | verb | manifest*, boicote*
        es | PROTEST | noun | manifestacion*, huelga*, boicot*
        es | SANCTION | verb | sancion*, romp*, rompi*, expuls*, suspend*, congel*, aisl*
        es | SANCTION | reciprocal | romp* relacion*, rompi* relacion*, romp* lazos, rompi* lazos
        es | SANCTION | verb | llam* a consultas, retir* embajador*
        es | SANCTION | noun | sancion*, embargo*, ruptura*, expulsion*, suspension*, restriccion*, negacion* venta* arma*
        es | MOBILIZE | verb | moviliz*, despleg*, despleg*, concentr* tropa*
        es | MOBILIZE | noun | movilizacion*, despliegue*, maniobra*, alerta*
        es | COERCE | verb | bloque*, ocup*, deten*, arrest*, deport*, incaut*, oblig*, nacionaliz*
        es | COERCE | noun | bloqueo*, ocupacion*, detencion*, arresto*, deportacion*, orden* de arresto
        es | ASSAULT | verb | atac*, bombarde*, invad*, agred*, mato, mataron, asesin*, dispar*
        es | ASSAULT | reciprocal | enfrent*, combati*, chocar*, choca*, intercambi* disparos, intercambi* fuego
        es | ASSAULT | noun | ataque*, atentado*, bombardeo*, invasion*, agresion*, ofensiva*, guerra* de agresion, guerra* contra
        """
}
