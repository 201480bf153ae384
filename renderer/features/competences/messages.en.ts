import type { competencesMessagesIt } from './messages.it';

/** English texts of the competence screens. */
export const competencesMessagesEn: Record<keyof typeof competencesMessagesIt, string> = {
  'competences.area.tabs': 'Sections of Competences and certificates',
  'competences.tab.framework': 'Competence framework',
  'competences.tab.certificates': 'Certificate registry',
  'competences.tab.verify': 'Verify a certificate',
  'competences.framework.title': 'Competence framework',
  'competences.filters': 'Competence framework filters',
  'competences.search': 'Search by code or title',
  'competences.allTracks': 'All tracks',
  'competences.showInactive': 'Also show deactivated competences',
  'competences.count':
    '{count, plural, =0 {No competences} one {# competence} other {# competences}}',
  'competences.empty': 'No competence matches the search.',
  'competences.inactive': 'deactivated',
  'competences.col.competence': 'Competence',
  'competences.field.code': 'Code',
  'competences.field.track': 'Track',
  'competences.field.eqfLevel': 'EQF level',
};
