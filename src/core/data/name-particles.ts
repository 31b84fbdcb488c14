/** `son of` / `daughter of` after a patronymic, inside a name or closing it (`Dilnoza Akbar qizi`). */
export const PATRONYMIC_PARTICLES: readonly string[] = ['oglu', 'ogly', 'oğlu', 'qizi', 'qızı', 'gizi', 'gızı', 'kizi', 'kızı', "o'g'li", 'o‘g‘li', 'oʻgʻli', 'o’g’li', 'ugli', 'ogli'];

/**
 * Name particles (lower case): they may stand inside a name, written in lower
 * case (`Ursula von der Leyen`, `Mansour bin Zayed`, `Lula da Silva`) or
 * capitalised (`Antonello De Riu`, `Saqr Bin Ghubash`, `Al Nahyan`), but never
 * make a name alone and never end one (but for a patronymic's `qizi`, `oglu`).
 */
export const NAME_PARTICLES: readonly string[] = [
  'de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'dello', 'degli', 'du', 'des', 'la', 'le', 'lo', 'los', 'las',
  'van', 'von', 'der', 'den', 'ter', 'ten', 'zu', 'af', 'av', 'y', 'e', 'i',
  // A Dutch particle inside longer ones (`Ruud op den Kamp`).
  'op',
  'bin', 'ibn', 'bint', 'binti', 'ben', 'al', 'el', 'ul', 'ud', 'ur', 'abu', 'abd', 'bou', 'ould', 'mac', 'st.',
  // The Kazakh `kazhy` and the Kyrgyz `ajy` (hajji) written inside a name: `Nauryzbai kazhy Taganuly`, `Almazbek ajy Osmonaliev`;
  // the Uzbek `hazrat` (`Ibrohimjon hazrat Sobirov`).
  'kazhy', 'qazhy', 'ajy', 'hazrat',
  // East African particles: `Joseph ole Sankale`, `Daniel arap Moi`, `Ngugi wa Thiong'o`.
  'ole', 'arap', 'wa',
  // The Welsh `son of`: `Rhys ap Gwilym`; the Filipino `dela`, `delos` (`Ramon dela Cruz`, `Jose delos Santos`).
  'ap', 'dela', 'delos',
  // The Azerbaijani, Turkmen and Uzbek `son of` / `daughter of` after a patronymic: `Ilham Heydar oglu Aliyev`.
  ...PATRONYMIC_PARTICLES,
];

/** `bin`, `ibn`, `bint`: the names after them are the father's and forefathers' (`Tamim bin Hamad`). */
export const LINEAGE_PARTICLES: readonly string[] = ['bin', 'binti', 'bint', 'ibn'];

/** The Arabic article opening a family name (`Al Thani`, `Al-Khulaifi`, `El Sisi`). */
export const ARABIC_ARTICLES: readonly string[] = ['al', 'el', 'āl'];

/** Prefixes glued to an Arabic name by a hyphen, possibly in lower case (`al-Sisi`, Pashto and Urdu `ur-Rahman`); a capital follows. */
export const ARTICLE_PREFIX = /^(?:al|el|ad|ash|as|at|az|ar|an|ed|ur|ul|ud|bin|ibn|abu|abd)[-‑‐]/;

/**
 * Initials of Russian and Kazakh given names and patronymics written with two letters (`A.Yu. Rudenko`, `Zh. Kassymbek`),
 * of Greek fathers' names (`Eleni Th. Karagianni`) and of Hungarian given names (`Zs. Bíró`, `Gy. Szabó`); the Russian `Дж` takes three (`Dzh. Tursunov`).
 */
export const DIGRAPH_INITIALS: readonly string[] = ['Ch', 'Kh', 'Sh', 'Ts', 'Ya', 'Ye', 'Yo', 'Yu', 'Zh', 'Th', 'Zs', 'Sz', 'Gy', 'Cs', 'Dzh'];

/** European particles that open firms' and places' names as well as surnames (`Van Oord`, `Den Haag`, `De Beers`). */
export const FIRMS_AND_PLACES_PARTICLES: readonly string[] = ['van', 'von', 'de', 'den', 'der', 'di', 'da', 'du', 'la', 'le', 'del', 'della', 'des', 'dos', 'das'];

