/**
 * Where the gazetteer must not fire.
 *
 * `REMOVED_NAMES`: dataset names dropped for one code because they are
 * ambiguous: a demonym shared by two states goes to the one news means far
 * more often (`Dominican` -> DO, `Congolese` -> CD), and `Central African`
 * names a region more often than the Central African Republic.
 *
 * `NON_COUNTRY_PHRASES`: regions, seas, rivers, cities, territories and
 * organisations that begin with or contain a country word. They compete in the
 * longest-match like names do, and a match on one yields no mention, so
 * `Central Asia`, `New Guinea`, `Mexico City` or `Korean Peninsula` hide the
 * country word inside them. The `Korean Peninsula` is a region, not a state.
 */
export const REMOVED_NAMES: readonly { name: string; code: string }[] = [
  { name: 'Central African', code: 'CF' },
  { name: 'Congolese', code: 'CG' },
  { name: 'Dominican', code: 'DM' },
  { name: 'Timor', code: 'TL' },
];

const REGIONS = [
  'Central Asia', 'Central Asian', 'Central Africa', 'Central African', 'Central America', 'Central American',
  'Latin America', 'Latin American', 'South America', 'South American', 'North America', 'North American',
  'South India', 'North India',
  'Indo-Pacific', 'Indo-European', 'Indo-Aryan', 'Indo-Iranian', 'Indo-China', 'Indo-Chinese',
  'Inter-American', 'Pan-American', 'Pan American', 'Ibero-American', 'Ibero-America', 'African American', 'Native American', 'American Indian', 'West Indian',
  'Korean Peninsula', 'New Guinea', 'South China', 'North China', 'East China', 'Western China', 'Eastern China', 'Northern Ireland', 'Northern Irish', 'Northern Cyprus', 'Northern Cypriot', 'Turkish Cypriot', 'Turkish Cypriots', 'Indian subcontinent', 'Lower Congo', 'Upper Egypt',
  'Lower Egypt', 'Upper Nile', 'North Pole', 'South Pole', 'North and South Poles', 'Third Pole', 'Russian Far East',
  // Kazakhstan's own regions.
  'North Kazakhstan', 'East Kazakhstan', 'West Kazakhstan', 'South Kazakhstan', 'Central Kazakhstan', 'Northern Kazakhstan', 'Eastern Kazakhstan',
  'Western Kazakhstan', 'Southern Kazakhstan',
  // Kazakh autonomous units of China.
  'Kazakh Autonomous Prefecture', 'Kazakh Autonomous County',
  // China's and Viet Nam's own provinces named with a neighbour's word.
  'Inner Mongolia', 'Inner Mongolian', 'Western Mongolia', 'Northern Emirates', 'American South', 'American Midwest', 'American West', 'American Northeast', 'American Southwest', 'Our America', 'Lao Cai', 'Thai Nguyen', 'Thai Binh', 'Niger State',
  // States of Australia, Austria's Länder, Iran's provinces named after a neighbour.
  'Central Finland', 'Western Finland', 'Eastern Finland', 'Northern Finland', 'Southern Finland', 'Western Australia', 'Western Australian', 'South Australia', 'South Australian', 'Northern Australia', 'Central Australia',
  'Upper Austria', 'Upper Austrian', 'Lower Austria', 'Lower Austrian', 'East Azerbaijan', 'West Azerbaijan', 'Lesser Poland', 'Greater Poland',
  // Landforms named with a state's adjective, wider or narrower than the state.
  'Great Hungarian Plain', 'Iranian Plateau', 'Mongolian Plateau', 'Armenian Highlands', 'French Alps', 'Swiss Alps', 'Italian Alps',
  'Austrian Alps', 'Russian Altai', 'Mongolian Altai', 'Chinese Altai', 'Kazakh Steppe', 'Kazakh steppe', 'Kazakh steppes', 'Mongolian Steppe', 'Mongolian steppe',
  // Papua New Guinea's islands and provinces named after Britain and Ireland, and Tonga's volcano.
  'New Britain', 'New Ireland', 'Hunga Tonga',
  // Greece's regions named Macedonia.
  'Central Macedonia', 'Western Macedonia', 'West Macedonia', 'Eastern Macedonia', 'East Macedonia',
];
const WATERS = [
  'Indian Ocean', 'Irish Sea', 'South China Sea', 'East China Sea', 'West Philippine Sea', 'Sea of Japan', 'Gulf of Oman', 'Gulf of Finland',
  'Gulf of Mexico', 'Gulf of Guinea', 'Lake Chad', 'Jordan River', 'Jordan Valley', 'Niger River',
  'Niger Delta', 'Congo River', 'Congo Basin', 'River Niger', 'River Jordan', 'River Congo', 'Lake Malawi',
  'Senegal River', 'River Senegal', 'Gambia River', 'The Gambia River', 'River Gambia', 'Paraguay River', 'River Paraguay', 'Uruguay River', 'River Uruguay',
  'Gulf of Thailand', 'Gulf of Panama', 'Danish straits', 'Danish Straits', 'Turkish straits', 'Turkish Straits',
  // Mountains named after their state.
  'Mount Kenya',
  // A fever named after where it was first found (`Crimean-Congo haemorrhagic fever`).
  'Crimean-Congo',
];
const CITIES = [
  'Mexico City', 'Kuwait City', 'Panama City', 'Guatemala City', 'Belize City', 'Luxembourg City',
  // Guatemala's old capital.
  'Antigua Guatemala',
  'Djibouti City', 'Andorra la Vella', 'Monaco-Ville', 'City of San Marino', 'Port Sudan', 'Port of Spain',
  'Santiago de Chile', 'Santiago de Cuba',
  // Edo State's capital and its old kingdom, not the republic named after the bight.
  'Benin City', 'Benin Kingdom', 'Kingdom of Benin', 'Bight of Benin', 'Benin Bronzes', 'Benin Bronze',
  // A Catalan palace (`the Palau de Pedralbes`).
  'Palau de',
];
const TERRITORIES_AND_BODIES = [
  'American Samoa', 'South Georgia', 'French Guiana', 'French Polynesia', 'British Virgin Islands',
  'British Indian Ocean Territory', 'British Columbia', 'British Columbian', 'New Mexico', 'New Mexican', 'New Mexicans', 'Île-de-France', 'Ile-de-France', 'Hauts-de-France', 'German Democratic Republic', 'Indian Wells', 'Chinese Taipei', 'Republic of China',
  'Turkish Republic of Northern Cyprus', 'Organization of American States', 'Organisation of American States',
  // The US and Canadian bodies for Native Americans and First Nations (`the Senate Indian Affairs Committee`).
  'Indian Affairs', 'Indian Health Service', 'Indian Country',
  // US universities named after the state of Georgia.
  'Georgia Institute of Technology', 'Georgia Tech', 'Georgia State University',
  // Greece's university named after its region.
  'University of Macedonia',
  'Palais du Luxembourg', 'Jardin du Luxembourg', 'Teatro Argentina', 'Sovereign Military Order of Malta', 'Order of Malta',
  // Dubai's airline and its group, named with the state's short name.
  'Emirates airline', 'Emirates Airline', 'Emirates Airlines', 'Emirates Group', 'Emirates flight', 'Emirates flights', 'Emirates SkyCargo',
  // The London-listed miner, named after South Africa's English and American capital.
  'Anglo American',
];

/** `Latin Americans`, `Central Asians`: the peoples of a region, which hide a country's plural as the region hides its adjective. */
const REGIONS_PEOPLES = REGIONS.filter((r) => /an$/.test(r)).map((r) => `${r}s`);

/** `in Luxembourg city`: the capitals written with a lower-case `city` too. */
const LOWER_CASE_CITIES = CITIES.filter((c) => c.endsWith(' City')).map((c) => `${c.slice(0, -'City'.length)}city`);
export const NON_COUNTRY_PHRASES: readonly string[] = [...REGIONS, ...REGIONS_PEOPLES, ...WATERS, ...CITIES, ...LOWER_CASE_CITIES, ...TERRITORIES_AND_BODIES];
