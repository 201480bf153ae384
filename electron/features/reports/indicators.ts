import type { AgeBand, RateBand, TargetStatus } from './contract';

/** The 27 member states: a citizen of none of them is a third-country national. */
export const EU_COUNTRIES = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
]);

export function isThirdCountryNational(citizenships: readonly string[]): boolean {
  return citizenships.length > 0 && !citizenships.some((c) => EU_COUNTRIES.has(c));
}

/**
 * Age in years at the end of the period, counted by birth year (as funders' forms do).
 * Birth years survive anonymisation, so the bands do too.
 */
export function ageBand(birthDate: string, periodEnd: string): AgeBand {
  const age = Number(periodEnd.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (age < 18) return 'under_18';
  if (age < 25) return '18_24';
  if (age < 35) return '25_34';
  if (age < 45) return '35_44';
  if (age < 55) return '45_54';
  return '55_plus';
}

export function rateBand(attendedMinutes: number, heldMinutes: number): RateBand {
  if (heldMinutes <= 0) return 'none';
  const rate = attendedMinutes / heldMinutes;
  if (rate < 0.25) return 'below_25';
  if (rate < 0.5) return '25_50';
  if (rate < 0.75) return '50_75';
  return '75_plus';
}

/**
 * Met when the actual reaches the target. Otherwise on track when it keeps pace with
 * the time elapsed in the project (within a 10 % margin), at risk when it does not.
 * Percentages (women's share) are not cumulative: within 5 points is on track.
 */
export function targetStatus(
  actual: number,
  target: number,
  unit: string,
  elapsed: number,
): TargetStatus {
  if (actual >= target) return 'met';
  if (unit === 'percent') return target - actual <= 5 ? 'on_track' : 'at_risk';
  const expected = target * Math.min(1, Math.max(0, elapsed));
  return actual >= expected * 0.9 ? 'on_track' : 'at_risk';
}

/** Fraction of the project's days that have passed by `today`. */
export function elapsedFraction(start: string, end: string, today: string): number {
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  const total = day(end) - day(start);
  if (total <= 0) return 1;
  return (day(today) - day(start)) / total;
}

/** The ten commonest keys, then everything else as "other". */
export function topWithOther(
  counts: Map<string, number>,
  top = 10,
): { key: string; count: number }[] {
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const head = sorted.slice(0, top).map(([key, count]) => ({ key, count }));
  const rest = sorted.slice(top).reduce((sum, [, count]) => sum + count, 0);
  return rest > 0 ? [...head, { key: 'other', count: rest }] : head;
}
