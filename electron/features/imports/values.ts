import countries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json';
import itNames from 'i18n-iso-countries/langs/it.json';
import type { MessageKey } from '../../api/messages';
import type {
  CONSENT_SCOPES,
  ITALIAN_LEVELS,
  LEGAL_BASES,
  PERMIT_TYPES,
  SEXES,
} from '../participants/contract';
import { STATELESS } from '../reference/countries';

/** Words as people type them: no case, accents, spaces or punctuation. */
export function wordKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export type Converted<T> = { value: T } | { error: MessageKey; params?: Record<string, string> };

const fail = (error: MessageKey): { error: MessageKey } => ({ error });

const SEX_WORDS: Record<string, (typeof SEXES)[number]> = {
  f: 'F',
  femmina: 'F',
  femminile: 'F',
  donna: 'F',
  female: 'F',
  woman: 'F',
  w: 'F',
  d: 'F',
  m: 'M',
  maschio: 'M',
  maschile: 'M',
  uomo: 'M',
  male: 'M',
  man: 'M',
  u: 'M',
  altro: 'other',
  other: 'other',
  x: 'other',
  nonbinario: 'other',
  nonbinary: 'other',
  nd: 'not_stated',
  nondichiarato: 'not_stated',
  nonindicato: 'not_stated',
  preferiscenonindicarlo: 'not_stated',
  notstated: 'not_stated',
  prefernottosay: 'not_stated',
  notstate: 'not_stated',
};

export function toSex(text: string): Converted<string> {
  const sex = SEX_WORDS[wordKey(text)];
  return sex ? { value: sex } : fail('errors.importSex');
}

/** Day, month and year as Italians write them (also 2-digit years, as Excel reads them), or ISO. */
export function toDate(text: string, numeric: boolean): Converted<string> {
  if (numeric) return fail('errors.importDateNumber');
  const it = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  let y: number;
  let m: number;
  let d: number;
  if (it) {
    [d, m, y] = [Number(it[1]), Number(it[2]), Number(it[3])];
    if (it[3]?.length === 2) y += y < 30 ? 2000 : 1900;
  } else if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else return fail('errors.dateInvalid');
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return fail('errors.dateInvalid');
  }
  return {
    value: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  };
}

/** Names Italian spreadsheets use that the ISO lists spell otherwise, and nationality adjectives. */
const COUNTRY_EXTRAS: Record<string, string> = {
  inghilterra: 'GB',
  granbretagna: 'GB',
  usa: 'US',
  statiuniti: 'US',
  birmania: 'MM',
  myanmar: 'MM',
  macedonia: 'MK',
  swaziland: 'SZ',
  olanda: 'NL',
  coreadelsud: 'KR',
  costadavorio: 'CI',
  congo: 'CG',
  rdcongo: 'CD',
  rdc: 'CD',
  congokinshasa: 'CD',
  palestina: 'PS',
  kosovo: 'XK',
  apolide: STATELESS,
  stateless: STATELESS,
};

const ADJECTIVES: [string, string[]][] = [
  ['AF', ['afghano', 'afgano']],
  ['AL', ['albanese']],
  ['DZ', ['algerino']],
  ['AR', ['argentino']],
  ['BD', ['bengalese', 'bangladese', 'bangladeshi']],
  ['BF', ['burkinabe', 'burkinabè']],
  ['BJ', ['beninese']],
  ['BA', ['bosniaco']],
  ['BR', ['brasiliano']],
  ['BG', ['bulgaro']],
  ['CM', ['camerunese', 'camerunense']],
  ['CN', ['cinese']],
  ['CI', ['ivoriano']],
  ['CO', ['colombiano']],
  ['CU', ['cubano']],
  ['DO', ['dominicano']],
  ['EC', ['ecuadoriano', 'ecuadoregno']],
  ['EG', ['egiziano']],
  ['ER', ['eritreo']],
  ['ET', ['etiope']],
  ['PH', ['filippino']],
  ['FR', ['francese']],
  ['GM', ['gambiano']],
  ['GE', ['georgiano']],
  ['DE', ['tedesco']],
  ['GH', ['ghanese', 'ghanaese']],
  ['GN', ['guineano']],
  ['IN', ['indiano']],
  ['IR', ['iraniano']],
  ['IQ', ['iracheno']],
  ['IT', ['italiano']],
  ['XK', ['kosovaro']],
  ['LK', ['srilankese', 'singalese', 'cingalese']],
  ['MA', ['marocchino']],
  ['MK', ['macedone']],
  ['ML', ['maliano']],
  ['MD', ['moldavo']],
  ['NG', ['nigeriano']],
  ['PK', ['pakistano']],
  ['PE', ['peruviano']],
  ['PL', ['polacco']],
  ['RO', ['rumeno', 'romeno']],
  ['RU', ['russo']],
  ['SN', ['senegalese']],
  ['RS', ['serbo']],
  ['SY', ['siriano']],
  ['SO', ['somalo']],
  ['ES', ['spagnolo']],
  ['SD', ['sudanese']],
  ['TG', ['togolese']],
  ['TN', ['tunisino']],
  ['TR', ['turco']],
  ['UA', ['ucraino']],
  ['VE', ['venezuelano']],
];

