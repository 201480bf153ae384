import type { OpenedDatabase } from '../open';
import { normalizedFullName } from '../queries/participants';
import {
  createParticipantGenerator,
  type GeneratorOptions,
  type SyntheticParticipant,
} from './generate';

const COLUMNS = [
  'first_name',
  'last_name',
  'normalized_name',
  'sex',
  'birth_date',
  'birth_country',
  'birth_place',
  'citizenships',
  'codice_fiscale',
  'residence_comune',
  'email',
  'phone',
  'languages',
  'italian_level',
  'education_isced',
  'residence_permit_type',
  'residence_permit_expiry',
  'international_protection',
  'arrival_year',
  'referred_by',
  'consent_date',
  'consent_legal_basis',
  'consent_scopes',
  'archived_at',
  'created_at',
  'updated_at',
] as const;

const INSERT_SQL = `INSERT INTO participants (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`;

function toValues({ input: p, archivedAt, createdAt }: SyntheticParticipant): unknown[] {
  return [
    p.firstName,
    p.lastName,
    normalizedFullName(p.firstName, p.lastName),
    p.sex,
    p.birthDate,
    p.birthCountry,
    p.birthPlace ?? null,
    JSON.stringify(p.citizenships),
    p.codiceFiscale ?? null,
    p.residenceComune ?? null,
    p.email ?? null,
    p.phone ?? null,
    JSON.stringify(p.languages),
    p.italianLevel ?? null,
    p.educationIsced ?? null,
    p.residencePermitType ?? null,
    p.residencePermitExpiry ?? null,
    p.internationalProtection ? 1 : 0,
    p.arrivalYear ?? null,
    p.referredBy ?? null,
    p.consentDate,
    p.consentLegalBasis,
    JSON.stringify(p.consentScopes),
    archivedAt,
    createdAt,
    archivedAt ?? createdAt,
  ];
}

export interface InsertOptions extends GeneratorOptions {
  /** People of the seeded sequence to pass over first, to continue an earlier run. */
  skip?: number;
  /** Rows per transaction. */
  batchSize?: number;
  /** Called after each committed batch with the number of rows written so far. */
  onProgress?: (inserted: number) => void;
}

/**
 * Writes `count` synthetic people with one prepared statement, in transactions
 * of `batchSize` rows; the FTS triggers keep the search index in step.
 */
export function insertSyntheticParticipants(
  database: OpenedDatabase,
  count: number,
  options: InsertOptions,
): number {
  const next = createParticipantGenerator(options);
  for (let i = 0; i < (options.skip ?? 0); i++) next();
  const statement = database.sqlite.prepare(INSERT_SQL);
  const batchSize = options.batchSize ?? 5_000;
  const insertBatch = database.sqlite.transaction((rows: SyntheticParticipant[]) => {
    for (const row of rows) statement.run(toValues(row));
  });
  let inserted = 0;
  while (inserted < count) {
    const size = Math.min(batchSize, count - inserted);
    insertBatch(Array.from({ length: size }, next));
    inserted += size;
    options.onProgress?.(inserted);
  }
  return inserted;
}