/** Given names abbreviated with a full stop, written like initials (`Ma. Theresa Lazaro`, `Mohd. Najib`). */
export const ABBREVIATED_GIVEN_NAMES: readonly string[] = ['Ma', 'Mohd', 'Muhd', 'Md'];

/**
 * Dotted abbreviations that are acronyms, not a person's initials
 * (`U.S. Ambassador`, `U.N. Security Council`).
 */
export const DOTTED_ACRONYMS: readonly string[] = [
  'u.s.', 'u.k.', 'u.n.', 'e.u.', 'u.a.e.', 'u.s.a.', 'u.s.s.r.', 'p.m.', 'a.m.', 'd.c.', 'r.o.k.', 'd.p.r.k.',
];

/** Companies' legal forms (`Atlântico Cork S.A.`); right before a surname they are initials (`S.A. Melikov`, `A.G. Lukashenko`). */
export const DOTTED_LEGAL_FORMS: readonly string[] = ['s.a.', 's.p.a.', 'n.v.', 'b.v.', 'a.g.', 's.r.l.', 'l.l.c.', 's.a.s.', 'a.s.', 'a.ş.', 's.a.c.', 's.a.a.'];

/** Suffixes after a surname (`Marcos Jr.`, the Kyrgyz `Turgunbek uulu`, `son of`): like a regnal numeral, inside a name only. */
export const NAME_SUFFIXES: readonly string[] = ['jr.', 'jr', 'sr.', 'sr', 'uulu', 'uly', 'kyzy', 'qyzy'];
/** Those of the suffixes that close a father's name (the Kyrgyz and Kazakh son, daughter of). */
export const FATHERS_NAME_SUFFIXES: readonly string[] = NAME_SUFFIXES.filter((suffix) => !/^[js]r\.?$/.test(suffix));

/**
 * Letters after a name (`David Lammy MP`, `John Smith OBE`, `Jane Doe PhD`): honours, degrees and
 * seats, never part of the name span, and an apposition after them still gives the name its role.
 */
export const POST_NOMINALS: readonly string[] = [
  'mp', 'mep', 'msp', 'mla', 'kc', 'qc', 'obe', 'cbe', 'mbe', 'kbe', 'dbe', 'kcmg', 'gcmg', 'cmg', 'kcvo', 'gcvo', 'cvo',
  'lvo', 'mvo', 'gcb', 'kcb', 'dcb', 'dcmg', 'dcvo', 'frs', 'frsa', 'frse', 'freng', 'frcp', 'fba', 'fmedsci', 'frcs', 'gcsk', 'fca', 'acca', 'cpa', 'phd', 'md', 'mph', 'td', 'ac', 'ao', 'msc', 'mba',
  // A Theravada monk's title after his name (`Pallegama Sumanatissa Thero`).
  'thero', 'thera',
  // The style of a lawyer in the United States and of a gentleman in Britain (`Samuel Jordan Esq.`).
  'esq',
  // German and Pakistani members' letters (`Jürgen Hardt MdB`, a Land's `Klaus Reindl MdL`, `Naveed Qamar, MNA`).
  'mdb', 'mdl', 'mdep', 'mna', 'mpa',
  // Nigeria's national honours (`Bola Ahmed Tinubu, GCFR, President …`).
  'gcfr', 'gcon', 'cfr', 'ofr', 'mfr',
  // New Zealand's, Australia's, Canada's and the Crown's orders (`Dame X, GNZM, QSO, Governor-General …`).
  'gnzm', 'knzm', 'dnzm', 'cnzm', 'onzm', 'mnzm', 'qso', 'qsm', 'onz', 'oam', 'gbe', 'pc', 'cc', 'oc', 'psm',
  // India's civil services (`X, IFS, Joint Secretary …`), Kenya's orders (`Hon. X, EGH, Principal Secretary …`, `Dr. William Ruto, C.G.H., President …`).
  'ifs', 'ias', 'ips', 'egh', 'ebs', 'mgh', 'cgh',
  // A financial analyst's charter (`X, CFA, head of research at …`), Czech and Slovak candidates' and doctors of sciences',
  // doctors of science and philosophy (`Professor X, D.Sc., Director of …`).
  'cfa', 'csc', 'drsc', 'dsc', 'dphil',
  // Catholic religious orders' letters (`Fr. Matteo Bellini, OFM`, `Fr. John Smith SJ`).
  'ofm', 'sj', 'osb', 'sdb', 'svd', 'cssr', 'ofmcap',
  // Fellows of professional institutions (`Dr. X, PhD, FRICS, director of …`), and chartered engineers, geologists,
  // chemists and physicists (`Dr. X, CEng, Regional President of …`).
  'ceng', 'ieng', 'cgeol', 'cchem', 'cphys',
  'fiet', 'fice', 'frics', 'frgs', 'frsc', 'frcgp', 'frcog', 'frcpath', 'frcpsych', 'facs', 'facp', 'fcca', 'fcma', 'fcipd', 'fimeche', 'fraes',
];

