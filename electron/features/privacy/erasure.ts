import type { SqliteDatabase } from '../../../db/driver';
import { normalizedFullName } from '../../../db/queries/participants';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import { todayIso } from '../../api/fields';
import { missingRecord } from '../courses/scope';
import { canonicalJson, type CertificateSnapshot } from '../certificates/snapshot';
import type {
  AnonymisedPerson,
  ErasureBlocker,
  ErasurePreview,
  KeptKind,
  PersonField,
  RemovedKind,
} from './contract';
import {
  ANONYMISED_LABEL,
  REDACTED,
  birthYearOnly,
  newPseudonym,
  redactMilestone,
  redactSnapshot,
} from './redact';

interface PersonRow {
  id: number;
  firstName: string;
  lastName: string;
  birthDate: string;
  birthPlace: string | null;
  codiceFiscale: string | null;
  email: string | null;
  phone: string | null;
  residencePermitType: string | null;
  residencePermitExpiry: string | null;
  referredBy: string | null;
  arrivalYear: number | null;
  anonymisedAt: string | null;
}

const statements = new WeakMap<
  SqliteDatabase,
  Map<string, ReturnType<SqliteDatabase['prepare']>>
>();

/** Prepared once per connection, as the reports do. */
function prepare(sqlite: SqliteDatabase, source: string) {
  let cache = statements.get(sqlite);
  if (!cache) {
    cache = new Map();
    statements.set(sqlite, cache);
  }
  let statement = cache.get(source);
  if (!statement) {
    statement = sqlite.prepare(source);
    cache.set(source, statement);
  }
  return statement;
}

const count = (sqlite: SqliteDatabase, source: string, id: number): number =>
  (prepare(sqlite, source).get({ id }) as { n: number }).n;

const PATHWAYS_OF = 'SELECT id FROM pathways WHERE participant_id = :id';

export function loadPerson(ctx: HandlerContext, participantId: number): PersonRow {
  const row = prepare(
    ctx.database.sqlite,
    `SELECT id, first_name AS firstName, last_name AS lastName, birth_date AS birthDate,
       birth_place AS birthPlace, codice_fiscale AS codiceFiscale, email, phone,
       residence_permit_type AS residencePermitType, residence_permit_expiry AS residencePermitExpiry,
       referred_by AS referredBy, arrival_year AS arrivalYear, anonymised_at AS anonymisedAt
     FROM participants WHERE id = :id`,
  ).get({ id: participantId }) as PersonRow | undefined;
  if (!row) missingRecord(ctx);
  return row;
}

/**
 * What must happen before erasure: the person is still in a course that has not ended
 * (enrolled or attending), or has a pathway still open (intake or active).
 */
export function blockersOf(ctx: HandlerContext, participantId: number): ErasureBlocker[] {
  const { sqlite } = ctx.database;
  const today = todayIso(ctx.now());
  const courses = prepare(
    sqlite,
    `SELECT c.id AS courseId, c.title AS courseTitle, c.end_date AS endDate
     FROM enrolments e JOIN courses c ON c.id = e.course_id
     WHERE e.participant_id = :id AND e.status IN ('enrolled', 'active') AND c.end_date >= :today
     ORDER BY c.end_date, c.id`,
  ).all({ id: participantId, today }) as Omit<
    Extract<ErasureBlocker, { kind: 'running_course' }>,
    'kind'
  >[];
  const pathways = prepare(
    sqlite,
    `SELECT id AS pathwayId, track, status FROM pathways
     WHERE participant_id = :id AND status IN ('intake', 'active') ORDER BY opened_on, id`,
  ).all({ id: participantId }) as Omit<Extract<ErasureBlocker, { kind: 'open_pathway' }>, 'kind'>[];
  return [
    ...courses.map((c) => ({ kind: 'running_course' as const, ...c })),
    ...pathways.map((p) => ({ kind: 'open_pathway' as const, ...p })),
  ];
}

function personFields(person: PersonRow): PersonField[] {
  if (person.anonymisedAt !== null) return [];
  const present: Record<PersonField, boolean> = {
    name: true,
    codiceFiscale: person.codiceFiscale !== null,
    birthDay: person.birthDate !== birthYearOnly(person.birthDate),
    birthPlace: person.birthPlace !== null,
    email: person.email !== null,
    phone: person.phone !== null,
    residencePermit: person.residencePermitType !== null || person.residencePermitExpiry !== null,
    referredBy: person.referredBy !== null,
    arrivalYear: person.arrivalYear !== null,
  };
  return (Object.keys(present) as PersonField[]).filter((field) => present[field]);
}

interface MilestoneRow {
  id: number;
  details: string;
}

