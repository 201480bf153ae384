import type { AcquisitionKind, AssessmentMethod } from '../features/certificates/snapshot';
import type { DocumentLocale } from './i18n';

/**
 * Every label of a competence certificate. Kept within what WinAnsi can show (Latin-1
 * accents, «», curly quotes, ·, –) so the benchmark's built-in-font rendering prints
 * them as they are.
 */
export interface CertificateTexts {
  title: string;
  /** The kind of document and the law whose minimum content it follows. */
  kind: string;
  attests: string;
  hasAcquired: string;
  bandTitle: (number: string) => string;
  /** Info dictionary title: no personal data. */
  documentTitle: (number: string) => string;
  issuedOn: string;
  birthDate: string;
  birthPlace: string;
  codiceFiscale: string;
  issuer: string;
  taxCode: string;
  project: string;
  funding: string;
  competences: (count: number) => string;
  continued: string;
  competenceCode: string;
  eqfLevel: string;
  esco: string;
  ada: string;
  acquired: string;
  assessed: string;
  evidence: string;
  acquisition: Record<AcquisitionKind, string>;
  /** "presso" / "at" before a host organisation; courses take the title in quotes instead. */
  at: string;
  quote: (title: string) => string;
  hoursAttended: (hours: string) => string;
  hours: (hours: string) => string;
  attendance: (percent: string) => string;
  period: (from: string | null, to: string | null) => string;
  methods: Record<AssessmentMethod, string>;
  assessor: string;
  natureSection: string;
  nature: string;
  verification: string;
  verificationCode: string;
  attestationNumber: (number: string) => string;
  verificationHelp: string;
  placeAndDate: string;
  signature: string;
  footer: (number: string, code: string) => string;
  page: (current: number, total: number) => string;
  /** Info dictionary of a file holding many certificates. */
  batchTitle: (count: number) => string;
  decimalSeparator: string;
}

