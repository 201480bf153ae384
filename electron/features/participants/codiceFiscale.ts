import * as codiceFiscaleModule from 'codice-fiscale-js';
import type CodiceFiscaleClass from 'codice-fiscale-js';
import { countryName } from '../reference/countries';
import type { MessageKey } from '../../api/messages';

// The package's typings declare a default export; at runtime it is a CommonJS
// module with a named `CodiceFiscale` export. Resolve whichever shape we get.
type CodiceFiscaleCtor = typeof CodiceFiscaleClass;
const cfExports = codiceFiscaleModule as unknown as {
  CodiceFiscale?: CodiceFiscaleCtor;
  default?: { CodiceFiscale?: CodiceFiscaleCtor };
};
const CodiceFiscale = (cfExports.CodiceFiscale ??
  cfExports.default?.CodiceFiscale) as CodiceFiscaleCtor;

/**
 * Belfiore codes for countries whose ISO name in Italian differs from the
 * Agenzia delle Entrate's list, so the lookup by name would miss them.
 */
const BELFIORE_OVERRIDES: Record<string, string> = {
  CN: 'Z210',
  RU: 'Z154',
  ZA: 'Z347',
  MY: 'Z247',
  CF: 'Z308',
  CG: 'Z311',
  BH: 'Z204',
  MU: 'Z332',
  PA: 'Z516',
  TW: 'Z217',
  SS: 'Z907',
  MM: 'Z206',
  GW: 'Z320',
  PS: 'Z161',
  SZ: 'Z349',
  ST: 'Z341',
  SC: 'Z342',
  KM: 'Z310',
  FJ: 'Z704',
  LC: 'Z527',
};

const belfioreCache = new Map<string, string | null>();

/** The Belfiore "Z" code of a foreign country, or null where it cannot be resolved. */
export function belfioreOfCountry(iso2: string): string | null {
  const cached = belfioreCache.get(iso2);
  if (cached !== undefined) return cached;
  let code: string | null = BELFIORE_OVERRIDES[iso2] ?? null;
  if (!code) {
    try {
      code = CodiceFiscale.findLocationCode(countryName(iso2, 'it'), 'EE');
    } catch {
      code = null;
    }
  }
  belfioreCache.set(iso2, code);
  return code;
}

export function normalizeCodiceFiscale(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

const FORMAT =
  /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

function normalizePlace(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase();
}

export interface CodiceFiscaleFacts {
  sex: 'F' | 'M' | 'other' | 'not_stated';
  birthDate: string;
  birthCountry: string;
  birthPlace?: string | null;
}

/**
 * Checks a codice fiscale (checksum, omocodia) and its consistency with the
 * person's birth date, sex and birth place or country. Returns a message key
 * for the first problem, or null when it is consistent.
 */
const MONTH_CODES = 'ABCDEHLMPRST';
/** Omocodia: letters that stand for digits in the numeric positions of a code. */
const OMOCODIA: Record<string, string> = {
  L: '0',
  M: '1',
  N: '2',
  P: '3',
  Q: '4',
  R: '5',
  S: '6',
  T: '7',
  U: '8',
  V: '9',
};
const NUMERIC_POSITIONS = new Set([6, 7, 9, 10, 12, 13, 14]);

/** Comune or country name by Belfiore code; null for a code that does not exist. */
const placeNames = new Map<string, string | null>();

/**
 * The library finds a place by scanning its whole list of comuni (about a
 * millisecond): look each code up once, through a code built for it alone.
 */
function placeName(code: string): string | null {
  const cached = placeNames.get(code);
  if (cached !== undefined) return cached;
  const probe = `XXXXXX00A01${code}`;
  let name: string | null;
  try {
    name = new CodiceFiscale(probe + CodiceFiscale.getCheckCode(probe)).birthplace.nome;
  } catch {
    name = null;
  }
  placeNames.set(code, name);
  return name;
}

/**
 * Checks a codice fiscale (checksum, omocodia) and its consistency with the
 * person's birth date, sex and birth place or country. Returns a message key
 * for the first problem, or null when it is consistent.
 */
export function checkCodiceFiscale(raw: string, facts: CodiceFiscaleFacts): MessageKey | null {
  const cf = normalizeCodiceFiscale(raw);
  if (!FORMAT.test(cf)) return 'errors.cfFormat';
  if (!CodiceFiscale.check(cf)) return 'errors.cfChecksum';
  const plain = [...cf].map((ch, i) => (NUMERIC_POSITIONS.has(i) ? (OMOCODIA[ch] ?? ch) : ch));
  const code = plain.join('');
  const placeCode = code.slice(11, 15);
  const place = placeName(placeCode);
  if (place === null) return 'errors.cfChecksum';
  const codedDay = Number(code.slice(9, 11));
  const codedSex = codedDay > 40 ? 'F' : 'M';
  const [year, month, day] = facts.birthDate.split('-').map(Number);
  if (
    year === undefined ||
    codedDay - (codedSex === 'F' ? 40 : 0) !== day ||
    MONTH_CODES.indexOf(code.charAt(8)) + 1 !== month ||
    Number(code.slice(6, 8)) !== year % 100
  ) {
    return 'errors.cfBirthDate';
  }
  if ((facts.sex === 'F' || facts.sex === 'M') && codedSex !== facts.sex) return 'errors.cfSex';

  const bornAbroad = placeCode.startsWith('Z');
  if (facts.birthCountry === 'IT') {
    if (bornAbroad) return 'errors.cfItalianBorn';
    if (facts.birthPlace && normalizePlace(facts.birthPlace) !== normalizePlace(place)) {
      return 'errors.cfPlace';
    }
    return null;
  }
  if (!bornAbroad) return 'errors.cfForeignBorn';
  const expected = belfioreOfCountry(facts.birthCountry);
  if (expected && expected !== placeCode) return 'errors.cfCountry';
  return null;
}

/** Computes a valid codice fiscale (for synthetic data and tests). */
export function computeCodiceFiscale(input: {
  firstName: string;
  lastName: string;
  sex: 'F' | 'M';
  birthDate: string;
  birthCountry: string;
  birthPlace?: string;
  birthProvince?: string;
}): string | null {
  const [year, month, day] = input.birthDate.split('-').map(Number);
  const place =
    input.birthCountry === 'IT' ? input.birthPlace : belfioreOfCountry(input.birthCountry);
  if (!place) return null;
  try {
    return CodiceFiscale.compute({
      name: input.firstName,
      surname: input.lastName,
      gender: input.sex,
      day,
      month,
      year,
      birthplace: place,
      birthplaceProvincia: input.birthCountry === 'IT' ? input.birthProvince : undefined,
    });
  } catch {
    return null;
  }
}
