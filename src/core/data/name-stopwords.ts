/**
 * Capitalised words that are never part of a person's name, in lower case.
 * Kept apart by why they are excluded, because the finder treats the groups
 * differently: an organisation or place head after a capitalised run makes
 * the whole run a name of that organisation or place (`Sefako Makgatho
 * Presidential Guesthouse`), while a common word only breaks the run.
 */

/** South Asian festivals' words that are given names too (`Gandhi Jayanti`, `Jayanti Prasad Sharma`; `Bhai Tika`, `Tika Ram X`). */
export const FESTIVAL_WORDS_ALSO_GIVEN_NAMES: readonly string[] = ['jayanti', 'tika', 'parv', 'diwas'];

/**
 * Ships' prefixes (`MV Pwani Star`, `HMNZS Canterbury`, `USS Gerald R. Ford`, Türkiye's `TCG Anadolu`); not Indonesia's
 * `KRI`, which names the Kurdistan Region of Iraq as often.
 */
export const SHIP_PREFIXES: readonly string[] = ['mv', 'mt', 'hms', 'hmas', 'hmnzs', 'hmcs', 'uss', 'brp', 'tcg', 'pns'];

/** Groups whose own name opens their companies' (`Hyundai Rotem`, `Samsung Heavy`, `Toyota Tsusho`), never a person's. */
export const COMPANY_GROUPS: readonly string[] = [
  'samsung', 'hyundai', 'hanwha', 'doosan', 'lotte', 'posco', 'kepco', 'toyota', 'mitsubishi', 'sumitomo', 'marubeni', 'itochu',
  'mitsui', 'hitachi', 'toshiba', 'huawei', 'sinopec', 'gazprom', 'rosatom', 'lukoil', 'rosneft', 'kazatomprom', 'kazmunaygas',
  // Kazakh state holdings and companies (`Samruk-Kazyna Nurlan Zhakupbekov` is the fund's head).
  'samruk-kazyna', 'kazakhtelecom', 'kazakhmys', 'kaztransoil', 'qazaqgaz',
];

