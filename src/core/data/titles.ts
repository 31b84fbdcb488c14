/**
 * Words that make up officials' titles, in lower case. A title word before a
 * name anchors it as a person and starts its role; none of these words is
 * ever part of a name span. Plurals are listed because `Foreign Ministers of
 * X and Y` still introduces names.
 */
export const TITLE_WORDS: readonly string[] = [
  'president', 'presidents', 'vice-president', 'president-elect', 'minister', 'ministers', 'premier', 'grandmaster', 'grandmasters',
  'ambassador', 'ambassadors', 'ambassador-at-large', 'ambassador-designate', 'embajador', 'embajadora', 'embaixador', 'embaixadora', 'ambassadeur', 'ambassadrice', 'envoy', 'envoys', 'negotiator', 'negotiators', 'strategist',
  // South Africa's provincial ministers (Members of the Executive Council).
  'mec',
  // A minister, abbreviated (`Uzbek Energy Min. X`; not `Del.`, Delaware's in datelines), and a minister plenipotentiary's
  // rank (`Min. Plen. X`).
  'min.', 'plen.',
  // A Turkish province's governor, a mayor, a minister and a deputy (`İzmir Valisi X`, `Belediye Başkanı Demirtaş`,
  // `Dışişleri Bakanı X`; `Vali` is a given name too, and `Bakan` a surname: see TITLES_ALSO_NAMES).
  'valisi', 'belediye', 'başkan', 'başkanı', 'bakanı', 'yardımcısı',
  // A Romance special delegate's adjective after the title (`Delegato Speciale X`, `Delegado Especial X`).
  'speciale', 'especial',
  // Mayors in Italian and German (`Sindaco X`, `Oberbürgermeister X`).
  'sindaco', 'bürgermeister', 'oberbürgermeister',
  // The Philippines' Secretary, Undersecretary and Assistant Secretary, abbreviated.
  'sec.', 'usec.', 'asec.', 'usec', 'asec',
  'chairman', 'chairwoman', 'chairperson', 'chair', 'co-chair', 'co-chairman', 'secretary', 'secretaries',
  'secretary-general', 'under-secretary', 'undersecretary', 'under-secretary-general', 'undersecretary-general', 'representative', 'representatives',
  'commissioner', 'commissioners', 'high-commissioner', 'observer', 'king', 'queen', 'prince', 'princess', 'infanta', 'emir',
  'sultan', 'duke', 'duchess', 'emperor', 'empress', 'chancellor', 'vice-chancellor', 'councilor', 'councillor', 'counsellor', 'counselor', 'counsel', 'agent',
  'minister-counsellor', 'director', 'directors', 'director-general', 'head', 'heads', 'senator', 'governor',
  'mayor', 'intendant', 'intendente', 'akim', 'hokim', 'khokim', 'häkim', 'toraga', 'voivode', 'préfet', 'préfète', 'landeshauptmann', 'landrat', 'landrätin', 'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin', 'gobernador', 'gobernadora', 'alcalde', 'alcaldesa', 'polgármester', 'sindaco', 'bundeskanzler', 'bundeskanzlerin', 'bundespräsident', 'bundesminister', 'bundesministerin', 'vorstandsvorsitzender', 'vorstandsvorsitzende', 'geschäftsführer', 'geschäftsführerin', 'pdg', 'consejero', 'consejera', 'delegado', 'delegada', 'amministratore', 'delegato', 'delegata', 'prezes', 'wiceprezes', 'zarządu', 'lehendakari', 'prefect', 'speaker', 'consul', 'consuls', 'consul-general', 'attaché', 'attache',
  'adviser', 'advisor', 'aide', 'aides', 'convener', 'convenor', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokespersons', 'leader', 'deputy', 'vice', 'fm', 'fs', 'pm', 'dpm', 'vp',
  'mp', 'mps', 'mep', 'meps', 'msp', 'msps', 'mla', 'mlas', 'mpp', 'mpps', 'mna', 'mnas', 'mpa', 'ceo', 'cfo', 'coo', 'cto', 'cio', 'cmo', 'cs', 'ps', 'pcs', 'menlu', 'seskab', 'eam', 'mos', 'eusr', 'chief', 'partner', 'custodian', 'congressman', 'congresswoman', 'congressmen', 'general', 'brigadier', 'colonel', 'lieutenant', 'captain', 'boatswain', 'skipper', 'admiral', 'marshal',
  'commander', 'judge', 'justice', 'justices', 'prosecutor', 'defender', 'ombudsman', 'rector', 'magnificus', 'mk', 'gyalpo', 'gm', 'wgm', 'im', 'wim', 'wfm', 'vice-rector', 'vice-rectors', 'pro-rector', 'dean', 'patriarch', 'catholicos', 'pope', 'cardinal', 'jathedar',
  'archbishop', 'bishop', 'metropolitan', 'nuncio', 'imam', 'mufti', 'rabbi', 'lama', 'abbot', 'abbess', 'commandant', 'adjutant', 'chargé', 'charge', 'd’affaires', "d'affaires",
  'delegate', 'member', 'fellow', 'peer', 'clerk', 'hero', 'heroes', 'heroine', 'emeritus', 'emerita', 'inspector', 'physician', 'assistant', 'elbasy', 'mazhilisman', 'administrator', 'coordinator', 'lady', 'founder', 'owner', 'co-owner', 'officer', 'president-designate', 'pilot-cosmonaut', 'tenens', 'vicar',
  'governor-general', 'professor', 'lecturer', 'academician', 'provost', 'supervisor', 'registrar', 'librarian', 'hyakim', 'khyakim', 'khyakims', 'srsg', 'dsrsg', 'sherpa', 'sherpas', 'sous-sherpa', 'sous-sherpas', 'rapporteur', 'rapporteurs', 'fms', 'pms', 'rep.', 'co-chairs', 'ombudsperson', 'auditor', 'engineer', 'engineers', 'vice-premier', 'vice-premiers', 'premiers', 'vice-minister', 'vice-chairman', 'vice-chairwoman', 'vice-chairperson', 'vice-chair', 'vice-governor', 'vice-mayor', 'vice-speaker', 'gen.', 'col.', 'amb.', 'sen.', 'sens.', 'reps.', 'govs.', 'treasurer', 'treasurers',
  'gov.', 'lt.', 'capt.', 'adm.', 'maj.', 'brig.', 'taoiseach', 'tánaiste', 'tanaiste', 'magistrate', 'magistrates',
  // Malaysia's king (`the Yang di-Pertuan Agong Sultan Ibrahim`, `Agong Sultan Ibrahim`).
  'agong',
  // Plurals open lists (`Senators Nurlan Bekenov and Aigul Kapbarova`).
  'senators', 'governors', 'mayors', 'akims', 'hokims', 'khokims', 'hyakims', 'prefects', 'chairmen', 'chairwomen', 'chairpersons', 'chairs', 'deputies', 'advisers', 'advisors', 'leaders',
  'members', 'councillors', 'councilors', 'delegates', 'observers', 'judges', 'chiefs', 'speakers', 'marshals', 'rabbis', 'officers', 'coordinators', 'kings', 'princes', 'captains', 'prosecutors', 'commanders', 'generals', 'colonels',
  'rectors', 'pro-rectors', 'deans', 'chancellors', 'vice-chancellors', 'ceos', 'professors', 'academicians', 'bishops', 'archbishops', 'imams', 'muftis', 'emirs', 'sultans',
  'regent', 'regents', 'ruler', 'rulers', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'parliamentarian', 'parliamentarians',
  // West African rulers' titles (`the Oba of Lagos`, `the Asantehene`, `the Olubadan of Ibadanland`).
  'oba', 'obas', 'ooni', 'alaafin', 'olubadan', 'asantehene', 'okyenhene',
  // Kiribati's President (`Te Beretitenti X`).
  'beretitenti',
  // Akan chiefs' offices in a paramountcy (`the Gyaasehene of Kumasi`).
  // The Dutch and Belgian go-betweens of a coalition's forming (`The informateur, Mr X`, `Royal Mediator De Crombrugghe`).
  'informateur', 'formateur', 'mediator',
  // A Jamaican parish's first magistrate (`Custos Rotulorum of Manchester, the Hon. X`; `the Custos`).
  'custos',
  // Buganda's prime minister (`the Katikkiro of Buganda`; not `Kabaka`, a surname too).
  'katikkiro',
  'omanhene', 'gyaasehene', 'krontihene', 'adontehene', 'nifahene', 'benkumhene', 'kyidomhene', 'akwamuhene',
  'coach', 'coaches', 'trainer', 'trainers', 'manager', 'managers', 'co-founder', 'cofounder', 'arbiter', 'arbiters',
  // Military ranks abbreviated without a full stop (`Maj Gen (Rtd) Frank Mugambage`).
  'maj', 'gen', 'brig', 'col', 'lt', 'capt', 'adm',
  // Malaysia's chief minister of a state (`Johor Menteri Besar X`).
  'menteri', 'besar', 'co-leader', 'co-leaders', 'co-president', 'co-ceo', 'co-chairwoman', 'co-chairperson', 'co-chairmen', 'co-rapporteur', 'co-rapporteurs', 'superintendent', 'co-ordinator', 'co-ordinators', 'minister-counselor',
  'sergeant', 'sergeants', 'whip', 'whips', 'corporal', 'sgt.', 'cpl.', 'controller', 'comptroller', 'controller-general', 'comptroller-general',
  // India's minister in Hindi (`Raksha Mantri`, defence minister), its Minister of State and a state's Chief Minister abbreviated (`MoS`, `CM`).
  'mantri', 'mos', 'cm',
  // The European Commission's Executive Vice-President, a Director-General and a US Principal Deputy Assistant Secretary
  // abbreviated (`EVP Séjourné`, `WHO DG Tedros`, `PDAS O'Connor`; `DG` after a form of address is Indian initials: `Mr DG
  // Rao`), and Thailand's Air Chief Marshal and Air Vice-Marshal (`ACM X`).
  'evp', 'dg', 'pdas', 'acm', 'avm',
  // US state legislators (`Assemblywoman X`) and the head of a Swiss canton's government (`Landammann X`).
  'assemblyman', 'assemblywoman', 'assemblymember', 'landammann',
  // India's National Security Adviser and an army command's General Officer Commanding-in-Chief (`NSA X`, `GOC-in-C`).
  'nsa', 'goc', 'goc-in-c',
  // An Italian region's or city's councillor for a portfolio (`Assessore Fontanesi`).
  'assessore', 'assessora',
  'publisher', 'publishers', 'alderman', 'alderwoman', 'bashkan',
  // The head of the Caucasus Muslims Board (`Sheikh-ul-Islam Allahshukur Pashazade`).
  'sheikh-ul-islam', 'sheikhulislam',
  // Latin America's foreign minister, its deputy and a woman president, as its English-language press writes them (`Canciller X`, `Vicecanciller X`, `Presidenta X`).
  'canciller', 'cancilleres', 'vicecanciller', 'vicecancilleres', 'presidenta',
  // The French `Chef de Cabinet` (the UN Secretary-General's) and `Chef de Mission` (an Olympic team's head).
  'chef',
  // A newspaper's or a journal's head (`its editor-in-chief Choi Hoon`).
  'editor-in-chief', 'editors-in-chief', 'editor', 'editors',
];

