import type { SqliteDatabase } from '../../../db/driver';
import { SESSION_MINUTES_SQL } from '../../../db/queries/attendance';
import type { Breakdown, Outcome, RateBand } from './contract';
import { ageBand, isThirdCountryNational, rateBand } from './indicators';

export interface Scope {
  projectIds: number[];
  from: string;
  to: string;
  territory: string | null;
}

export interface PersonFacts {
  id: number;
  firstName: string;
  lastName: string;
  sex: string;
  birthDate: string;
  citizenships: string[];
  internationalProtection: boolean;
  residenceComune: string | null;
  anonymised: boolean;
  /** Tracks of the person's courses and pathways in scope. */
  tracks: Set<string>;
}

export interface EnrolmentFacts {
  participantId: number;
  courseId: number;
  courseTitle: string;
  track: string;
  attendedMinutes: number;
  heldMinutes: number;
  rate: RateBand;
}

export interface OutcomeFact {
  participantId: number;
  outcome: Outcome;
  date: string;
  detail: string;
}

export interface ReportData {
  people: Map<number, PersonFacts>;
  /** Comuni of residence of everyone in the projects and period, whatever the territory chosen. */
  territories: string[];
  enrolments: EnrolmentFacts[];
  outcomes: OutcomeFact[];
  deliveredMinutes: number;
  deliveredMinutesByTrack: Map<string, number>;
  sessionsHeld: number;
  volunteering: { participantId: number; hours: number }[];
}

/** The project ids as a JSON array bound as one parameter (json_each), so statements stay cached. */
const ids = (scope: Scope) => JSON.stringify(scope.projectIds);

const cache = new WeakMap<SqliteDatabase, Map<string, ReturnType<SqliteDatabase['prepare']>>>();

function prepare(sqlite: SqliteDatabase, source: string) {
  let statements = cache.get(sqlite);
  if (!statements) {
    statements = new Map();
    cache.set(sqlite, statements);
  }
  let statement = statements.get(source);
  if (!statement) {
    statement = sqlite.prepare(source);
    statements.set(source, statement);
  }
  return statement;
}

const COURSES_IN_SCOPE = `
  SELECT c.id, c.track, c.title FROM courses c
  WHERE c.project_id IN (SELECT value FROM json_each(:projects))
    AND c.start_date <= :to AND c.end_date >= :from`;

const PEOPLE_SQL = `
  WITH scoped_courses AS (${COURSES_IN_SCOPE}),
  links AS (
    SELECT e.participant_id AS pid, sc.track AS track FROM enrolments e JOIN scoped_courses sc ON sc.id = e.course_id
    UNION
    SELECT pw.participant_id, pw.track FROM pathways pw
    WHERE pw.project_id IN (SELECT value FROM json_each(:projects))
      AND pw.opened_on <= :to AND (pw.closed_on IS NULL OR pw.closed_on >= :from)
  )
  SELECT p.id, p.first_name AS firstName, p.last_name AS lastName, p.sex, p.birth_date AS birthDate,
    p.citizenships, p.international_protection AS protection, p.residence_comune AS comune,
    p.anonymised_at IS NOT NULL AS anonymised, group_concat(DISTINCT l.track) AS tracks
  FROM links l JOIN participants p ON p.id = l.pid
  GROUP BY p.id`;

const ENROLMENTS_SQL = `
  WITH scoped_courses AS (${COURSES_IN_SCOPE}),
  held AS (
    SELECT s.id, s.course_id, ${SESSION_MINUTES_SQL} AS minutes FROM sessions s
    JOIN scoped_courses sc ON sc.id = s.course_id
    WHERE s.status = 'held' AND s.date BETWEEN :from AND :to
  ),
  held_by_course AS (SELECT course_id, SUM(minutes) AS minutes, COUNT(*) AS n FROM held GROUP BY course_id),
  attended AS (
    SELECT a.participant_id AS pid, h.course_id, SUM(a.minutes) AS minutes
    FROM held h JOIN attendance a ON a.session_id = h.id
    WHERE a.status IN ('present', 'late')
    GROUP BY a.participant_id, h.course_id
  )
  SELECT e.participant_id AS participantId, sc.id AS courseId, sc.title AS courseTitle, sc.track,
    COALESCE(at.minutes, 0) AS attendedMinutes, COALESCE(hc.minutes, 0) AS heldMinutes,
    COALESCE(hc.n, 0) AS sessions
  FROM enrolments e JOIN scoped_courses sc ON sc.id = e.course_id
  LEFT JOIN held_by_course hc ON hc.course_id = sc.id
  LEFT JOIN attended at ON at.pid = e.participant_id AND at.course_id = sc.id`;

const DELIVERED_SQL = `
  WITH scoped_courses AS (${COURSES_IN_SCOPE})
  SELECT sc.track, SUM(${SESSION_MINUTES_SQL}) AS minutes, COUNT(*) AS n
  FROM sessions s JOIN scoped_courses sc ON sc.id = s.course_id
  WHERE s.status = 'held' AND s.date BETWEEN :from AND :to
  GROUP BY sc.track`;

