extension ArgumentWords {
    /// The French word classes (`ArgumentWords.of`).
    /// Nouns that name an act again and say its kind; they are nouns of acts named again too (`eventAnaphors`).
    private static let frenchSanctionAnaphors = FunctionWords.set("rupture expulsion")
    private static let frenchAccusationAnaphors = FunctionWords.set("plainte plaintes accusation accusations allégation allégations")

    static let french = ArgumentWords(
        agentNouns: FunctionWords.set("""
            gouvernement gouvernements administration régime cabinet armée armées militaires forces force troupes
            marine police ministère ministères ministre ministres président présidente dirigeant dirigeants tenants
            responsables responsable diplomates diplomate autorités ambassade ambassades ambassadeur ambassadeurs ambassadrice émissaire émissaires
            envoyé envoyés délégation délégations délégué délégués déléguée médiateurs porte-parole parlement état peuple représentants représentant chef homologue homologues
            soldats commandants chefs flotte bombardiers avions avion chasseurs navires navire bateaux bateau frégates frégate sous-marins garde-côtes gardes-côtes garde-frontières gardes-frontières garde-frontière drones pilotes policiers gendarmes militaires états membres membre rapport rapports communiqué communiqués résolution déclaration déclarations
            mission missions diplomatie chancellerie présidence exécutif conseil
            experts enquêteurs
            """),
        rulerNouns: FunctionWords.set("autorités gouvernement régime dirigeants junte tenants pouvoir administration"),
        territoryNouns: FunctionWords.set("""
            frontière frontières territoire territoires eaux espace côte côtes sol positions cibles république royaume
            """),
        civilianNouns: FunctionWords.set("""
            réfugiés réfugié migrants migrant citoyens citoyen ressortissants civils touristes étudiants travailleurs
            pêcheurs habitants journalistes prisonniers otages passagers pèlerins demandeurs
            """),
        eventAnaphors: FunctionWords.set("""
            essai décision mesure geste action initiative incident raid incursion tir lancement acte attaque frappe
            saisie annonce violation violations provocation ingérence comportement agissements propos déclaration déclarations
            espionnage position
            """).union(frenchSanctionAnaphors).union(frenchAccusationAnaphors),
        anaphoricDeterminers: FunctionWords.set("le la l' les ce cet cette ces"),
        timeNouns: FunctionWords.set("""
            lundi mardi mercredi jeudi vendredi samedi dimanche semaine semaines week-end mois année années an ans jour jours
            heure heures matin soir nuit hier après-midi matinée soirée aujourd'hui demain veille lendemain reprise reprises
            janvier février mars avril mai juin juillet août septembre octobre novembre décembre
            """),
        timeModifiers: FunctionWords.set("en à au de d' fin début mi- milieu dernier dernière derniers dernières prochain prochaine passé passée ce cet cette"),
        intentNouns: FunctionWords.set("engagement engagements volonté intention intentions détermination promesse promesses disposition résolution désir souhait menace menaces"),
        timeMarkers: FunctionWords.set("avant après lors pendant depuis quand lorsque dès"),
        relativePronouns: FunctionWords.set("qui que qu' lequel laquelle lesquels lesquelles"),
        undergoingVerbs: FunctionWords.set("""
            subit subissent subi subie subis subies subir subissait endure endurent enduré soumis soumise soumises confronté confrontée
            confrontés confrontées repoussé repoussée repoussent repousse repousser déjoué déjouée
            """),
        supportVerbs: FunctionWords.set("""
            impose imposent imposé imposée imposés imposées imposer imposera imposeront imposait tient tiennent tenu tenue
            tenus tenues tenir tiendra mène mènent mené menée mener lance lancent lancé lancée lancer inflige infligent
            infligé infligées infliger
            exprime expriment exprimé exprimée exprimer manifeste manifestent manifesté
            """),
        passiveAgents: FunctionWords.set("par"),
        objectPronouns: FunctionWords.set("le la l' les lui leur"),
        possessives: FunctionWordClasses.french.possessives,
        subjectPronouns: FunctionWords.set("il elle ils elles"),
        genitive: "de",
        comitative: "avec",
        objectMarkers: .empty,
        relativeQuantifiers: FunctionWords.set("tous toutes chacun chacune"),
        negations: FunctionWords.set("ne n' pas jamais aucun aucune nullement sans ni"),
        modals: FunctionWords.set("""
            pourrait pourraient pourrais pourra pourront pouvait pourrions peut peuvent devrait devraient aurait auraient
            éventuel éventuelle éventuels éventuelles possible possibles hypothétique apprête apprêtent apprêtait
            apprêtaient
            """),
        plans: FunctionWords.set("""
            projet projets plan plans prévu prévue prévus prévues prévoit prévoient envisage envisagent envisagé
            envisagée proposé proposée préparer prépare préparent planifié planifie planifient planifiait
            soupçonné soupçonnée soupçonnés soupçonnées suspecté suspectée suspectés suspectées présumé présumée
            présumés présumées prétendu prétendue prétendus prétendues
            """),
        failures: FunctionWords.set("échoué échoue échouent échouer refus"),
        conditionals: FunctionWords.set("si s' sauf"),
        conditionalNouns: FunctionWords.set("cas"),
        purposes: FunctionWords.set("pour afin"),
        possibilities: FunctionWords.set("écartée écarté écartées écartés exclue exclu exclues exclus"),
        passiveAuxiliaries: FunctionWords.set("être été est sont était étaient fut furent sera seront serait seraient soit soient"),
        exampleMarkers: FunctionWords.set("dont notamment parmi lesquels lesquelles eux elles comme tels telles que y compris"),
        occasions: FunctionWords.set("lors à au pendant durant après avant en dans"),
        phaseNouns: FunctionWords.set("terme issue fin cours marge marges conclusion clôture"),
        rejectedDeeds: FunctionWords.set("propos déclarations paroles affirmations activité activités comportement agissements ingérence ingérences provocation provocations"),
        inversionOpeners: FunctionWords.set("comme"),
        impersonalVerbs: FunctionWords.set("""
            faut fallait faudra faudrait fallu semble semblait semblerait paraît paraissait agit agissait suffit
            suffisait reste restait convient importe vaut valait existe manque pleut arrive arrivait
            """),
        mediumNouns: FunctionWords.set("téléphone telephone visioconférence visioconference vidéoconférence videoconference"),
        representationVerbs: FunctionWords.set("représenté représentée représentés représentées"),
        speakerPronouns: FunctionWords.set("nous je j'"),
        singularIndefinites: FunctionWords.set("un une"),
        enactingParticiples: FunctionWords.set("""
            approuvé approuvée approuvés approuvées adopté adoptée adoptés adoptées décidé décidée décidés décidées
            voté votée votés votées ordonné ordonnée ordonnés ordonnées imposé imposée imposés imposées
            prononcé prononcée prononcés prononcées décrété décrétée décrétés décrétées annoncé annoncée annoncés annoncées
            coordonné coordonnée coordonnés coordonnées exercé exercée exercés exercées
            """),
        measureNouns: FunctionWords.set("""
            paquet paquets train trains série séries salve salves vague vagues volet volets batterie ensemble lot lots
            cycle cycles round rounds dizaines centaines milliers
            vingtaine dizaine douzaine trentaine centaine groupe groupes poignée
            """),
        envoyNouns: FunctionWords.set("""
            ambassadeur ambassadrice ambassadeurs ambassadrices chargé chargée chargés diplomate diplomates émissaire
            émissaires envoyé envoyée envoyés consul consule consuls vice-consul vice-consuls personnel
            """),
        attributions: FunctionWords.set("""
            imputé imputée imputés imputées attribué attribuée attribués attribuées attribue attribuent impute imputent
            """),
        attributionMarkers: FunctionWords.set("à"),
        degreeAdverbs: FunctionWords.set("totalement absolument complètement entièrement parfaitement tout simplement toujours aussi également encore très plus"),
        echoPronouns: FunctionWords.set("celle celui celles ceux"),
        intensifyingAdjectives: FunctionWords.set("vive vives vif profonde profondes profond sérieuse sérieuses sérieux grave graves forte fortes grande grandes définitive définitif immédiate immédiat temporaire totale total unilatérale unilatéral complète complet formelle"),
        judgingParticiples: FunctionWords.set("""
            qualifié qualifiée qualifiés qualifiées jugé jugée jugés jugées considéré considérée considérés considérées
            décrit décrite décrits décrites perçu perçue perçus perçues
            """),
        relativeOpeners: FunctionWords.set("qui que qu' dont lequel laquelle lesquels lesquelles où"),
        prepositionalSupportVerbs: FunctionWords.set("procédé procède procèdent procéder procédera procéderont procédaient procédait"),
        responseVerbs: FunctionWords.set("""
            répondu répond répondent répondre répondra répondront riposté riposte ripostent riposter ripostera
            ripostait répliqué réplique répliquent
            """),
        responseMarkers: FunctionWords.set("par avec"),
        releaseNouns: FunctionWords.set("libération libérations élargissement"),
        verbFormAdjectives: FunctionWords.set("prochaine prochain prochaines prochains"),
        prepositionalNouns: FunctionWords.set("long"),
        counteringVerbs: FunctionWords.set("""
            empêcher empêche empêchent empêché empêchée empêchera empêcheront inverser inverse inversent inversé inversée
            repousser repousse repoussent repoussé repoussée repoussera déjouer déjoue déjouent déjoué déjouée contrer contré
            contrée
            """),
        judgingVerbs: FunctionWords.set("""
            qualifie qualifient qualifié qualifier qualifiait qualifiaient qualifia qualifiera qualifieront considère
            considèrent considéré considérer considérait considéraient décrit décrivent décrire décrivait décrivaient
            """),
        reasonMarkers: FunctionWords.set("pour face"),
        nounAgentMarkers: FunctionWords.set("par"),
        aimPrepositions: FunctionWords.set("contre"),
        circumstanceNouns: FunctionWords.set("marge marges travers égard vue lumière suite instar cours début fin terme issue moment veille lendemain"),
        continuationNouns: FunctionWords.set("maintien prolongation prorogation reconduction renouvellement extension poursuite"),
        gestureNouns: FunctionWords.set("geste gestes signe signes signal signaux marque marques témoignage témoignages"),
        homelandNouns: FunctionWords.set("pays nation"),
        nounOnlyOpeners: FunctionWords.set("en un une des du au aux ce cet ces son sa ses leurs mon ma mes notre nos votre vos"),
        gerundEnding: "ant",
        partNouns: FunctionWords.set("part"),
        invitationNouns: FunctionWords.set("invitation"),
        partMarkers: FunctionWords.set("de"),
        infinitiveMarkers: FunctionWords.set("de d' à"),
        adversatives: FunctionWords.set("mais"),
        scenePrepositions: FunctionWords.set("en dans"),
        stateScenePrepositions: FunctionWords.set("à"),
        mannerAdverbEnding: "ment",
        prenominalAdjectives: FunctionWords.set("nouvel nouveau nouvelle nouveaux nouvelles premier première premiers premières second seconde deuxième troisième dernier dernière derniers dernières prochain prochaine prochains prochaines bref brève long longue important importante grand grande grands grandes récent récente récents récentes historique rare rares vive vif ferme profonde profond totale total pleine plein forte fort sévère sévères énergique énergiques vigoureuse vigoureuses vives"),
        forumNouns: FunctionWords.set("réunion réunions sommet sommets conférence conférences session sessions forum forums"),
        arrivalPeriphrasisMarkers: FunctionWords.set("à"),
        concessiveAdverbs: FunctionWords.set("même"),
        spokesmanNouns: FunctionWords.set("voix voie intermédiaire truchement bouche"),
        removalNouns: FunctionWords.set("exclusion exclusions suspension suspensions expulsion expulsions"),
        singularPronouns: FunctionWords.set("il elle"),
        pluralObjectPronouns: FunctionWords.set("les leur"),
        participationVerbs: FunctionWords.set("""
            participe participent participait participaient participera participeront participé participant
            """),
        futureEndings: ["era", "eront", "erons", "ira", "iront", "dra", "dront", "ura", "uront", "rra", "rront", "vra", "vront"],
        cardinals: FunctionWords.set("deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze vingt trente quarante cinquante cent"),
        openingParticipleEndings: ["é", "ée", "és", "ées"],
        weighingVerbs: FunctionWords.set("examine examinent examiner envisage envisagent envisager étudie étudient étudier"),
        onlyAdverbs: FunctionWords.set("seulement uniquement"),
        coAgentMarkers: FunctionWords.set("conjointement ensemble"),
        opportunityNouns: FunctionWords.set("occasion occasions opportunité moyen moyens façon manière chance temps"),
        occasionVerbs: FunctionWords.set("profité profite profitent profiter profitant profitera profiteront profitait"),
        joiningVerbs: FunctionWords.set("joint jointe joints jointes joindre joignent joignant associé associée associés associées associer associant rallié ralliée ralliés ralliées rallier ralliant"),
        occurrenceNouns: FunctionWords.set("fois"),
        locatedParticiples: FunctionWords.set("situé située situés situées localisé localisée localisés localisées"),
        sportReportWords: FunctionWords.set("score marqueur supporters"),
        visitingRequests: FunctionWords.set("appelé appelle appellent appelait appela appelant"),
        multilateralAdjectives: FunctionWords.set("tripartite tripartites trilatéral trilatérale trilatéraux quadripartite quadripartites"),
        placeRelatives: FunctionWords.set("où"),
        correlatives: ["tant": "que"],
        messageNouns: FunctionWords.set("communiqué déclaration note notes lettre lettres message messages démarche discours invitation invitations mémorandum missive"),
        informingVerbs: FunctionWords.set("informé informée informe informent informait notifié notifiée notifie notifient communiqué communiquée communique communiquent signifié signifie"),
        decisionNouns: FunctionWords.set("décision"),
        policyNouns: FunctionWords.set("décision décisions décret décrets loi lois politique politiques plan plans projet projets proposition propositions mesure mesures référendum"),
        pittingVerbs: FunctionWords.set("opposé opposent oppose opposait opposaient opposant opposèrent"),
        motiveNouns: FunctionWords.set("solidarité protestation"),
        stanceBackingNouns: FunctionWords.set("soutien appui"),
        stanceMarkers: FunctionWords.set("en"),
        endingVerbs: FunctionWords.set("suspendre suspend suspends suspendent suspendu suspendue suspendus suspendues suspendait suspendaient suspendra suspendront suspendrait suspendant arrêter arrête arrêtent arrêté arrêtée arrêtés arrêtées arrêtait arrêtera arrêterait geler gèle gèlent gelé gelée gelés gelées gelait gèlera annuler annule annulent annulé annulée annulés annulées annulait annulera annulerait interrompre interrompt interrompent interrompu interrompue interrompus interrompues résilier résilie résilié résiliée abroger abroge abrogé abrogée révoquer révoque révoqué révoquée cesser cesse cessent cessé"),
        summoningVerbs: FunctionWords.set("convoquer convoque convoquent convoqué convoquée convoqués convoquées convoquait convoquaient convoquera convoquant"),
        namingVerbs: FunctionWords.set("qualifié qualifiée qualifie qualifient qualifiait appelé appelle appellent décrit décrite décrivait qualifiant qualifier jugé juge jugent jugeant estimé estime estiment"),
        freeRelatives: FunctionWords.set("ce"),
        becomingVerbs: FunctionWords.set("devenu devenue devenus devenues devient deviennent devint devinrent deviendra devenir"),
        noticeVerbs: FunctionWords.set("averti avertie avertis averties avertit avertissent avertir avertissait prévenu prévenue prévenus prévient préviennent prévenir"),
        destinationPrepositions: FunctionWords.set("à vers en"),
        reducingVerbs: FunctionWords.set("réduire réduit réduisent réduite réduits réduites réduisait réduira couper coupe coupent coupé coupée coupés coupées retirer retire retirent retiré retirée"),
        endingNouns: FunctionWords.set("fin suspension annulation gel arrêt interruption abrogation résiliation"),
        callingOffWords: FunctionWords.set("annuler annule annulent annulé annulée annulés annulées annulait annulera annulerait suspendre suspend suspendent suspendu suspendue suspendus suspendues suspendra suspendrait reporter reporte reportent reporté reportée reportés reportées reportera ajourner ajourne ajourné ajournée ajournera annulation suspension report ajournement"),
        stayingVerbs: FunctionWords.set("trouve trouvent trouvait trouvaient trouvant séjourne séjournent séjournait séjournaient séjournant séjourné"),
        condemningPredicates: FunctionWords.set("nazi nazis fasciste fascistes dictateur tyran traître terroriste terroristes corrompu corrompus criminel criminels génocidaire menteur lâche inacceptable inacceptables illégal illégale illégaux illégales provocation provocatrice irresponsable irresponsables injustifié injustifiée injustifiés injustifiable inamical inamicale hostile intolérable inadmissible infondé infondée infondées violation regrettable déplorable agression ingérence précipitée précipité précipitées précipités arbitraire arbitraires absurde absurdes injuste injustes menace menaces insulte affront erreur erreurs faute crime crimes atrocités"),
        culpabilityPredicates: FunctionWords.set("responsable responsables coupable coupables"),
        praisingPredicates: FunctionWords.set("ami amie amis amies frère frères sœur héros visionnaire artisan champion"),
        judgmentVerbs: FunctionWords.set("jugé juge jugent estimé estime estiment répondu répond pense pensé"),
        decidingVerbs: FunctionWords.set("pris prise prend prennent prendre"),
        beneficiaryMarkers: FunctionWords.set("pour"),
        leadingParticiples: FunctionWords.set("conduit conduite conduits conduites dirigé dirigée dirigés dirigées menée mené menés menées présidé présidée présidés présidées"),
        memberParticiples: FunctionWords.set("composé composée composés composées formé formée formés formées comprenant"),
        activeParticiplesWithBe: FunctionWords.set("""
            entré entrée entrés entrées convenu convenue convenus convenues venu venue venus venues revenu revenue revenus revenues parvenu parvenue
            parvenus parvenues intervenu intervenue intervenus intervenues arrivé arrivée arrivés arrivées parti partie
            partis parties allé allée allés allées rentré rentrée rentrés rentrées retourné retournée retournés retournées
            resté restée restés restées
            """),
        beParticiples: FunctionWords.set("été"),
        inciseWords: FunctionWords.set("une fois de plus encore déjà également aussi alors finalement enfin nouveau à lundi mardi ce officiellement formellement d' abord ensuite puis depuis récemment"),
        subordinatingNouns: FunctionWords.set("moment temps fois"),
        sportWords: FunctionWords.set("""
            match matchs tournoi demi-finale demi-finales quart-de-finale championnat champions stade footballeur
            footballeurs buteur sélectionneur éliminatoires
            attaquant attaquants égalisation sélectionneurs
            huitièmes entraîneur penalty penalties finalistes demi-finalistes médaille médailles médaillé médaillée médaillés
            athlètes athlétisme invaincu invaincus
            """),
        enteringVerbs: FunctionWords.set("entré entrée entrés entrées entre entrent entraient entrer pénétré pénétrée pénétrés pénétrées pénètrent pénétrer franchi franchie franchis franchissent franchir"),
        borderNouns: FunctionWords.set("frontière frontières territoire espace eaux"),
        amountNouns: FunctionWords.set("million millions milliard milliards dollars dollar euros euro francs livres yuans tonnes"),
        invertingRelatives: FunctionWords.set("que qu'"),
        obligationModals: FunctionWords.set("doit doivent devait devaient devrait devraient devra devront"),
        enteringPrepositions: FunctionWords.set("en dans à au aux"),
        militaryNouns: FunctionWords.set("troupes soldats forces armée armées militaires chars unités contingent contingents bataillons policiers gendarmes"),
        reciprocalMarkers: [["mutuellement"], ["reciproquement"], ["l'un", "l'autre"]],
        distributiveMarkers: [["chacun"], ["chacune"]],
        mannerNouns: FunctionWords.set("aide auspices égide soutien appui concours médiation participation présence bénédiction"),
        itineraryNouns: FunctionWords.set("agenda programme itinéraire"),
        objectRelatives: FunctionWords.set("que qu'"),
        opposingNouns: FunctionWords.set("opposant opposante opposants adversaire adversaires ennemi ennemis rival rivaux détracteur détracteurs dissident dissidents"),
        aimingVerbs: FunctionWords.set("visant visent vise visé visée visés visées ciblant ciblent cible ciblé ciblée ciblés ciblées frappant"),
        wishes: FunctionWords.set("""
            espère espèrent espérait espéraient espéré souhaite souhaitent souhaitait souhaitaient souhaité veut veulent
            voulait voulaient voudrait voudraient désire désirent vise visent visait visaient nécessité besoin prône prônent
            prônait prôné préconise préconisent préconisait préconisé cherche cherchent cherchait cherchaient cherché
            """),
        performatives: FunctionWords.set("féliciter remercier saluer exprimer adresser présenter rendre"),
        mediationNouns: FunctionWords.set("médiation égide auspices entremise"),
        mediationVerbs: FunctionWords.set("parrainé parrainée parrainés parrainées"),
        appeals: ArgumentFrame("source=modifier|poss|de|subject target=auprès|devant"),
        complementizers: FunctionWords.set("que qu'"),
        authorGenitiveNouns: FunctionWords.set("agression agressions incursion incursions provocation provocations ingérence ingérences"),
        consideringVerbs: FunctionWords.set("considère considèrent considéré considérée considérait considéraient considérer voit voient voyait perçoit perçoivent perçu qualifie qualifient qualifié décrit décrivent tient tiennent"),
        warningVerbs: FunctionWords.set("averti avertit avertissent avertissait avertir prévenu prévient préviennent mis met mettent mettait"),
        responseNouns: FunctionWords.set("mesures réponse riposte représailles contre-mesures"),
        adverbialNouns: FunctionWords.set("audience"),
        goodsNouns: FunctionWords.set("produits marchandises exportations importations exportation importation vente ventes livraison livraisons biens acier aluminium voitures véhicules"),
        originPrepositions: FunctionWords.set(""),
        originParticiples: FunctionWords.set("provenant originaires importés importées exportés exportées"),
        roleNouns: FunctionWords.set("rôle"),
        capacityMarkers: FunctionWords.set("comme"),
        sanctionAnaphors: frenchSanctionAnaphors,
        accusationAnaphors: frenchAccusationAnaphors,
        raisingParticiples: FunctionWords.set("censé censée censés censées réputé réputée réputés réputées"),
        purposeMarkers: FunctionWords.set("pour afin"),
        causeMarkers: FunctionWords.set("après suite"),
        predicatingVerbs: FunctionWords.set("""
            constitue constituent constituait constituaient constituerait constitué constituera représente représentent
            représentait représentaient commis commise commet commettent commettait
            """),
        heldOffices: FunctionWords.set("présidence vice-présidence siège sièges fonction fonctions place rang secrétariat"),
        endeavourNouns: FunctionWords.set("effort efforts tentative tentatives démarche démarches décision initiative campagne"),
        memberNouns: FunctionWords.set("pays états membres nations"),
        genitiveForms: FunctionWords.set("de d' du des"))
}