/**
 * Words that qualify a title (`Foreign Minister`, `Deputy Police Chief`,
 * `Permanent Representative`): part of a role, never of a name, and they do
 * not anchor a name on their own.
 */
export const TITLE_QUALIFIERS: readonly string[] = [
  // A Turkish metropolitan municipality's and the foreign ministry's (`Istanbul Büyükşehir Belediye Başkanı X`,
  // `Dışişleri Bakanı X`), and a company's rank above its divisions' (`Microsoft Corporate Vice President X`).
  'büyükşehir', 'dışişleri', 'corporate',
  'foreign', 'prime', 'arctic', 'māori', 'maori', 'aboriginal', 'inuit', 'métis', 'sanitary', 'medical', 'nursing', 'care', 'veterinary', 'negotiation', 'additional', 'ranking', 'agricultural', 'first', 'second', 'third', 'acting', 'special', 'senior', 'executive', 'permanent', 'unification', 'public',
  'high', 'commanding', 'federal', 'state', 'interior', 'defence', 'defense', 'finance', 'trade', 'economy', 'economic', 'economics', 'business',
  'energy', 'change', 'education', 'health', 'justice', 'culture', 'cultural', 'agriculture', 'transport', 'industry',
  'digital', 'labour', 'labor', 'environment', 'tourism', 'sports', 'information', 'emergency', 'situations', 'assets', 'home',
  'security', 'development', 'investment', 'science', 'ecology', 'national', 'regional', 'presidential',
  'parliamentary', 'former', 'incoming', 'outgoing', 'honorary', 'lead', 'grand', 'supreme', 'sovereign', 'crown', 'hereditary', 'royal', 'druk', 'fourth', 'fifth',
  'military', 'police', 'militia', 'political', 'election', 'electoral', 'coordinating', 'associate', 'principal', 'managing', 'artistic',
  'resident', 'non-resident', 'plenipotentiary', 'extraordinary', 'interim', 'transitional', 'elected', 'designate', 'pro', 'tempore', 'multi-country', 'subregional', 'sub-regional',
  'newly-appointed', 'new', 'top', 'chief', 'general', 'attorney', 'solicitor', 'advocate', 'defense', 'army', 'naval', 'air', 'press',
  'affairs', 'matters', 'policy', 'external', 'diplomatic', 'under', 'apostolic', 'official', 'joint', 'european', 'a.i.', 'e.p.', 'country', 'additional',
  // Portfolios written before a title (`Iranian Oil Minister`, `Electricity Minister`).
  'oil', 'gas', 'electricity', 'water', 'housing', 'construction', 'infrastructure', 'communications', 'telecommunications',
  'aviation', 'nuclear', 'irrigation', 'planning', 'commerce', 'emergencies', 'caretaker', 'relief', 'treasury', 'majority', 'minority', 'human', 'rights', 'resource', 'resources', 'natural',
  'climate', 'international', 'cooperation', 'relations', 'provincial', 'municipal', 'opposition', 'faction', 'logistics', 'mines', 'mineral', 'fisheries', 'forestry', 'youth', 'diaspora',
  // Religious offices' qualifiers (`Ecumenical Patriarch`, `Sephardi Chief Rabbi`, `the Khamba Lama`, `the Dalai Lama`, `Serbian Orthodox Patriarch`).
  'ecumenical', 'sephardi', 'sephardic', 'ashkenazi', 'khamba', 'dalai', 'orthodox',
  // Kenya's county seat in the National Assembly (`Woman Representative`); an academy's `Corresponding Member`; a body's
  // member who stands in for another (`Substitute Member`, `Alternate Member`).
  'woman', 'corresponding', 'substitute', 'alternate',
  // A research body's head and secretary (`Scientific Director of RIBSP`, `Scientific Secretary`); a court's presiding
  // judge; a warrant officer's rank (`Senior Warrant Officer`).
  'scientific', 'presiding', 'warrant',
  // Latin America's attorney general (`Colombia's Fiscal General X`).
  'fiscal',
  // A regional office's scope (`FAO Sub-regional Coordinator for Central Asia`).
  'sub-regional', 'subregional',
  // Malaysia's and Indonesia's portfolios (`Plantation and Commodities Minister`, `Investment and Downstreaming Minister`).
  'plantation', 'plantations', 'commodities', 'downstreaming', 'environmental', 'food', 'rural', 'industrial',
  // Thailand's (`Agriculture and Cooperatives Minister X`).
  'cooperatives',
  // Kazakhstan's prosecutor of a field (`Ecological Prosecutor of Mangystau region X`); ministries' fields (`Minister of
  // Culture and sport X`, `… of Industry and mining X`).
  'ecological', 'sport', 'mining',
  // A Ghanaian and Sierra Leonean chief over other chiefs (`Paramount Chief of the … Traditional Area`).
  'paramount',
  // Berlin's mayor (`Governing Mayor of Berlin X`).
  'governing',
  // The Philippines' abbreviated `Assistant` before a title (`DSWD Asst. Secretary X`).
  'asst.',
  'humanitarian', 'aid', 'welfare', 'family', 'customs', 'tax', 'revenue', 'petroleum', 'railways', 'healthcare', 'drugs', 'transportation', 'social', 'oceans', 'maritime', 'livestock',
  // Portfolios of the European Commission and of ministries of the same kind.
  'democracy', 'sovereignty', 'tech', 'innovation', 'research', 'enlargement', 'migration', 'immigration', 'emigration', 'integration', 'equality', 'cohesion', 'asylum', 'visa', 'refugees', 'citizenship',
  'reforms', 'budget', 'preparedness', 'crisis', 'prosperity', 'subsoil', 'fertilizers', 'roads', 'urban', 'civil', 'religious', 'migrant', 'workers', 'ports', 'protection', 'lands', 'entrepreneurship', 'employment', 'wildlife', 'highways', 'shipping', 'heritage', 'subregional', 'intelligence', 'sales', 'arts', 'disarmament', 'non-proliferation', 'arms', 'control',
  // Officers of a company's board (`Chief Operating Officer`, `Chief Financial Officer`).
  'operating', 'financial', 'commercial', 'marketing', 'technical', 'technology', 'information', 'legal', 'procurement', 'compliance',
  // A business's chiefs of a field (`Chief Data Officer`, `Chief Risk Officer`, `Chief Sustainability Officer`).
  'data', 'risk', 'sustainability', 'strategy', 'product',
  // Upstream companies' managers of a field (`Exploration Manager`, `Drilling Superintendent`, `Operations Director`).
  'exploration', 'production', 'drilling', 'operations', 'geology',
  // An inspectorate's or an agency's officers of a field (`Senior Nuclear Safety Officer`, `Nuclear Safety Inspector`).
  'safety',
  // The opposition's or a report's counterpart of an office (`Shadow Chancellor`, `Shadow rapporteur`), and an envoy's
  // (`the Secretary-General’s Personal Envoy for Sudan`).
  'shadow', 'personal',
  // A board's directors by their tie to the company (`Independent Director X`).
  'independent', 'non-executive',
  // Parts of military ranks (`Rear Admiral`, `Major General`).
  'rear', 'major',
  // `Deputy` abbreviated (`Ukraine's Dep. FM X`); the Custos's Latin (`Custos Rotulorum`); a Thai police rank's opening
  // word (`Pol. Gen. X`; not a title alone: `Pol. Sci.`, `Jan Kowalski (Pol.)`).
  'dep.', 'rotulorum', 'pol.',
  // Portfolios of India's ministers in Hindi (`Raksha Mantri`, `Videsh Rajya Mantri`; not `Pradhan`, a surname too).
  'raksha', 'videsh', 'grih', 'vitt', 'rajya',
  // A church's acting head and a patriarch's vicar (`Locum Tenens of the Patriarchate`, `Patriarchal Vicar`), and the head of
  // Russia's Buddhists (`Pandito Khambo Lama`).
  'locum', 'pandito', 'khambo', 'hambo', 'patriarchal',
];

