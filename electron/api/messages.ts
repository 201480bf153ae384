import type { Locale } from './locale';

/**
 * Error and validation texts shared by the router (messages in API errors) and
 * the renderer (next to form fields). Keys are stable; texts are for people.
 */
const it = {
  'errors.validation': 'Alcuni dati non sono validi: correggi i campi segnalati.',
  'errors.notFound': 'Il record richiesto non esiste o è stato rimosso.',
  'errors.forbidden': 'Non hai i permessi per questa operazione.',
  'errors.unknownChannel': 'Operazione sconosciuta.',
  'errors.badRequest': 'Richiesta non valida.',
  'errors.internal':
    'Si è verificato un errore imprevisto. Nessun dato è stato modificato; riprova.',
  'errors.duplicate':
    'Esiste già una persona con gli stessi dati (codice fiscale, oppure nome e data di nascita). Controlla prima di salvare.',
  'errors.required': 'Campo obbligatorio.',
  'errors.invalid': 'Valore non valido.',
  'errors.invalidChoice': 'Scegli un valore dall’elenco.',
  'errors.tooLong': 'Testo troppo lungo.',
  'errors.nameTooLong': 'Massimo 100 caratteri.',
  'errors.textTooLong': 'Massimo 200 caratteri.',
  'errors.controlChars': 'Contiene caratteri non ammessi.',
  'errors.nameNeedsLetter': 'Deve contenere almeno una lettera.',
  'errors.dateInvalid': 'Data non valida (usa il formato gg/mm/aaaa).',
  'errors.dateFuture': 'La data non può essere nel futuro.',
  'errors.dateTooOld': 'La data è troppo lontana nel passato.',
  'errors.countryInvalid': 'Paese non riconosciuto.',
  'errors.citizenshipRequired': 'Indica almeno una cittadinanza (o «apolide»).',
  'errors.tooMany': 'Troppi elementi.',
  'errors.emailInvalid': 'Indirizzo e-mail non valido.',
  'errors.phoneInvalid': 'Numero di telefono non valido.',
  'errors.yearInvalid': 'Anno non valido.',
  'errors.arrivalBeforeBirth': 'L’anno di arrivo non può precedere la nascita.',
  'errors.consentScopesRequired': 'Seleziona almeno una finalità del consenso.',
  'errors.cfFormat': 'Il codice fiscale deve avere 16 caratteri (lettere e cifre).',
  'errors.cfChecksum': 'Codice fiscale non valido: il carattere di controllo non corrisponde.',
  'errors.cfBirthDate': 'Il codice fiscale non corrisponde alla data di nascita.',
  'errors.cfSex': 'Il codice fiscale non corrisponde al sesso indicato.',
  'errors.cfForeignBorn':
    'Il codice fiscale indica una nascita in Italia, ma il paese di nascita è estero.',
  'errors.cfItalianBorn':
    'Il codice fiscale indica una nascita all’estero, ma il paese di nascita è l’Italia.',
  'errors.cfCountry': 'Il codice fiscale non corrisponde al paese di nascita.',
  'errors.cfPlace': 'Il codice fiscale non corrisponde al comune di nascita.',
} as const;

export type MessageKey = keyof typeof it;

const en: Record<MessageKey, string> = {
  'errors.validation': 'Some data is not valid: correct the highlighted fields.',
  'errors.notFound': 'The requested record does not exist or has been removed.',
  'errors.forbidden': 'You do not have permission for this operation.',
  'errors.unknownChannel': 'Unknown operation.',
  'errors.badRequest': 'Invalid request.',
  'errors.internal': 'An unexpected error occurred. Nothing was changed; please try again.',
  'errors.duplicate':
    'A person with the same details already exists (tax code, or name and birth date). Check before saving.',
  'errors.required': 'Required.',
  'errors.invalid': 'Invalid value.',
  'errors.invalidChoice': 'Choose a value from the list.',
  'errors.tooLong': 'Text is too long.',
  'errors.nameTooLong': 'At most 100 characters.',
  'errors.textTooLong': 'At most 200 characters.',
  'errors.controlChars': 'Contains characters that are not allowed.',
  'errors.nameNeedsLetter': 'Must contain at least one letter.',
  'errors.dateInvalid': 'Invalid date (use dd/mm/yyyy).',
  'errors.dateFuture': 'The date cannot be in the future.',
  'errors.dateTooOld': 'The date is too far in the past.',
  'errors.countryInvalid': 'Unknown country.',
  'errors.citizenshipRequired': 'Give at least one citizenship (or “stateless”).',
  'errors.tooMany': 'Too many items.',
  'errors.emailInvalid': 'Invalid e-mail address.',
  'errors.phoneInvalid': 'Invalid phone number.',
  'errors.yearInvalid': 'Invalid year.',
  'errors.arrivalBeforeBirth': 'The arrival year cannot be before birth.',
  'errors.consentScopesRequired': 'Select at least one purpose of the consent.',
  'errors.cfFormat': 'The tax code must have 16 characters (letters and digits).',
  'errors.cfChecksum': 'Invalid tax code: the check character does not match.',
  'errors.cfBirthDate': 'The tax code does not match the birth date.',
  'errors.cfSex': 'The tax code does not match the sex given.',
  'errors.cfForeignBorn': 'The tax code says born in Italy, but the birth country is abroad.',
  'errors.cfItalianBorn': 'The tax code says born abroad, but the birth country is Italy.',
  'errors.cfCountry': 'The tax code does not match the birth country.',
  'errors.cfPlace': 'The tax code does not match the birth comune.',
};

export const errorMessages: Record<Locale, Record<MessageKey, string>> = { it, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(it, key);
}

export function translateError(key: string, locale: Locale): string {
  return isMessageKey(key) ? errorMessages[locale][key] : errorMessages[locale]['errors.invalid'];
}