let countryIndex: Map<string, string> | null = null;

/** Every Italian and English name, alternative name and ISO code → alpha-2. */
function countriesByName(): Map<string, string> {
  if (countryIndex) return countryIndex;
  countries.registerLocale(itNames);
  countries.registerLocale(enNames);
  const index = new Map<string, string>();
  for (const locale of ['en', 'it']) {
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      for (const name of names) index.set(wordKey(name), code);
    }
  }
  for (const [word, code] of Object.entries(COUNTRY_EXTRAS)) index.set(word, code);
  for (const [code, words] of ADJECTIVES) {
    for (const word of words) {
      const key = wordKey(word);
      index.set(key, code);
      // Masculine, feminine and plural endings: marocchino, marocchina, marocchini, marocchine.
      if (/[oa]$/.test(key))
        for (const end of ['o', 'a', 'i', 'e']) index.set(key.slice(0, -1) + end, code);
      if (/e$/.test(key)) index.set(`${key.slice(0, -1)}i`, code);
    }
  }
  countryIndex = index;
  return index;
}

export function toCountry(text: string): Converted<string> {
  const raw = text.trim();
  if (/^[A-Za-z]{2}$/.test(raw) && countries.isValid(raw.toUpperCase())) {
    return { value: raw.toUpperCase() };
  }
  if (/^[A-Za-z]{3}$/.test(raw)) {
    const alpha2 = countries.alpha3ToAlpha2(raw.toUpperCase());
    if (alpha2) return { value: alpha2 };
  }
  const code = countriesByName().get(wordKey(raw));
  return code && code !== STATELESS ? { value: code } : fail('errors.importCountry');
}

