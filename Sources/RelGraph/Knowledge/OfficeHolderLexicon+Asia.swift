extension OfficeHolderLexicon {
    /// `full name | aliases | affiliation | role |`
    static let asia = """
Mohammad Najibullah|Najibullah Ahmadzai; Mohammad Najibullah Ahmadzai|AFG|president|
Sibghatullah Mojaddedi|Sibghatullah Mujaddidi; Sebghatullah Mojaddedi|AFG|president|
Burhanuddin Rabbani|Burhanuddine Rabbani; Burhanudin Rabani|AFG|president|
Mullah Mohammad Omar|Mullah Omar; Mollah Omar; Mulá Omar|AFG|leader|
Hibatullah Akhundzada|Haibatullah Akhundzada; Hibatullah Akhunzada; Haibatullah Akhoundzada|AFG|supreme leader|
Fazal Haq Khaliqyar||AFG|prime minister|
Abdul Sabur Farid Kohistani|Abdul Sabur Farid|AFG|prime minister|
Gulbuddin Hekmatyar|Gulbudin Hekmatyar|AFG|prime minister|
Mohammad Rabbani|Mullah Mohammad Rabbani; Mollah Rabbani|AFG|prime minister|
Mohammad Hasan Akhund|Mohammad Hassan Akhund; Mullah Hasan Akhund|AFG|prime minister|
Abdullah Abdullah||AFG|prime minister|
Abdul Ghani Baradar|Mullah Baradar; Mollah Baradar|AFG|leader|
Abdul Rashid Dostum|Abdul Rachid Dostom; Rashid Dostum|AFG|vice president|
Amrullah Saleh||AFG|vice president|
Karim Khalili|Mohammad Karim Khalili|AFG|vice president|
Abdul Wakil||AFG|foreign minister|
Mohammad Ghaus|Mullah Mohammad Ghaus|AFG|foreign minister|
Wakil Ahmed Muttawakil|Wakil Ahmad Muttawakil; Wakil Ahmad Mutawakil|AFG|foreign minister|
Rangin Dadfar Spanta||AFG|foreign minister|
Zalmai Rassoul|Zalmai Rasul|AFG|foreign minister|
Salahuddin Rabbani||AFG|foreign minister|
Hanif Atmar|Mohammad Hanif Atmar|AFG|foreign minister|
Amir Khan Muttaqi|Amir Khan Motaqi; Amir Khan Muttaqui|AFG|foreign minister|
Shahnawaz Tanai|Shahnawaz Tanay|AFG|defense minister|
Mohammad Aslam Watanjar|Aslam Watanjar|AFG|defense minister|
Ahmad Shah Massoud|Ahmed Shah Massoud; Ahmad Shah Masud; commandant Massoud|AFG|defense minister|
Mohammed Fahim|Mohammad Qasim Fahim; Marshal Fahim; maréchal Fahim|AFG|defense minister|
Abdul Rahim Wardak|Rahim Wardak|AFG|defense minister|
Bismillah Khan Mohammadi|Bismillah Mohammadi|AFG|defense minister|
Abdullah Habibi||AFG|defense minister|
Tariq Shah Bahrami||AFG|defense minister|
Asadullah Khalid||AFG|defense minister|
Mohammad Yaqoob Mujahid|Mullah Yaqoob; Mullah Mohammad Yaqoob|AFG|defense minister|
Bob Hawke|Robert Hawke|AUS|prime minister|
Paul Keating||AUS|prime minister|
John Howard||AUS|prime minister|
Kevin Rudd||AUS|prime minister|
Julia Gillard||AUS|prime minister|
Tony Abbott||AUS|prime minister|
Malcolm Turnbull||AUS|prime minister|
Scott Morrison||AUS|prime minister|
Anthony Albanese||AUS|prime minister|
Gareth Evans||AUS|foreign minister|
Alexander Downer||AUS|foreign minister|
Bob Carr||AUS|foreign minister|
Julie Bishop||AUS|foreign minister|
Marise Payne||AUS|foreign minister|
Penny Wong||AUS|foreign minister|
Kim Beazley||AUS|defense minister|
Ian McLachlan||AUS|defense minister|
Brendan Nelson||AUS|defense minister|
Joel Fitzgibbon||AUS|defense minister|
Kevin Andrews||AUS|defense minister|
Christopher Pyne||AUS|defense minister|
Linda Reynolds||AUS|defense minister|
Peter Dutton||AUS|defense minister|
Richard Marles||AUS|defense minister|
Isa bin Salman Al Khalifa|Issa ben Salmane Al Khalifa; Isa bin Salman al Jalifa|BHR|emir|
Hamad bin Isa Al Khalifa|Hamad ben Issa Al Khalifa; Hamad bin Isa al Jalifa; King Hamad; roi Hamad|BHR|king|
Khalifa bin Salman Al Khalifa|Khalifa ben Salmane Al Khalifa; Jalifa bin Salman al Jalifa|BHR|prime minister|
Salman bin Hamad Al Khalifa|Salmane ben Hamad Al Khalifa; Salman bin Hamad al Jalifa|BHR|crown prince|
Mohammed bin Mubarak Al Khalifa|Mohammed ben Moubarak Al Khalifa|BHR|foreign minister|
Khalid bin Ahmed Al Khalifa|Khaled ben Ahmed Al Khalifa; Khalid bin Ahmed al Jalifa|BHR|foreign minister|
Abdullatif bin Rashid Al Zayani|Abdullatif al-Zayani; Abdellatif al-Zayani; Abdul Latif al-Zayani|BHR|foreign minister|
Hussain Muhammad Ershad|H. M. Ershad; Hossain Mohammad Ershad|BGD|president|
Shahabuddin Ahmed||BGD|president|
Abdur Rahman Biswas||BGD|president|
A. Q. M. Badruddoza Chowdhury|Badruddoza Chowdhury|BGD|president|
Iajuddin Ahmed||BGD|president|
Zillur Rahman||BGD|president|
Mohammad Abdul Hamid||BGD|president|
Mohammed Shahabuddin|Mohammed Shahabuddin Chuppu|BGD|president|
Kazi Zafar Ahmed||BGD|prime minister|
Khaleda Zia||BGD|prime minister|
Sheikh Hasina|Sheikh Hasina Wazed; Hasina Wajed|BGD|prime minister|
Muhammad Habibur Rahman||BGD|prime minister|
Latifur Rahman||BGD|prime minister|
Fakhruddin Ahmed||BGD|prime minister|
Muhammad Yunus|Mohammed Yunus; Mohamed Yunus|BGD|prime minister|
Anisul Islam Mahmud||BGD|foreign minister|
Abdus Samad Azad||BGD|foreign minister|
Morshed Khan|M. Morshed Khan|BGD|foreign minister|
Iftekhar Ahmed Chowdhury||BGD|foreign minister|
Dipu Moni||BGD|foreign minister|
Abul Hassan Mahmood Ali|A. H. Mahmood Ali|BGD|foreign minister|
A. K. Abdul Momen|AK Abdul Momen; Abul Kalam Abdul Momen|BGD|foreign minister|
Hasan Mahmud||BGD|foreign minister|
Touhid Hossain|Md Touhid Hossain|BGD|foreign minister|
Moeen U Ahmed|Moeen Uddin Ahmed|BGD|army chief|
Waker-Uz-Zaman|Waqar-uz-Zaman|BGD|army chief|
Jigme Singye Wangchuck|King Jigme Singye Wangchuck|BTN|king|
Jigme Khesar Namgyel Wangchuck|Jigme Khesar Wangchuck; King Jigme Khesar|BTN|king|
Jigme Thinley|Jigmi Y. Thinley; Jigme Y. Thinley; Jigmi Thinley|BTN|prime minister|
Sangay Ngedup||BTN|prime minister|
Yeshey Zimba||BTN|prime minister|
Khandu Wangchuk||BTN|prime minister|
Kinzang Dorji||BTN|prime minister|
Tshering Tobgay||BTN|prime minister|
Lotay Tshering||BTN|prime minister|
Dawa Tsering||BTN|foreign minister|
Ugyen Tshering||BTN|foreign minister|
Rinzin Dorje||BTN|foreign minister|
Damcho Dorji||BTN|foreign minister|
Tandi Dorji||BTN|foreign minister|
D. N. Dhungyel|Dinanath Dhungyel; DN Dhungyel|BTN|foreign minister|
Hassanal Bolkiah|Sultan Hassanal Bolkiah|BRN|sultan|
Mohamed Bolkiah|Prince Mohamed Bolkiah|BRN|foreign minister|
Erywan Yusof|Erywan Pehin Yusof|BRN|foreign minister|
Al-Muhtadee Billah|Crown Prince Al-Muhtadee Billah|BRN|crown prince|
Heng Samrin||KHM|head of state|
Chea Sim||KHM|head of state|
Norodom Sihanouk|King Sihanouk; roi Sihanouk; Sihanouk|KHM|king|
Norodom Sihamoni|King Sihamoni; roi Sihamoni|KHM|king|
Hun Sen|Samdech Hun Sen|KHM|prime minister|
Norodom Ranariddh|Prince Ranariddh; prince Norodom Ranariddh|KHM|prime minister|
Ung Huot||KHM|prime minister|
Hun Manet||KHM|prime minister|
Hor Namhong|Hor Nam Hong|KHM|foreign minister|
Norodom Sirivudh|Prince Sirivudh|KHM|foreign minister|
Prak Sokhonn||KHM|foreign minister|
Sok Chenda Sophea||KHM|foreign minister|
Yang Shangkun||CHN|president|
Deng Xiaoping|Teng Hsiao-ping|CHN|leader|
Wang Zhen||CHN|vice president|
Rong Yiren||CHN|vice president|
Zeng Qinghong||CHN|vice president|
Li Yuanchao||CHN|vice president|
Wang Qishan||CHN|vice president|
Han Zheng||CHN|vice president|
Qian Qichen||CHN|foreign minister|
Tang Jiaxuan||CHN|foreign minister|
Li Zhaoxing||CHN|foreign minister|
Qin Jiwei||CHN|defense minister|
Chi Haotian||CHN|defense minister|
Cao Gangchuan||CHN|defense minister|
Liang Guanglie||CHN|defense minister|
Chang Wanquan||CHN|defense minister|
Wei Fenghe||CHN|defense minister|
Li Shangfu||CHN|defense minister|
Dong Jun||CHN|defense minister|
Xanana Gusmão|Xanana Gusmao; Kay Rala Xanana Gusmão; Xanana|TLS|president|
José Ramos-Horta|Jose Ramos-Horta; José Ramos Horta; Jose Ramos Horta|TLS|president|
Taur Matan Ruak|José Maria Vasconcelos|TLS|president|
Francisco Guterres|Francisco Guterres Lú-Olo; Lú-Olo; Lu-Olo|TLS|president|
Fernando de Araújo|Fernando de Araujo; Fernando La Sama de Araújo; Fernando Lasama de Araújo|TLS|president|
Mari Alkatiri||TLS|prime minister|
Estanislau da Silva||TLS|prime minister|
Rui Maria de Araújo|Rui Maria de Araujo; Rui Araújo|TLS|prime minister|
José Luís Guterres|Jose Luis Guterres|TLS|foreign minister|
Zacarias da Costa|Zacarias Albano da Costa|TLS|foreign minister|
Hernâni Coelho|Hernani Coelho|TLS|foreign minister|
Aurélio Guterres|Aurelio Guterres|TLS|foreign minister|
Dionísio Babo Soares|Dionisio Babo Soares|TLS|foreign minister|
Adaljiza Magno||TLS|foreign minister|
Bendito Freitas|Bendito dos Santos Freitas|TLS|foreign minister|
Penaia Ganilau|Ratu Sir Penaia Ganilau|FJI|president|
Kamisese Mara|Ratu Sir Kamisese Mara; Ratu Mara|FJI|president|
Josefa Iloilo|Ratu Josefa Iloilo|FJI|president|
Epeli Nailatikau|Ratu Epeli Nailatikau|FJI|president|
Jioji Konrote||FJI|president|
Wiliame Katonivere|Ratu Wiliame Katonivere|FJI|president|
Naiqama Lalabalavu|Ratu Naiqama Lalabalavu|FJI|president|
Sitiveni Rabuka|Sitiveni Ligamamada Rabuka|FJI|prime minister|
Mahendra Chaudhry||FJI|prime minister|
Laisenia Qarase||FJI|prime minister|
Jona Senilagakali||FJI|prime minister|
Frank Bainimarama|Voreqe Bainimarama; Josaia Voreqe Bainimarama|FJI|prime minister|
Kaliopate Tavola||FJI|foreign minister|
Inoke Kubuabola|Ratu Inoke Kubuabola|FJI|foreign minister|
R. Venkataraman|Ramaswamy Venkataraman; R Venkataraman|IND|president|
Shankar Dayal Sharma||IND|president|
K. R. Narayanan|Kocheril Raman Narayanan; KR Narayanan; K.R. Narayanan|IND|president|
A. P. J. Abdul Kalam|Abdul Kalam; APJ Abdul Kalam; A.P.J. Abdul Kalam|IND|president|
Pratibha Patil|Pratibha Devisingh Patil|IND|president|
Pranab Mukherjee||IND|president|
Ram Nath Kovind||IND|president|
Droupadi Murmu|Draupadi Murmu|IND|president|
V. P. Singh|V.P. Singh; Vishwanath Pratap Singh|IND|prime minister|
Chandra Shekhar|Chandra Shekhar Singh|IND|prime minister|
P. V. Narasimha Rao|Narasimha Rao; P.V. Narasimha Rao|IND|prime minister|
H. D. Deve Gowda|Deve Gowda; H.D. Deve Gowda|IND|prime minister|
I. K. Gujral|Inder Kumar Gujral; I.K. Gujral|IND|prime minister|
Krishan Kant||IND|vice president|
Bhairon Singh Shekhawat||IND|vice president|
Hamid Ansari|Mohammad Hamid Ansari|IND|vice president|
Venkaiah Naidu|M. Venkaiah Naidu|IND|vice president|
Jagdeep Dhankhar||IND|vice president|
C. P. Radhakrishnan|CP Radhakrishnan; C.P. Radhakrishnan|IND|vice president|
V. C. Shukla|Vidya Charan Shukla; V.C. Shukla|IND|foreign minister|
Madhavsinh Solanki||IND|foreign minister|
Dinesh Singh||IND|foreign minister|
Sikander Bakht||IND|foreign minister|
Jaswant Singh||IND|foreign minister|
Yashwant Sinha||IND|foreign minister|
Natwar Singh|K. Natwar Singh|IND|foreign minister|
S. M. Krishna|SM Krishna; S.M. Krishna|IND|foreign minister|
Salman Khurshid||IND|foreign minister|
Sushma Swaraj||IND|foreign minister|
Sharad Pawar||IND|defense minister|
Mulayam Singh Yadav||IND|defense minister|
George Fernandes||IND|defense minister|
A. K. Antony|AK Antony; A.K. Antony|IND|defense minister|
Manohar Parrikar||IND|defense minister|
Arun Jaitley||IND|defense minister|
Nirmala Sitharaman||IND|defense minister|
Rajnath Singh||IND|defense minister|
Brajesh Mishra||IND|national security adviser|
J. N. Dixit|Jyotindra Nath Dixit; J.N. Dixit|IND|national security adviser|
M. K. Narayanan|MK Narayanan; M.K. Narayanan|IND|national security adviser|
Shivshankar Menon||IND|national security adviser|
Ajit Doval||IND|national security adviser|
Suharto|Soeharto|IDN|president|
B. J. Habibie|Bacharuddin Jusuf Habibie; BJ Habibie; B.J. Habibie|IDN|president|
Abdurrahman Wahid|Gus Dur|IDN|president|
Megawati Sukarnoputri|Megawati Soekarnoputri; Megawati|IDN|president|
Susilo Bambang Yudhoyono|Bambang Yudhoyono; SBY|IDN|president|
Sudharmono||IDN|vice president|
Try Sutrisno||IDN|vice president|
Hamzah Haz||IDN|vice president|
Jusuf Kalla|Yusuf Kalla|IDN|vice president|
Boediono||IDN|vice president|
Ma'ruf Amin|Maruf Amin; Ma’ruf Amin|IDN|vice president|
Gibran Rakabuming Raka|Gibran Rakabuming|IDN|vice president|
Ali Alatas||IDN|foreign minister|
Alwi Shihab||IDN|foreign minister|
Hassan Wirajuda|Nur Hassan Wirajuda|IDN|foreign minister|
Marty Natalegawa||IDN|foreign minister|
Retno Marsudi|Retno L. P. Marsudi; Retno Lestari Priansari Marsudi|IDN|foreign minister|
Sugiono||IDN|foreign minister|
Benny Moerdani|Leonardus Benjamin Moerdani; L. B. Moerdani|IDN|defense minister|
Edi Sudradjat||IDN|defense minister|
Wiranto||IDN|defense minister|
Juwono Sudarsono||IDN|defense minister|
Mahfud MD|Mohammad Mahfud MD|IDN|defense minister|
Matori Abdul Djalil||IDN|defense minister|
Purnomo Yusgiantoro||IDN|defense minister|
Ryamizard Ryacudu||IDN|defense minister|
Sjafrie Sjamsoeddin||IDN|defense minister|
Ali Akbar Velayati|Alí Akbar Velayatí|IRN|foreign minister|
Kamal Kharrazi|Kamal Kharazi; Kamal Jarrazi|IRN|foreign minister|
Manouchehr Mottaki|Manuchehr Mottaki; Manuchehr Motaki|IRN|foreign minister|
Ali Akbar Salehi|Alí Akbar Salehí|IRN|foreign minister|
Ali Bagheri Kani|Ali Bagheri; Ali Bagheri-Kani|IRN|foreign minister|
Akbar Torkan||IRN|defense minister|
Mohammad Forouzandeh||IRN|defense minister|
Mostafa Mohammad-Najjar|Mostafa Mohammad Najjar|IRN|defense minister|
Ahmad Vahidi||IRN|defense minister|
Hossein Dehghan|Hossein Dehqan|IRN|defense minister|
Amir Hatami||IRN|defense minister|
Mohammad-Reza Gharaei Ashtiani|Mohammad Reza Ashtiani; Mohammad-Reza Ashtiani|IRN|defense minister|
Aziz Nasirzadeh||IRN|defense minister|
Hassan Habibi||IRN|vice president|
Mohammad Reza Aref|Mohammad-Reza Aref|IRN|vice president|
Parviz Davoodi|Parviz Davoudi|IRN|vice president|
Mohammad Reza Rahimi|Mohammad-Reza Rahimi|IRN|vice president|
Eshaq Jahangiri|Es'haq Jahangiri|IRN|vice president|
Mohammad Mokhber|Mohamad Mojber|IRN|vice president|
Ali Shamkhani|Ali Chamkhani; Alí Shamjaní|IRN|national security adviser|
Ali Larijani|Ali Laridjani; Alí Lariyaní|IRN|national security adviser|
Saeed Jalili|Saïd Jalili; Said Yalili|IRN|national security adviser|
Ali Akbar Ahmadian||IRN|national security adviser|
Qasem Soleimani|Qassem Soleimani; Ghassem Soleimani; Qasem Soleimaní; Kasem Soleimani|IRN|army chief|
Mohammad Bagheri|Mohammad Hossein Bagheri|IRN|army chief|
Hossein Salami||IRN|army chief|
Jalal Talabani|Djalal Talabani; Yalal Talabani|IRQ|president|
Ghazi al-Yawer|Ghazi al-Yaouar; Ghazi al Yawar|IRQ|president|
Fuad Masum|Fouad Massoum; Fuad Massum|IRQ|president|
Barham Salih|Barham Saleh|IRQ|president|
Abdul Latif Rashid|Abdel Latif Rachid; Abdul Latif Rachid|IRQ|president|
Saadoun Hammadi|Sadun Hammadi|IRQ|prime minister|
Mohammed Hamza al-Zubeidi|Muhammad Hamza al-Zubaidi|IRQ|prime minister|
Ayad Allawi|Iyad Allaoui; Iyad Allawi|IRQ|prime minister|
Ibrahim al-Jaafari|Ibrahim al Jaafari; Ibrahim al-Yafari|IRQ|prime minister|
Nouri al-Maliki|Nouri al Maliki; Nuri al-Maliki; Nuri al Maliki|IRQ|prime minister|
Haider al-Abadi|Haïdar al-Abadi; Haider al Abadi|IRQ|prime minister|
Adil Abdul-Mahdi|Adel Abdel Mahdi; Adel Abdul Mahdi; Adil Abdel Mahdi|IRQ|prime minister|
Mustafa al-Kadhimi|Moustafa al-Kazimi; Mustafa al-Kazemi; Mustafa al Kadhimi|IRQ|prime minister|
Mohammed Shia al-Sudani|Mohammed Chia al-Soudani; Mohamed Shia al Sudani; Mohammed al-Sudani|IRQ|prime minister|
Taha Yassin Ramadan|Taha Yassine Ramadan; Taha Yasin Ramadan|IRQ|vice president|
Izzat Ibrahim al-Douri|Ezzat Ibrahim al-Douri; Izzat Ibrahim al-Duri|IRQ|vice president|
Tariq al-Hashimi|Tarek al-Hachemi; Tareq al-Hashemi|IRQ|vice president|
Tariq Aziz|Tarek Aziz; Tarik Aziz|IRQ|foreign minister|
Mohammed Saeed al-Sahhaf|Mohammed Saïd al-Sahhaf; Comical Ali; Baghdad Bob|IRQ|foreign minister|
Naji Sabri|Naji Sabri al-Hadithi|IRQ|foreign minister|
Hoshyar Zebari|Hochyar Zebari|IRQ|foreign minister|
Mohamed Ali Alhakim|Mohammed Ali al-Hakim|IRQ|foreign minister|
Fuad Hussein|Fouad Hussein; Fuad Husein|IRQ|foreign minister|
Ali Hassan al-Majid|Chemical Ali; Ali le Chimique; Alí el Químico|IRQ|defense minister|
Sultan Hashim Ahmad|Sultan Hashim Ahmad al-Tai; Sultan Hachem Ahmad|IRQ|defense minister|
Hazim al-Shaalan|Hazem al-Chaalan|IRQ|defense minister|
Saadoun al-Dulaimi|Saadoun al-Doulaïmi|IRQ|defense minister|
Abdul Qader al-Obeidi|Abdel Kader al-Obeidi; Abdul Qadir al-Obaidi|IRQ|defense minister|
Khalid al-Obeidi|Khaled al-Obeidi; Khaled al-Obaidi|IRQ|defense minister|
Erfan al-Hiyali|Irfan al-Hiyali|IRQ|defense minister|
Najah al-Shammari||IRQ|defense minister|
Juma Inad|Jumaa Inad; Juma Inad Saadoun|IRQ|defense minister|
Thabet al-Abbasi|Thabit al-Abbasi|IRQ|defense minister|
Faleh al-Fayyadh|Falih al-Fayyadh; Faleh al-Fayadh|IRQ|national security adviser|
Qasim al-Araji|Qassem al-Araji; Kassem al-Araji|IRQ|national security adviser|
Yitzhak Shamir|Itzhak Shamir; Isaac Shamir|ISR|prime minister|
Chaim Herzog|Haïm Herzog; Jaim Herzog|ISR|president|
Ezer Weizman|Ezer Weizmann|ISR|president|
Moshe Katsav|Moshé Katsav; Moshe Katzav|ISR|president|
Reuven Rivlin|Réouven Rivlin; Ruvi Rivlin|ISR|president|
David Levy|David Lévy|ISR|foreign minister|
Shlomo Ben-Ami|Shlomo Ben Ami|ISR|foreign minister|
Silvan Shalom|Sylvan Shalom|ISR|foreign minister|
Tzipi Livni|Tzipora Livni|ISR|foreign minister|
Avigdor Lieberman|Avigdor Liberman|ISR|foreign minister|
Gabi Ashkenazi|Gabriel Ashkenazi; Gaby Ashkenazi|ISR|foreign minister|
Eli Cohen||ISR|foreign minister|
Gideon Sa'ar|Gideon Saar; Guideon Saar; Gideón Saar; Gideon Sa’ar|ISR|foreign minister|
Moshe Arens|Moshé Arens|ISR|defense minister|
Yitzhak Mordechai|Itzhak Mordechai|ISR|defense minister|
Binyamin Ben-Eliezer|Benjamin Ben-Eliezer; Fouad Ben-Eliezer|ISR|defense minister|
Shaul Mofaz|Chaoul Mofaz|ISR|defense minister|
Amir Peretz||ISR|defense minister|
Moshe Ya'alon|Moshe Yaalon; Moshé Yaalon; Bogie Ya'alon|ISR|defense minister|
Benny Gantz|Benjamin Gantz|ISR|defense minister|
Yoav Gallant|Yoav Galant|ISR|defense minister|
Israel Katz|Yisrael Katz|ISR|defense minister|
Tzachi Hanegbi|Tsachi Hanegbi; Tzahi Hanegbi|ISR|national security adviser|
Gadi Eisenkot|Gadi Eizenkot|ISR|army chief|
Herzi Halevi|Herzl Halevi|ISR|army chief|
Eyal Zamir||ISR|army chief|
Akihito|Emperor Akihito; empereur Akihito; emperador Akihito|JPN|head of state|
Naruhito|Emperor Naruhito; empereur Naruhito; emperador Naruhito|JPN|head of state|
Toshiki Kaifu||JPN|prime minister|
Kiichi Miyazawa||JPN|prime minister|
Morihiro Hosokawa||JPN|prime minister|
Tsutomu Hata||JPN|prime minister|
Tomiichi Murayama||JPN|prime minister|
Ryutaro Hashimoto|Ryūtarō Hashimoto|JPN|prime minister|
Keizo Obuchi|Keizō Obuchi|JPN|prime minister|
Yoshiro Mori|Yoshirō Mori|JPN|prime minister|
Yasuo Fukuda||JPN|prime minister|
Taro Aso|Tarō Asō|JPN|prime minister|
Yukio Hatoyama||JPN|prime minister|
Naoto Kan||JPN|prime minister|
Yoshihiko Noda||JPN|prime minister|
Yoshihide Suga||JPN|prime minister|
Taro Nakayama|Tarō Nakayama|JPN|foreign minister|
Michio Watanabe||JPN|foreign minister|
Kabun Muto|Kabun Mutō|JPN|foreign minister|
Koji Kakizawa|Kōji Kakizawa|JPN|foreign minister|
Yohei Kono|Yōhei Kōno|JPN|foreign minister|
Yukihiko Ikeda||JPN|foreign minister|
Masahiko Komura|Masahiko Kōmura; Masahiko Koumura|JPN|foreign minister|
Makiko Tanaka||JPN|foreign minister|
Yoriko Kawaguchi||JPN|foreign minister|
Nobutaka Machimura||JPN|foreign minister|
Hirofumi Nakasone||JPN|foreign minister|
Katsuya Okada||JPN|foreign minister|
Seiji Maehara||JPN|foreign minister|
Takeaki Matsumoto||JPN|foreign minister|
Koichiro Gemba|Kōichirō Genba; Koichiro Genba|JPN|foreign minister|
Taro Kono|Tarō Kōno|JPN|foreign minister|
Toshimitsu Motegi||JPN|foreign minister|
Yoshimasa Hayashi||JPN|foreign minister|
Yoko Kamikawa|Yōko Kamikawa|JPN|foreign minister|
Takeshi Iwaya||JPN|foreign minister|
Fumio Kyuma|Fumio Kyūma|JPN|defense minister|
Yuriko Koike||JPN|defense minister|
Yasukazu Hamada||JPN|defense minister|
Toshimi Kitazawa||JPN|defense minister|
Yasuo Ichikawa||JPN|defense minister|
Satoshi Morimoto||JPN|defense minister|
Itsunori Onodera||JPN|defense minister|
Akinori Eto|Akinori Etō|JPN|defense minister|
Gen Nakatani||JPN|defense minister|
Tomomi Inada||JPN|defense minister|
Nobuo Kishi||JPN|defense minister|
Minoru Kihara||JPN|defense minister|
Shinjiro Koizumi|Shinjirō Koizumi|JPN|defense minister|
Hussein bin Talal|King Hussein; roi Hussein; rey Hussein; Hussein of Jordan|JOR|king|
Hassan bin Talal|Prince Hassan; Hassan ben Talal|JOR|crown prince|
Hussein bin Abdullah|Crown Prince Hussein; Hussein ben Abdallah|JOR|crown prince|
Mudar Badran|Moudar Badrane|JOR|prime minister|
Taher al-Masri|Taher Masri|JOR|prime minister|
Zaid bin Shaker|Zeid ben Chaker; Zaid ibn Shaker|JOR|prime minister|
Abdelsalam al-Majali|Abdul Salam al-Majali; Abdessalam al-Majali|JOR|prime minister|
Abdul Karim al-Kabariti|Abdel Karim Kabariti|JOR|prime minister|
Fayez al-Tarawneh|Fayez Tarawneh|JOR|prime minister|
Abdul Raouf al-Rawabdeh|Abdel Raouf Rawabdeh|JOR|prime minister|
Ali Abu al-Ragheb|Ali Abou al-Ragheb; Ali Abu Ragheb|JOR|prime minister|
Faisal al-Fayez|Fayçal al-Fayez|JOR|prime minister|
Adnan Badran||JOR|prime minister|
Marouf al-Bakhit|Maarouf Bakhit; Marouf Bakhit|JOR|prime minister|
Nader al-Dahabi|Nader Dahabi|JOR|prime minister|
Samir Rifai|Samir al-Rifai|JOR|prime minister|
Awn Shawkat Al-Khasawneh|Awn al-Khasawneh; Aoun Khasawneh|JOR|prime minister|
Abdullah Ensour|Abdallah Ensour; Abdullah Nsour|JOR|prime minister|
Hani Mulki|Hani al-Mulki; Hani Moulki|JOR|prime minister|
Omar Razzaz|Omar al-Razzaz|JOR|prime minister|
Bisher Al-Khasawneh|Bicher al-Khasawneh; Bisher al Jasawneh|JOR|prime minister|
Jafar Hassan|Jaafar Hassan; Jafar Hasan|JOR|prime minister|
Marwan al-Qasim|Marwan Kasim|JOR|foreign minister|
Kamel Abu Jaber|Kamal Abu Jaber|JOR|foreign minister|
Abdul Ilah al-Khatib|Abdelilah al-Khatib; Abdul-Ilah Khatib|JOR|foreign minister|
Marwan Muasher|Marwan Moasher|JOR|foreign minister|
Salaheddine al-Bashir|Salah al-Bashir|JOR|foreign minister|
Nasser Judeh|Nasser Joudeh|JOR|foreign minister|
Ayman Safadi|Aymane Safadi; Aymán Safadi; Ayman al-Safadi|JOR|foreign minister|
Nursultan Nazarbayev|Noursoultan Nazarbaïev; Nursultán Nazarbáyev; Nursultan Nazarbaev|KAZ|president|
Kassym-Jomart Tokayev|Kassym-Jomart Tokaïev; Kasim-Yomart Tokáyev; Kassym Jomart Tokayev; Kasym-Zhomart Tokayev|KAZ|president|
Uzakbay Karamanov||KAZ|prime minister|
Sergey Tereshchenko|Sergei Tereshchenko|KAZ|prime minister|
Akezhan Kazhegeldin|Akejan Kajegueldine|KAZ|prime minister|
Nurlan Balgimbayev|Nurlan Balgimbaev|KAZ|prime minister|
Imangali Tasmagambetov||KAZ|prime minister|
Daniyal Akhmetov||KAZ|prime minister|
Karim Massimov|Karim Masimov|KAZ|prime minister|
Serik Akhmetov||KAZ|prime minister|
Bakhytzhan Sagintayev|Bakytzhan Sagintayev|KAZ|prime minister|
Askar Mamin||KAZ|prime minister|
Alikhan Smailov|Alihan Smailov|KAZ|prime minister|
Olzhas Bektenov|Oljas Bektenov|KAZ|prime minister|
Tuleutai Suleimenov|Tuleutay Suleymenov|KAZ|foreign minister|
Erlan Idrissov|Yerlan Idrissov|KAZ|foreign minister|
Marat Tazhin||KAZ|foreign minister|
Kanat Saudabayev|Kanat Saudabaïev|KAZ|foreign minister|
Yerzhan Kazykhanov|Erzhan Kazykhanov|KAZ|foreign minister|
Kairat Abdrakhmanov||KAZ|foreign minister|
Beibut Atamkulov||KAZ|foreign minister|
Mukhtar Tileuberdi||KAZ|foreign minister|
Murat Nurtleu||KAZ|foreign minister|
Yermek Kosherbayev|Ermek Kosherbayev|KAZ|foreign minister|
Ieremia Tabai||KIR|president|
Teatao Teannaki||KIR|president|
Teburoro Tito||KIR|president|
Anote Tong||KIR|president|
Taneti Maamau|Taneti Mamau|KIR|president|
Jaber Al-Ahmad Al-Sabah|Jaber al-Ahmad al-Jaber al-Sabah; Jaber al-Ahmed al-Sabah; Jaber al Ahmad al Sabah|KWT|emir|
Saad Al-Abdullah Al-Salim Al-Sabah|Saad al-Abdullah al-Sabah; Saad al-Abdallah al-Sabah|KWT|prime minister|
Sabah Al-Ahmad Al-Jaber Al-Sabah|Sabah al-Ahmad al-Sabah; Sabah al-Ahmed al-Sabah; Sabah al Ahmad al Sabah|KWT|emir|
Nawaf Al-Ahmad Al-Jaber Al-Sabah|Nawaf al-Ahmad al-Sabah; Nawaf al-Ahmed al-Sabah|KWT|emir|
Mishal Al-Ahmad Al-Jaber Al-Sabah|Mishal al-Ahmad al-Sabah; Meshal al-Ahmad al-Sabah; Mechaal al-Ahmad al-Sabah|KWT|emir|
Nasser Al-Mohammed Al-Sabah|Nasser al-Mohammad al-Sabah|KWT|prime minister|
Jaber Al-Mubarak Al-Hamad Al-Sabah|Jaber al-Mubarak al-Sabah; Jaber al-Moubarak al-Sabah|KWT|prime minister|
Sabah Al-Khalid Al-Sabah|Sabah al-Khaled al-Sabah|KWT|prime minister|
Ahmad Nawaf Al-Ahmad Al-Sabah|Ahmad Nawaf al-Sabah; Ahmed Nawaf al-Ahmad al-Sabah|KWT|prime minister|
Mohammad Sabah Al-Salem Al-Sabah||KWT|prime minister|
Ahmad Abdullah Al-Ahmad Al-Sabah|Ahmad Abdullah al-Sabah|KWT|prime minister|
Ahmad Nasser Al-Mohammad Al-Sabah|Ahmad Nasser al-Sabah; Ahmed Nasser al-Mohammed al-Sabah|KWT|foreign minister|
Salem Abdullah Al-Jaber Al-Sabah|Salem Abdullah al-Sabah|KWT|foreign minister|
Abdullah Al-Yahya|Abdallah al-Yahya|KWT|foreign minister|
Askar Akayev|Askar Akaïev; Askar Akáyev; Askar Akaev|KGZ|president|
Kurmanbek Bakiyev|Kourmanbek Bakiev; Kurmanbek Bakíev; Kurmanbek Bakiev|KGZ|president|
Roza Otunbayeva|Rosa Otounbaïeva; Roza Otunbáyeva; Roza Otunbaeva|KGZ|president|
Almazbek Atambayev|Almazbek Atambaïev; Almazbek Atambáyev; Almazbek Atambaev|KGZ|president|
Sooronbay Jeenbekov|Sooronbaï Jeenbekov; Sooronbai Zheenbekov|KGZ|president|
Sadyr Japarov|Sadyr Djaparov; Sadyr Zhaparov; Sadir Japárov|KGZ|president|
Tursunbek Chyngyshev||KGZ|prime minister|
Apas Jumagulov|Apas Djumagulov|KGZ|prime minister|
Kubanychbek Jumaliyev||KGZ|prime minister|
Jumabek Ibraimov||KGZ|prime minister|
Amangeldy Muraliyev|Amangeldi Muraliev|KGZ|prime minister|
Nikolai Tanayev|Nikolay Tanayev|KGZ|prime minister|
Felix Kulov|Feliks Kulov; Félix Koulov|KGZ|prime minister|
Azim Isabekov||KGZ|prime minister|
Igor Chudinov||KGZ|prime minister|
Daniar Usenov||KGZ|prime minister|
Omurbek Babanov||KGZ|prime minister|
Zhantoro Satybaldiyev|Jantoro Satybaldiev|KGZ|prime minister|
Djoomart Otorbaev|Joomart Otorbayev|KGZ|prime minister|
Temir Sariyev|Temir Sariev|KGZ|prime minister|
Sapar Isakov||KGZ|prime minister|
Mukhammedkalyi Abylgaziev||KGZ|prime minister|
Kubatbek Boronov||KGZ|prime minister|
Ulukbek Maripov||KGZ|prime minister|
Akylbek Japarov|Akylbek Zhaparov|KGZ|prime minister|
Adylbek Kasymaliev||KGZ|prime minister|
Muratbek Imanaliyev|Muratbek Imanaliev|KGZ|foreign minister|
Askar Aitmatov||KGZ|foreign minister|
Alikbek Jekshenkulov||KGZ|foreign minister|
Ruslan Kazakbayev|Ruslan Kazakbaev|KGZ|foreign minister|
Erlan Abdyldayev|Erlan Abdyldaev|KGZ|foreign minister|
Chingiz Aidarbekov||KGZ|foreign minister|
Jeenbek Kulubaev|Zheenbek Kulubaev|KGZ|foreign minister|
Phoumi Vongvichit||LAO|head of state|
Kaysone Phomvihane||LAO|president|
Nouhak Phoumsavanh||LAO|president|
Khamtai Siphandone|Khamtay Siphandone|LAO|president|
Choummaly Sayasone||LAO|president|
Bounnhang Vorachith|Bounnhang Vorachit|LAO|president|
Thongloun Sisoulith|Thongloun Sisoulit|LAO|president|
Sisavath Keobounphanh||LAO|prime minister|
Bouasone Bouphavanh||LAO|prime minister|
Thongsing Thammavong||LAO|prime minister|
Phankham Viphavanh||LAO|prime minister|
Sonexay Siphandone||LAO|prime minister|
Phoune Sipaseuth||LAO|foreign minister|
Somsavat Lengsavad||LAO|foreign minister|
Saleumxay Kommasith||LAO|foreign minister|
Elias Hrawi|Elias Hraoui; Elías Hrawi|LBN|president|
Émile Lahoud|Emile Lahoud; Émile Lahud|LBN|president|
Michel Suleiman|Michel Sleiman; Michel Souleimane|LBN|president|
Michel Aoun|Michel Aún|LBN|president|
Joseph Aoun|Joseph Aún|LBN|president|
Selim al-Hoss|Salim al-Hoss; Sélim Hoss; Salim Hoss|LBN|prime minister|
Omar Karami|Omar Karamé|LBN|prime minister|
Rachid Solh|Rachid el-Solh; Rashid al-Solh|LBN|prime minister|
Rafic Hariri|Rafiq Hariri; Rafik Hariri|LBN|prime minister|
Fouad Siniora|Fuad Siniora|LBN|prime minister|
Najib Mikati|Nagib Mikati; Nayib Mikati|LBN|prime minister|
Saad Hariri|Saad al-Hariri|LBN|prime minister|
Tammam Salam|Tamam Salam|LBN|prime minister|
Hassan Diab|Hasán Diab|LBN|prime minister|
Nawaf Salam||LBN|prime minister|
Fares Boueiz|Farès Boueiz|LBN|foreign minister|
Jean Obeid||LBN|foreign minister|
Fawzi Salloukh||LBN|foreign minister|
Adnan Mansour||LBN|foreign minister|
Gebran Bassil|Gibran Bassil; Gebrane Bassil|LBN|foreign minister|
Nassif Hitti||LBN|foreign minister|
Charbel Wehbe|Charbel Wehbé|LBN|foreign minister|
Abdallah Bou Habib|Abdullah Bou Habib|LBN|foreign minister|
Youssef Rajji|Youssef Raggi|LBN|foreign minister|
Sultan Azlan Shah|Azlan Muhibbuddin Shah|MYS|king|
Tuanku Ja'afar|Tuanku Jaafar|MYS|king|
Sultan Salahuddin Abdul Aziz Shah|Salahuddin Abdul Aziz Shah|MYS|king|
Tuanku Syed Sirajuddin|Syed Sirajuddin|MYS|king|
Tuanku Mizan Zainal Abidin|Mizan Zainal Abidin; Sultan Mizan Zainal Abidin|MYS|king|
Tuanku Abdul Halim Mu'adzam Shah|Abdul Halim Mu'adzam Shah; Sultan Abdul Halim|MYS|king|
Sultan Muhammad V|Muhammad V of Kelantan|MYS|king|
Sultan Abdullah Sultan Ahmad Shah|Al-Sultan Abdullah; Sultan Abdullah|MYS|king|
Sultan Ibrahim Iskandar|Sultan Ibrahim; Sultan Ibrahim of Johor|MYS|king|
Mahathir Mohamad|Mahathir bin Mohamad; Mahathir Mohammad|MYS|prime minister|
Abdullah Ahmad Badawi|Abdullah Badawi|MYS|prime minister|
Najib Razak|Najib Tun Razak; Najib Abdul Razak|MYS|prime minister|
Muhyiddin Yassin|Mahiaddin Yassin|MYS|prime minister|
Ismail Sabri Yaakob|Ismail Sabri|MYS|prime minister|
Anwar Ibrahim||MYS|prime minister|
Abu Hassan Omar||MYS|foreign minister|
Syed Hamid Albar||MYS|foreign minister|
Rais Yatim||MYS|foreign minister|
Anifah Aman||MYS|foreign minister|
Saifuddin Abdullah||MYS|foreign minister|
Zambry Abdul Kadir||MYS|foreign minister|
Mohamad Hasan|Tok Mat|MYS|foreign minister|
Ahmad Zahid Hamidi|Zahid Hamidi|MYS|defense minister|
Hishammuddin Hussein|Hishammuddin Tun Hussein|MYS|defense minister|
Mohamad Sabu|Mat Sabu|MYS|defense minister|
Khaled Nordin|Mohamed Khaled Nordin|MYS|defense minister|
Maumoon Abdul Gayoom|Maumoon Gayoom|MDV|president|
Mohamed Nasheed|Mohammed Nasheed|MDV|president|
Mohammed Waheed Hassan|Mohamed Waheed Hassan; Mohamed Waheed|MDV|president|
Abdulla Yameen|Abdulla Yameen Abdul Gayoom; Abdullah Yameen|MDV|president|
Ibrahim Mohamed Solih|Ibrahim Solih; Ibu Solih|MDV|president|
Mohamed Muizzu||MDV|president|
Fathulla Jameel||MDV|foreign minister|
Ahmed Shaheed||MDV|foreign minister|
Abdulla Shahid||MDV|foreign minister|
Ahmed Naseem||MDV|foreign minister|
Dunya Maumoon||MDV|foreign minister|
Mohamed Asim||MDV|foreign minister|
Moosa Zameer||MDV|foreign minister|
Abdulla Khaleel||MDV|foreign minister|
Amata Kabua||MHL|president|
Imata Kabua||MHL|president|
Kessai Note||MHL|president|
Litokwa Tomeing||MHL|president|
Jurelang Zedkaia||MHL|president|
Christopher Loeak||MHL|president|
Casten Nemra||MHL|president|
Hilda Heine||MHL|president|
David Kabua||MHL|president|
Tony deBrum|Tony de Brum|MHL|foreign minister|
Gerald Zackios||MHL|foreign minister|
Phillip Muller||MHL|foreign minister|
Kalani Kaneko||MHL|foreign minister|
John Haglelgam||FSM|president|
Bailey Olter||FSM|president|
Jacob Nena||FSM|president|
Leo Falcam||FSM|president|
Joseph Urusemal||FSM|president|
Manny Mori|Emanuel Mori|FSM|president|
Peter M. Christian||FSM|president|
David Panuelo||FSM|president|
Wesley Simina||FSM|president|
Lorin Robert||FSM|foreign minister|
Kandhi Elieisar||FSM|foreign minister|
Jambyn Batmönkh|Jambyn Batmunkh|MNG|head of state|
Punsalmaagiin Ochirbat|Ochirbat Punsalmaa|MNG|president|
Natsagiin Bagabandi|Natsag Bagabandi|MNG|president|
Nambaryn Enkhbayar|Nambar Enkhbayar|MNG|president|
Tsakhiagiin Elbegdorj|Tsakhia Elbegdorj; Elbegdorj Tsakhia|MNG|president|
Khaltmaagiin Battulga|Khaltmaa Battulga; Battulga Khaltmaa|MNG|president|
Ukhnaagiin Khürelsükh|Ukhnaagiin Khurelsukh; Ukhnaa Khurelsukh; Khurelsukh Ukhnaa|MNG|president|
Dumaagiin Sodnom||MNG|prime minister|
Sharavyn Gungaadorj||MNG|prime minister|
Dashiin Byambasüren|Dashiin Byambasuren|MNG|prime minister|
Puntsagiin Jasrai||MNG|prime minister|
Mendsaikhany Enkhsaikhan|Mendsaikhan Enkhsaikhan|MNG|prime minister|
Janlavyn Narantsatsralt||MNG|prime minister|
Rinchinnyamyn Amarjargal||MNG|prime minister|
Miyeegombyn Enkhbold|Miyegombo Enkhbold|MNG|prime minister|
Sanjaagiin Bayar|Sanj Bayar|MNG|prime minister|
Sükhbaataryn Batbold|Sukhbaataryn Batbold; Sukhbaatar Batbold|MNG|prime minister|
Norovyn Altankhuyag|Norov Altankhuyag|MNG|prime minister|
Chimediin Saikhanbileg|Chimed Saikhanbileg|MNG|prime minister|
Jargaltulgyn Erdenebat|Jargaltulga Erdenebat|MNG|prime minister|
Luvsannamsrain Oyun-Erdene|Oyun-Erdene Luvsannamsrai; Luvsannamsrai Oyun-Erdene|MNG|prime minister|
Gombojavyn Zandanshatar|Gombojav Zandanshatar; Zandanshatar Gombojav|MNG|prime minister|
Tserenpiliin Gombosüren|Tserenpiliin Gombosuren|MNG|foreign minister|
Nyam-Osoryn Tuyaa|Nyam-Osor Tuyaa|MNG|foreign minister|
Luvsangiin Erdenechuluun||MNG|foreign minister|
Tsendiin Mönkh-Orgil|Tsend Munkh-Orgil; Tsendiin Munkh-Orgil|MNG|foreign minister|
Sanjaasürengiin Oyuun|Sanjaasurengiin Oyun; Oyun Sanjaasuren|MNG|foreign minister|
Luvsanvandan Bold|Luvsanvandangiin Bold|MNG|foreign minister|
Lundeg Purevsuren|Lundegiin Pürevsüren|MNG|foreign minister|
Damdin Tsogtbaatar|Damdiny Tsogtbaatar|MNG|foreign minister|
Batmunkh Battsetseg|Battsetseg Batmunkh|MNG|foreign minister|
Saw Maung||MMR|head of state|
Than Shwe||MMR|head of state|
Thein Sein||MMR|president|
Htin Kyaw||MMR|president|
Win Myint||MMR|president|
Myint Swe||MMR|president|
Aung San Suu Kyi|Daw Aung San Suu Kyi; Suu Kyi|MMR|leader|
Min Aung Hlaing||MMR|army chief|
Khin Nyunt||MMR|prime minister|
Soe Win||MMR|prime minister|
Nyo Saw||MMR|prime minister|
Ohn Gyaw||MMR|foreign minister|
Win Aung||MMR|foreign minister|
Nyan Win||MMR|foreign minister|
Wunna Maung Lwin||MMR|foreign minister|
Than Swe||MMR|foreign minister|
Mya Tun Oo||MMR|defense minister|
Bernard Dowiyogo||NRU|president|
Kennan Adeang||NRU|president|
Lagumot Harris||NRU|president|
Ruben Kun||NRU|president|
Kinza Clodumar||NRU|president|
René Harris|Rene Harris|NRU|president|
Derog Gioura||NRU|president|
Ludwig Scotty||NRU|president|
Marcus Stephen||NRU|president|
Freddie Pitcher||NRU|president|
Sprent Dabwido||NRU|president|
Baron Waqa||NRU|president|
Lionel Aingimea||NRU|president|
Russ Kun||NRU|president|
David Adeang||NRU|president|
Kieren Keke||NRU|foreign minister|
Birendra Bir Bikram Shah|King Birendra; roi Birendra; rey Birendra|NPL|king|
Dipendra Bir Bikram Shah|King Dipendra; Crown Prince Dipendra; prince Dipendra|NPL|king|
Gyanendra Shah|Gyanendra Bir Bikram Shah; King Gyanendra; roi Gyanendra|NPL|king|
Ram Baran Yadav||NPL|president|
Bidya Devi Bhandari|Bidhya Devi Bhandari|NPL|president|
Ram Chandra Poudel|Ram Chandra Paudel|NPL|president|
Marich Man Singh Shrestha||NPL|prime minister|
Krishna Prasad Bhattarai||NPL|prime minister|
Girija Prasad Koirala|G. P. Koirala; Girija Koirala|NPL|prime minister|
Man Mohan Adhikari||NPL|prime minister|
Sher Bahadur Deuba||NPL|prime minister|
Lokendra Bahadur Chand||NPL|prime minister|
Surya Bahadur Thapa||NPL|prime minister|
Pushpa Kamal Dahal|Prachanda|NPL|prime minister|
Madhav Kumar Nepal||NPL|prime minister|
Jhala Nath Khanal||NPL|prime minister|
Baburam Bhattarai||NPL|prime minister|
Khil Raj Regmi||NPL|prime minister|
Sushil Koirala||NPL|prime minister|
KP Sharma Oli|K. P. Sharma Oli; K.P. Sharma Oli; Khadga Prasad Oli|NPL|prime minister|
Sushila Karki||NPL|prime minister|
Ramesh Nath Pandey||NPL|foreign minister|
Sahana Pradhan||NPL|foreign minister|
Upendra Yadav||NPL|foreign minister|
Sujata Koirala||NPL|foreign minister|
Narayan Kaji Shrestha||NPL|foreign minister|
Mahendra Bahadur Pandey||NPL|foreign minister|
Kamal Thapa||NPL|foreign minister|
Prakash Sharan Mahat||NPL|foreign minister|
Krishna Bahadur Mahara||NPL|foreign minister|
Pradeep Gyawali|Pradeep Kumar Gyawali|NPL|foreign minister|
Narayan Khadka||NPL|foreign minister|
Bimala Rai Paudyal||NPL|foreign minister|
N. P. Saud|Narayan Prakash Saud; NP Saud|NPL|foreign minister|
Arzu Rana Deuba||NPL|foreign minister|
Ishwor Pokhrel||NPL|defense minister|
Ashok Raj Sigdel||NPL|army chief|
Geoffrey Palmer||NZL|prime minister|
Jim Bolger|James Bolger|NZL|prime minister|
Jenny Shipley||NZL|prime minister|
Helen Clark||NZL|prime minister|
John Key||NZL|prime minister|
Bill English||NZL|prime minister|
Jacinda Ardern||NZL|prime minister|
Chris Hipkins||NZL|prime minister|
Christopher Luxon||NZL|prime minister|
Don McKinnon|Donald McKinnon|NZL|foreign minister|
Phil Goff||NZL|foreign minister|
Winston Peters||NZL|foreign minister|
Murray McCully||NZL|foreign minister|
Nanaia Mahuta||NZL|foreign minister|
Gerry Brownlee||NZL|foreign minister|
Kim Yong-nam|Kim Yong Nam|PRK|head of state|
Choe Ryong-hae|Choe Ryong Hae|PRK|vice president|
Yon Hyong-muk|Yon Hyong Muk|PRK|prime minister|
Kang Song-san|Kang Song San|PRK|prime minister|
Hong Song-nam|Hong Song Nam|PRK|prime minister|
Pak Pong-ju|Pak Pong Ju|PRK|prime minister|
Kim Yong-il|Kim Yong Il|PRK|prime minister|
Choe Yong-rim|Choe Yong Rim|PRK|prime minister|
Kim Jae-ryong|Kim Jae Ryong|PRK|prime minister|
Kim Tok-hun|Kim Tok Hun; Kim Deok-hun|PRK|prime minister|
Pak Thae-song|Pak Thae Song|PRK|prime minister|
Paek Nam-sun|Paek Nam Sun|PRK|foreign minister|
Pak Ui-chun|Pak Ui Chun|PRK|foreign minister|
Ri Su-yong|Ri Su Yong|PRK|foreign minister|
Ri Yong-ho|Ri Yong Ho|PRK|foreign minister|
Ri Son-gwon|Ri Son Gwon|PRK|foreign minister|
Choe Son-hui|Choe Son Hui|PRK|foreign minister|
O Jin-u|Oh Jin-u; O Jin U|PRK|defense minister|
Choe Kwang|Choe Gwang|PRK|defense minister|
Kim Il-chol|Kim Il Chol|PRK|defense minister|
Kim Yong-chun|Kim Yong Chun|PRK|defense minister|
Hyon Yong-chol|Hyon Yong Chol|PRK|defense minister|
Pak Yong-sik|Pak Yong Sik|PRK|defense minister|
No Kwang-chol|No Kwang Chol|PRK|defense minister|
Kang Sun-nam|Kang Sun Nam|PRK|defense minister|
Qaboos bin Said|Sultan Qaboos; sultan Qabous; Qabous ben Saïd; Qaboos bin Said al Said|OMN|sultan|
Haitham bin Tariq|Sultan Haitham; Haitham bin Tariq Al Said; Haitham ben Tarek; Haitham bin Tarik|OMN|sultan|
Yusuf bin Alawi bin Abdullah|Yusuf bin Alawi; Yousef bin Alawi; Youssef ben Alaoui|OMN|foreign minister|
Badr Albusaidi|Badr al-Busaidi; Badr bin Hamad Al Busaidi; Badr al-Boussaïdi|OMN|foreign minister|
Ghulam Ishaq Khan||PAK|president|
Wasim Sajjad||PAK|president|
Farooq Leghari|Farooq Ahmad Khan Leghari; Farooq Ahmed Leghari|PAK|president|
Muhammad Rafiq Tarar|Rafiq Tarar|PAK|president|
Asif Ali Zardari|Asif Zardari|PAK|president|
Mamnoon Hussain||PAK|president|
Arif Alvi||PAK|president|
Benazir Bhutto||PAK|prime minister|
Ghulam Mustafa Jatoi||PAK|prime minister|
Balakh Sher Mazari||PAK|prime minister|
Moeenuddin Ahmad Qureshi|Moeen Qureshi|PAK|prime minister|
Malik Meraj Khalid||PAK|prime minister|
Zafarullah Khan Jamali|Mir Zafarullah Khan Jamali|PAK|prime minister|
Chaudhry Shujaat Hussain|Shujaat Hussain|PAK|prime minister|
Shaukat Aziz||PAK|prime minister|
Muhammad Mian Soomro|Mohammedmian Soomro|PAK|prime minister|
Yousaf Raza Gilani|Youssouf Raza Gilani; Yusuf Raza Gilani|PAK|prime minister|
Raja Pervaiz Ashraf|Raja Pervez Ashraf|PAK|prime minister|
Mir Hazar Khan Khoso|Hazar Khan Khoso|PAK|prime minister|
Shahid Khaqan Abbasi||PAK|prime minister|
Nasirul Mulk||PAK|prime minister|
Anwaar-ul-Haq Kakar|Anwaar ul Haq Kakar; Anwar-ul-Haq Kakar|PAK|prime minister|
Sahabzada Yaqub Khan||PAK|foreign minister|
Aseff Ahmad Ali||PAK|foreign minister|
Gohar Ayub Khan||PAK|foreign minister|
Sartaj Aziz||PAK|foreign minister|
Khurshid Mahmud Kasuri|Khurshid Kasuri; Khurshid Mehmood Kasuri|PAK|foreign minister|
Shah Mehmood Qureshi|Shah Mahmood Qureshi|PAK|foreign minister|
Hina Rabbani Khar||PAK|foreign minister|
Bilawal Bhutto Zardari|Bilawal Bhutto|PAK|foreign minister|
Jalil Abbas Jilani||PAK|foreign minister|
Ishaq Dar|Mohammad Ishaq Dar; Muhammad Ishaq Dar|PAK|foreign minister|
Khawaja Asif|Khawaja Muhammad Asif|PAK|defense minister|
Rao Sikandar Iqbal||PAK|defense minister|
Chaudhry Ahmad Mukhtar||PAK|defense minister|
Pervez Khattak||PAK|defense minister|
Mirza Aslam Beg|Aslam Beg|PAK|army chief|
Asif Nawaz Janjua||PAK|army chief|
Abdul Waheed Kakar|Waheed Kakar|PAK|army chief|
Jehangir Karamat||PAK|army chief|
Ashfaq Parvez Kayani|Ashfaq Kayani; Ashfaq Kiani|PAK|army chief|
Raheel Sharif||PAK|army chief|
Qamar Javed Bajwa|Qamar Bajwa|PAK|army chief|
Asim Munir|Syed Asim Munir|PAK|army chief|
Ngiratkel Etpison||PLW|president|
Kuniwo Nakamura||PLW|president|
Tommy Remengesau|Tommy Remengesau Jr.; Tommy E. Remengesau Jr.|PLW|president|
Johnson Toribiong||PLW|president|
Surangel Whipps Jr.|Surangel Whipps; Surangel Whipps Jr|PLW|president|
Ahmed Qurei|Ahmed Qoreï; Ahmed Qureia; Abou Alaa; Abu Ala|PSE|prime minister|
Ismail Haniyeh|Ismaïl Haniyeh; Ismail Haniya; Ismail Haniye|PSE|prime minister|
Salam Fayyad|Salam Fayad|PSE|prime minister|
Rami Hamdallah|Rami Hamdala|PSE|prime minister|
Mohammad Shtayyeh|Mohammed Shtayyeh; Mohammad Shtayeh; Mohammed Shtayeh; Mohamed Chtayyeh|PSE|prime minister|
Mohammad Mustafa|Mohammed Mustafa; Mohammad Moustafa; Mohammed Moustafa|PSE|prime minister|
Farouk Kaddoumi|Farouk Qaddoumi; Faruq al-Qaddumi|PSE|foreign minister|
Nabil Shaath|Nabil Chaath|PSE|foreign minister|
Nasser al-Kidwa|Nasser al-Qudwa; Nasser Kidwa|PSE|foreign minister|
Mahmoud al-Zahar|Mahmoud Zahar; Mahmud al Zahar|PSE|foreign minister|
Ziad Abu Amr|Ziad Abou Amr|PSE|foreign minister|
Riyad al-Maliki|Riad al-Malki; Riyad al-Malki; Riad Malki|PSE|foreign minister|
Varsen Aghabekian|Varsen Aghabekian Shahin|PSE|foreign minister|
Hussein al-Sheikh|Hussein al-Cheikh; Hussein al Sheikh; Husein al Sheij|PSE|vice president|
Rabbie Namaliu||PNG|prime minister|
Paias Wingti||PNG|prime minister|
Julius Chan|Sir Julius Chan|PNG|prime minister|
Bill Skate||PNG|prime minister|
Mekere Morauta|Sir Mekere Morauta|PNG|prime minister|
Michael Somare|Sir Michael Somare|PNG|prime minister|
Peter O'Neill|Peter O’Neill|PNG|prime minister|
James Marape||PNG|prime minister|
Sam Abal||PNG|foreign minister|
Rimbink Pato||PNG|foreign minister|
Patrick Pruaitch||PNG|foreign minister|
Soroi Eoe||PNG|foreign minister|
Justin Tkatchenko||PNG|foreign minister|
Corazon Aquino|Cory Aquino|PHL|president|
Fidel V. Ramos|Fidel Ramos|PHL|president|
Joseph Estrada|Joseph Ejercito Estrada; Erap|PHL|president|
Gloria Macapagal Arroyo|Gloria Arroyo|PHL|president|
Benigno Aquino III|Noynoy Aquino; Benigno Aquino|PHL|president|
Salvador Laurel||PHL|vice president|
Teofisto Guingona Jr.|Teofisto Guingona|PHL|vice president|
Noli de Castro||PHL|vice president|
Jejomar Binay||PHL|vice president|
Leni Robredo||PHL|vice president|
Sara Duterte|Sara Duterte-Carpio|PHL|vice president|
Raul Manglapus|Raúl Manglapus|PHL|foreign minister|
Roberto Romulo||PHL|foreign minister|
Domingo Siazon Jr.|Domingo Siazon|PHL|foreign minister|
Blas Ople|Blas F. Ople|PHL|foreign minister|
Delia Albert|Delia Domingo-Albert|PHL|foreign minister|
Alberto Romulo||PHL|foreign minister|
Albert del Rosario||PHL|foreign minister|
Perfecto Yasay Jr.|Perfecto Yasay|PHL|foreign minister|
Alan Peter Cayetano||PHL|foreign minister|
Teodoro Locsin Jr.|Teodoro Locsin; Teddy Locsin; Teddyboy Locsin|PHL|foreign minister|
Enrique Manalo||PHL|foreign minister|
Theresa Lazaro|Ma. Theresa Lazaro|PHL|foreign minister|
Renato de Villa||PHL|defense minister|
Fortunato Abat||PHL|defense minister|
Orlando Mercado||PHL|defense minister|
Angelo Reyes||PHL|defense minister|
Eduardo Ermita||PHL|defense minister|
Avelino Cruz|Avelino Cruz Jr.|PHL|defense minister|
Gilberto Teodoro|Gibo Teodoro; Gilberto Teodoro Jr.|PHL|defense minister|
Norberto Gonzales||PHL|defense minister|
Voltaire Gazmin||PHL|defense minister|
Delfin Lorenzana||PHL|defense minister|
Carlito Galvez Jr.|Carlito Galvez|PHL|defense minister|
Khalifa bin Hamad Al Thani|Khalifa ben Hamad Al-Thani; Jalifa bin Hamad al Thani|QAT|emir|
Hamad bin Khalifa Al Thani|Hamad ben Khalifa Al-Thani; Hamad bin Jalifa al Thani|QAT|emir|
Abdullah bin Khalifa Al Thani|Abdallah ben Khalifa Al-Thani|QAT|prime minister|
Hamad bin Jassim Al Thani|Hamad bin Jassim bin Jaber Al Thani; Hamad ben Jassem Al-Thani; Hamad bin Jasim al Thani; HBJ|QAT|prime minister|
Abdullah bin Nasser Al Thani|Abdullah bin Nasser bin Khalifa Al Thani; Abdallah ben Nasser Al-Thani|QAT|prime minister|
Khalid bin Khalifa Al Thani|Khalid bin Khalifa bin Abdulaziz Al Thani; Khaled ben Khalifa Al-Thani|QAT|prime minister|
Mohammed bin Abdulrahman Al Thani|Mohammed ben Abderrahmane Al-Thani; Mohamed bin Abdulrahman al Thani; Mohammed bin Abdulrahman bin Jassim Al Thani|QAT|prime minister|
Khalid bin Mohammad Al Attiyah|Khalid al-Attiyah; Khaled al-Attiyah|QAT|foreign minister|
Malietoa Tanumafili II|Malietoa Tanumafili|WSM|head of state|
Tui Atua Tupua Tamasese Efi|Tupua Tamasese Efi|WSM|head of state|
Va'aletoa Sualauvi II|Tuimalealiifano Vaaletoa Sualauvi II; Tuimaleali'ifano Va'aletoa Sualauvi II|WSM|head of state|
Tofilau Eti Alesana||WSM|prime minister|
Tuilaepa Sailele Malielegaoi|Tuilaepa Aiono Sailele Malielegaoi; Tuilaepa|WSM|prime minister|
Fiame Naomi Mata'afa|Fiamē Naomi Mataʻafa; Fiame Naomi Mataafa; Naomi Mata'afa|WSM|prime minister|
La'auli Leuatea Schmidt|Laauli Leuatea Schmidt; La'auli Leuatea Polataivao Schmidt|WSM|prime minister|
Fahd bin Abdulaziz|King Fahd; roi Fahd; rey Fahd; Fahd ben Abdelaziz|SAU|king|
Abdullah bin Abdulaziz|Abdallah ben Abdelaziz; Abdalá bin Abdelaziz; Abdullah bin Abdulaziz Al Saud|SAU|king|
Sultan bin Abdulaziz|Sultan ben Abdelaziz; Prince Sultan|SAU|crown prince|
Nayef bin Abdulaziz|Nayef ben Abdelaziz; Prince Nayef|SAU|crown prince|
Muqrin bin Abdulaziz|Moqren ben Abdelaziz; Prince Muqrin|SAU|crown prince|
Mohammed bin Nayef|Mohammed ben Nayef; Mohamed bin Nayef; MBN|SAU|crown prince|
Saud al-Faisal|Saoud al-Fayçal; Saud al Faisal; Prince Saud al-Faisal|SAU|foreign minister|
Adel al-Jubeir|Adel al-Joubeir; Adel al Jubeir|SAU|foreign minister|
Ibrahim al-Assaf||SAU|foreign minister|
Khalid bin Salman|Khaled ben Salmane; Khalid bin Salmán; Prince Khalid bin Salman|SAU|defense minister|
Bandar bin Sultan|Bandar ben Sultan; Prince Bandar|SAU|national security adviser|
Wee Kim Wee||SGP|president|
Ong Teng Cheong||SGP|president|
S. R. Nathan|SR Nathan; S.R. Nathan; Sellapan Ramanathan|SGP|president|
Tony Tan|Tony Tan Keng Yam|SGP|president|
Halimah Yacob||SGP|president|
Tharman Shanmugaratnam||SGP|president|
Lee Kuan Yew||SGP|prime minister|
Goh Chok Tong||SGP|prime minister|
Lee Hsien Loong||SGP|prime minister|
Lawrence Wong||SGP|prime minister|
Wong Kan Seng||SGP|foreign minister|
S. Jayakumar|Shunmugam Jayakumar; S Jayakumar|SGP|foreign minister|
George Yeo||SGP|foreign minister|
K. Shanmugam|K Shanmugam; Kasiviswanathan Shanmugam|SGP|foreign minister|
Vivian Balakrishnan||SGP|foreign minister|
Solomon Mamaloni||SLB|prime minister|
Francis Billy Hilly||SLB|prime minister|
Bartholomew Ulufa'alu|Bartholomew Ulufaalu|SLB|prime minister|
Manasseh Sogavare||SLB|prime minister|
Allan Kemakeza||SLB|prime minister|
Snyder Rini||SLB|prime minister|
Derek Sikua||SLB|prime minister|
Danny Philip||SLB|prime minister|
Gordon Darcy Lilo||SLB|prime minister|
Rick Houenipwela|Rick Hou|SLB|prime minister|
Jeremiah Manele||SLB|prime minister|
Peter Shanel Agovaka||SLB|foreign minister|
Roh Tae-woo|Roh Tae Woo|KOR|president|
Kim Young-sam|Kim Young Sam|KOR|president|
Kim Dae-jung|Kim Dae Jung|KOR|president|
Roh Moo-hyun|Roh Moo Hyun|KOR|president|
Lee Myung-bak|Lee Myung Bak|KOR|president|
Park Geun-hye|Park Geun Hye|KOR|president|
Choi Sang-mok|Choi Sang Mok|KOR|president|
Kang Young-hoon|Kang Young Hoon|KOR|prime minister|
Ro Jai-bong|Ro Jai Bong|KOR|prime minister|
Chung Won-shik|Chung Won Shik|KOR|prime minister|
Hyun Soong-jong|Hyun Soong Jong|KOR|prime minister|
Hwang In-sung|Hwang In Sung|KOR|prime minister|
Lee Hoi-chang|Lee Hoi Chang|KOR|prime minister|
Lee Yung-dug|Lee Yung Dug|KOR|prime minister|
Lee Hong-koo|Lee Hong Koo|KOR|prime minister|
Lee Soo-sung|Lee Soo Sung|KOR|prime minister|
Goh Kun|Koh Kun|KOR|prime minister|
Kim Jong-pil|Kim Jong Pil|KOR|prime minister|
Park Tae-joon|Park Tae Joon|KOR|prime minister|
Lee Han-dong|Lee Han Dong|KOR|prime minister|
Kim Suk-soo|Kim Suk Soo|KOR|prime minister|
Lee Hae-chan|Lee Hae Chan|KOR|prime minister|
Han Myeong-sook|Han Myung-sook; Han Myeong Sook|KOR|prime minister|
Han Duck-soo|Han Duck Soo|KOR|prime minister|
Han Seung-soo|Han Seung Soo|KOR|prime minister|
Chung Un-chan|Chung Un Chan|KOR|prime minister|
Kim Hwang-sik|Kim Hwang Sik|KOR|prime minister|
Chung Hong-won|Chung Hong Won|KOR|prime minister|
Lee Wan-koo|Lee Wan Koo|KOR|prime minister|
Hwang Kyo-ahn|Hwang Kyo Ahn|KOR|prime minister|
Lee Nak-yon|Lee Nak-yeon; Lee Nak Yon|KOR|prime minister|
Chung Sye-kyun|Chung Sye Kyun|KOR|prime minister|
Kim Boo-kyum|Kim Boo Kyum|KOR|prime minister|
Kim Min-seok|Kim Min Seok|KOR|prime minister|
Choi Ho-joong|Choi Ho Joong|KOR|foreign minister|
Lee Sang-ock|Lee Sang Ock|KOR|foreign minister|
Han Sung-joo|Han Sung Joo|KOR|foreign minister|
Gong Ro-myung|Gong Ro Myung|KOR|foreign minister|
Yoo Chong-ha|Yoo Chong Ha|KOR|foreign minister|
Park Chung-soo|Park Chung Soo|KOR|foreign minister|
Hong Soon-young|Hong Soon Young|KOR|foreign minister|
Lee Joung-binn|Lee Joung Binn|KOR|foreign minister|
Choi Sung-hong|Choi Sung Hong|KOR|foreign minister|
Yoon Young-kwan|Yoon Young Kwan|KOR|foreign minister|
Song Min-soon|Song Min Soon|KOR|foreign minister|
Yu Myung-hwan|Yu Myung Hwan|KOR|foreign minister|
Kim Sung-hwan|Kim Sung Hwan|KOR|foreign minister|
Yun Byung-se|Yun Byung Se|KOR|foreign minister|
Kang Kyung-wha|Kang Kyung Wha|KOR|foreign minister|
Chung Eui-yong|Chung Eui Yong|KOR|foreign minister|
Park Jin||KOR|foreign minister|
Cho Tae-yul|Cho Tae Yul|KOR|foreign minister|
Cho Hyun||KOR|foreign minister|
Cho Young-kil|Cho Young Kil|KOR|defense minister|
Yoon Kwang-ung|Yoon Kwang Ung|KOR|defense minister|
Kim Jang-soo|Kim Jang Soo|KOR|defense minister|
Kim Kwan-jin|Kim Kwan Jin|KOR|defense minister|
Han Min-koo|Han Min Koo|KOR|defense minister|
Song Young-moo|Song Young Moo|KOR|defense minister|
Jeong Kyeong-doo|Jeong Kyeong Doo|KOR|defense minister|
Suh Wook||KOR|defense minister|
Lee Jong-sup|Lee Jong Sup|KOR|defense minister|
Shin Won-sik|Shin Won Sik|KOR|defense minister|
Kim Yong-hyun|Kim Yong Hyun|KOR|defense minister|
Ahn Gyu-back|Ahn Gyu Back|KOR|defense minister|
Kim Sung-han|Kim Sung Han|KOR|national security adviser|
Wi Sung-lac|Wi Sung Lac|KOR|national security adviser|
Ranasinghe Premadasa||LKA|president|
D. B. Wijetunga|Dingiri Banda Wijetunga; D.B. Wijetunga|LKA|president|
Chandrika Kumaratunga|Chandrika Bandaranaike Kumaratunga|LKA|president|
Mahinda Rajapaksa|Mahinda Rajapakse|LKA|president|
Maithripala Sirisena||LKA|president|
Gotabaya Rajapaksa|Gotabaya Rajapakse; Gotabhaya Rajapaksa|LKA|president|
Ranil Wickremesinghe|Ranil Wickremasinghe|LKA|president|
Anura Kumara Dissanayake|Anura Kumara Dissanayaka; Anura Dissanayake|LKA|president|
Sirimavo Bandaranaike||LKA|prime minister|
Ratnasiri Wickremanayake||LKA|prime minister|
D. M. Jayaratne|D.M. Jayaratne|LKA|prime minister|
Dinesh Gunawardena||LKA|prime minister|
Harini Amarasuriya||LKA|prime minister|
A. C. S. Hameed|ACS Hameed; A.C.S. Hameed|LKA|foreign minister|
Lakshman Kadirgamar||LKA|foreign minister|
Tyronne Fernando||LKA|foreign minister|
Anura Bandaranaike||LKA|foreign minister|
Mangala Samaraweera||LKA|foreign minister|
Rohitha Bogollagama||LKA|foreign minister|
G. L. Peiris|GL Peiris; G.L. Peiris|LKA|foreign minister|
Tilak Marapana||LKA|foreign minister|
Ali Sabry||LKA|foreign minister|
Vijitha Herath||LKA|foreign minister|
Sarath Fonseka||LKA|army chief|
Mahmoud Zuabi|Mahmoud al-Zoubi; Mahmoud Zoubi|SYR|prime minister|
Muhammad Mustafa Mero|Mohammed Mustafa Miro|SYR|prime minister|
Muhammad Naji al-Otari|Mohammad Naji Otri; Naji al-Otari|SYR|prime minister|
Adel Safar||SYR|prime minister|
Riyad Hijab|Riad Hijab; Riyad Farid Hijab|SYR|prime minister|
Wael al-Halqi|Waël al-Halqi|SYR|prime minister|
Imad Khamis|Imad Khamiss|SYR|prime minister|
Hussein Arnous||SYR|prime minister|
Mohammad Ghazi al-Jalali|Mohammed Ghazi al-Jalali|SYR|prime minister|
Mohammed al-Bashir|Mohammed al-Bachir; Mohamed al Bashir|SYR|prime minister|
Abdul Halim Khaddam|Abdel Halim Khaddam; Abdelhalim Khaddam|SYR|vice president|
Zuhair Masharqa||SYR|vice president|
Rifaat al-Assad|Rifaat el-Assad; Rifaat al Asad|SYR|vice president|
Najah al-Attar||SYR|vice president|
Farouk al-Sharaa|Farouk al-Chareh; Farouk al-Charaa; Faruk al Shara|SYR|foreign minister|
Walid Muallem|Walid Mouallem; Walid al-Moallem; Walid al Mualem|SYR|foreign minister|
Faisal Mekdad|Fayçal Mekdad; Faisal al-Miqdad; Faisal Meqdad|SYR|foreign minister|
Bassam al-Sabbagh|Bassam Sabbagh|SYR|foreign minister|
Asaad al-Shaibani|Assaad al-Chaibani; Asaad Hassan al-Shaibani; Asaad al Shaibani|SYR|foreign minister|
Mustafa Tlass|Moustapha Tlass; Mustafa Tlas|SYR|defense minister|
Hassan Turkmani||SYR|defense minister|
Ali Habib Mahmud||SYR|defense minister|
Dawoud Rajiha|Daoud Rajha; Dawood Rajiha|SYR|defense minister|
Fahd Jassem al-Freij|Fahd al-Freij|SYR|defense minister|
Ali Abdullah Ayyoub||SYR|defense minister|
Ali Mahmoud Abbas||SYR|defense minister|
Murhaf Abu Qasra|Mourhaf Abou Qasra; Marhaf Abu Qasra|SYR|defense minister|
Lee Teng-hui|Lee Teng Hui|TWN|president|
Chen Shui-bian|Chen Shui Bian; A-Bian|TWN|president|
Ma Ying-jeou|Ma Ying Jeou|TWN|president|
Li Yuan-tsu|Li Yuan-zu|TWN|vice president|
Annette Lu|Lu Hsiu-lien|TWN|vice president|
Hsiao Bi-khim|Hsiao Bi Khim; Bi-khim Hsiao|TWN|vice president|
Chen Chien-jen|Chen Chien Jen|TWN|vice president|
Lee Huan||TWN|prime minister|
Hau Pei-tsun|Hau Pei Tsun|TWN|prime minister|
Lien Chan||TWN|prime minister|
Vincent Siew|Siew Wan-chang|TWN|prime minister|
Tang Fei||TWN|prime minister|
Chang Chun-hsiung|Chang Chun Hsiung|TWN|prime minister|
Yu Shyi-kun|Yu Shyi Kun|TWN|prime minister|
Frank Hsieh|Hsieh Chang-ting|TWN|prime minister|
Su Tseng-chang|Su Tseng Chang|TWN|prime minister|
Liu Chao-shiuan|Liu Chao Shiuan|TWN|prime minister|
Wu Den-yih|Wu Den Yih|TWN|prime minister|
Jiang Yi-huah|Jiang Yi Huah|TWN|prime minister|
Mao Chi-kuo|Mao Chi Kuo|TWN|prime minister|
Chang San-cheng|Chang San Cheng|TWN|prime minister|
Lin Chuan||TWN|prime minister|
Cho Jung-tai|Cho Jung Tai|TWN|prime minister|
Fredrick Chien|Frederick Chien; Chien Fu|TWN|foreign minister|
Jason Hu|Hu Chih-chiang|TWN|foreign minister|
Tien Hung-mao|Tien Hung Mao|TWN|foreign minister|
Eugene Chien|Chien Yu-hsin|TWN|foreign minister|
Francisco Ou|Ou Hung-lien|TWN|foreign minister|
Timothy Yang|Yang Chin-tien|TWN|foreign minister|
Joseph Wu|Jaushieh Joseph Wu; Wu Jaushieh; Wu Chao-hsieh|TWN|foreign minister|
Lin Chia-lung|Lin Chia Lung|TWN|foreign minister|
Lee Jye||TWN|defense minister|
Chen Chao-min||TWN|defense minister|
Kao Hua-chu||TWN|defense minister|
Yen Ming||TWN|defense minister|
Feng Shih-kuan||TWN|defense minister|
Yen De-fa||TWN|defense minister|
Chiu Kuo-cheng|Chiu Kuo Cheng|TWN|defense minister|
Wellington Koo|Koo Li-hsiung|TWN|defense minister|
Qahhor Mahkamov|Kakhar Makhkamov|TJK|president|
Rahmon Nabiyev|Rakhmon Nabiyev; Rahmon Nabiev|TJK|president|
Akbarsho Iskandarov||TJK|president|
Emomali Rahmon|Emomali Rakhmonov; Emomali Rahmonov; Emomalí Rahmón|TJK|president|
Izatullo Khayoyev||TJK|prime minister|
Abdumalik Abdullajanov|Abdumalik Abdulladzhanov|TJK|prime minister|
Abduljalil Samadov||TJK|prime minister|
Jamshed Karimov||TJK|prime minister|
Yahyo Azimov|Yakhyo Azimov|TJK|prime minister|
Akil Akilov|Oqil Oqilov|TJK|prime minister|
Kokhir Rasulzoda|Qohir Rasulzoda|TJK|prime minister|
Talbak Nazarov||TJK|foreign minister|
Hamrokhon Zarifi||TJK|foreign minister|
Sirojiddin Muhriddin|Sirodjidin Aslov; Sirodjiddin Mukhriddin|TJK|foreign minister|
Bhumibol Adulyadej|King Bhumibol; roi Bhumibol; rey Bhumibol; Rama IX|THA|king|
Maha Vajiralongkorn|King Vajiralongkorn; roi Maha Vajiralongkorn; Rama X|THA|king|
Chatichai Choonhavan||THA|prime minister|
Anand Panyarachun||THA|prime minister|
Suchinda Kraprayoon||THA|prime minister|
Chuan Leekpai|Chuan Likphai|THA|prime minister|
Banharn Silpa-archa||THA|prime minister|
Chavalit Yongchaiyudh||THA|prime minister|
Thaksin Shinawatra|Thaksin|THA|prime minister|
Surayud Chulanont||THA|prime minister|
Samak Sundaravej||THA|prime minister|
Somchai Wongsawat||THA|prime minister|
Abhisit Vejjajiva||THA|prime minister|
Yingluck Shinawatra|Yingluck|THA|prime minister|
Prayut Chan-o-cha|Prayuth Chan-ocha; Prayut Chan-ocha; Prayuth Chan-o-cha|THA|prime minister|
Srettha Thavisin|Settha Thavisin|THA|prime minister|
Paetongtarn Shinawatra|Paetongtarn|THA|prime minister|
Phumtham Wechayachai||THA|prime minister|
Anutin Charnvirakul||THA|prime minister|
Arsa Sarasin||THA|foreign minister|
Prasong Soonsiri||THA|foreign minister|
Surin Pitsuwan||THA|foreign minister|
Surakiart Sathirathai||THA|foreign minister|
Kantathi Suphamongkhon||THA|foreign minister|
Nitya Pibulsonggram||THA|foreign minister|
Noppadon Pattama||THA|foreign minister|
Tej Bunnag||THA|foreign minister|
Sompong Amornvivat||THA|foreign minister|
Kasit Piromya||THA|foreign minister|
Surapong Tovichakchaikul||THA|foreign minister|
Thanasak Patimaprakorn||THA|foreign minister|
Don Pramudwinai||THA|foreign minister|
Parnpree Bahiddha-Nukara||THA|foreign minister|
Maris Sangiampongsa||THA|foreign minister|
Sihasak Phuangketkeow||THA|foreign minister|
Prawit Wongsuwan|Prawit Wongsuwon|THA|defense minister|
Sutin Klungsang||THA|defense minister|
Sunthorn Kongsompong||THA|army chief|
Sonthi Boonyaratglin||THA|army chief|
Taufa'ahau Tupou IV|Tāufaʻāhau Tupou IV; King Taufa'ahau Tupou IV|TON|king|
George Tupou V|King George Tupou V; Siaosi Tupou V|TON|king|
Tupou VI|King Tupou VI; Lavaka Ata 'Ulukalala; 'Ulukalala Lavaka Ata|TON|king|
Fatafehi Tu'ipelehake|Fatafehi Tuipelehake|TON|prime minister|
Baron Vaea||TON|prime minister|
Feleti Sevele||TON|prime minister|
Lord Tu'ivakano|Lord Tuivakano; Siale'ataongo Tu'ivakano|TON|prime minister|
Akilisi Pohiva|ʻAkilisi Pōhiva; 'Akilisi Pohiva|TON|prime minister|
Pohiva Tu'i'onetoa|Pohiva Tuionetoa|TON|prime minister|
Siaosi Sovaleni||TON|prime minister|
Aisake Eke||TON|prime minister|
Saparmurat Niyazov|Saparmourat Niazov; Saparmurat Niyázov; Turkmenbashi|TKM|president|
Gurbanguly Berdimuhamedow|Gurbanguly Berdimuhamedov; Gourbangouly Berdymoukhamedov|TKM|president|
Serdar Berdimuhamedow|Serdar Berdimuhamedov; Serdar Berdymoukhamedov|TKM|president|
Avdy Kuliev|Awdy Kulyýew|TKM|foreign minister|
Boris Shikhmuradov|Boris Chikhmouradov|TKM|foreign minister|
Batyr Berdiev|Batyr Berdyýew|TKM|foreign minister|
Rashid Meredov|Raşit Meredow; Rachid Meredov|TKM|foreign minister|
Bikenibeu Paeniu||TUV|prime minister|
Kamuta Latasi||TUV|prime minister|
Ionatana Ionatana||TUV|prime minister|
Faimalaga Luka||TUV|prime minister|
Koloa Talake||TUV|prime minister|
Saufatu Sopoanga||TUV|prime minister|
Maatia Toafa||TUV|prime minister|
Apisai Ielemia||TUV|prime minister|
Willy Telavi||TUV|prime minister|
Enele Sopoaga||TUV|prime minister|
Kausea Natano||TUV|prime minister|
Feleti Teo||TUV|prime minister|
Simon Kofe||TUV|foreign minister|
Zayed bin Sultan Al Nahyan|Sheikh Zayed; cheikh Zayed; Zayed ben Sultan Al-Nahyane|ARE|president|
Khalifa bin Zayed Al Nahyan|Khalifa ben Zayed Al-Nahyane; Jalifa bin Zayed al Nahyan; Khalifa bin Zayed|ARE|president|
Rashid bin Saeed Al Maktoum|Rashid bin Said Al Maktoum|ARE|prime minister|
Maktoum bin Rashid Al Maktoum|Maktoum ben Rachid Al-Maktoum|ARE|prime minister|
Mohammed bin Rashid Al Maktoum|Mohammed ben Rachid Al-Maktoum; Mohamed bin Rashid al Maktum; Mohammed bin Rashid|ARE|prime minister|
Mansour bin Zayed Al Nahyan|Mansour ben Zayed Al-Nahyane; Mansour bin Zayed|ARE|vice president|
Rashid Abdullah Al Nuaimi|Rashid Abdullah al-Nuaimi|ARE|foreign minister|
Abdullah bin Zayed Al Nahyan|Abdallah ben Zayed Al-Nahyane; Abdullah bin Zayed; Abdalá bin Zayed|ARE|foreign minister|
Tahnoun bin Zayed Al Nahyan|Tahnoun ben Zayed; Tahnoon bin Zayed; Tahnoun bin Zayed|ARE|national security adviser|
Islam Karimov|Islom Karimov|UZB|president|
Shavkat Mirziyoyev|Chavkat Mirzioïev; Shavkat Mirziyóyev; Shavkat Mirziyoev|UZB|president|
Shukrullo Mirsaidov|Shukrulla Mirsaidov|UZB|vice president|
Abdulhashim Mutalov||UZB|prime minister|
Utkir Sultanov|Oʻtkir Sultonov|UZB|prime minister|
Abdulla Aripov||UZB|prime minister|
Abdulaziz Komilov|Abdulaziz Kamilov|UZB|foreign minister|
Sodiq Safoyev|Sadyk Safaev|UZB|foreign minister|
Elyor Ganiev||UZB|foreign minister|
Vladimir Norov||UZB|foreign minister|
Bakhtiyor Saidov||UZB|foreign minister|
Kadyr Gulyamov|Qodir Gʻulomov|UZB|defense minister|
Ruslan Mirzaev||UZB|defense minister|
Kabul Berdiev||UZB|defense minister|
Abdusalom Azizov||UZB|defense minister|
Bakhodir Kurbanov||UZB|defense minister|
Fred Timakata||VUT|president|
Jean-Marie Léyé Lenelgau|Jean-Marie Léyé; Jean-Marie Leye|VUT|president|
John Bani||VUT|president|
Kalkot Mataskelekele||VUT|president|
Iolu Abil||VUT|president|
Baldwin Lonsdale||VUT|president|
Tallis Obed Moses|Obed Moses Tallis|VUT|president|
Nikenike Vurobaravu||VUT|president|
Walter Lini|Walter Hadye Lini|VUT|prime minister|
Donald Kalpokas||VUT|prime minister|
Maxime Carlot Korman||VUT|prime minister|
Serge Vohor||VUT|prime minister|
Barak Sopé|Barak Sope|VUT|prime minister|
Edward Natapei||VUT|prime minister|
Ham Lini||VUT|prime minister|
Sato Kilman||VUT|prime minister|
Moana Carcasses Kalosil|Moana Carcasses|VUT|prime minister|
Joe Natuman||VUT|prime minister|
Charlot Salwai||VUT|prime minister|
Bob Loughman||VUT|prime minister|
Ishmael Kalsakau|Alatoi Ishmael Kalsakau|VUT|prime minister|
Jotham Napat||VUT|prime minister|
Ralph Regenvanu||VUT|foreign minister|
Nguyen Van Linh|Nguyễn Văn Linh|VNM|leader|
Do Muoi|Đỗ Mười|VNM|leader|
Le Kha Phieu|Lê Khả Phiêu|VNM|leader|
Nong Duc Manh|Nông Đức Mạnh|VNM|leader|
Nguyen Phu Trong|Nguyễn Phú Trọng|VNM|leader|
To Lam|Tô Lâm|VNM|leader|
Vo Chi Cong|Võ Chí Công|VNM|president|
Le Duc Anh|Lê Đức Anh|VNM|president|
Tran Duc Luong|Trần Đức Lương|VNM|president|
Nguyen Minh Triet|Nguyễn Minh Triết|VNM|president|
Truong Tan Sang|Trương Tấn Sang|VNM|president|
Tran Dai Quang|Trần Đại Quang|VNM|president|
Nguyen Xuan Phuc|Nguyễn Xuân Phúc|VNM|president|
Vo Van Thuong|Võ Văn Thưởng|VNM|president|
Luong Cuong|Lương Cường|VNM|president|
Vo Van Kiet|Võ Văn Kiệt|VNM|prime minister|
Phan Van Khai|Phan Văn Khải|VNM|prime minister|
Nguyen Tan Dung|Nguyễn Tấn Dũng|VNM|prime minister|
Pham Minh Chinh|Phạm Minh Chính|VNM|prime minister|
Nguyen Co Thach|Nguyễn Cơ Thạch|VNM|foreign minister|
Nguyen Manh Cam|Nguyễn Mạnh Cầm|VNM|foreign minister|
Nguyen Dy Nien|Nguyễn Dy Niên|VNM|foreign minister|
Pham Gia Khiem|Phạm Gia Khiêm|VNM|foreign minister|
Pham Binh Minh|Phạm Bình Minh|VNM|foreign minister|
Bui Thanh Son|Bùi Thanh Sơn|VNM|foreign minister|
Le Hoai Trung|Lê Hoài Trung|VNM|foreign minister|
Doan Khue|Đoàn Khuê|VNM|defense minister|
Pham Van Tra|Phạm Văn Trà|VNM|defense minister|
Phung Quang Thanh|Phùng Quang Thanh|VNM|defense minister|
Ngo Xuan Lich|Ngô Xuân Lịch|VNM|defense minister|
Phan Van Giang|Phan Văn Giang|VNM|defense minister|
Ali Abdullah Saleh|Ali Abdallah Saleh; Alí Abdalá Saleh|YEM|president|
Abdrabbuh Mansur Hadi|Abd Rabbo Mansour Hadi; Abd Rabbu Mansour Hadi; Abdo Rabbo Mansour Hadi|YEM|president|
Rashad al-Alimi|Rachad al-Alimi; Rashad al Alimi|YEM|president|
Abdul-Malik al-Houthi|Abdel Malek al-Houthi; Abdulmalik al-Houthi; Abdel Malik al-Huthi|YEM|leader|
Ali Salem al-Beidh|Ali Salem al-Baid; Ali Salim al-Beidh|YEM|vice president|
Ali Mohsen al-Ahmar|Ali Mohsen al Ahmar|YEM|vice president|
Haidar Abu Bakr al-Attas|Haider Abu Bakr al-Attas; Haydar Abu Bakr al-Attas|YEM|prime minister|
Abdul Aziz Abdul Ghani|Abdelaziz Abdelghani|YEM|prime minister|
Faraj Said bin Ghanem|Faraj bin Ghanem|YEM|prime minister|
Abdul Karim al-Iryani|Abdelkarim al-Eryani; Abd al-Karim al-Iryani|YEM|prime minister|
Abdul Qadir Bajamal|Abdelkader Bajammal; Abdulqader Bajammal|YEM|prime minister|
Ali Muhammad Mujawar|Ali Mohammed Mujawar|YEM|prime minister|
Mohammed Basindawa|Mohammed Salem Basindwa; Mohamed Basindwa|YEM|prime minister|
Khaled Bahah|Khalid Bahah|YEM|prime minister|
Ahmed Obeid bin Daghr|Ahmed ben Dagher; Ahmed Obaid bin Dagher|YEM|prime minister|
Maeen Abdulmalik Saeed|Maeen Abdulmalik; Maïn Abdulmalik; Maeen Abdelmalek Saeed|YEM|prime minister|
Ahmed Awad bin Mubarak|Ahmed ben Moubarak; Ahmed Awad ben Moubarak|YEM|prime minister|
Salem bin Breik|Salem Saleh bin Braik; Salem ben Brik|YEM|prime minister|
Abu Bakr al-Qirbi|Aboubakr al-Qirbi; Abubakr al-Qirbi|YEM|foreign minister|
Riad Yassin|Riyadh Yassin|YEM|foreign minister|
Abdulmalik al-Mekhlafi|Abdel Malek al-Mekhlafi|YEM|foreign minister|
Khaled al-Yamani|Khalid al-Yamani|YEM|foreign minister|
Mohammed al-Hadhrami|Mohammed Abdullah al-Hadhrami|YEM|foreign minister|
Shaya al-Zindani|Shaya Mohsen al-Zindani|YEM|foreign minister|
Mahmoud al-Subaihi|Mahmoud al-Soubaihi|YEM|defense minister|
Mohammed al-Maqdashi|Mohammed Ali al-Maqdashi|YEM|defense minister|
"""
}