/** Turkish forms of address written after a name (`Alpay Bey`, `Karataş Hanım`, a teacher's `Aydın Hoca`). */
export const POST_NAME_ADDRESSES: readonly string[] = ['bey', 'hanım', 'hanim', 'hoca'];

/**
 * Honorifics and forms of address: they mark the next name as a person but are
 * neither part of its span nor of its role (guide §2: `Mr.`, `H.E.`, `Sheikh`).
 */
export const HONORIFICS: readonly string[] = [
  'mr.', 'mrs.', 'ms.', 'dr.', 'dkt.', 'prof.', 'mr', 'mrs', 'ms', 'dr', 'prof', 'h.e.', 'h.h.', 'h.r.h.', 'h.s.h.', 'hrh', 'hsh', 'trh', 't.r.h.', 'h.m.',
  'sheikh', 'shaikh', 'sheikha', 'shaikha', 'sheikhs', 'shri', 'sushri', 'pandit', 'smt', 'smt.', 'er.', 'janab', 'sri', 'sir', 'dame', 'lord', 'baroness', 'baron', 'count', 'countess', 'viscount', 'viscountess', 'marquess', 'marchioness', 'madam', 'mme',
  'excellency', 'highness', 'majesty', 'eminence', 'beatitude', 'all-holiness', 'excellencies', 'highnesses', 'majesties', 'dear', 'mister', 'messrs.', 'messrs', 'hon.', 'hon', 'eng.', 'engr.', 'engr', 'ir.', 'ir', 'drs.', 'dra.', 'lic.', 'arq.', 'atty.', 'atty', 'sk.', 'k.h.', 'honourable', 'honorable', 'rt', 'rt.', 'rev.', 'revd', 'revd.',
  // Religious forms of address (religious ranks such as `Archbishop` are titles).
  'comrade', 'sayyid', 'sayyida', 'sayed', 'syed', 'monsignor', 'msgr.', 'father', 'mother', 'fr.', 'reverend', 'pastor', 'ayatollah',
  'deacon', 'archdeacon', 'protodeacon', 'archpriest', 'protopresbyter', 'hieromonk', 'hegumen', 'archimandrite',
  'hojatoleslam', 'hojjatoleslam', 'val-moslemin', 'wal-muslimin', 'maestro', 'ratu', 'mawlawi', 'maulana', 'mullah', 'khoja', 'khodja', 'khwaja', 'qari', 'sardar', 'sahibzada', 'sahabzada', 'mian', 'mahatma', 'gurudev', 'netaji', 'lokmanya', 'allama', 'haji', 'hajji', 'hadji', 'hacı', 'hajjah', 'hajah', 'hj.', 'hjh.', 'alhaji', 'alh.', 'alhaja', 'hajia', 'hajiya', 'alhaj', 'mallam', 'malam', 'ustaz', 'swami', 'hazrat', 'seyed', 'seyyed',
  // Traditional and national forms of address (Malay, Bruneian, Thai, Indonesian, South Asian, Bhutanese, Ethiopian, Zulu, Swahili, Romance, German).
  'dato', "dato'", 'dato’', 'datuk', 'datin', 'encik', 'seri', 'wira', 'setia', 'diraja', 'paduka', 'panglima', 'tun', 'pehin', 'khun', 'khunying', 'thanpuying', 'pak', 'bapak', 'ibu', 'patinggi', 'shrimati', 'begum',
  'dasho', 'aunty', 'whaea', 'tā', 'lyonpo', 'lyonchhen', 'quaid-e-azam', 'quaid-i-azam', 'ato', 'weizero', 'woizero', 'inkosi', 'mwalimu', 'mzee', 'mama', 'ntate', 'cllr', 'cllr.', 'adv.', 'señor', 'senor', 'excelentísimo', 'excelentísima', 'excelentisimo', 'excelentisima', 'excmo.', 'excma.', 'señora', 'senora', 'monsieur', 'madame', 'herr', 'frau', 'konsul', 'signor', 'signora',
  // Turkish ones, written after the name (see POST_NAME_ADDRESSES), and the Georgian `Batono` (Mr.).
  ...POST_NAME_ADDRESSES, 'batono', 'kalbatono',
  'yb', 'yab', 'ybhg', 'ts', 'tengku', 'tunku', 'esteemed', 'arkadag', 'hero-arkadag',
  // Tajik news's `Muhtaram` (Respected) before a leader's name, also translated.
  'respected', 'muhtaram',
  // A woman pilgrim's `Hadja` in West Africa.
  'hadja',
  // The Acehnese noble style (`Teuku X`, like the Malay `Tengku`), Banten's `Tb.` (Tubagus), the French `Mme.` with its dot.
  'teuku', 'tb.', 'mme.',
  // India's `Hon’ble` and a Buddhist monk's `Ven.` (Venerable).
  'hon’ble', "hon'ble", 'ven.', 'venerable',
  // Zimbabwe's `Cde` (Comrade).
  'cde', 'cde.',
  // Burmese forms of address (`U Than Swe`, `Daw Aung San Suu Kyi`).
  'u', 'daw',
  // Thai monks' `Phra` and the Supreme Patriarch's `Somdet`, and Indonesian clerics' `KH` (Kyai Haji) and `Kyai`; a Yoruba
  // king's `Kabiyesi`.
  'phra', 'somdet', 'kh', 'kyai', 'kabiyesi',
  // The Russian Orthodox form of address of a bishop (`Vladyka Nikodim`), and the Tamil `Thiru` (Mr.) and `Thirumathi` (Mrs.).
  'vladyka', 'thiru', 'thirumathi',
  // Central European engineers' and associate professors' styles (`Prof. Ing. X`, `Assoc. Prof. X`).
  'ing.', 'assoc.',
  // Austrian, Czech and Slovak degrees written as forms of address (`Mag. Martha Schultz`, `Mgr. Pavla Horáková`, `JUDr. X`),
  // and the habilitation, honorary degree or German field after a doctor's (`Dr. habil. X`, `Dr. h.c. X`, `Dr. med. X`,
  // `Dr. rer. nat. X`, `Dr. iur. X`).
  'mag.', 'mgr.', 'judr.', 'mudr.', 'phdr.', 'rndr.', 'habil.', 'h.c.', 'med.', 'rer.', 'nat.', 'phil.', 'jur.', 'iur.', 'oec.',
  // The Czech and Slovak associate professor's and architect's (`doc. JUDr. X`, `Ing. arch. X`), a monsignor's (`Mons. X`).
  'doc.', 'arch.', 'mons.',
  // Polish, Italian and Spanish ones (`dr hab. inż. X`, `avv. X`, `Dott.ssa X`, `Cav. Lav. X`, `Excma. Sra. X`), and the
  // Austrian Kommerzialrat (`KommR Ing. X`).
  'hab.', 'inż.', 'avv.', 'dott.', 'cav.', 'lav.', 'excma.', 'excmo.', 'ilmo.', 'ilma.', 'kommr',
  // Akan and Ewe royal forms of address (`Otumfuo Osei Tutu II`, `Togbe Afede XIV`).
  'otumfuo', 'daasebre', 'osagyefo', 'osagyefuo', 'osabarima', 'osabarimba', 'togbe', 'togbega', 'togbui', 'barima',
  // Buganda's forms of address (`Ssabasajja Kabaka X`, `Owek. X`).
  'ssabasajja', 'owek.', 'owek',
  // Samoan forms of address of titled chiefs (`Afioga Fiame`, `Susuga Tuilaepa`).
  'afioga', 'susuga',
  // Brunei's noble style (`Pengiran Dato Seri Setia X`) and its officials' style of a woman (`Dayang Siti X binti Y`).
  'pengiran', 'dayang',
  // Spanish forms of address and professional styles (Cuba's `compañera` too; `Doña Ana Lya Uriarte`, `Licenciado Marcelo Ebrard`, `Ingeniero X`, `Arq. X`, Mexico's `Mtro.` and `Emb.`);
  // `Don` only before a full Spanish name (see name-segments: `Don Pramudwinai` is a given name).
  'don', 'doña', 'dña.', 'sra.', 'srta.', 'compañero', 'compañera', 'companheiro', 'companheira', 'dra.', 'licenciado', 'licenciada', 'lic.', 'ingeniero', 'ingeniera', 'arq.', 'mtro.', 'mtra.', 'emb.',
  // Portugal's and Brazil's style of a lady (`Dona Maria Isabel X`); the Netherlands' untitled nobility (`Jonkheer X`, `Jonkvrouw X`).
  'dona', 'jonkheer', 'jonkvrouw', 'jhr.',
  // The Italian style of a member of parliament (`Onorevole Lo Presti`).
  'onorevole',
  // Nigeria's lawyers addressed by their calling (`Barrister Emeka X`, `Barr. X`); `Brother` in a leader's speech.
  'barrister', 'barr.', 'brother',
  // Cambodia's styles (`Samdech Techo Hun Sen`, `Samdech Moha Bovor Thipadei Hun Manet`, also spelt `Borvor`; `Samdech Akka
  // Moha Sena Padei Techo Hun Sen`).
  'samdech', 'techo', 'moha', 'bovor', 'borvor', 'thipadei', 'akka', 'padei',
  // and its king's (`Preah Bat Samdech Preah Boromneath Norodom Sihamoni`), a lady's (`Lok Chumteav X`, with `Lok` below)
  // and a tycoon's (`Oknha X`).
  'preah', 'boromneath', 'chumteav', 'oknha',
];