/** Heads of organisation, place, event and document names. */
export const ORG_HEADS: readonly string[] = [
  'ministry', 'ministries', 'committee', 'committees', 'consensus', 'carrier', 'congresium', 'innopolis', 'competition', 'contest', 'presse', 'zeitung', 'kurier', 'language', 'gallery', 'galleries', 'household', 'trustees', 'sons', 'agri', 'agro', 'forum', 'agency', 'agencies', 'agência', 'agencia', 'agence', 'republic', 'union', 'crescent', 'invest', 'villa',
  'circle', 'autonomy',
  // South Asian festivals named after a person or a rite (`Guru Nanak Jayanti`, `Prakash Purab`, `Bhai Tika`).
  ...FESTIVAL_WORDS_ALSO_GIVEN_NAMES, 'purab', 'gurpurab', 'gurpurb', 'mahotsav', 'mahotsava', 'janmashtami',
  // Funds named after a person (`the Tun Abdul Razak Scholarship Endowment`).
  'scholarship', 'endowment',
  // French bodies' words (`Médecins Sans Frontières`, `Reporters sans frontières`).
  'frontières', 'frontieres',
  // South Asian festivals, awards, schemes, residences and gardens (`Rongali Bihu`, `Maha Vishuba Sankranti`, `Poila Boishakh`,
  // `Bisket Jatra`, `Avurudu Utsava`, `Ustad Bismillah Khan Yuva Puraskar`, `Pradhan Mantri Awas Yojana`, `Dalada Maligawa`,
  // `Jallianwala Bagh`; not `Niwas`, a given name too: `Ram Niwas Goel`), processions, campaigns and schools (`Esala Perahera`,
  // `… Utthan Mahabhiyan`, `Kendriya Vidyalayas`), a monastic chapter (`the Malwathu Chapter`) and a Persian prayer ground
  // (`the Imam Khomeini Mosalla`).
  'bihu', 'sankranti', 'boishakh', 'jatra', 'utsava', 'puraskar', 'yojana', 'maligawa', 'bagh', 'perahera', 'mahabhiyan', 'vidyalaya', 'vidyalayas', 'chapter', 'mosalla',
  // Monuments and sites named after people or places (`the Genghis Khan Equestrian Statue`, `the Semipalatinsk Test Site`),
  // and a club named after its state (`Bayern Munich`).
  'statue', 'site', 'bayern',
  // A title of the Virgin naming forts and churches (`the Fort of Nossa Senhora da Graça`).
  'senhora',
  // A route's name (`the Ramayana Trail`).
  'trail',
  // A burial ground of heroes (`the National Heroes Acre`).
  'acre',
  // A doctrine named after its author (`Xi Jinping Thought`), and Indonesian bodies' `National` (`Badan Standardisasi Nasional`).
  'thought', 'nasional',
  // German bodies' heads (`Ost-Ausschuss der Deutschen Wirtschaft`, the `Auswärtiges Amt`; `Amt` is a surname too).
  'ausschuss', 'wirtschaft', 'auswärtiges',
  // German and Italian museums and halls (`the Alte Pinakothek`, `the Pinacoteca di Brera`, `the Hamburger Kunsthalle`).
  'pinakothek', 'pinacoteca', 'glyptothek', 'kunsthalle', 'kunsthaus', 'galerie', 'staatsoper', 'philharmonie', 'staatsbibliothek',
  'workshop', 'workshops', 'banco', 'caixa', 'geral', 'actions', 'scheme', 'causeway', 'fertiliser', 'fertilizer', 'institutet', 'institut', 'instituto', 'istituto', 'bergakademie', 'trophy', 'outlook', 'rating', 'concern', 'express', 'export', 'viaduct', 'yatra', 'aero', 'pictures', 'studios', 'films', 'lab', 'verlag', 'ediciones', 'edições', 'edizioni', 'éditions', 'publishing', 'publishers', 'bau', 'compagnie', 'jury', 'triangle', 'forest', 'democrats', 'auto', 'shipping', 'pass', 'wall', 'glacier', 'airplanes', 'range',
  'concerto', 'symphony', 'sonata', 'requiem', 'overture', 'technopolis', 'technopark', 'showcase', 'management', 'line', 'desk', 'panel',
  'council', 'councils', 'subcommittee', 'maslikhat', 'akimat', 'khokimiyat', 'bank', 'banks', 'fed', 'university', 'universities', 'centre', 'center', 'centres', 'centers',
  'hub', 'park', 'organization', 'organisation', 'organizations', 'organisations', 'summit', 'games',
  'olympics', 'olympiad', 'commission', 'assembly', 'parliament', 'senate', 'congress', 'government',
  'department', 'office', 'embassy', 'embassies', 'consulate', 'mission', 'delegation', 'institute',
  'academy', 'school', 'college', 'foundation', 'fund', 'corporation', 'company', 'group', 'holding', 'neft',
  'association', 'society', 'federation', 'alliance', 'party', 'front', 'movement', 'service', 'services',
  'administration', 'authority', 'board', 'collegium', 'operator', 'residence', 'bureau', 'court', 'tribunal', 'chamber', 'house', 'guesthouse',
  'palace', 'hall', 'room', 'square', 'street', 'avenue', 'ave', 'road', 'boulevard', 'highway', 'motorway', 'expressway', 'freeway', 'interchange', 'airport', 'airshow', 'port',
  'station', 'cemetery', 'castle', 'fortress', 'citadel', 'necropolis', 'monastery', 'abbey', 'basilica', 'transit', 'metro', 'subway', 'tramway', 'train', 'waterway', 'bazaar', 'fellowship', 'fellowships', 'bhavan', 'bhawan', 'bhaban', 'stadium', 'arena', 'dome', 'coliseum', 'colosseum', 'pavilion', 'amphitheatre', 'amphitheater', 'auditorium', 'racecourse', 'speedway', 'hotel', 'museum', 'lore', 'theatre', 'theater', 'library', 'hospital', 'cathedral',
  'mosque', 'church', 'temple', 'village', 'city', 'town', 'region', 'territory', 'province', 'district', 'oblast', 'governorate', 'viloyat', 'velayat',
  'county', 'state', 'states', 'island', 'islands', 'peninsula', 'sea', 'seas', 'ocean', 'lake', 'river', 'mountain',
  'mountains', 'valley', 'basin', 'desert', 'barrier', 'reef', 'reefs', 'lagoon', 'atoll', 'plateau', 'bay', 'gulf', 'strait', 'passage', 'canal', 'corridor', 'pipeline', 'plan',
  'programme', 'program', 'strategy', 'concept', 'initiative', 'agreement', 'contract', 'treaty', 'convention',
  'declaration', 'charter', 'memorandum', 'protocol', 'resolution', 'act', 'law', 'code', 'constitution', 'pact', 'doctrine', 'procedure', 'principles', 'guidelines', 'rules', 'societies',
  'conference', 'congress', 'meeting', 'session', 'dialogue', 'event', 'exhibition', 'expo', 'festival', 'week', 'woche', 'evening', 'evenings',
  'day', 'birthday', 'holiday', 'holidays', 'award', 'awards', 'lecture', 'lectures', 'prize', 'order', 'medal', 'cup', 'championship', 'tournament', 'festival', 'ceremony',
  'news', 'times', 'post', 'daily', 'herald', 'tribune', 'gazette', 'journal', 'press', 'media', 'tv',
  'radio', 'rádió', 'online', 'telegraph', 'today', 'review', 'magazine', 'network', 'club', 'dinamo', 'dynamo', 'team', 'army', 'navy', 'forces', 'warriors',
  'force', 'police', 'guard', 'secretariat', 'cabinet', 'majilis', 'mazhilis', 'senate', 'exchange',
  'market', 'zone', 'cluster', 'platform', 'mechanism', 'differential', 'framework', 'format', 'process', 'project',
  'projects', 'system', 'network', 'route', 'railway', 'terminal', 'plant', 'factory', 'mine', 'field',
  'airlines', 'airways', 'technologies', 'systems', 'industries', 'partners', 'capital', 'ventures',
  'dam', 'reservoir', 'cargo', 'trucks', 'machinery', 'machines', 'motor', 'motors', 'transportation', 'engineering', 'electric', 'electronics', 'automotive', 'aerospace', 'space', 'pelabuhan', 'tanjung',
  'pharma', 'pharmaceuticals', 'steel', 'metals', 'metal', 'nonferrous', 'non-ferrous', 'earths', 'mining', 'smelting', 'chemicals', 'telecom', 'solutions', 'petroleum',
  'renewables', 'ratings', 'shipyard', 'shipyards', 'bromine', 'phosphate', 'phosphates', 'chemical', 'textile', 'textiles', 'fertilizers', 'fertilisers', 'cement', 'plastics', 'polymers', 'messe', 'zinc', 'copper', 'coal', 'uranium', 'lithium', 'aluminium', 'aluminum', 'nickel', 'cobalt', 'hydro', 'capitol', 'helicopters',
  // Companies' words in their own languages (`Kalyon Enerji`, `Akdeniz Tekstil`, `Vento Energia`, `Steinhauser Industrie`).
  'norsk', 'deutsche', 'banque', 'tyres', 'tires', 'issue', 'cloud', 'battle', 'falls', 'peak', 'hermitage', 'travel', 'empire', 'unbowed', 'fishermen', 'hunters', 'sapary', 'barki', 'barqi', 'enerji', 'tekstil', 'inşaat', 'yapı', 'yapi', 'sanayi', 'ticaret', 'lojistik', 'logistik', 'teknoloji', 'tarım', 'tarim', 'makina', 'makinaları', 'makinalari', 'makine', 'makineleri', 'gıda', 'gida', 'madencilik', 'otomotiv', 'yatırım', 'taşımacılık', 'havacılık', 'bankası', 'yolları',
  'grupa', 'polska', 'telekom', 'stiftungen', 'laboratories', 'lifesciences',
  // A ministry's cell (`Director General (WTO Cell)`; not `Wing`, a Cantonese given name).
  'cell',
  // Members a trade body is named by (`Bangladesh Garment Manufacturers and Exporters Association`, `Union of Employers`).
  'manufacturers', 'exporters', 'importers', 'producers', 'employers', 'entrepreneurs', 'farmers', 'shipowners', 'shipbuilders',
  'energia', 'energía', 'energie', 'énergie', 'énergies', 'industrie', 'industria', 'industrias', 'industrija', 'anlagenbau', 'maschinenbau', 'bergbau',
  'alimentos', 'frigorífico', 'frigorifico', 'alimentação', 'alimentaria', 'agroindustrial', 'agropecuária', 'agropecuaria', 'comércio', 'comercio', 'logística',
  'transportes', 'construcciones', 'construções', 'inversiones', 'investimentos', 'tecnologia', 'tecnología', 'anlagentechnik',
  'food', 'foods', 'dairy', 'zhol', 'zholy', 'zholu', 'zholdary', 'yullari', 'yollari', 'yo‘llari', "yo'llari", 'sherkat', 'shirkat',
  'nations', 'community', 'bloc', 'secretariat', 'coalition', 'council', 'directorate', 'inspectorate', 'division', 'section',
  'fleet', 'flotilla', 'command', 'observatory', 'laboratory', 'labs', 'centre', 'complex', 'mall', 'garden', 'gardens',
  'opera', 'ballet', 'philharmonic', 'philharmoniker', 'orchestra', 'sinfonietta', 'window', 'circus', 'zoo', 'kingdom', 'emirates', 'sultanate',
  'principality', 'duchy', 'commonwealth', 'francophonie', 'mundus', 'internationale', 'confederation', 'emirate', 'canton', 'municipality', 'airline',
  'railways', 'holdings', 'llp', 'jsc', 'ltd', 'inc', 'plc', 'gmbh', 'marathon', 'biennale', 'fair', 'show',
  'index', 'sector', 'link', 'league', 'registry', 'cosmodrome', 'spaceport', 'reserve', 'canyon', 'monument', 'memorial', 'mausoleum', 'tower',
  'seaport', 'consortium', 'combine', 'kombinat', 'presidency', 'cable', 'oper', 'refinery', 'velodrome', 'hippodrome', 'lyceum', 'gymnasium', 'clinic', 'sanatorium',
  'resort', 'embankment', 'promenade', 'microdistrict', 'quarter', 'rally', 'regatta', 'expedition',
  'status', 'list', 'accord', 'accords', 'sciences', 'delta', 'lands', 'works', 'staff', 'trough', 'prefecture', 'studies', 'minerals', 'strip', 'zeitung', 'gazeta', 'debate', 'debates',
  'trials', 'trial', 'uprising', 'massacre', 'famine', 'chemie', 'werke', 'battalion', 'brigade', 'regiment', 'troops', 'corps', 'gendarmerie', 'squad', 'squadron', 'detachment', 'konzerthaus',
  'languages', 'civilizations', 'civilisations', 'heights', 'materials', 'batteries', 'hydrogen',
  'quartet', 'quintet', 'trio', 'troika', 'fest', 'fête', 'arts', 'crafts', 'handicrafts', 'ordo', 'ensemble', 'band', 'choir', 'akademi', 'akademie', 'faculty', 'hypermarket', 'supermarket', 'politburo', 'presidium', 'odos', 'autobahn', 'autoroute', 'autostrada', 'autopista', 'cinemateca', 'cinémathèque', 'cinematheque', 'capitale', 'stade', 'salle', 'camp', 'smes', 'orda', 'alash', 'gesellschaft', 'zusammenarbeit', 'freezone', 'winery', 'brewery', 'distillery', 'shrine', 'cami', 'camii', 'conservatory', 'conservatoire', 'cinema', 'days', 'krai', 'kray', 'okrug', 'pradesh', 'roundtable', 'bridge', 'tunnel', 'checkpoint', 'khanate', 'archive', 'archives', 'unit', 'aimag', 'pravda', 'structure', 'readings', 'reading', 'regime', 'salar', 'quebrada', 'cerro', 'hurricane', 'typhoon', 'cyclone', 'storm',
  'institution', 'base', 'container', 'containers', 'goal', 'goals', 'studio', 'studios', 'house-museum', 'farma', 'book', 'headquarters', 'mills', 'contest', 'governance', 'directive', 'charitable', 'initiatives', 'rail',
  // Religious bodies and houses (`the Chief Rabbinate of Israel`, `Nahdlatul Ulama`, `Jamiat Ulema-e-Islam`, `Soka Gakkai`, `the Vietnam Buddhist Sangha`).
  'rabbinate', 'patriarchate', 'muftiate', 'diocese', 'archdiocese', 'eparchy', 'ulama', 'ulema', 'synagogue', 'seminary', 'lavra', 'gakkai', 'stupa', 'pagoda',
  // A pass between borders (`the Suwałki Gap`), an offshore basin (`the Equatorial Margin`); the museum (`Louvre Abu Dhabi`).
  'gap', 'margin', 'louvre',
  // India's centres and cultural meetings (`Ekta Kendras`, `Kashi Tamil Sangamam`; not `Kendra`, a given name).
  'kendras', 'sangamam',
  // A Japanese newspaper and a fact sheet (`the Asahi Shimbun`, `the Joint Fact Sheet`).
  'shimbun', 'sheet',
  // A physics machine (`the Large Hadron Collider`).
  'collider',
  // Malay boards and funds (`Lembaga Tabung Haji`).
  'lembaga', 'tabung',
  'insurance', 'reinsurance', 'solar', 'universitätsmedizin', 'universitätsklinikum', 'klinikum', 'agrár', 'agrar',
  // Italian, Spanish and French hospitals, named before the saint or the person (`Policlinico San Donato`, `Ospedale San Raffaele`).
  'policlinico', 'ospedale', 'clínica', 'hôpital',
  // Estates, springs and Spanish wineries and family firms (`Point Lisas Industrial Estate`, `Alice Springs`, `Familia Zuccardi`).
  'estate', 'springs', 'bodegas', 'familia', 'café', 'cafe', 'banka', 'banca',
  // The Malay and Indonesian street (`Jalan Jenderal Sudirman`), and the Tamil and Hindi road closing its name (`Anna Salai`, `Rajaji Marg`).
  'jalan', 'salai', 'marg',
  // Squares and streets in Nordic and German names (`Stortorget`, `Willy-Brandt-Platz`), and a free-trade or economic area.
  'torget', 'gatan', 'plads', 'platz', 'area',
  // Races, grands prix and clubs named after a person or a place (`the Ivan Yarygin Grand Prix`, `Tour de France`, `Sporting Clube de Portugal`).
  'prix', 'tour', 'clube',
  ...COMPANY_GROUPS,
  // Institutions and broadcasters named with the Arabic article (`Al-Azhar`, the university and mosque; `Al-Jazeera`).
  'al-azhar', 'al-jazeera', 'al-arabiya',
  // Institutions named in their own language, with no English head (`Oliy Majlis`, `Amiri Diwan`, `Verkhovna Rada`).
  'diwan', 'beit', 'durbar', 'majlis', 'majles', 'mejlis', 'majlisi', 'milli', 'oliy', 'namoyandagon', 'kurultai', 'kurultay', 'kenesh', 'kenes', 'kenesi', 'jokargy', 'zhogorku', 'jogorku', 'khural', 'hural', 'maslahaty',
  'shura', "ash'shura", 'ash’shura', 'nuwwab', 'jirga', 'kamer', 'sejm', 'bundestag', 'bundesrat', 'nationalrat', 'landtag', 'duma', 'knesset', 'storting',
  'stortinget', 'riksdag', 'folketing', 'folketinget', 'cortes', 'congreso', 'asamblea', 'senado',
  'assemblée', 'parlement', 'parlamento', 'sabha', 'dáil', 'dail', 'seanad', 'oireachtas', 'althing', 'alþingi',
  'eduskunta', 'rada', 'saeima', 'seimas', 'riigikogu', 'sobranie', 'sobranje', 'skupština', 'skupstina', 'sabor',
  // Irish and Welsh parties named in their own language (`Fianna Fáil`, `Sinn Féin`, `Plaid Cymru`).
  'fianna', 'fáil', 'sinn', 'féin', 'plaid', 'cymru',
  'vouli', 'diet', 'nunciature', 'nunciatura', 'chancery', 'chancellery', 'kremlin', 'ministerio', 'ministère', 'secretaría', 'secretaria', 'cancillería', 'cancilleria',
  'associação', 'asociación', 'associazione',
  'ministerium', 'ministerstvo', 'palacio', 'palácio', 'palais', 'palazzo', 'avenida', 'paseo', 'puerto', 'piazza', 'politecnico', 'háza', 'wisma', 'istana', 'menara', 'gonbad', 'gonbad-e',
  'instituto', 'institut', 'istituto', 'universidad', 'universidade', 'università', 'universität', 'université', 'universiti', 'universitas', 'fundación',
  'fundação', 'fondazione', 'stiftung', 'museo', 'musée', 'teatro', 'teatre', 'théâtre', 'biblioteca', 'bibliothèque', 'colegio',
  'escuela', 'école', 'académie', 'academia', 'akademie', 'hochschule', 'casa', 'gruppo', 'grupo', 'groupe', 'generalitat', 'vakfı', 'vakfi', 'junta', 'xunta', 'gobierno', 'ayuntamiento', 'diputación', 'cabildo',
  'compania', 'compañía', 'companhia', 'empresa', 'empresas', 'sociedad', 'sociedade', 'società', 'société', 'minera', 'mineração', 'mineradora', 'construtora', 'corticeira', 'siderúrgica', 'siderurgica',
  // Rites (`Usha Arghya`), Bhutan's fortresses (`Tashichho Dzong`), shipyards and power firms (`Mazagon Dock
  // Shipbuilders`, `Tata Power`), exercises (`Dharma Guardian`). (Not `Mart`, an Estonian given name, nor `Puja`, an
  // Indian one: festivals are listed whole below.)
  'arghya', 'dzong', 'dock', 'dockyard', 'shipyards', 'shipyard', 'verf', 'shipbuilders', 'tank', 'power', 'guardian',
  // Developers, airports and tourist police (`Emaar Properties`, `London Heathrow`, `the Phuket Tourist Police`).
  'properties', 'heathrow', 'tourist',
  // Spanish state firms and parties (`Yacimientos de Litio Bolivianos`, `Pacto Histórico`, `Centro Democrático`, `Frente Amplio`).
  'yacimientos', 'pacto', 'centro', 'frente', 'partido', 'movimiento', 'alianza',
  // Spanish roads, rites and bills (`the Carretera Austral`, `the Grito de Independencia`, `the Rendición de Cuentas bill`).
  'carretera', 'grito', 'rendición',
  // Spanish and Portuguese campuses (`Centro Cultural Universitario …`), and a golf course (`the Royal Dar Es Salam Golf`).
  'universitario', 'universitaria', 'universitário', 'universitária', 'golf',
  // A university's sites (`the Laucala Campus`, `at Emalus Campus`; so the rare surname `Campus` is lost).
  'campus', 'campuses',
  // The Philippines' villages (`Masara Barangay Captain X`).
  'barangay',
  // Family firms and acts (`Lehman Brothers`, `the Yoshida Brothers`).
  'brothers', 'sisters',
  // South Slavic firms and entities (`GEN Energija`, `Republika Srpska`).
  'energija', 'republika',
  // French parties and the foreign ministry by its address (`Les Démocrates`, `Les Républicains`, `the Quai d'Orsay`).
  'démocrates', 'républicains', 'quai',
  'survey', 'enterprise', 'robotics', 'filmoteca', 'cine', 'bibliotheca', 'española', 'español', 'kakharmany', 'cinéma', 'stipendium', 'trading', 'dynasty', 'paradise', 'smelter', 'coordinador', 'viña', 'bodega', 'fratelli', 'castello', 'trust', 'metropolis', 'lycée', 'lycee', 'archipelago', 'showgrounds', 'showground', 'goods', 'troupe', 'kitchen', 'cars', 'kurhaus', 'château', 'chateau', 'stichting', 'hijos', 'hermanos', 'filhos', 'irmãos', 'ashram',
  // Airports' operators in their own languages (`Aéroports de Lyon`, `Aeroporti di Roma`, `Flughafen Wien`).
  'aéroports', 'aeroports', 'aeropuertos', 'aeroporti', 'flughafen',
  // A German firm's trade closing its name (`Swarovski Optik`).
  'optik',
];

