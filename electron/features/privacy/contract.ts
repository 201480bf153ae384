import { z } from 'zod';
import { channel } from '../../api/channel';
import { id } from '../../api/fields';
import type { GeneratedFile } from '../competences/contract';

/**
 * Data-protection requests (GDPR arts. 15 and 17, and storage limitation):
 * subject access, erasure by anonymisation, and the retention review.
 *
 * Who may do what:
 * - export and erasure preview: admin and coordinator (they answer a person's request
 *   and see everyone; counselors and trainers see only part of a person's data, so an
 *   export by them would be incomplete);
 * - anonymise, anonymise many, retention review: admin only (DESIGN §1: the
 *   administrator handles data-protection requests; erasure cannot be undone).
 */

/** What identifies a person on their own record; only those with a value are listed. */
export const PERSON_FIELDS = [
  'name',
  'codiceFiscale',
  'birthDay',
  'birthPlace',
  'email',
  'phone',
  'residencePermit',
  'referredBy',
  'arrivalYear',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

/** Free texts and details removed from the person's activities, counted per kind. */
export const REMOVED_KINDS = [
  'meetingNotes',
  'screeningNotes',
  'planTexts',
  'referralTexts',
  'pathwayOutcomes',
  'milestoneDetails',
  'enrolmentReasons',
  'volunteeringRoles',
  'recordEvidence',
  'certificateSnapshots',
] as const;
export type RemovedKind = (typeof REMOVED_KINDS)[number];

/** What stays, without identifying data, so that every indicator keeps counting the person. */
export const KEPT_KINDS = [
  'enrolments',
  'attendance',
  'pathways',
  'milestones',
  'volunteering',
  'competenceRecords',
  'certificates',
] as const;
export type KeptKind = (typeof KEPT_KINDS)[number];

/** Why a person cannot be anonymised now; names no personal data. */
export type ErasureBlocker =
  | { kind: 'running_course'; courseId: number; courseTitle: string; endDate: string }
  | {
      kind: 'open_pathway';
      pathwayId: number;
      track: 'association' | 'self_employment' | 'job_placement';
      status: 'intake' | 'active';
    };

export interface ErasurePreview {
  /** The participant's id (the audit log's entity id). */
  id: number;
  /** Set when the person was already anonymised; nothing more would be removed. */
  anonymisedAt: string | null;
  /** The pseudonymous code that replaces the name, once anonymised. */
  pseudonym: string | null;
  /** The person's own fields that hold a value and would be removed. */
  personFields: PersonField[];
  removed: Record<RemovedKind, number>;
  kept: Record<KeptKind, number>;
  blockers: ErasureBlocker[];
}

export interface PersonalDataExport {
  id: number;
  /** Everything held about the person, machine-readable (art. 15 and 20). */
  json: GeneratedFile;
  /** The same, as a document a person can read. */
  pdf: GeneratedFile;
}

export interface AnonymisedPerson {
  id: number;
  pseudonym: string;
  anonymisedAt: string;
}

export interface RetentionCandidate {
  participantId: number;
  firstName: string;
  lastName: string;
  /** The linked project whose retention period ends last. */
  projectId: number;
  projectCode: string;
  projectTitle: string;
  projectEndDate: string;
  retentionYears: number;
  /** YYYY-MM-DD: the project's end plus its retention period, already past. */
  retainUntil: string;
  /** How many projects link the person (courses, pathways, certificates). */
  projects: number;
  blockers: ErasureBlocker[];
}

export interface RetentionReview {
  /** The day the review was computed for (YYYY-MM-DD). */
  today: string;
  people: RetentionCandidate[];
}

const participantId = z.object({ participantId: id }).strict();

const EXPORTERS = ['admin', 'coordinator'] as const;
const ERASERS = ['admin'] as const;

export const privacyContract = {
  /** Subject access: a JSON file and a readable PDF of everything held about one person. */
  'privacy.export': channel<PersonalDataExport>()(participantId, EXPORTERS, {
    entity: 'participant',
    kind: 'export',
  }),
  /** What anonymising would remove and keep, and what prevents it now. */
  'privacy.erasurePreview': channel<ErasurePreview>()(participantId, EXPORTERS),
  /** Erasure: removes what identifies the person; their pseudonymous record keeps the counts. */
  'privacy.anonymise': channel<AnonymisedPerson>()(
    z
      .object({
        participantId: id,
        confirm: z.literal(true, { error: 'errors.erasureConfirm' }),
      })
      .strict(),
    ERASERS,
    { entity: 'participant', kind: 'write' },
  ),
  /** People whose every project ended longer ago than its retention period. */
  'privacy.retentionReview': channel<RetentionReview>()(z.object({}).strict(), ERASERS),
  /** All or nothing: one person who cannot be anonymised stops the whole batch. */
  'privacy.anonymiseMany': channel<{ anonymised: AnonymisedPerson[] }>()(
    z
      .object({
        participantIds: z
          .array(id)
          .min(1, 'errors.noneChosen')
          .max(5000, 'errors.tooMany')
          .refine((ids) => new Set(ids).size === ids.length, 'errors.invalid'),
        confirm: z.literal(true, { error: 'errors.erasureConfirm' }),
      })
      .strict(),
    ERASERS,
    { entity: 'participant', kind: 'write' },
  ),
};