/**
 * An audience a speech addresses (`Dear Friends!`, `Esteemed Guests,`, `Dear Ladies and Gentlemen!`): after a form of
 * address these plurals name no one.
 */
export const ADDRESSED_AUDIENCES: readonly string[] = [
  'friends', 'guests', 'colleagues', 'participants', 'ladies', 'gentlemen', 'compatriots', 'countrymen', 'members', 'delegates',
  'partners', 'brothers', 'sisters', 'citizens', 'veterans', 'students', 'teachers', 'graduates', 'athletes', 'fellows',
  'journalists', 'parents', 'youth', 'attendees', 'organizers', 'organisers', 'hosts', 'sirs', 'madams', 'all',
];

/**
 * Forms of address also written inside a name, between two of its words, for a forefather's rank or
 * pilgrimage (`Mohamad Haji Hasan`, `Zafrul Tengku Abdul Aziz`, `Hassan Sheikh Mohamud`), or a given
 * name spelt as one (the Ghanaian day name of `Cassiel Ato Forson`, the Amharic `Ato` before a name, the Swahili `Mzee`: `Ali Mzee Ali`),
 * or a Thai king's regnal name (`Maha Vajiralongkorn Phra Vajiraklaochaoyuhua`).
 */
export const HONORIFICS_IN_NAMES: readonly string[] = ['haji', 'hajji', 'hadji', 'hajjah', 'tengku', 'tunku', 'teuku', 'tun', 'sheikh', 'shaikh', 'syed', 'sayyid', 'sayed', 'ato', 'mzee', 'phra'];

