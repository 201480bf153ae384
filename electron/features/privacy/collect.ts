import { eq } from 'drizzle-orm';
import { settings } from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import type { OrganisationProfile } from '../auth/contract';
import type { CertificateSnapshot } from '../certificates/snapshot';
import type { PathwayDetail } from '../pathways/contract';
import { pathwayDetail } from '../pathways/queries';
import { loadPerson } from './erasure';

/**
 * Everything Percorsi holds about one person, as the subject-access export carries it.
 * Keys are English and stable (the file is machine-readable); codes stay codes (ISO
 * countries, enums), and the PDF turns them into words.
 */
export interface PersonalData {
  format: 'percorsi-personal-data';
  version: 1;
  exportedAt: string;
  controller: { name: string; taxCode: string | null; address: string | null };
  person: Record<string, unknown> & {
    id: number;
    firstName: string;
    lastName: string;
    sex: string;
    birthDate: string;
    birthCountry: string;
    citizenships: string[];
    languages: string[];
    consentScopes: string[];
    anonymisedAt: string | null;
  };
  enrolments: {
    courseId: number;
    courseTitle: string;
    track: string;
    projectTitle: string;
    courseStart: string;
    courseEnd: string;
    status: string;
    enrolledOn: string;
    statusDate: string;
    reason: string | null;
    attendedMinutes: number;
  }[];
  attendance: {
    courseId: number;
    courseTitle: string;
    date: string;
    startTime: string;
    endTime: string;
    status: string;
    minutes: number;
  }[];
  pathways: (Omit<PathwayDetail, 'firstName' | 'lastName' | 'participantId' | 'counselorId'> & {
    counselor: string;
    projectTitle: string | null;
  })[];
  volunteering: {
    hostAssociation: string;
    role: string | null;
    startDate: string;
    endDate: string | null;
    hours: number;
    insuranceCovered: boolean;
    insuranceExpiry: string | null;
  }[];
  competenceRecords: {
    competenceCode: string;
    competenceTitle: string;
    levelReached: string;
    source: string;
    sourceTitle: string;
    minutes: number | null;
    periodFrom: string | null;
    periodTo: string | null;
    evidence: string | null;
    assessmentMethod: string;
    assessorName: string;
    assessedOn: string;
    status: string;
    revokedReason: string | null;
  }[];
  certificates: {
    number: string;
    issuedOn: string;
    status: string;
    verificationCode: string;
    redactedAt: string | null;
    snapshot: CertificateSnapshot;
  }[];
  /** Who did what with the person's record, as the audit log has it (no content). */
  processing: { at: string; action: string; role: string | null }[];
}

type Row = Record<string, unknown>;

