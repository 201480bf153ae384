import { randomInt } from 'node:crypto';
import type { CertificateSnapshot } from '../certificates/snapshot';

/** What replaces a required text that said something about the person. */
export const REDACTED = '—';

/**
 * The surname an anonymised person gets, with their pseudonymous code as first name:
 * lists sorted by surname then show them together, readably, as "Persona anonimizzata
 * ANON-…". Stored in Italian, the registry's language; the screens explain it in both.
 */
export const ANONYMISED_LABEL = 'Persona anonimizzata';

/** Crockford's base-32 without I, L, O, U: nothing to misread when written down. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A random code, unrelated to anything about the person (not their id, not a hash of
 * their name), so that it cannot be traced back once the name is gone.
 */
export function newPseudonym(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)] ?? '0';
  return `ANON-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The first of January of the birth year: age in years by birth year stays exact. */
export function birthYearOnly(birthDate: string): string {
  return `${birthDate.slice(0, 4)}-01-01`;
}

type Details = Record<string, unknown> & { type?: unknown };

/**
 * A milestone's details without what could identify the person: the tutor's name, the
 * voucher and the allowance of an internship; the name of a business (often the
 * person's own) and of an association with its tax code, RUNTS number (kept as a mark,
 * so "registered associations" still counts it) and insurance. Type, dates, hours,
 * contract type, employer and host organisation stay: they are what outcomes report.
 */
export function redactMilestone(details: Details): Details {
  const copy: Details = { ...details };
  switch (details.type) {
    case 'internship':
      delete copy.tutor;
      delete copy.voucher;
      delete copy.monthlyAllowanceCents;
      break;
    case 'business':
      copy.name = REDACTED;
      break;
    case 'association':
      copy.name = REDACTED;
      delete copy.taxCode;
      delete copy.insurance;
      if (typeof copy.runtsNumber === 'string' && copy.runtsNumber !== '') {
        copy.runtsNumber = REDACTED;
      }
      break;
    default:
      break;
  }
  return copy;
}

/**
 * The registry's copy of a certificate without the person: name replaced by the label
 * and code, birth data and tax code removed, and the free-text evidence and experience
 * descriptions dropped. Number, dates, competences and issuer stay.
 */
export function redactSnapshot(
  snapshot: CertificateSnapshot,
  pseudonym: string,
): CertificateSnapshot {
  return {
    ...snapshot,
    person: {
      firstName: pseudonym,
      lastName: ANONYMISED_LABEL,
      birthDate: null,
      birthPlace: null,
      codiceFiscale: null,
    },
    competences: snapshot.competences.map((c) => ({
      ...c,
      evidence: null,
      acquisition: { ...c.acquisition, description: null },
    })),
  };
}