/**
 * Kin words that mark the next name as a person (`his wife Aigerim`), in lower case only:
 * capitalised inside a run they are names (`Bui Thanh Son`, `Son Heung-min`).
 */
export const KIN_WORDS: readonly string[] = ['wife', 'husband', 'spouse', 'son', 'daughter', 'widow', 'mother', 'sister', 'grandmother', 'grandfather', 'grandson', 'granddaughter'];

/**
 * Forms of address that open a title of several words of their own, up to the next form of address (Brunei's `Pehin
 * Datu Pekerma Jaya Dato Paduka Haji X`).
 */
export const CHAIN_HONORIFICS: readonly string[] = ['pehin'];

/**
 * Forms of address of several words whose first word is also a surname or given name
 * (`Tan Sri`, `Toh Puan`, `Yang Berhormat`, `His Highness`): honorifics only as the whole phrase.
 */
export const HONORIFIC_PHRASES: readonly string[] = [
  'seri utama', 'sri utama', 'tan sri', 'toh puan', 'puan sri', 'yang berhormat', 'yang amat berhormat', 'yang mulia',
  // `His Highness Prince Faisal`: the pronoun is part of the form of address.
  'his highness', 'her highness', 'their royal highnesses', 'their majesties', 'his excellency', 'her excellency', 'his majesty', 'her majesty', 'his holiness',
  'his royal highness', 'her royal highness', 'his royal majesty', 'her royal majesty', 'his serene highness', 'her serene highness', 'his beatitude', 'his eminence', 'her eminence', 'his grace',
  // The French `His/Her Excellency` (`Son Excellence M. X`).
  'son excellence',
  // A mayor's style in the Commonwealth (`Mayor of Mandeville, His Worship Councillor X`), a Canadian lieutenant
  // governor's (`Her Honour the Honourable X`).
  'his worship', 'her worship', 'his honour', 'her honour', 'his honor', 'her honor', 'most rev.', 'most reverend',
  'right reverend', 'rt. rev.', 'rt rev', 'right honourable', 'right honorable', 'right hon.', 'right hon', 'most honourable', 'most honorable', 'most hon.', 'most hon',
  // Papua New Guinea's and Fiji's chiefly style.
  'grand chief',
  // Cambodia's `Lok Chumteav` (Madam) before a woman's name.
  'lok chumteav',
  // A Thai monk's style (`Phra Maha Surasak`), and Cambodia's army's (`Samdech Akka Moha Sena Padei Techo Hun Sen`); Brunei's and
  // Malaysia's rulers' (`the Sultan and Yang Di-Pertuan of Brunei Darussalam`).
  'phra maha', 'moha sena padei', 'yang di-pertuan', 'preah bat',
  // Brunei's Crown Prince's and princes' style (`Pengiran Muda Mahkota Al-Muhtadee Billah`).
  'pengiran muda mahkota', 'pengiran muda',
  // Malaysia's `Tuan` (Mr.) after a minister's style (`YAB Tuan Chow Kon Yeow`); alone it is a Vietnamese name.
  'yab tuan', 'yb tuan',
];

