import { errorMessages } from '../../electron/api/messages';
import type { Locale } from '../../electron/api/locale';
import { certificatesMessagesEn } from '../features/certificates/messages.en';
import { certificatesMessagesIt } from '../features/certificates/messages.it';
import { competencesMessagesEn } from '../features/competences/messages.en';
import { competencesMessagesIt } from '../features/competences/messages.it';
import { coursesMessagesEn } from '../features/courses/messages.en';
import { coursesMessagesIt } from '../features/courses/messages.it';
import { importsMessagesEn } from '../features/imports/messages.en';
import { importsMessagesIt } from '../features/imports/messages.it';
import { pathwaysMessagesEn } from '../features/pathways/messages.en';
import { pathwaysMessagesIt } from '../features/pathways/messages.it';
import { privacyMessagesEn } from '../features/privacy/messages.en';
import { privacyMessagesIt } from '../features/privacy/messages.it';
import { reportsMessagesEn } from '../features/reports/messages.en';
import { reportsMessagesIt } from '../features/reports/messages.it';
import { auditMessagesEn } from '../features/settings/auditMessages.en';
import { auditMessagesIt } from '../features/settings/auditMessages.it';
import { servicesMessagesEn } from '../features/services/messages.en';
import { servicesMessagesIt } from '../features/services/messages.it';
import { enMessages } from './en';
import { itMessages } from './it';

/** Every text of the interface per language: the app's own texts plus the shared error texts. */
export const catalogues: Record<Locale, Record<string, string>> = {
  it: {
    ...errorMessages.it,
    ...itMessages,
    ...coursesMessagesIt,
    ...pathwaysMessagesIt,
    ...servicesMessagesIt,
    ...reportsMessagesIt,
    ...competencesMessagesIt,
    ...certificatesMessagesIt,
    ...importsMessagesIt,
    ...privacyMessagesIt,
    ...auditMessagesIt,
  },
  en: {
    ...errorMessages.en,
    ...enMessages,
    ...coursesMessagesEn,
    ...pathwaysMessagesEn,
    ...servicesMessagesEn,
    ...reportsMessagesEn,
    ...competencesMessagesEn,
    ...certificatesMessagesEn,
    ...importsMessagesEn,
    ...privacyMessagesEn,
    ...auditMessagesEn,
  },
};

/** BCP 47 tags for formatting: Italian dates as dd/mm/yyyy, English as in the UK (3 Apr 1990). */
export const formattingLocale: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };
