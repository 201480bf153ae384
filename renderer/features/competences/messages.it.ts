/** Italian texts of the competence screens (framework, course and person sections). */
export const competencesMessagesIt = {
  'competences.area.tabs': 'Sezioni di Competenze e attestati',
  'competences.tab.framework': 'Quadro delle competenze',
  'competences.tab.certificates': 'Registro degli attestati',
  'competences.tab.verify': 'Verifica un attestato',
  'competences.framework.title': 'Quadro delle competenze',
  'competences.filters': 'Filtri del quadro delle competenze',
  'competences.search': 'Cerca per codice o titolo',
  'competences.allTracks': 'Tutti gli ambiti',
  'competences.showInactive': 'Mostra anche le competenze disattivate',
  'competences.count':
    '{count, plural, =0 {Nessuna competenza} one {# competenza} other {# competenze}}',
  'competences.empty': 'Nessuna competenza corrisponde alla ricerca.',
  'competences.inactive': 'disattivata',
  'competences.col.competence': 'Competenza',
  'competences.field.code': 'Codice',
  'competences.field.track': 'Ambito',
  'competences.field.eqfLevel': 'Livello EQF',
};