function milestonesOf(sqlite: SqliteDatabase, participantId: number): MilestoneRow[] {
  return prepare(
    sqlite,
    `SELECT m.id, m.details FROM milestones m WHERE m.pathway_id IN (${PATHWAYS_OF})`,
  ).all({ id: participantId }) as MilestoneRow[];
}

/** Milestones whose details would change, with their redacted JSON. */
function milestoneChanges(sqlite: SqliteDatabase, participantId: number) {
  return milestonesOf(sqlite, participantId).flatMap((m) => {
    const redacted = JSON.stringify(
      redactMilestone(JSON.parse(m.details) as Record<string, unknown>),
    );
    return redacted === JSON.stringify(JSON.parse(m.details)) ? [] : [{ id: m.id, redacted }];
  });
}

const REMOVED_SQL: Record<Exclude<RemovedKind, 'milestoneDetails'>, string> = {
  meetingNotes: `SELECT count(*) AS n FROM meetings WHERE pathway_id IN (${PATHWAYS_OF})
    AND (notes IS NOT NULL OR next_steps IS NOT NULL)`,
  screeningNotes: `SELECT count(*) AS n FROM screening_scores WHERE note IS NOT NULL
    AND screening_id IN (SELECT id FROM screenings WHERE pathway_id IN (${PATHWAYS_OF}))`,
  planTexts: `SELECT
    (SELECT count(*) FROM plan_goals WHERE pathway_id IN (${PATHWAYS_OF}) AND title <> '${REDACTED}')
    + (SELECT count(*) FROM plan_actions WHERE description <> '${REDACTED}'
       AND goal_id IN (SELECT id FROM plan_goals WHERE pathway_id IN (${PATHWAYS_OF}))) AS n`,
  referralTexts: `SELECT count(*) AS n FROM referrals WHERE pathway_id IN (${PATHWAYS_OF})
    AND (reason IS NOT NULL OR outcome IS NOT NULL)`,
  pathwayOutcomes: `SELECT count(*) AS n FROM pathways WHERE participant_id = :id AND outcome IS NOT NULL`,
  enrolmentReasons: `SELECT count(*) AS n FROM enrolments WHERE participant_id = :id AND reason IS NOT NULL`,
  volunteeringRoles: `SELECT count(*) AS n FROM volunteering WHERE participant_id = :id AND role IS NOT NULL`,
  recordEvidence: `SELECT count(*) AS n FROM competence_records WHERE participant_id = :id
    AND (evidence IS NOT NULL OR revoked_reason IS NOT NULL)`,
  certificateSnapshots: `SELECT count(*) AS n FROM certificates WHERE participant_id = :id AND redacted_at IS NULL`,
};

const KEPT_SQL: Record<KeptKind, string> = {
  enrolments: 'SELECT count(*) AS n FROM enrolments WHERE participant_id = :id',
  attendance: 'SELECT count(*) AS n FROM attendance WHERE participant_id = :id',
  pathways: 'SELECT count(*) AS n FROM pathways WHERE participant_id = :id',
  milestones: `SELECT count(*) AS n FROM milestones WHERE pathway_id IN (${PATHWAYS_OF})`,
  volunteering: 'SELECT count(*) AS n FROM volunteering WHERE participant_id = :id',
  competenceRecords: 'SELECT count(*) AS n FROM competence_records WHERE participant_id = :id',
  certificates: 'SELECT count(*) AS n FROM certificates WHERE participant_id = :id',
};

export function erasurePreview(ctx: HandlerContext, participantId: number): ErasurePreview {
  const { sqlite } = ctx.database;
  const person = loadPerson(ctx, participantId);
  const removed = Object.fromEntries(
    Object.entries(REMOVED_SQL).map(([kind, source]) => [kind, count(sqlite, source, person.id)]),
  ) as Record<RemovedKind, number>;
  removed.milestoneDetails = milestoneChanges(sqlite, person.id).length;
  const kept = Object.fromEntries(
    Object.entries(KEPT_SQL).map(([kind, source]) => [kind, count(sqlite, source, person.id)]),
  ) as Record<KeptKind, number>;
  return {
    id: person.id,
    anonymisedAt: person.anonymisedAt,
    pseudonym: person.anonymisedAt === null ? null : person.firstName,
    personFields: personFields(person),
    removed,
    kept,
    blockers: person.anonymisedAt === null ? blockersOf(ctx, person.id) : [],
  };
}