/** Reads one person's data across every feature; the caller checks who may ask. */
export function collectPersonalData(ctx: HandlerContext, participantId: number): PersonalData {
  const { sqlite, db } = ctx.database;
  loadPerson(ctx, participantId);
  const all = (source: string, params: Row = { id: participantId }) =>
    sqlite.prepare(source).all(params) as Row[];
  const raw = sqlite
    .prepare(
      `SELECT id, first_name AS firstName, last_name AS lastName, sex, birth_date AS birthDate,
         birth_country AS birthCountry, birth_place AS birthPlace, citizenships,
         codice_fiscale AS codiceFiscale, residence_comune AS residenceComune, email, phone,
         languages, italian_level AS italianLevel, education_isced AS educationIsced,
         residence_permit_type AS residencePermitType,
         residence_permit_expiry AS residencePermitExpiry,
         international_protection AS internationalProtection, arrival_year AS arrivalYear,
         referred_by AS referredBy, consent_date AS consentDate,
         consent_legal_basis AS consentLegalBasis, consent_scopes AS consentScopes,
         archived_at AS archivedAt, anonymised_at AS anonymisedAt,
         created_at AS createdAt, updated_at AS updatedAt
       FROM participants WHERE id = :id`,
    )
    .get({ id: participantId }) as Row;
  const person = {
    ...raw,
    citizenships: JSON.parse(String(raw.citizenships)) as string[],
    languages: JSON.parse(String(raw.languages)) as string[],
    consentScopes: JSON.parse(String(raw.consentScopes)) as string[],
    internationalProtection: raw.internationalProtection === 1,
  } as unknown as PersonalData['person'];

  const enrolments = all(
    `SELECT c.id AS courseId, c.title AS courseTitle, c.track, p.title AS projectTitle,
       c.start_date AS courseStart, c.end_date AS courseEnd, e.status,
       e.enrolled_on AS enrolledOn, e.status_date AS statusDate, e.reason,
       COALESCE((SELECT sum(a.minutes) FROM attendance a JOIN sessions s ON s.id = a.session_id
         WHERE s.course_id = c.id AND a.participant_id = e.participant_id
           AND a.status IN ('present', 'late')), 0) AS attendedMinutes
     FROM enrolments e JOIN courses c ON c.id = e.course_id JOIN projects p ON p.id = c.project_id
     WHERE e.participant_id = :id ORDER BY c.start_date, c.id`,
  ) as PersonalData['enrolments'];

  const attendance = all(
    `SELECT c.id AS courseId, c.title AS courseTitle, s.date, s.start_time AS startTime, s.end_time AS endTime,
       a.status, a.minutes
     FROM attendance a JOIN sessions s ON s.id = a.session_id JOIN courses c ON c.id = s.course_id
     WHERE a.participant_id = :id ORDER BY s.date, s.start_time, c.id`,
  ) as PersonalData['attendance'];

  const pathways = all(
    `SELECT pw.id, u.display_name AS counselor, pr.title AS projectTitle FROM pathways pw
     LEFT JOIN users u ON u.id = pw.counselor_id LEFT JOIN projects pr ON pr.id = pw.project_id
     WHERE pw.participant_id = :id ORDER BY pw.opened_on, pw.id`,
  ).flatMap((row) => {
    const detail = pathwayDetail(db, Number(row.id));
    if (!detail) return [];
    const {
      firstName: _first,
      lastName: _last,
      participantId: _person,
      counselorId: _counselor,
      ...rest
    } = detail;
    return [
      {
        ...rest,
        counselor: (row.counselor as string | null) ?? '',
        projectTitle: (row.projectTitle as string | null) ?? null,
      },
    ];
  });

  const volunteering = all(
    `SELECT host_association AS hostAssociation, role, start_date AS startDate,
       end_date AS endDate, hours, insurance_covered AS insuranceCovered,
       insurance_expiry AS insuranceExpiry
     FROM volunteering WHERE participant_id = :id ORDER BY start_date, id`,
  ).map((v) => ({
    ...v,
    insuranceCovered: v.insuranceCovered === 1,
  })) as PersonalData['volunteering'];

  const titleColumn = ctx.locale === 'en' ? 'title_en' : 'title_it';
  const competenceRecords = all(
    `SELECT c.code AS competenceCode, c.${titleColumn} AS competenceTitle,
       r.level_reached AS levelReached, r.source, r.source_title AS sourceTitle, r.minutes,
       r.period_from AS periodFrom, r.period_to AS periodTo, r.evidence,
       r.assessment_method AS assessmentMethod, r.assessor_name AS assessorName,
       r.assessed_on AS assessedOn, r.status, r.revoked_reason AS revokedReason
     FROM competence_records r JOIN competences c ON c.id = r.competence_id
     WHERE r.participant_id = :id ORDER BY r.assessed_on, r.id`,
  ) as PersonalData['competenceRecords'];

  const certificates = all(
    `SELECT number, issued_on AS issuedOn, status, verification_code AS verificationCode,
       redacted_at AS redactedAt, snapshot
     FROM certificates WHERE participant_id = :id ORDER BY year, seq`,
  ).map((c) => ({
    ...c,
    snapshot: JSON.parse(String(c.snapshot)) as CertificateSnapshot,
  })) as PersonalData['certificates'];

  const processing = all(
    `SELECT a.at, a.action, u.role FROM audit_events a LEFT JOIN users u ON u.id = a.user_id
     WHERE a.outcome = 'ok' AND (
       (a.entity = 'participant' AND a.entity_id = :id)
       OR (a.entity = 'pathway' AND a.entity_id IN (SELECT id FROM pathways WHERE participant_id = :id))
       OR (a.entity = 'certificate' AND a.entity_id IN (SELECT id FROM certificates WHERE participant_id = :id)))
     ORDER BY a.at, a.id`,
  ) as PersonalData['processing'];

  const organisation = (db.select().from(settings).where(eq(settings.key, 'organisation')).get()
    ?.value ?? {}) as Partial<OrganisationProfile>;

  return {
    format: 'percorsi-personal-data',
    version: 1,
    exportedAt: ctx.now().toISOString(),
    controller: {
      name: organisation.name ?? '',
      taxCode: organisation.taxCode ?? null,
      address: organisation.address ?? null,
    },
    person,
    enrolments,
    attendance,
    pathways,
    volunteering,
    competenceRecords,
    certificates,
    processing,
  };
}