/**
 * Degrees written dotted after a name in mixed case or as two letters (`M.Sc.`, `M.Si.`, `P.Eng.`, `S.H.`, `LL.M.`): letters only
 * so written, since some spell names undotted (`Li Peng`).
 */
export const DOTTED_DEGREES: readonly string[] = ['msi', 'meng', 'peng', 'sh', 'st', 'llm'];

/** Post-nominal letters that are also a name's word in mixed case, so read as letters only in capitals (`CON`, not `Con`). */
export const CAPS_POST_NOMINALS: readonly string[] = [
  'con',
  // India's military decorations (`Lt Gen X, SM, VSM, Director General …`).
  'pvsm', 'avsm', 'uysm', 'ysm', 'sm', 'vsm', 'vm',
  // A Senior Counsel's letters (`Simeon Beckett SC`, `Dorcas Agik Oduor, SC, the Attorney-General`), and a Senior Advocate of
  // Nigeria's (`X, SAN, OFR, the INEC National Chairman`).
  'sc', 'san',
  // The Order of the Bath's companions, the Order of Australia's members and the Order of Jamaica's, in capitals only (`Sir X
  // KCMG CB`, `Mark Evans AM`, `Senator the Hon. X, OJ, Minister …`).
  'cb', 'am', 'oj',
  // Kenya's orders (`Ambassador X, OGW, Director General …`: the Grand Warrior's, the Burning Spear's moran, the Head of
  // State's Commendation; not `CBS`, a network's name too).
  'mbs', 'ogw', 'hsc',
  // The Order of the Niger's officers (`Chief X, OON, Honorary Consul …`; `Oon` is a Singaporean surname).
  'oon',
  // A Royal Navy officer's letters (`Commander X RN`), and Jamaica's Order of Distinction (`the Hon. X, OJ, CD, MP, Minister …`;
  // not its Order of the Nation's `ON`, a word of headlines in capitals).
  'rn', 'cd',
  // A Justice of the Peace (`His Worship Councillor X, JP, has announced`).
  'jp',
];

/** Those of them that are initials when dotted (`Ivanov C.D.`; `the Hon. X, OJ, CD, MP`). */
export const UNDOTTED_POST_NOMINALS: readonly string[] = ['rn', 'cd'];

/** Post-nominal letters that name a seat, an office: the role where nothing else gives one (`Daniel Hartley MP`). */
export const SEAT_LETTERS: readonly string[] = ['mp', 'mep', 'msp', 'mla', 'td', 'mdb', 'mdl', 'mdep', 'mna', 'mpa'];

/** Roman numerals of regnal names (`Carl XVI Gustaf`, `Charles III`). */
export const REGNAL_NUMERAL = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

/**
 * Common Arabic men's given names, which open a full name before a father's name and a family's (`Khalid Saeed Al
 * Mansoori`; not a branch's city: `Sharjah Khalid Al Mansoori`).
 */
export const ARABIC_GIVEN_NAMES: readonly string[] = [
  'mohammed', 'mohammad', 'mohamed', 'muhammad', 'ahmed', 'ahmad', 'ali', 'khalid', 'khaled', 'saeed', 'said', 'saif', 'sultan', 'abdullah', 'abdulla',
  'abdulaziz', 'abdulrahman', 'abdelrahman', 'abdul', 'omar', 'umar', 'hamad', 'hamdan', 'hamed', 'hamid', 'rashid', 'rashed', 'majid', 'faisal',
  'nasser', 'salem', 'salim', 'hassan', 'hussein', 'ibrahim', 'yousef', 'yousuf', 'yusuf', 'mansour', 'mubarak', 'tariq', 'waleed', 'walid',
  'khalifa', 'zayed', 'jassim', 'fahad', 'fahd', 'turki', 'nayef', 'bandar', 'saud', 'suhail', 'obaid', 'mustafa', 'mostafa', 'youssef', 'karim',
  'adel', 'adil', 'amr', 'hisham', 'osama', 'usama', 'anwar', 'jamal', 'nabil', 'samir', 'tamer', 'ziad', 'fawaz', 'talal', 'badr',
];