/**
 * Title words that are a form of address when written bare before a name (`Chief Emeka Obi`):
 * with a qualifier or a further title (`Police Chief`, `Chief Justice`) they stay titles.
 */
export const BARE_HONORIFIC_TITLES: readonly string[] = ['chief'];

/**
 * Titles that are also given names (`Amir Abdollahian`; `Rais`, Tatarstan's head; `Wali`, a Moroccan governor, and a
 * name in `Ahmad Wali Rahimzai`; `Vali`, a Turkish governor, and `Vali Nasr`; `Waziri`, `Galadima`, `Madaki`, a northern
 * Nigerian emirate's offices and surnames: `the Waziri of Katsina`, `Ibrahim Waziri`; `Obi`, an Igbo king and a surname:
 * `the Obi of Onitsha`, `Peter Obi`; Buganda's `Kabaka`, `Gaudentia Kabaka`; a Yoruba king's `Olu`, `Olu Falae`): titles only after `the` or before `of`
 * (`His Highness the Amir Sheikh Tamim`, `Amir of Kuwait`), names elsewhere.
 */
export const TITLES_ALSO_NAMES: readonly string[] = ['amir', 'rais', 'wali', 'vali', 'hakim', 'waziri', 'galadima', 'madaki', 'obi', 'kabaka', 'olu', 'bakan'];