/** The checks of one erasure, as an error the user can act on; nothing is written. */
export function assertErasable(ctx: HandlerContext, person: PersonRow): void {
  if (person.anonymisedAt !== null) {
    throw new AppError('conflict', 'errors.alreadyAnonymised');
  }
  const blockers = blockersOf(ctx, person.id);
  const course = blockers.find((b) => b.kind === 'running_course');
  if (course) {
    throw new AppError('conflict', 'errors.erasureRunningCourse', undefined, {
      course: course.courseTitle,
    });
  }
  if (blockers.length > 0) throw new AppError('conflict', 'errors.erasureOpenPathway');
}

function uniquePseudonym(sqlite: SqliteDatabase): string {
  const taken = prepare(sqlite, 'SELECT 1 AS x FROM participants WHERE first_name = :code LIMIT 1');
  for (;;) {
    const code = newPseudonym();
    if (taken.get({ code }) === undefined) return code;
  }
}

const ERASE_ACTIVITIES = [
  `UPDATE screening_scores SET note = NULL WHERE note IS NOT NULL
     AND screening_id IN (SELECT id FROM screenings WHERE pathway_id IN (${PATHWAYS_OF}))`,
  `UPDATE plan_actions SET description = '${REDACTED}'
     WHERE goal_id IN (SELECT id FROM plan_goals WHERE pathway_id IN (${PATHWAYS_OF}))`,
  `UPDATE plan_goals SET title = '${REDACTED}' WHERE pathway_id IN (${PATHWAYS_OF})`,
  `UPDATE meetings SET notes = NULL, next_steps = NULL WHERE pathway_id IN (${PATHWAYS_OF})`,
  `UPDATE referrals SET reason = NULL, outcome = NULL WHERE pathway_id IN (${PATHWAYS_OF})`,
  `UPDATE pathways SET outcome = NULL, updated_at = :now WHERE participant_id = :id`,
  'UPDATE enrolments SET reason = NULL WHERE participant_id = :id',
  'UPDATE volunteering SET role = NULL WHERE participant_id = :id',
  `UPDATE competence_records SET evidence = NULL, revoked_reason = NULL, updated_at = :now
     WHERE participant_id = :id`,
];

/**
 * Removes what identifies one person and keeps what the indicators count (DESIGN §4:
 * sex, birth year, citizenships, protection, comune, and every activity with its dates,
 * hours and types). Runs inside the caller's transaction; the FTS triggers drop the old
 * name and tax code from the search index.
 */
export function anonymisePerson(ctx: HandlerContext, participantId: number): AnonymisedPerson {
  const { sqlite } = ctx.database;
  const person = loadPerson(ctx, participantId);
  assertErasable(ctx, person);
  const now = ctx.now().toISOString();
  const pseudonym = uniquePseudonym(sqlite);
  prepare(
    sqlite,
    `UPDATE participants SET first_name = :first, last_name = :last, normalized_name = :normalized,
       birth_date = :birthDate, birth_place = NULL, codice_fiscale = NULL, email = NULL,
       phone = NULL, residence_permit_type = NULL, residence_permit_expiry = NULL,
       referred_by = NULL, arrival_year = NULL, anonymised_at = :now, updated_at = :now
     WHERE id = :id`,
  ).run({
    id: person.id,
    first: pseudonym,
    last: ANONYMISED_LABEL,
    normalized: normalizedFullName(pseudonym, ANONYMISED_LABEL),
    birthDate: birthYearOnly(person.birthDate),
    now,
  });
  for (const source of ERASE_ACTIVITIES) {
    const usesNow = source.includes(':now');
    prepare(sqlite, source).run(usesNow ? { id: person.id, now } : { id: person.id });
  }
  const setDetails = prepare(sqlite, 'UPDATE milestones SET details = :details WHERE id = :id');
  for (const change of milestoneChanges(sqlite, person.id)) {
    setDetails.run({ id: change.id, details: change.redacted });
  }
  const certificates = prepare(
    sqlite,
    'SELECT id, snapshot FROM certificates WHERE participant_id = :id AND redacted_at IS NULL',
  ).all({ id: person.id }) as { id: number; snapshot: string }[];
  const setSnapshot = prepare(
    sqlite,
    'UPDATE certificates SET snapshot = :snapshot, redacted_at = :now WHERE id = :id',
  );
  for (const certificate of certificates) {
    const snapshot = JSON.parse(certificate.snapshot) as CertificateSnapshot;
    setSnapshot.run({
      id: certificate.id,
      snapshot: canonicalJson(redactSnapshot(snapshot, pseudonym)),
      now,
    });
  }
  return { id: person.id, pseudonym, anonymisedAt: now };
}

/**
 * Deleted index entries stay in the FTS segments until they are merged: merging them all
 * once after an erasure leaves the old name in no page of the search index.
 */
export function compactSearchIndex(sqlite: SqliteDatabase): void {
  sqlite.exec("INSERT INTO participants_fts(participants_fts) VALUES ('optimize')");
}
