import { z } from 'zod';
import { channel } from '../../api/channel';
import { id, notes } from '../../api/fields';
import type { GeneratedFile } from '../competences/contract';
import type { CertificateSnapshot } from './snapshot';

export type CertificateStatus = 'issued' | 'revoked' | 'replaced';

export interface CertificateEntry {
  id: number;
  number: string;
  verificationCode: string;
  participantId: number | null;
  participantName: string;
  projectId: number | null;
  projectTitle: string | null;
  courseId: number | null;
  courseTitle: string | null;
  locale: 'it' | 'en';
  issuedOn: string;
  status: CertificateStatus;
  revokedReason: string | null;
  revokedAt: string | null;
  replacedByNumber: string | null;
  competenceCount: number;
}

export interface CertificateDetail extends CertificateEntry {
  snapshot: CertificateSnapshot;
  snapshotSha256: string;
}

export interface VerifyResult {
  /** unknown: no certificate with that code (or no code found in the file). */
  result: 'valid' | 'revoked' | 'replaced' | 'unknown';
  /** For a file: whether its bytes are exactly those issued; null when only a code was given. */
  fileMatches: boolean | null;
  /** For a file: whether a verification code was found in it at all. */
  codeFound: boolean;
  /** The registry's frozen copy of every printed field, to compare with the paper. */
  certificate: {
    number: string;
    issuedOn: string;
    status: CertificateStatus;
    revokedReason: string | null;
    revokedAt: string | null;
    replacedByNumber: string | null;
    snapshot: CertificateSnapshot;
    /**
     * Whether the stored snapshot still hashes to the value stored at issue. A redacted
     * snapshot no longer can, by design: it is not reported as tampered.
     */
    snapshotIntact: boolean;
    /** Issued to a person since anonymised: the registry's copy no longer names them. */
    redacted: boolean;
  } | null;
}

export const certificateLocale = z.enum(['it', 'en'], { error: 'errors.invalidChoice' });

export interface BatchCandidate {
  participantId: number;
  participantName: string;
  /** Validated records from this course not yet on a certificate in force. */
  recordIds: number[];
  /** Why the person cannot receive a certificate now, as a message key; null when eligible. */
  blocker: string | null;
}

export interface BatchStatus {
  jobId: string;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  total: number;
  done: number;
  issued: { participantId: number; number: string }[];
  /** Message shown when the job failed; nothing personal. */
  error: string | null;
}

/** About 10 MB of PDF once base64-encoded. */
export const MAX_VERIFY_BASE64 = 14_000_000;

export const FILE_NAME_STYLES = ['number', 'number_name'] as const;

const ISSUERS = ['coordinator'] as const;
const READERS = ['admin', 'coordinator'] as const;

export const certificatesContract = {
  'certificates.issue': channel<CertificateEntry>()(
    z
      .object({
        participantId: id,
        recordIds: z.array(id).min(1, 'errors.noValidatedRecord').max(200, 'errors.tooMany'),
        locale: certificateLocale,
        projectId: id.optional(),
        courseId: id.optional(),
      })
      .strict(),
    ISSUERS,
    { entity: 'certificate', kind: 'write' },
  ),
  'certificates.list': channel<CertificateEntry[]>()(
    z
      .object({
        projectId: id.optional(),
        courseId: id.optional(),
        participantId: id.optional(),
        status: z.enum(['issued', 'revoked', 'replaced']).optional(),
        query: z.string().max(100).default(''),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    READERS,
  ),
  'certificates.get': channel<CertificateDetail>()(z.object({ id }).strict(), READERS),
  'certificates.pdf': channel<GeneratedFile>()(z.object({ id }).strict(), ISSUERS, {
    entity: 'certificate',
    kind: 'export',
  }),
  'certificates.revoke': channel<CertificateEntry>()(
    z.object({ id, reason: notes(500, 'errors.textTooLong') }).strict(),
    ISSUERS,
    { entity: 'certificate', kind: 'write' },
  ),
  /** A new number for the same person, from their records in force; the old certificate is marked replaced. */
  'certificates.reissue': channel<CertificateEntry>()(
    z.object({ id, locale: certificateLocale.optional() }).strict(),
    ISSUERS,
    { entity: 'certificate', kind: 'write' },
  ),
  'certificates.verify': channel<VerifyResult>()(
    z
      .object({
        code: z.string().trim().max(200, 'errors.tooLong').optional(),
        pdfBase64: z
          .string()
          .max(MAX_VERIFY_BASE64, 'errors.fileTooLarge')
          .regex(/^[A-Za-z0-9+/=\s]*$/, 'errors.invalid')
          .optional(),
      })
      .strict()
      .refine((v) => (v.code ? 1 : 0) + (v.pdfBase64 ? 1 : 0) === 1, {
        path: ['code'],
        message: 'errors.verifyCodeOrFile',
      }),
    READERS,
    { entity: 'certificate', kind: 'view' },
  ),
  'certificates.batchPreview': channel<BatchCandidate[]>()(
    z.object({ courseId: id }).strict(),
    ISSUERS,
  ),
  'certificates.batchStart': channel<BatchStatus>()(
    z
      .object({
        courseId: id,
        locale: certificateLocale,
        participantIds: z.array(id).min(1, 'errors.noEligible').max(5000, 'errors.tooMany'),
        fileNames: z.enum(FILE_NAME_STYLES, { error: 'errors.invalidChoice' }),
      })
      .strict(),
    ISSUERS,
    { entity: 'course', kind: 'export', ownTransaction: true },
  ),
  'certificates.batchStatus': channel<BatchStatus>()(
    z.object({ jobId: z.string().max(64) }).strict(),
    ISSUERS,
  ),
  'certificates.batchCancel': channel<BatchStatus>()(
    z.object({ jobId: z.string().max(64) }).strict(),
    ISSUERS,
  ),
  /** The finished batch: one ZIP with a PDF per person and one merged PDF for printing. */
  'certificates.batchResult': channel<GeneratedFile>()(
    z.object({ jobId: z.string().max(64) }).strict(),
    ISSUERS,
  ),
};
