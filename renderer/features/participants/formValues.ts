import type {
  Participant,
  ParticipantFormValues,
} from '../../../electron/features/participants/contract';

/**
 * What the form's inputs hold: text for every text, date, number and select
 * input (so nothing typed is ever coerced away), languages as one
 * comma-separated text, citizenships as one select per entry.
 */
export interface ParticipantFormState {
  firstName: string;
  lastName: string;
  sex: string;
  birthDate: string;
  birthCountry: string;
  birthPlace: string;
  citizenships: string[];
  codiceFiscale: string;
  residenceComune: string;
  email: string;
  phone: string;
  languages: string;
  italianLevel: string;
  educationIsced: string;
  residencePermitType: string;
  residencePermitExpiry: string;
  internationalProtection: boolean;
  arrivalYear: string;
  referredBy: string;
  consentDate: string;
  consentLegalBasis: string;
  consentScopes: string[];
}

/** ISCED 2011 levels offered in the form (the schema accepts 0–8). */
export const ISCED_LEVELS = ['0', '1', '2', '3', '4', '5', '6', '7', '8'] as const;

export type ParticipantFieldName = keyof ParticipantFormState;

/** Field order on screen: the first invalid one in this order receives focus. */
export const FIELD_ORDER: ParticipantFieldName[] = [
  'firstName',
  'lastName',
  'sex',
  'birthDate',
  'birthCountry',
  'birthPlace',
  'citizenships',
  'codiceFiscale',
  'residenceComune',
  'email',
  'phone',
  'languages',
  'italianLevel',
  'educationIsced',
  'residencePermitType',
  'residencePermitExpiry',
  'internationalProtection',
  'arrivalYear',
  'referredBy',
  'consentDate',
  'consentLegalBasis',
  'consentScopes',
];

export function isFieldName(name: string): name is ParticipantFieldName {
  return (FIELD_ORDER as string[]).includes(name);
}

export function fieldId(name: ParticipantFieldName): string {
  return `participant-${name}`;
}

export function emptyForm(): ParticipantFormState {
  return {
    firstName: '',
    lastName: '',
    sex: '',
    birthDate: '',
    birthCountry: '',
    birthPlace: '',
    citizenships: [''],
    codiceFiscale: '',
    residenceComune: '',
    email: '',
    phone: '',
    languages: '',
    italianLevel: '',
    educationIsced: '',
    residencePermitType: '',
    residencePermitExpiry: '',
    internationalProtection: false,
    arrivalYear: '',
    referredBy: '',
    consentDate: '',
    consentLegalBasis: '',
    consentScopes: [],
  };
}

export function formFromParticipant(p: Participant): ParticipantFormState {
  const text = (value: string | number | undefined | null) =>
    value === undefined || value === null ? '' : String(value);
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    sex: p.sex,
    birthDate: p.birthDate,
    birthCountry: p.birthCountry,
    birthPlace: text(p.birthPlace),
    citizenships: p.citizenships.length > 0 ? [...p.citizenships] : [''],
    codiceFiscale: text(p.codiceFiscale),
    residenceComune: text(p.residenceComune),
    email: text(p.email),
    phone: text(p.phone),
    languages: p.languages.join(', '),
    italianLevel: text(p.italianLevel),
    educationIsced: text(p.educationIsced),
    residencePermitType: text(p.residencePermitType),
    residencePermitExpiry: text(p.residencePermitExpiry),
    internationalProtection: p.internationalProtection,
    arrivalYear: text(p.arrivalYear),
    referredBy: text(p.referredBy),
    consentDate: p.consentDate,
    consentLegalBasis: p.consentLegalBasis,
    consentScopes: [...p.consentScopes],
  };
}

/** The form's text turned into the contract's input; the schema then validates and normalises it. */
export function toSchemaInput(state: ParticipantFormState): ParticipantFormValues {
  const choice = (value: string) => (value === '' ? undefined : value);
  return {
    ...state,
    sex: choice(state.sex),
    consentLegalBasis: choice(state.consentLegalBasis),
    citizenships: state.citizenships.filter((c) => c !== ''),
    languages: state.languages
      .split(',')
      .map((l) => l.trim())
      .filter((l) => l !== ''),
  } as ParticipantFormValues;
}