/** A list in one cell: "Senegal, Francia", "wolof; francese", "A / B". */
export function splitList(text: string): string[] {
  return text
    .split(/[,;/|\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function toCitizenships(text: string): Converted<string[]> {
  const codes: string[] = [];
  for (const part of splitList(text)) {
    const key = wordKey(part);
    const code =
      COUNTRY_EXTRAS[key] === STATELESS
        ? STATELESS
        : (() => {
            const c = toCountry(part);
            return 'value' in c ? c.value : null;
          })();
    if (!code) return fail('errors.importCountry');
    if (!codes.includes(code)) codes.push(code);
  }
  return { value: codes };
}

export function toItalianLevel(text: string): Converted<(typeof ITALIAN_LEVELS)[number]> {
  const key = wordKey(text);
  if (['prea1', 'a0', 'prealfa', 'alfa', 'alfabetizzazione', 'analfabeta'].includes(key)) {
    return { value: 'pre_A1' };
  }
  const level = /^(?:livello|level|qcer|cefr)?([abc][12])/.exec(key)?.[1];
  return level
    ? { value: level.toUpperCase() as (typeof ITALIAN_LEVELS)[number] }
    : fail('errors.importItalianLevel');
}

const ISCED_WORDS: [RegExp, number][] = [
  [/dottorato|phd|doctor/, 8],
  [/magistrale|master|specialistica/, 7],
  [/laurea|bachelor|degree|universit/, 6],
  [/itsacademy|ciclobreve|shortcycle/, 5],
  [/postdiploma|ifts|postsecondary/, 4],
  [/diploma|maturita|superiore|uppersecondary|highschool|qualifica/, 3],
  [/media|medie|secondariainferiore|lowersecondary/, 2],
  [/elementar|primaria|primary/, 1],
  [/nessun|none|analfabet|noschool/, 0],
];

export function toIsced(text: string, numeric: boolean): Converted<number> {
  const digits = /^(?:isced)?\s*([0-8])$/i.exec(text.trim().replace(/\s+/g, ''));
  if (digits?.[1]) return { value: Number(digits[1]) };
  if (!numeric) {
    const key = wordKey(text);
    for (const [pattern, level] of ISCED_WORDS) if (pattern.test(key)) return { value: level };
  }
  return fail('errors.importIsced');
}

const PERMIT_WORDS: [RegExp, (typeof PERMIT_TYPES)[number]][] = [
  [/^(eucitizen|cittadinoue|cittadinaue|ue|eu|comunitari)/, 'eu_citizen'],
  [/richie(sta|dente)|asylumseeker|asilopending/, 'asylum_seeker'],
  [/rifugiat|refugee|^asilo|statusdirifugiato|asylum$/, 'refugee'],
  [/sussidiaria|subsidiary/, 'subsidiary_protection'],
  [/speciale|special|umanitari|humanitarian|casispeciali/, 'special_protection'],
  [/lungoperiodo|lungosoggiornante|cartadisoggiorno|longterm|soggiornanteue/, 'long_term'],
  [/lavoro|work|subordinato|autonomo|stagionale/, 'work'],
  [/famil|coesione|ricongiungimento/, 'family'],
  [/studi|study|student/, 'study'],
  [/nessun|none|senzapermesso|irregolare/, 'none'],
  [/^(altro|altri|other)/, 'other'],
];

export function toPermit(text: string): Converted<(typeof PERMIT_TYPES)[number]> {
  const key = wordKey(text);
  for (const [pattern, type] of PERMIT_WORDS) if (pattern.test(key)) return { value: type };
  return fail('errors.importPermit');
}

const YES = new Set(['si', 's', 'yes', 'y', 'true', 'vero', '1', 'x']);
const NO = new Set(['no', 'n', 'false', 'falso', '0', '']);

export function toYesNo(text: string): Converted<boolean> {
  const key = wordKey(text);
  if (YES.has(key)) return { value: true };
  if (NO.has(key)) return { value: false };
  return fail('errors.importYesNo');
}

export function toYear(text: string, isDate: boolean): Converted<number> {
  const year = isDate ? /(\d{4})$/.exec(text)?.[1] : /^(\d{4})$/.exec(text.trim())?.[1];
  return year ? { value: Number(year) } : fail('errors.yearInvalid');
}

const LEGAL_BASIS_WORDS: [RegExp, (typeof LEGAL_BASES)[number]][] = [
  [/legittimointeresse|legitimateinterest|61f$/, 'legitimate_interest'],
  [/interessepubblico|publicinterest|61e$/, 'public_interest'],
  [/obbligo|legalobligation|61c$/, 'legal_obligation'],
  [/contratt|contract|61b$/, 'contract'],
  [/consens|consent|61a$/, 'consent'],
];

export function toLegalBasis(text: string): Converted<(typeof LEGAL_BASES)[number]> {
  const key = wordKey(text);
  for (const [pattern, basis] of LEGAL_BASIS_WORDS) if (pattern.test(key)) return { value: basis };
  return fail('errors.importLegalBasis');
}

const SCOPE_WORDS: [RegExp, (typeof CONSENT_SCOPES)[number]][] = [
  [/rendicont|finanziator|funder|reporting/, 'funder_reporting'],
  [/servizi|erogazione|service/, 'service'],
  [/contatt|comunicazion|contact/, 'contact'],
  [/foto|ripres|immagin|photo|video/, 'photos'],
];

export function toScopes(text: string): Converted<(typeof CONSENT_SCOPES)[number][]> {
  const scopes: (typeof CONSENT_SCOPES)[number][] = [];
  for (const part of splitList(text.replace(/\s+e\s+/gi, ','))) {
    const key = wordKey(part);
    if (['tutte', 'tutti', 'all'].includes(key)) {
      return { value: ['service', 'funder_reporting', 'contact', 'photos'] };
    }
    const scope = SCOPE_WORDS.find(([pattern]) => pattern.test(key))?.[1];
    if (!scope) return fail('errors.importScopes');
    if (!scopes.includes(scope)) scopes.push(scope);
  }
  return { value: scopes };
}