/**
 * Abbreviated titles that also open a body's name (`DG ECHO`, `ACM ICPC`): no name in the acronym after them, nor in the
 * European Commission's departments or the Pakistani city after `DG` (`DG Trade`, `DG Khan`).
 */
export const TITLES_OPENING_BODIES: readonly string[] = ['dg', 'acm'];
export const BODIES_AFTER_DG: readonly string[] = [
  'agri', 'budg', 'clima', 'comp', 'connect', 'defis', 'digit', 'eac', 'echo', 'ecfin', 'empl', 'ener', 'env', 'estat', 'fisma', 'grow', 'hera',
  'home', 'intpa', 'just', 'mare', 'move', 'near', 'reform', 'regio', 'rtd', 'sante', 'taxud', 'trade', 'khan',
];

export const RANK_TITLES: readonly string[] = [
  'prince', 'princess', 'infanta', 'king', 'queen', 'emir', 'sultan', 'duke', 'duchess', 'emperor', 'empress', 'lady',
];

/**
 * Ranks that are also given names (`Sultan Ahmed Al Jaber, Minister of Industry`): a given name when an
 * office follows in apposition and no form of address (`His Majesty`) goes before.
 */
export const RANKS_ALSO_GIVEN_NAMES: readonly string[] = ['sultan'];

/** Chess titles' letters, titles only in capitals (`GM X`, `WIM X`; `Wim` is a Dutch given name). */
export const CAPS_ONLY_TITLES: readonly string[] = ['gm', 'wgm', 'im', 'wim', 'wfm'];

/**
 * Titles only when capitalised: a state's `Agent` and `Counsel` before a court; in lower case a trade's (`travel agent`,
 * `the paying agent X`, `its legal counsel Dentons`).
 */
export const CAPITALISED_ONLY_TITLES: readonly string[] = ['agent', 'counsel'];

/** Academic styles, which give way to an office written with the name (`Professor X, Rector of …`). */
export const ACADEMIC_STYLE_TITLES: readonly string[] = ['professor', 'academician'];

/** Titles also kept as a style of address after an office (`Minister of Foreign Affairs Ambassador X`). */
export const STYLE_TITLES: readonly string[] = ['ambassador', 'ambassador-at-large', 'amb.', 'embajador', 'embajadora', 'embaixador', 'embaixadora', 'ambassadeur', 'ambassadrice', 'senator', 'sen.', 'rep.', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'assemblymember', 'mp', 'mep', 'lawmaker', 'legislator', 'parliamentarian', ...ACADEMIC_STYLE_TITLES, 'archbishop', 'bishop', 'cardinal', 'metropolitan', 'rabbi', 'imam', 'judge', 'alderman', 'alderwoman', 'oba'];

/** Chambers whose members are written `Mazhilis deputy`, `Duma deputy`: with the lower-case `deputy`, a member's style. */
export const MEMBER_CHAMBERS: readonly string[] = ['mazhilis', 'majilis', 'parliament', 'senate', 'duma', 'kenesh', 'majlis', 'kurultai', 'rada', 'sejm', 'saeima', 'seimas', 'knesset', 'assembly'];

/** Ways of writing `retired` (or `reserve`) in brackets after a rank (`Colonel (ret.)`, `Maj Gen (Rtd)`, `Maj. Gen. (Res.)`, `General (r)`), with or without a full stop. */
export const RETIRED_MARKS: readonly string[] = ['ret', 'retd', 'rtd', 'retired', 'res', 'r'];

