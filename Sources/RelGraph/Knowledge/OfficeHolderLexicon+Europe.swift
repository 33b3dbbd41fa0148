extension OfficeHolderLexicon {
    /// `full name | aliases | affiliation | role |`
    static let europe = """
Ramiz Alia||ALB|president|
Sali Berisha||ALB|president|
Rexhep Meidani||ALB|president|
Alfred Moisiu||ALB|president|
Bamir Topi||ALB|president|
Bujar Nishani||ALB|president|
Ilir Meta||ALB|president|
Bajram Begaj||ALB|president|
Adil Çarçani|Adil Carcani|ALB|prime minister|
Fatos Nano||ALB|prime minister|
Ylli Bufi||ALB|prime minister|
Vilson Ahmeti||ALB|prime minister|
Aleksandër Meksi|Aleksander Meksi|ALB|prime minister|
Bashkim Fino||ALB|prime minister|
Pandeli Majko||ALB|prime minister|
Edi Rama||ALB|prime minister|
Reis Malile||ALB|foreign minister|
Alfred Serreqi||ALB|foreign minister|
Tritan Shehu||ALB|foreign minister|
Paskal Milo||ALB|foreign minister|
Arta Dade||ALB|foreign minister|
Kastriot Islami||ALB|foreign minister|
Besnik Mustafaj||ALB|foreign minister|
Lulzim Basha||ALB|foreign minister|
Edmond Haxhinasto||ALB|foreign minister|
Aldo Bumçi|Aldo Bumci|ALB|foreign minister|
Ditmir Bushati||ALB|foreign minister|
Gent Cakaj||ALB|foreign minister|
Olta Xhaçka|Olta Xhacka|ALB|foreign minister|
Igli Hasani||ALB|foreign minister|
Joan Martí Alanis|Joan Marti Alanis|AND|head of state|
Joan Enric Vives|Joan-Enric Vives; Joan Enric Vives i Sicília|AND|head of state|
Òscar Ribas Reig|Oscar Ribas Reig|AND|prime minister|
Marc Forné Molné|Marc Forné; Marc Forne Molne|AND|prime minister|
Albert Pintat||AND|prime minister|
Jaume Bartumeu||AND|prime minister|
Antoni Martí|Antoni Marti; Toni Martí|AND|prime minister|
Xavier Espot Zamora|Xavier Espot|AND|prime minister|
Juli Minoves|Juli Minoves Triquell|AND|foreign minister|
Gilbert Saboya|Gilbert Saboya Sunyé|AND|foreign minister|
Maria Ubach|Maria Ubach Font|AND|foreign minister|
Imma Tor|Imma Tor Faus|AND|foreign minister|
Levon Ter-Petrosyan|Levon Ter-Petrossian; Levon Ter Petrosián; Levon Ter-Petrosian|ARM|president|
Robert Kocharyan|Robert Kotcharian; Robert Kocharián|ARM|president|
Serzh Sargsyan|Serge Sarkissian; Serzh Sarkisián; Serzh Sarkisyan|ARM|president|
Armen Sarkissian|Armen Sarkisián; Armen Sargsyan|ARM|president|
Vahagn Khachaturyan||ARM|president|
Nikol Pashinyan|Nikol Pachinian; Nikol Pashinián|ARM|prime minister|
Vazgen Manukyan||ARM|prime minister|
Gagik Harutyunyan||ARM|prime minister|
Khosrov Harutyunyan||ARM|prime minister|
Hrant Bagratyan||ARM|prime minister|
Armen Darbinyan||ARM|prime minister|
Vazgen Sargsyan|Vazgen Sarkissian|ARM|prime minister|
Aram Sargsyan||ARM|prime minister|
Andranik Margaryan||ARM|prime minister|
Tigran Sargsyan||ARM|prime minister|
Hovik Abrahamyan||ARM|prime minister|
Karen Karapetyan||ARM|prime minister|
Raffi Hovannisian||ARM|foreign minister|
Vahan Papazian||ARM|foreign minister|
Alexander Arzoumanian||ARM|foreign minister|
Vartan Oskanian||ARM|foreign minister|
Edward Nalbandian|Eduard Nalbandyan; Edouard Nalbandian|ARM|foreign minister|
Zohrab Mnatsakanyan||ARM|foreign minister|
Ara Aivazian||ARM|foreign minister|
Ararat Mirzoyan|Ararat Mirzoian|ARM|foreign minister|
Kurt Waldheim||AUT|president|
Thomas Klestil||AUT|president|
Heinz Fischer||AUT|president|
Alexander Van der Bellen||AUT|president|
Franz Vranitzky||AUT|chancellor|
Viktor Klima||AUT|chancellor|
Wolfgang Schüssel|Wolfgang Schuessel; Wolfgang Schussel|AUT|chancellor|
Alfred Gusenbauer||AUT|chancellor|
Werner Faymann||AUT|chancellor|
Christian Kern||AUT|chancellor|
Sebastian Kurz||AUT|chancellor|
Brigitte Bierlein||AUT|chancellor|
Karl Nehammer||AUT|chancellor|
Christian Stocker||AUT|chancellor|
Alexander Schallenberg||AUT|foreign minister|
Alois Mock||AUT|foreign minister|
Benita Ferrero-Waldner|Benita Ferrero Waldner|AUT|foreign minister|
Ursula Plassnik||AUT|foreign minister|
Michael Spindelegger||AUT|foreign minister|
Karin Kneissl||AUT|foreign minister|
Michael Linhart||AUT|foreign minister|
Beate Meinl-Reisinger|Beate Meinl Reisinger|AUT|foreign minister|
Ayaz Mutallibov|Ayaz Mutalibov|AZE|president|
Abulfaz Elchibey|Abulfaz Elçibəy|AZE|president|
Isa Gambar||AZE|president|
Heydar Aliyev|Heydar Aliev; Gueïdar Aliev; Haydar Aliyev|AZE|president|
Ilham Aliyev|Ilham Aliev; Ilham Alíyev|AZE|president|
Mehriban Aliyeva|Mehriban Alieva|AZE|vice president|
Panah Huseynov||AZE|prime minister|
Surat Huseynov||AZE|prime minister|
Fuad Guliyev||AZE|prime minister|
Artur Rasizade||AZE|prime minister|
Novruz Mammadov||AZE|prime minister|
Ali Asadov||AZE|prime minister|
Hasan Hasanov||AZE|foreign minister|
Tofig Gasimov||AZE|foreign minister|
Tofig Zulfugarov||AZE|foreign minister|
Vilayat Guliyev||AZE|foreign minister|
Elmar Mammadyarov|Elmar Mamediarov; Elmar Mamedyarov|AZE|foreign minister|
Jeyhun Bayramov||AZE|foreign minister|
Stanislav Shushkevich|Stanislau Shushkevich; Stanislav Chouchkevitch|BLR|head of state|
Vyacheslav Kebich|Viatcheslav Kebitch|BLR|prime minister|
Mikhail Chigir|Mikhail Chygir|BLR|prime minister|
Sergei Ling||BLR|prime minister|
Vladimir Yermoshin||BLR|prime minister|
Gennady Novitsky||BLR|prime minister|
Sergei Sidorsky||BLR|prime minister|
Mikhail Myasnikovich||BLR|prime minister|
Andrei Kobyakov||BLR|prime minister|
Sergei Rumas||BLR|prime minister|
Roman Golovchenko|Raman Halouchanka|BLR|prime minister|
Alexander Turchin|Aleksandr Turchin|BLR|prime minister|
Pyotr Kravchenko||BLR|foreign minister|
Uladzimir Syanko|Vladimir Senko|BLR|foreign minister|
Ivan Antonovich||BLR|foreign minister|
Ural Latypov||BLR|foreign minister|
Mikhail Khvostov||BLR|foreign minister|
Sergei Martynov||BLR|foreign minister|
Vladimir Makei|Uladzimir Makei; Vladimir Makeï|BLR|foreign minister|
Sergei Aleinik||BLR|foreign minister|
Maxim Ryzhenkov||BLR|foreign minister|
Sviatlana Tsikhanouskaya|Svetlana Tikhanovskaya; Svetlana Tikhanovskaïa; Svetlana Tijanóvskaya|BLR|leader|
King Baudouin|roi Baudouin; rey Balduino|BEL|king|
King Albert II|roi Albert II; rey Alberto II|BEL|king|
King Philippe|roi Philippe|BEL|king|
Wilfried Martens||BEL|prime minister|
Jean-Luc Dehaene||BEL|prime minister|
Guy Verhofstadt||BEL|prime minister|
Yves Leterme||BEL|prime minister|
Elio Di Rupo||BEL|prime minister|
Sophie Wilmès|Sophie Wilmes|BEL|prime minister|
Alexander De Croo||BEL|prime minister|
Bart De Wever||BEL|prime minister|
Mark Eyskens||BEL|foreign minister|
Frank Vandenbroucke||BEL|foreign minister|
Erik Derycke||BEL|foreign minister|
Louis Michel||BEL|foreign minister|
Karel De Gucht||BEL|foreign minister|
Steven Vanackere||BEL|foreign minister|
Didier Reynders||BEL|foreign minister|
Philippe Goffin||BEL|foreign minister|
Hadja Lahbib||BEL|foreign minister|
Bernard Quintin||BEL|foreign minister|
Maxime Prévot|Maxime Prevot|BEL|foreign minister|
Alija Izetbegović|Alija Izetbegovic|BIH|president|
Bakir Izetbegović|Bakir Izetbegovic|BIH|president|
Momčilo Krajišnik|Momcilo Krajisnik|BIH|president|
Krešimir Zubak|Kresimir Zubak|BIH|president|
Živko Radišić|Zivko Radisic|BIH|president|
Ante Jelavić|Ante Jelavic|BIH|president|
Beriz Belkić|Beriz Belkic|BIH|president|
Jozo Križanović|Jozo Krizanovic|BIH|president|
Mirko Šarović|Mirko Sarovic|BIH|president|
Sulejman Tihić|Sulejman Tihic|BIH|president|
Dragan Čović|Dragan Covic|BIH|president|
Borislav Paravac||BIH|president|
Ivo Miro Jović|Ivo Miro Jovic|BIH|president|
Haris Silajdžić|Haris Silajdzic|BIH|president|
Nebojša Radmanović|Nebojsa Radmanovic|BIH|president|
Željko Komšić|Zeljko Komsic|BIH|president|
Mladen Ivanić|Mladen Ivanic|BIH|president|
Šefik Džaferović|Sefik Dzaferovic|BIH|president|
Milorad Dodik||BIH|president|
Željka Cvijanović|Zeljka Cvijanovic|BIH|president|
Denis Bećirović|Denis Becirovic|BIH|president|
Radovan Karadžić|Radovan Karadzic; Radovan Karadjic|BIH|leader|
Ratko Mladić|Ratko Mladic|BIH|army chief|
Jure Pelivan||BIH|prime minister|
Mile Akmadžić|Mile Akmadzic|BIH|prime minister|
Hasan Muratović|Hasan Muratovic|BIH|prime minister|
Božidar Matić|Bozidar Matic|BIH|prime minister|
Dragan Mikerević|Dragan Mikerevic|BIH|prime minister|
Adnan Terzić|Adnan Terzic|BIH|prime minister|
Nikola Špirić|Nikola Spiric|BIH|prime minister|
Vjekoslav Bevanda||BIH|prime minister|
Denis Zvizdić|Denis Zvizdic|BIH|prime minister|
Zoran Tegeltija||BIH|prime minister|
Borjana Krišto|Borjana Kristo|BIH|prime minister|
Muhamed Šaćirbey|Muhamed Sacirbey; Mo Sacirbey|BIH|foreign minister|
Jadranko Prlić|Jadranko Prlic|BIH|foreign minister|
Zlatko Lagumdžija|Zlatko Lagumdzija|BIH|foreign minister|
Sven Alkalaj||BIH|foreign minister|
Igor Crnadak||BIH|foreign minister|
Bisera Turković|Bisera Turkovic|BIH|foreign minister|
Elmedin Konaković|Elmedin Konakovic|BIH|foreign minister|
Petar Mladenov||BGR|president|
Zhelyu Zhelev|Jelio Jelev; Zhelio Zhélev|BGR|president|
Petar Stoyanov|Petar Stoïanov|BGR|president|
Georgi Parvanov|Guéorgui Parvanov; Georgi Purvanov|BGR|president|
Rosen Plevneliev||BGR|president|
Rumen Radev|Roumen Radev|BGR|president|
Iliana Iotova|Iliana Yotova|BGR|vice president|
Andrey Lukanov|Andreï Loukanov; Andrei Lukanov|BGR|prime minister|
Dimitar Popov||BGR|prime minister|
Filip Dimitrov||BGR|prime minister|
Lyuben Berov||BGR|prime minister|
Reneta Indzhova||BGR|prime minister|
Zhan Videnov|Jean Videnov|BGR|prime minister|
Stefan Sofiyanski||BGR|prime minister|
Ivan Kostov||BGR|prime minister|
Simeon Sakskoburggotski|Simeon II; Siméon de Saxe-Cobourg-Gotha; Simeon of Saxe-Coburg-Gotha; Simeón de Sajonia-Coburgo|BGR|prime minister|
Sergei Stanishev|Sergueï Stanichev; Sergey Stanishev|BGR|prime minister|
Boyko Borisov|Boïko Borissov; Boiko Borisov|BGR|prime minister|
Marin Raykov||BGR|prime minister|
Plamen Oresharski||BGR|prime minister|
Georgi Bliznashki||BGR|prime minister|
Ognyan Gerdzhikov||BGR|prime minister|
Stefan Yanev||BGR|prime minister|
Kiril Petkov||BGR|prime minister|
Galab Donev||BGR|prime minister|
Nikolai Denkov|Nikolay Denkov|BGR|prime minister|
Dimitar Glavchev||BGR|prime minister|
Rosen Zhelyazkov|Rossen Jeliazkov|BGR|prime minister|
Stoyan Ganev||BGR|foreign minister|
Stanislav Daskalov||BGR|foreign minister|
Georgi Pirinski||BGR|foreign minister|
Nadezhda Mihaylova|Nadejda Mihaylova|BGR|foreign minister|
Solomon Passy||BGR|foreign minister|
Ivailo Kalfin|Ivaylo Kalfin|BGR|foreign minister|
Rumiana Jeleva|Rumyana Zheleva|BGR|foreign minister|
Nikolay Mladenov|Nickolay Mladenov; Nikolai Mladenov|BGR|foreign minister|
Kristian Vigenin||BGR|foreign minister|
Daniel Mitov||BGR|foreign minister|
Ekaterina Zaharieva||BGR|foreign minister|
Svetlan Stoev||BGR|foreign minister|
Teodora Genchovska||BGR|foreign minister|
Nikolay Milkov||BGR|foreign minister|
Mariya Gabriel|Mariya Gabriel-Nedelcheva|BGR|foreign minister|
Ivan Kondov||BGR|foreign minister|
Georg Georgiev||BGR|foreign minister|
Franjo Tuđman|Franjo Tudjman; Franjo Tudman|HRV|president|
Stjepan Mesić|Stjepan Mesic; Stipe Mesić|HRV|president|
Ivo Josipović|Ivo Josipovic|HRV|president|
Kolinda Grabar-Kitarović|Kolinda Grabar-Kitarovic; Kolinda Grabar Kitarović|HRV|president|
Zoran Milanović|Zoran Milanovic|HRV|president|
Josip Manolić|Josip Manolic|HRV|prime minister|
Franjo Gregurić|Franjo Greguric|HRV|prime minister|
Hrvoje Šarinić|Hrvoje Sarinic|HRV|prime minister|
Nikica Valentić|Nikica Valentic|HRV|prime minister|
Zlatko Mateša|Zlatko Matesa|HRV|prime minister|
Ivica Račan|Ivica Racan|HRV|prime minister|
Ivo Sanader||HRV|prime minister|
Jadranka Kosor||HRV|prime minister|
Tihomir Orešković|Tihomir Oreskovic|HRV|prime minister|
Andrej Plenković|Andrej Plenkovic|HRV|prime minister|
Zvonimir Šeparović|Zvonimir Separovic|HRV|foreign minister|
Mate Granić|Mate Granic|HRV|foreign minister|
Tonino Picula||HRV|foreign minister|
Miomir Žužul|Miomir Zuzul|HRV|foreign minister|
Gordan Jandroković|Gordan Jandrokovic|HRV|foreign minister|
Vesna Pusić|Vesna Pusic|HRV|foreign minister|
Miro Kovač|Miro Kovac|HRV|foreign minister|
Davor Ivo Stier||HRV|foreign minister|
Marija Pejčinović Burić|Marija Pejcinovic Buric|HRV|foreign minister|
Gordan Grlić Radman|Gordan Grlic Radman|HRV|foreign minister|
George Vassiliou|Georges Vassiliou; Georgios Vassiliou|CYP|president|
Glafcos Clerides|Glafkos Klerides; Glafcos Cléridès|CYP|president|
Tassos Papadopoulos|Tasos Papadopoulos|CYP|president|
Demetris Christofias|Dimitris Christofias|CYP|president|
Nicos Anastasiades|Nikos Anastasiadis; Nicos Anastasiadès|CYP|president|
Nikos Christodoulides|Nicos Christodoulides|CYP|president|
George Iacovou||CYP|foreign minister|
Alekos Michaelides||CYP|foreign minister|
Ioannis Kasoulides||CYP|foreign minister|
Giorgos Lillikas||CYP|foreign minister|
Erato Kozakou-Marcoullis||CYP|foreign minister|
Markos Kyprianou||CYP|foreign minister|
Constantinos Kombos||CYP|foreign minister|
Rauf Denktaş|Rauf Denktash; Rauf Denktas|CYP|leader|
Mehmet Ali Talat||CYP|leader|
Derviş Eroğlu|Dervis Eroglu|CYP|leader|
Mustafa Akıncı|Mustafa Akinci|CYP|leader|
Ersin Tatar||CYP|leader|
Tufan Erhürman|Tufan Erhurman|CYP|leader|
Marián Čalfa|Marian Calfa|CSK|prime minister|
Jan Stráský|Jan Strasky|CSK|prime minister|
Jiří Dienstbier|Jiri Dienstbier|CSK|foreign minister|
Václav Havel|Vaclav Havel|CZE|president|
Václav Klaus|Vaclav Klaus|CZE|president|
Miloš Zeman|Milos Zeman|CZE|president|
Petr Pavel||CZE|president|
Petr Pithart||CZE|prime minister|
Josef Tošovský|Josef Tosovsky|CZE|prime minister|
Vladimír Špidla|Vladimir Spidla|CZE|prime minister|
Stanislav Gross||CZE|prime minister|
Jiří Paroubek|Jiri Paroubek|CZE|prime minister|
Mirek Topolánek|Mirek Topolanek|CZE|prime minister|
Jan Fischer||CZE|prime minister|
Petr Nečas|Petr Necas|CZE|prime minister|
Jiří Rusnok|Jiri Rusnok|CZE|prime minister|
Bohuslav Sobotka||CZE|prime minister|
Andrej Babiš|Andrej Babis|CZE|prime minister|
Petr Fiala||CZE|prime minister|
Josef Zieleniec||CZE|foreign minister|
Jaroslav Šedivý|Jaroslav Sedivy|CZE|foreign minister|
Jan Kavan||CZE|foreign minister|
Cyril Svoboda||CZE|foreign minister|
Alexandr Vondra||CZE|foreign minister|
Karel Schwarzenberg||CZE|foreign minister|
Jan Kohout||CZE|foreign minister|
Lubomír Zaorálek|Lubomir Zaoralek|CZE|foreign minister|
Martin Stropnický|Martin Stropnicky|CZE|foreign minister|
Tomáš Petříček|Tomas Petricek|CZE|foreign minister|
Jakub Kulhánek|Jakub Kulhanek|CZE|foreign minister|
Jan Lipavský|Jan Lipavsky|CZE|foreign minister|
Petr Macinka||CZE|foreign minister|
Margrethe II|Queen Margrethe; reine Margrethe II; reina Margarita II|DNK|queen|
Frederik X|King Frederik; roi Frederik X; rey Federico X|DNK|king|
Poul Schlüter|Poul Schluter|DNK|prime minister|
Poul Nyrup Rasmussen||DNK|prime minister|
Lars Løkke Rasmussen|Lars Lokke Rasmussen|DNK|prime minister|
Helle Thorning-Schmidt|Helle Thorning Schmidt|DNK|prime minister|
Mette Frederiksen||DNK|prime minister|
Uffe Ellemann-Jensen||DNK|foreign minister|
Niels Helveg Petersen||DNK|foreign minister|
Mogens Lykketoft||DNK|foreign minister|
Per Stig Møller|Per Stig Moller|DNK|foreign minister|
Lene Espersen||DNK|foreign minister|
Villy Søvndal|Villy Sovndal|DNK|foreign minister|
Holger K. Nielsen|Holger Nielsen|DNK|foreign minister|
Martin Lidegaard||DNK|foreign minister|
Kristian Jensen||DNK|foreign minister|
Anders Samuelsen||DNK|foreign minister|
Jeppe Kofod||DNK|foreign minister|
Kim Kielsen||GRL|prime minister|
Múte B. Egede|Mute Egede; Múte Bourup Egede; Mute B. Egede; Múte Egede|GRL|prime minister|
Jens-Frederik Nielsen|Jens Frederik Nielsen|GRL|prime minister|
Arnold Rüütel|Arnold Ruutel|EST|president|
Lennart Meri||EST|president|
Toomas Hendrik Ilves|Toomas Ilves|EST|president|
Kersti Kaljulaid||EST|president|
Alar Karis||EST|president|
Edgar Savisaar||EST|prime minister|
Tiit Vähi|Tiit Vahi|EST|prime minister|
Mart Laar||EST|prime minister|
Andres Tarand||EST|prime minister|
Mart Siimann||EST|prime minister|
Siim Kallas||EST|prime minister|
Juhan Parts||EST|prime minister|
Andrus Ansip||EST|prime minister|
Taavi Rõivas|Taavi Roivas|EST|prime minister|
Jüri Ratas|Juri Ratas|EST|prime minister|
Kristen Michal||EST|prime minister|
Trivimi Velliste||EST|foreign minister|
Jüri Luik|Juri Luik|EST|foreign minister|
Raul Mälk|Raul Malk|EST|foreign minister|
Kristiina Ojuland||EST|foreign minister|
Urmas Paet||EST|foreign minister|
Keit Pentus-Rosimannus||EST|foreign minister|
Marina Kaljurand||EST|foreign minister|
Jürgen Ligi|Jurgen Ligi|EST|foreign minister|
Sven Mikser||EST|foreign minister|
Urmas Reinsalu||EST|foreign minister|
Eva-Maria Liimets||EST|foreign minister|
Margus Tsahkna||EST|foreign minister|
Mauno Koivisto||FIN|president|
Martti Ahtisaari||FIN|president|
Tarja Halonen||FIN|president|
Sauli Niinistö|Sauli Niinisto|FIN|president|
Alexander Stubb||FIN|president|
Harri Holkeri||FIN|prime minister|
Esko Aho||FIN|prime minister|
Paavo Lipponen||FIN|prime minister|
Anneli Jäätteenmäki|Anneli Jaatteenmaki|FIN|prime minister|
Matti Vanhanen||FIN|prime minister|
Mari Kiviniemi||FIN|prime minister|
Jyrki Katainen||FIN|prime minister|
Juha Sipilä|Juha Sipila|FIN|prime minister|
Antti Rinne||FIN|prime minister|
Sanna Marin||FIN|prime minister|
Petteri Orpo||FIN|prime minister|
Pertti Paasio||FIN|foreign minister|
Paavo Väyrynen|Paavo Vayrynen|FIN|foreign minister|
Heikki Haavisto||FIN|foreign minister|
Erkki Tuomioja||FIN|foreign minister|
Ilkka Kanerva||FIN|foreign minister|
Timo Soini||FIN|foreign minister|
Pekka Haavisto||FIN|foreign minister|
Elina Valtonen||FIN|foreign minister|
Michel Rocard||FRA|prime minister|
Édith Cresson|Edith Cresson|FRA|prime minister|
Pierre Bérégovoy|Pierre Beregovoy|FRA|prime minister|
Édouard Balladur|Edouard Balladur|FRA|prime minister|
Lionel Jospin||FRA|prime minister|
Jean-Pierre Raffarin||FRA|prime minister|
François Fillon|Francois Fillon|FRA|prime minister|
Jean-Marc Ayrault||FRA|prime minister|
Manuel Valls||FRA|prime minister|
Bernard Cazeneuve||FRA|prime minister|
Édouard Philippe|Edouard Philippe|FRA|prime minister|
Jean Castex||FRA|prime minister|
Élisabeth Borne|Elisabeth Borne|FRA|prime minister|
Gabriel Attal||FRA|prime minister|
Michel Barnier||FRA|prime minister|
François Bayrou|Francois Bayrou|FRA|prime minister|
Sébastien Lecornu|Sebastien Lecornu|FRA|prime minister|
Roland Dumas||FRA|foreign minister|
Hervé de Charette|Herve de Charette|FRA|foreign minister|
Philippe Douste-Blazy||FRA|foreign minister|
Michèle Alliot-Marie|Michele Alliot-Marie|FRA|foreign minister|
Jean-Pierre Chevènement|Jean-Pierre Chevenement|FRA|defense minister|
Pierre Joxe||FRA|defense minister|
François Léotard|Francois Leotard|FRA|defense minister|
Charles Millon||FRA|defense minister|
Alain Richard||FRA|defense minister|
Hervé Morin|Herve Morin|FRA|defense minister|
Gérard Longuet|Gerard Longuet|FRA|defense minister|
Sylvie Goulard||FRA|defense minister|
Florence Parly||FRA|defense minister|
Catherine Vautrin||FRA|defense minister|
Zviad Gamsakhurdia|Zviad Gamsakhourdia|GEO|president|
Eduard Shevardnadze|Édouard Chevardnadzé; Edouard Chevardnadze; Eduard Shevardnadse|GEO|president|
Nino Burjanadze|Nino Burdzhanadze|GEO|president|
Mikheil Saakashvili|Mikheïl Saakachvili; Mijaíl Saakashvili; Mikhail Saakashvili|GEO|president|
Giorgi Margvelashvili||GEO|president|
Salome Zourabichvili|Salomé Zourabichvili; Salome Zurabishvili; Salomé Zurabishvili|GEO|president|
Mikheil Kavelashvili|Mikheïl Kavelachvili; Mikhail Kavelashvili|GEO|president|
Bidzina Ivanishvili|Bidzina Ivanichvili|GEO|prime minister|
Tengiz Sigua||GEO|prime minister|
Otar Patsatsia||GEO|prime minister|
Vazha Lortkipanidze||GEO|prime minister|
Avtandil Jorbenadze||GEO|prime minister|
Zurab Zhvania|Zourab Jvania|GEO|prime minister|
Zurab Noghaideli||GEO|prime minister|
Lado Gurgenidze||GEO|prime minister|
Grigol Mgaloblishvili||GEO|prime minister|
Nika Gilauri||GEO|prime minister|
Vano Merabishvili||GEO|prime minister|
Irakli Garibashvili|Irakli Garibachvili|GEO|prime minister|
Giorgi Kvirikashvili||GEO|prime minister|
Mamuka Bakhtadze||GEO|prime minister|
Giorgi Gakharia||GEO|prime minister|
Irakli Kobakhidze||GEO|prime minister|
Alexander Chikvaidze||GEO|foreign minister|
Irakli Menagarishvili||GEO|foreign minister|
Tedo Japaridze||GEO|foreign minister|
Gela Bezhuashvili||GEO|foreign minister|
Eka Tkeshelashvili||GEO|foreign minister|
Grigol Vashadze||GEO|foreign minister|
Maia Panjikidze||GEO|foreign minister|
Tamar Beruchashvili||GEO|foreign minister|
Mikheil Janelidze||GEO|foreign minister|
David Zalkaliani||GEO|foreign minister|
Ilia Darchiashvili||GEO|foreign minister|
Maka Botchorishvili||GEO|foreign minister|
Hans Modrow||DDR|prime minister|
Lothar de Maizière|Lothar de Maiziere|DDR|prime minister|
Manfred Gerlach||DDR|head of state|
Sabine Bergmann-Pohl||DDR|head of state|
Markus Meckel||DDR|foreign minister|
Richard von Weizsäcker|Richard von Weizsaecker; Richard von Weizsacker|DEU|president|
Roman Herzog||DEU|president|
Johannes Rau||DEU|president|
Horst Köhler|Horst Koehler; Horst Kohler|DEU|president|
Christian Wulff||DEU|president|
Joachim Gauck||DEU|president|
Hans-Dietrich Genscher||DEU|foreign minister|
Klaus Kinkel||DEU|foreign minister|
Guido Westerwelle||DEU|foreign minister|
Sigmar Gabriel||DEU|foreign minister|
Heiko Maas||DEU|foreign minister|
Gerhard Stoltenberg||DEU|defense minister|
Volker Rühe|Volker Ruehe; Volker Ruhe|DEU|defense minister|
Rudolf Scharping||DEU|defense minister|
Peter Struck||DEU|defense minister|
Franz Josef Jung||DEU|defense minister|
Karl-Theodor zu Guttenberg||DEU|defense minister|
Thomas de Maizière|Thomas de Maiziere|DEU|defense minister|
Annegret Kramp-Karrenbauer|AKK|DEU|defense minister|
Christine Lambrecht||DEU|defense minister|
Boris Pistorius||DEU|defense minister|
Christos Sartzetakis||GRC|president|
Konstantinos Karamanlis|Constantine Karamanlis; Constantin Caramanlis|GRC|president|
Kostis Stephanopoulos|Costis Stephanopoulos; Konstantinos Stephanopoulos|GRC|president|
Karolos Papoulias||GRC|president|
Prokopis Pavlopoulos||GRC|president|
Katerina Sakellaropoulou||GRC|president|
Konstantinos Tasoulas|Kostas Tasoulas|GRC|president|
Xenophon Zolotas||GRC|prime minister|
Konstantinos Mitsotakis|Constantine Mitsotakis|GRC|prime minister|
Andreas Papandreou|Andréas Papandréou|GRC|prime minister|
Costas Simitis|Kostas Simitis|GRC|prime minister|
Kostas Karamanlis|Costas Karamanlis; Kóstas Karamanlís|GRC|prime minister|
George Papandreou|Georges Papandréou; Giorgos Papandreou; Yorgos Papandreu|GRC|prime minister|
Lucas Papademos|Loukas Papadimos; Lucas Papadémos|GRC|prime minister|
Panagiotis Pikrammenos||GRC|prime minister|
Antonis Samaras||GRC|prime minister|
Alexis Tsipras||GRC|prime minister|
Vassiliki Thanou|Vassiliki Thanou-Christophilou|GRC|prime minister|
Ioannis Sarmas||GRC|prime minister|
Kyriakos Mitsotakis||GRC|prime minister|
Michalis Papakonstantinou||GRC|foreign minister|
Theodoros Pangalos|Théodoros Pangalos|GRC|foreign minister|
Tassos Giannitsis||GRC|foreign minister|
Petros Molyviatis||GRC|foreign minister|
Dora Bakoyannis|Dora Bakoyanni|GRC|foreign minister|
Dimitris Droutsas||GRC|foreign minister|
Stavros Lambrinidis||GRC|foreign minister|
Stavros Dimas||GRC|foreign minister|
Dimitris Avramopoulos||GRC|foreign minister|
Evangelos Venizelos||GRC|foreign minister|
Nikos Kotzias||GRC|foreign minister|
Giorgos Katrougalos|George Katrougalos|GRC|foreign minister|
Nikos Dendias||GRC|foreign minister|
George Gerapetritis|Giorgos Gerapetritis|GRC|foreign minister|
Agostino Casaroli||VAT|prime minister|
Angelo Sodano||VAT|prime minister|
Tarcisio Bertone||VAT|prime minister|
Pietro Parolin||VAT|prime minister|
Jean-Louis Tauran||VAT|foreign minister|
Giovanni Lajolo||VAT|foreign minister|
Dominique Mamberti||VAT|foreign minister|
Paul Gallagher|Paul Richard Gallagher|VAT|foreign minister|
Árpád Göncz|Arpad Goncz|HUN|president|
Ferenc Mádl|Ferenc Madl|HUN|president|
László Sólyom|Laszlo Solyom|HUN|president|
Pál Schmitt|Pal Schmitt|HUN|president|
János Áder|Janos Ader|HUN|president|
Katalin Novák|Katalin Novak|HUN|president|
Tamás Sulyok|Tamas Sulyok|HUN|president|
Miklós Németh|Miklos Nemeth|HUN|prime minister|
József Antall|Jozsef Antall|HUN|prime minister|
Péter Boross|Peter Boross|HUN|prime minister|
Gyula Horn||HUN|prime minister|
Péter Medgyessy|Peter Medgyessy|HUN|prime minister|
Ferenc Gyurcsány|Ferenc Gyurcsany|HUN|prime minister|
Gordon Bajnai||HUN|prime minister|
Géza Jeszenszky|Geza Jeszenszky|HUN|foreign minister|
László Kovács|Laszlo Kovacs|HUN|foreign minister|
János Martonyi|Janos Martonyi|HUN|foreign minister|
Ferenc Somogyi||HUN|foreign minister|
Kinga Göncz|Kinga Goncz|HUN|foreign minister|
Péter Balázs|Peter Balazs|HUN|foreign minister|
Tibor Navracsics||HUN|foreign minister|
Péter Szijjártó|Peter Szijjarto|HUN|foreign minister|
Vigdís Finnbogadóttir|Vigdis Finnbogadottir|ISL|president|
Ólafur Ragnar Grímsson|Olafur Ragnar Grimsson|ISL|president|
Guðni Th. Jóhannesson|Gudni Johannesson; Gudni Th. Johannesson; Guðni Jóhannesson|ISL|president|
Halla Tómasdóttir|Halla Tomasdottir|ISL|president|
Steingrímur Hermannsson|Steingrimur Hermannsson|ISL|prime minister|
Davíð Oddsson|David Oddsson|ISL|prime minister|
Halldór Ásgrímsson|Halldor Asgrimsson|ISL|prime minister|
Geir Haarde|Geir H. Haarde|ISL|prime minister|
Jóhanna Sigurðardóttir|Johanna Sigurdardottir|ISL|prime minister|
Sigmundur Davíð Gunnlaugsson|Sigmundur David Gunnlaugsson|ISL|prime minister|
Sigurður Ingi Jóhannsson|Sigurdur Ingi Johannsson|ISL|prime minister|
Bjarni Benediktsson||ISL|prime minister|
Katrín Jakobsdóttir|Katrin Jakobsdottir|ISL|prime minister|
Kristrún Frostadóttir|Kristrun Frostadottir|ISL|prime minister|
Jón Baldvin Hannibalsson|Jon Baldvin Hannibalsson|ISL|foreign minister|
Valgerður Sverrisdóttir|Valgerdur Sverrisdottir|ISL|foreign minister|
Ingibjörg Sólrún Gísladóttir|Ingibjorg Solrun Gisladottir|ISL|foreign minister|
Össur Skarphéðinsson|Ossur Skarphedinsson|ISL|foreign minister|
Gunnar Bragi Sveinsson||ISL|foreign minister|
Lilja Alfreðsdóttir|Lilja Alfredsdottir|ISL|foreign minister|
Guðlaugur Þór Þórðarson|Gudlaugur Thor Thordarson|ISL|foreign minister|
Þórdís Kolbrún Reykfjörð Gylfadóttir|Thordis Kolbrun Reykfjord Gylfadottir; Þórdís Kolbrún Gylfadóttir|ISL|foreign minister|
Þorgerður Katrín Gunnarsdóttir|Thorgerdur Katrin Gunnarsdottir|ISL|foreign minister|
Patrick Hillery||IRL|president|
Mary Robinson||IRL|president|
Mary McAleese||IRL|president|
Michael D. Higgins|Michael D Higgins; Michael Higgins|IRL|president|
Catherine Connolly||IRL|president|
Charles Haughey||IRL|prime minister|
Albert Reynolds||IRL|prime minister|
John Bruton||IRL|prime minister|
Bertie Ahern||IRL|prime minister|
Brian Cowen||IRL|prime minister|
Enda Kenny||IRL|prime minister|
Leo Varadkar||IRL|prime minister|
Micheál Martin|Micheal Martin|IRL|prime minister|
Simon Harris||IRL|prime minister|
Gerry Collins|Gerard Collins|IRL|foreign minister|
David Andrews||IRL|foreign minister|
Dick Spring||IRL|foreign minister|
Dermot Ahern||IRL|foreign minister|
Eamon Gilmore||IRL|foreign minister|
Charles Flanagan||IRL|foreign minister|
Simon Coveney||IRL|foreign minister|
Helen McEntee||IRL|foreign minister|
Francesco Cossiga||ITA|president|
Oscar Luigi Scalfaro|Oscar Scalfaro|ITA|president|
Carlo Azeglio Ciampi|Carlo Ciampi|ITA|president|
Giorgio Napolitano||ITA|president|
Sergio Mattarella||ITA|president|
Giulio Andreotti||ITA|prime minister|
Giuliano Amato||ITA|prime minister|
Lamberto Dini||ITA|prime minister|
Massimo D'Alema|Massimo D’Alema|ITA|prime minister|
Mario Monti||ITA|prime minister|
Enrico Letta||ITA|prime minister|
Matteo Renzi||ITA|prime minister|
Paolo Gentiloni||ITA|prime minister|
Giuseppe Conte||ITA|prime minister|
Gianni De Michelis||ITA|foreign minister|
Vincenzo Scotti||ITA|foreign minister|
Emilio Colombo||ITA|foreign minister|
Beniamino Andreatta|Nino Andreatta|ITA|foreign minister|
Susanna Agnelli||ITA|foreign minister|
Franco Frattini||ITA|foreign minister|
Gianfranco Fini||ITA|foreign minister|
Giulio Terzi di Sant'Agata|Giulio Terzi|ITA|foreign minister|
Emma Bonino||ITA|foreign minister|
Angelino Alfano||ITA|foreign minister|
Enzo Moavero Milanesi|Enzo Moavero|ITA|foreign minister|
Luigi Di Maio||ITA|foreign minister|
Antonio Tajani||ITA|foreign minister|
Virginio Rognoni||ITA|defense minister|
Salvo Andò|Salvo Ando|ITA|defense minister|
Fabio Fabbri||ITA|defense minister|
Cesare Previti||ITA|defense minister|
Domenico Corcione||ITA|defense minister|
Carlo Scognamiglio||ITA|defense minister|
Antonio Martino||ITA|defense minister|
Arturo Parisi||ITA|defense minister|
Ignazio La Russa||ITA|defense minister|
Giampaolo Di Paola||ITA|defense minister|
Mario Mauro||ITA|defense minister|
Roberta Pinotti||ITA|defense minister|
Elisabetta Trenta||ITA|defense minister|
Lorenzo Guerini||ITA|defense minister|
Guido Crosetto||ITA|defense minister|
Ibrahim Rugova||XKX|president|
Fatmir Sejdiu||XKX|president|
Behgjet Pacolli||XKX|president|
Atifete Jahjaga||XKX|president|
Hashim Thaçi|Hashim Thaci|XKX|president|
Vjosa Osmani|Vjosa Osmani-Sadriu|XKX|president|
Bajram Rexhepi||XKX|prime minister|
Ramush Haradinaj||XKX|prime minister|
Bajram Kosumi||XKX|prime minister|
Agim Çeku|Agim Ceku|XKX|prime minister|
Isa Mustafa||XKX|prime minister|
Albin Kurti||XKX|prime minister|
Avdullah Hoti||XKX|prime minister|
Skënder Hyseni|Skender Hyseni|XKX|foreign minister|
Enver Hoxhaj||XKX|foreign minister|
Meliza Haradinaj-Stublla|Meliza Haradinaj|XKX|foreign minister|
Donika Gërvalla-Schwarz|Donika Gervalla-Schwarz; Donika Gërvalla; Donika Gervalla|XKX|foreign minister|
Anatolijs Gorbunovs||LVA|head of state|
Guntis Ulmanis||LVA|president|
Vaira Vīķe-Freiberga|Vaira Vike-Freiberga|LVA|president|
Valdis Zatlers||LVA|president|
Andris Bērziņš|Andris Berzins|LVA|president|
Raimonds Vējonis|Raimonds Vejonis|LVA|president|
Egils Levits||LVA|president|
Edgars Rinkēvičs|Edgars Rinkevics|LVA|president|
Ivars Godmanis||LVA|prime minister|
Valdis Birkavs||LVA|prime minister|
Māris Gailis|Maris Gailis|LVA|prime minister|
Andris Šķēle|Andris Skele|LVA|prime minister|
Guntars Krasts||LVA|prime minister|
Vilis Krištopans|Vilis Kristopans|LVA|prime minister|
Einars Repše|Einars Repse|LVA|prime minister|
Indulis Emsis||LVA|prime minister|
Aigars Kalvītis|Aigars Kalvitis|LVA|prime minister|
Valdis Dombrovskis||LVA|prime minister|
Laimdota Straujuma||LVA|prime minister|
Māris Kučinskis|Maris Kucinskis|LVA|prime minister|
Krišjānis Kariņš|Krisjanis Karins|LVA|prime minister|
Evika Siliņa|Evika Silina|LVA|prime minister|
Jānis Jurkāns|Janis Jurkans|LVA|foreign minister|
Georgs Andrejevs||LVA|foreign minister|
Indulis Bērziņš|Indulis Berzins|LVA|foreign minister|
Sandra Kalniete||LVA|foreign minister|
Artis Pabriks||LVA|foreign minister|
Māris Riekstiņš|Maris Riekstins|LVA|foreign minister|
Ģirts Valdis Kristovskis|Girts Valdis Kristovskis|LVA|foreign minister|
Baiba Braže|Baiba Braze|LVA|foreign minister|
Hans-Adam II|Prince Hans-Adam II; príncipe Hans-Adam II; prince Hans-Adam|LIE|head of state|
Hans Brunhart||LIE|prime minister|
Mario Frick||LIE|prime minister|
Otmar Hasler||LIE|prime minister|
Klaus Tschütscher|Klaus Tschutscher|LIE|prime minister|
Adrian Hasler||LIE|prime minister|
Daniel Risch||LIE|prime minister|
Brigitte Haas||LIE|prime minister|
Andrea Willi||LIE|foreign minister|
Ernst Walch||LIE|foreign minister|
Rita Kieber-Beck||LIE|foreign minister|
Aurelia Frick||LIE|foreign minister|
Katrin Eggenberger||LIE|foreign minister|
Dominique Hasler||LIE|foreign minister|
Vytautas Landsbergis||LTU|head of state|
Algirdas Brazauskas||LTU|president|
Valdas Adamkus||LTU|president|
Rolandas Paksas||LTU|president|
Dalia Grybauskaitė|Dalia Grybauskaite|LTU|president|
Gitanas Nausėda|Gitanas Nauseda|LTU|president|
Kazimira Prunskienė|Kazimira Prunskiene|LTU|prime minister|
Gediminas Vagnorius||LTU|prime minister|
Aleksandras Abišala|Aleksandras Abisala|LTU|prime minister|
Bronislovas Lubys||LTU|prime minister|
Adolfas Šleževičius|Adolfas Slezevicius|LTU|prime minister|
Laurynas Stankevičius|Laurynas Stankevicius|LTU|prime minister|
Andrius Kubilius||LTU|prime minister|
Gediminas Kirkilas||LTU|prime minister|
Algirdas Butkevičius|Algirdas Butkevicius|LTU|prime minister|
Saulius Skvernelis||LTU|prime minister|
Ingrida Šimonytė|Ingrida Simonyte|LTU|prime minister|
Gintautas Paluckas||LTU|prime minister|
Inga Ruginienė|Inga Ruginiene|LTU|prime minister|
Algirdas Saudargas||LTU|foreign minister|
Povilas Gylys||LTU|foreign minister|
Antanas Valionis||LTU|foreign minister|
Petras Vaitiekūnas|Petras Vaitiekunas|LTU|foreign minister|
Vygaudas Ušackas|Vygaudas Usackas|LTU|foreign minister|
Audronius Ažubalis|Audronius Azubalis|LTU|foreign minister|
Linas Linkevičius|Linas Linkevicius|LTU|foreign minister|
Gabrielius Landsbergis||LTU|foreign minister|
Kęstutis Budrys|Kestutis Budrys|LTU|foreign minister|
Grand Duke Jean|grand-duc Jean; gran duque Juan|LUX|head of state|
Grand Duke Henri|grand-duc Henri; gran duque Enrique|LUX|head of state|
Grand Duke Guillaume|grand-duc Guillaume; gran duque Guillermo|LUX|head of state|
Xavier Bettel||LUX|prime minister|
Luc Frieden||LUX|prime minister|
Jacques Poos||LUX|foreign minister|
Lydie Polfer||LUX|foreign minister|
Jean Asselborn||LUX|foreign minister|
Vincent Tabone|Censu Tabone|MLT|president|
Ugo Mifsud Bonnici||MLT|president|
Guido de Marco||MLT|president|
George Abela||MLT|president|
Marie-Louise Coleiro Preca||MLT|president|
George Vella||MLT|president|
Myriam Spiteri Debono||MLT|president|
Eddie Fenech Adami|Edward Fenech Adami|MLT|prime minister|
Alfred Sant||MLT|prime minister|
Lawrence Gonzi||MLT|prime minister|
Joseph Muscat||MLT|prime minister|
Robert Abela||MLT|prime minister|
Joe Borg||MLT|foreign minister|
Michael Frendo||MLT|foreign minister|
Tonio Borg||MLT|foreign minister|
Francis Zammit Dimech||MLT|foreign minister|
Carmelo Abela||MLT|foreign minister|
Evarist Bartolo||MLT|foreign minister|
Ian Borg||MLT|foreign minister|
Mircea Snegur||MDA|president|
Petru Lucinschi||MDA|president|
Vladimir Voronin|Vladimir Voronine|MDA|president|
Mihai Ghimpu||MDA|president|
Marian Lupu||MDA|president|
Nicolae Timofti||MDA|president|
Igor Dodon||MDA|president|
Maia Sandu|Maïa Sandu|MDA|president|
Mircea Druc||MDA|prime minister|
Valeriu Muravschi||MDA|prime minister|
Andrei Sangheli||MDA|prime minister|
Ion Ciubuc||MDA|prime minister|
Ion Sturza||MDA|prime minister|
Dumitru Braghiș|Dumitru Braghis|MDA|prime minister|
Vasile Tarlev||MDA|prime minister|
Zinaida Greceanîi|Zinaida Greceanii|MDA|prime minister|
Vlad Filat||MDA|prime minister|
Iurie Leancă|Iurie Leanca|MDA|prime minister|
Chiril Gaburici||MDA|prime minister|
Valeriu Streleț|Valeriu Strelet|MDA|prime minister|
Pavel Filip||MDA|prime minister|
Ion Chicu||MDA|prime minister|
Natalia Gavrilița|Natalia Gavrilita|MDA|prime minister|
Dorin Recean||MDA|prime minister|
Alexandru Munteanu||MDA|prime minister|
Mihai Popov||MDA|foreign minister|
Nicolae Tăbăcaru|Nicolae Tabacaru|MDA|foreign minister|
Nicolae Dudău|Nicolae Dudau|MDA|foreign minister|
Andrei Stratan||MDA|foreign minister|
Natalia Gherman||MDA|foreign minister|
Andrei Galbur||MDA|foreign minister|
Tudor Ulianovschi||MDA|foreign minister|
Nicu Popescu||MDA|foreign minister|
Aureliu Ciocoi||MDA|foreign minister|
Oleg Țulea|Oleg Tulea|MDA|foreign minister|
Mihai Popșoi|Mihai Popsoi|MDA|foreign minister|
Rainier III|Prince Rainier; prince Rainier III; príncipe Raniero III|MCO|head of state|
Prince Albert II|príncipe Alberto II|MCO|head of state|
Jean Ausseil||MCO|prime minister|
Jacques Dupont||MCO|prime minister|
Paul Dijoud||MCO|prime minister|
Michel Lévêque|Michel Leveque|MCO|prime minister|
Patrick Leclercq||MCO|prime minister|
Jean-Paul Proust||MCO|prime minister|
Michel Roger||MCO|prime minister|
Serge Telle||MCO|prime minister|
Pierre Dartout||MCO|prime minister|
Didier Guillaume||MCO|prime minister|
Christophe Mirmand||MCO|prime minister|
Momir Bulatović|Momir Bulatovic|MNE|president|
Milo Đukanović|Milo Djukanovic; Milo Dukanovic; Milo Djoukanovic|MNE|president|
Filip Vujanović|Filip Vujanovic|MNE|president|
Jakov Milatović|Jakov Milatovic|MNE|president|
Željko Šturanović|Zeljko Sturanovic|MNE|prime minister|
Igor Lukšić|Igor Luksic|MNE|prime minister|
Duško Marković|Dusko Markovic|MNE|prime minister|
Zdravko Krivokapić|Zdravko Krivokapic|MNE|prime minister|
Dritan Abazović|Dritan Abazovic|MNE|prime minister|
Milojko Spajić|Milojko Spajic|MNE|prime minister|
Miodrag Vlahović|Miodrag Vlahovic|MNE|foreign minister|
Milan Roćen|Milan Rocen|MNE|foreign minister|
Srđan Darmanović|Srdjan Darmanovic|MNE|foreign minister|
Đorđe Radulović|Djordje Radulovic|MNE|foreign minister|
Ranko Krivokapić|Ranko Krivokapic|MNE|foreign minister|
Filip Ivanović|Filip Ivanovic|MNE|foreign minister|
Ervin Ibrahimović|Ervin Ibrahimovic|MNE|foreign minister|
Queen Beatrix|reine Beatrix; reina Beatriz|NLD|queen|
Willem-Alexander|King Willem-Alexander; roi Willem-Alexander; rey Guillermo Alejandro|NLD|king|
Ruud Lubbers||NLD|prime minister|
Wim Kok||NLD|prime minister|
Jan Peter Balkenende||NLD|prime minister|
Dick Schoof||NLD|prime minister|
Hans van den Broek||NLD|foreign minister|
Pieter Kooijmans|Peter Kooijmans|NLD|foreign minister|
Hans van Mierlo||NLD|foreign minister|
Jozias van Aartsen||NLD|foreign minister|
Ben Bot||NLD|foreign minister|
Maxime Verhagen||NLD|foreign minister|
Uri Rosenthal||NLD|foreign minister|
Frans Timmermans||NLD|foreign minister|
Bert Koenders||NLD|foreign minister|
Halbe Zijlstra||NLD|foreign minister|
Stef Blok||NLD|foreign minister|
Sigrid Kaag||NLD|foreign minister|
Ben Knapen||NLD|foreign minister|
Wopke Hoekstra||NLD|foreign minister|
Hanke Bruins Slot||NLD|foreign minister|
Caspar Veldkamp||NLD|foreign minister|
David van Weel||NLD|foreign minister|
Kiro Gligorov||MKD|president|
Boris Trajkovski||MKD|president|
Branko Crvenkovski||MKD|president|
Gjorge Ivanov|Gjorgje Ivanov; Georgi Ivanov|MKD|president|
Stevo Pendarovski||MKD|president|
Gordana Siljanovska-Davkova|Gordana Siljanovska Davkova|MKD|president|
Nikola Kljusev||MKD|prime minister|
Ljubčo Georgievski|Ljubco Georgievski|MKD|prime minister|
Hari Kostov||MKD|prime minister|
Vlado Bučkovski|Vlado Buckovski|MKD|prime minister|
Nikola Gruevski||MKD|prime minister|
Emil Dimitriev||MKD|prime minister|
Zoran Zaev||MKD|prime minister|
Oliver Spasovski||MKD|prime minister|
Dimitar Kovačevski|Dimitar Kovacevski|MKD|prime minister|
Talat Xhaferi||MKD|prime minister|
Hristijan Mickoski||MKD|prime minister|
Denko Maleski||MKD|foreign minister|
Stevo Crvenkovski||MKD|foreign minister|
Ljubomir Frčkoski|Ljubomir Frckoski|MKD|foreign minister|
Blagoj Handžiski|Blagoj Handziski|MKD|foreign minister|
Aleksandar Dimitrov||MKD|foreign minister|
Srgjan Kerim||MKD|foreign minister|
Ilinka Mitreva||MKD|foreign minister|
Antonio Milošoski|Antonio Milososki|MKD|foreign minister|
Nikola Poposki||MKD|foreign minister|
Nikola Dimitrov||MKD|foreign minister|
Bujar Osmani||MKD|foreign minister|
Timčo Mucunski|Timco Mucunski|MKD|foreign minister|
Olav V|King Olav; roi Olav V; rey Olaf V|NOR|king|
Harald V|King Harald; roi Harald V; rey Harald V|NOR|king|
Jan P. Syse|Jan Syse|NOR|prime minister|
Gro Harlem Brundtland|Gro Brundtland|NOR|prime minister|
Thorbjørn Jagland|Thorbjorn Jagland|NOR|prime minister|
Kjell Magne Bondevik||NOR|prime minister|
Erna Solberg||NOR|prime minister|
Jonas Gahr Støre|Jonas Gahr Store; Jonas Gahr Stoere|NOR|prime minister|
Thorvald Stoltenberg||NOR|foreign minister|
Johan Jørgen Holst|Johan Jorgen Holst|NOR|foreign minister|
Bjørn Tore Godal|Bjorn Tore Godal|NOR|foreign minister|
Knut Vollebæk|Knut Vollebaek|NOR|foreign minister|
Jan Petersen||NOR|foreign minister|
Espen Barth Eide||NOR|foreign minister|
Børge Brende|Borge Brende|NOR|foreign minister|
Ine Eriksen Søreide|Ine Eriksen Soreide|NOR|foreign minister|
Anniken Huitfeldt||NOR|foreign minister|
Wojciech Jaruzelski||POL|president|
Lech Wałęsa|Lech Walesa|POL|president|
Aleksander Kwaśniewski|Aleksander Kwasniewski|POL|president|
Lech Kaczyński|Lech Kaczynski|POL|president|
Bronisław Komorowski|Bronislaw Komorowski|POL|president|
Andrzej Duda||POL|president|
Karol Nawrocki||POL|president|
Tadeusz Mazowiecki||POL|prime minister|
Jan Krzysztof Bielecki||POL|prime minister|
Jan Olszewski||POL|prime minister|
Waldemar Pawlak||POL|prime minister|
Hanna Suchocka||POL|prime minister|
Józef Oleksy|Jozef Oleksy|POL|prime minister|
Włodzimierz Cimoszewicz|Wlodzimierz Cimoszewicz|POL|prime minister|
Jerzy Buzek||POL|prime minister|
Leszek Miller||POL|prime minister|
Marek Belka||POL|prime minister|
Kazimierz Marcinkiewicz||POL|prime minister|
Jarosław Kaczyński|Jaroslaw Kaczynski|POL|prime minister|
Ewa Kopacz||POL|prime minister|
Beata Szydło|Beata Szydlo|POL|prime minister|
Mateusz Morawiecki||POL|prime minister|
Krzysztof Skubiszewski||POL|foreign minister|
Andrzej Olechowski||POL|foreign minister|
Władysław Bartoszewski|Wladyslaw Bartoszewski|POL|foreign minister|
Dariusz Rosati||POL|foreign minister|
Bronisław Geremek|Bronislaw Geremek|POL|foreign minister|
Adam Daniel Rotfeld|Adam Rotfeld|POL|foreign minister|
Stefan Meller||POL|foreign minister|
Anna Fotyga||POL|foreign minister|
Radosław Sikorski|Radoslaw Sikorski; Radek Sikorski|POL|foreign minister|
Grzegorz Schetyna||POL|foreign minister|
Witold Waszczykowski||POL|foreign minister|
Jacek Czaputowicz||POL|foreign minister|
Zbigniew Rau||POL|foreign minister|
Piotr Kołodziejczyk|Piotr Kolodziejczyk|POL|defense minister|
Jan Parys||POL|defense minister|
Janusz Onyszkiewicz||POL|defense minister|
Stanisław Dobrzański|Stanislaw Dobrzanski|POL|defense minister|
Jerzy Szmajdziński|Jerzy Szmajdzinski|POL|defense minister|
Aleksander Szczygło|Aleksander Szczyglo|POL|defense minister|
Bogdan Klich||POL|defense minister|
Tomasz Siemoniak||POL|defense minister|
Antoni Macierewicz||POL|defense minister|
Mariusz Błaszczak|Mariusz Blaszczak|POL|defense minister|
Władysław Kosiniak-Kamysz|Wladyslaw Kosiniak-Kamysz|POL|defense minister|
Mário Soares|Mario Soares|PRT|president|
Jorge Sampaio||PRT|president|
Aníbal Cavaco Silva|Anibal Cavaco Silva; Cavaco Silva|PRT|president|
Marcelo Rebelo de Sousa||PRT|president|
Pedro Santana Lopes||PRT|prime minister|
José Sócrates|Jose Socrates|PRT|prime minister|
Pedro Passos Coelho||PRT|prime minister|
Luís Montenegro|Luis Montenegro|PRT|prime minister|
João de Deus Pinheiro|Joao de Deus Pinheiro|PRT|foreign minister|
Jaime Gama||PRT|foreign minister|
António Martins da Cruz|Antonio Martins da Cruz|PRT|foreign minister|
Teresa Gouveia||PRT|foreign minister|
António Monteiro|Antonio Monteiro|PRT|foreign minister|
Diogo Freitas do Amaral||PRT|foreign minister|
Luís Amado|Luis Amado|PRT|foreign minister|
Paulo Portas||PRT|foreign minister|
Rui Machete||PRT|foreign minister|
Augusto Santos Silva||PRT|foreign minister|
João Gomes Cravinho|Joao Gomes Cravinho|PRT|foreign minister|
Paulo Rangel||PRT|foreign minister|
Ion Iliescu||ROU|president|
Emil Constantinescu||ROU|president|
Traian Băsescu|Traian Basescu|ROU|president|
Klaus Iohannis|Klaus Johannis|ROU|president|
Nicușor Dan|Nicusor Dan|ROU|president|
Petre Roman||ROU|prime minister|
Theodor Stolojan||ROU|prime minister|
Nicolae Văcăroiu|Nicolae Vacaroiu|ROU|prime minister|
Victor Ciorbea||ROU|prime minister|
Radu Vasile||ROU|prime minister|
Mugur Isărescu|Mugur Isarescu|ROU|prime minister|
Adrian Năstase|Adrian Nastase|ROU|prime minister|
Călin Popescu-Tăriceanu|Calin Popescu-Tariceanu; Călin Popescu Tăriceanu|ROU|prime minister|
Emil Boc||ROU|prime minister|
Mihai Răzvan Ungureanu|Mihai Razvan Ungureanu|ROU|prime minister|
Victor Ponta||ROU|prime minister|
Dacian Cioloș|Dacian Ciolos|ROU|prime minister|
Sorin Grindeanu||ROU|prime minister|
Mihai Tudose||ROU|prime minister|
Viorica Dăncilă|Viorica Dancila|ROU|prime minister|
Ludovic Orban||ROU|prime minister|
Florin Cîțu|Florin Citu|ROU|prime minister|
Nicolae Ciucă|Nicolae Ciuca|ROU|prime minister|
Marcel Ciolacu||ROU|prime minister|
Ilie Bolojan||ROU|prime minister|
Teodor Meleșcanu|Teodor Melescanu|ROU|foreign minister|
Adrian Severin||ROU|foreign minister|
Andrei Pleșu|Andrei Plesu|ROU|foreign minister|
Mircea Geoană|Mircea Geoana|ROU|foreign minister|
Adrian Cioroianu||ROU|foreign minister|
Lazăr Comănescu|Lazar Comanescu|ROU|foreign minister|
Cristian Diaconescu||ROU|foreign minister|
Teodor Baconschi||ROU|foreign minister|
Titus Corlățean|Titus Corlatean|ROU|foreign minister|
Bogdan Aurescu||ROU|foreign minister|
Luminița Odobescu|Luminita Odobescu|ROU|foreign minister|
Emil Hurezeanu||ROU|foreign minister|
Oana Țoiu|Oana Toiu|ROU|foreign minister|
Nikolai Ryzhkov|Nikolaï Ryjkov; Nikolay Ryzhkov|SUN|prime minister|
Valentin Pavlov||SUN|prime minister|
Ivan Silayev|Ivan Silaïev; Ivan Silaev|SUN|prime minister|
Gennady Yanayev|Guennadi Ianaïev; Gennadi Yanayev|SUN|vice president|
Alexander Bessmertnykh|Aleksandr Bessmertnykh; Alexandre Bessmertnykh|SUN|foreign minister|
Boris Pankin|Boris Pankine|SUN|foreign minister|
Dmitry Yazov|Dmitri Iazov; Dmitri Yazov|SUN|defense minister|
Yevgeny Shaposhnikov|Evgueni Chapochnikov; Yevgeni Shaposhnikov|SUN|defense minister|
Yegor Gaidar|Iegor Gaïdar; Yegor Gaïdar|RUS|prime minister|
Viktor Chernomyrdin|Viktor Tchernomyrdine; Víktor Chernomirdin|RUS|prime minister|
Sergei Kiriyenko|Sergueï Kirienko; Sergey Kiriyenko; Serguéi Kiriyenko|RUS|prime minister|
Sergei Stepashin|Sergueï Stepachine; Sergey Stepashin|RUS|prime minister|
Mikhail Kasyanov|Mikhaïl Kassianov; Mijaíl Kasiánov|RUS|prime minister|
Mikhail Fradkov|Mikhaïl Fradkov; Mijaíl Fradkov|RUS|prime minister|
Viktor Zubkov|Viktor Zoubkov|RUS|prime minister|
Alexander Rutskoy|Alexandre Routskoï; Aleksandr Rutskoi|RUS|vice president|
Pavel Grachev|Pavel Gratchev|RUS|defense minister|
Igor Rodionov||RUS|defense minister|
Igor Sergeyev|Igor Sergueïev|RUS|defense minister|
Sergei Ivanov|Sergueï Ivanov; Sergey Ivanov; Serguéi Ivanov|RUS|defense minister|
Anatoly Serdyukov|Anatoli Serdioukov; Anatoli Serdiukov|RUS|defense minister|
Andrei Belousov|Andreï Belooussov; Andréi Beloúsov; Andrey Belousov|RUS|defense minister|
Nikolai Patrushev|Nikolaï Patrouchev; Nikolái Pátrushev; Nikolay Patrushev|RUS|national security adviser|
Alexander Lebed|Alexandre Lebed; Aleksandr Lebed|RUS|national security adviser|
Yuri Ushakov|Iouri Ouchakov; Yury Ushakov|RUS|national security adviser|
Valery Gerasimov|Valeri Guerassimov; Valeri Guerásimov; Valery Gerassimov|RUS|army chief|
Ramzan Kadyrov|Ramzán Kadírov|RUS|leader|
Gabriele Gatti||SMR|foreign minister|
Fiorenzo Stolfi||SMR|foreign minister|
Fabio Berardi||SMR|foreign minister|
Antonella Mularoni||SMR|foreign minister|
Pasquale Valentini||SMR|foreign minister|
Nicola Renzi||SMR|foreign minister|
Luca Beccari||SMR|foreign minister|
Borisav Jović|Borisav Jovic|YUG|president|
Ante Marković|Ante Markovic|YUG|prime minister|
Budimir Lončar|Budimir Loncar|YUG|foreign minister|
Veljko Kadijević|Veljko Kadijevic|YUG|defense minister|
Dobrica Ćosić|Dobrica Cosic|YUG|president|
Zoran Lilić|Zoran Lilic|YUG|president|
Vojislav Koštunica|Vojislav Kostunica|YUG|president|
Milan Panić|Milan Panic|YUG|prime minister|
Radoje Kontić|Radoje Kontic|YUG|prime minister|
Zoran Žižić|Zoran Zizic|YUG|prime minister|
Dragiša Pešić|Dragisa Pesic|YUG|prime minister|
Vladislav Jovanović|Vladislav Jovanovic|YUG|foreign minister|
Živadin Jovanović|Zivadin Jovanovic|YUG|foreign minister|
Goran Svilanović|Goran Svilanovic|YUG|foreign minister|
Svetozar Marović|Svetozar Marovic|SRB|president|
Vuk Drašković|Vuk Draskovic|SRB|foreign minister|
Milan Milutinović|Milan Milutinovic|SRB|president|
Boris Tadić|Boris Tadic|SRB|president|
Tomislav Nikolić|Tomislav Nikolic|SRB|president|
Dragutin Zelenović|Dragutin Zelenovic|SRB|prime minister|
Radoman Božović|Radoman Bozovic|SRB|prime minister|
Nikola Šainović|Nikola Sainovic|SRB|prime minister|
Mirko Marjanović|Mirko Marjanovic|SRB|prime minister|
Zoran Đinđić|Zoran Djindjic; Zoran Dindic|SRB|prime minister|
Zoran Živković|Zoran Zivkovic|SRB|prime minister|
Mirko Cvetković|Mirko Cvetkovic|SRB|prime minister|
Ivica Dačić|Ivica Dacic|SRB|prime minister|
Ana Brnabić|Ana Brnabic|SRB|prime minister|
Miloš Vučević|Milos Vucevic|SRB|prime minister|
Đuro Macut|Djuro Macut; Duro Macut|SRB|prime minister|
Vuk Jeremić|Vuk Jeremic|SRB|foreign minister|
Ivan Mrkić|Ivan Mrkic|SRB|foreign minister|
Nikola Selaković|Nikola Selakovic|SRB|foreign minister|
Marko Đurić|Marko Djuric|SRB|foreign minister|
Michal Kováč|Michal Kovac|SVK|president|
Rudolf Schuster||SVK|president|
Ivan Gašparovič|Ivan Gasparovic|SVK|president|
Andrej Kiska||SVK|president|
Zuzana Čaputová|Zuzana Caputova|SVK|president|
Peter Pellegrini||SVK|president|
Vladimír Mečiar|Vladimir Meciar|SVK|prime minister|
Ján Čarnogurský|Jan Carnogursky|SVK|prime minister|
Jozef Moravčík|Jozef Moravcik|SVK|prime minister|
Mikuláš Dzurinda|Mikulas Dzurinda|SVK|prime minister|
Robert Fico||SVK|prime minister|
Iveta Radičová|Iveta Radicova|SVK|prime minister|
Igor Matovič|Igor Matovic|SVK|prime minister|
Eduard Heger||SVK|prime minister|
Ľudovít Ódor|Ludovit Odor|SVK|prime minister|
Milan Kňažko|Milan Knazko|SVK|foreign minister|
Eduard Kukan||SVK|foreign minister|
Juraj Schenk||SVK|foreign minister|
Pavol Hamžík|Pavol Hamzik|SVK|foreign minister|
Zdenka Kramplová|Zdenka Kramplova|SVK|foreign minister|
Miroslav Lajčák|Miroslav Lajcak|SVK|foreign minister|
Ivan Korčok|Ivan Korcok|SVK|foreign minister|
Rastislav Káčer|Rastislav Kacer|SVK|foreign minister|
Miroslav Wlachovský|Miroslav Wlachovsky|SVK|foreign minister|
Juraj Blanár|Juraj Blanar|SVK|foreign minister|
Milan Kučan|Milan Kucan|SVN|president|
Janez Drnovšek|Janez Drnovsek|SVN|president|
Danilo Türk|Danilo Turk|SVN|president|
Borut Pahor||SVN|president|
Nataša Pirc Musar|Natasa Pirc Musar|SVN|president|
Lojze Peterle||SVN|prime minister|
Andrej Bajuk||SVN|prime minister|
Anton Rop||SVN|prime minister|
Janez Janša|Janez Jansa|SVN|prime minister|
Alenka Bratušek|Alenka Bratusek|SVN|prime minister|
Miro Cerar||SVN|prime minister|
Marjan Šarec|Marjan Sarec|SVN|prime minister|
Robert Golob||SVN|prime minister|
Dimitrij Rupel||SVN|foreign minister|
Zoran Thaler||SVN|foreign minister|
Boris Frlec||SVN|foreign minister|
Ivo Vajgl||SVN|foreign minister|
Samuel Žbogar|Samuel Zbogar|SVN|foreign minister|
Karl Erjavec||SVN|foreign minister|
Anže Logar|Anze Logar|SVN|foreign minister|
Tanja Fajon||SVN|foreign minister|
Francisco Fernández Ordóñez|Francisco Fernandez Ordonez|ESP|foreign minister|
Carlos Westendorp||ESP|foreign minister|
Abel Matutes||ESP|foreign minister|
Josep Piqué|Josep Pique|ESP|foreign minister|
Ana Palacio||ESP|foreign minister|
Miguel Ángel Moratinos|Miguel Angel Moratinos|ESP|foreign minister|
Trinidad Jiménez|Trinidad Jimenez|ESP|foreign minister|
José Manuel García-Margallo|Jose Manuel Garcia-Margallo; José Manuel García Margallo|ESP|foreign minister|
Alfonso Dastis||ESP|foreign minister|
Arancha González Laya|Arancha Gonzalez Laya|ESP|foreign minister|
Narcís Serra|Narcis Serra|ESP|defense minister|
Julián García Vargas|Julian Garcia Vargas|ESP|defense minister|
Gustavo Suárez Pertierra|Gustavo Suarez Pertierra|ESP|defense minister|
Eduardo Serra||ESP|defense minister|
Federico Trillo||ESP|defense minister|
José Bono|Jose Bono|ESP|defense minister|
José Antonio Alonso|Jose Antonio Alonso|ESP|defense minister|
Carme Chacón|Carme Chacon|ESP|defense minister|
Pedro Morenés|Pedro Morenes|ESP|defense minister|
María Dolores de Cospedal|Maria Dolores de Cospedal; Dolores de Cospedal|ESP|defense minister|
Margarita Robles||ESP|defense minister|
Carles Puigdemont||ESP|leader|
Carl XVI Gustaf|King Carl XVI Gustaf; King Carl Gustaf; roi Carl XVI Gustaf; rey Carlos XVI Gustavo|SWE|king|
Ingvar Carlsson||SWE|prime minister|
Carl Bildt||SWE|prime minister|
Göran Persson|Goran Persson|SWE|prime minister|
Fredrik Reinfeldt||SWE|prime minister|
Stefan Löfven|Stefan Lofven|SWE|prime minister|
Magdalena Andersson||SWE|prime minister|
Ulf Kristersson||SWE|prime minister|
Sten Andersson||SWE|foreign minister|
Margaretha af Ugglas||SWE|foreign minister|
Lena Hjelm-Wallén|Lena Hjelm-Wallen|SWE|foreign minister|
Anna Lindh||SWE|foreign minister|
Laila Freivalds||SWE|foreign minister|
Jan Eliasson||SWE|foreign minister|
Margot Wallström|Margot Wallstrom|SWE|foreign minister|
Ann Linde||SWE|foreign minister|
Tobias Billström|Tobias Billstrom|SWE|foreign minister|
Maria Malmer Stenergard||SWE|foreign minister|
Arnold Koller||CHE|president|
Flavio Cotti||CHE|foreign minister|
René Felber|Rene Felber|CHE|foreign minister|
Adolf Ogi||CHE|president|
Otto Stich||CHE|president|
Kaspar Villiger||CHE|president|
Jean-Pascal Delamuraz||CHE|president|
Ruth Dreifuss||CHE|president|
Moritz Leuenberger||CHE|president|
Pascal Couchepin||CHE|president|
Joseph Deiss||CHE|president|
Samuel Schmid||CHE|president|
Micheline Calmy-Rey|Micheline Calmy Rey|CHE|foreign minister|
Hans-Rudolf Merz||CHE|president|
Doris Leuthard||CHE|president|
Eveline Widmer-Schlumpf||CHE|president|
Ueli Maurer||CHE|president|
Didier Burkhalter||CHE|foreign minister|
Simonetta Sommaruga||CHE|president|
Johann Schneider-Ammann||CHE|president|
Alain Berset||CHE|president|
Guy Parmelin||CHE|president|
Ignazio Cassis||CHE|foreign minister|
Viola Amherd||CHE|president|
Karin Keller-Sutter||CHE|president|
Turgut Özal|Turgut Ozal|TUR|president|
Süleyman Demirel|Suleyman Demirel|TUR|president|
Ahmet Necdet Sezer|Necdet Sezer|TUR|president|
Abdullah Gül|Abdullah Gul|TUR|president|
Yıldırım Akbulut|Yildirim Akbulut|TUR|prime minister|
Mesut Yılmaz|Mesut Yilmaz|TUR|prime minister|
Tansu Çiller|Tansu Ciller|TUR|prime minister|
Necmettin Erbakan||TUR|prime minister|
Bülent Ecevit|Bulent Ecevit|TUR|prime minister|
Binali Yıldırım|Binali Yildirim|TUR|prime minister|
Fuat Oktay||TUR|vice president|
Cevdet Yılmaz|Cevdet Yilmaz|TUR|vice president|
Ali Bozer||TUR|foreign minister|
Ahmet Kurtcebe Alptemoçin|Ahmet Kurtcebe Alptemocin|TUR|foreign minister|
Hikmet Çetin|Hikmet Cetin|TUR|foreign minister|
Mümtaz Soysal|Mumtaz Soysal|TUR|foreign minister|
Murat Karayalçın|Murat Karayalcin|TUR|foreign minister|
Erdal İnönü|Erdal Inonu|TUR|foreign minister|
Emre Gönensay|Emre Gonensay|TUR|foreign minister|
İsmail Cem|Ismail Cem|TUR|foreign minister|
Şükrü Sina Gürel|Sukru Sina Gurel|TUR|foreign minister|
Yaşar Yakış|Yasar Yakis|TUR|foreign minister|
Ali Babacan||TUR|foreign minister|
Nevzat Ayaz||TUR|defense minister|
Mehmet Gölhan|Mehmet Golhan|TUR|defense minister|
Turhan Tayan||TUR|defense minister|
İsmet Sezgin|Ismet Sezgin|TUR|defense minister|
Sabahattin Çakmakoğlu|Sabahattin Cakmakoglu|TUR|defense minister|
Vecdi Gönül|Vecdi Gonul|TUR|defense minister|
İsmet Yılmaz|Ismet Yilmaz|TUR|defense minister|
Fikri Işık|Fikri Isik|TUR|defense minister|
Nurettin Canikli||TUR|defense minister|
Hulusi Akar||TUR|defense minister|
Yaşar Güler|Yasar Guler|TUR|defense minister|
Oleksandr Turchynov|Oleksandr Tourtchynov; Olexandr Turchynov; Oleksandr Turchinov|UKR|president|
Vitold Fokin|Vitold Fokine|UKR|prime minister|
Yukhym Zvyahilsky||UKR|prime minister|
Vitaliy Masol||UKR|prime minister|
Yevhen Marchuk|Ievhen Martchouk; Yevgeny Marchuk|UKR|prime minister|
Pavlo Lazarenko||UKR|prime minister|
Valeriy Pustovoitenko||UKR|prime minister|
Anatoliy Kinakh||UKR|prime minister|
Yulia Tymoshenko|Ioulia Timochenko; Yulia Timoshenko; Julia Timoschenko|UKR|prime minister|
Yuriy Yekhanurov|Yuri Yekhanurov|UKR|prime minister|
Mykola Azarov|Nikolaï Azarov; Nikolai Azarov|UKR|prime minister|
Arseniy Yatsenyuk|Arseni Iatseniouk; Arseni Yatseniuk; Arseniy Yatseniuk|UKR|prime minister|
Volodymyr Groysman|Volodymyr Hroïsman; Volodímir Groisman; Volodymyr Hroysman|UKR|prime minister|
Oleksiy Honcharuk|Oleksiï Hontcharouk; Oleksii Honcharuk|UKR|prime minister|
Denys Shmyhal|Denys Chmyhal; Denís Shmigal; Denys Shmygal|UKR|prime minister|
Yulia Svyrydenko|Ioulia Svyrydenko; Yulia Sviridenko|UKR|prime minister|
Anatoliy Zlenko||UKR|foreign minister|
Hennadiy Udovenko||UKR|foreign minister|
Borys Tarasyuk|Boris Tarasyuk; Borys Tarassiouk|UKR|foreign minister|
Kostiantyn Gryshchenko|Kostyantyn Hryshchenko; Konstantin Grishchenko|UKR|foreign minister|
Volodymyr Ohryzko||UKR|foreign minister|
Leonid Kozhara||UKR|foreign minister|
Andrii Deshchytsia|Andriy Deshchytsia|UKR|foreign minister|
Pavlo Klimkin|Pavlo Klimkine|UKR|foreign minister|
Vadym Prystaiko|Vadym Prystaïko|UKR|foreign minister|
Kostiantyn Morozov|Kostyantyn Morozov|UKR|defense minister|
Vitaliy Radetsky||UKR|defense minister|
Valeriy Shmarov||UKR|defense minister|
Oleksandr Kuzmuk||UKR|defense minister|
Volodymyr Shkidchenko||UKR|defense minister|
Anatoliy Hrytsenko|Anatoliy Gritsenko|UKR|defense minister|
Mykhailo Yezhel||UKR|defense minister|
Dmytro Salamatin||UKR|defense minister|
Pavlo Lebedyev|Pavlo Lebedev|UKR|defense minister|
Valeriy Heletey||UKR|defense minister|
Stepan Poltorak||UKR|defense minister|
Andriy Zahorodniuk||UKR|defense minister|
Andriy Taran||UKR|defense minister|
Oleksii Reznikov|Oleksiï Reznikov; Oleksiy Reznikov; Oleksii Réznikov|UKR|defense minister|
Rustem Umerov|Roustem Oumerov; Rustem Umérov|UKR|defense minister|
Oleksiy Danilov|Oleksiï Danilov; Oleksii Danilov|UKR|national security adviser|
Oleksandr Lytvynenko||UKR|national security adviser|
Valerii Zaluzhnyi|Valeri Zaloujny; Valeri Zaluzhni; Valerii Zaluzhny; Valery Zaluzhny|UKR|army chief|
Oleksandr Syrskyi|Oleksandr Syrsky; Oleksandr Sirski|UKR|army chief|
Margaret Thatcher||GBR|prime minister|
Douglas Hurd||GBR|foreign minister|
Malcolm Rifkind||GBR|foreign minister|
Margaret Beckett||GBR|foreign minister|
Philip Hammond||GBR|foreign minister|
Jeremy Hunt||GBR|foreign minister|
Dominic Raab||GBR|foreign minister|
Tom King||GBR|defense minister|
Michael Portillo||GBR|defense minister|
Geoff Hoon||GBR|defense minister|
John Reid||GBR|defense minister|
Des Browne||GBR|defense minister|
John Hutton||GBR|defense minister|
Bob Ainsworth||GBR|defense minister|
Liam Fox||GBR|defense minister|
Michael Fallon||GBR|defense minister|
Gavin Williamson||GBR|defense minister|
Penny Mordaunt||GBR|defense minister|
Ben Wallace||GBR|defense minister|
Grant Shapps||GBR|defense minister|
John Healey||GBR|defense minister|
Jonathan Powell||GBR|national security adviser|
Peter Ricketts||GBR|national security adviser|
Kim Darroch||GBR|national security adviser|
Mark Sedwill||GBR|national security adviser|
Stephen Lovegrove||GBR|national security adviser|
Tim Barrow||GBR|national security adviser|
Javier Pérez de Cuéllar|Javier Perez de Cuellar; Pérez de Cuéllar|UN|secretary-general|
Jacques Delors||EU|president|
Jacques Santer||EU|president|
Manuel Marín|Manuel Marin|EU|president|
José Manuel Barroso|José Manuel Durão Barroso; Durão Barroso; Jose Manuel Barroso; Jose Manuel Durao Barroso|EU|president|
Jean-Claude Juncker||EU|president|
Herman Van Rompuy||EU|president|
Charles Michel||EU|president|
António Costa|Antonio Costa|EU|president|
Javier Solana||EU|high representative|
Catherine Ashton|Cathy Ashton; Lady Ashton|EU|high representative|
Federica Mogherini||EU|high representative|
Enrique Barón Crespo|Enrique Baron Crespo|EU|president|
Egon Klepsch||EU|president|
Klaus Hänsch|Klaus Haensch; Klaus Hansch|EU|president|
José María Gil-Robles|Jose Maria Gil-Robles|EU|president|
Nicole Fontaine||EU|president|
Pat Cox||EU|president|
Hans-Gert Pöttering|Hans-Gert Poettering; Hans-Gert Pottering|EU|president|
Martin Schulz||EU|president|
David Sassoli||EU|president|
Roberta Metsola||EU|president|
Wim Duisenberg||EU|president|
Jean-Claude Trichet||EU|president|
Christine Lagarde||EU|president|
Manfred Wörner|Manfred Woerner; Manfred Worner|NATO|secretary-general|
Willy Claes||NATO|secretary-general|
George Robertson|Lord Robertson|NATO|secretary-general|
Jaap de Hoop Scheffer||NATO|secretary-general|
Anders Fogh Rasmussen||NATO|secretary-general|
Salim Ahmed Salim||AU|secretary-general|
Amara Essy||AU|chair|
Alpha Oumar Konaré|Alpha Oumar Konare|AU|chair|
Jean Ping||AU|chair|
Nkosazana Dlamini-Zuma|Nkosazana Dlamini Zuma|AU|chair|
Moussa Faki Mahamat|Moussa Faki|AU|chair|
Mahmoud Ali Youssouf||AU|chair|
João Clemente Baena Soares|Joao Clemente Baena Soares; João Baena Soares|OAS|secretary-general|
César Gaviria|Cesar Gaviria|OAS|secretary-general|
Luigi Einaudi||OAS|secretary-general|
José Miguel Insulza|Jose Miguel Insulza|OAS|secretary-general|
Luis Almagro||OAS|secretary-general|
Albert Ramdin||OAS|secretary-general|
Rusli Noor||ASEAN|secretary-general|
Rodolfo Severino|Rodolfo Severino Jr.|ASEAN|secretary-general|
Ong Keng Yong||ASEAN|secretary-general|
Surin Pitsuwan||ASEAN|secretary-general|
Le Luong Minh|Lê Lương Minh|ASEAN|secretary-general|
Lim Jock Hoi||ASEAN|secretary-general|
Kao Kim Hourn||ASEAN|secretary-general|
Abass Bundu||ECOWAS|secretary-general|
Édouard Benjamin|Edouard Benjamin|ECOWAS|secretary-general|
Lansana Kouyaté|Lansana Kouyate|ECOWAS|secretary-general|
Mohamed Ibn Chambas|Mohammed Ibn Chambas|ECOWAS|president|
Victor Gbeho||ECOWAS|president|
Kadré Désiré Ouédraogo|Kadre Desire Ouedraogo|ECOWAS|president|
Marcel de Souza|Marcel Alain de Souza|ECOWAS|president|
Jean-Claude Brou|Jean-Claude Kassi Brou|ECOWAS|president|
Omar Touray|Omar Alieu Touray|ECOWAS|president|
Wilhelm Höynck|Wilhelm Hoynck; Wilhelm Hoeynck|OSCE|secretary-general|
Giancarlo Aragona||OSCE|secretary-general|
Ján Kubiš|Jan Kubis|OSCE|secretary-general|
Marc Perrin de Brichambaut||OSCE|secretary-general|
Lamberto Zannier||OSCE|secretary-general|
Thomas Greminger||OSCE|secretary-general|
Helga Schmid|Helga Maria Schmid|OSCE|secretary-general|
Feridun Sinirlioğlu|Feridun Sinirlioglu|OSCE|secretary-general|
Hiroshi Nakajima||WHO|director-general|
Lee Jong-wook|Lee Jong Wook|WHO|director-general|
Margaret Chan||WHO|director-general|
Hans Blix||IAEA|director-general|
Mohamed ElBaradei|Mohamed el-Baradei; Mohamed El Baradei; Mohamed el-Baradeï|IAEA|director-general|
Yukiya Amano||IAEA|director-general|
Michel Camdessus||IMF|director-general|
Rodrigo Rato||IMF|director-general|
Dominique Strauss-Kahn|DSK|IMF|director-general|
Peter Sutherland||WTO|director-general|
Renato Ruggiero||WTO|director-general|
Mike Moore||WTO|director-general|
Supachai Panitchpakdi||WTO|director-general|
Pascal Lamy||WTO|director-general|
Roberto Azevêdo|Roberto Azevedo|WTO|director-general|
Ngozi Okonjo-Iweala|Ngozi Okonjo Iweala|WTO|director-general|
Philippe Kirsch||ICC|president|
Sang-Hyun Song|Song Sang-hyun|ICC|president|
Silvia Fernández de Gurmendi|Silvia Fernandez de Gurmendi|ICC|president|
Chile Eboe-Osuji||ICC|president|
Piotr Hofmański|Piotr Hofmanski|ICC|president|
Tomoko Akane||ICC|president|
Subroto||OPEC|secretary-general|
Rilwanu Lukman||OPEC|secretary-general|
Alí Rodríguez Araque|Ali Rodriguez Araque|OPEC|secretary-general|
Álvaro Silva Calderón|Alvaro Silva Calderon|OPEC|secretary-general|
Abdalla Salem El-Badri|Abdalla El-Badri|OPEC|secretary-general|
Mohammed Barkindo|Mohammed Sanusi Barkindo|OPEC|secretary-general|
Haitham al-Ghais|Haitham Al Ghais|OPEC|secretary-general|
Abdullah Bishara||GCC|secretary-general|
Fahim bin Sultan Al Qasimi||GCC|secretary-general|
Jamil Ibrahim Hejailan|Jamil al-Hujailan|GCC|secretary-general|
Abdul Rahman bin Hamad Al Attiyah|Abdulrahman Al Attiyah|GCC|secretary-general|
Abdullatif bin Rashid Al Zayani|Abdullatif al-Zayani; Abdullatif Al Zayani|BHR|foreign minister|
Nayef Falah Mubarak Al-Hajraf|Nayef al-Hajraf; Nayef Al Hajraf|GCC|secretary-general|
Jasem Mohamed Albudaiwi|Jasem al-Budaiwi; Jassim Albudaiwi|GCC|secretary-general|
Chedli Klibi|Chadli Klibi|arab-league|secretary-general|
Esmat Abdel Meguid|Ismat Abdel Meguid; Esmat Abdel-Meguid|arab-league|secretary-general|
Amr Moussa|Amr Mussa|arab-league|secretary-general|
Nabil Elaraby|Nabil al-Arabi; Nabil el-Araby|arab-league|secretary-general|
Ahmed Aboul Gheit|Ahmed Aboul-Gheit; Ahmed Abul Gheit|arab-league|secretary-general|
José Manuel Barroso|José Manuel Durão Barroso; Durão Barroso; Jose Manuel Barroso; Jose Manuel Durao Barroso|PRT|prime minister|
Javier Solana||ESP|foreign minister|
Federica Mogherini||ITA|foreign minister|
"""
}
