import { describe, expect, it } from 'vitest';
import { normalizedFullName } from '../../db/queries/participants';
import { createRandom, generateParticipants } from '../../db/synthetic';
import { participantInput } from '../../electron/features/participants/contract';
import { computeCodiceFiscale } from '../../electron/features/participants/codiceFiscale';

const SEED = 20260331;
const sample = generateParticipants(2_000, { seed: SEED });
const large = generateParticipants(10_000, { seed: 7 });

describe('synthetic participants', () => {
  it('passes the participant contract for every person', () => {
    const failures = sample
      .map((p, index) => ({ index, result: participantInput.safeParse(p.input) }))
      .filter(({ result }) => !result.success)
      .map(({ index, result }) => ({ index, issues: result.error?.issues.map((i) => i.message) }));
    expect(failures).toEqual([]);
  });

  it('gives the same codice fiscale as computeCodiceFiscale', () => {
    let compared = 0;
    for (const { input } of sample) {
      if (!input.codiceFiscale || (input.sex !== 'F' && input.sex !== 'M')) continue;
      const comune = input.birthCountry === 'IT' ? input.birthPlace : undefined;
      const expected = computeCodiceFiscale({
        firstName: input.firstName,
        lastName: input.lastName,
        sex: input.sex,
        birthDate: input.birthDate,
        birthCountry: input.birthCountry,
        birthPlace: comune,
        // Every synthetic birth comune has a unique name, so no province is needed.
      });
      expect(input.codiceFiscale).toBe(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(1_500);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateParticipants(300, { seed: SEED })).toEqual(sample.slice(0, 300));
    const other = generateParticipants(300, { seed: SEED + 1 });
    expect(other.map((p) => p.input.lastName)).not.toEqual(
      sample.slice(0, 300).map((p) => p.input.lastName),
    );
  });

  it('covers at least 150 birth countries in 10,000 people, some born in Italy', () => {
    const countries = new Set(large.map((p) => p.input.birthCountry));
    expect(countries.size).toBeGreaterThanOrEqual(150);
    const bornInItaly = large.filter((p) => p.input.birthCountry === 'IT').length / large.length;
    expect(bornInItaly).toBeGreaterThan(0.03);
    expect(bornInItaly).toBeLessThan(0.15);
    const top = [...countByKey(large, (p) => p.input.birthCountry)].sort((a, b) => b[1] - a[1]);
    expect(top.slice(0, 3).map(([code]) => code)).toContain('RO');
  });

  it('has diacritics in more than a fifth of names and a majority of women', () => {
    const nonAscii = large.filter((p) => /[^\x20-\x7e]/.test(p.input.firstName + p.input.lastName));
    expect(nonAscii.length / large.length).toBeGreaterThan(0.2);
    const women = large.filter((p) => p.input.sex === 'F').length / large.length;
    expect(women).toBeGreaterThan(0.62);
    expect(women).toBeLessThan(0.72);
    expect(large.some((p) => p.input.lastName.includes("'"))).toBe(true);
  });

  it('repeats common names but never a name with the same birth date', () => {
    const names = countByKey(large, (p) => normalizedFullName(p.input.firstName, p.input.lastName));
    expect(Math.max(...names.values())).toBeGreaterThan(3);
    const pairs = new Set(
      large.map(
        (p) => `${normalizedFullName(p.input.firstName, p.input.lastName)}|${p.input.birthDate}`,
      ),
    );
    expect(pairs.size).toBe(large.length);
  });

  it('keeps arrival after birth and adults between 18 and 66', () => {
    for (const { input } of large) {
      const birthYear = Number(input.birthDate.slice(0, 4));
      if (input.arrivalYear !== undefined)
        expect(input.arrivalYear).toBeGreaterThanOrEqual(birthYear);
      expect(2026 - birthYear).toBeGreaterThanOrEqual(18);
      expect(2026 - birthYear).toBeLessThanOrEqual(67);
    }
  });
});

describe('createRandom', () => {
  it('stays in range and spreads evenly', () => {
    const random = createRandom(1);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const value = random.next();
      expect(value >= 0 && value < 1).toBe(true);
      const bucket = Math.floor(value * 10);
      buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    }
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

function countByKey<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
