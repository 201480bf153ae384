import { createHash } from 'node:crypto';
import { type CertificateSnapshot, canonicalJson } from './snapshot';

/** SHA-256 of the canonical JSON: what the registry stores and Verify recomputes. */
export function snapshotSha256(snapshot: CertificateSnapshot): string {
  return createHash('sha256').update(canonicalJson(snapshot), 'utf8').digest('hex');
}
