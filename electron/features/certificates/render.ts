import {
  findVerificationCode,
  renderCertificateSync,
  renderCertificates,
} from '../../documents/certificate';
import type { CertificateSnapshot } from './snapshot';

/**
 * The certificate's PDF, synchronously: issuing renders inside the transaction
 * that takes the number, so the file's hash is stored with it.
 */
export function renderCertificateFile(snapshot: CertificateSnapshot, sha256: string): Buffer {
  return renderCertificateSync(snapshot, sha256);
}

/** One file with many certificates, for printing. */
export function renderMergedFile(
  items: { snapshot: CertificateSnapshot; sha256: string }[],
): Promise<Buffer> {
  return renderCertificates(items);
}

export const findCodeInPdf = findVerificationCode;