/**
 * Heads written before the name a place or institution bears, in French, Spanish or Malay order
 * (`Stade Hassan II`, `Avenue Habib Bourguiba`, `Université Cheikh Anta Diop`, `Jalan Tun Razak`).
 */
export const HEADS_BEFORE_NAMES: readonly string[] = [
  'stade', 'avenue', 'boulevard', 'rue', 'place', 'aéroport', 'aeropuerto', 'aeroporto', 'université', 'universidad', 'universiti',
  'universitas', 'universidade', 'università', 'palais', 'palacio', 'lycée', 'collège', 'école', 'institut', 'instituto', 'istituto', 'musée',
  'museo', 'museu', 'pinacoteca', 'théâtre', 'teatro', 'teatre', 'fondation', 'fundación', 'fundação', 'jalan', 'masjid', 'plaza', 'calle', 'paseo',
  'biblioteca', 'bibliothèque', 'casa', 'piazza', 'politecnico', 'gruppo', 'grupo', 'groupe', 'generalitat', 'palácio', 'avenida', 'fratelli', 'castello', 'château', 'chateau', 'stichting',
  // A Spanish port's name (`Puerto Montt`; `Puerto Rican officials` names no one).
  'puerto',
  // Malay buildings, halls and palaces (`Wisma Putra`, Malaysia's foreign ministry; `Dewan Tun Abdul Razak`; `Istana Negara`; `Menara Kuala Lumpur`), Persian domes (`Gonbad-e Qabus`), camps (`Camp Faouar`).
  'wisma', 'dewan', 'istana', 'menara', 'gonbad', 'gonbad-e', 'camp',
  // Natural places and storms named after their head (`Salar de Atacama`, `Lake Balkhash`, `Hurricane Melissa`, `Ras El Hekma`).
  'salar', 'quebrada', 'cerro', 'lake', 'mount', 'hurricane', 'typhoon', 'cyclone', 'storm', 'puna', 'río', 'ras', 'wadi', 'jebel', 'jabal',
  // Ships' and naval bases' prefixes (`MV Pwani Star`, `BRP Ramon Alcaraz`, `HMAS Stirling`) and companies' heads in French (`Compagnie Sucrière Sénégalaise`).
  ...SHIP_PREFIXES, 'compagnie', 'société', 'salle', 'viña', 'bodega', 'minera', 'frigorífico', 'frigorifico',
  // Portuguese streets and squares (`Rua de Cedofeita`; `Rua` and `Praça` close surnames too: `Fernando de la Rua`) and
  // Iberian associations (`Associação Comercial do Porto`), and an Indonesian agency (`Badan Standardisasi Nasional`).
  'rua', 'praça', 'associação', 'asociación', 'associazione', 'badan',
  // Spanish and Portuguese ensembles (`Orquesta Típica Fernández Fierro`, `Quinteto Berlín-Buenos Aires`), Arabic towns
  // named after a monastery (`Deir al-Balah`), an Italian society (`the Società Dante Alighieri`) and churches named after the
  // Virgin (`Notre-Dame de Fátima`).
  'orquesta', 'orquestra', 'orchestre', 'quinteto', 'cuarteto', 'deir', 'società', 'notre-dame',
  // Banks in Romance order (`Banco Santander`, `Banca Transilvania`, `Banque Misr`).
  'banco', 'banca', 'banque',
];

/**
 * Acronyms that head a plant's or a Soviet republic's name, written in capitals after its place (`Ekibastuz GRES-2`,
 * `Almaty CHP-2`, `the Kyrgyz SSR`), and Japanese and Korean agencies for trade and aid and the EU's civilian missions,
 * named with their office's or mission's place (`JETRO Osaka`, `EUBAM Rafah`).
 */
export const ACRONYM_HEADS: readonly string[] = ['gres', 'ges', 'tets', 'tpp', 'chp', 'hpp', 'npp', 'ssr', 'assr', 'jetro', 'kotra', 'jica', 'koica', 'eubam', 'eupol', 'eulex', 'eucap', 'eutm', 'eumm',
  // Universities named with their city (`RWTH Aachen`, `TU Dresden`, `ETH Zurich`).
  'rwth', 'tu', 'eth', 'epfl', 'uc',
  // Television channels (`Khabar TV`, `Liberty TV Kaduna`).
  'tv'];

/** Nouns of works whose titles may end in an exclamation or a question mark (`the biopic "Chopin, Chopin!"`). */
export const WORK_NOUNS: readonly string[] = ['show', 'series', 'film', 'biopic', 'documentary', 'book', 'novel', 'album', 'song', 'play', 'opera', 'ballet', 'exhibition'];

/** Nouns of things, not people, that a name follows after `called` or `dubbed` (`a wheat variety called Akmola Zhuldyzy`). */
export const NAMED_THING_NOUNS: readonly string[] = [
  'variety', 'varieties', 'cultivar', 'breed', 'strain', 'hybrid', 'brand', 'product', 'app', 'application', 'platform', 'programme', 'program',
  'project', 'initiative', 'campaign', 'operation', 'exercise', 'exercises', 'drill', 'festival', 'competition', 'contest', 'tournament', ...WORK_NOUNS,
  'forum', 'company', 'firm', 'startup',
  'start-up', 'fund', 'vessel', 'ship', 'satellite', 'rocket', 'robot', 'model', 'system', 'village', 'town', 'settlement', 'park', 'centre',
  'center', 'complex', 'hotel', 'restaurant', 'network', 'movement', 'group', 'team', 'club', 'horse', 'stallion', 'mare', 'dog', 'dish',
  // Works and places named so (`the Mongolian section, known as Soyuz Vostok`).
  'section', 'pipeline', 'line', 'route', 'corridor', 'road', 'bridge', 'deposit', 'field', 'peak', 'mountain', 'lake', 'river',
];

/** Acronyms of fields that close companies' names or open a noun (`Nexora AI`, `AI model`, `IT park`): never a surname in capitals. */
export const FIELD_ACRONYMS: readonly string[] = ['ai', 'it', 'ict', 'iot', 'esg'];

/** Words that open a place's name of two words (`Upper Bavaria`, `North Kazakhstan region`, `West Java`). */
export const PLACE_DIRECTIONS: readonly string[] = ['upper', 'lower', 'inner', 'outer', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'greater'];

/**
 * Words of direction that close places' names in Spanish and Portuguese order (`Davao del Norte`, `Rio Grande do Sul`,
 * `Negros Oriental`), the Chinese `Dao`, an island (`Huangyan Dao`, `Diaoyu Dao`), and the Bengali `Char`, a river island (`Bhasan Char`).
 */
export const PLACE_CLOSERS: readonly string[] = ['norte', 'sur', 'sul', 'nord', 'oriental', 'occidental', 'dao', 'char'];

/** Words that open places' names (`San Jose`, `Santa Cruz`, `Fort Worth`, `Bandar Abbas`, the Turkic `Ak Bulak`: white spring). */
export const PLACE_NAME_OPENERS: readonly string[] = ['saint', 'st.', 'ss.', 'san', 'santa', 'santo', 'mount', 'cape', 'fort', 'bandar', 'ak', 'vila', 'bad', 'punta', 'gran',
  // Russian towns' old, great, new and red (`Staraya Russa`, `Veliky Novgorod`, `Krasny Yar`).
  // A cape's or an estate's `Point` (`Point Lisas`, `Point Fortin`).
  'point',
  'staraya', 'stary', 'veliky', 'velikiy', 'novaya', 'novy', 'krasny', 'krasnaya',
  // A Thai or Lao temple (`Wat Pho`, `Wat Phra Kaew`).
  'wat'];

/** The United Kingdom's nations, which own their offices (`Scotland's First Minister`). */
export const UK_NATIONS: readonly string[] = ['england', 'scotland', 'wales'];

/** Pakistan's provinces, which its press writes right after an office, without `of` (`Chief Minister Balochistan X`). */
export const PLACES_AFTER_OFFICES: readonly string[] = ['punjab', 'sindh', 'balochistan', 'baluchistan', 'khyber', 'pakhtunkhwa', 'gilgit-baltistan'];

/** Words that name regions, directions and places without being countries. */
export const PLACE_WORDS: readonly string[] = [
  'asia', 'europe', 'africa', 'america', 'americas', 'oceania', 'eurasia', 'caucasus', 'balkans', 'pacific',
  'atlantic', 'arctic', 'antarctica', 'caribbean', 'mediterranean', 'scandinavia', 'middle', 'east',
  'west', 'north', 'south', 'central', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower',
  'greater', ...PLACE_NAME_OPENERS, 'latin', 'asian', 'puna', 'río', 'ras', 'wadi', 'jebel', 'jabal',
  'european', 'african', 'american', 'arab', 'nordic', 'baltic', 'euro', 'asia-pacific', 'indo-pacific',
  'eurasian', 'transcaspian', 'trans-caspian', 'caspian', 'aral', 'global', 'saint-petersburg', 'st-petersburg', 'sharm', 'alatau', 'tengri', 'khorasan',
  // Regions whose adjectives qualify a people (`the Crimean Tatar leader`, `a Volga Tatar poet`).
  'crimea', 'crimean', 'siberia', 'siberian', 'volga', 'anatolia', 'anatolian', 'caucasian',
  // The United Kingdom's nations, no sovereign states (`Bank of England Governor`).
  ...UK_NATIONS,
  ...PLACES_AFTER_OFFICES,
];

/** Korean surnames that are also English words (`Park Joon-young`): surnames before a hyphenated given name. */
export const KOREAN_SURNAMES_ALSO_WORDS: readonly string[] = ['park', 'moon', 'song', 'ban', 'hong', 'nam', 'han', 'bang', 'jang', 'seo', 'sung'];

/**
 * Vietnamese and Chinese surnames that are also English words, capitalised inside a sentence before a given
 * name (`Do Thanh Binh`, `He Lifeng`, `To Lam`): `do` before two name words, `he` and `to` before one.
 */
export const VIETNAMESE_SURNAMES_ALSO_WORDS: readonly string[] = ['do', 'he', 'to'];

/**
 * Chinese, Korean and Vietnamese surnames of up to three letters, which written in capitals before the given name
 * (`WEI Yi`, `JU Wenjun`, `KIM Won-jin`) are too short to tell from an acronym by their length alone; and common longer
 * ones, which after a body's acronym read as its name's next word (`Director of the MMCA CHOI Eun-joo`).
 */
export const SHORT_SURNAMES_IN_CAPS: readonly string[] = [
  'wang', 'yang', 'li', 'wu', 'hu', 'ma', 'xu', 'yu', 'du', 'ye', 'lu', 'su', 'ji', 'qi', 'fu', 'gu', 'ju', 'mu', 'qu', 'bai', 'cai', 'cao', 'dai', 'fan', 'guo',
  'han', 'hou', 'jia', 'jin', 'lei', 'liu', 'lin', 'luo', 'lyu', 'mao', 'qin', 'ren', 'shi', 'sun', 'tan', 'tao', 'wei', 'xie', 'xue',
  'yan', 'yao', 'yin', 'zhu', 'zou', 'kim', 'lee', 'cho', 'oh', 'seo', 'son', 'yoo', 'ryu', 'bae', 'ko', 'nam', 'noh', 'cha', 'joo', 'woo', 'min', 'ahn',
  'heo', 'yun', 'lim', 'le', 'vu', 'ly', 'mai',
  'choi', 'jung', 'jeong', 'kang', 'yoon', 'shin', 'jang', 'hwang', 'jeon', 'kwon', 'chung', 'zhao', 'zhou', 'zhang', 'chen', 'huang', 'jiang', 'tang', 'deng', 'feng', 'peng',
  // `XI Jinping`, written like the numeral eleven.
  'xi',
  // Japanese surnames in the SURNAME Given order (`ABE Haruka`, `SATO Kenta`); not `ODA`, official development assistance,
  // nor `OTA`, over-the-air.
  'abe', 'ito', 'ono', 'sato', 'kato', 'mori', 'endo', 'goto', 'ueda', 'noda', 'kudo',
  // (Not `NGO`, `GAO`, `DAO`, `WAN` or `PAN`, acronyms before a body's name: `the NGO Adilet`.)
];

/** Chinese surnames that are also English words, opening a name of three words (`Tan Wei Ming`, `Long Xiaoyu`, `Chin Peng Hock`). */
export const CHINESE_SURNAMES_ALSO_WORDS: readonly string[] = ['tan', 'long', 'chin'];

/**
 * Chinese surnames that the English lexicon the common words come from lists as words (`Wang said …`,
 * `Pan Gongsheng`): a lone one may be a name that another article writes in full.
 */
export const SURNAMES_LISTED_AS_WORDS: readonly string[] = ['wang', 'pan'];

/** Nordic given names that the English lexicon lists as words (`Minister of Defence Tore O. Sandvik`, `Bent Jensen`). */
export const GIVEN_NAMES_LISTED_AS_WORDS: readonly string[] = ['tore', 'bent'];

/** Places whose name opens with `Ben` (a Scottish mountain, a Tunisian town, a Vietnamese wharf): no given name there. */
export const BEN_PLACE_WORDS: readonly string[] = ['nevis', 'lomond', 'macdui', 'lawers', 'ledi', 'vorlich', 'bulben', 'arous', 'guerdane', 'aknoun', 'thanh', 'tre', 'luc'];

/** English surnames that are adjectives or nouns (`Colleen Young`, `Jacinda Green`, `Gary Player`, `Anja Winter`): surnames only where they close a name. */
export const ADJECTIVE_SURNAMES: readonly string[] = ['young', 'white', 'green', 'black', 'small', 'player', 'silver', 'winter', 'summer'];
/**
 * Trades that are surnames after a given name, where they close it (`Minister Julie Farmer`, `beekeeper Nikolai Baker`; not
 * `the Abai Farmer Cooperative`).
 */
export const TRADE_SURNAMES: readonly string[] = ['farmer', 'baker'];

/**
 * A firm's or a work's word that is a surname only after a particle: Spanish (`Gonzalo Benavides del Solar`, not `Jinko
 * Solar`) and Dutch (`Marijke van Dam`, not `the Kapshagay Dam`).
 */
export const FIRM_WORDS_ALSO_SURNAMES_AFTER_PARTICLES: readonly string[] = ['solar', 'dam'];

/**
 * Words that are never names alone but are surnames right after a name word: a news agency's name
 * (`Michael R. Bloomberg`), a verb that is an Arabic or Swahili name (`Hassan Omar Said`), the Malay `Nor`
 * (`Ramli Mohd Nor`), a cape's `Ras` after `Abu` (`Samir Abu Ras`).
 */
export const STOP_WORDS_ALSO_SURNAMES: readonly string[] = [
  'bloomberg', 'said', 'nor', 'fall', 'palacio', 'mena', 'ras', ...ADJECTIVE_SURNAMES, ...TRADE_SURNAMES,
  // An Italian surname that is a festival's word (`Fabio Festa`, `Mr Festa`; not `the Festa della Repubblica`), and one that
  // is a German state's name (`John Bayern`; not `Bayern Munich`).
  'festa', 'bayern',
  // A firm's word that is a surname after a given name (`Jordan T. Banks`; `Sons` stays a firm's: `Tata Sons said`).
  'banks',
  // Holidays that are also given names, as a father's in a patronymic (`Elshan Gurban oglu Mansimov`).
  'gurban', 'kurban', 'qurban', 'novruz', 'navruz', 'bayram',
  // A saint's word opening a Spanish surname after a particle (`José de San Martín`).
  'san', 'santa', 'santo',
  // A Burmese name's word after `U` (`U Than Swe`).
  'than',
  // Virtues given as names in southern and western Africa (`Ms Zanele Precious Mthembu`, `Comfort Ero`).
  'precious', 'comfort', 'patience', 'blessing', 'prudence',
  // A Filipino surname that is a legal form, after a middle initial (`Emmanuel T. Co`).
  'co',
  // The Andes' high plateau, a Polynesian surname after a given name (`Henry Puna`, `Tangaroa Puna Marsters`).
  'puna',
  ...FIRM_WORDS_ALSO_SURNAMES_AFTER_PARTICLES,
];

/**
 * Words of places and firms that are English surnames too (`Ambassador Linda Hall`, `Minister Tony Banks`): a surname only
 * closing a name written after a title or a form of address with no article (`Carnegie Hall`, `the Queen Elizabeth Hall`
 * stay halls; `Church` is left out: `Archbishop X Church leaders`).
 */
export const PLACE_WORDS_ALSO_SURNAMES: readonly string[] = ['hall', 'banks', 'fields', 'mills', 'bridges', 'woods', 'mount', 'abbey', 'reef', 'lagoon'];

/** A holiday that is a Turkmen or Azerbaijani given name, before a surname alone too (`Bayram Annameredov`). */
export const HOLIDAYS_ALSO_GIVEN_NAMES: readonly string[] = ['bayram'];
/**
 * A body's word that is a given name before a full name (`the Jokargy Kenes`, `Kenes Rakishev`; a South Asian festival's word:
 * `Gandhi Jayanti`, `Jayanti Prasad Sharma`, `Bhai Tika`, `Tika Ram Khatiwada`).
 */
export const BODY_WORDS_ALSO_GIVEN_NAMES: readonly string[] = ['kenes', ...FESTIVAL_WORDS_ALSO_GIVEN_NAMES];

/** News agencies' names that are also given names (`Sana Ullah Khan`; Syria's agency is `SANA`). */
export const AGENCIES_ALSO_GIVEN_NAMES: readonly string[] = ['sana'];
/** A place's word that is a Kazakh given name, before a Turkic or Slavic surname alone as a holiday's is (`Aral Bekturganov`; `the Aral Sea`). */
export const PLACE_WORDS_ALSO_GIVEN_NAMES: readonly string[] = ['aral'];
/**
 * Function words that open a full name as its given name (`… and Defence Per Olav Lunde`), such holidays, bodies', agencies'
 * and places' words, and the Balinese `I` and `Ni`, which open one only before a birth-order name (`I Made Sutrisna`, `Ni
 * Luh Putu Ary`).
 */
export const STOP_WORDS_ALSO_GIVEN_NAMES: readonly string[] = ['per', 'i', 'ni', ...HOLIDAYS_ALSO_GIVEN_NAMES, ...BODY_WORDS_ALSO_GIVEN_NAMES, ...AGENCIES_ALSO_GIVEN_NAMES, ...PLACE_WORDS_ALSO_GIVEN_NAMES];
export const BALINESE_NAME_PREFIXES: readonly string[] = ['i', 'ni'];
export const BALINESE_BIRTH_NAMES: readonly string[] = ['wayan', 'made', 'nyoman', 'ketut', 'putu', 'kadek', 'komang', 'gede', 'gusti', 'luh', 'nengah'];

/** Surnames that end like an English abstract noun (`Saifuddin Nasution Ismail`) or read as a body's plural (`Roland Dumas`), which the finder would read as words. */
export const SURNAMES_LIKE_NOUNS: readonly string[] = ['nasution', 'dumas'];

/** Directions that are also surnames when they close a name (`Catherine West`, `John North`). */
export const DIRECTIONS_ALSO_SURNAMES: readonly string[] = ['north', 'south', 'east', 'west'];

/** Names of firms, brands, parties and things that read as a person's (`Morgan Stanley`, `Law and Justice`, `Agent Orange`): never the text's people. */
export const NAMES_LIKE_PEOPLE: readonly string[] = [
  'morgan stanley', 'goldman sachs', 'baker mckenzie', 'merrill lynch', 'lehman brothers', 'charles schwab', 'dow jones',
  'raymond james', 'edward jones', 'clifford chance', 'norton rose fulbright', 'estee lauder', 'estée lauder', 'louis vuitton',
  'christian dior', 'hugo boss', 'ralph lauren', 'calvin klein', 'tommy hilfiger', 'giorgio armani', 'walt disney',
  'warner bros', 'johnson & johnson', 'procter & gamble', 'ernst & young', 'dolce & gabbana', 'allen & overy',
  'borsa italiana', 'borsa istanbul', 'cassa depositi e prestiti', 'richter gedeon', 'gedeon richter', 'baker hughes', 'atlas copco', 'alfa laval', 'sime darby', 'booz allen hamilton', 'booz allen', 'freshfields bruckhaus deringer', 'robert bosch', 'carl zeiss', 'john cockerill', 'jan de nul', 'a.p. moller', 'j.p. morgan', 'jp morgan', 'j. p. morgan', 'a. p. moller', 'ap moller', 'a.p. møller', 'a. p. møller', 'mott macdonald', 'hyatt regency', 'maire tecnimont', 'siemens healthineers', 'siemens energy', 'siemens gamesa', 'tetra pak', 'johnson matthey', 'novo nordisk', 'ford otosan', 'dallah albaraka', 'philip morris', 'standard chartered', 'abdul latif jameel', 'john deere', 'sany heavy', 'franklin templeton', 'juan valdez', 'julius meinl', 'euler hermes',
  // Kazakh companies named with Kazakh words (`Tau-Ken Samruk`: mountain-mining, the mythical bird).
  'tau-ken samruk', 'tau-ken altyn', 'samruk kazyna',
  // Parties named with a title word (`Law and Justice (PiS) deputy X`, `the Justice and Development Party`).
  'law and justice', 'justice and development', 'freedom and justice',
  // An aircraft maker named after its founder.
  'de havilland',
  // A defoliant named with a title word (`Agent Orange`).
  'agent orange',
];

