import type {
  CONSENT_SCOPES,
  ITALIAN_LEVELS,
  LEGAL_BASES,
  PERMIT_TYPES,
} from '../../../electron/features/participants/contract';

type ItalianLevel = (typeof ITALIAN_LEVELS)[number];
type PermitType = (typeof PERMIT_TYPES)[number];
type LegalBasis = (typeof LEGAL_BASES)[number];
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** Who sent the person to the project, in the words operators use on intake forms. */
export const REFERRERS: readonly (readonly [string, number])[] = [
  ['Sportello stranieri del Comune', 14],
  ['Servizi sociali territoriali', 16],
  ["Centro per l'impiego", 10],
  ['CPIA – corso di italiano', 12],
  ['Centro di accoglienza (CAS)', 8],
  ['Progetto SAI', 8],
  ['Passaparola / amica o connazionale', 14],
  ['Associazione di comunità', 8],
  ['Caritas diocesana', 5],
  ['Portineria di comunità', 5],
  ['CSV – Centro Servizi per il Volontariato', 4],
  ['Consultorio familiare', 3],
  ['Sindacato – sportello immigrati', 3],
];

export const PERMITS: readonly (readonly [PermitType, number])[] = [
  ['long_term', 30],
  ['work', 14],
  ['family', 20],
  ['asylum_seeker', 9],
  ['refugee', 7],
  ['subsidiary_protection', 5],
  ['special_protection', 6],
  ['study', 2],
  ['other', 3],
  ['none', 4],
];

/** Permits that carry an expiry date worth recording. */
export const EXPIRING_PERMITS: ReadonlySet<PermitType> = new Set([
  'work',
  'family',
  'asylum_seeker',
  'refugee',
  'subsidiary_protection',
  'special_protection',
  'study',
  'other',
]);

export const LEGAL_BASIS_WEIGHTS: readonly (readonly [LegalBasis, number])[] = [
  ['consent', 75],
  ['public_interest', 12],
  ['contract', 6],
  ['legitimate_interest', 5],
  ['legal_obligation', 2],
];

/** ISCED 2011 levels: most people have lower or upper secondary schooling. */
export const ISCED_WEIGHTS: readonly (readonly [number, number])[] = [
  [0, 6],
  [1, 12],
  [2, 25],
  [3, 32],
  [4, 5],
  [5, 2],
  [6, 12],
  [7, 5],
  [8, 1],
];

/** Italian level by years spent in Italy: [under 2 years, 2–5 years, longer]. */
export const ITALIAN_LEVEL_BY_STAY: readonly (readonly (readonly [ItalianLevel, number])[])[] = [
  [
    ['pre_A1', 30],
    ['A1', 35],
    ['A2', 25],
    ['B1', 10],
  ],
  [
    ['A1', 20],
    ['A2', 40],
    ['B1', 30],
    ['B2', 10],
  ],
  [
    ['A2', 20],
    ['B1', 40],
    ['B2', 28],
    ['C1', 10],
    ['C2', 2],
  ],
];

/** Citizenships whose holders are sometimes recorded as stateless (XX). */
export const STATELESS_PRONE: ReadonlySet<string> = new Set([
  'PS',
  'SY',
  'IQ',
  'XK',
  'BA',
  'RS',
  'MM',
  'KW',
]);

export const EMAIL_DOMAINS = ['example.org', 'example.com', 'example.net'] as const;