/** Turkish forms of such names and other common Turkish men's given names, which pair as one given name (`Mehmet Ali`). */
export const TURKISH_GIVEN_NAMES: readonly string[] = [
  'mehmet', 'ahmet', 'hasan', 'hüseyin', 'huseyin', 'ismail', 'osman', 'murat', 'mahmut', 'ömer', 'omer', 'halil', 'süleyman', 'suleyman',
  'recep', 'kemal', 'mustafa', 'ibrahim', 'yusuf', 'ali',
];

/**
 * Given names rulers and popes reign by, which with a numeral alone name a person (`Louis XIV`, `Peter I`); a word of
 * another kind with one names a thing (`Basel III`, `Artemis II`, `Geneva II`).
 */
export const REGNAL_GIVEN_NAMES: readonly string[] = [
  'peter', 'louis', 'charles', 'elizabeth', 'catherine', 'george', 'william', 'edward', 'james', 'john', 'paul',
  'alexander', 'nicholas', 'ivan', 'abdullah', 'hussein', 'mohammed', 'hassan', 'felipe', 'juan', 'carlos', 'willem',
  'harald', 'carl', 'frederik', 'frederick', 'margrethe', 'philippe', 'albert', 'leo', 'benedict', 'pius', 'francis',
  'gregory', 'richard', 'ludwig', 'napoleon', 'victor', 'umberto', 'alfonso', 'manuel', 'pedro', 'rama', 'mswati', 'letsie',
];

/**
 * Poets, composers and thinkers the region's news names by one word (`works by … and Abai`, `quoted Aristotle`): a person
 * alone, where no body's or place's word follows (`the Abai region`, `Abai Readings` stay no one). Not those that name
 * regions and towns too (`Zhambyl`, `Navoi`).
 */
export const MONONYMS: readonly string[] = [
  'abai', 'abay', 'shakarim', 'al-farabi', 'farabi', 'kurmangazy', 'tattimbet', 'dauletkerey', 'kazangap', 'makhambet', 'dulati', 'yassawi', 'yasawi', 'baibars', 'beybars', 'baybars', 'tukay', 'tukai', 'schiller', 'heine', 'rumi',
  'ferdowsi', 'avicenna', 'aristotle', 'plato', 'socrates', 'confucius', 'pushkin', 'lermontov', 'krylov', 'tolstoy',
  'dostoevsky', 'chekhov', 'gogol', 'shakespeare', 'goethe', 'dante', 'mozart', 'beethoven', 'tchaikovsky', 'magtymguly', 'makhtumkuli',
  'nizami', 'hafez', 'saadi', 'tagore', 'cervantes', 'balzac',
  // Composers named alone in concert programmes (`arias by Mozart and Puccini`).
  'puccini', 'verdi', 'rossini', 'bach', 'chopin', 'rachmaninoff', 'rachmaninov', 'shostakovich', 'prokofiev', 'glinka',
  // Painters named alone (`Picasso's Guernica`).
  'picasso', 'rembrandt', 'michelangelo', 'goya', 'matisse', 'cézanne',
];

/**
 * Romanisations of one Korean surname, as the South's systems and older habits write them (`Park` ~ `Pak`, `Lee` ~ `Yi`): a
 * short form in one spelling stands for a Korean full name in another. (Not the North's `Ri` and `Rim`, which in one
 * article with the South's `Lee` and `Lim` name other people, nor `Chang`, most often Chinese.)
 */
export const KOREAN_SURNAME_SPELLINGS: readonly (readonly string[])[] = [
  ['park', 'pak', 'bak'], ['lee', 'yi', 'rhee'], ['choi', 'choe'], ['jung', 'chung', 'jeong'], ['cho', 'jo'], ['yoon', 'yun'],
  ['shin', 'sin'], ['kwon', 'gwon'], ['kang', 'gang'],
];
