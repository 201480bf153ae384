import { z } from 'zod';
import {
  SCREENING_DIMENSIONS,
  type PathwayDetail,
} from '../../../electron/features/pathways/contract';
import { isoDate, optionalText } from '../../../electron/api/fields';

export type Dimension = (typeof SCREENING_DIMENSIONS)[number];
export const LEVELS = ['1', '2', '3', '4'] as const;

const level = z.enum(LEVELS, { error: 'errors.levelRange' }).nullable().optional();

/** The screening form: a level (or none) and a note per dimension, sent as the scores given. */
export const screeningFormSchema = z
  .object({
    pathwayId: z.number(),
    kind: z.enum(['baseline', 'follow_up'], { error: 'errors.invalidChoice' }),
    date: isoDate,
    levels: z.object(
      Object.fromEntries(SCREENING_DIMENSIONS.map((d) => [d, level])) as Record<
        Dimension,
        typeof level
      >,
    ),
    notes: z.object(
      Object.fromEntries(SCREENING_DIMENSIONS.map((d) => [d, optionalText(1000)])) as Record<
        Dimension,
        ReturnType<typeof optionalText>
      >,
    ),
  })
  .superRefine((v, ctx) => {
    if (SCREENING_DIMENSIONS.every((d) => !v.levels[d])) {
      ctx.addIssue({ code: 'custom', path: ['levels'], message: 'pathways.screening.noneScored' });
    }
  })
  .transform((v) => ({
    pathwayId: v.pathwayId,
    kind: v.kind,
    date: v.date,
    scores: SCREENING_DIMENSIONS.flatMap((dimension) => {
      const given = v.levels[dimension];
      const note = v.notes[dimension];
      return given
        ? [{ dimension, level: Number(given), ...(typeof note === 'string' ? { note } : {}) }]
        : [];
    }),
  }));

type Screening = PathwayDetail['screenings'][number];

/** The baseline and the latest follow-up, the two columns the history compares. */
export function comparedScreenings(screenings: readonly Screening[]): {
  baseline: Screening | null;
  latest: Screening | null;
} {
  const sorted = [...screenings].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  const baseline = sorted.find((s) => s.kind === 'baseline') ?? null;
  const followUps = sorted.filter((s) => s.kind === 'follow_up');
  return { baseline, latest: followUps[followUps.length - 1] ?? null };
}

export function scoreOf(screening: Screening | null, dimension: Dimension) {
  return screening?.scores.find((s) => s.dimension === dimension) ?? null;
}
