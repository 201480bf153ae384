import type { Locale } from '../../api/locale';
import {
  DEFAULTABLE_FIELDS,
  IMPORT_FIELDS,
  importMapping,
  type ImportField,
  type ImportMapping,
} from './contract';
import { wordKey } from './values';

/** Field names for the report and for messages built on the server (the screens have their own). */
export const FIELD_LABELS: Record<Locale, Record<ImportField, string>> = {
  it: {
    firstName: 'Nome',
    lastName: 'Cognome',
    sex: 'Sesso',
    birthDate: 'Data di nascita',
    birthCountry: 'Paese di nascita',
    birthPlace: 'Luogo di nascita',
    citizenships: 'Cittadinanza',
    codiceFiscale: 'Codice fiscale',
    residenceComune: 'Comune di residenza',
    email: 'E-mail',
    phone: 'Telefono',
    languages: 'Lingue parlate',
    italianLevel: 'Livello di italiano',
    educationIsced: 'Titolo di studio',
    residencePermitType: 'Tipo di permesso di soggiorno',
    residencePermitExpiry: 'Scadenza del permesso',
    internationalProtection: 'Protezione internazionale',
    arrivalYear: 'Anno di arrivo in Italia',
    referredBy: 'Inviato da',
    consentDate: 'Data del consenso',
    consentLegalBasis: 'Base giuridica',
    consentScopes: 'Finalità del consenso',
  },
  en: {
    firstName: 'First name',
    lastName: 'Last name',
    sex: 'Sex',
    birthDate: 'Date of birth',
    birthCountry: 'Country of birth',
    birthPlace: 'Place of birth',
    citizenships: 'Citizenship',
    codiceFiscale: 'Tax code',
    residenceComune: 'Municipality of residence',
    email: 'Email',
    phone: 'Phone',
    languages: 'Languages spoken',
    italianLevel: 'Italian level',
    educationIsced: 'Education',
    residencePermitType: 'Residence permit type',
    residencePermitExpiry: 'Permit expiry',
    internationalProtection: 'International protection',
    arrivalYear: 'Year of arrival in Italy',
    referredBy: 'Referred by',
    consentDate: 'Consent date',
    consentLegalBasis: 'Legal basis',
    consentScopes: 'Consent purposes',
  },
};

