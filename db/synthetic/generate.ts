import { normalizedFullName } from '../queries/participants';
import type { ParticipantInput } from '../../electron/features/participants/contract';
import { createCodiceFiscaleCache } from './codiceFiscale';
import { BIRTH_COUNTRIES, EU_COUNTRIES, type BirthCountry } from './data/countries';
import { COMUNI, type Comune } from './data/comuni';
import { NAME_GROUPS, type NameGroup } from './data/names';
import {
  EMAIL_DOMAINS,
  EXPIRING_PERMITS,
  ISCED_WEIGHTS,
  ITALIAN_LEVEL_BY_STAY,
  LEGAL_BASIS_WEIGHTS,
  PERMITS,
  REFERRERS,
  STATELESS_PRONE,
  type ConsentScope,
} from './data/vocabulary';
import { createRandom, weightedTable, type Random } from './prng';

/** Ages and dates are relative to this day, so the output never depends on the clock. */
export const DEFAULT_REFERENCE_DATE = '2026-03-31';

export interface SyntheticParticipant {
  input: ParticipantInput;
  /** ISO instant, or null for people still followed. */
  archivedAt: string | null;
  createdAt: string;
}

export interface GeneratorOptions {
  seed: number;
  referenceDate?: string;
}

const DAY_MS = 86_400_000;
const countryTable = weightedTable(BIRTH_COUNTRIES.map((c) => [c, c.weight] as const));
const comuneTable = weightedTable(COMUNI.map((c) => [c, c.weight] as const));
const referrerTable = weightedTable(REFERRERS);
const permitTable = weightedTable(PERMITS);
const legalBasisTable = weightedTable(LEGAL_BASIS_WEIGHTS);
const iscedTable = weightedTable(ISCED_WEIGHTS);
const levelTables = ITALIAN_LEVEL_BY_STAY.map((rows) => weightedTable(rows));
const sexTable = weightedTable([
  ['F', 67],
  ['M', 32.2],
  ['other', 0.3],
  ['not_stated', 0.5],
] as const);

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Earlier entries are more common, so popular names repeat as they do in real registers. */
function skewedPick<T>(random: Random, items: readonly T[]): T {
  const index = Math.floor(items.length * random.next() ** 1.8);
  return items[Math.min(index, items.length - 1)] as T;
}

function familyName(random: Random, group: NameGroup, female: boolean): string {
  const [masculine, feminine] = skewedPick(random, group.family).split('|') as [string, string?];
  return female && feminine ? feminine : masculine;
}

