export type CertificateLocale = 'it' | 'en';

export const ACQUISITION_KINDS = ['course', 'volunteering', 'internship', 'experience'] as const;
export type AcquisitionKind = (typeof ACQUISITION_KINDS)[number];

export const ASSESSMENT_METHODS = ['interview', 'observation', 'portfolio', 'test'] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];

/** How a competence was acquired, as printed: one of the four kinds and its facts. */
export interface PrintedAcquisition {
  kind: AcquisitionKind;
  /** Course title, host association or organisation, or a short label of the experience. */
  title: string;
  /** Hours (course hours attended, volunteering or internship hours), when known. */
  hours: number | null;
  /** YYYY-MM-DD dates of the period, when known. */
  from: string | null;
  to: string | null;
  /** Percentage of the course attended (0–100, one decimal), courses only. */
  attendancePct: number | null;
  /** Free text for other experience (and notes on the others). */
  description: string | null;
}

export interface PrintedCompetence {
  code: string;
  title: string;
  description: string;
  eqfLevel: number;
  escoUri: string | null;
  adaCode: string | null;
  acquisition: PrintedAcquisition;
  assessment: { method: AssessmentMethod; assessedOn: string; assessor: string };
  evidence: string | null;
}

/**
 * Every field printed on a certificate, frozen at issue. The PDF is a pure
 * rendering of this object; the registry keeps it and its SHA-256 so that an
 * edited PDF can be exposed field by field.
 */
export interface CertificateSnapshot {
  /** Version of this shape, for renderings of old certificates. */
  version: 1;
  locale: CertificateLocale;
  /** "2026/0042". */
  number: string;
  /** "K7Q2-M9XD-4F3A": printed under the QR code; typed into Verify. */
  verificationCode: string;
  /** YYYY-MM-DD. */
  issuedOn: string;
  person: {
    firstName: string;
    lastName: string;
    birthDate: string | null;
    birthPlace: string | null;
    codiceFiscale: string | null;
  };
  organisation: { name: string; taxCode: string | null; address: string | null };
  project: { title: string; funder: string; fundingLine: string | null } | null;
  signatory: { name: string; role: string };
  competences: PrintedCompetence[];
}

/**
 * JSON with keys sorted at every level: the same snapshot always hashes the same
 * (the hash itself is in hash.ts: this module is shared with the renderer).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What the QR code carries: enough for Verify to find the certificate and check the hash. */
export function qrPayload(snapshot: CertificateSnapshot, sha256: string): string {
  return `PERCORSI-ATTESTATO:${snapshot.number}:${snapshot.verificationCode}:${sha256.slice(0, 16)}`;
}
