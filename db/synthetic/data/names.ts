/**
 * Given names and family names by naming tradition, as they are usually
 * written on Italian documents and intake forms. Earlier entries are drawn more
 * often. A family name written "masculine|feminine" takes the feminine form
 * for women (Slavic and Baltic traditions). Synthetic data only.
 */
export interface NameGroup {
  female: readonly string[];
  male: readonly string[];
  family: readonly string[];
  /** Languages commonly spoken, in Italian as the forms record them. */
  languages: readonly string[];
}

export const NAME_GROUPS = {
  italian: {
    female: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Martina', 'Elena', 'Valentina', 'Alessia', 'Federica', 'Silvia', 'Laura', 'Anna', 'Maria Grazia', 'Rosaria', 'Concetta', 'Lucia', 'Noemi', 'Beatrice', 'Ilaria', 'Antonella', 'Carmela', 'Zoe', 'Aurora', 'Ludovica'],
    male: ['Marco', 'Luca', 'Andrea', 'Giuseppe', 'Francesco', 'Alessandro', 'Matteo', 'Davide', 'Stefano', 'Nicolò', 'Niccolò', 'Salvatore', 'Gianluca', 'Pietro', 'Simone', 'Mattia', 'Emanuele', 'Gabriele'],
    family: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', "D'Angelo", "D'Amico", 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Caruso', "Dell'Acqua", 'Lo Bianco', 'Nicolò', 'Fabbrì', 'Mastrolia'],
    languages: ['italiano'],
  },
  maghreb: {
    female: ['Fatima', 'Khadija', 'Aïcha', 'Fatima Zahra', 'Naïma', 'Samira', 'Nadia', 'Hanane', 'Malika', 'Saïda', 'Zineb', 'Imane', 'Latifa', 'Meriem', 'Houda', 'Loubna', 'Siham', 'Souad', 'Karima', 'Rachida', 'Nour El Houda', 'Ikram', 'Wafaa', 'Yasmine'],
    male: ['Mohamed', 'Mohammed', 'Ahmed', 'Youssef', 'Abdelkader', 'Rachid', 'Saïd', 'Hicham', 'Mustapha', 'Hassan', 'Karim', 'Abderrahim', 'Brahim', 'Nabil', 'Anouar', 'Mehdi', 'Hamza', 'Younès', 'Ayoub'],
    family: ['El Amrani', 'Benali', 'Bouazza', 'El Idrissi', 'Lahlou', 'Ouahbi', 'Bennani', 'El Fassi', 'Chraïbi', 'Tazi', 'Amrani', 'Belkacem', 'Ben Salah', 'Trabelsi', 'Gharbi', 'Jaziri', 'Hammami', 'Ben Youssef', 'Boukhari', 'Aït Ali', 'Aït Lahcen', 'Oukili', 'Zerouali', 'Haddad', 'Bouzid', 'El Kaddouri', 'Mansouri', 'Saïdi'],
    languages: ['arabo', 'francese', 'tamazight'],
  },
  arabic: {
    female: ['Mariam', 'Nour', 'Yasmin', 'Rania', 'Heba', 'Amira', 'Salma', 'Aya', 'Doaa', 'Esraa', 'Rana', 'Hala', 'Lina', 'Rasha', 'Shaimaa', 'Noha', 'Maha', 'Reem', 'Ghada', 'Dalia'],
    male: ['Ahmed', 'Mahmoud', 'Mohamed', 'Mostafa', 'Abdel Rahman', 'Omar', 'Khaled', 'Amr', 'Ali', 'Hussein', 'Tarek', 'Walid', 'Ibrahim', 'Yasser', 'Islam', 'Osama', 'Samir', 'Bassam'],
    family: ['El Sayed', 'Abdel Aziz', 'Hassan', 'Mahmoud', 'Ibrahim', 'Mostafa', 'Abdallah', 'Saleh', 'Al Masri', 'Al Hamad', 'Khalil', 'Nasser', 'Farouk', 'Shaker', 'Soliman', 'Al Khatib', 'Haddad', 'Darwish', 'Al Ahmad', 'Youssef', 'Mansour', 'Zaki'],
    languages: ['arabo', 'inglese'],
  },
  westAfricaFrancophone: {
    female: ['Fatoumata', 'Aminata', 'Oumou', 'Mariama', 'Awa', 'Aïssatou', 'Ndèye', 'Khady', 'Kadiatou', 'Mariam', 'Rokhaya', 'Adama', 'Binta', 'Coumba', 'Djénéba', 'Fanta', 'Astou', 'Salimata', 'Ramatoulaye', 'Safiatou', 'Aïcha', 'Maïmouna', 'Kiné', 'Sokhna'],
    male: ['Mamadou', 'Ousmane', 'Moussa', 'Ibrahima', 'Cheikh', 'Abdoulaye', 'Modou', 'Lamine', 'Souleymane', 'Amadou', 'Boubacar', 'Seydou', 'Alassane', 'Babacar', 'Pape', 'Issa', 'Bakary', 'Sékou', 'Youssouf', 'Mamadou Lamine'],
    family: ['Diallo', 'Ndiaye', "N'Diaye", 'Diop', 'Sow', 'Bâ', 'Ba', 'Traoré', 'Coulibaly', 'Konaté', 'Camara', 'Keïta', 'Sané', 'Kouyaté', 'Ouédraogo', 'Sawadogo', 'Koné', 'Touré', 'Cissé', 'Fofana', 'Sylla', 'Diarra', 'Dembélé', 'Faye', 'Gueye', 'Fall', 'Mbaye', 'Seck', 'Sarr', 'Thiam', 'Kaboré', "N'Guessan", 'Kouassi', 'Yéo', 'Bamba', 'Jallow', 'Ceesay', 'Bah', 'Jobe'],
    languages: ['francese', 'wolof', 'bambara', 'pular', 'mandinka'],
  },
  westAfricaAnglophone: {
    female: ['Blessing', 'Precious', 'Joy', 'Chioma', 'Ngozi', 'Adaeze', 'Funmilayo', 'Yetunde', 'Abena', 'Akosua', 'Ama', 'Esther', 'Favour', 'Gift', 'Peace', 'Mercy', 'Osasere', 'Efosa', 'Folasadé', 'Adébísí', 'Comfort', 'Patience'],
    male: ['Emeka', 'Chinedu', 'Oluwafemi', 'Kwame', 'Kofi', 'Yaw', 'Samuel', 'Godwin', 'Osagie', 'Emmanuel', 'Ifeanyi', 'Uche', 'Kelvin', 'Daniel', 'Michael', 'Adébáyò', 'Kwabena', 'Ebuka', 'Tunde', 'Prince'],
    family: ['Okafor', 'Okonkwo', 'Adeyemi', 'Ogunleye', 'Eze', 'Nwosu', 'Obi', 'Mensah', 'Asante', 'Owusu', 'Boateng', 'Osei', 'Osagie', 'Igbinedion', 'Omoregie', 'Edosomwan', 'Okoro', 'Uwaifo', 'Adébáyò', 'Olúwaṣeun', 'Appiah', 'Agyemang', 'Addo', 'Okeke', 'Ehigiator', 'Kamara', 'Conteh'],
    languages: ['inglese', 'pidgin', 'yoruba', 'igbo', 'edo', 'twi'],
  },
  hornOfAfrica: {
    female: ['Selam', 'Tsega', 'Hiwet', 'Meron', 'Saba', 'Helen', 'Senait', 'Yordanos', 'Amina', 'Hodan', 'Faadumo', 'Ifrah', 'Sahra', 'Hawa', 'Fatuma', 'Tigist', 'Mekdes', 'Luwam'],
    male: ['Yonas', 'Tesfaye', 'Dawit', 'Abdi', 'Mohamed', 'Filmon', 'Biniam', 'Merhawi', 'Awet', 'Abdirahman', 'Abdullahi', 'Hamid', 'Osman', 'Yohannes', 'Semere', 'Musa'],
    family: ['Tesfamariam', 'Gebremedhin', 'Haile', 'Tekle', 'Abraha', 'Ghebreyesus', 'Kidane', 'Berhane', 'Woldemichael', 'Warsame', 'Farah', 'Hassan', 'Osman', 'Ahmed', 'Abdi', 'Nur', 'Elmi', 'Mohamud', 'Adan', 'Abdalla'],
    languages: ['tigrino', 'amarico', 'somalo', 'arabo', 'inglese'],
  },
  centralAfrica: {
    female: ['Grâce', 'Clarisse', 'Bénédicte', 'Josiane', 'Mireille', 'Thérèse', 'Chantal', 'Nadège', 'Ornella', 'Prisca', 'Divine', 'Sandrine', 'Arlette', 'Rachelle', 'Espérance', 'Joëlle'],
    male: ['Jean-Pierre', 'Hervé', 'Serge', 'Patrick', 'Jean-Baptiste', 'Christian', 'Blaise', 'Didier', 'Joël', 'Aimé', 'Landry', 'Junior', 'Rodrigue', 'Franck', 'Théodore'],
    family: ['Mbala', 'Kabongo', 'Ilunga', 'Tshibangu', 'Mukendi', 'Ngono', 'Fotso', 'Nguema', 'Nkurunziza', 'Uwimana', 'Mbarga', 'Kamga', 'Tchoumi', 'Essomba', 'Ndongo', 'Onana', 'Mvondo', 'Lukusa', 'Niyonzima', 'Mahamat'],
    languages: ['francese', 'lingala', 'swahili', 'inglese'],
  },
  bengali: {
    female: ['Nasrin', 'Rokeya', 'Shirin', 'Sultana', 'Taslima', 'Fatema', 'Rina', 'Shathi', 'Mousumi', 'Sharmin', 'Nazma', 'Parvin', 'Jannatul', 'Sumaiya', 'Tania'],
    male: ['Mohammad', 'Md', 'Rahim', 'Abdul', 'Shahidul', 'Jahangir', 'Rafiqul', 'Mizanur', 'Kamrul', 'Sohel', 'Mamun', 'Rubel', 'Shakil', 'Arif', 'Nazmul', 'Sumon'],
    family: ['Hossain', 'Rahman', 'Uddin', 'Akter', 'Begum', 'Islam', 'Chowdhury', 'Miah', 'Ahmed', 'Khatun', 'Alam', 'Haque', 'Sarkar', 'Biswas', 'Sheikh', 'Mollah', 'Talukder', 'Bhuiyan'],
    languages: ['bengalese', 'inglese'],
  },
  pakistaniAfghan: {
    female: ['Ayesha', 'Sana', 'Hira', 'Zainab', 'Fatima', 'Saima', 'Nazia', 'Rabia', 'Farzana', 'Mahnoor', 'Shabana', 'Kiran', 'Zahra', 'Maryam', 'Parisa', 'Soraya', 'Mahnaz', 'Fereshteh'],
    male: ['Muhammad', 'Imran', 'Usman', 'Bilal', 'Ali', 'Asif', 'Zeeshan', 'Waqas', 'Kamran', 'Tariq', 'Naveed', 'Shahid', 'Reza', 'Hossein', 'Ahmad', 'Farid', 'Mustafa', 'Jawad'],
    family: ['Khan', 'Ahmed', 'Butt', 'Malik', 'Iqbal', 'Shah', 'Hussain', 'Akhtar', 'Javed', 'Raza', 'Chaudhry', 'Qureshi', 'Ahmadi', 'Hosseini', 'Karimi', 'Rahimi', 'Mohammadi', 'Rezaei', 'Sultani', 'Haidari', 'Jafari', 'Nazari', 'Sadat'],
    languages: ['urdu', 'punjabi', 'pashto', 'dari', 'farsi', 'inglese'],
  },
  indian: {
    female: ['Harpreet', 'Manpreet', 'Gurpreet', 'Simran', 'Priya', 'Sunita', 'Kamaljit', 'Rajwinder', 'Navjot', 'Pooja', 'Anjali', 'Jaspreet', 'Sandeep', 'Kavita', 'Lakshmi'],
    male: ['Gurpreet', 'Harjit', 'Sukhwinder', 'Rajesh', 'Amit', 'Sandeep', 'Jaswinder', 'Baljit', 'Ravi', 'Sunil', 'Vikram', 'Harpreet', 'Kuldeep', 'Arjun', 'Manoj'],
    family: ['Singh', 'Kaur', 'Kumar', 'Sharma', 'Patel', 'Gill', 'Sandhu', 'Sidhu', 'Dhillon', 'Grewal', 'Rani', 'Devi', 'Verma', 'Gupta', 'Reddy', 'Nair'],
    languages: ['punjabi', 'hindi', 'inglese', 'malayalam'],
  },
  sriLankan: {
    female: ['Nirosha', 'Dilani', 'Chamari', 'Sandya', 'Nadeesha', 'Kumari', 'Tharshini', 'Nilani', 'Sewwandi', 'Madushani', 'Priyanka'],
    male: ['Tharindu', 'Chaminda', 'Nuwan', 'Kasun', 'Ruwan', 'Sivakumar', 'Pradeep', 'Lasantha', 'Dinesh', 'Mahesh', 'Suresh'],
    family: ['Perera', 'Fernando', 'Silva', 'Jayasinghe', 'Wickramasinghe', 'Fonseka', 'De Silva', 'Bandara', 'Rajapaksha', 'Herath', 'Sivarajah', 'Kandiah', 'Dissanayake', 'Gunawardena'],
    languages: ['singalese', 'tamil', 'inglese'],
  },
  persianTurkish: {
    female: ['Şükran', 'Ayşe', 'Gülşen', 'Özlem', 'Elif', 'Zeynep', 'Büşra', 'Hülya', 'Fatma', 'Emine', 'Derya', 'Leyla', 'Rojda', 'Berfin', 'Narges', 'Shirin', 'Golnaz', 'Nasrin'],
    male: ['Mehmet', 'Mustafa', 'Ömer', 'Hüseyin', 'Çağlar', 'Emre', 'Murat', 'Serkan', 'Yusuf', 'Barış', 'Ercan', 'Kemal', 'Dilşad', 'Kamran', 'Reza', 'Amir', 'Behrouz'],
    family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Doğan', 'Arslan', 'Koç', 'Güneş', 'Polat', 'Kılıç', 'Aslan', 'Tekin', 'Rostami', 'Tehrani', 'Moradi', 'Sharifi', 'Akbari'],
    languages: ['turco', 'curdo', 'farsi', 'inglese'],
  },
  romanian: {
    female: ['Ioana', 'Elena', 'Mihaela', 'Alexandra', 'Andreea', 'Ștefania', 'Iuliana', 'Mădălina', 'Cătălina', 'Raluca', 'Nicoleta', 'Maria', 'Gabriela', 'Daniela', 'Florentina', 'Violeta', 'Ana-Maria', 'Loredana', 'Corina', 'Oana', 'Irina', 'Natalia', 'Tatiana', 'Ludmila', 'Doina'],
    male: ['Ion', 'Andrei', 'Mihai', 'Ștefan', 'Gheorghe', 'Constantin', 'Vasile', 'Alexandru', 'Florin', 'Ionuț', 'Marian', 'Cristian', 'Adrian', 'Nicolae', 'Dumitru', 'Răzvan', 'Sergiu', 'Vitalie'],
    family: ['Popescu', 'Ionescu', 'Popa', 'Rusu', 'Munteanu', 'Stoica', 'Dumitrescu', 'Constantinescu', 'Ciobanu', 'Țurcanu', 'Băluță', 'Lungu', 'Moldovan', 'Nistor', 'Stănescu', 'Cojocaru', 'Bălan', 'Radu', 'Dinu', 'Matei', 'Ursu', 'Roșca', 'Gîrlea', 'Căpățînă', 'Sîrbu', 'Mocanu', 'Lupu', 'Dobre', 'Toma', 'Neagu'],
    languages: ['rumeno', 'russo', 'inglese'],
  },
  eastSlavic: {
    female: ['Olena', 'Oksana', 'Nataliia', 'Iryna', 'Tetiana', 'Svitlana', 'Halyna', 'Yuliia', 'Anastasiia', 'Kateryna', 'Olga', 'Natalia', 'Ekaterina', 'Svetlana', 'Liudmyla', 'Valentyna', 'Nadiia', 'Desislava', 'Tsvetelina', 'Nino', 'Tamar', 'Anahit'],
    male: ['Oleksandr', 'Andrii', 'Serhii', 'Dmytro', 'Mykola', 'Volodymyr', 'Ivan', 'Sergei', 'Dmitrii', 'Aleksei', 'Yurii', 'Vasyl', 'Georgi', 'Giorgi', 'Levan', 'Aram'],
    family: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boyko', 'Koval', 'Ivanov|Ivanova', 'Petrov|Petrova', 'Smirnov|Smirnova', 'Kuznetsov|Kuznetsova', 'Popov|Popova', 'Hrytsenko', 'Savchenko', 'Lysenko', 'Moroz', 'Dimitrov|Dimitrova', 'Georgiev|Georgieva', 'Beridze', 'Kapanadze', 'Gelashvili', 'Hakobyan', 'Grigoryan'],
    languages: ['ucraino', 'russo', 'bulgaro', 'georgiano', 'inglese'],
  },
  balkan: {
    female: ['Elona', 'Ermira', 'Blerina', 'Valbona', 'Anila', 'Drita', 'Arta', 'Mirela', 'Fatjona', 'Dorina', 'Jonida', 'Klodiana', 'Brikena', 'Jelena', 'Milica', 'Dragana', 'Snežana', 'Ivana', 'Amra', 'Emina', 'Lejla', 'Selma', 'Marija', 'Biljana', 'Vjosa', 'Albulena', 'Teuta'],
    male: ['Arben', 'Ilir', 'Gëzim', 'Besnik', 'Fatmir', 'Artan', 'Erion', 'Klodian', 'Blerim', 'Dritan', 'Đorđe', 'Miloš', 'Nikola', 'Dušan', 'Emir', 'Adnan', 'Goran', 'Dejan', 'Zoran', 'Bujar', 'Përparim', 'Agron'],
    family: ['Hoxha', 'Shehu', 'Gjoka', 'Dervishi', 'Kola', 'Leka', 'Çela', 'Mema', 'Prenga', 'Berisha', 'Krasniqi', 'Gashi', 'Kelmendi', 'Morina', 'Hasani', 'Dushku', 'Bajrami', 'Përmeti', 'Zeqiri', 'Jovanović', 'Petrović', 'Nikolić', 'Marković', 'Đorđević', 'Stojanović', 'Hadžić', 'Hodžić', 'Kovačević', 'Begović', 'Mehmedović', 'Trajkovski|Trajkovska', 'Stojanovski|Stojanovska', 'Dimovski|Dimovska'],
    languages: ['albanese', 'serbo', 'bosniaco', 'macedone', 'croato'],
  },
  centralEuropean: {
    female: ['Agnieszka', 'Małgorzata', 'Katarzyna', 'Joanna', 'Ewa', 'Magdalena', 'Barbara', 'Monika', 'Zuzana', 'Lucie', 'Kateřina', 'Jana', 'Éva', 'Zsófia', 'Rūta', 'Kristīne', 'Dorota'],
    male: ['Łukasz', 'Paweł', 'Krzysztof', 'Tomasz', 'Piotr', 'Michał', 'Jakub', 'Tomáš', 'Jiří', 'Ondřej', 'László', 'Gábor', 'Tomas', 'Jānis'],
    family: ['Kowalski|Kowalska', 'Nowak', 'Wiśniewski|Wiśniewska', 'Wójcik', 'Kamiński|Kamińska', 'Lewandowski|Lewandowska', 'Zieliński|Zielińska', 'Szymański|Szymańska', 'Dvořák|Dvořáková', 'Novák|Nováková', 'Horváth', 'Nagy', 'Kovács', 'Kazlauskas|Kazlauskienė', 'Bērziņš|Bērziņa'],
    languages: ['polacco', 'ceco', 'slovacco', 'ungherese', 'inglese'],
  },
  chinese: {
    female: ['Xiaoyan', 'Meiling', 'Jing', 'Yan', 'Hui', 'Lijuan', 'Xiaohong', 'Yuqing', 'Li', 'Na', 'Ying', 'Xiaoli', 'Jiayi', 'Yating', 'Lili', 'Qian', 'Xin', 'Yue'],
    male: ['Wei', 'Jian', 'Hao', 'Jun', 'Qiang', 'Lei', 'Tao', 'Ming', 'Bin', 'Yong', 'Jie', 'Chao', 'Zhiwei', 'Haoran', 'Yifan', 'Xiaoming'],
    family: ['Hu', 'Chen', 'Zhou', 'Wang', 'Lin', 'Zheng', 'Ye', 'Huang', 'Xu', 'Zhang', 'Jin', 'Pan', 'Wu', 'Ji', 'Li', 'Liu', 'Yang', 'Zhu', 'Dong', 'Ni', 'Lü'],
    languages: ['cinese', 'inglese'],
  },
  southeastAsian: {
    female: ['Thị Hương', 'Thu Trang', 'Ngọc Anh', 'Thị Lan', 'Hồng Nhung', 'Ma. Theresa', 'Maricel', 'Rowena', 'Jennylyn', 'Maria Cristina', 'Ma. Luisa', 'Lorna', 'Marites', 'Siriporn', 'Nurul', 'Dewi', 'Aye Aye', 'Su Mon'],
    male: ['Văn Minh', 'Đức Anh', 'Quốc Bảo', 'Jose', 'Ramon', 'Rodel', 'Jun-Jun', 'Ariel', 'Reynaldo', 'Somchai', 'Budi', 'Agus', 'Kyaw Zin', 'Sopheak'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Santos', 'Reyes', 'Cruz', 'Bautista', 'Dela Cruz', 'Garcia', 'Mendoza', 'Villanueva', 'De Guzman', 'Aquino', 'Santiago', 'Saetang', 'Wijaya', 'Htun', 'Sok'],
    languages: ['vietnamita', 'tagalog', 'inglese', 'thai', 'indonesiano'],
  },
  eastAsian: {
    female: ['Yuki', 'Sakura', 'Haruka', 'Aiko', 'Ji-woo', 'Seo-yeon', 'Min-ji', 'Oyunchimeg', 'Bolormaa', 'Misaki'],
    male: ['Takeshi', 'Hiroshi', 'Kenji', 'Daiki', 'Min-jun', 'Seung-hoon', 'Ji-hoon', 'Batbayar', 'Ganbold', 'Ryō'],
    family: ['Satō', 'Suzuki', 'Takahashi', 'Tanaka', 'Itō', 'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Batsaikhan', 'Dorj'],
    languages: ['giapponese', 'coreano', 'mongolo', 'inglese'],
  },
  hispanic: {
    female: ['María José', 'Ñusta', 'Rosa', 'Yésica', 'Guadalupe', 'Milagros', 'Lucía', 'Sofía', 'Ximena', 'Yolanda', 'Daniela', 'Carmen', 'Gabriela', 'Maribel', 'Yuliana', 'Mª Carmen', 'Nayeli', 'Inés', 'Ángela', 'Verónica', 'Yanet', 'Dayana', 'Lisbeth', 'Ana Belén', 'Noemí'],
    male: ['José Luis', 'Jesús', 'Andrés', 'Julián', 'Carlos', 'Luis Alberto', 'Juan Carlos', 'Jorge', 'Wilson', 'Edwin', 'Fernando', 'Héctor', 'Raúl', 'Óscar', 'Iván', 'Yohan', 'Darwin', 'Joel', 'Álvaro', 'Rubén'],
    family: ['Quispe', 'Mamani', 'Huamán', 'Flores', 'Rodríguez', 'Pérez', 'Gómez', 'Sánchez', 'Vásquez', 'Chávez', 'Peña', 'Núñez', 'Muñoz', 'Ibáñez', 'De la Cruz', 'Condori', 'Ticona', 'García', 'Martínez', 'López', 'Hernández', 'Ramírez', 'Torres', 'Castillo', 'Ortiz', 'Guzmán', 'Cárdenas', 'Yupanqui', 'Benítez', 'Jiménez', 'Paredes', 'Villalobos'],
    languages: ['spagnolo', 'quechua', 'inglese'],
  },
  lusophone: {
    female: ['Ana Clara', 'Conceição', 'Luíza', 'Joana', 'Gabriela', 'Fernanda', 'Maria da Graça', 'Letícia', 'Thaís', 'Jéssica', 'Adriana', 'Antónia', 'Djamila', 'Fátima', 'Márcia'],
    male: ['João', 'Luís', 'Sebastião', 'Marcos', 'Thiago', 'Rodrigo', 'Paulo', 'António', 'Fábio', 'Edson', 'Nélson', 'Amílcar', 'Domingos'],
    family: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Conceição', 'Gonçalves', 'Araújo', 'Magalhães', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Lopes', 'Tavares', 'Fonseca', 'Monteiro', 'Semedo', 'Évora', 'Cá', 'Mendes'],
    languages: ['portoghese', 'creolo capoverdiano', 'inglese'],
  },
  westernEuropean: {
    female: ['Zoë', 'Chloé', 'Léa', 'Anaïs', 'Hélène', 'Sophie', 'Emma', 'Charlotte', 'Sarah', 'Lena', 'Jülide', 'Ingrid', 'Sigrún', 'Saoirse', 'Maëlle', 'Françoise', 'Ana', 'Eleni'],
    male: ['Jürgen', 'Thomas', 'Lukas', 'Pierre', 'François', 'Søren', 'Björn', 'James', 'Oliver', 'Jean', 'Javier', 'Sean', 'Giorgos', 'Ángel', 'Dimitris'],
    family: ['Müller', 'Schmidt', 'Schröder', 'Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Smith', 'Jones', "O'Brien", 'Murphy', 'Jensen', 'Hansen', 'Nielsen', 'Johansson', 'Peeters', 'Janssen', 'de Vries', 'Papadopoulos|Papadopoulou', 'Fernández', 'Weiß', 'Gauthier', 'Meier'],
    languages: ['francese', 'tedesco', 'inglese', 'spagnolo', 'greco'],
  },
} as const satisfies Record<string, NameGroup>;

export type NameGroupName = keyof typeof NAME_GROUPS;