function asciiHandle(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

/** A seeded stream of synthetic people; the n-th person depends only on the seed. */
export function createParticipantGenerator(options: GeneratorOptions): () => SyntheticParticipant {
  const random = createRandom(options.seed);
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  const codiceFiscaleOf = createCodiceFiscaleCache();
  const seen = new Set<string>();

  function origin(): { birth: BirthCountry | null; heritage: BirthCountry | null; comune: Comune } {
    const comune = random.weighted(comuneTable);
    if (random.chance(0.07)) {
      // Born in Italy: Italians, and children of earlier migrants (second generation).
      return {
        birth: null,
        heritage: random.chance(0.45) ? null : random.weighted(countryTable),
        comune,
      };
    }
    return { birth: random.weighted(countryTable), heritage: null, comune };
  }

  return () => {
    const sex = random.weighted(sexTable);
    const female = sex === 'F' || (sex !== 'M' && random.chance(0.5));
    const { birth, heritage, comune } = origin();
    const roots = birth ?? heritage;
    const group: NameGroup = NAME_GROUPS[roots?.group ?? 'italian'];

    const firstName = skewedPick(random, female ? group.female : group.male);
    let lastName = familyName(random, group, female);
    const twoSurnames =
      roots?.group === 'hispanic' ? 0.55 : roots?.group === 'lusophone' ? 0.35 : 0;
    if (random.chance(twoSurnames)) {
      const second = familyName(random, group, female);
      if (second !== lastName) lastName = `${lastName} ${second}`;
    }

    // Ages 18–65, most between 25 and 50.
    const ageDays = Math.floor((18 + ((random.next() + random.next()) / 2) * 47.9) * 365.25);
    let birthDate = addDays(referenceDate, -ageDays);
    const nameKey = normalizedFullName(firstName, lastName);
    while (seen.has(`${nameKey}|${birthDate}`)) birthDate = addDays(birthDate, -1);
    seen.add(`${nameKey}|${birthDate}`);
    const birthYear = Number(birthDate.slice(0, 4));

    const birthCountry = birth?.code ?? 'IT';
    let birthPlace: string | undefined;
    let birthProvince: string | undefined;
    if (!birth) {
      const place = random.weighted(comuneTable);
      birthPlace = place.name;
      birthProvince = place.province;
    } else if (birth.cities && random.chance(0.6)) {
      birthPlace = random.pick(birth.cities);
    }

    let citizenships: string[];
    if (!birth) {
      citizenships = heritage
        ? random.pick([['IT'], [heritage.code], ['IT', heritage.code]])
        : ['IT'];
    } else if (STATELESS_PRONE.has(birth.code) && random.chance(0.1)) {
      citizenships = ['XX'];
    } else {
      citizenships = random.chance(0.06) ? [birth.code, 'IT'] : [birth.code];
    }

    const consentDate = addDays(referenceDate, -random.int(0, 1095));
    const consentYear = Number(consentDate.slice(0, 4));
    let arrivalYear: number | undefined;
    if (birth && random.chance(0.95)) {
      arrivalYear =
        consentYear - Math.floor(random.next() ** 1.6 * Math.min(consentYear - birthYear, 35));
    }
    const yearsHere = arrivalYear === undefined ? 10 : consentYear - arrivalYear;

    let italianLevel: ParticipantInput['italianLevel'];
    if (!birth) italianLevel = random.chance(0.6) ? random.pick(['C1', 'C2'] as const) : undefined;
    else if (random.chance(0.9)) {
      const table = levelTables[yearsHere < 2 ? 0 : yearsHere <= 5 ? 1 : 2];
      italianLevel = table ? random.weighted(table) : undefined;
    }

    let residencePermitType: ParticipantInput['residencePermitType'];
    let residencePermitExpiry: string | undefined;
    if (!citizenships.includes('IT')) {
      residencePermitType = citizenships.some((c) => EU_COUNTRIES.has(c))
        ? 'eu_citizen'
        : random.weighted(permitTable);
      if (EXPIRING_PERMITS.has(residencePermitType)) {
        residencePermitExpiry = addDays(referenceDate, random.int(-180, 730));
      }
    }

    const languages: string[] = [];
    if (!birth || (italianLevel && italianLevel !== 'pre_A1' && italianLevel !== 'A1')) {
      languages.push('italiano');
    }
    const groupLanguages = group.languages.filter((l) => l !== 'italiano');
    if (groupLanguages.length > 0 && (birth || random.chance(0.5))) {
      languages.push(skewedPick(random, groupLanguages));
      const other = random.pick(groupLanguages);
      if (random.chance(0.4) && !languages.includes(other)) languages.push(other);
    }

    const consentScopes: ConsentScope[] = ['service'];
    if (random.chance(0.85)) consentScopes.push('funder_reporting');
    if (random.chance(0.7)) consentScopes.push('contact');
    if (random.chance(0.25)) consentScopes.push('photos');

    const handle = `${asciiHandle(firstName) || 'persona'}.${asciiHandle(lastName) || 'x'}`;
    const email = random.chance(0.45)
      ? `${handle}${random.int(1, 99)}@${random.pick(EMAIL_DOMAINS)}`
      : undefined;
    const phone = random.chance(0.85)
      ? `+39 3${random.int(20, 93)} ${String(random.int(0, 9_999_999)).padStart(7, '0')}`
      : undefined;

    const withCf = (sex === 'F' || sex === 'M') && (!birth || random.chance(0.92));
    const codiceFiscale = withCf
      ? (codiceFiscaleOf({
          firstName,
          lastName,
          sex,
          birthDate,
          birthCountry,
          birthPlace,
          birthProvince,
        }) ?? undefined)
      : undefined;

    const educationIsced = random.chance(0.92) ? random.weighted(iscedTable) : undefined;
    const archivedDays = Math.floor((Date.parse(referenceDate) - Date.parse(consentDate)) / DAY_MS);
    const archivedAt =
      random.chance(0.07) && archivedDays > 0
        ? `${addDays(consentDate, random.int(1, archivedDays))}T16:00:00.000Z`
        : null;
    const createdAt = `${consentDate}T${String(random.int(8, 17)).padStart(2, '0')}:${String(
      random.int(0, 59),
    ).padStart(2, '0')}:00.000Z`;

    const input: ParticipantInput = {
      firstName,
      lastName,
      sex,
      birthDate,
      birthCountry,
      birthPlace,
      citizenships,
      codiceFiscale,
      residenceComune: random.chance(0.97) ? comune.name : undefined,
      email,
      phone,
      languages,
      italianLevel,
      educationIsced,
      residencePermitType,
      residencePermitExpiry,
      internationalProtection:
        residencePermitType === 'refugee' || residencePermitType === 'subsidiary_protection',
      arrivalYear,
      referredBy: random.chance(0.7) ? random.weighted(referrerTable) : undefined,
      consentDate,
      consentLegalBasis: random.weighted(legalBasisTable),
      consentScopes,
    };
    return { input, archivedAt, createdAt };
  };
}

export function generateParticipants(
  count: number,
  options: GeneratorOptions,
): SyntheticParticipant[] {
  const next = createParticipantGenerator(options);
  return Array.from({ length: count }, next);
}