/** Multi-word names of places, bodies and companies whose words look like a person's (`Abu Dhabi`, `Rio Tinto`). */
export const MULTIWORD_PLACES: readonly string[] = [
  // Thailand's southern city (`from Hat Yai to the airport`); the Netherlands' seat of government (`Mayor of The Hague X`).
  'hat yai', 'the hague',
  // Hijri months spelt with `Dhul` (`the evening of 29 Dhul Qa'dah`; `Dhul` alone may open a name: `Dhul-Qarnain Ahmed`).
  "dhul qa'dah", 'dhul qa’dah', 'dhul qadah', 'dhul hijjah', 'dhul qidah', "dhul qa'da", 'dhul qa’da', 'dhul qada', 'dhul hijja',
  // Malaysia's flag (`the Fly the Jalur Gemilang campaign`), and India's Prime Minister's radio talk (`Mann Ki Baat`).
  'jalur gemilang', 'mann ki baat',
  // Theravada holy days (`Visakha Bucha`; `Bucha` is a town too).
  'visakha bucha', 'makha bucha', 'asalha bucha', 'asanha bucha',
  // India's civilian honours (`Bharat Ratna Dr. B. R. Ambedkar`).
  'bharat ratna', 'padma shri', 'padma bhushan', 'padma vibhushan',
  // Italy's Winter Games of 2026, named after both host cities.
  'milano cortina', 'milan cortina',
  // Bosnia and Herzegovina's entities (`Republika Srpska Prime Minister X`).
  'republika srpska', 'republic of srpska',
  // Australia's and Canada's states and provinces of more than one word (`New South Wales Premier X`).
  'new south wales', 'south australia', 'south australian', 'western australia', 'western australian', 'northern territory',
  'nova scotia', 'british columbia', 'new brunswick', 'prince edward island', 'northwest territories',
  // Pakistan's (`Khyber Pakhtunkhwa Governor X`).
  'khyber pakhtunkhwa',
  // Laos's royal town, Ho Chi Minh City's new district, Guatemala's highland departments, Galicia's capital.
  'luang prabang', 'thu thiem', 'alta verapaz', 'baja verapaz', 'santiago de compostela',
  // Indonesia's provinces of two words (`East Nusa Tenggara Governor X`).
  'nusa tenggara',
  // The Chagos Islands' base (the Spanish name keeps its accent: `Diego García`).
  'diego garcia',
  // Balkan places of two words whose second is a given name or a name's word (`Banja Luka`, `Republika Srpska`).
  'banja luka', 'republika srpska',
  // Festivals and treasures named like a person (`Chhath Puja`; `Puja` is also a given name; `Altyn Adam`, the Golden Man).
  'chhath puja', 'durga puja', 'kali puja', 'saraswati puja', 'altyn adam',
  // India's full-moon festival of teachers and the Buddha's town (`Guru` and `Gaya` are names' words too).
  'guru purnima', 'bodh gaya',
  // Israel's emergency medical service (`David` is a given name).
  'magen david adom',
  // A climate goal named in portfolios and bodies (`Secretary of State for Energy Security and Net Zero`, `Net Zero Teesside`).
  'net zero',
  // Places named after a saint whose second word is also a given name (`Governor of San Juan Marcelo Orrego`).
  'san juan', 'san josé', 'san jose', 'san pedro', 'san luis', 'san salvador', 'san antonio', 'san diego', 'santa fe',
  'santo domingo', 'san miguel', 'santa ana', 'san cristóbal', 'san cristobal', 'san carlos', 'san fernando', 'santa catarina',
  'são josé', 'sao jose', 'são luís', 'sao luis', 'san andrés', 'san andres', 'santa marta', 'santa clara', 'san lorenzo',
  // France's Pacific territory (`Caledonia` alone reads as a name).
  'new caledonia',
  // A Philippine province, a Colombian department and Guatemala's old capital (`Davao de Oro Governor X`,
  // `Norte de Santander Gov. X`, `Antigua Guatemala Mayor X`).
  'davao de oro', 'norte de santander', 'antigua guatemala',
  // Myanmar's capital, a Welsh port and a Portuguese city (`do` a particle too).
  'nay pyi taw', 'milford haven', 'viana do castelo',
  'abu dhabi', 'tavan tolgoi', 'oyu tolgoi', 'naberezhnye chelny', 'capitol hill', 'new york', 'new mexico', 'new jersey', 'new hampshire', 'new south wales', 'new delhi', 'buenos aires', 'kuala lumpur', 'addis ababa', 'hong kong',
  'tel aviv', 'phnom penh', 'dar es salaam', 'los angeles', 'las vegas', 'rio de janeiro', 'sao paulo', 'nuevo león', 'nuevo leon', 'minas gerais', 'espírito santo', 'espirito santo', 'mato grosso',
  'são paulo', 'ho chi minh', 'port louis', 'port moresby', 'ras al khaimah', 'sharm el sheikh', 'sharm el-sheikh', 'novi sad',
  'nizhny novgorod', 'rostov-on-don', 'sri jayawardenepura kotte', 'la paz', 'el salvador', 'costa rica',
  'puerto rico', 'san francisco', 'washington dc', 'kyzyl orda', 'ust-kamenogorsk', 'nur-sultan',
  'reggio emilia', 'reggio calabria', 'machu picchu', 'hindu kush',
  // The French foreign ministry, named by its quay (`at the Quai d'Orsay`).
  "quai d'orsay", 'quai d’orsay',
  // Rivers named with `Darya`, which alone is a given name (`Darya Aleksandrovna Gorshkova`).
  'syr darya', 'amu darya', 'syrdarya', 'amudarya',
  'bosnia herzegovina', 'burkina faso', 'sierra leone', 'abu simbel', 'mecca', 'al ain', 'west indies', 'nord stream', 'turkish stream', 'power of siberia',
  'bandar seri begawan', 'petaling jaya', 'putra jaya', 'khan tengri', 'khan shatyr', 'tan son nhat',
  'st. petersburg', 'st petersburg', 'saint petersburg', 'siem reap', 'nha trang', 'phu quoc', 'da nang', 'hai phong',
  'ha long', 'chiang mai', 'kota kinabalu', 'johor bahru', 'dar al-ifta', 'general santos', 'dire dawa',
  'dewan rakyat', 'dewan negara', 'rio tinto', 'wood mackenzie', 'kazakhstanskaya pravda', 'corriere della sera',
  'tien shan', 'tian shan', 'frankfurt am main', 'mato grosso', 'bretton woods', 'santiago de chile', 'bandar abbas',
  'tamil nadu', 'santa cruz de tenerife', 'cheong wa dae', 'taj mahal', 'ha noi', 'hà nội', 'đà nẵng', 'seri perdana', 'aberdeen angus', 'porto alegre', 'belo horizonte', 'boa vista', 'ribeirão preto', 'ribeirao preto', 'campo grande', 'foz do iguaçu',
  // Iran's Ministry of Agriculture Jihad (`Jihad` alone is a given name), and the newspaper `Il Sole 24 Ore`.
  'agriculture jihad', 'il sole',
  // Ports of Egypt and Morocco, and Milan's airport (`Milan` alone is a given name too).
  'ain sokhna', 'tanger med', 'milan malpensa',
  // Australia's state (`New South Wales Minister for Industry X`), and Barcelona's basilica.
  'new south wales', 'sagrada família', 'sagrada familia',
  // Thailand's and India's places, and Germany's railway, named with words that look like a person's.
  'chiang rai', 'nagar haveli', 'deutsche bahn',
  // Tajikistan's parliament (`Oli` alone is a surname: `K.P. Sharma Oli`).
  'majlisi oli',
  // The French Open, named after its stadium's aviator (`to prepare for Roland Garros`).
  'roland garros', 'roland-garros',
  // Slovenia's border town (`Nova Gorica`), and Viet Nam's border waterfall and Ho Chi Minh City's metro terminus.
  'ban gioc', 'suoi tien',
  'nova gorica',
  // India's vision of a developed nation by 2047 (`Viksit Bharat@2047`).
  'viksit bharat',
  // Kenya's counties of two words (`Uasin Gishu Governor X`).
  'uasin gishu', 'trans nzoia', 'elgeyo marakwet', 'taita taveta', 'tharaka nithi', 'homa bay', 'tana river', 'west pokot',
  // The humanitarian movement's national societies (`the Fiji Red Cross`; `Cross` alone is a surname), and New Zealand's
  // Governor-General in Māori (`Te Kāwana Tianara`).
  'red cross', 'red crescent', 'te kāwana tianara', 'te kawana tianara',
  // Tonga's undersea volcano.
  "hunga tonga-hunga ha'apai", 'hunga tonga-hunga ha’apai', 'hunga tonga',
  // Awards (`the Altyn Alka pendant`) and the EU's chairs and modules named after a founder (`a Jean Monnet Chair`).
  'altyn alka', 'kumis alka', 'altyn sapa', 'jean monnet',
  // Peoples and a state's epithet named as a person is (`the Koryo Saram`, the Koreans of the former USSR; `the Land of the Rising Sun`).
  'koryo saram', 'rising sun',
  // Holidays named in Malay (`Hari Raya Aidilfitri`).
  'hari raya',
  // Iran's province around Mashhad and the foundation of the shrine there (`Razavi` alone is a surname).
  'khorasan razavi', 'astan quds razavi',
  // Mountain ranges of Spanish name (`Sierra` alone is a surname: `José Luís Mumbiela Sierra`).
  'sierra madre', 'sierra nevada', 'karlovy vary',
  // Viet Nam's provinces and border towns, written in two words as a person's name is.
  'bac ninh', 'bac giang', 'bac kan', 'quang ninh', 'hai duong', 'thai nguyen', 'vinh phuc', 'binh duong', 'dong nai', 'long an',
  'vung tau', 'ba ria', 'can tho', 'quang nam', 'quang ngai', 'quang binh', 'quang tri', 'nghe an', 'thanh hoa', 'lao cai', 'lang son',
  'mong cai', 'khanh hoa', 'ninh binh', 'ninh thuan', 'binh thuan', 'binh dinh', 'ha nam', 'nam dinh', 'gia lai', 'dak lak', 'lam dong',
  'tay ninh', 'ca mau', 'kien giang', 'an giang', 'ha tinh', 'phu tho', 'hoa binh', 'son la', 'dien bien', 'cao bang', 'ha giang',
  'yen bai', 'tuyen quang', 'thai binh', 'hung yen', 'tra vinh', 'soc trang', 'bac lieu', 'ben tre', 'tien giang', 'dong thap', 'vinh long',
];

/**
 * Capitals that are also given names or surnames (`Sofia`, `Paris Hilton`, `Irving Berlin`): the
 * other capitals of the country data are places to the official finder (`Air Astana Peter Foster`).
 */
export const CAPITALS_ALSO_NAMES: readonly string[] = [
  'sofia', 'santiago', 'victoria', 'paris', 'london', 'lima', 'kingston', 'georgetown', 'berlin', 'moroni',
  'amman', 'wellington', 'nassau', 'baghdad', 'colombo',
];

/**
 * Cities of Kazakhstan and Central Asia that are not capitals, and China's provinces, which bulletins name as often as
 * capitals: places to the official finder (`teacher of School No. 38 of Shymkent Gulnar Seitkali`),
 * and the places a mayor or an akim heads (`Almaty Akim X`).
 */
export const REGIONAL_CITIES: readonly string[] = [
  'almaty', 'shymkent', 'karaganda', 'karagandy', 'aktobe', 'aktau', 'atyrau', 'pavlodar', 'kostanay', 'kyzylorda',
  'taraz', 'turkestan', 'semey', 'petropavl', 'petropavlovsk', 'kokshetau', 'taldykorgan', 'uralsk', 'oskemen',
  'zhezkazgan', 'ekibastuz', 'baikonur', 'konaev', 'samarkand', 'bukhara', 'khiva', 'namangan', 'andijan', 'fergana',
  'nukus', 'termez', 'osh', 'karakol', 'khujand', 'kulob', 'turkmenabat', 'dashoguz', 'balkanabat', 'turkistan',
  'temirtau', 'rudny', 'balkhash', 'stepnogorsk', 'kentau', 'zhanaozen', 'kulsary', 'arkalyk',
  'lisakovsk', 'zhitikara', 'khromtau', 'shchuchinsk', 'saryagash', 'zharkent', 'kaskelen', 'talgar', 'shakhtinsk', 'priozersk',
  'jalal-abad', 'naryn', 'batken', 'tokmok', 'kokand', 'karshi', 'qarshi', 'jizzakh', 'urgench',
  'margilan', 'chirchik', 'angren', 'bokhtar', 'istaravshan', 'panjakent', 'khorog', 'turkmenbashi',
  // Autonomous republics of the neighbours (`the Republic of Karakalpakstan`, `Gorno-Badakhshan`).
  'karakalpakstan', 'tatarstan', 'bashkortostan', 'gorno-badakhshan',
  // China's provinces, which open many of its companies' names (`China’s Jiangsu Delong`, `Shaanxi Coal`).
  'anhui', 'fujian', 'gansu', 'guangdong', 'guangxi', 'guizhou', 'hainan', 'hebei', 'heilongjiang', 'henan', 'hubei', 'hunan',
  'jiangsu', 'jiangxi', 'jilin', 'liaoning', 'ningxia', 'qinghai', 'shaanxi', 'shandong', 'shanxi', 'sichuan', 'xinjiang',
  'yunnan', 'zhejiang', 'chongqing', 'tianjin',
  // Xinjiang's Ili Kazakh Autonomous Prefecture and its seat (`the head of the Ili Kazakh Autonomous Prefecture, X`).
  'ili', 'ghulja', 'yining',
];