/** Header names people use for each field, as `wordKey` writes them. */
const HEADER_WORDS: Record<ImportField, string[]> = {
  firstName: ['nome', 'nomi', 'firstname', 'name', 'givenname', 'forename', 'nomeproprio'],
  lastName: ['cognome', 'cognomi', 'lastname', 'surname', 'familyname'],
  sex: ['sesso', 'genere', 'sex', 'gender', 'mf', 'fm'],
  birthDate: [
    'datadinascita',
    'datanascita',
    'datanasc',
    'nascita',
    'natoil',
    'natail',
    'natoail',
    'nataail',
    'dob',
    'birthdate',
    'dateofbirth',
  ],
  birthCountry: [
    'paesedinascita',
    'paesenascita',
    'statodinascita',
    'statonascita',
    'nazionedinascita',
    'nazionenascita',
    'paesediorigine',
    'paeseorigine',
    'countryofbirth',
    'birthcountry',
  ],
  birthPlace: [
    'luogodinascita',
    'luogonascita',
    'comunedinascita',
    'cittadinascita',
    'natoa',
    'nataa',
    'placeofbirth',
    'birthplace',
  ],
  citizenships: [
    'cittadinanza',
    'cittadinanze',
    'nazionalita',
    'citizenship',
    'citizenships',
    'nationality',
  ],
  codiceFiscale: ['codicefiscale', 'cf', 'codfisc', 'codfiscale', 'taxcode', 'fiscalcode'],
  residenceComune: [
    'comunediresidenza',
    'comuneresidenza',
    'residenza',
    'comune',
    'cittadiresidenza',
    'residence',
    'municipality',
    'municipalityofresidence',
  ],
  email: ['email', 'mail', 'postaelettronica', 'indirizzoemail', 'emailaddress'],
  phone: [
    'telefono',
    'tel',
    'cellulare',
    'cell',
    'recapito',
    'recapitotelefonico',
    'numeroditelefono',
    'phone',
    'mobile',
    'phonenumber',
  ],
  languages: ['lingue', 'lingueparlate', 'lingua', 'linguamadre', 'languages', 'languagesspoken'],
  italianLevel: [
    'livelloitaliano',
    'livellodiitaliano',
    'livellodiitalianoqcer',
    'italiano',
    'livelloqcer',
    'qcer',
    'cefr',
    'italianlevel',
    'levelofitalian',
  ],
  educationIsced: [
    'titolodistudio',
    'titolostudio',
    'istruzione',
    'isced',
    'scolarita',
    'education',
  ],
  residencePermitType: [
    'permessodisoggiorno',
    'permessosoggiorno',
    'tipopermesso',
    'tipodipermesso',
    'tipodipermessodisoggiorno',
    'permesso',
    'residencepermit',
    'residencepermittype',
    'permittype',
  ],
  residencePermitExpiry: [
    'scadenzapermesso',
    'scadenzadelpermesso',
    'scadenzapermessodisoggiorno',
    'scadenza',
    'permitexpiry',
    'expiry',
  ],
  internationalProtection: [
    'protezioneinternazionale',
    'titolarediprotezioneinternazionale',
    'internationalprotection',
  ],
  arrivalYear: [
    'annodiarrivo',
    'annoarrivo',
    'annodiarrivoinitalia',
    'arrivoinitalia',
    'arrivalyear',
    'yearofarrival',
    'yearofarrivalinitaly',
  ],
  referredBy: [
    'inviatoda',
    'inviatada',
    'segnalatoda',
    'segnalatada',
    'enteinviante',
    'invio',
    'referredby',
    'referral',
  ],
  consentDate: ['dataconsenso', 'datadelconsenso', 'consenso', 'consentdate'],
  consentLegalBasis: ['basegiuridica', 'basegiuridicadeltrattamento', 'legalbasis'],
  consentScopes: [
    'finalita',
    'finalitaconsenso',
    'finalitadelconsenso',
    'consentscopes',
    'purposes',
  ],
};

/** A header without notes in brackets ("Data di nascita (gg/mm/aaaa)") as a lookup key. */
function headerKey(header: string): string {
  return wordKey(header.replace(/\([^)]*\)|\[[^\]]*\]/g, ''));
}

/** The first header that names each field, in Italian or English; each header used once. */
export function suggestMapping(headers: readonly string[]): Partial<Record<ImportField, string>> {
  const words = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    for (const word of HEADER_WORDS[field]) words.set(word, field);
    for (const locale of ['it', 'en'] as const)
      words.set(headerKey(FIELD_LABELS[locale][field]), field);
  }
  const suggested: Partial<Record<ImportField, string>> = {};
  for (const header of headers) {
    const field = words.get(headerKey(header));
    if (field && suggested[field] === undefined) suggested[field] = header;
  }
  return suggested;
}

/** As kept in `import_mappings.mapping`: field → header, and `=field` → the value for everybody. */
export function toStored(mapping: ImportMapping): Record<string, string> {
  const stored: Record<string, string> = {};
  for (const [field, column] of Object.entries(mapping.columns)) {
    if (column) stored[field] = column;
  }
  for (const field of DEFAULTABLE_FIELDS) {
    const value = mapping.defaults[field];
    if (value === undefined) continue;
    stored[`=${field}`] = Array.isArray(value) ? value.join(',') : value;
  }
  return stored;
}

export function fromStored(stored: Record<string, string>): ImportMapping {
  const columns: Record<string, string> = {};
  const defaults: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (key.startsWith('=')) {
      const field = key.slice(1);
      defaults[field] = field === 'consentScopes' ? value.split(',').filter(Boolean) : value;
    } else columns[key] = value;
  }
  const parsed = importMapping.safeParse({ columns, defaults });
  // A mapping saved by an older version keeps what is still valid.
  return parsed.success ? parsed.data : { columns: {}, defaults: {} };
}