const TEXTS: Record<DocumentLocale, CertificateTexts> = {
  it: {
    title: 'Attestazione di trasparenza delle competenze',
    kind:
      'Messa in trasparenza delle competenze acquisite in contesti non formali e informali, ' +
      "redatta secondo i contenuti minimi dell'art. 6 del D.Lgs. 16 gennaio 2013, n. 13",
    attests: 'Si attesta che',
    hasAcquired: 'ha acquisito e dimostrato le competenze descritte in questa attestazione.',
    bandTitle: (number) => `Attestazione n. ${number}`,
    documentTitle: (number) => `Attestazione di trasparenza delle competenze n. ${number}`,
    issuedOn: 'Rilasciata il',
    birthDate: 'Data di nascita',
    birthPlace: 'Luogo di nascita',
    codiceFiscale: 'Codice fiscale',
    issuer: 'Ente che rilascia',
    taxCode: 'C.F.',
    project: 'Progetto',
    funding: 'Finanziamento',
    competences: (count) => `Competenze attestate (${count})`,
    continued: 'segue',
    competenceCode: 'Codice',
    eqfLevel: 'Livello EQF',
    esco: 'ESCO',
    ada: 'Atlante del lavoro (ADA)',
    acquired: 'Acquisizione',
    assessed: 'Valutazione',
    evidence: 'Evidenze',
    acquisition: {
      course: 'Corso di formazione',
      volunteering: 'Attività di volontariato',
      internship: 'Tirocinio',
      experience: 'Esperienza',
    },
    at: 'presso',
    quote: (title) => `«${title}»`,
    hoursAttended: (hours) => `${hours} ${hours === '1' ? 'ora frequentata' : 'ore frequentate'}`,
    hours: (hours) => `${hours} ${hours === '1' ? 'ora' : 'ore'}`,
    attendance: (percent) => `frequenza ${percent}%`,
    period: (from, to) =>
      from && to ? `dal ${from} al ${to}` : from ? `dal ${from}` : to ? `fino al ${to}` : '',
    methods: {
      interview: 'Colloquio',
      observation: 'Osservazione in situazione',
      portfolio: 'Esame del portfolio di evidenze',
      test: 'Prova pratica o scritta',
    },
    assessor: 'a cura di',
    natureSection: 'Natura del documento',
    nature:
      'Questa attestazione documenta in modo trasparente le competenze che la persona ha ' +
      'dimostrato nelle attività descritte. Non è un certificato di qualificazione regionale ' +
      'né un titolo di studio, e non sostituisce la validazione o la certificazione delle ' +
      'competenze da parte di un ente titolato ai sensi del D.Lgs. 13/2013. Può essere ' +
      'presentata come evidenza in un successivo percorso di individuazione, validazione e ' +
      'certificazione delle competenze.',
    verification: 'Verifica',
    verificationCode: 'Codice di verifica',
    attestationNumber: (number) => `Attestazione n. ${number}`,
    verificationHelp:
      "Per verificarne l'autenticità, chiedere all'ente che l'ha rilasciata di confrontare " +
      'questo documento con il proprio registro delle attestazioni, indicando il numero e il ' +
      'codice di verifica o inquadrando il codice QR.',
    placeAndDate: 'Luogo e data',
    signature: "Firma per l'ente",
    footer: (number, code) => `N. ${number} · codice ${code}`,
    page: (current, total) => `Pagina ${current} di ${total}`,
    batchTitle: (count) => `Attestazioni di trasparenza delle competenze (${count})`,
    decimalSeparator: ',',
  },
  en: {
    title: 'Transparency attestation of competences',
    kind:
      'Competences acquired in non-formal and informal settings, made transparent according ' +
      'to the minimum content set by art. 6 of Italian Legislative Decree no. 13 of 16 January 2013',
    attests: 'This document attests that',
    hasAcquired: 'has acquired and demonstrated the competences described in this attestation.',
    bandTitle: (number) => `Attestation no. ${number}`,
    documentTitle: (number) => `Transparency attestation of competences no. ${number}`,
    issuedOn: 'Issued on',
    birthDate: 'Date of birth',
    birthPlace: 'Place of birth',
    codiceFiscale: 'Tax code',
    issuer: 'Issued by',
    taxCode: 'Tax code',
    project: 'Project',
    funding: 'Funding',
    competences: (count) => `Competences attested (${count})`,
    continued: 'continued',
    competenceCode: 'Code',
    eqfLevel: 'EQF level',
    esco: 'ESCO',
    ada: 'Atlante del lavoro (ADA)',
    acquired: 'Acquisition',
    assessed: 'Assessment',
    evidence: 'Evidence',
    acquisition: {
      course: 'Training course',
      volunteering: 'Volunteering',
      internship: 'Internship',
      experience: 'Experience',
    },
    at: 'at',
    quote: (title) => `“${title}”`,
    hoursAttended: (hours) => `${hours} ${hours === '1' ? 'hour' : 'hours'} attended`,
    hours: (hours) => `${hours} ${hours === '1' ? 'hour' : 'hours'}`,
    attendance: (percent) => `attendance ${percent}%`,
    period: (from, to) =>
      from && to ? `from ${from} to ${to}` : from ? `from ${from}` : to ? `until ${to}` : '',
    methods: {
      interview: 'Interview',
      observation: 'Observation in context',
      portfolio: 'Review of a portfolio of evidence',
      test: 'Practical or written test',
    },
    assessor: 'by',
    natureSection: 'What this document is',
    nature:
      'This attestation documents, in a transparent way, the competences that the person ' +
      'has shown in the activities described. It is not a regional qualification ' +
      'certificate nor an educational qualification, and it does not replace the ' +
      'validation or certification of competences by an authorised body under Italian ' +
      'Legislative Decree 13/2013. It may be presented as evidence in a later process of ' +
      'identification, validation and certification of competences.',
    verification: 'Verification',
    verificationCode: 'Verification code',
    attestationNumber: (number) => `Attestation no. ${number}`,
    verificationHelp:
      'To check that it is authentic, ask the issuing organisation to compare this document ' +
      'with its register of attestations, quoting the number and the verification code or ' +
      'scanning the QR code.',
    placeAndDate: 'Place and date',
    signature: 'Signed for the organisation',
    footer: (number, code) => `No. ${number} · code ${code}`,
    page: (current, total) => `Page ${current} of ${total}`,
    batchTitle: (count) => `Transparency attestations of competences (${count})`,
    decimalSeparator: '.',
  },
};

export function certificateTextsFor(locale: DocumentLocale): CertificateTexts {
  return TEXTS[locale];
}

/** 40 → "40", 12.5 → "12,5" in Italian: at most one decimal, as hours and rates are kept. */
export function formatNumber(value: number, texts: CertificateTexts): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded).replace('.', texts.decimalSeparator);
}