/** Month abbreviations, also given names (`Jan`, `Pieter-Jan`) when a name word follows. */
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/**
 * Months and seasons that are also given names, read so only between a form of address, a title or an occupation and a
 * surname (`Ms. June Harrowby`, `actress Summer Hayes`).
 */
export const MONTHS_ALSO_GIVEN_NAMES: readonly string[] = ['april', 'may', 'june', 'july', 'august', 'summer', 'autumn'];

/** Calendar words. */
export const CALENDAR_WORDS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', ...MONTH_ABBREVIATIONS,
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // Holidays, which the guide does not count as dates but which look like names.
  'nauryz', 'navruz', 'novruz', 'nowruz', 'meyrami', 'meirami', 'ait', 'eid', 'ramadan', 'christmas', 'easter',
  'al-adha', 'al-fitr', 'adha', 'fitr', 'oraza', 'bayram', 'bayrami', 'bayramı', 'kurban', 'qurban', 'gurban',
  'diwali', 'hanukkah', 'thanksgiving', 'tsagaan', 'songkran', 'vesak', 'seollal', 'aidilfitri', 'aidiladha', 'deepavali', 'merdeka', 'idul', 'fiestas', 'patrias', 'festa', 'festas', 'juninas', 'hogmanay', 'onam', 'pongal',
  'tihar', 'dashain', 'navratri', 'dussehra', 'holi',
  // The Bengali New Year (`Pahela Baishakh`, `Pohela Boishakh`) and the Punjabi harvest festival (`Baisakhi`).
  'baishakh', 'boishakh', 'baisakhi', 'vaisakhi',
  // The start of the Buddhist Lent (`Khao Phansa`, `Asarnha Bucha`), and the Māori New Year (`Matariki`).
  'phansa', 'matariki',
  // Māori tribes named after an ancestor (`Ngāti Porou`, `Ngāi Tahu`).
  'ngāti', 'ngati', 'ngāi',
  // India's festival of lamps at Varanasi (`Dev Deepawali`).
  'deepawali',
  // A film festival's section named like a person (`Un Certain Regard`).
  'certain', 'regard',
  // Months of the Hijri calendar that no name uses (`Dhu al-Hijjah`, `Muharram`, `Jumada Al-Awwal`; not `Rajab` or `Safar`, which are).
  'muharram', 'dhu', 'hijjah', 'qadah', "qa'dah", 'qa’dah', 'al-qa’dah', "al-qa'dah", 'al-qadah', 'al-hijjah', 'shawwal', 'jumada', 'al-awwal', 'al-ula', 'al-akhir', 'al-akhirah', 'al-akhira',
];

/**
 * News agencies and outlets that open datelines (`ASTANA. KAZINFORM`,
 * `(Xinhua)`); they look like names when written alone.
 */
export const AGENCY_WORDS: readonly string[] = [
  'kazinform', 'qazinform', 'xinhua', 'tass', 'ria', 'reuters', 'afp', 'ap', 'wam', 'sputnik', 'antara',
  'kabar', 'yonhap', 'azertac', 'apa', 'trend', 'uza', 'belta', 'irna', 'anadolu', 'bernama', 'kuna',
  'spa', 'mena', 'pti', 'akipress', 'kyodo', 'tengrinews', 'interfax', 'bloomberg', 'dunya',
  'aa', 'cgtn', 'bbc', 'cnn', 'dpa', 'efe', 'ansa', 'kbs', 'nhk', 'qna', 'bna', 'sana', 'prensa', 'vna', 'lusa',
];

/** Words that end a company's name (`Toyota Tsusho Corporation`): the words before them name a company wherever else they stand. */
export const COMPANY_WORDS: readonly string[] = ['corporation', 'corp', 'company', 'group', 'holding', 'holdings', 'minerals', 'mining', 'metals', 'industries', 'industry'];

/** Lower-case nouns of the media that name the title right before them (`the Magyar Nemzet newspaper`). */
export const MEDIA_NOUNS: readonly string[] = ['newspaper', 'daily', 'weekly', 'magazine', 'journal', 'tabloid', 'broadcaster', 'channel', 'portal', 'outlet'];
/** Their plurals, which name the titles listed before them (`the Khmer Times and Rasmei Kampuchea newspapers`). */
export const MEDIA_PLURALS: readonly string[] = ['newspapers', 'dailies', 'weeklies', 'magazines', 'tabloids', 'broadcasters', 'channels', 'portals', 'outlets'];

/** Lower-case nouns of a business that name it right after them (`the company Andes Lithium`, `the Turkish firm Kalyon Enerji`). */
export const COMPANY_NOUNS: readonly string[] = [
  'company', 'firm', 'corporation', 'holding', 'agro-holding', 'agroholding', 'group', 'venture', 'conglomerate', 'concern', 'manufacturer', 'carrier', 'airline', 'startup', 'start-up',
  'brand', 'retailer', 'insurer', 'lender', 'bank', 'subsidiary', 'carmaker', 'automaker', 'shipbuilder', 'shipyard', 'consortium',
  'drugmaker', 'chipmaker', 'steelmaker', 'planemaker', 'maker', 'miner', 'charity', 'forwarder', 'brokerage', 'consultancy',
  // A football club by its sport's words (`Polish side Lech Poznań`, `the club Vitória Guimarães`).
  'side', 'club',
  // `the Indian companies ONGC Videsh and …`: a list of businesses after their plural noun.
  'companies', 'firms', 'corporations', 'holdings', 'conglomerates', 'manufacturers', 'carriers', 'airlines', 'startups', 'brands', 'banks', 'subsidiaries',
  'drugmakers', 'makers', 'charities', 'ships', 'vessels', 'tankers',
  // Trades a business is named by (`the state commodity buyer Mostakbal Misr`); not those that are people's occupations too.
  'buyer', 'exporter', 'importer', 'supplier', 'distributor', 'developer', 'operator', 'chain', 'trader', 'contractor', 'refiner',
  // `the Romanian publishing house Editura Ararat`.
  'house',
];

/** Lower-case nouns of groups of performers that name the group right after them (`the vocal ensemble Perpetuum Jazzile`). */
export const GROUP_NOUNS: readonly string[] = ['ensemble', 'orchestra', 'choir', 'troupe', 'band', 'quartet', 'trio', 'duo'];

/**
 * Nouns of vessels and plants that name the one right after them (`the feeder vessel Al Reem Pioneer`, `the floating power
 * unit Akademik Lomonosov`): unlike a company's, never the person an office before them is held by.
 */
export const VESSEL_NOUNS: readonly string[] = ['ship', 'vessel', 'tanker', 'ferry', 'icebreaker', 'freighter', 'frigate', 'unit', 'drillship', 'feeder', 'containership', 'bulker', 'barge', 'tug', 'tugboat', 'yacht', 'corvette', 'destroyer', 'submarine', 'cruiser', 'liner'];

/**
 * Legal forms written after a company's name (`Samruk-Kazyna JSC Nurlan Rakhmetov`), and Kazakhstan's republican state
 * enterprise's (`Kazhydromet RSE`) and Hungary's (`Rail Cargo Hungaria Zrt.`): never a name.
 */
export const LEGAL_FORMS: readonly string[] = ['rse', 'zrt', 'nyrt', 'kft', 'mmc', 'co', 'jsc', 'pjsc', 'ojsc', 'cjsc', 'llp', 'llc', 'ltd', 'limited', 'plc', 'inc', 'gmbh', 'ag', 'sa', 'spa', 'nv', 'bv', 'srl', 'sarl', 'ltda', 'lda', 'sas', 'kg', 'kgaa', 'ohg', 'oyj', 'pvt', 'pte', 'tbk', 'pt', 'bhd', 'berhad', 'sdn', 'corp', 'asa', 'pao', 'oao', 'zao', 'oy', 'ab', 'persero', 'jv',
  // Poland's limited company (`Sp. z o.o.`), whose letters after `Sp.` the finder reads as no name; a German one's tail after
  // its name's `-gesellschaft` (`… Rohstoffhandelsgesellschaft mbH`).
  'sp', 'mbh'];

/** Occasions a headline's verb marks (`… Mark Anniversary of …`). */
export const OCCASION_WORDS: readonly string[] = ['anniversary', 'jubilee'];

/**
 * Function words, sentence openers and common words that are capitalised at
 * the start of a sentence or in headline case.
 */