const MILESTONES_SQL = `
  SELECT pw.participant_id AS participantId, m.type, m.date,
    json_extract(m.details, '$.runtsNumber') IS NOT NULL AS registered,
    COALESCE(json_extract(m.details, '$.hostOrganisation'), json_extract(m.details, '$.employer'),
             json_extract(m.details, '$.name'), '') AS detail
  FROM milestones m JOIN pathways pw ON pw.id = m.pathway_id
  WHERE pw.project_id IN (SELECT value FROM json_each(:projects)) AND m.date BETWEEN :from AND :to`;

const CERTIFICATES_SQL = `
  SELECT c.participant_id AS participantId, c.issued_on AS date, c.number AS detail
  FROM certificates c
  WHERE c.project_id IN (SELECT value FROM json_each(:projects))
    AND c.status = 'issued' AND c.issued_on BETWEEN :from AND :to AND c.participant_id IS NOT NULL`;

const VOLUNTEERING_SQL = `
  SELECT v.participant_id AS participantId, v.hours FROM volunteering v
  WHERE v.participant_id IN (SELECT value FROM json_each(:people))
    AND v.start_date <= :to AND (v.end_date IS NULL OR v.end_date >= :from)`;

const MILESTONE_OUTCOME: Record<string, Outcome> = {
  internship: 'internships',
  job: 'jobs',
  business: 'businesses',
  association: 'associationsFounded',
};

/**
 * Everything a dashboard counts, read in six statements over indexed ranges: the
 * people in scope (each once), their enrolments with hours, hours delivered,
 * milestones, certificates and volunteering. Computed live: nothing to drift.
 */
export function readReportData(sqlite: SqliteDatabase, scope: Scope): ReportData {
  const params = { projects: ids(scope), from: scope.from, to: scope.to };
  const people = new Map<number, PersonFacts>();
  const territories = new Set<string>();
  for (const row of prepare(sqlite, PEOPLE_SQL).all(params) as {
    id: number;
    firstName: string;
    lastName: string;
    sex: string;
    birthDate: string;
    citizenships: string;
    protection: number;
    comune: string | null;
    anonymised: number;
    tracks: string;
  }[]) {
    if (row.comune) territories.add(row.comune);
    if (scope.territory !== null && row.comune !== scope.territory) continue;
    people.set(row.id, {
      id: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      sex: row.sex,
      birthDate: row.birthDate,
      citizenships: JSON.parse(row.citizenships) as string[],
      internationalProtection: row.protection === 1,
      residenceComune: row.comune,
      anonymised: row.anonymised === 1,
      tracks: new Set(row.tracks.split(',')),
    });
  }
  const enrolments = (prepare(sqlite, ENROLMENTS_SQL).all(params) as Omit<EnrolmentFacts, 'rate'>[])
    .filter((e) => people.has(e.participantId))
    .map((e) => ({ ...e, rate: rateBand(e.attendedMinutes, e.heldMinutes) }));
  const deliveredMinutesByTrack = new Map<string, number>();
  let sessionsHeld = 0;
  for (const row of prepare(sqlite, DELIVERED_SQL).all(params) as {
    track: string;
    minutes: number;
    n: number;
  }[]) {
    deliveredMinutesByTrack.set(row.track, row.minutes);
    sessionsHeld += row.n;
  }
  const outcomes: OutcomeFact[] = [];
  for (const row of prepare(sqlite, MILESTONES_SQL).all(params) as {
    participantId: number;
    type: string;
    date: string;
    registered: number;
    detail: string;
  }[]) {
    if (!people.has(row.participantId)) continue;
    const outcome = MILESTONE_OUTCOME[row.type];
    if (!outcome) continue;
    outcomes.push({
      participantId: row.participantId,
      outcome,
      date: row.date,
      detail: row.detail,
    });
    if (row.type === 'association' && row.registered === 1) {
      outcomes.push({
        participantId: row.participantId,
        outcome: 'associationsRegistered',
        date: row.date,
        detail: row.detail,
      });
    }
  }
  for (const row of prepare(sqlite, CERTIFICATES_SQL).all(params) as {
    participantId: number;
    date: string;
    detail: string;
  }[]) {
    if (people.has(row.participantId)) outcomes.push({ ...row, outcome: 'certificates' });
  }
  const volunteering = prepare(sqlite, VOLUNTEERING_SQL).all({
    people: JSON.stringify([...people.keys()]),
    from: scope.from,
    to: scope.to,
  }) as { participantId: number; hours: number }[];
  return {
    people,
    territories: [...territories].sort((a, b) => a.localeCompare(b, 'it')),
    enrolments,
    outcomes,
    deliveredMinutes: [...deliveredMinutesByTrack.values()].reduce((a, b) => a + b, 0),
    deliveredMinutesByTrack,
    sessionsHeld,
    volunteering,
  };
}

/** The bucket a person falls in, for each breakdown over people. */
export function personBuckets(
  person: PersonFacts,
  periodEnd: string,
): Record<Exclude<Breakdown, 'attendanceRate' | 'track'>, string> {
  return {
    sex: person.sex,
    ageBand: ageBand(person.birthDate, periodEnd),
    citizenship: person.citizenships[0] ?? 'none',
    thirdCountry: isThirdCountryNational(person.citizenships) ? 'yes' : 'no',
    protection: person.internationalProtection ? 'yes' : 'no',
  };
}
