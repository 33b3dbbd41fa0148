extension TitleLexicon {
    /// French titles and functions, keyed by their English role (`TitleLexicon.tablesByLanguage`).
    static let frenchTitles = LexiconTable("TitleLexicon.fr", """
counterpart|homologue
president|président; présidente
vice president|vice-président; vice-présidente; vice président; vice présidente
president-elect|président élu; présidente élue
interim president|président par intérim; présidente par intérim; président intérimaire; présidente intérimaire
prime minister|Premier ministre; premier ministre; Première ministre; première ministre; président du gouvernement; présidente du gouvernement; président du Conseil; présidente du Conseil
deputy prime minister|vice-Premier ministre; vice-premier ministre; vice-Première ministre; vice-première ministre; vice-président du gouvernement; vice-présidente du gouvernement
deputy minister|sous-secrétaire; sous-secrétaire d'État; secrétaire d'État adjoint; secrétaire d'État adjointe
head of state|chef de l'État; chef de l'Etat; chef d'État; chef d'Etat; cheffe de l'État; cheffe d'État
head of government|chef du gouvernement; cheffe du gouvernement; chef de gouvernement
chancellor|chancelier; chancelière
foreign minister|ministre des Affaires étrangères; ministre de l'Europe et des Affaires étrangères; ministre des Affaires étrangères et européennes; ministre des Affaires étrangères et de la Coopération; ministre des Affaires étrangères et de la Coopération internationale; ministre des Relations extérieures; ministre des Relations internationales; chef de la diplomatie; cheffe de la diplomatie
deputy foreign minister|vice-ministre des Affaires étrangères; ministre adjoint des Affaires étrangères; ministre adjointe des Affaires étrangères; vice-ministre
defense minister|ministre de la Défense; ministre des Armées; ministre de la Défense nationale; secrétaire à la Défense; secrétaire à la Guerre
interior minister|ministre de l'Intérieur
finance minister|ministre des Finances; secrétaire au Trésor; chancelier de l'Échiquier; chancelière de l'Échiquier
economy minister|ministre de l'Économie; ministre de l'Economie; ministre de l'Économie et des Finances
trade minister|ministre du Commerce; ministre du Commerce extérieur; secrétaire au Commerce; représentant au Commerce; représentante au Commerce
energy minister|ministre de l'Énergie; ministre de l'Energie; ministre du Pétrole; secrétaire à l'Énergie
justice minister|ministre de la Justice; garde des Sceaux
health minister|ministre de la Santé
development minister|ministre du Développement; ministre de la Coopération; ministre de la Coopération et du Développement; ministre du Développement international
education minister|ministre de l'Éducation; ministre de l'Education; ministre de l'Éducation nationale; ministre de l'Education nationale
agriculture minister|ministre de l'Agriculture
environment minister|ministre de l'Environnement; ministre de la Transition écologique
transport minister|ministre des Transports
information minister|ministre de l'Information; ministre de la Communication
labour minister|ministre du Travail
tourism minister|ministre du Tourisme
security minister|ministre de la Sécurité; ministre de la Sécurité publique
immigration minister|ministre de l'Immigration
minister|ministre
secretary of state|secrétaire d'État; secrétaire d'Etat
national security adviser|conseiller à la sécurité nationale; conseillère à la sécurité nationale
adviser|conseiller; conseillère
secretary-general|secrétaire général; secrétaire générale
high representative|haut représentant; haute représentante
commissioner|commissaire; haut-commissaire; haute-commissaire; haut commissaire; haute commissaire
director-general|directeur général; directrice générale
director|directeur; directrice
ambassador|ambassadeur; ambassadrice
charge d'affaires|chargé d'affaires; chargée d'affaires
permanent representative|représentant permanent; représentante permanente
representative|représentant; représentante
envoy|envoyé spécial; envoyée spéciale; envoyé; envoyée; émissaire
diplomat|diplomate; haut diplomate; premier secrétaire; première secrétaire; deuxième secrétaire; conseiller d'ambassade; attaché militaire; attaché de défense
consul|consul; consule; consul général; consule générale
negotiator|négociateur; négociatrice; négociateur en chef; négociatrice en chef
spokesperson|porte-parole
king|roi
queen|reine
monarch|monarque; souverain; souveraine
emir|émir; emir
ruler|gouvernant; gouvernante
royal|membre de la famille royale
sultan|sultan
crown prince|prince héritier
prince|prince
supreme leader|guide suprême; Guide suprême; guide de la Révolution; Guide de la Révolution
pope|pape; souverain pontife; pontife
judge|juge
prosecutor|procureur; procureure; procureur général; procureure générale
general|général; général de brigade; général de division; général de corps d'armée
admiral|amiral
commodore|commodore; contre-amiral; vice-amiral
colonel|colonel; colonelle; lieutenant-colonel
captain|capitaine; capitaine de frégate; capitaine de vaisseau
marshal|maréchal
brigadier|brigadier; général de brigade aérienne
commander|commandant; commandante; chef militaire
commander-in-chief|commandant en chef; chef des armées
army chief|chef d'état-major; chef d'état-major des armées; cheffe d'état-major; chef de l'armée
chief of staff|directeur de cabinet; directrice de cabinet; chef de cabinet; cheffe de cabinet
speaker|président de l'Assemblée nationale; présidente de l'Assemblée nationale; président de la Chambre des représentants; présidente de la Chambre des représentants; président du Parlement; présidente du Parlement; président de la Chambre des communes; présidente de la Chambre des communes
senator|sénateur; sénatrice
lawmaker|député; députée; parlementaire; eurodéputé; eurodéputée; membre du Congrès; élu du Congrès
mayor|maire
governor|gouverneur; gouverneure
leader|dirigeant; dirigeante; leader; numéro un; homme fort; chef; cheffe
opposition leader|chef de l'opposition; cheffe de l'opposition; leader de l'opposition; opposant; opposante; figure de l'opposition
politician|homme politique; femme politique; politicien; politicienne; responsable politique
official|responsable; haut responsable; haute responsable; haut fonctionnaire; haute fonctionnaire; fonctionnaire
dictator|dictateur; dictatrice
""", columns: 2...2)
}