export const COMMON_WORDS: readonly string[] = [
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from',
  // Members of a party named by it (`Social Democrat Jens Oberländer`, `Christian Democrat X`).
  'democrat', 'republican', 'socialist',
  // A field in bodies' names (`the UN Office for Outer Space Affairs`, `the United Nations Office on Drugs and Crime`), and
  // those a convention protects (`the Status of Stateless Persons`).
  'outer', 'space', 'crime', 'persons', 'interference', 'expellees', 'repatriates',
  // (`Universal Health Coverage`.)
  'coverage',
  // A headline's occasion (`Astana and Brasília Mark Anniversary of …`: `Mark` is the verb then).
  ...OCCASION_WORDS,
  // An obituary's participle opening a sentence (`Born Peter Alan Brayford in …`; so the rare surname `Born` is lost).
  'born',
  // A field in a day's, a body's or an initiative's name (`the Day of Bulgarian Education and Culture and Slavonic Literature`,
  // `the Preventing Sexual Violence in Conflict Initiative`).
  'literature', 'literatures', 'violence',
  // The pilgrimages (`the Hajj arrangements`, `Umrah visas`).
  'hajj', 'haj', 'umrah',
  // Nouns closing bodies' names (`of Interstate Significance`).
  'significance', 'importance', 'surveillance', 'supervision', 'oversight', 'phytosanitary', 'veterinary', 'sanitary',
  // `the Wise Men’s Council`, `the Group of Eminent Persons`.
  'men', 'women', 'eminent', 'panda', 'pandas', 'pediatric', 'pediatrics', 'paediatric', 'paediatrics',
  // God named in prayers (`prayed Almighty Allah to grant …`).
  'almighty', 'allah',
  'into', 'as', 'via', 'per', 'over', 'amid', 'upon', 'about', 'after', 'before', 'during', 'between', 'plus',
  // A phrasal verb's particle, which a title-case headline capitalises (`to Speed Up Grain Shipments`, `India Up by a Third`).
  'up',
  // (Not `ten`, a surname too: `Denis Ten`.)
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'eleven', 'twelve', 'twenty', 'thirty', 'hundred', 'dozens', 'hundreds', 'thousands',
  'among', 'against', 'along', 'through', 'toward', 'towards', 'under', 'within', 'without', 'since',
  'until', 'while', 'when', 'where', 'which', 'who', 'whom', 'whose', 'what', 'why', 'how', 'if', 'then',
  'than', 'that', 'this', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'his', 'her', 'him', 'himself', 'herself', 'itself', 'themselves',
  'they', 'their', 'them', 'we', 'our', 'us', 'you', 'your', 'i', 'my', 'me', 'all', 'both', 'each', 'every',
  'either', 'neither', 'some', 'any', 'many', 'much', 'more', 'most', 'other', 'others', 'another', 'such',
  'also', 'however', 'moreover', 'furthermore', 'additionally', 'meanwhile', 'besides', 'thus', 'hence',
  'separately', 'subsequently', 'similarly', 'likewise', 'afterwards', 'afterward', 'simultaneously',
  'therefore', 'yet', 'still', 'so', 'not', 'no', 'yes', 'only', 'even', 'just', 'already', 'again',
  'earlier', 'previously', 'formerly', 'later', 'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'currently', 'recently', 'finally',
  'first', 'second', 'third', 'last', 'next', 'following', 'according', 'regarding', 'concerning',
  'despite', 'although', 'though', 'because', 'whereas', 'unlike', 'like', 'above', 'below', 'beyond',
  'overall', 'notably', 'particularly', 'especially', 'specifically', 'importantly', 'indeed', 'ahead', 'abroad', 'overseas', 'witness', 'witnesses', 'guest', 'guests', 'islanders', 'muslims', 'christians', 'buddhists', 'jews', 'catholics', 'protestants', 'hindus', 'expatriates', 'expatriate', 'compatriots', 'diaspora', 'emigrants', 'migrants', 'nationals',
  'let', 'please', 'thank', 'thanks', 'welcome', 'dear', 'ladies', 'gentlemen', 'friends', 'colleagues',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can',
  'could', 'may', 'might', 'must', 'do', 'does', 'did', 'says', 'said', 'holds', 'held', 'meets', 'met',
  'talks', 'visit', 'visits', 'visited', 'discuss', 'discusses', 'discussed', 'sign', 'signs', 'signed',
  'receives', 'received', 'congratulates', 'congratulated', 'calls', 'called', 'takes', 'took', 'place',
  'part', 'new', 'old', 'big', 'great', 'small', 'high', 'low', 'key', 'main', 'major', 'official',
  'officials', 'strategic', 'comprehensive', 'eternal', 'enhanced', 'partnership', 'cooperation', 'relations', 'ties', 'prospects', 'issues',
  'priority', 'priorities', 'areas', 'reform', 'reforms', 'program', 'report', 'reports', 'data',
  'intelligence', 'artificial', 'digital', 'digitalization', 'digitalisation', 'students', 'youth',
  'women', 'people', 'peoples', 'citizens', 'business', 'businesses', 'trade', 'economic', 'economy',
  'investment', 'investments', 'investors', 'energy', 'transport', 'logistics', 'tourism', 'culture',
  'education', 'science', 'health', 'security', 'peace', 'development', 'affairs', 'policy', 'policies',
  // Russian places' `Upper` and `Lower` (`the border crossing Verkhny Lars`).
  'verkhny', 'verkhniy', 'verkhnyaya', 'nizhny', 'nizhniy', 'nizhnyaya',
  // A court's kinds of cases (`the Judicial Board for Civil Cases`).
  'cases', 'disputes', 'offences', 'offenses',
  // Counts a title-case headline capitalises (`Pledges €12 Billion Package`).
  'hundred', 'thousand', 'million', 'billion', 'trillion', 'package', 'tons', 'tonnes',
  // Sciences closing an institute's name (`the Institute of Radiation Medicine`).
  'medicine', 'pharmacy', 'biology', 'chemistry', 'physics', 'mathematics', 'surgery', 'cardiology', 'oncology', 'radiology',
  'neurology', 'dentistry', 'epidemiology', 'virology', 'microbiology', 'immunology', 'genetics', 'hygiene',
  'international', 'national', 'federal', 'central', 'regional', 'global', 'bilateral', 'multilateral',
  'joint', 'independent', 'independence', 'constitutional', 'republican', 'democratic', 'islamic', 'autonomous', 'uygur', 'uyghur', 'uighur', 'turkic', 'slavic', 'children',
  'socialist', 'people’s', "people's", 'popular', 'royal', 'imperial', 'holy', 'united', 'unity',
  'friendship', 'brotherhood', 'interest', 'basic', 'green', 'blue', 'red', 'white', 'black', 'golden', 'silver', 'bronze',
  'silk', 'belt', 'road', 'way', 'bridge', 'gate', 'gateway', 'state', 'letters', 'letter', 'credence',
  'credentials', 'heads', 'member', 'members', 'delegations', 'parties', 'sides', 'side', 'views',
  'attention', 'particular', 'special', 'general', 'public', 'private', 'social', 'human', 'rights', 'combat', 'cancer',
  'sustainable', 'climate', 'water', 'food', 'agriculture', 'industry', 'industrial', 'innovation',
  'technology', 'technologies', 'research', 'information', 'communications', 'mass', 'media', 'foreign', 'responsible',
  // Kazakhstan's highest title, `Halyk Kaharmany` (People's Hero), in its spellings.
  'kaharmany', 'qaharmany', 'kakharmany',
  // A navy's ranks of captains (`Captain 1st Rank X`).
  'rank',
  'internal', 'external', 'defence', 'defense', 'justice', 'finance', 'financial', 'labour', 'labor',
  'ecology', 'environment', 'natural', 'resources', 'emergency', 'emergencies', 'situations', 'disaster', 'disasters', 'sport',
  'sports', 'year', 'years', 'month', 'week', 'day', 'days', 'session', 'round', 'phase', 'stage',
  'step', 'steps', 'results', 'outcome', 'outcomes', 'agenda', 'action', 'actions', 'measures',
  'support', 'assistance', 'aid', 'humanitarian', 'political', 'parliamentary', 'interparliamentary',
  'inter-parliamentary', 'diplomatic', 'diplomacy', 'consular', 'military', 'technical', 'scientific',
  'academic', 'educational', 'historical', 'spiritual', 'modernization', 'modernisation', 'transformation',
  'integration', 'connectivity', 'partners', 'partner', 'counterpart', 'counterparts', 'friends', 'progress', 'growth', 'success',
  'successful', 'future', 'vision', 'mission', 'goals', 'objectives', 'tasks', 'duties', 'assignments', 'challenges', 'threats', 'problems', 'problem', 'safety', 'physics', 'chemistry', 'mathematics', 'biology',
  'crisis', 'conflict', 'war', 'terrorism', 'extremism', 'nuclear', 'weapons', 'disarmament', 'summit',
  'conference', 'ministerial', 'plenary', 'annual', 'regular', 'extraordinary', 'informal', 'formal',
  'official', 'working', 'state', 'courtesy', 'farewell', 'opening', 'closing', 'signing', 'launch',
  'presentation', 'memoranda', 'understanding', 'roadmap', 'charter', 'statement', 'message', 'speech',
  'address', 'interview', 'article', 'note', 'notes', 'press', 'release', 'briefing', 'source', 'photo',
  'video', 'read', 'more', 'see', 'also', 'related', 'breaking', 'latest', 'update', 'updated', 'written',
  'published', 'author', 'editor', 'tags', 'share', 'home', 'world', 'region', 'country', 'countries',
  'nation', 'nations', 'continent', 'capital', 'city', 'land', 'territory', 'territories', 'border', 'borders', 'olympic',
  'winter', 'summer', 'spring', 'autumn', 'fall', 'season', 'auspices', 'aegis', 'beings', 'tourists', 'visa', 'visa-free', 'passport', 'passports', 'flights',
  'museum', 'constitution', 'referendum', 'election', 'elections', 'campaign', 'vote', 'votes', 'observers',
  'observer', 'monitoring', 'mandate', 'term', 'appointment', 'tenure', 'leadership', 'decree', 'order',
  // Parts of an order's insignia named in its class (`Gold Rays with Neck Ribbon`, `Grand Cordon`).
  'ribbon', 'neck', 'sash', 'rosette', 'cordon', 'insignia',
  'chairmanship', 'presidency', 'membership', 'accession', 'candidacy', 'initiative', 'initiatives',
  'vice', 'co', 'ex', 'pro', 'anti', 'non', 'post', 'pre', 'sub', 'super', 'multi', 'inter', 'intra',
  'building', 'confidence', 'reconstruction', 'reconciliation', 'recovery', 'stability', 'prosperity',
  'solidarity', 'harmony', 'accord', 'consent', 'unification', 'victory', 'memory', 'remembrance',
  'gratitude', 'knowledge', 'heritage', 'nature', 'environmental', 'smart', 'open', 'free', 'safe',
  'clean', 'modern', 'ancient', 'young', 'class', 'category', 'grade',
  // An honorary degree's Latin (`Doctor Honoris Causa`); a document's noun (`the CICA Catalogue of Confidence Building Measures`).
  'honoris', 'causa', 'catalogue', 'catalog',
];

/** Occupations, capitalised at the start of a sentence (`Singer Dimash Kudaibergen`): no part of a name, nor a title. */
export const OCCUPATION_WORDS: readonly string[] = [
  'milkmaid', 'tactician', 'strategist', 'milker', 'shepherd', 'herder', 'beekeeper', 'fisherman', 'fisherwoman', 'moderator', 'veterinarian', 'columnist', 'reporter', 'correspondent', 'broadcaster',
  'singer', 'player', 'performer', 'specialist', 'writer', 'poet', 'composer', 'artist', 'athlete', 'skater', 'boxer', 'wrestler', 'actor', 'actress',
  'journalist', 'scientist', 'musician', 'pianist', 'violinist', 'designer', 'blogger', 'architect', 'soloist', 'vocalist', 'cellist', 'guitarist', 'choreographer',
  'filmmaker', 'producer', 'entrepreneur', 'investor', 'industrialist', 'businessman', 'businesswoman', 'economist', 'historian', 'philosopher',
  'cyclist', 'swimmer', 'judoka', 'weightlifter', 'sprinter', 'footballer', 'striker', 'goalkeeper',
  'goaltender', 'olympian', 'curator', 'businessmen', 'mountaineer', 'climber', 'skier', 'biathlete', 'gymnast', 'fencer', 'archer', 'shooter', 'rower', 'canoeist', 'kayaker', 'hurdler', 'marathoner', 'decathlete', 'triathlete', 'pentathlete', 'sambist', 'karateka', 'snowboarder',
  'jockey', 'referee', 'photographer', 'cosmonaut', 'astronaut', 'akyn', 'zhyrau', 'kuishi', 'kuyshi', 'baritone', 'tenor', 'soprano', 'mezzo-soprano', 'physicist', 'chemist', 'educator', 'enlightener',
  'biologist', 'mathematician', 'sculptor', 'painter', 'novelist', 'playwright', 'scholar', 'researcher',
  'archaeologist', 'anthropologist', 'jurist', 'ethnographer', 'linguist', 'orientalist', 'turkologist', 'lawyer', 'surgeon', 'teacher', 'volunteer', 'activist',
  'analyst', 'expert', 'diplomat', 'sociologist', 'psychologist', 'astronomer', 'geologist', 'seismologist', 'volcanologist', 'climatologist', 'technologist',
  'ecologist', 'epidemiologist', 'virologist', 'ornithologist', 'zoologist', 'botanist', 'hydrologist', 'glaciologist', 'hydrogeologist',
  'paleontologist', 'palaeontologist', 'entomologist', 'geographer', 'conductor', 'dancer', 'ballerina',
  'champion', 'medallist', 'medalist', 'laureate', 'prizewinner', 'student', 'graduate', 'alumnus', 'alumna', 'farmer', 'nurse', 'miner',
  'driller', 'foreman', 'welder', 'machinist', 'agronomist', 'electrician', 'mechanic', 'technician',
  'rescuer', 'firefighter', 'paramedic', 'pensioner', 'soldier', 'serviceman', 'veteran', 'steelworker', 'driver', 'builder', 'worker', 'employee',
  'translator', 'interpreter', 'seamstress', 'tailor', 'weaver', 'carpenter', 'plumber', 'baker',
  // Doctors by their field (`Honoured Worker of Healthcare, neurosurgeon X`).
  'consultant', 'neurosurgeon', 'cardiologist', 'oncologist', 'pediatrician', 'paediatrician', 'neurologist', 'ophthalmologist', 'dentist', 'therapist',
  'pharmacist', 'radiologist', 'traumatologist', 'anesthesiologist', 'anaesthesiologist', 'obstetrician', 'gynecologist', 'gynaecologist', 'midwife',
  // Players' positions opening a sentence (`Forward Karim El-Sayed opened the scoring`).
  'forward', 'midfielder', 'winger', 'playmaker',
];