/** Words that make a rank an office (`Crown Prince`, `Grand Duke`, `First Lady`). */
export const RANK_QUALIFIERS: readonly string[] = ['crown', 'grand', 'hereditary', 'first'];

/**
 * Connecting words a role may run through: `Minister of Foreign Affairs of the Republic of X`; the Malay and
 * Indonesian `dan` (and) inside a body's name (`Director-General of Dewan Bahasa dan Pustaka`); `Minister without Portfolio`;
 * `cum` joining two offices (`Deputy Prime Minister cum Foreign Minister`).
 */
export const ROLE_CONNECTORS: readonly string[] = ['of', 'for', 'to', 'in', 'at', 'on', 'the', 'and', 'de', 'del', 'concurrently', 'under', 'through', 'dan', 'without', 'cum'];

/** Military units among the lower-case qualifiers, which qualify only a lower-case leader's title right after them (not `visit to the battalion Minister of Defence X`). */
export const MILITARY_UNITS: readonly string[] = ['brigade', 'battalion', 'regiment', 'platoon', 'squadron', 'garrison', 'contingent', 'fleet'];
/** The leaders' titles a military unit qualifies. */
export const UNIT_LEADERS: readonly string[] = ['commander', 'commanders', 'chief', 'leader', 'commandant'];

/**
 * Lower-case words that belong to the title they precede (`first President`, `former Minister`), and
 * the fields of a lower-case post in wire copy (`EU foreign policy chief`, `Russian presidential aide`).
 */
export const LOWER_QUALIFIERS: readonly string[] = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'female', 'resident', 'former', 'retired', 'previous', 'caretaker', 'press', 'foreign', 'prime', 'deputy', 'vice', 'acting', 'late', 'incoming', 'outgoing', 'next', 'honorary', 'official', 'artistic', 'corresponding', 'permanent',
  'non-resident', 'government', 'presidential', 'policy', 'trade', 'human', 'rights', 'climate', 'security', 'defence', 'defense', 'energy', 'economic', 'finance', 'health', 'military', 'naval', 'nuclear', 'senior', 'junior', 'top',
  'municipal', 'provincial', 'regional', 'chief', 'executive', 'special', 'managing', 'digital', 'legal', 'media', 'investment',
  'technology', 'justice', 'interior', 'transport', 'agriculture', 'education', 'culture', 'tourism', 'labour', 'environment', 'industry', 'opposition',
  'healthcare', 'sanitary', 'veterinary', 'phytosanitary', 'project', 'communications', 'transitional', 'interim', 'information', 'intelligence', 'plenipotentiary', 'medical', 'country', 'financial', 'operating', 'commercial', 'technical', 'purchasing', 'marketing', 'rotating', 'research', 'scientific', 'academic', 'programme', 'program', 'commerce', 'planning', 'consular', 'associate',
  // `Ethiopia's state minister of agriculture`, `Kenya's principal secretary for agriculture`.
  'state', 'principal', 'federal', 'union', 'liaison', 'economy',
  // A body's first holder of a post (`founding Secretary General of …`); a deputy mufti (`naib mufti X`).
  'founding', 'naib',
  // `the attorney general, X`, `the solicitor general`, `the White House budget director X`, `the city akim, X`.
  'attorney', 'solicitor', 'budget', 'city',
  // `the UN’s personal envoy for Sudan X`; `Kazakhstan’s long-serving Minister of Energy`.
  'personal', 'long-serving', 'longtime', 'long-time', 'economics',
  // A department's field before a lower-case post (`logistics director at the Port of Valencia`).
  'logistics', 'procurement', 'risk', 'compliance', 'sustainability', 'strategy',
  // The opposition's and a committee's shadow posts (`shadow foreign secretary`, `shadow rapporteurs`).
  'shadow',
  // A party's leader in a chamber (`National Rally parliamentary leader X`).
  'parliamentary',
  // The armed forces' and police's chiefs (`Sudanese army chief X`, `the national police chief X`).
  'army', 'navy', 'police',
  // Military units' commanders (`the brigade commander, Colonel X`, `battalion commander X`).
  ...MILITARY_UNITS,
  // A Pacific chief's rank (`chaired by high chief X`).
  'high',
  // `independent director X`, `non-executive director X`.
  'independent', 'non-executive',
  // `laboratory assistant X`, `expedition leader X`, `a postdoctoral fellow at …`.
  'laboratory', 'expedition', 'postdoctoral', 'post-doctoral',
  // The arts' and sports' fields of a post (`film director X`, `club president X`).
  'film', 'theatre', 'theater', 'music', 'stage', 'club', 'sports', 'sporting', 'museum', 'festival', 'gallery', 'library', 'goalkeeping', 'fitness',
];

/**
 * Words that open a state's honorary title before an occupation and `of` (`People's Artist of
 * Kazakhstan`, `Honoured Coach of the Republic of …`), and academic degrees before `of` (`Doctor of
 * Historical Sciences`): with that shape the phrase is a title, so a role.
 */
export const HONORARY_TITLE_OPENERS: readonly string[] = ['people', 'honoured', 'honored', 'merited'];
export const DEGREE_TITLES: readonly string[] = ['doctor', 'doctors', 'candidate', 'master'];

/** Title words that only qualify the title after them (`Deputy Amir`, `the governor and deputy governor`). */
export const DEPUTY_WORDS: readonly string[] = ['deputy', 'vice'];

/** Acts by which an office is given (`by order of the Minister`, `By Decree of the President`). */
export const APPOINTING_ACTS: readonly string[] = ['decree', 'order', 'resolution', 'decision', 'ordinance'];
