import Foundation

/// The words and phrases that state PLOVER events, in French, English and Spanish.
///
/// One row per trigger: `language | type | frame | pattern`. A pattern is
/// folded words separated by spaces; `*` ends a stem that takes every
/// inflection ("sanction*" is sanction, sanctions, sanctionné, sanctioned).
/// Determiners may stand between the words of a phrase. Where several
/// triggers match at one place the longest wins, then the longest stem, so
/// "appel téléphonique" (CONSULT) beats "appel" (REQUEST).
///
/// A stem takes every word that starts with it, so a stem that would also take unrelated words is written as its
/// inflections ("urge, urged, urges, urging", not "urg*", which takes "urgent") or as a phrase ("dispatch* troops").
/// A stem whose nouns name the event ("desarm*": "el desarme") has those nouns in the type's noun row as well: after
/// a determiner the noun reading wins and takes the noun's frame.
///
/// A visit reads visitor → host whichever verb states it: a host's verb ("received", "a reçu", "recibió") takes its
/// visitor from its object, else from whose visit or call it received ("la visite de", "a call from"), and the host
/// from its subject, so that it agrees with "visited", "s'est rendu", "visitó".
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
        fr | AGREE | verb | signe*, signa, signait, signaient, signant, signataire*, conclu*, ratifi*, conven*, convien*, convinr*, accept*, s'engag*, promet*, promis*, entendu*, paraph*, s'accord*, tomb* d'accord, tombe* d'accord, offr* a, offert* a, mett* d'accord, mis d'accord, arriv* a accord*, arriv* a compromis
        fr | AGREE | noun | accord*, signature*, traite, traites, pacte*, entente*, engagement*, promesse*, protocole* d'accord, memorandum*, armistice*, declaration* commune*, declaration* conjointe*, communique* commun*, communique* conjoint*
        fr | CONSULT | verb | rencontr*, discut*, negoci*, consult*, telephon*, reuni*, entretenu*, s'entretien*, tenu* appel*, ten* appel*, tien* appel*, rendu visite, rend* visite, echang* avec
        fr | CONSULT | verb | recu, recue, recus, recues, recoit, recoivent, recevra, recevront, recevait, recevaient, recevant, accueill*, souhait* la bienvenue | source=object|à|de|subject target=subject|entre
        fr | CONSULT | noun | entretien*, reunion*, rencontre*, pourparlers, negociation*, sommet*, appel* telephonique*, conversation*, dialogue*, mediation*, consultation*, mediateur*, mediatrice*, entrevue*, visioconference*, tete-a-tete, tractations, concertation*, conference* de paix, navette* diplomatique*
        fr | CONSULT | noun | offensive diplomatique, offensives diplomatiques
        fr | CONSULT | visit | visit*, se rend*, se rendra*, se rendre, s'est rendu*, se sont rendu*, escale*, tournee*, voyage*, en deplacement, s'est deplace*, arriv*
        fr | SUPPORT | verb | soutien*, souten*, soutin*, appui*, approuv*, salu*, felicit*, defend*, reconn*, endoss*, applaud*, encens*, epaul*, remerci*, rend* hommage, rendu hommage, vante, vantes, vanter, vantent, vantait, manifest* soutien, manifest* solidarite
        fr | SUPPORT | reciprocal | retabl* relations, retabl* liens, normalis* relations, renou* relations, repri* relations, retabli* relations diplomatiques, etabli* relations diplomatiques, etablissement* relations diplomatiques, amelior* relations, rechauff* relations, rechauffement* relations, rapprochement*, reconcili*
        fr | SUPPORT | verb | rouvr* ambassade*, reouvr* ambassade*, reouverture* ambassade* | source=subject target=à|en|object places
        fr | SUPPORT | noun | soutien*, appui*, solidarite*, reconnaissance, solidaire*, approbation*, hommage*, applaudissement*, remerciement*, felicitations
        fr | CONCEDE | noun | cessez-le-feu, treve*, excuses, concession*, amnistie, marche arriere, desescalade*, geste* de bonne volonte, degel*
        fr | CONCEDE | verb | excus*, graci*, assoupl*, leve* sanction*, lev* sanction*, lev* embargo*, lev* blocus, lev* restriction*, lev* siege, levee* sanction*, allege* sanction*, allegement* sanction*, degel*, demand* pardon, exprim* regrets, fait marche arriere, faire marche arriere
        fr | COOPERATE | verb | coopere*, cooper*, collabor*, renforc* lien*, renforc* cooperation, s'allie*, uni* forces, unir* forces, joign* forces, joindr* forces, fait* front commun, font front commun, travaill* ensemble, coordonne, coordonnent, coordonner, partag* renseignement*, vend* armes, vendu* armes, s'est allie*, se sont allie*
        fr | COOPERATE | verb | extrad* | source=subject target=vers|à|iobj
        fr | COOPERATE | noun | cooperation*, collaboration*, partenariat*, partenaire*, allie, allies, alliee, alliees, lien* militaire*, relations militaro-techniques, exercice* conjoint*, exercice* militaire* conjoint*, exercice* nava* conjoint*, manoeuvre* nava* conjointe*, manoeuvre* conjointe*, manoeuvre* commune*, patrouille* conjointe*, operation* conjointe*, operation* militaire* conjointe*, alliance*, front commun, coordination*, echange* renseignement*, vente* armes, contrat* d'armement
        fr | COOPERATE | noun | extradition* | source=modifier|poss|de|subject target=vers|à
        fr | AID | verb | aid*, fourni*, livrent, livrer, livrera, livreront, livrait, livraient, finance, financent, financer, financera, financee, financees, financait, octroi*, octroy*
        fr | AID | verb | envoy* armes, envoy* chars, envoy* aide, livr* armes, livr* chars, accord* aide*, accord* asile, accord* pret*, accord* credit*, debloqu* fonds, debloqu* aide*, debloqu* credit*, envoy* casques bleus, envoy* soldats de la paix, enverr* casques bleus, deploy* casques bleus, deploi* casques bleus
        fr | AID | noun | aide*, assistance*, livraison*, don, dons, financement*, subvention*, asile, soutien militaire, soutien financier, appui militaire, appui financier, equipement* militaire*, plan* de sauvetage, ligne* de credit, renflouement*, octroi*
        fr | AID | receive | procur*, obten*, obtin*, achet*, recoi* arme*, recoi* aide*, recu* aide*, recev* aide*
        fr | RETREAT | verb | retir*, libere*, liberent, libera, evacu*, demission*, relach*, remis* en liberte, remettr* en liberte, desarm*, demilitaris*, demobilis*, capitul*, restitu*, desengag*, repli*, depos* armes, quitt* pouvoir, autoris* acces, rouvr* frontiere*, reouvr* frontiere*, reouverture* frontiere*
        fr | RETREAT | reciprocal | echang* prisonniers, echange* prisonniers
        fr | RETREAT | noun | retrait*, liberation*, evacuation*, demission*, reddition*, desarmement*, demilitarisation*, demobilisation*, capitulation*, restitution*, desengagement*, repli*, cession*
        fr | REQUEST | verb | appel*, demand*, exig*, somme, somment, sommer, sommee, sommees, sommait, exhort*, reclam*, invit*, implor*, pouss*, enjoin*, suppli*, sollicit*, prie, prient, priee, pries, encourag*
        fr | REQUEST | decree | ordonn*, decrete, decretent, decreter, decreta
        fr | REQUEST | verb | fait pression, font pression, faire pression, fera pression, feront pression, faisait pression, faisaient pression | source=subject target=sur|auprès|object|iobj
        fr | REQUEST | noun | demande*, appel*, exigence*, ultimatum*, pression*, requete*, injonction*, mise* en demeure, revendication*, supplique*, sollicitation*, encouragement*, exhortation*, invitation*
        fr | ACCUSE | verb | mis en garde, met en garde, mettent en garde, accus*, condamn*, critiqu*, denonc*, reproch*, blam*, averti*, avert*, protest*, convoqu* ambassadeur*, convoqu* charge* d'affaires, fustig*, stigmatis*, etrill*, tanc*, epingl*, point* du doigt, s'en pren*, s'en est pris*, deplor*, incrimin*, inculp*, s'insurg*, vilipend*, conspu*, reprimand*, sermonn*, mis* en cause, mett* en cause, denigr*, depos* plainte*, port* plainte*, tacl*, s'indign*
        fr | ACCUSE | noun | accusation*, condamnation*, critique*, protestation*, plainte*, enquete*, avertissement*, mise* en garde, requisitoire*, diatribe*, allegation*, mise* en cause, inculpation*, reprimande*, denigrement*, incrimination*
        fr | REJECT | verb | rejet*, rejett*, refus*, oppos*, annul*, boude, boudent, bouder, boudera, ecart*, desavou*, retoqu*, claqu* porte, denonc* accord*, denonc* traite, interdi* d'entree, interdi* l'entree, refus* l'entree, refoul* a la frontiere
        fr | REJECT | noun | rejet*, refus*, veto*, opposition*, fin de non-recevoir, interdiction* d'entree, interdiction* de territoire, interdiction* de sejour, refus* d'entree
        fr | REJECT | deny | nie, nient, nier, nie, niee, niees, nies, niant, dement*, dementi*, refut*
        fr | THREATEN | verb | menac*, intimid*, brandi*, promet* represailles, promis* represailles
        fr | THREATEN | noun | menace*, ultimatum*, intimidation*, chantage*, bruit* de bottes
        fr | PROTEST | verb | manifestant*, manifest* contre, manifest* devant, boycott*, defil* contre, march* contre, protestataire*
        fr | PROTEST | noun | manifestation*, greve*, boycott*, emeute*, sit-in*
        fr | SANCTION | verb | sanction*, romp*, rompu*, expuls*, suspend*, gel*, isol*, interdi*
        fr | SANCTION | reciprocal | romp* relation*, rompu* relation*, romp* lien*, rompu* lien*, coup* ponts, coup* relations, coup* liens
        fr | SANCTION | verb | rappel* ambassadeur*, retir* ambassadeur*, ferm* ambassade*, fermeture* ambassade* | source=subject target=de|en|à|auprès|object places
        fr | SANCTION | noun | sanction*, embargo*, rupture*, suspension*, restriction*, interdiction*, contre-sanction*, contre-mesure*, mesure* restrictive*, mesure* de retorsion, retorsion*, liste* noire*, droit* de douane, droit* douanier*, tarif* douanier*, surtaxe*, guerre commerciale
        fr | SANCTION | noun | expulsion* | source=modifier|poss|par|subject target=de
        fr | MOBILIZE | verb | mobilis*, deploi*, deploy*, mass* troupe*, depech* troupe*, depech* soldat*, depech* force*, depech* navire*, envoy* troupe*, envoy* soldat*, envoy* militaire*, envoy* renfort*, envoy* navire*, enverr* troupe*, enverr* soldat*, enverr* renfort*, enverr* navire*, concentr* troupe*, renforc* presence militaire, militaris*, patrouill*
        fr | MOBILIZE | noun | mobilisation*, deploiement*, renforcement* militaire*, renforcement* de l'armee, renforcement* massif* de l'armee, manoeuvre*, alerte*, action* militaire*, exercice* militaire*, exercice* nava*, renfort*, envoi* troupe*, envoi* soldat*, demonstration* de force, militarisation*, patrouille*
        fr | COERCE | verb | bloqu*, saisi*, arret*, detien*, detenu*, expuls*, occup*, s'empar*, nationalis*, empech*, annex*, captur*, confisqu*, arraisonn*, intercept*, incarc*, emprisonn*, expropri*, encercl*, assieg*, deport*, refoul*, ferm* frontiere*
        fr | COERCE | noun | blocus*, saisie*, arrestation*, detention*, occupation*, nationalisation*, mandat* d'arret, confiscation*, cyberattaque*, cyber-attaque*, piratage*, fermeture* frontiere*, annexion*, capture*, arraisonnement*, interception*, incarceration*, emprisonnement*, expropriation*, encerclement*, deportation*, refoulement*
        fr | ASSAULT | verb | attaqu*, bombard*, envah*, frapp*, tue, tues, tuee, tuees, tuent, abatt*, agress*, interven* militair*, interviennent, intervien*, pilonn*, mitraill*, tir* sur, ouvr* feu, ouvert* feu, lanc* missile*, lanc* roquette*, tir* missile*, tir* roquette*, assassin*, massacr*, pris* en otage, conquerir, conquiert, conquierent, conquit, conquirent
        fr | ASSAULT | reciprocal | affront*, s'affront*, combatt*, accroch*, echang* tirs, echang* coups de feu, echang* frappes, hostilites, combats, escarmouche*, guerre* avec
        fr | ASSAULT | noun | attaque*, attentat*, bombardement*, invasion*, agression*, offensive*, frappe*, raid*, guerre* contre, passe* a l'attaque, assaut*, enlevement*, prise* d'otage*, tir* de roquette*, tir* de missile*, tir* d'artillerie, contre-offensive*, contre-attaque*, operation* militaire*, pilonnage*, mitraillage*, assassinat*, massacre*, conquete*
        en | AGREE | verb | signed, signing, signs, sign, agree*, conclud*, ratif*, pledg*, promis*, committed, commits, commit, committing, accept*, inked, inks, inking, accede, acceded, accedes, offered to, offer* to
        en | AGREE | verb | struck deal*, strik* deal*, struck agreement*, strik* agreement*, seal* deal*, seal* agreement*, clinch* deal*, clinch* agreement*, arriv* at agreement*, arriv* at deal*
        en | AGREE | noun | agreement*, accord, accords, treaty, treaties, pact*, deal, deals, declaration*, settlement*, ceasefire agreement*, commitment*, memorandum of understanding, memoranda of understanding, armistice*, joint statement*, joint communique*, offer of, offers of
        en | CONSULT | verb | met, meet*, talk*, discuss*, negotiat*, consult*, phon*, telephon*, mediat*, moderated, moderating, spoke with, spoke to, speak* with, call* with
        en | CONSULT | verb | hosted, hosts, hosting, host, receiv*, play* host to, played host to | source=object|to|of|from|subject target=subject|between
        en | CONSULT | verb | sat down with, sit* down with, confer* with, exchang* views, brokered, brokering, engag* with, spoke by phone, spoke by telephone, spoken with, spoken to
        en | CONSULT | noun | talk*, meeting*, summit*, negotiation*, consultation*, phone call*, call*, conversation*, dialogue*, dialog, dialogs, mediation*, video call*, videoconference*, video conference*, teleconference*, peace conference*, shuttle diplomacy
        en | CONSULT | noun | diplomatic offensive*
        en | CONSULT | visit | visit*, travel*, arriv*, trip, trips, tour, tours, stopover*, flew to, flies to, fly to, flying to
        en | SUPPORT | verb | support*, backed, backing, backs, endors*, prais*, defend*, recogni*, welcom*, side* with, hailed, hails, applaud*, commend*, lauded, lauds, lauding, championed, championing, congratulat*, thanked, thanking, reassur*, saluted, salutes, embraced, stand with, stands with
        en | SUPPORT | verb | stood with, stand* by, stood by, stand* behind, stood behind, rall* behind, rall* around, lend* support, lent support, express* solidarity
        en | SUPPORT | reciprocal | restor* relations, restor* ties, restor* diplomatic relations, restor* diplomatic ties, normaliz* relations, normalis* relations, normaliz* ties
        en | SUPPORT | reciprocal | re-establish* relations, re-establish* ties, re-establish* diplomatic relations, reestablish* relations, reestablish* ties, establish* diplomatic relations, establish* diplomatic ties, resum* relations, resum* ties, resum* diplomatic relations, resum* diplomatic ties, mend* ties, mend* relations, mend* fences, improv* relations, improv* ties, upgrad* relations, upgrad* ties, normalization of relations, normalisation of relations, normalization of ties, restoration of relations, restoration of ties, restoration of diplomatic relations, resumption of relations, resumption of diplomatic relations, resumption of ties, rapprochement*, reconcil*
        en | SUPPORT | verb | reopen* embassy, reopen* embassies, reopening of embassy | source=subject target=in|object places
        en | SUPPORT | noun | support*, backing, solidarity, recognition, congratulations, commendation*, applause, reassurance*, endorsement*, praise
        en | CONCEDE | verb | apologi*, pardon*, eas* restriction*, lift* sanction*, conced*, back* down, backed down, climb* down, climbed down, relented, relents, relenting, gave in, caved, acquiesc*, yield* to
        en | CONCEDE | verb | lift* embargo*, lift* blockade*, lift* restriction*, lift* ban*, lift* siege*, eas* sanction*, relax* restriction*, relax* sanction*, waiv* sanction*, suspend* sanction*, drop* sanction*, remov* sanction*, unfreez*, unfroze*, express* regret*, de-escalat*
        en | CONCEDE | noun | ceasefire*, cease-fire*, truce*, apology, concession*, amnesty, climbdown*, lifting of sanction*, lifting of embargo*, lifting of restriction*, easing of sanction*, easing of restriction*, sanctions relief, sanction relief, acquiescence, de-escalation, pardon, pardons, apologies
        en | COOPERATE | verb | cooperat*, co-operat*, collaborat*, partner*, ally, allied, team* up, join* forces, joined forces, work* together, work* closely, coordinated, coordinating, coordinate, share* intelligence, shared intelligence, sold weapons, sold arms, sell* weapons, sell* arms
        en | COOPERATE | verb | extradit* | source=subject target=to|iobj
        en | COOPERATE | noun | cooperation, co-operation, collaboration, partnership*, partner, partners, ally, allies, military ties, economic ties, joint exercise*, alliance*, joint military exercise*, joint naval exercise*, joint naval drill*, joint air drill*, joint drill*, joint patrol*, joint operation*, joint manoeuvre*, joint maneuver*, security ties, trade ties, defence ties, defense ties, intelligence sharing, intelligence-sharing, arms sale*, weapons sale*, arms deal*, coordination
        en | COOPERATE | noun | extradition* | source=modifier|poss|of|subject target=to
        en | AID | verb | aid, aided, aiding, aids, assist, assisted, assisting, assists, supplied, supplying, provid*, deliver*, funded, funding, financed, financing, donat*, arming, equipped, equipping, lend, lends, lending, lent, loaned, bankroll*, bailed out, bail out
        en | AID | verb | send* weapons, send* arms, send* tanks, send* aid, sent weapons, sent arms, sent tanks, sent aid, ship* weapons, ship* arms, shipped weapons, shipped arms, transfer* weapons, transfer* arms, send* peacekeep*, sent peacekeep*, deploy* peacekeep*, contribut* peacekeep*
        en | AID | noun | aid, assistance, supplies, deliveries, funding, donation*, asylum, loan, loans, bailout*, rescue package*, credit line*, line* of credit, financial support, military support, economic support, financial backing, military backing, military training
        en | AID | receive | obtain*, acquir*, bought, buy*, receiv* arms, receiv* weapons, purchas*, receiv* aid, receiv* assistance, receiv* loan*, receiv* funding, receiv* donation*
        en | RETREAT | verb | withdr*, pull* back, pull* out, releas*, evacuat*, resign*, retreat*, freed, freeing, disarm*, demobiliz*, demobilis*, demilitariz*, demilitaris*, hand* over, handed over, step* down, stepped down, surrender*, cede, ceded, cedes, ceding, allow* access, grant* access, granted access, reopen* border*, reopen* crossing*
        en | RETREAT | reciprocal | exchang* prisoners, swap* prisoners, swapped prisoners, prisoner exchange*, prisoner swap*, exchange of prisoners
        en | RETREAT | noun | withdrawal*, release*, evacuation*, resignation*, handover*, pullout*, pull-out*, drawdown*, disarmament, demobilization, demobilisation, demilitarization, demilitarisation, surrender*, cession
        en | REQUEST | verb | call* on, call* for, call* upon, urge, urged, urges, urging, demand*, ask*, request*, appeal*, pressed, pressing, push*, implor*, invit*, exhort*, petition*, lobbied, lobbying, encourag*, beseech*, entreat*
        en | REQUEST | decree | ordered, orders, ordering, decreed, decrees
        en | REQUEST | verb | plead* with, pleaded with, pled with, remonstrat* with, interced* with | source=subject target=with|object|iobj
        en | REQUEST | noun | request*, demand*, appeal*, call* for, ultimatum*, pressure, plea, pleas, petition*, encouragement, exhortation*, invitation*
        en | ACCUSE | verb | accus*, condemn*, critici*, denounc*, blam*, warn*, complain*, protest*, investigat*, summon*, rebuk*
        en | ACCUSE | verb | slam*, lambast*, castigat*, censur*, reprimand*, chastis*, chastiz*, berat*, excoriat*, decried, decries, decry, decrying, deplor*, assailed, assails, faulted, indict*, sued, sues, suing, disapprov*, reproach*, chided, chides, scold*, probe, probes, probed, probing, vilif*, demoniz*, demonis*, took to task, tak* to task
        en | ACCUSE | verb | hit out at, hits out at, hitting out at, lash* out at, lashed out at, took aim at, tak* aim at, point* finger at | source=subject target=at|object|against|on
        en | ACCUSE | noun | accusation*, condemnation*, criticism*, complaint*, protest*, warning*, investigation*, allegation*, lawsuit*, tirade*, broadside*, denunciation*, censure, reprimand*, indictment*, disapproval, reproach*, probe, probes, demarche*, rebuke*, vilification
        en | REJECT | verb | reject*, refus*, oppos*, veto*, cancel*, dismiss*, rebuff*, defian*, defied, defy, defies, defying, turn* down, turned down, spurn*, rul* out, ruled out, snub*, walk* out of, walked out of, brush* aside, brushed aside, brush* off, brushed off, repudiat*, disavow*, renounc*, object* to, blocked, blocking, barred, barring, balked, balking, scrapped, scrapping, call* off, called off, reneg*, back* out of, backed out of, stonewall*, shunned, shuns, shunning, bar* entry, barred entry, barring entry, den* entry, denied entry, refus* entry, refused entry
        en | REJECT | noun | rejection*, refusal*, veto*, opposition, renunciation*, repudiation, snub*, rebuff*, defiance, entry ban*, denial of entry, refusal of entry
        en | REJECT | deny | deny, denie*, denial*, denying, refut*, rebut, rebuts, rebutted, rebuttal*
        en | THREATEN | verb | threat*, intimidat*, menac*, blackmail*, brandish*, vow* to retaliate, vow* retaliation, vow* revenge, vow* to respond, warn* of retaliation, warn* of consequences, saber-rattl*, sabre-rattl*
        en | THREATEN | noun | threat*, ultimatum*, intimidation, blackmail, menace
        en | PROTEST | verb | demonstrat*, boycott*, rall* against, march* against, marched against, picket*, riot*, protester*, protestor*
        en | PROTEST | noun | demonstration*, boycott*, strike*, hunger strike*, general strike*, sit-in*, mass protest*, street protest*, riot*, picket*, protester*, protestor*
        en | SANCTION | reciprocal | cut* links, cut* diplomatic links, cut* relations, cut* diplomatic relations, sever* links, sever* ties, sever* diplomatic ties, sever* relations, cut* diplomatic ties, break* diplomatic ties, broke diplomatic ties, cut* ties, broke off relations, break* off relations
        en | SANCTION | reciprocal | downgrad* relations, downgrad* ties, downgrad* diplomatic relations, downgrad* diplomatic ties, break* relations, broke relations, break* ties, broke ties
        en | SANCTION | verb | sanction*, severed, severs, severing, sever, cut* off, expel*, suspend*, freez*, froze, restrict*, isolat*, halt*, break* off, broke off, ban, bans, banned, banning, cut* aid, withh*, curb*, penaliz*, penalis*, revok*
        en | SANCTION | verb | recall* ambassador*, recall* envoy*, withdr* ambassador*, pull* ambassador*, clos* embassy, clos* embassies, shut* embassy, shut* embassies, closure of embassy | source=subject target=from|to|in|object places
        en | SANCTION | noun | sanction*, embargo*, suspension*, restriction*, blacklist*, tariff*, trade war*, punitive measure*, restrictive measure*, countermeasure*, counter-measure*, counter-sanction*, countersanction*, travel ban*, export control*, ban, bans, curbs, revocation*
        en | SANCTION | noun | expulsion*, expelling | source=modifier|poss|by|subject target=of
        en | MOBILIZE | verb | mobiliz*, mobilis*, deploy*, massed, dispatch* troops, dispatch* soldiers, dispatch* forces, dispatch* warship*, dispatch* fighter*, sent troops, send* troops, sent soldiers, send* soldiers, sent warships, send* warships, sent forces, send* forces, mass* troops, mass* forces, rush* troops, amass*, scrambl* jet*, scrambl* fighter*, militariz*, militaris*, patrolled, patrolling
        en | MOBILIZE | noun | mobilization*, deployment*, build-up*, buildup*, military exercise*, alert*, military action, military drill*, naval drill*, naval exercise*, live-fire*, war game*, wargame*, show* of force, reinforcements, militarization, militarisation
        en | COERCE | verb | blockad*, seiz*, arrest*, detain*, deport*, occup*, prevent*, nationaliz*, nationalis*, captur*, annex*, confiscat*, expropriat*, impound*, jailed, jailing, imprison*, sentenced, censor*, hack*, intercept*, harass*, besieg*, clos* border*, closed border*, shut* border*, seal* border*, sealed border*
        en | COERCE | noun | blockade*, seizure*, arrest*, detention*, occupation*, warrant, warrants, crackdown*, cyberattack*, cyber attack*, cyber-attack*, siege*, capture*, annexation*, confiscation*, expropriation*, censorship, hacking, interception*, harassment, imprisonment, jailing
        en | ASSAULT | verb | attack*, bomb, bombs, bombed, bombing, bombings, invad*, strike*, struck, shelled, shelling, kill*, ramm*, fired on, fire on, shot at, shoot* down, shot down, fire at, fires at, firing at, fired at, fire missile*, fired missile*, firing missile*, fire rocket*, fired rocket*, firing rocket*, launch* missile*, launch* rocket*, pounded, pounding, strafed, assassinat*, abduct*, kidnap*, tak* hostage*, took hostage*, massacr*, slaughter*, overran, overrun, ambush*, assault*, behead*, gunned down, gun* down, open* fire on, opened fire on, wag* war, shot dead, shoot* dead, conquer, conquers, conquered
        en | ASSAULT | reciprocal | clash*, fought, fight*, skirmish*, exchang* fire, exchang* strikes, hostilities, war with, at war with
        en | ASSAULT | noun | attack*, bombing*, invasion*, strike*, airstrike*, offensive*, raid*, war against, aggression, drone strike*, missile strike*, air strike*, rocket fire, artillery fire, onslaught*, counterattack*, counter-attack*, counteroffensive*, counter-offensive*, military operation*, military intervention*, armed intervention*, war on, assassination*, abduction*, kidnapping*, massacre*, slaughter, ambush*, assault*, shelling, killing*, conquest*
        es | AGREE | verb | firmo, firmaron, firmar, firmado, firmada, firman, firmara, firmaran, firmados, firmadas, firmando, firmamos, acord*, ratific*, pact*, compromet*, prometi*, promet*, acept*, convin*, suscrib*, rubric*, ofrec* a, lleg* a acuerdo*, lleg* a entendimiento*
        es | AGREE | noun | acuerdo*, tratado*, pacto*, convenio*, firma*, compromiso*, promesa*, memorando*, memorandum*, armisticio*, declaracion conjunta, comunicado conjunto
        es | CONSULT | verb | reun*, entrevist*, conversaron, converso con, conversa con, conversar, dialog*, negocia*, negocie*, negocio con, consult*, telefone*, habl* con, habl* por telefono, mediar, mantuv* contacto*, mantien* contacto*, departi*, platic* con, se encontr* con, intercambi* opiniones, intercambi* puntos de vista
        es | CONSULT | verb | recibio, recibe, recibira, recibieron, recibido, recibida, recibidos, recibidas, recibia, recibian, acogio, acoge, acogieron, acogera, acogido, acogida, acogidos, acogidas, dio la bienvenida, dieron la bienvenida, da la bienvenida, dan la bienvenida, dara la bienvenida | source=object|a|de|subject target=subject|entre
        es | CONSULT | noun | reunion*, entrevista*, conversacion*, dialogo*, negociacion*, cumbre*, llamada*, contacto*, mediacion*, consulta*, encuentro*, videoconferencia*, conferencia* de paz, mediador*, mediadora*
        es | CONSULT | noun | ofensiva* diplomatica*
        es | CONSULT | visit | visit*, viaj*, gira*, escala, escalas, arrib* a, se desplaz* a, se traslad* a, llegada*
        es | SUPPORT | verb | apoy*, respald*, defend*, reconoc*, elogi*, solidari*, aplaud*, felicit*, alab*, encomi*, agradec*, avala*, avalo, cerr* filas, cierr* filas, saludaron, rindi* homenaje, rind* homenaje, manifest* apoyo, manifest* solidaridad, prest* apoyo
        es | SUPPORT | reciprocal | restablec* relaciones, restabl* relaciones, normaliz* relaciones, restablec* lazos, reanud* relaciones, reanudacion* relaciones, establec* relaciones diplomaticas, mejor* relaciones, acercamiento*, reconcili*, deshielo*
        es | SUPPORT | verb | reabr* embajada*, reapertura* embajada* | source=subject target=en|object places
        es | SUPPORT | noun | apoyo*, respaldo*, solidaridad*, reconocimiento*, aval, visto bueno, elogio*, agradecimiento*, encomio*, felicitacion*
        es | CONCEDE | verb | disculp*, indult*, levant* sancion*, conced*, levant* embargo*, levant* bloqueo*, levant* restriccion*, alivi* sancion*, flexibiliz* sancion*, flexibiliz* restriccion*, suaviz* sancion*, retir* sancion*, suspend* sancion*, cedio, cedieron, ceder, perdon*, pid* perdon, pidio perdon, marcha atras, descongel*
        es | CONCEDE | noun | alto el fuego, cese al fuego, cese el fuego, cese del fuego, tregua*, disculpa*, concesion*, amnistia*, levantamiento* sancion*, levantamiento* embargo*, desescalada*, gesto* de buena voluntad, perdon, descongelacion*, descongelamiento*, indulto*
        es | COOPERATE | verb | cooper*, colabor*, aliad*, aliarse, alio, aliaron, se alian, un* fuerzas, unieron fuerzas, trabaj* juntos, trabaj* conjuntamente, coordinaron, coordino, coordinar, coordinan, compart* inteligencia, vend* armas, vendi* armas
        es | COOPERATE | verb | extradi* | source=subject target=a|hacia|iobj
        es | COOPERATE | noun | cooperacion*, colaboracion*, alianza*, aliado, aliados, aliada, aliadas, socio, socios, socia, socias, lazos militares, ejercicio* conjunto*, ejercicio* militar* conjunto*, ejercicio* naval* conjunto*, maniobra* conjunta*, maniobra* naval* conjunta*, maniobra* militar* conjunta*, patrulla* conjunta*, operacion* conjunta*, operacion* militar* conjunta*, coordinacion*, asociacion estrategica, socio* estrategico*, intercambio* de inteligencia, venta* de armas
        es | COOPERATE | noun | extradicion* | source=modifier|poss|de|subject target=a|hacia
        es | AID | verb | ayud*, suministr*, financia*, financio, provee, proveen, proveyo, dono, donaron, donado, donar, otorg* ayuda*, otorg* asilo, otorg* credito*, otorg* prestamo*, conced* asilo, conced* ayuda*, conced* credito*, conced* prestamo*, prest* ayuda
        es | AID | verb | envi* armas, envi* tanques, envi* ayuda, envi* armamento, entreg* armas, entreg* armamento, entreg* ayuda, envi* cascos azules, despleg* cascos azules, desplieg* cascos azules
        es | AID | noun | ayuda*, asistencia*, suministro*, donacion*, asilo, prestamo*, apoyo militar, apoyo financiero, apoyo economico, respaldo financiero, rescate financiero, paquete* de rescate, linea* de credito
        es | AID | receive | obtuv*, obten*, adquir*, compro, compraron, comprar, recib* ayuda*, recibi* ayuda*, recib* armas, recibi* armas, recib* asistencia, recibi* asistencia, recib* prestamo*, recibi* prestamo*
        es | RETREAT | verb | retir*, liberaron, liberar, liberado, liberada, liberados, liberadas, libero, libera, liberan, liberara, liberaran, liberen, liberando, evacu*, dimit*, repleg*, replieg*, excarcel*, pus* en libertad, pon* en libertad, dej* en libertad, desarm*, desmoviliz*, desmilitariz*, se rindi*, se rinden, abr* frontera*, reabr* frontera*, permit* acceso, renunci*
        es | RETREAT | reciprocal | intercambi* prisioneros, canje* de prisioneros, intercambio* de prisioneros
        es | RETREAT | noun | retirada*, retiro*, liberacion*, evacuacion*, dimision*, rendicion*, reapertura* frontera*, desarme*, desmovilizacion*, desmilitarizacion*, renuncia*, excarcelacion*, cesion*
        es | REQUEST | verb | pid*, pedir, pedido, pedia, pedian, exig*, reclam*, insto, instaron, instan, insta, llam* a, solicit*, demand*, presion*, exhort*, urgio, urgieron, emplaz*, conmin*, apel* a, invit*
        es | REQUEST | decree | ordeno, ordenaron, ordena, ordenan, ordenar, decretaron, decreta, decretan, decretar
        es | REQUEST | verb | ejerc* presion, ejerce* presion, hac* presion, hiz* presion, hic* presion | source=subject target=sobre|a|object|iobj
        es | REQUEST | noun | peticion*, exigencia*, llamamiento*, solicitud*, demanda*, ultimatum*, presion*, llamado a, exhortacion*, emplazamiento*, invitacion*
        es | ACCUSE | verb | acus*, conden*, critic*, denunci*, reproch*, advirt*, advert*, protest*, investig*, convoc* embajador*, responsabiliz*, tach* de
        es | ACCUSE | verb | arremet* contra, cuestiono, cuestionaron, cuestiona, cuestionan, cuestionar, censur*, reprob*, repudi*, recrimin*, fustig*, tild* de, culpo, culparon, culpa a, culpan, culpar, increp*, amonest*, desaprob*, deplor*, imput*, quej*, demand* ante
        es | ACCUSE | noun | acusacion*, condena*, critica*, denuncia*, protesta*, advertencia*, investigacion*, critico, critica, senalamiento*, censura*, reprobacion*, repudio*, recriminacion*, amonestacion*, desaprobacion*, imputacion*, queja*, reproche*
        es | REJECT | verb | rechaz*, opon*, opus*, veto, vetaron, vetar, vetado, vetan, cancel*, anul*, descart*, desestim*, desconocio, desconocieron, desconocer, desair*, rehus*, deneg*, levant* de la mesa, prohib* la entrada, prohib* el ingreso, neg* la entrada, neg* el ingreso, deneg* la entrada, deneg* el ingreso, impid* la entrada, impidi* la entrada
        es | REJECT | noun | rechazo*, veto*, oposicion*, nulo, nula, desaire*, negativa*, prohibicion* de entrada
        es | REJECT | deny | nego, negaron, niega, niegan, negar, negado, negando, negaba, desment*, desminti*, desmient*, refut*
        es | THREATEN | verb | amenaz*, intimid*, chantaj*, promet* represalias, prometi* represalias
        es | THREATEN | noun | amenaza*, ultimatum*, intimidacion*, ruido de sables, chantaje*
        es | PROTEST | verb | manifestante*, manifest* contra, manifest* frente a, march* contra, boicote*, se manifest*, manifestarse, manifest* frente al, manifest* ante
        es | PROTEST | noun | manifestacion*, huelga*, boicot*, disturbio*, cacerolazo*, piquete*
        es | SANCTION | verb | sancion*, romp*, rompi*, expuls*, suspend*, congel*, aisl*, prohib*
        es | SANCTION | reciprocal | romp* relacion*, rompi* relacion*, romp* lazos, rompi* lazos, romp* vinculos, rompi* vinculos, cort* relaciones, cort* lazos, cort* vinculos
        es | SANCTION | verb | llam* a consultas, retir* embajador*, cerr* embajada*, cierr* embajada*, cierre* de embajada* | source=subject target=de|en|a|ante|object places
        es | SANCTION | verb | cort* ayuda*, cort* suministro*
        es | SANCTION | noun | sancion*, embargo*, ruptura*, suspension*, restriccion*, negacion* venta* arma*, prohibicion*, arancel*, lista negra, contramedida*, medida* restrictiva*, medida* punitiva*, guerra comercial
        es | SANCTION | noun | expulsion* | source=modifier|poss|por|subject target=de
        es | MOBILIZE | verb | moviliz*, despleg*, desplieg*, concentr* tropa*, envi* tropas, envi* soldados, envi* militares, envi* efectivos, envi* buques, envi* refuerzos, destac* tropas, destac* efectivos, reforz* frontera*, refuerz* frontera*, militariz*, patrull*, acumul* tropa*
        es | MOBILIZE | noun | movilizacion*, despliegue*, maniobra*, alerta*, ejercicio* militar*, envio* de tropas, concentracion* de tropa*, demostracion* de fuerza, militarizacion*
        es | COERCE | verb | bloquea*, bloqueen, ocup*, deten*, arrest*, deport*, incaut*, obligo, obligaron, obliga a, obligan a, obligar a, nacionaliz*, anex*, captur*, confisc*, decomis*, expropi*, encarcel*, aprision*, apreso, apresaron, apresado*, intercept*, asedi*, cerr* frontera*, cierr* frontera*, detuv*, retuv*, retenido*, retenida*
        es | COERCE | noun | bloqueo*, ocupacion*, detencion*, arresto*, deportacion*, orden* de arresto, allanamiento*, ciberataque*, cierre* de frontera*, anexion*, captura*, confiscacion*, decomiso*, expropiacion*, encarcelamiento*, asedio*
        es | ASSAULT | verb | atac*, bombarde*, invad*, agred*, mato, mataron, asesin*, disparo*, dispara*, disparen, ametrall*, canone*, abri* fuego, abr* fuego, lanz* misil*, lanz* cohete*, asalt*, masacr*, secuestr*, tom* rehen*, derrib* avion*, derrib* aeronave*, derrib* dron*, derrib* helicoptero*, derrib* caza*, derrib* misil*, luch* contra, conquist*, hostig*
        es | ASSAULT | reciprocal | enfrent*, combati*, chocar*, choca*, intercambi* disparos, intercambi* fuego, hostilidades, combate*, escaramuza*, guerra* con
        es | ASSAULT | noun | ataque*, atentado*, bombardeo*, invasion*, agresion*, ofensiva*, guerra* de agresion, guerra* contra, toma* de rehen*, contraofensiva*, contraataque*, operacion* militar*, intervencion* militar*, represalia* militar*, derribo*, ametrallamiento*, asalto*, masacre*, asesinato*, secuestro*, hostigamiento*
        """
}
