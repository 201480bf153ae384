import { z } from 'zod';
import { contract } from '../../../electron/api/contract';
import type {
  BatchStatus,
  CertificateEntry,
  VerifyResult,
} from '../../../electron/features/certificates/contract';
import { MAX_VERIFY_BASE64 } from '../../../electron/features/certificates/contract';
import type { Locale } from '../../../electron/api/locale';
import { useApiForm } from '../../ui/apiForm';
import { useCertificatesApi } from './hooks';

/** Revoking needs a reason: it is shown to whoever verifies the certificate afterwards. */
export function useRevokeForm(certificate: CertificateEntry, onRevoked: () => void) {
  const { revoke } = useCertificatesApi();
  return useApiForm({
    schema: contract['certificates.revoke'].input,
    defaultValues: { id: certificate.id, reason: '' },
    fields: ['reason'],
    call: revoke,
    onSuccess: onRevoked,
  });
}

export const ISSUE_FIELDS = ['recordIds', 'locale', 'projectId'] as const;

/** One certificate for one person, from the validated records chosen (all of them at first). */
export function useIssueForm(
  participantId: number,
  recordIds: number[],
  locale: Locale,
  onIssued: (issued: CertificateEntry) => void,
) {
  const { issue } = useCertificatesApi();
  return useApiForm({
    schema: contract['certificates.issue'].input,
    defaultValues: { participantId, recordIds, locale, projectId: undefined },
    fields: ISSUE_FIELDS,
    call: issue,
    onSuccess: onIssued,
  });
}

/** A code as printed (any case, spaces or dashes) or the text a QR scanner types. */
export function useVerifyCodeForm(onResult: (result: VerifyResult) => void) {
  const { verify } = useCertificatesApi();
  return useApiForm({
    schema: contract['certificates.verify'].input,
    defaultValues: { code: '' },
    fields: ['code'],
    call: verify,
    onSuccess: onResult,
  });
}

const verifyFile = z
  .object({
    pdfBase64: z
      .string({ error: 'certificates.verify.chooseFile' })
      .min(1, 'certificates.verify.chooseFile')
      .max(MAX_VERIFY_BASE64, 'errors.fileTooLarge'),
  })
  .strict();

/** A PDF chosen from disk (read as base64 when chosen), checked against the registry. */
export function useVerifyFileForm(onResult: (result: VerifyResult) => void) {
  const { verify } = useCertificatesApi();
  return useApiForm({
    schema: verifyFile,
    defaultValues: { pdfBase64: '' },
    fields: ['pdfBase64'],
    call: verify,
    onSuccess: onResult,
  });
}

export const BATCH_FIELDS = ['participantIds', 'locale', 'fileNames'] as const;

/** A batch for a course: the people ticked (every eligible one at first), language and file names. */
export function useBatchForm(
  courseId: number,
  participantIds: number[],
  locale: Locale,
  onStarted: (status: BatchStatus) => void,
) {
  const { batchStart } = useCertificatesApi();
  return useApiForm({
    schema: contract['certificates.batchStart'].input,
    defaultValues: { courseId, participantIds, locale, fileNames: 'number' },
    fields: BATCH_FIELDS,
    call: batchStart,
    onSuccess: onStarted,
  });
}
