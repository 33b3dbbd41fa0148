extension OfficeHolderLexicon {
    /// `full name | aliases | affiliation | role |`
    static let africa = """
Chadli Bendjedid|Chadli Benjedid|DZA|president|
Mohamed Boudiaf|Mohammed Boudiaf|DZA|head of state|
Ali Kafi||DZA|head of state|
Liamine Zéroual|Liamine Zeroual|DZA|president|
Abdelkader Bensalah||DZA|president|
Mouloud Hamrouche||DZA|prime minister|
Sid Ahmed Ghozali||DZA|prime minister|
Belaid Abdessalam|Belaïd Abdesselam; Belaid Abdesselam|DZA|prime minister|
Redha Malek|Rédha Malek|DZA|prime minister|
Mokdad Sifi||DZA|prime minister|
Ahmed Ouyahia|Ahmed Uyahia|DZA|prime minister|
Smail Hamdani|Smaïl Hamdani|DZA|prime minister|
Ahmed Benbitour||DZA|prime minister|
Ali Benflis||DZA|prime minister|
Abdelaziz Belkhadem||DZA|prime minister|
Abdelmalek Sellal||DZA|prime minister|
Youcef Yousfi||DZA|prime minister|
Noureddine Bedoui|Nour-Eddine Bedoui|DZA|prime minister|
Abdelaziz Djerad||DZA|prime minister|
Aymen Benabderrahmane|Ayman Benabderrahmane|DZA|prime minister|
Nadir Larbaoui||DZA|prime minister|
Sifi Ghrieb||DZA|prime minister|
Lakhdar Brahimi|Lajdar Brahimi|DZA|foreign minister|
Mohamed Salah Dembri||DZA|foreign minister|
Ahmed Attaf||DZA|foreign minister|
Mohamed Bedjaoui||DZA|foreign minister|
Mourad Medelci||DZA|foreign minister|
Ramtane Lamamra||DZA|foreign minister|
Abdelkader Messahel||DZA|foreign minister|
Sabri Boukadoum||DZA|foreign minister|
Khaled Nezzar||DZA|defense minister|
Mohamed Lamari||DZA|army chief|
Ahmed Gaid Salah|Ahmed Gaïd Salah; Gaïd Salah; Gaid Salah|DZA|army chief|
Saïd Chengriha|Saïd Chanegriha; Said Chanegriha; Said Chengriha|DZA|army chief|
José Eduardo dos Santos|Eduardo dos Santos; Jose Eduardo dos Santos|AGO|president|
João Lourenço|João Manuel Gonçalves Lourenço; Joao Lourenco; Joao Manuel Goncalves Lourenco|AGO|president|
Fernando da Piedade Dias dos Santos|Fernando Dias dos Santos|AGO|prime minister|
Manuel Vicente|Manuel Domingos Vicente|AGO|vice president|
Bornito de Sousa||AGO|vice president|
Esperança da Costa|Esperanca da Costa|AGO|vice president|
Fernando José de França Dias Van-Dúnem|França Van-Dúnem; Fernando Van-Dúnem; Fernando Jose de Franca Dias Van-Dunem; Franca Van-Dunem; Fernando Van-Dunem|AGO|prime minister|
Marcolino Moco||AGO|prime minister|
António Paulo Kassoma|Paulo Kassoma; Antonio Paulo Kassoma|AGO|prime minister|
Pedro de Castro Van-Dúnem|Pedro de Castro Van-Dunem|AGO|foreign minister|
Venâncio da Silva Moura|Venâncio de Moura; Venancio da Silva Moura; Venancio de Moura|AGO|foreign minister|
João Bernardo de Miranda|Joao Bernardo de Miranda|AGO|foreign minister|
Assunção dos Anjos|Assuncao dos Anjos|AGO|foreign minister|
Georges Rebelo Chikoti|Georges Chikoti|AGO|foreign minister|
Manuel Domingos Augusto||AGO|foreign minister|
Téte António|Tete Antonio|AGO|foreign minister|
Kundi Paihama||AGO|defense minister|
Cândido Pereira dos Santos Van-Dúnem|Cândido Van-Dúnem; Candido Pereira dos Santos Van-Dunem; Candido Van-Dunem|AGO|defense minister|
Salviano de Jesus Sequeira|Salviano Sequeira|AGO|defense minister|
João Ernesto dos Santos|Joao Ernesto dos Santos|AGO|defense minister|
Mathieu Kérékou|Mathieu Kerekou|BEN|president|
Nicéphore Soglo|Nicephore Soglo|BEN|president|
Boni Yayi|Thomas Boni Yayi|BEN|president|
Patrice Talon||BEN|president|
Adrien Houngbédji|Adrien Houngbedji|BEN|prime minister|
Pascal Koupaki|Pascal Irénée Koupaki; Pascal Irenee Koupaki|BEN|prime minister|
Lionel Zinsou||BEN|prime minister|
Mariam Chabi Talata||BEN|vice president|
Théodore Holo|Theodore Holo|BEN|foreign minister|
Antoine Idji Kolawolé|Antoine Idji Kolawole|BEN|foreign minister|
Rogatien Biaou||BEN|foreign minister|
Mariam Aladji Boni Diallo||BEN|foreign minister|
Moussa Okanla||BEN|foreign minister|
Jean-Marie Ehouzou||BEN|foreign minister|
Nassirou Bako Arifari|Nassirou Arifari Bako|BEN|foreign minister|
Saliou Akadiri||BEN|foreign minister|
Aurélien Agbénonci|Aurelien Agbenonci|BEN|foreign minister|
Olushegun Adjadi Bakari|Shegun Adjadi Bakari; Shegun Bakari|BEN|foreign minister|
Quett Masire|Ketumile Masire; Quett Ketumile Masire|BWA|president|
Festus Mogae||BWA|president|
Ian Khama|Seretse Khama Ian Khama|BWA|president|
Mokgweetsi Masisi|Mokgweetsi Eric Masisi|BWA|president|
Duma Boko|Duma Gideon Boko|BWA|president|
Peter Mmusi||BWA|vice president|
Mompati Merafhe||BWA|vice president|
Ponatshego Kedikilwe||BWA|vice president|
Slumber Tsogwane||BWA|vice president|
Ndaba Gaolathe||BWA|vice president|
Gaositwe Chiepe||BWA|foreign minister|
Phandu Skelemani||BWA|foreign minister|
Pelonomi Venson-Moitoi|Pelonomi Venson Moitoi|BWA|foreign minister|
Unity Dow||BWA|foreign minister|
Lemogang Kwape||BWA|foreign minister|
Phenyo Butale||BWA|foreign minister|
Blaise Compaoré|Blaise Compaore|BFA|president|
Honoré Traoré|Honoré Nabéré Traoré; Honore Traore; Honore Nabere Traore|BFA|army chief|
Yacouba Isaac Zida|Isaac Zida|BFA|prime minister|
Michel Kafando||BFA|president|
Gilbert Diendéré|Gilbert Diendere|BFA|head of state|
Roch Marc Christian Kaboré|Roch Kaboré; Roch Marc Christian Kabore; Roch Kabore|BFA|president|
Paul-Henri Sandaogo Damiba|Paul-Henri Damiba|BFA|president|
Ibrahim Traoré|Ibrahim Traore|BFA|president|
Youssouf Ouédraogo|Youssouf Ouedraogo|BFA|prime minister|
Kadré Désiré Ouédraogo|Kadre Desire Ouedraogo|BFA|prime minister|
Paramanga Ernest Yonli|Ernest Paramanga Yonli|BFA|prime minister|
Tertius Zongo||BFA|prime minister|
Luc-Adolphe Tiao|Luc Adolphe Tiao|BFA|prime minister|
Paul Kaba Thiéba|Paul Kaba Thieba|BFA|prime minister|
Christophe Dabiré|Christophe Joseph Marie Dabiré; Christophe Dabire; Christophe Joseph Marie Dabire|BFA|prime minister|
Lassina Zerbo||BFA|prime minister|
Albert Ouédraogo|Albert Ouedraogo|BFA|prime minister|
Apollinaire Joachimson Kyélem de Tambèla|Apollinaire Kyélem de Tambèla; Apollinaire Joachimson Kyelem de Tambela; Apollinaire Kyelem de Tambela|BFA|prime minister|
Jean Emmanuel Ouédraogo|Rimtalba Jean Emmanuel Ouédraogo; Jean Emmanuel Ouedraogo; Rimtalba Jean Emmanuel Ouedraogo|BFA|prime minister|
Ablassé Ouédraogo|Ablasse Ouedraogo|BFA|foreign minister|
Djibrill Bassolé|Djibril Bassolé; Djibrill Yipènè Bassolé; Djibrill Bassole; Djibril Bassole; Djibrill Yipene Bassole|BFA|foreign minister|
Alain Bédouma Yoda|Alain Yoda; Alain Bedouma Yoda|BFA|foreign minister|
Alpha Barry||BFA|foreign minister|
Rosine Coulibaly|Rosine Sori-Coulibaly|BFA|foreign minister|
Olivia Rouamba|Olivia Ragnaghnewendé Rouamba; Olivia Ragnaghnewende Rouamba|BFA|foreign minister|
Karamoko Jean-Marie Traoré|Jean-Marie Traoré; Karamoko Jean-Marie Traore; Jean-Marie Traore|BFA|foreign minister|
Yéro Boly|Yero Boly|BFA|defense minister|
Jean-Claude Bouda||BFA|defense minister|
Chérif Sy|Moumina Chériff Sy; Cherif Sy; Moumina Cheriff Sy|BFA|defense minister|
Aimé Barthélemy Simporé|Barthélemy Simporé; Aime Barthelemy Simpore; Barthelemy Simpore|BFA|defense minister|
Kassoum Coulibaly||BFA|defense minister|
Célestin Simporé|Celestin Simpore|BFA|defense minister|
Pierre Buyoya||BDI|president|
Melchior Ndadaye||BDI|president|
Cyprien Ntaryamira||BDI|president|
Sylvestre Ntibantunganya||BDI|president|
Domitien Ndayizeye||BDI|president|
Pierre Nkurunziza||BDI|president|
Évariste Ndayishimiye|Evariste Ndayishimiye|BDI|president|
Adrien Sibomana||BDI|prime minister|
Sylvie Kinigi||BDI|prime minister|
Anatole Kanyenkiko||BDI|prime minister|
Antoine Nduwayo||BDI|prime minister|
Pascal-Firmin Ndimira|Pascal Firmin Ndimira|BDI|prime minister|
Alain-Guillaume Bunyoni|Alain Guillaume Bunyoni|BDI|prime minister|
Gervais Ndirakobuca||BDI|prime minister|
Alphonse-Marie Kadege||BDI|vice president|
Gervais Rufyikiri||BDI|vice president|
Gaston Sindimwo||BDI|vice president|
Prosper Bazombanza||BDI|vice president|
Severin Ntahomvukiye|Séverin Ntahomvukiye|BDI|foreign minister|
Antoinette Batumubwira||BDI|foreign minister|
Augustin Nsanze||BDI|foreign minister|
Laurent Kavakure||BDI|foreign minister|
Alain Aimé Nyamitwe|Alain Aime Nyamitwe|BDI|foreign minister|
Ezéchiel Nibigira|Ezechiel Nibigira|BDI|foreign minister|
Albert Shingiro||BDI|foreign minister|
Aristides Pereira||CPV|president|
António Mascarenhas Monteiro|Mascarenhas Monteiro; Antonio Mascarenhas Monteiro|CPV|president|
Pedro Pires|Pedro Verona Rodrigues Pires|CPV|president|
Jorge Carlos Fonseca||CPV|president|
José Maria Neves|Jose Maria Neves|CPV|president|
Carlos Veiga||CPV|prime minister|
Gualberto do Rosário|Gualberto do Rosario|CPV|prime minister|
Ulisses Correia e Silva||CPV|prime minister|
José Brito|Jose Brito|CPV|foreign minister|
Jorge Borges||CPV|foreign minister|
Jorge Tolentino||CPV|foreign minister|
Luís Filipe Tavares|Luis Filipe Tavares|CPV|foreign minister|
Rui Figueiredo Soares||CPV|foreign minister|
Paul Biya||CMR|president|
Sadou Hayatou||CMR|prime minister|
Simon Achidi Achu||CMR|prime minister|
Peter Mafany Musonge||CMR|prime minister|
Ephraïm Inoni|Ephraim Inoni|CMR|prime minister|
Philémon Yang|Philemon Yang|CMR|prime minister|
Joseph Dion Ngute||CMR|prime minister|
Jacques-Roger Booh-Booh|Jacques-Roger Booh Booh|CMR|foreign minister|
Ferdinand Oyono|Ferdinand Léopold Oyono; Ferdinand Leopold Oyono|CMR|foreign minister|
Augustin Kontchou Kouomegni||CMR|foreign minister|
François-Xavier Ngoubeyou|Francois-Xavier Ngoubeyou|CMR|foreign minister|
Laurent Esso||CMR|foreign minister|
Jean-Marie Atangana Mebara||CMR|foreign minister|
Henri Eyebe Ayissi||CMR|foreign minister|
Pierre Moukoko Mbonjo||CMR|foreign minister|
Lejeune Mbella Mbella||CMR|foreign minister|
Rémy Ze Meka|Remy Ze Meka|CMR|defense minister|
Edgar Alain Mebe Ngo'o|Alain Mebe Ngo'o|CMR|defense minister|
Joseph Beti Assomo||CMR|defense minister|
André Kolingba|Andre Kolingba|CAF|president|
Ange-Félix Patassé|Ange Félix Patassé; Ange-Felix Patasse; Ange Felix Patasse|CAF|president|
François Bozizé|Francois Bozize|CAF|president|
Michel Djotodia|Michel Am-Nondokro Djotodia|CAF|president|
Alexandre-Ferdinand Nguendet|Alexandre Ferdinand Nguendet|CAF|president|
Catherine Samba-Panza|Catherine Samba Panza|CAF|president|
Faustin-Archange Touadéra|Faustin Archange Touadéra; Faustin-Archange Touadera; Faustin Archange Touadera|CAF|president|
Édouard Frank|Edouard Frank|CAF|prime minister|
Timothée Malendoma|Timothee Malendoma|CAF|prime minister|
Enoch Derant Lakoué|Enoch Derant Lakoue|CAF|prime minister|
Jean-Luc Mandaba||CAF|prime minister|
Gabriel Koyambounou||CAF|prime minister|
Jean-Paul Ngoupandé|Jean-Paul Ngoupande|CAF|prime minister|
Michel Gbezera-Bria||CAF|prime minister|
Anicet-Georges Dologuélé|Anicet Georges Dologuélé; Anicet-Georges Dologuele; Anicet Georges Dologuele|CAF|prime minister|
Martin Ziguélé|Martin Ziguele|CAF|prime minister|
Abel Goumba||CAF|prime minister|
Célestin Gaombalet|Célestin Leroy Gaombalet; Celestin Gaombalet; Celestin Leroy Gaombalet|CAF|prime minister|
Élie Doté|Elie Dote|CAF|prime minister|
Nicolas Tiangaye||CAF|prime minister|
André Nzapayeké|Andre Nzapayeke|CAF|prime minister|
Mahamat Kamoun||CAF|prime minister|
Simplice Sarandji|Simplice Mathieu Sarandji|CAF|prime minister|
Firmin Ngrébada|Firmin Ngrebada|CAF|prime minister|
Henri-Marie Dondra||CAF|prime minister|
Félix Moloua|Felix Moloua|CAF|prime minister|
Antoine Gambi||CAF|foreign minister|
Charles Armel Doubane|Charles-Armel Doubane|CAF|foreign minister|
Sylvie Baïpo-Temon|Sylvie Baïpo Temon; Sylvie Baipo-Temon; Sylvie Baipo Temon|CAF|foreign minister|
Hissène Habré|Hissein Habré; Hissène Habre; Hissene Habre; Hissein Habre|TCD|president|
Idriss Déby|Idriss Déby Itno; Idriss Deby; Idriss Deby Itno|TCD|president|
Mahamat Idriss Déby|Mahamat Idriss Déby Itno; Mahamat Déby; Mahamat Idriss Deby; Mahamat Idriss Deby Itno; Mahamat Deby|TCD|president|
Jean Alingué Bawoyeu|Jean Alingue Bawoyeu|TCD|prime minister|
Joseph Yodoyman||TCD|prime minister|
Fidèle Moungar|Fidele Moungar|TCD|prime minister|
Delwa Kassiré Koumakoye|Kassiré Koumakoye; Delwa Kassire Koumakoye; Kassire Koumakoye|TCD|prime minister|
Djimasta Koibla||TCD|prime minister|
Nassour Guelendouksia Ouaido||TCD|prime minister|
Nagoum Yamassoum||TCD|prime minister|
Haroun Kabadi||TCD|prime minister|
Moussa Faki|Moussa Faki Mahamat|TCD|prime minister|
Pascal Yoadimnadji||TCD|prime minister|
Youssouf Saleh Abbas||TCD|prime minister|
Emmanuel Nadingar||TCD|prime minister|
Djimrangar Dadnadji||TCD|prime minister|
Kalzeubet Pahimi Deubet||TCD|prime minister|
Albert Pahimi Padacké|Albert Pahimi Padacke|TCD|prime minister|
Saleh Kebzabo||TCD|prime minister|
Succès Masra|Succes Masra|TCD|prime minister|
Allamaye Halina||TCD|prime minister|
Mahamat Saleh Annadif||TCD|foreign minister|
Ahmad Allam-Mi|Ahmad Allami|TCD|foreign minister|
Hissein Brahim Taha||TCD|foreign minister|
Chérif Mahamat Zene|Mahamat Zene Cherif; Cherif Mahamat Zene|TCD|foreign minister|
Amine Abba Sidick||TCD|foreign minister|
Abderaman Koulamallah||TCD|foreign minister|
Said Mohamed Djohar|Saïd Mohamed Djohar|COM|president|
Caabi El-Yachroutu Mohamed|Caabi El Yachroutu|COM|president|
Mohamed Taki Abdoulkarim||COM|president|
Tadjidine Ben Said Massounde||COM|president|
Azali Assoumani||COM|president|
Hamada Madi|Hamada Madi Boléro; Hamada Madi Bolero|COM|prime minister|
Ahmed Abdallah Sambi|Ahmed Abdallah Mohamed Sambi|COM|president|
Ikililou Dhoinine||COM|president|
Mohamed El-Amine Souef|Souef Mohamed El-Amine|COM|foreign minister|
Dhoihir Dhoulkamal||COM|foreign minister|
Mobutu Sese Seko|Mobutu Sésé Seko; Joseph-Désiré Mobutu; Joseph-Desire Mobutu|COD|president|
Laurent-Désiré Kabila|Laurent Kabila; Laurent Désiré Kabila; Laurent-Desire Kabila; Laurent Desire Kabila|COD|president|
Joseph Kabila|Joseph Kabila Kabange|COD|president|
Félix Tshisekedi|Félix Antoine Tshisekedi; Félix Tshilombo Tshisekedi; Felix Tshisekedi; Felix Antoine Tshisekedi; Felix Tshilombo Tshisekedi|COD|president|
Lunda Bululu||COD|prime minister|
Mulumba Lukoji||COD|prime minister|
Étienne Tshisekedi|Étienne Tshisekedi wa Mulumba; Etienne Tshisekedi; Etienne Tshisekedi wa Mulumba|COD|prime minister|
Bernardin Mungul Diaka||COD|prime minister|
Jean Nguza Karl-i-Bond|Nguza Karl-i-Bond|COD|prime minister|
Faustin Birindwa||COD|prime minister|
Léon Kengo wa Dondo|Léon Kengo; Leon Kengo wa Dondo; Leon Kengo|COD|prime minister|
Likulia Bolongo|Norbert Likulia Bolongo|COD|prime minister|
Antoine Gizenga||COD|prime minister|
Adolphe Muzito||COD|prime minister|
Augustin Matata Ponyo|Matata Ponyo|COD|prime minister|
Samy Badibanga||COD|prime minister|
Bruno Tshibala||COD|prime minister|
Sylvestre Ilunga Ilunkamba|Sylvestre Ilunga|COD|prime minister|
Jean-Michel Sama Lukonde|Sama Lukonde|COD|prime minister|
Judith Suminwa|Judith Suminwa Tuluka|COD|prime minister|
Jean-Pierre Bemba|Jean-Pierre Bemba Gombo|COD|vice president|
Azarias Ruberwa||COD|vice president|
Abdoulaye Yerodia Ndombasi|Yerodia Ndombasi; Abdoulaye Yerodia|COD|vice president|
Arthur Z'ahidi Ngoma||COD|vice president|
Gérard Kamanda wa Kamanda|Gerard Kamanda wa Kamanda|COD|foreign minister|
Bizima Karaha||COD|foreign minister|
Léonard She Okitundu|Leonard She Okitundu|COD|foreign minister|
Antoine Ghonda||COD|foreign minister|
Raymond Ramazani Baya||COD|foreign minister|
Antipas Mbusa Nyamwisi|Mbusa Nyamwisi|COD|foreign minister|
Alexis Thambwe Mwamba||COD|foreign minister|
Raymond Tshibanda||COD|foreign minister|
Marie Tumba Nzeza||COD|foreign minister|
Christophe Lutundula||COD|foreign minister|
Thérèse Kayikwamba Wagner|Therese Kayikwamba Wagner|COD|foreign minister|
Charles Mwando Nsimba||COD|defense minister|
Alexandre Luba Ntambo||COD|defense minister|
Crispin Atama Tabe||COD|defense minister|
Aimé Ngoy Mukena|Aime Ngoy Mukena|COD|defense minister|
Gilbert Kabanda||COD|defense minister|
Guy Kabombo Muadiamvita||COD|defense minister|
Denis Sassou Nguesso|Denis Sassou-Nguesso|COG|president|
Pascal Lissouba||COG|president|
Alphonse Poaty-Souchlaty||COG|prime minister|
André Milongo|Andre Milongo|COG|prime minister|
Stéphane Maurice Bongho-Nouarra|Stephane Maurice Bongho-Nouarra|COG|prime minister|
Claude Antoine Dacosta||COG|prime minister|
Joachim Yhombi-Opango||COG|prime minister|
Charles David Ganao||COG|prime minister|
Bernard Kolélas|Bernard Kolelas|COG|prime minister|
Isidore Mvouba||COG|prime minister|
Clément Mouamba|Clement Mouamba|COG|prime minister|
Anatole Collinet Makosso||COG|prime minister|
Rodolphe Adada||COG|foreign minister|
Basile Ikouébé|Basile Ikouebe|COG|foreign minister|
Jean-Claude Gakosso||COG|foreign minister|
Félix Houphouët-Boigny|Felix Houphouet-Boigny|CIV|president|
Henri Konan Bédié|Henri Konan Bedie|CIV|president|
Robert Guéï|Robert Guei|CIV|head of state|
Laurent Gbagbo||CIV|president|
Alassane Ouattara|Alassane Dramane Ouattara|CIV|president|
Tiémoko Meyliet Koné|Tiemoko Meyliet Kone|CIV|vice president|
Daniel Kablan Duncan||CIV|prime minister|
Seydou Diarra|Seydou Elimane Diarra|CIV|prime minister|
Pascal Affi N'Guessan||CIV|prime minister|
Charles Konan Banny||CIV|prime minister|
Guillaume Soro|Guillaume Kigbafori Soro|CIV|prime minister|
Gilbert Aké|Gilbert Marie N'gbo Aké; Gilbert N'gbo Aké; Gilbert Ake; Gilbert Marie N'gbo Ake; Gilbert N'gbo Ake|CIV|prime minister|
Jeannot Ahoussou-Kouadio|Jeannot Kouadio Ahoussou|CIV|prime minister|
Amadou Gon Coulibaly||CIV|prime minister|
Hamed Bakayoko||CIV|prime minister|
Patrick Achi||CIV|prime minister|
Robert Beugré Mambé|Robert Beugre Mambe|CIV|prime minister|
Amara Essy||CIV|foreign minister|
Abou Drahamane Sangaré|Abou Drahamane Sangare|CIV|foreign minister|
Mamadou Bamba||CIV|foreign minister|
Youssouf Bakayoko||CIV|foreign minister|
Alcide Djédjé|Alcide Djedje|CIV|foreign minister|
Charles Koffi Diby||CIV|foreign minister|
Albert Toikeusse Mabri|Albert Mabri Toikeusse|CIV|foreign minister|
Marcel Amon-Tanoh|Marcel Amon Tanoh|CIV|foreign minister|
Ally Coulibaly||CIV|foreign minister|
Kandia Camara|Kandia Kamissoko Camara|CIV|foreign minister|
Léon Kacou Adom|Leon Kacou Adom|CIV|foreign minister|
Moïse Lida Kouassi|Moise Lida Kouassi|CIV|defense minister|
Bertin Kadet|Kadet Bertin|CIV|defense minister|
Paul Koffi Koffi||CIV|defense minister|
Alain-Richard Donwahi|Alain Richard Donwahi|CIV|defense minister|
Téné Birahima Ouattara|Birahima Téné Ouattara; Tene Birahima Ouattara; Birahima Tene Ouattara|CIV|defense minister|
Philippe Mangou||CIV|army chief|
Hassan Gouled Aptidon||DJI|president|
Moumin Bahdon Farah||DJI|foreign minister|
Ismaïl Omar Guelleh|Ismail Omar Guelleh|DJI|president|
Barkat Gourad Hamadou||DJI|prime minister|
Dileita Mohamed Dileita||DJI|prime minister|
Abdoulkader Kamil Mohamed||DJI|prime minister|
Ali Abdi Farah||DJI|foreign minister|
Mahamoud Ali Youssouf|Mahmoud Ali Youssouf|DJI|foreign minister|
Adly Mansour|Adli Mansour; Adly Mansur; Adli Mansur|EGY|president|
Mohamed Hussein Tantawi|Mohamed Hussein Tantaoui; Mohamed Husein Tantaui; Hussein Tantawi|EGY|head of state|
Omar Suleiman|Omar Souleimane; Omar Suleimán|EGY|vice president|
Mahmoud Mekki|Mahmoud Mekky|EGY|vice president|
Mohamed ElBaradei|Mohamed el-Baradei; Mohammed ElBaradei; Mohamed el Baradei; Mohamed El-Baradei|EGY|vice president|
Atef Sedki|Atef Sidqi; Atef Sedky|EGY|prime minister|
Kamal Ganzouri|Kamal el-Ganzouri; Kamal al-Ganzouri; Kamal el Ganzuri|EGY|prime minister|
Atef Ebeid|Atef Obeid|EGY|prime minister|
Ahmed Nazif|Ahmad Nazif|EGY|prime minister|
Ahmed Shafik|Ahmed Chafik; Ahmed Shafiq|EGY|prime minister|
Essam Sharaf|Essam Charaf; Esam Sharaf|EGY|prime minister|
Hesham Qandil|Hisham Qandil; Hicham Qandil; Hisham Kandil|EGY|prime minister|
Hazem el-Beblawi|Hazem Beblawi; Hazem al-Beblawi; Hazem el Beblaui|EGY|prime minister|
Ibrahim Mahlab|Ibrahim Mehleb|EGY|prime minister|
Sherif Ismail|Chérif Ismaïl; Sherif Ismaïl; Cherif Ismail|EGY|prime minister|
Mostafa Madbouly|Moustafa Madbouli; Mustafa Madbuli; Mostafa Madbuly|EGY|prime minister|
Esmat Abdel Meguid|Esmat Abdel Maguid; Ismat Abdel Meguid|EGY|foreign minister|
Amr Moussa|Amr Mousa; Amro Musa|EGY|foreign minister|
Ahmed Maher|Ahmed Maher el-Sayed|EGY|foreign minister|
Ahmed Aboul Gheit|Ahmed Aboul-Gheit; Ahmed Abul Gheit; Ahmed Abul Gueit; Ahmed Abou el-Gheit|EGY|foreign minister|
Nabil Elaraby|Nabil el-Arabi; Nabil al-Arabi; Nabil el Arabi; Nabil al Araby|EGY|foreign minister|
Mohamed Kamel Amr|Mohammed Kamel Amr|EGY|foreign minister|
Nabil Fahmy|Nabil Fahmi|EGY|foreign minister|
Sameh Shoukry|Sameh Choukri; Sameh Shukri; Sameh Shukry|EGY|foreign minister|
Badr Abdelatty|Badr Abdel Aty; Badr Abdelaty; Badr Abdelati|EGY|foreign minister|
Youssef Sabri Abu Taleb|Yousef Sabri Abu Taleb|EGY|defense minister|
Sedki Sobhi|Sedki Sobhy; Sidki Sobhi; Sedky Sobhy|EGY|defense minister|
Mohamed Zaki|Mohamed Ahmed Zaki|EGY|defense minister|
Abdel Mageed Saqr|Abdel Meguid Saqr; Abdel Majid Saqr|EGY|defense minister|
Sami Anan|Sami Enan; Sami Annan|EGY|army chief|
Teodoro Obiang Nguema Mbasogo|Teodoro Obiang; Teodoro Obiang Nguema|GNQ|president|
Teodoro Nguema Obiang Mangue|Teodorin Obiang; Teodorín Obiang; Teodorín; Teodorin|GNQ|vice president|
Cristino Seriche Bioko Malabo|Cristino Seriche Bioko|GNQ|prime minister|
Silvestre Siale Bileka||GNQ|prime minister|
Ángel Serafín Seriche Dougan|Serafín Seriche Dougan; Angel Serafin Seriche Dougan; Serafin Seriche Dougan|GNQ|prime minister|
Cándido Muatetema Rivas|Candido Muatetema Rivas|GNQ|prime minister|
Miguel Abia Biteo Boricó|Miguel Abia Biteo Borico|GNQ|prime minister|
Ricardo Mangue Obama Nfubea||GNQ|prime minister|
Ignacio Milam Tang||GNQ|prime minister|
Vicente Ehate Tomi||GNQ|prime minister|
Francisco Pascual Obama Asue||GNQ|prime minister|
Manuela Roka Botey||GNQ|prime minister|
Manuel Osa Nsue Nsua||GNQ|prime minister|
Santiago Nsobeya Efuman||GNQ|foreign minister|
Pastor Micha Ondó Bilé|Pastor Micha Ondo Bile|GNQ|foreign minister|
Agapito Mba Mokuy||GNQ|foreign minister|
Simeón Oyono Esono Angue|Simeon Oyono Esono Angue|GNQ|foreign minister|
Isaias Afwerki|Isaias Afeworki|ERI|president|
Petros Solomon||ERI|foreign minister|
Haile Woldetensae||ERI|foreign minister|
Ali Said Abdella||ERI|foreign minister|
Osman Saleh|Osman Saleh Mohammed|ERI|foreign minister|
Mswati III|roi Mswati III|SWZ|king|
Obed Dlamini||SWZ|prime minister|
Jameson Mbilini Dlamini|Mbilini Dlamini|SWZ|prime minister|
Sibusiso Dlamini|Barnabas Sibusiso Dlamini|SWZ|prime minister|
Themba Dlamini|Absalom Themba Dlamini|SWZ|prime minister|
Ambrose Dlamini|Ambrose Mandvulo Dlamini|SWZ|prime minister|
Themba Masuku||SWZ|prime minister|
Cleopas Dlamini|Cleopas Sipho Dlamini|SWZ|prime minister|
Russell Dlamini|Russell Mmiso Dlamini|SWZ|prime minister|
Mgwagwa Gamedze||SWZ|foreign minister|
Thulisile Dladla||SWZ|foreign minister|
Pholile Shakantu||SWZ|foreign minister|
Mengistu Haile Mariam|Mengistu Hailé Mariam|ETH|president|
Tesfaye Gebre Kidan||ETH|president|
Meles Zenawi||ETH|prime minister|
Negasso Gidada||ETH|president|
Girma Wolde-Giorgis|Girma Woldegiorgis; Girma Wolde Giorgis|ETH|president|
Mulatu Teshome|Mulatu Teshome Wirtu|ETH|president|
Sahle-Work Zewde|Sahle-Work Zewdé; Sahle Work Zewde; Sahlework Zewde|ETH|president|
Taye Atske Selassie|Taye Atske Sellassie; Taye Atske-Selassie|ETH|president|
Tesfaye Dinka||ETH|prime minister|
Tamirat Layne||ETH|prime minister|
Hailemariam Desalegn|Hailemariam Dessalegn; Haile Mariam Desalegn; Hailemariam Desalegn Boshe|ETH|prime minister|
Seyoum Mesfin||ETH|foreign minister|
Workneh Gebeyehu||ETH|foreign minister|
Gedu Andargachew||ETH|foreign minister|
Demeke Mekonnen|Demeke Mekonnen Hassen|ETH|foreign minister|
Gedion Timothewos|Gedion Timothewos Hessebon|ETH|foreign minister|
Siye Abraha||ETH|defense minister|
Abadula Gemeda||ETH|defense minister|
Kuma Demeksa||ETH|defense minister|
Siraj Fegessa||ETH|defense minister|
Motuma Mekassa||ETH|defense minister|
Aisha Mohammed|Aisha Mohammed Musa|ETH|defense minister|
Lemma Megersa||ETH|defense minister|
Kenea Yadeta||ETH|defense minister|
Abraham Belay||ETH|defense minister|
Samora Yunis||ETH|army chief|
Seare Mekonnen||ETH|army chief|
Birhanu Jula|Berhanu Jula|ETH|army chief|
Omar Bongo|Omar Bongo Ondimba; El Hadj Omar Bongo|GAB|president|
Rose Francine Rogombé|Rose Francine Rogombe|GAB|president|
Ali Bongo Ondimba|Ali Bongo|GAB|president|
Brice Oligui Nguema|Brice Clotaire Oligui Nguema|GAB|president|
Didjob Divungi Di Ndinge||GAB|vice president|
Pierre Claver Maganga Moussavou||GAB|vice president|
Casimir Oyé-Mba|Casimir Oyé Mba; Casimir Oye-Mba; Casimir Oye Mba|GAB|prime minister|
Paulin Obame-Nguema|Paulin Obame Nguema|GAB|prime minister|
Jean-François Ntoutoume Emane|Jean-Francois Ntoutoume Emane|GAB|prime minister|
Jean Eyeghe Ndong||GAB|prime minister|
Paul Biyoghé Mba|Paul Biyoghe Mba|GAB|prime minister|
Raymond Ndong Sima||GAB|prime minister|
Daniel Ona Ondo||GAB|prime minister|
Emmanuel Issoze-Ngondet|Emmanuel Issozé-Ngondet|GAB|prime minister|
Julien Nkoghe Bekale||GAB|prime minister|
Rose Christiane Ossouka Raponda||GAB|prime minister|
Alain-Claude Bilie-By-Nze|Alain Claude Bilie By Nze|GAB|prime minister|
Pascaline Bongo|Pascaline Bongo Ondimba|GAB|foreign minister|
Jean Ping||GAB|foreign minister|
Paul Toungui||GAB|foreign minister|
Pacôme Moubelet-Boubeya|Pacôme Moubelet Boubeya; Pacome Moubelet-Boubeya; Pacome Moubelet Boubeya|GAB|foreign minister|
Régis Immongault|Regis Immongault|GAB|foreign minister|
Michael Moussa Adamo||GAB|foreign minister|
Régis Onanga Ndiaye|Regis Onanga Ndiaye|GAB|foreign minister|
Dawda Jawara|Dawda Kairaba Jawara|GMB|president|
Yahya Jammeh||GMB|president|
Adama Barrow||GMB|president|
Isatou Njie-Saidy|Isatou Njie Saidy|GMB|vice president|
Fatoumata Tambajang|Fatoumata Jallow-Tambajang|GMB|vice president|
Ousainou Darboe||GMB|vice president|
Isatou Touray||GMB|vice president|
Badara Joof|Badara Alieu Joof|GMB|vice president|
Muhammad B. S. Jallow|Muhammad Jallow|GMB|vice president|
Neneh MacDouall-Gaye||GMB|foreign minister|
Mamadou Tangara||GMB|foreign minister|
Jerry Rawlings|Jerry John Rawlings|GHA|president|
John Kufuor|John Agyekum Kufuor|GHA|president|
John Atta Mills|John Evans Atta Mills|GHA|president|
John Dramani Mahama|John Mahama|GHA|president|
Nana Akufo-Addo|Nana Addo Dankwa Akufo-Addo; Nana Akufo Addo|GHA|president|
Kow Nkensen Arkaah||GHA|vice president|
Aliu Mahama||GHA|vice president|
Paa Kwesi Amissah-Arthur|Kwesi Amissah-Arthur|GHA|vice president|
Mahamudu Bawumia||GHA|vice president|
Jane Naana Opoku-Agyemang|Naana Jane Opoku-Agyemang|GHA|vice president|
Obed Asamoah||GHA|foreign minister|
Victor Gbeho||GHA|foreign minister|
Hackman Owusu-Agyeman||GHA|foreign minister|
Akwasi Osei-Adjei||GHA|foreign minister|
Muhammad Mumuni||GHA|foreign minister|
Hanna Tetteh|Hanna Serwaa Tetteh|GHA|foreign minister|
Shirley Ayorkor Botchwey||GHA|foreign minister|
Samuel Okudzeto Ablakwa||GHA|foreign minister|
Mahama Iddrisu||GHA|defense minister|
Kwame Addo-Kufuor||GHA|defense minister|
Albert Kan-Dapaah||GHA|defense minister|
Joseph Henry Smith||GHA|defense minister|
Mark Owen Woyongo||GHA|defense minister|
Benjamin Kunbuor||GHA|defense minister|
Dominic Nitiwul||GHA|defense minister|
Edward Omane Boamah|Omane Boamah|GHA|defense minister|
Lansana Conté|Lansana Conte|GIN|president|
Moussa Dadis Camara|Dadis Camara|GIN|president|
Sékouba Konaté|Sekouba Konate|GIN|president|
Alpha Condé|Alpha Conde|GIN|president|
Mamadi Doumbouya|Mamady Doumbouya|GIN|president|
Sidya Touré|Sidya Toure|GIN|prime minister|
Lamine Sidimé|Lamine Sidime|GIN|prime minister|
François Lonsény Fall|François Louncény Fall; Francois Lonseny Fall; Francois Lounceny Fall|GIN|prime minister|
Cellou Dalein Diallo||GIN|prime minister|
Eugène Camara|Eugene Camara|GIN|prime minister|
Lansana Kouyaté|Lansana Kouyate|GIN|prime minister|
Ahmed Tidiane Souaré|Ahmed Tidiane Souare|GIN|prime minister|
Kabiné Komara|Kabine Komara|GIN|prime minister|
Jean-Marie Doré|Jean-Marie Dore|GIN|prime minister|
Mohamed Saïd Fofana|Mohamed Said Fofana|GIN|prime minister|
Mamady Youla||GIN|prime minister|
Ibrahima Kassory Fofana||GIN|prime minister|
Mohamed Béavogui|Mohamed Beavogui|GIN|prime minister|
Bernard Goumou||GIN|prime minister|
Amadou Oury Bah||GIN|prime minister|
Alexandre Cécé Loua|Alexandre Cece Loua|GIN|foreign minister|
Mamadi Touré|Mamadi Toure|GIN|foreign minister|
Ibrahima Khalil Kaba||GIN|foreign minister|
Morissanda Kouyaté|Morissanda Kouyate|GIN|foreign minister|
João Bernardo Vieira|Nino Vieira; João Bernardo Nino Vieira; Joao Bernardo Vieira; Joao Bernardo Nino Vieira|GNB|president|
Ansumane Mané|Ansumane Mane|GNB|army chief|
Malam Bacai Sanhá|Malam Bacai Sanha|GNB|president|
Kumba Ialá|Kumba Yalá; Kumba Iala; Kumba Yala|GNB|president|
Veríssimo Correia Seabra|Verissimo Correia Seabra|GNB|army chief|
Henrique Rosa||GNB|president|
Raimundo Pereira||GNB|president|
Manuel Serifo Nhamadjo||GNB|president|
José Mário Vaz|Jose Mario Vaz|GNB|president|
Umaro Sissoco Embaló|Umaro Sissoco Embalo|GNB|president|
Horta N'Tam|Horta Inta-A; Horta Inta-A Na Man|GNB|head of state|
Tagme Na Waie||GNB|army chief|
António Indjai|Antonio Indjai|GNB|army chief|
Carlos Correia||GNB|prime minister|
Manuel Saturnino da Costa||GNB|prime minister|
Francisco Fadul||GNB|prime minister|
Caetano N'Tchama||GNB|prime minister|
Faustino Imbali||GNB|prime minister|
Alamara Nhassé|Alamara Nhasse|GNB|prime minister|
Mário Pires|Mario Pires|GNB|prime minister|
Artur Sanhá|Artur Sanha|GNB|prime minister|
Carlos Gomes Júnior|Cadogo; Carlos Gomes Junior|GNB|prime minister|
Aristides Gomes||GNB|prime minister|
Martinho Ndafa Kabi||GNB|prime minister|
Rui Duarte de Barros||GNB|prime minister|
Domingos Simões Pereira|Domingos Simoes Pereira|GNB|prime minister|
Baciro Djá|Baciro Dja|GNB|prime minister|
Artur Silva||GNB|prime minister|
Nuno Gomes Nabiam||GNB|prime minister|
Geraldo Martins|Geraldo João Martins; Geraldo Joao Martins|GNB|prime minister|
Suzi Barbosa|Suzi Carla Barbosa|GNB|foreign minister|
Daniel arap Moi|Daniel Arap Moi; Daniel Toroitich arap Moi|KEN|president|
Mwai Kibaki||KEN|president|
Uhuru Kenyatta||KEN|president|
William Ruto|William Samoei Ruto|KEN|president|
George Saitoti||KEN|vice president|
Michael Kijana Wamalwa|Kijana Wamalwa|KEN|vice president|
Moody Awori|Arthur Moody Awori|KEN|vice president|
Kalonzo Musyoka|Stephen Kalonzo Musyoka|KEN|vice president|
Rigathi Gachagua||KEN|vice president|
Kithure Kindiki|Abraham Kithure Kindiki|KEN|vice president|
Raila Odinga|Raila Amolo Odinga|KEN|prime minister|
Robert Ouko|John Robert Ouko|KEN|foreign minister|
Wilson Ndolo Ayah||KEN|foreign minister|
Bonaya Godana||KEN|foreign minister|
Chirau Ali Mwakwere||KEN|foreign minister|
Raphael Tuju||KEN|foreign minister|
Moses Wetangula|Moses Wetang'ula|KEN|foreign minister|
Sam Ongeri||KEN|foreign minister|
Amina Mohamed|Amina Chawahir Mohamed|KEN|foreign minister|
Monica Juma||KEN|foreign minister|
Raychelle Omamo||KEN|foreign minister|
Alfred Mutua||KEN|foreign minister|
Musalia Mudavadi|Wycliffe Musalia Mudavadi|KEN|foreign minister|
Njenga Karume||KEN|defense minister|
Yusuf Haji|Mohamed Yusuf Haji|KEN|defense minister|
Eugene Wamalwa||KEN|defense minister|
Aden Duale|Aden Bare Duale|KEN|defense minister|
Soipan Tuya||KEN|defense minister|
Moshoeshoe II|roi Moshoeshoe II|LSO|king|
Letsie III|roi Letsie III|LSO|king|
Justin Lekhanya|Justin Metsing Lekhanya|LSO|head of state|
Elias Phisoana Ramaema||LSO|head of state|
Ntsu Mokhehle||LSO|prime minister|
Pakalitha Mosisili||LSO|prime minister|
Tom Thabane|Thomas Thabane; Motsoahae Thomas Thabane|LSO|prime minister|
Moeketsi Majoro||LSO|prime minister|
Sam Matekane|Samuel Matekane|LSO|prime minister|
Mohlabi Tsekoa||LSO|foreign minister|
Tlohang Sekhamane||LSO|foreign minister|
Lesego Makgothi||LSO|foreign minister|
Lejone Mpotjoane||LSO|foreign minister|
Samuel Doe|Samuel Kanyon Doe|LBR|president|
Amos Sawyer||LBR|president|
David Kpomakpor||LBR|head of state|
Wilton Sankawulo||LBR|head of state|
Ruth Perry|Ruth Sando Perry|LBR|head of state|
Charles Taylor|Charles Ghankay Taylor|LBR|president|
Moses Blah||LBR|president|
Gyude Bryant|Charles Gyude Bryant|LBR|head of state|
Ellen Johnson Sirleaf|Ellen Johnson-Sirleaf|LBR|president|
George Weah|George Manneh Weah|LBR|president|
Joseph Boakai|Joseph Nyuma Boakai|LBR|president|
Jewel Taylor|Jewel Howard-Taylor; Jewel Howard Taylor|LBR|vice president|
Jeremiah Koung|Jeremiah Kpan Koung|LBR|vice president|
Monie Captan||LBR|foreign minister|
George Wallace||LBR|foreign minister|
Olubanke King-Akerele||LBR|foreign minister|
Toga Gayewea McIntosh||LBR|foreign minister|
Augustine Kpehe Ngafuan|Augustine Ngafuan|LBR|foreign minister|
Marjon Kamara||LBR|foreign minister|
Gbehzohngar Milton Findley|Milton Findley|LBR|foreign minister|
Dee-Maxwell Saah Kemayah|Dee-Maxwell Kemayah|LBR|foreign minister|
Sara Beysolow Nyanti||LBR|foreign minister|
Mustafa Abdul Jalil|Mustafa Abdel Jalil; Moustapha Abdeljalil; Mustafa Abdeljalil|LBY|head of state|
Mohamed Magariaf|Mohamed el-Megaryef; Mohammed Magarief; Mohamed Youssef el-Megaryef|LBY|head of state|
Nouri Abusahmain|Nouri Bousahmein; Nouri Abu Sahmain|LBY|head of state|
Mohamed al-Menfi|Mohammed al-Menfi; Mohamed el-Menfi; Mohamed Younes al-Menfi; Mohamed al Menfi|LBY|head of state|
Aguila Saleh|Aguila Saleh Issa; Aqila Saleh; Aguila Salah|LBY|leader|
Khalifa Haftar|Khalifa Hafter; Jalifa Hafter; Jalifa Haftar|LBY|army chief|
Saddam Haftar||LBY|army chief|
Abuzed Omar Dorda|Abu Zaid Omar Dorda|LBY|prime minister|
Abdul Majid al-Qaoud||LBY|prime minister|
Muhammad Ahmad al-Mangoush||LBY|prime minister|
Mubarak al-Shamikh|Mubarak Abdallah al-Shamikh|LBY|prime minister|
Shukri Ghanem|Choukri Ghanem; Shukri Ganem|LBY|prime minister|
Baghdadi Mahmudi|Baghdadi al-Mahmoudi; Al-Baghdadi Ali al-Mahmudi; Bagdadi al Mahmudi|LBY|prime minister|
Mahmoud Jibril|Mahmud Yibril; Mahmoud Djibril|LBY|prime minister|
Abdurrahim El-Keib|Abdel Rahim al-Kib; Abderrahim el-Keib; Abdurrahim al-Keib|LBY|prime minister|
Ali Zeidan|Ali Zidan; Ali Zeidane|LBY|prime minister|
Abdullah al-Thani|Abdallah al-Thinni; Abdullah al-Thinni; Abdallah al-Theni|LBY|prime minister|
Fayez al-Sarraj|Fayez el-Sarraj; Fayez Sarraj; Fayez al Serraj; Fayez al-Serraj|LBY|prime minister|
Abdul Hamid Dbeibah|Abdulhamid Dbeibah; Abdulhamid al-Dbeibah; Abdelhamid Dbeibah; Abdelhamid Dbeibeh; Abdulhamid Dbeiba; Abdelhamid Dbeiba|LBY|prime minister|
Fathi Bashagha|Fathi Bachagha; Fathi Bashaga|LBY|prime minister|
Osama Hamad|Oussama Hamad; Osama Hammad|LBY|prime minister|
Umar Mustafa al-Muntasir|Omar al-Muntasir; Omar Mustafa al-Muntasser|LBY|foreign minister|
Abdel Rahman Shalgham|Abdel Rahman Chalgham; Abdurrahman Shalgam; Abderrahmane Chalgham|LBY|foreign minister|
Moussa Koussa|Musa Kusa; Mussa Kusa; Moussa Kousa|LBY|foreign minister|
Abdulati Obeidi|Abdelati Laabidi; Abdul Ati al-Obeidi; Abdelati Obeidi|LBY|foreign minister|
Ashour Bin Khayal|Ashour Ben Khayal|LBY|foreign minister|
Mohamed Taha Siala|Mohamed Siala; Mohamed Tahar Siala|LBY|foreign minister|
Najla Mangoush|Najla el-Mangoush; Najla al-Mangoush; Najla al Mangush|LBY|foreign minister|
Didier Ratsiraka||MDG|president|
Albert Zafy||MDG|president|
Norbert Ratsirahonana|Norbert Lala Ratsirahonana|MDG|president|
Marc Ravalomanana||MDG|president|
Andry Rajoelina|Andry Nirina Rajoelina|MDG|president|
Hery Rajaonarimampianina||MDG|president|
Rivo Rakotovao||MDG|president|
Michael Randrianirina||MDG|president|
Victor Ramahatra||MDG|prime minister|
Guy Razanamasy||MDG|prime minister|
Francisque Ravony||MDG|prime minister|
Emmanuel Rakotovahiny||MDG|prime minister|
Pascal Rakotomavo||MDG|prime minister|
Tantely Andrianarivo||MDG|prime minister|
Jacques Sylla||MDG|prime minister|
Charles Rabemananjara||MDG|prime minister|
Monja Roindefo||MDG|prime minister|
Eugène Mangalaza|Eugene Mangalaza|MDG|prime minister|
Albert Camille Vital|Camille Vital|MDG|prime minister|
Omer Beriziky||MDG|prime minister|
Roger Kolo||MDG|prime minister|
Jean Ravelonarivo||MDG|prime minister|
Olivier Mahafaly Solonandrasana|Olivier Mahafaly|MDG|prime minister|
Christian Ntsay||MDG|prime minister|
Ruphin Zafisambo|Ruphin Fortunat Zafisambo|MDG|prime minister|
Herintsalama Rajaonarivelo||MDG|prime minister|
Lila Ratsifandrihamanana||MDG|foreign minister|
Marcel Ranjeva||MDG|foreign minister|
Béatrice Atallah|Beatrice Atallah|MDG|foreign minister|
Eloi Maxime Dovo||MDG|foreign minister|
Naina Andriantsitohaina||MDG|foreign minister|
Djacoba Tehindrazanarivelo||MDG|foreign minister|
Patrick Rajoelina||MDG|foreign minister|
Richard Randriamandrato||MDG|foreign minister|
Yvette Sylla||MDG|foreign minister|
Rasata Rafaravavitafika||MDG|foreign minister|
Hastings Banda|Hastings Kamuzu Banda; Kamuzu Banda|MWI|president|
Bakili Muluzi||MWI|president|
Bingu wa Mutharika||MWI|president|
Joyce Banda||MWI|president|
Peter Mutharika|Arthur Peter Mutharika|MWI|president|
Lazarus Chakwera||MWI|president|
Justin Malewezi||MWI|vice president|
Cassim Chilumpha||MWI|vice president|
Khumbo Kachali||MWI|vice president|
Saulos Chilima|Saulos Klaus Chilima|MWI|vice president|
Michael Usi||MWI|vice president|
Jane Ansah||MWI|vice president|
Lilian Patel||MWI|foreign minister|
Etta Banda||MWI|foreign minister|
Ephraim Mganda Chiume|Ephraim Chiume|MWI|foreign minister|
George Chaponda||MWI|foreign minister|
Emmanuel Fabiano||MWI|foreign minister|
Eisenhower Mkaka||MWI|foreign minister|
Nancy Tembo||MWI|foreign minister|
Moussa Traoré|Moussa Traore|MLI|president|
Amadou Toumani Touré|ATT; Amadou Toumani Toure|MLI|president|
Alpha Oumar Konaré|Alpha Oumar Konare|MLI|president|
Amadou Sanogo|Amadou Haya Sanogo|MLI|head of state|
Dioncounda Traoré|Dioncounda Traore|MLI|president|
Ibrahim Boubacar Keïta|IBK; Ibrahim Boubacar Keita|MLI|president|
Bah Ndaw||MLI|president|
Assimi Goïta|Assimi Goita|MLI|president|
Soumana Sacko||MLI|prime minister|
Younoussi Touré|Younoussi Toure|MLI|prime minister|
Abdoulaye Sékou Sow|Abdoulaye Sekou Sow|MLI|prime minister|
Mandé Sidibé|Mande Sidibe|MLI|prime minister|
Modibo Keïta|Modibo Keita|MLI|prime minister|
Ahmed Mohamed ag Hamani||MLI|prime minister|
Ousmane Issoufi Maïga|Ousmane Issoufi Maiga|MLI|prime minister|
Modibo Sidibé|Modibo Sidibe|MLI|prime minister|
Cissé Mariam Kaïdama Sidibé|Mariam Kaïdama Sidibé; Cisse Mariam Kaidama Sidibe; Mariam Kaidama Sidibe|MLI|prime minister|
Cheick Modibo Diarra||MLI|prime minister|
Django Sissoko|Diango Cissoko|MLI|prime minister|
Oumar Tatam Ly||MLI|prime minister|
Moussa Mara||MLI|prime minister|
Abdoulaye Idrissa Maïga|Abdoulaye Idrissa Maiga|MLI|prime minister|
Soumeylou Boubèye Maïga|Soumeylou Boubeye Maiga|MLI|prime minister|
Boubou Cissé|Boubou Cisse|MLI|prime minister|
Moctar Ouane||MLI|prime minister|
Choguel Kokalla Maïga|Choguel Maïga; Choguel Kokalla Maiga; Choguel Maiga|MLI|prime minister|
Abdoulaye Maïga|Abdoulaye Maiga|MLI|prime minister|
Sadio Lamine Sow||MLI|foreign minister|
Tiéman Hubert Coulibaly|Tiéman Coulibaly; Tieman Hubert Coulibaly; Tieman Coulibaly|MLI|foreign minister|
Zahabi Ould Sidi Mohamed||MLI|foreign minister|
Abdoulaye Diop||MLI|foreign minister|
Kamissa Camara||MLI|foreign minister|
Tiébilé Dramé|Tiebile Drame|MLI|foreign minister|
Zeïni Moulaye|Zeini Moulaye|MLI|foreign minister|
Yamoussa Camara||MLI|defense minister|
Tiéna Coulibaly|Tiena Coulibaly|MLI|defense minister|
Ibrahima Dahirou Dembélé|Ibrahima Dahirou Dembele|MLI|defense minister|
Sadio Camara||MLI|defense minister|
Maaouya Ould Sid'Ahmed Taya|Maaouya Ould Taya; Maaouiya Ould Taya|MRT|president|
Ely Ould Mohamed Vall||MRT|head of state|
Sidi Ould Cheikh Abdallahi|Sidi Mohamed Ould Cheikh Abdallahi|MRT|president|
Mohamed Ould Abdel Aziz|Mohamed Ould Abdelaziz; Mohamed Uld Abdelaziz|MRT|president|
Ba Mamadou Mbaré|Mamadou Mbaré Ba; Ba Mamadou Mbare; Mamadou Mbare Ba|MRT|president|
Mohamed Ould Ghazouani|Mohamed Ould Cheikh El Ghazouani; Mohamed Ould El Ghazouani|MRT|president|
Sidi Mohamed Ould Boubacar||MRT|prime minister|
Cheikh El Avia Ould Mohamed Khouna||MRT|prime minister|
Mohamed Lemine Ould Guig||MRT|prime minister|
Sghair Ould M'Bareck||MRT|prime minister|
Zeine Ould Zeidane||MRT|prime minister|
Yahya Ould Ahmed El Waghef||MRT|prime minister|
Moulaye Ould Mohamed Laghdaf||MRT|prime minister|
Yahya Ould Hademine||MRT|prime minister|
Mohamed Salem Ould Béchir|Mohamed Salem Ould Bechir|MRT|prime minister|
Ismail Ould Bedde Ould Cheikh Sidiya|Ismail Ould Bedde|MRT|prime minister|
Mohamed Ould Bilal|Mohamed Ould Bilal Messoud|MRT|prime minister|
Mokhtar Ould Djay||MRT|prime minister|
Naha Mint Mouknass||MRT|foreign minister|
Hamadi Ould Baba Ould Hamadi||MRT|foreign minister|
Ahmed Ould Teguedi||MRT|foreign minister|
Isselkou Ould Ahmed Izid Bih||MRT|foreign minister|
Ismail Ould Cheikh Ahmed||MRT|foreign minister|
Mohamed Salem Ould Merzouk||MRT|foreign minister|
Veerasamy Ringadoo||MUS|president|
Cassam Uteem||MUS|president|
Karl Offmann||MUS|president|
Kailash Purryag||MUS|president|
Ameenah Gurib-Fakim|Ameenah Gurib Fakim|MUS|president|
Barlen Vyapoory||MUS|president|
Prithvirajsing Roopun|Pradeep Roopun|MUS|president|
Dharam Gokhool||MUS|president|
Anerood Jugnauth|Sir Anerood Jugnauth|MUS|prime minister|
Navin Ramgoolam|Navinchandra Ramgoolam|MUS|prime minister|
Paul Bérenger|Paul Berenger|MUS|prime minister|
Pravind Jugnauth|Pravind Kumar Jugnauth|MUS|prime minister|
Anil Gayan||MUS|foreign minister|
Jayen Cuttaree||MUS|foreign minister|
Madan Dulloo||MUS|foreign minister|
Arvin Boolell||MUS|foreign minister|
Etienne Sinatambou||MUS|foreign minister|
Vishnu Lutchmeenaraidoo||MUS|foreign minister|
Nando Bodha||MUS|foreign minister|
Alan Ganoo||MUS|foreign minister|
Maneesh Gobin||MUS|foreign minister|
Dhananjay Ramful||MUS|foreign minister|
Hassan II|Hasán II; roi Hassan II; Hasan II|MAR|king|
Moulay Hassan|Moulay El Hassan; prince Moulay Hassan|MAR|crown prince|
Azzeddine Laraki||MAR|prime minister|
Mohammed Karim Lamrani|Karim Lamrani|MAR|prime minister|
Abdellatif Filali|Abdelatif Filali|MAR|prime minister|
Abderrahmane Youssoufi|Abderrahmán Yusufi; Abderrahman Youssoufi; Abderrahman Yusufi|MAR|prime minister|
Driss Jettou|Driss Yettu|MAR|prime minister|
Abbas El Fassi|Abbas el-Fassi|MAR|prime minister|
Abdelilah Benkirane|Abdelilah Benkirán; Abdelilah Benkiran|MAR|prime minister|
Saadeddine Othmani|Saadeddine El Othmani; Saad-Eddine El Othmani; Saadedín Otmani; Saadedin Otmani|MAR|prime minister|
Aziz Akhannouch|Aziz Ajanuch|MAR|prime minister|
Mohamed Benaissa|Mohamed Benaïssa; Mohamed Benaisa|MAR|foreign minister|
Taïb Fassi-Fihri|Taieb Fassi Fihri; Taïeb Fassi Fihri; Taieb Fasi Fihri; Taib Fassi-Fihri|MAR|foreign minister|
Salaheddine Mezouar|Salahedín Mezuar; Salaheddine Mezuar; Salahedin Mezuar|MAR|foreign minister|
Nasser Bourita|Nasser Burita|MAR|foreign minister|
Abderrahmane Sbai||MAR|defense minister|
Abdellatif Loudiyi|Abdeltif Loudyi|MAR|defense minister|
Joaquim Chissano||MOZ|president|
Armando Guebuza||MOZ|president|
Filipe Nyusi|Filipe Jacinto Nyusi|MOZ|president|
Daniel Chapo|Daniel Francisco Chapo|MOZ|president|
Mário Machungo|Mario Machungo|MOZ|prime minister|
Pascoal Mocumbi||MOZ|prime minister|
Luísa Diogo|Luisa Diogo|MOZ|prime minister|
Aires Ali||MOZ|prime minister|
Alberto Vaquina||MOZ|prime minister|
Carlos Agostinho do Rosário|Carlos Agostinho do Rosario|MOZ|prime minister|
Adriano Maleiane||MOZ|prime minister|
Maria Benvinda Levi|Benvinda Levi|MOZ|prime minister|
Leonardo Simão|Leonardo Simao|MOZ|foreign minister|
Alcinda Abreu||MOZ|foreign minister|
Oldemiro Balói|Oldemiro Baloi|MOZ|foreign minister|
José Pacheco|Jose Pacheco|MOZ|foreign minister|
Verónica Macamo|Veronica Macamo|MOZ|foreign minister|
Maria Manuela Lucas|Maria Manuela dos Santos Lucas|MOZ|foreign minister|
Alberto Chipande||MOZ|defense minister|
Aguiar Mazula||MOZ|defense minister|
Tobias Dai||MOZ|defense minister|
Atanásio Salvador M'tumuke|Atanásio M'tumuke; Atanasio Salvador M'tumuke; Atanasio M'tumuke|MOZ|defense minister|
Jaime Neto|Jaime Bessa Neto|MOZ|defense minister|
Cristóvão Chume|Cristovao Chume|MOZ|defense minister|
Sam Nujoma||NAM|president|
Hifikepunye Pohamba||NAM|president|
Hage Geingob||NAM|president|
Nangolo Mbumba||NAM|president|
Netumbo Nandi-Ndaitwah||NAM|president|
Nickey Iyambo||NAM|vice president|
Lucia Witbooi||NAM|vice president|
Theo-Ben Gurirab||NAM|prime minister|
Nahas Angula||NAM|prime minister|
Saara Kuugongelwa|Saara Kuugongelwa-Amadhila|NAM|prime minister|
Elijah Ngurare||NAM|prime minister|
Hidipo Hamutenya||NAM|foreign minister|
Marco Hausiku||NAM|foreign minister|
Utoni Nujoma||NAM|foreign minister|
Peya Mushelenga||NAM|foreign minister|
Selma Ashipala-Musavyi||NAM|foreign minister|
Ali Saibou||NER|president|
Mahamane Ousmane||NER|president|
Ibrahim Baré Maïnassara|Ibrahim Bare Mainassara|NER|president|
Daouda Malam Wanké|Daouda Malam Wanke|NER|head of state|
Mamadou Tandja||NER|president|
Salou Djibo||NER|head of state|
Mahamadou Issoufou||NER|president|
Mohamed Bazoum||NER|president|
Abdourahamane Tchiani|Abdourahamane Tiani; Omar Tchiani|NER|head of state|
Aliou Mahamidou||NER|prime minister|
Amadou Cheiffou||NER|prime minister|
Souley Abdoulaye||NER|prime minister|
Amadou Cissé|Amadou Cisse|NER|prime minister|
Hama Amadou||NER|prime minister|
Boukary Adji||NER|prime minister|
Ibrahim Hassane Mayaki||NER|prime minister|
Seyni Oumarou||NER|prime minister|
Albadé Abouba|Albade Abouba|NER|prime minister|
Ali Badjo Gamatié|Ali Badjo Gamatie|NER|prime minister|
Mahamadou Danda||NER|prime minister|
Brigi Rafini||NER|prime minister|
Ouhoumoudou Mahamadou||NER|prime minister|
Ali Lamine Zeine|Ali Mahaman Lamine Zeine|NER|prime minister|
Aïchatou Mindaoudou|Aïchatou Mindaoudou Souleymane; Aichatou Mindaoudou; Aichatou Mindaoudou Souleymane|NER|foreign minister|
Aïchatou Boulama Kané|Aichatou Boulama Kane|NER|foreign minister|
Ibrahim Yacoubou||NER|foreign minister|
Kalla Ankourao||NER|foreign minister|
Hassoumi Massaoudou||NER|foreign minister|
Bakary Yaou Sangaré|Bakary Yaou Sangare|NER|foreign minister|
Karidjo Mahamadou||NER|defense minister|
Kalla Moutari||NER|defense minister|
Issoufou Katambé|Issoufou Katambe|NER|defense minister|
Alkassoum Indatou||NER|defense minister|
Salifou Mody||NER|defense minister|
Ibrahim Babangida|Ibrahim Badamasi Babangida; IBB|NGA|president|
Ernest Shonekan||NGA|head of state|
Sani Abacha||NGA|head of state|
Abdulsalami Abubakar||NGA|head of state|
Olusegun Obasanjo||NGA|president|
Umaru Musa Yar'Adua|Umaru Yar'Adua|NGA|president|
Goodluck Jonathan|Goodluck Ebele Jonathan|NGA|president|
Muhammadu Buhari||NGA|president|
Augustus Aikhomu||NGA|vice president|
Oladipo Diya||NGA|vice president|
Atiku Abubakar||NGA|vice president|
Namadi Sambo||NGA|vice president|
Yemi Osinbajo|Oluyemi Osinbajo|NGA|vice president|
Kashim Shettima||NGA|vice president|
Rilwanu Lukman||NGA|foreign minister|
Ike Nwachukwu||NGA|foreign minister|
Matthew Mbu||NGA|foreign minister|
Baba Gana Kingibe|Babagana Kingibe|NGA|foreign minister|
Tom Ikimi||NGA|foreign minister|
Ignatius Olisemeka||NGA|foreign minister|
Sule Lamido||NGA|foreign minister|
Oluyemi Adeniji||NGA|foreign minister|
Joy Ogwu||NGA|foreign minister|
Ojo Maduekwe||NGA|foreign minister|
Henry Odein Ajumogobia|Odein Ajumogobia|NGA|foreign minister|
Olugbenga Ashiru||NGA|foreign minister|
Aminu Wali||NGA|foreign minister|
Geoffrey Onyeama||NGA|foreign minister|
Yusuf Tuggar|Yusuf Maitama Tuggar|NGA|foreign minister|
Theophilus Danjuma|T. Y. Danjuma|NGA|defense minister|
Rabiu Kwankwaso|Rabiu Musa Kwankwaso|NGA|defense minister|
Mahmud Yayale Ahmed|Yayale Ahmed|NGA|defense minister|
Shettima Mustapha||NGA|defense minister|
Godwin Abbe||NGA|defense minister|
Adetokunbo Kayode||NGA|defense minister|
Bello Haliru Mohammed||NGA|defense minister|
Aliyu Gusau|Aliyu Mohammed Gusau|NGA|defense minister|
Mansur Dan Ali|Mansur Dan-Ali|NGA|defense minister|
Bashir Salihi Magashi|Bashir Magashi|NGA|defense minister|
Mohammed Badaru Abubakar|Badaru Abubakar|NGA|defense minister|
Christopher Musa|Christopher Gwabin Musa|NGA|defense minister|
Sambo Dasuki|Mohammed Sambo Dasuki|NGA|national security adviser|
Babagana Monguno||NGA|national security adviser|
Nuhu Ribadu||NGA|national security adviser|
Tukur Buratai|Tukur Yusuf Buratai|NGA|army chief|
Juvénal Habyarimana|Juvenal Habyarimana|RWA|president|
Théodore Sindikubwabo|Theodore Sindikubwabo|RWA|president|
Pasteur Bizimungu||RWA|president|
Sylvestre Nsanzimana||RWA|prime minister|
Dismas Nsengiyaremye||RWA|prime minister|
Agathe Uwilingiyimana||RWA|prime minister|
Jean Kambanda||RWA|prime minister|
Faustin Twagiramungu||RWA|prime minister|
Pierre-Célestin Rwigema|Pierre Célestin Rwigema; Pierre-Celestin Rwigema; Pierre Celestin Rwigema|RWA|prime minister|
Bernard Makuza||RWA|prime minister|
Pierre Habumuremyi|Pierre Damien Habumuremyi|RWA|prime minister|
Anastase Murekezi||RWA|prime minister|
Édouard Ngirente|Edouard Ngirente|RWA|prime minister|
Justin Nsengiyumva||RWA|prime minister|
Casimir Bizimungu||RWA|foreign minister|
Boniface Ngulinzira||RWA|foreign minister|
Anastase Gasana||RWA|foreign minister|
Jérôme Bicamumpaka|Jerome Bicamumpaka|RWA|foreign minister|
Charles Murigande||RWA|foreign minister|
Rosemary Museminali||RWA|foreign minister|
Louise Mushikiwabo||RWA|foreign minister|
Richard Sezibera||RWA|foreign minister|
Vincent Biruta||RWA|foreign minister|
Olivier Nduhungirehe||RWA|foreign minister|
James Kabarebe||RWA|defense minister|
Manuel Pinto da Costa||STP|president|
Miguel Trovoada||STP|president|
Fradique de Menezes||STP|president|
Evaristo Carvalho||STP|president|
Carlos Vila Nova||STP|president|
Daniel Daio||STP|prime minister|
Norberto Costa Alegre||STP|prime minister|
Carlos Graça|Carlos Graca|STP|prime minister|
Armindo Vaz d'Almeida||STP|prime minister|
Raul Bragança Neto|Raul Braganca Neto|STP|prime minister|
Guilherme Posser da Costa||STP|prime minister|
Gabriel Costa|Gabriel Arcanjo Ferreira da Costa|STP|prime minister|
Maria das Neves||STP|prime minister|
Damião Vaz d'Almeida|Damiao Vaz d'Almeida|STP|prime minister|
Maria do Carmo Silveira||STP|prime minister|
Tomé Vera Cruz|Tome Vera Cruz|STP|prime minister|
Patrice Trovoada||STP|prime minister|
Joaquim Rafael Branco||STP|prime minister|
Jorge Bom Jesus||STP|prime minister|
Américo Ramos|Americo Ramos|STP|prime minister|
Abdou Diouf||SEN|president|
Abdoulaye Wade||SEN|president|
Macky Sall||SEN|president|
Bassirou Diomaye Faye|Diomaye Faye|SEN|president|
Habib Thiam||SEN|prime minister|
Mamadou Lamine Loum||SEN|prime minister|
Moustapha Niasse||SEN|prime minister|
Mame Madior Boye||SEN|prime minister|
Idrissa Seck||SEN|prime minister|
Cheikh Hadjibou Soumaré|Cheikh Hadjibou Soumare|SEN|prime minister|
Souleymane Ndéné Ndiaye|Souleymane Ndene Ndiaye|SEN|prime minister|
Abdoul Mbaye||SEN|prime minister|
Aminata Touré|Mimi Touré; Aminata Toure; Mimi Toure|SEN|prime minister|
Mahammed Boun Abdallah Dionne|Mahammed Dionne|SEN|prime minister|
Amadou Ba||SEN|prime minister|
Sidiki Kaba||SEN|prime minister|
Ousmane Sonko||SEN|prime minister|
Jacques Baudin||SEN|foreign minister|
Cheikh Tidiane Gadio||SEN|foreign minister|
Madické Niang|Madicke Niang|SEN|foreign minister|
Alioune Badara Cissé|Alioune Badara Cisse|SEN|foreign minister|
Mankeur Ndiaye||SEN|foreign minister|
Aïssata Tall Sall|Aissata Tall Sall|SEN|foreign minister|
Ismaïla Madior Fall|Ismaila Madior Fall|SEN|foreign minister|
Yassine Fall||SEN|foreign minister|
Cheikh Niang||SEN|foreign minister|
France-Albert René|France Albert René; France-Albert Rene; France Albert Rene|SYC|president|
James Michel|James Alix Michel|SYC|president|
Danny Faure||SYC|president|
Wavel Ramkalawan||SYC|president|
Patrick Herminie||SYC|president|
Joseph Belmont||SYC|vice president|
Vincent Meriton||SYC|vice president|
Ahmed Afif||SYC|vice president|
Danielle de St. Jorre|Danielle de Saint Jorre; Danielle de St Jorre|SYC|foreign minister|
Jérémie Bonnelame|Jeremie Bonnelame|SYC|foreign minister|
Patrick Pillay||SYC|foreign minister|
Jean-Paul Adam||SYC|foreign minister|
Sylvestre Radegonde||SYC|foreign minister|
Joseph Saidu Momoh|Joseph Momoh|SLE|president|
Valentine Strasser||SLE|head of state|
Ahmad Tejan Kabbah||SLE|president|
Johnny Paul Koroma||SLE|head of state|
Ernest Bai Koroma||SLE|president|
Julius Maada Bio||SLE|president|
Albert Joe Demby||SLE|vice president|
Solomon Berewa||SLE|vice president|
Samuel Sam-Sumana||SLE|vice president|
Victor Bockarie Foh||SLE|vice president|
Mohamed Juldeh Jalloh||SLE|vice president|
David Moinina Sengeh|David Sengeh|SLE|prime minister|
Momodu Koroma||SLE|foreign minister|
Zainab Bangura|Zainab Hawa Bangura|SLE|foreign minister|
Joseph Bandabla Dauda|J. B. Dauda|SLE|foreign minister|
Samura Kamara||SLE|foreign minister|
Alie Kabba||SLE|foreign minister|
Nabeela Tunis|Nabeela Farida Tunis|SLE|foreign minister|
David Francis|David J. Francis|SLE|foreign minister|
Timothy Musa Kabba|Timothy Kabba|SLE|foreign minister|
Siad Barre|Mohamed Siad Barre; Mohamed Siyad Barre|SOM|president|
Ali Mahdi Muhammad|Ali Mahdi Mohamed|SOM|president|
Mohamed Farrah Aidid|Mohamed Farah Aidid; Mohamed Farah Aïdid|SOM|leader|
Abdiqasim Salad Hassan|Abdulkassim Salat Hassan|SOM|president|
Abdullahi Yusuf Ahmed||SOM|president|
Sharif Sheikh Ahmed|Sheikh Sharif Sheikh Ahmed; Sharif Cheikh Ahmed|SOM|president|
Hassan Sheikh Mohamud|Hassan Cheikh Mohamoud|SOM|president|
Mohamed Abdullahi Farmaajo|Mohamed Abdullahi Mohamed; Farmaajo; Farmajo|SOM|president|
Muhammad Hawadle Madar||SOM|prime minister|
Ali Khalif Galaydh||SOM|prime minister|
Hassan Abshir Farah||SOM|prime minister|
Ali Mohamed Gedi|Ali Mohamed Ghedi|SOM|prime minister|
Nur Hassan Hussein|Nur Adde|SOM|prime minister|
Omar Abdirashid Ali Sharmarke|Omar Abdirashid Sharmarke|SOM|prime minister|
Abdiweli Mohamed Ali|Abdiweli Mohamed Ali Gaas|SOM|prime minister|
Abdi Farah Shirdon||SOM|prime minister|
Abdiweli Sheikh Ahmed||SOM|prime minister|
Hassan Ali Khaire||SOM|prime minister|
Mohamed Hussein Roble||SOM|prime minister|
Hamza Abdi Barre||SOM|prime minister|
Fawziya Yusuf Haji Adan|Fawzia Yusuf Haji Adan; Fowsiyo Yusuf Haji Aadan|SOM|foreign minister|
Yusuf Garaad Omar||SOM|foreign minister|
Ahmed Isse Awad||SOM|foreign minister|
Abshir Omar Huruse|Abshir Omar Jama Huruse|SOM|foreign minister|
Ahmed Moallim Fiqi||SOM|foreign minister|
F. W. de Klerk|Frederik Willem de Klerk; F.W. de Klerk; Frederik de Klerk|ZAF|president|
Kgalema Motlanthe||ZAF|president|
Phumzile Mlambo-Ngcuka||ZAF|vice president|
Baleka Mbete||ZAF|vice president|
David Mabuza|David Dabede Mabuza|ZAF|vice president|
Paul Mashatile||ZAF|vice president|
Pik Botha|Roelof Frederik Botha; Roelof Botha|ZAF|foreign minister|
Alfred Nzo||ZAF|foreign minister|
Nkosazana Dlamini-Zuma|Nkosazana Dlamini Zuma|ZAF|foreign minister|
Maite Nkoana-Mashabane||ZAF|foreign minister|
Lindiwe Sisulu||ZAF|foreign minister|
Naledi Pandor|Grace Naledi Pandor|ZAF|foreign minister|
Ronald Lamola||ZAF|foreign minister|
Magnus Malan||ZAF|defense minister|
Roelf Meyer||ZAF|defense minister|
Gene Louw||ZAF|defense minister|
Joe Modise||ZAF|defense minister|
Mosiuoa Lekota|Patrick Lekota; Terror Lekota|ZAF|defense minister|
Charles Nqakula||ZAF|defense minister|
Nosiviwe Mapisa-Nqakula||ZAF|defense minister|
Thandi Modise||ZAF|defense minister|
Angie Motshekga|Angelina Motshekga|ZAF|defense minister|
Salva Kiir|Salva Kiir Mayardit|SSD|president|
Riek Machar|Riek Machar Teny|SSD|vice president|
James Wani Igga||SSD|vice president|
Taban Deng Gai||SSD|vice president|
Rebecca Nyandeng de Mabior|Rebecca Nyandeng Garang|SSD|vice president|
Benjamin Bol Mel||SSD|vice president|
Nhial Deng Nhial||SSD|foreign minister|
Barnaba Marial Benjamin||SSD|foreign minister|
Deng Alor|Deng Alor Kuol|SSD|foreign minister|
Awut Deng Acuil||SSD|foreign minister|
Beatrice Wani-Noah|Beatrice Khamisa Wani-Noah|SSD|foreign minister|
Mayiik Ayii Deng||SSD|foreign minister|
James Pitia Morgan||SSD|foreign minister|
Omar al-Bashir|Omar el-Béchir; Omar Hassan al-Bashir; Omar al Bashir; Omar el-Bashir; Omar el-Bechir|SDN|president|
Ahmed Awad Ibn Auf|Awad Ibn Auf; Awad Ibnouf|SDN|head of state|
Abdel Fattah al-Burhan|Abdel Fattah al-Burhane; Abdelfatah al Burhan; Abdel Fattah Burhan|SDN|head of state|
Mohamed Hamdan Dagalo|Mohamed Hamdan Daglo; Mohamed Hamdane Daglo; Hemedti; Hemeti; Hemetti|SDN|vice president|
Zubair Mohamed Salih|El Zubair Mohamed Salih|SDN|vice president|
Ali Osman Taha|Ali Osman Mohamed Taha|SDN|vice president|
John Garang|John Garang de Mabior|SDN|vice president|
Bakri Hassan Saleh||SDN|prime minister|
Motazz Moussa|Moutaz Moussa; Motaz Mousa|SDN|prime minister|
Mohamed Tahir Ayala||SDN|prime minister|
Abdalla Hamdok|Abdallah Hamdok; Abdalá Hamdok; Abdala Hamdok|SDN|prime minister|
Dafallah al-Haj Ali|Dafallah al-Hajj Ali|SDN|prime minister|
Kamil Idris|Kamil Eltayeb Idris|SDN|prime minister|
Hussein Suleiman Abu Saleh||SDN|foreign minister|
Mustafa Osman Ismail||SDN|foreign minister|
Lam Akol||SDN|foreign minister|
Ali Karti|Ali Ahmed Karti|SDN|foreign minister|
Ibrahim Ghandour||SDN|foreign minister|
Al-Dirdiri Mohamed Ahmed|El-Dirdiri Mohamed Ahmed|SDN|foreign minister|
Asma Mohamed Abdalla||SDN|foreign minister|
Mariam al-Sadiq al-Mahdi|Mariam al-Mahdi; Mariam Sadiq al-Mahdi|SDN|foreign minister|
Ali al-Sadiq|Ali al-Sadiq Ali|SDN|foreign minister|
Hussein Awad Ali||SDN|foreign minister|
Abdel Rahim Mohamed Hussein|Abdelrahim Mohamed Hussein|SDN|defense minister|
Jamal al-Din Omar|Gamal Eldin Omar; Jamal Eddine Omar|SDN|defense minister|
Yassin Ibrahim Yassin||SDN|defense minister|
Ali Hassan Mwinyi||TZA|president|
Benjamin Mkapa|Benjamin William Mkapa|TZA|president|
Jakaya Kikwete|Jakaya Mrisho Kikwete|TZA|president|
John Magufuli|John Pombe Magufuli|TZA|president|
Samia Suluhu Hassan|Samia Suluhu|TZA|president|
Omar Ali Juma||TZA|vice president|
Ali Mohamed Shein||TZA|vice president|
Mohamed Gharib Bilal||TZA|vice president|
Philip Mpango|Philip Isdor Mpango|TZA|vice president|
Emmanuel Nchimbi|Emmanuel John Nchimbi|TZA|vice president|
John Malecela|John Samuel Malecela|TZA|prime minister|
Cleopa Msuya|Cleopa David Msuya|TZA|prime minister|
Frederick Sumaye||TZA|prime minister|
Edward Lowassa||TZA|prime minister|
Mizengo Pinda||TZA|prime minister|
Kassim Majaliwa|Kassim Majaliwa Majaliwa|TZA|prime minister|
Mwigulu Nchemba|Mwigulu Lameck Nchemba|TZA|prime minister|
Ahmed Hassan Diria||TZA|foreign minister|
Joseph Rwegasira||TZA|foreign minister|
Asha-Rose Migiro|Asha Rose Migiro|TZA|foreign minister|
Bernard Membe||TZA|foreign minister|
Augustine Mahiga||TZA|foreign minister|
Palamagamba Kabudi|Palamagamba John Kabudi|TZA|foreign minister|
Liberata Mulamula||TZA|foreign minister|
Stergomena Tax|Stergomena Lawrence Tax|TZA|foreign minister|
January Makamba||TZA|foreign minister|
Mahmoud Thabit Kombo||TZA|foreign minister|
Hussein Mwinyi|Hussein Ali Mwinyi|TZA|defense minister|
Shamsi Vuai Nahodha||TZA|defense minister|
Elias Kwandikwa||TZA|defense minister|
Innocent Bashungwa||TZA|defense minister|
Gnassingbé Eyadéma|Étienne Eyadéma; Eyadéma Gnassingbé; Gnassingbe Eyadema; Etienne Eyadema; Eyadema Gnassingbe|TGO|president|
Abass Bonfoh||TGO|president|
Faure Gnassingbé|Faure Essozimna Gnassingbé; Faure Gnassingbe; Faure Essozimna Gnassingbe|TGO|president|
Jean-Lucien Savi de Tové|Jean Lucien Savi de Tové; Jean-Lucien Savi de Tove; Jean Lucien Savi de Tove|TGO|president|
Joseph Kokou Koffigoh|Kokou Koffigoh|TGO|prime minister|
Edem Kodjo||TGO|prime minister|
Kwassi Klutse||TGO|prime minister|
Eugène Koffi Adoboli|Eugene Koffi Adoboli|TGO|prime minister|
Agbéyomé Kodjo|Gabriel Messan Agbéyomé Kodjo; Agbeyome Kodjo; Gabriel Messan Agbeyome Kodjo|TGO|prime minister|
Koffi Sama||TGO|prime minister|
Yawovi Agboyibo||TGO|prime minister|
Komlan Mally||TGO|prime minister|
Gilbert Houngbo|Gilbert Fossoun Houngbo|TGO|prime minister|
Kwesi Ahoomey-Zunu||TGO|prime minister|
Komi Sélom Klassou|Komi Selom Klassou|TGO|prime minister|
Victoire Tomégah Dogbé|Victoire Tomegah-Dogbé; Victoire Tomegah Dogbe; Victoire Tomegah-Dogbe|TGO|prime minister|
Zarifou Ayéva|Zarifou Ayeva|TGO|foreign minister|
Léopold Gnininvi|Leopold Gnininvi|TGO|foreign minister|
Kofi Esaw|Koffi Esaw|TGO|foreign minister|
Elliott Ohin||TGO|foreign minister|
Robert Dussey||TGO|foreign minister|
Zine El Abidine Ben Ali|Zine el-Abidine Ben Ali; Zine el Abidine Ben Alí; Ben Alí; Zine el Abidine Ben Ali; Ben Ali|TUN|president|
Fouad Mebazaa||TUN|president|
Moncef Marzouki|Moncef Marzuki; Mohamed Moncef Marzouki|TUN|president|
Beji Caid Essebsi|Béji Caïd Essebsi; Béji Caïd Sebsi; Caid Essebsi; Beji Caid Sebsi|TUN|president|
Mohamed Ennaceur||TUN|president|
Kais Saied|Kaïs Saïed; Kais Said; Kaïs Saïd; Kais Saïed|TUN|president|
Hamed Karoui||TUN|prime minister|
Mohamed Ghannouchi|Mohammed Ghannouchi; Mohamed Ganuchi|TUN|prime minister|
Hamadi Jebali|Hamadi Yebali|TUN|prime minister|
Ali Laarayedh|Ali Larayedh; Ali Larayed|TUN|prime minister|
Mehdi Jomaa|Mehdi Yomaa; Mehdi Jomâa|TUN|prime minister|
Habib Essid||TUN|prime minister|
Youssef Chahed|Yusef Chahed|TUN|prime minister|
Elyes Fakhfakh|Elyès Fakhfakh; Elias Fakhfakh|TUN|prime minister|
Hichem Mechichi|Hichem Méchichi|TUN|prime minister|
Najla Bouden|Najla Bouden Romdhane; Najla Bouden Romdane|TUN|prime minister|
Ahmed Hachani||TUN|prime minister|
Kamel Madouri|Kamel Maddouri|TUN|prime minister|
Sara Zaafrani Zenzri|Sarra Zaafrani Zenzri; Sarra Zaâfrani Zenzri|TUN|prime minister|
Habib Ben Yahia||TUN|foreign minister|
Abderrahim Zouari||TUN|foreign minister|
Abdelbaki Hermassi||TUN|foreign minister|
Abdelwahab Abdallah||TUN|foreign minister|
Kamel Morjane||TUN|foreign minister|
Ahmed Ounaies|Ahmed Ounaïes|TUN|foreign minister|
Mouldi Kefi||TUN|foreign minister|
Rafik Abdessalem|Rafik Abdessalem Bouchlaka|TUN|foreign minister|
Othman Jerandi|Othman Jarandi|TUN|foreign minister|
Taïeb Baccouche|Taieb Baccouche|TUN|foreign minister|
Khemaies Jhinaoui|Khemaïes Jhinaoui; Jemaies Jhinaoui|TUN|foreign minister|
Noureddine Erray|Nourredine Erray|TUN|foreign minister|
Nabil Ammar||TUN|foreign minister|
Mohamed Ali Nafti||TUN|foreign minister|
Yoweri Museveni|Yoweri Kaguta Museveni|UGA|president|
Samson Kisekka||UGA|prime minister|
Specioza Kazibwe|Specioza Wandira Kazibwe|UGA|vice president|
Gilbert Bukenya||UGA|vice president|
Edward Ssekandi|Edward Kiwanuka Ssekandi|UGA|vice president|
Jessica Alupo||UGA|vice president|
George Cosmas Adyebo||UGA|prime minister|
Kintu Musoke||UGA|prime minister|
Apolo Nsibambi||UGA|prime minister|
Amama Mbabazi|John Patrick Amama Mbabazi|UGA|prime minister|
Ruhakana Rugunda||UGA|prime minister|
Robinah Nabbanja||UGA|prime minister|
Paul Ssemogerere|Paul Kawanga Ssemogerere|UGA|foreign minister|
Eriya Kategaya||UGA|foreign minister|
James Wapakhabulo||UGA|foreign minister|
Tom Butime||UGA|foreign minister|
Sam Kutesa|Sam Kahamba Kutesa|UGA|foreign minister|
Jeje Odongo||UGA|foreign minister|
Crispus Kiyonga||UGA|defense minister|
Adolf Mwesige||UGA|defense minister|
Elly Tumwine||UGA|defense minister|
Vincent Ssempijja|Vincent Bamulangaki Ssempijja|UGA|defense minister|
Jacob Oboth-Oboth|Jacob Oboth Oboth|UGA|defense minister|
Muhoozi Kainerugaba||UGA|army chief|
Kenneth Kaunda||ZMB|president|
Frederick Chiluba||ZMB|president|
Levy Mwanawasa|Levy Patrick Mwanawasa|ZMB|president|
Rupiah Banda|Rupiah Bwezani Banda|ZMB|president|
Michael Sata|Michael Chilufya Sata|ZMB|president|
Guy Scott||ZMB|president|
Edgar Lungu|Edgar Chagwa Lungu|ZMB|president|
Hakainde Hichilema||ZMB|president|
Malimba Masheke||ZMB|prime minister|
Godfrey Miyanda||ZMB|vice president|
Christon Tembo||ZMB|vice president|
Enoch Kavindele||ZMB|vice president|
Nevers Mumba||ZMB|vice president|
Lupando Mwape||ZMB|vice president|
George Kunda||ZMB|vice president|
Inonge Wina||ZMB|vice president|
Mutale Nalumango||ZMB|vice president|
Vernon Mwaanga||ZMB|foreign minister|
Keli Walubita||ZMB|foreign minister|
Katele Kalumba||ZMB|foreign minister|
Kabinga Pande||ZMB|foreign minister|
Chishimba Kambwili||ZMB|foreign minister|
Given Lubinda||ZMB|foreign minister|
Harry Kalaba||ZMB|foreign minister|
Joseph Malanji||ZMB|foreign minister|
Stanley Kakubo||ZMB|foreign minister|
Mulambo Haimbe||ZMB|foreign minister|
Robert Mugabe|Robert Gabriel Mugabe|ZWE|president|
Emmerson Mnangagwa|Emmerson Dambudzo Mnangagwa|ZWE|president|
Simon Muzenda||ZWE|vice president|
Joshua Nkomo||ZWE|vice president|
Joseph Msika||ZWE|vice president|
Joice Mujuru|Joyce Mujuru|ZWE|vice president|
John Nkomo||ZWE|vice president|
Phelekezela Mphoko||ZWE|vice president|
Constantino Chiwenga||ZWE|vice president|
Kembo Mohadi||ZWE|vice president|
Morgan Tsvangirai||ZWE|prime minister|
Nathan Shamuyarira||ZWE|foreign minister|
Stan Mudenge|Isack Stanislaus Gorerazvo Mudenge|ZWE|foreign minister|
Simbarashe Mumbengegwi||ZWE|foreign minister|
Walter Mzembi||ZWE|foreign minister|
Sibusiso Moyo|Sibusiso Busi Moyo|ZWE|foreign minister|
Frederick Shava||ZWE|foreign minister|
Amon Murwira||ZWE|foreign minister|
Mohamed Abdelaziz||ESH|president|
Khatri Addouh||ESH|president|
Brahim Ghali|Brahim Gali|ESH|president|
Mahfoud Ali Beiba||ESH|prime minister|
Bouchraya Hammoudi Bayoun||ESH|prime minister|
Abdelkader Taleb Omar||ESH|prime minister|
Mohamed Wali Akeik||ESH|prime minister|
Mohamed Salem Ould Salek|Mohamed Salem Uld Salek|ESH|foreign minister|
Mohamed Sidati||ESH|foreign minister|
"""
}
