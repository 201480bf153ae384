import { computeCodiceFiscale } from '../../electron/features/participants/codiceFiscale';

/**
 * Codici fiscali for synthetic people, fast enough for 100,000 of them.
 * computeCodiceFiscale looks the birth place up on every call (about 0.1–0.3 ms),
 * so it is called once per first name, family name and birth place, and only the
 * date part and the check letter are assembled here. The unit test checks that
 * the result equals computeCodiceFiscale for every person of a large sample.
 */

const MONTH_LETTERS = 'ABCDEHLMPRST';
const ODD_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];
const REFERENCE_DATE = '1980-01-01';

function charIndex(char: string): number {
  const code = char.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65;
}

export function checkLetter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const index = charIndex(first15.charAt(i));
    sum += i % 2 === 0 ? (ODD_VALUES[index] ?? 0) : index;
  }
  return String.fromCharCode(65 + (sum % 26));
}

export interface CodiceFiscalePerson {
  firstName: string;
  lastName: string;
  sex: 'F' | 'M';
  birthDate: string;
  birthCountry: string;
  birthPlace?: string;
  birthProvince?: string;
}

function cached(
  cache: Map<string, string | null>,
  key: string,
  compute: (key: string) => string | undefined,
): string | null {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute(key) ?? null;
    cache.set(key, value);
  }
  return value;
}

/** The codice fiscale of a person born in Rome on a fixed day: only its name letters are used. */
function sampleCode(names: { firstName: string; lastName: string }): string | null {
  return computeCodiceFiscale({
    ...names,
    sex: 'F',
    birthDate: REFERENCE_DATE,
    birthCountry: 'IT',
    birthPlace: 'Roma',
    birthProvince: 'RM',
  });
}

export function createCodiceFiscaleCache(): (person: CodiceFiscalePerson) => string | null {
  const surnameParts = new Map<string, string | null>();
  const nameParts = new Map<string, string | null>();
  const placeParts = new Map<string, string | null>();

  return (person) => {
    const placeKey = `${person.birthCountry}|${person.birthPlace ?? ''}|${person.birthProvince ?? ''}`;
    let place = placeParts.get(placeKey);
    if (place === undefined) {
      const sample = computeCodiceFiscale({
        firstName: 'Anna',
        lastName: 'Rossi',
        sex: 'F',
        birthDate: REFERENCE_DATE,
        birthCountry: person.birthCountry,
        birthPlace: person.birthPlace,
        birthProvince: person.birthProvince,
      });
      place = sample ? sample.slice(11, 15) : null;
      placeParts.set(placeKey, place);
    }
    if (place === null) return null;

    const surname = cached(surnameParts, person.lastName, (lastName) =>
      sampleCode({ firstName: 'Anna', lastName })?.slice(0, 3),
    );
    const name = cached(nameParts, person.firstName, (firstName) =>
      sampleCode({ firstName, lastName: 'Rossi' })?.slice(3, 6),
    );
    if (surname === null || name === null) return null;
    const names = surname + name;

    const [year, month, day] = person.birthDate.split('-').map(Number) as [number, number, number];
    const dayCode = String(person.sex === 'F' ? day + 40 : day).padStart(2, '0');
    const yearCode = String(year % 100).padStart(2, '0');
    const first15 = `${names}${yearCode}${MONTH_LETTERS.charAt(month - 1)}${dayCode}${place}`;
    return first15 + checkLetter(first15);
  };
}
