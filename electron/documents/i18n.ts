export type DocumentLocale = 'it' | 'en';

interface SignInSheetTexts {
  title: string;
  project: string;
  funder: string;
  course: string;
  date: string;
  time: string;
  location: string;
  trainer: string;
  topic: string;
  number: string;
  lastName: string;
  firstName: string;
  codiceFiscale: string;
  signatureIn: string;
  signatureOut: string;
  noParticipants: string;
  enrolled: string;
  present: string;
  notes: string;
  trainerSignature: string;
  printedOn: string;
  page: (current: number, total: number) => string;
  hours: (hours: number) => string;
  weekdays: readonly string[];
}

const TEXTS: Record<DocumentLocale, SignInSheetTexts> = {
  it: {
    title: 'Foglio firme presenze',
    project: 'Progetto',
    funder: 'Finanziamento',
    course: 'Corso',
    date: 'Data',
    time: 'Orario',
    location: 'Sede',
    trainer: 'Formatore/trice',
    topic: 'Argomento',
    number: 'N.',
    lastName: 'Cognome',
    firstName: 'Nome',
    codiceFiscale: 'Codice fiscale',
    signatureIn: 'Firma entrata',
    signatureOut: 'Firma uscita',
    noParticipants: 'Nessun/a partecipante iscritto/a alla sessione',
    enrolled: 'Partecipanti iscritti/e',
    present: 'Presenti n.',
    notes: 'Note',
    trainerSignature: 'Firma del/della formatore/formatrice',
    printedOn: 'Stampato il',
    page: (current, total) => `Pagina ${current} di ${total}`,
    hours: (hours) => `${formatDecimal(hours, ',')} ${hours === 1 ? 'ora' : 'ore'}`,
    weekdays: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
  },
  en: {
    title: 'Attendance sign-in sheet',
    project: 'Project',
    funder: 'Funding',
    course: 'Course',
    date: 'Date',
    time: 'Time',
    location: 'Venue',
    trainer: 'Trainer',
    topic: 'Topic',
    number: 'No.',
    lastName: 'Last name',
    firstName: 'First name',
    codiceFiscale: 'Tax code',
    signatureIn: 'Signature in',
    signatureOut: 'Signature out',
    noParticipants: 'No participants enrolled in this session',
    enrolled: 'Participants enrolled',
    present: 'Present',
    notes: 'Notes',
    trainerSignature: "Trainer's signature",
    printedOn: 'Printed on',
    page: (current, total) => `Page ${current} of ${total}`,
    hours: (hours) => `${formatDecimal(hours, '.')} ${hours === 1 ? 'hour' : 'hours'}`,
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  },
};

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function textsFor(locale: DocumentLocale): SignInSheetTexts {
  return TEXTS[locale];
}

function formatDecimal(value: number, separator: string): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded).replace('.', separator);
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** A calendar day as the documents receive it: YYYY-MM-DD. */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function dateParts(isoDate: string): [number, number, number] {
  return isoDate.split('-').map(Number) as [number, number, number];
}

/** A calendar day as written on the sheet: Italian "lunedì 12/05/2025", English "Monday 12 May 2025". */
export function formatSessionDate(isoDate: string, locale: DocumentLocale): string {
  const [year, month, day] = dateParts(isoDate);
  // The date is a calendar day, not an instant: compute the weekday in UTC so the
  // machine's time zone cannot shift it.
  const weekday = TEXTS[locale].weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday ?? ''} ${formatDay(year, month, day, locale)}`;
}

/** A calendar day without the weekday: Italian "12/05/2025", English "12 May 2025". */
export function formatDate(isoDate: string, locale: DocumentLocale): string {
  const [year, month, day] = dateParts(isoDate);
  return formatDay(year, month, day, locale);
}

/** The print date in the machine's local calendar (the coordinator's office clock). */
export function formatPrintDate(instant: Date, locale: DocumentLocale): string {
  return formatDay(instant.getFullYear(), instant.getMonth() + 1, instant.getDate(), locale);
}

function formatDay(year: number, month: number, day: number, locale: DocumentLocale): string {
  if (locale === 'it') return `${pad(day)}/${pad(month)}/${year}`;
  return `${day} ${ENGLISH_MONTHS[month - 1] ?? ''} ${year}`;
}

export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** "09:00–13:00 (4 ore)". */
export function formatTimeRange(start: string, end: string, locale: DocumentLocale): string {
  const hours = (minutesOfDay(end) - minutesOfDay(start)) / 60;
  return `${start}–${end} (${TEXTS[locale].hours(hours)})`;
}