/** Verbs of headlines in title case (`Head of State Congratulates Shaidorov`): they end a role, never hold one. */
const SINGULAR_HEADLINE_VERBS: readonly string[] = [
  'says', 'expects', 'hopes', 'holds', 'meets', 'receives', 'congratulates', 'calls', 'takes', 'visits', 'discusses', 'signs', 'thanks',
  'welcomes', 'hosts', 'invites', 'presents', 'awards', 'appoints', 'nominates', 'dismisses', 'attends', 'opens', 'launches', 'urges',
  'chairs', 'courts', 'woos', 'bestows', 'confers', 'decorates', 'addresses', 'praises', 'condoles', 'expresses', 'sends', 'hails', 'accepts', 'names', 'briefs', 'reshuffles', 'shuffles',
  'arrives', 'departs', 'returns', 'speaks', 'joins', 'wins', 'stresses', 'highlights', 'outlines', 'announces', 'approves',
  'instructs', 'inaugurates', 'dedicates', 'lauds', 'commends', 'felicitates', 'interacts', 'distributes', 'unveils', 'greets', 'concludes', 'proposes', 'reaffirms', 'confirms', 'presides', 'mourns',
  'explores', 'seeks', 'eyes', 'plans', 'pledges', 'backs', 'mulls', 'boosts', 'expands', 'strengthens', 'deepens',
  'celebrates', 'reviews', 'considers', 'agrees', 'vows', 'supports', 'promotes', 'notes', 'emphasizes', 'emphasises',
  'underlines', 'underscores', 'reiterates', 'offers', 'shares', 'phones', 'inspects', 'tours', 'checks', 'orders',
  'demands', 'warns', 'lays', 'decorates', 'reports', 'assures', 'honours', 'honors', 'rules', 'leads',
  'exchanges', 'confers', 'sums', 'pays', 'extends', 'conveys', 'completes', 'begins', 'starts', 'wraps', 'finalizes', 'finalises',
  'adopts', 'allocates', 'delivers', 'publishes', 'provides', 'hears', 'listens', 'gives', 'makes', 'sets', 'cites', 'quotes', 'recalls', 'criticises', 'criticizes',
  'brings', 'submits', 'showcases', 'travels', 'flies', 'familiarizes', 'familiarises', 'acquaints',
  // A business desk's (`Kazatomprom Cuts 2026 Guidance`, `Economy Outpaces 2024`).
  'cuts', 'raises', 'lowers', 'lifts', 'trims', 'targets', 'revises', 'forecasts', 'keeps', 'outpaces', 'slams',
  // A parliament's (`Deputy PM X Answers Deputies’ Questions`).
  'answers', 'replies', 'responds', 'explains', 'clarifies',
  // Personnel news (`X Relieves Samarkand Khokim`, `King Swears In …`).
  'relieves', 'fires', 'replaces', 'reappoints', 'nominates', 'swears', 'tells', 'commissions',
  // An event's start and close (`Tournament Named After X Kicks Off in Almaty`, `Forum Closes in Astana`).
  'kicks', 'closes', 'ends',
];

/** The bare forms, which plural subjects take (`World Leaders Congratulate …`, `Lavrov, Kazakh Ambassador Discuss …`). */
export const HEADLINE_PLURAL_VERBS: readonly string[] = [
  'congratulate', 'receive', 'welcome', 'join', 'discuss', 'thank', 'praise', 'hail', 'urge', 'pledge', 'reaffirm', 'condole',
  'hold', 'meet', 'sign', 'agree', 'explore', 'exchange', 'review', 'invite', 'visit', 'attend', 'launch', 'adopt', 'approve',
  'announce', 'unveil', 'inaugurate', 'celebrate', 'strengthen', 'deepen', 'expand', 'boost', 'confirm', 'consider', 'conclude',
  'propose', 'stress', 'highlight', 'outline', 'seek', 'vow', 'support', 'present', 'appoint', 'address', 'prepare', 'lead', 'host',
  'eye', 'mull', 'plan', 'back', 'open', 'talk', 'share', 'reiterate', 'promote', 'complete', 'begin', 'start', 'finalize', 'finalise',
  'chart', 'map', 'weigh', 'ink', 'tout', 'call', 'make', 'give', 'deliver', 'relieve', 'dismiss', 'replace', 'nominate', 'tell',
  'bring', 'submit', 'showcase', 'brief',
  // Remembrance (`Diplomats Remember X`, also a sentence's imperative: `Remember Nazir Tyuryakulov, who …`).
  'remember', 'commemorate', 'mourn',
];

/** Past forms some headlines use (`Head of State Congratulated X on …`); not `appointed`, `named` or `elected`, which a role follows. */
const PAST_HEADLINE_VERBS: readonly string[] = [
  'congratulated', 'received', 'visited', 'discussed', 'signed', 'thanked', 'welcomed', 'hosted', 'invited', 'attended', 'opened',
  'launched', 'urged', 'chaired', 'addressed', 'praised', 'expressed', 'hailed', 'accepted', 'briefed', 'announced', 'approved',
  'inaugurated', 'unveiled', 'greeted', 'concluded', 'proposed', 'reaffirmed', 'confirmed', 'instructed', 'stressed', 'named', 'elected', 're-elected', 'reelected',
  'accredited', 'awarded', 'decorated', 'presented', 'conferred', 'bestowed', 'handed',
  // Machine translation's (`Akim X Acquainted with the Course of Harvesting`).
  'acquainted', 'familiarized', 'familiarised', 'inspected', 'toured',
  // An anniversary's headline (`Centenary of Orientalist X Marked in Leiden`).
  'marked', 'commemorated', 'remembered',
];

export const HEADLINE_VERBS: readonly string[] = [...SINGULAR_HEADLINE_VERBS, ...HEADLINE_PLURAL_VERBS, ...PAST_HEADLINE_VERBS];

/** `and` in the languages of titles quoted untranslated (`"Iqbal aur Rumi"`, `"Guerre et Paix"`, `"Krieg und Frieden"`). */
export const TITLE_AND_WORDS: readonly string[] = ['aur', 'et', 'und', 'y', 'e', 'va', 've'];

/** Words a headline in title case leaves in lower case. */
export const HEADLINE_SMALL_WORDS: readonly string[] = [
  'a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'as', 'vs',
  'via', 'per', 'btw', 'over', 'amid', 'upon', 'about', 'after', 'before', 'during', 'between', 'were', 'was',
  'is', 'are',
];

/**
 * Organisation and place nouns that, written in lower case right after
 * capitalised words, make them a name of that kind (`Nur Otan party`,
 * `Baiterek holding`) rather than a person's.
 */
export const LOWER_ORG_HEADS: readonly string[] = [
  'party', 'legislature', 'company', 'start-up', 'startup', 'newspaper', 'magazine', 'tabloid', 'broadcaster', 'portal', 'corporation', 'concern', 'group', 'holding', 'bank', 'university', 'airport', 'region', 'oblast', 'city',
  'district', 'village', 'river', 'lake', 'mountains', 'park', 'museum', 'house-museum', 'hotel', 'grant', 'competition', 'contest', 'square', 'street', 'avenue',
  'festival', 'forum', 'summit', 'conference', 'initiative', 'programme', 'program', 'project', 'foundation', 'fund',
  'movement', 'airline', 'airlines', 'railways', 'station', 'cosmodrome', 'reserve', 'canal', 'port', 'plant',
  'factory', 'field', 'deposit', 'formation', 'basin', 'block', 'mine', 'pipeline', 'corridor', 'highway', 'bridge', 'palace', 'theatre',
  'theater', 'stadium', 'arena', 'mosque', 'cathedral', 'exhibition', 'expo', 'platform', 'format', 'agency',
  'exercise', 'exercises', 'drills', 'volcano', 'province', 'island', 'peninsula', 'valley', 'resort', 'terminal',
  'scheme', 'campus', 'shrine', 'mausoleum', 'crossing', 'checkpoint', 'tunnel', 'residence', 'regions', 'districts', 'provinces', 'villages', 'deposits', 'fields', 'mines',
  'line', 'route', 'road', 'gate', 'gates', 'crossings', 'checkpoints', 'plants', 'factories', 'stations', 'refineries', 'terminals', 'ports', 'airports',
  'cooperative', 'cooperatives', 'co-operative', 'farm', 'farms', 'calendar', 'publisher', 'supermarket', 'hypermarket', 'college', 'lyceum', 'gymnasium', 'conservatory',
  'hospital', 'hospitals', 'clinic', 'clinics', 'consortium', 'combine', 'fellowship', 'fellowships', 'scholarship', 'scholarships', 'scenario', 'drill', 'operation', 'development',
  'area', 'zone', 'zones', 'insignia', 'torg', 'section', 'ethno-complex', 'ethno-village', 'ethno-park', 'building', 'ensemble', 'band', 'choir', 'studio', 'studios', 'orchestra', 'centre', 'center', 'site', 'complex', 'series', 'medal', 'badge', 'order', 'prize', 'trophy', 'shipyard', 'temple',
  'library', 'memorial', 'school', 'inscription', 'inscriptions', 'cluster', 'base', 'plain', 'plateau', 'hall', 'monument', 'statue', 'obelisk', 'railway', 'prayer',
  // Central Asia's monuments and the museums of its old towns (`the Islam Khodja minaret`, `the Itchan Kala museum-reserve`).
  'minaret', 'madrasa', 'madrasah', 'madrassah', 'caravanserai', 'bazaar', 'museum-reserve', 'stupa', 'pagoda',
  // A travel document named after the man who devised it (`Nansen passports`).
  'passport', 'passports',
  // A product's maker after its brand (`Vaxigrip Tetra manufactured by Sanofi`).
  'manufactured',
  // A river's chain of power plants (`the Toktogul cascade`).
  'cascade', 'cinema', 'pavilion', 'orchestra',
  // EXPO-2017's building (`the Nur Alem sphere`).
  'sphere',
  // `the Sithebe family`: a family named by its surname is no one person.
  'family',
];

/**
 * Lower-case nouns of things named after a person, after the name alone (`the Shokan Ualikhanov schools`, `the Choe Hyon
 * class`, `the Zhambyl mountain`), not after a title (`Under Minister X schools received …`).
 */
export const THINGS_NAMED_AFTER_PEOPLE: readonly string[] = [
  'schools', 'lyceums', 'colleges', 'libraries', 'museums', 'centres', 'centers', 'class', 'destroyer', 'frigate', 'corvette', 'submarine', 'aircraft', 'ecosystem',
  'mountain', 'peak', 'glacier', 'gorge', 'fellowships', 'scholarships', 'stipends',
  // A doctrine or formula named after its author (`the Steinmeier formula`); `report` only after `the` (see name-candidates).
  'doctrine', 'formula',
];
