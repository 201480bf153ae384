import type { DocumentLocale } from './i18n';

export type Track = 'association' | 'self_employment' | 'job_placement';
export type GoalStatus = 'open' | 'achieved' | 'dropped';
export type ActionStatus = 'open' | 'done' | 'dropped';
export type ActionOwner = 'participant' | 'counselor' | 'other';

export interface PlanTexts {
  title: string;
  intro: string;
  personSection: string;
  pathwaySection: string;
  goalsSection: string;
  agreementSection: string;
  name: string;
  birthDate: string;
  codiceFiscale: string;
  track: string;
  openedOn: string;
  counselor: string;
  project: string;
  goal: (number: number) => string;
  continued: string;
  dueDate: string;
  noDueDate: string;
  status: string;
  action: string;
  who: string;
  by: string;
  noGoals: string;
  noActions: string;
  agreedOn: string;
  agreement: string;
  participantSignature: string;
  counselorSignature: string;
  placeAndDate: string;
  printedOn: string;
  page: (current: number, total: number) => string;
  tracks: Record<Track, string>;
  goalStatus: Record<GoalStatus, string>;
  actionStatus: Record<ActionStatus, string>;
  owners: Record<ActionOwner, string>;
}

const TEXTS: Record<DocumentLocale, PlanTexts> = {
  it: {
    title: 'Patto individuale',
    intro:
      "Questo patto raccoglie gli obiettivi che la persona e l'operatore/operatrice di " +
      'riferimento hanno scelto insieme, e le azioni concrete per raggiungerli: chi fa ' +
      'cosa ed entro quando. Non è definitivo: si può rivedere e aggiornare insieme in ' +
      'qualsiasi momento, quando le cose cambiano. Con la firma, entrambi dichiarano di ' +
      'averlo letto e di condividerlo.',
    personSection: 'La persona',
    pathwaySection: 'Il percorso',
    goalsSection: 'Obiettivi e azioni',
    agreementSection: 'Accordo',
    name: 'Nome e cognome',
    birthDate: 'Data di nascita',
    codiceFiscale: 'Codice fiscale',
    track: 'Tipo di percorso',
    openedOn: 'Avviato il',
    counselor: 'Operatore/trice',
    project: 'Progetto',
    goal: (number) => `Obiettivo ${number}`,
    continued: '(continua)',
    dueDate: 'Entro',
    noDueDate: 'nessuna scadenza',
    status: 'Stato',
    action: 'Azione',
    who: 'Chi',
    by: 'Entro',
    noGoals: 'Nessun obiettivo ancora definito',
    noActions: 'Nessuna azione ancora definita',
    agreedOn: 'Patto concordato il',
    agreement:
      "Abbiamo letto insieme questo patto e siamo d'accordo sugli obiettivi e sulle azioni.",
    participantSignature: 'Firma del/della partecipante',
    counselorSignature: "Firma dell'operatore/operatrice",
    placeAndDate: 'Luogo e data',
    printedOn: 'Stampato il',
    page: (current, total) => `Pagina ${current} di ${total}`,
    tracks: {
      association: 'Fare associazione',
      self_employment: 'Autoimprenditoria',
      job_placement: 'Orientamento e accompagnamento al lavoro',
    },
    goalStatus: { open: 'in corso', achieved: 'raggiunto', dropped: 'non più perseguito' },
    actionStatus: { open: 'da fare', done: 'fatta', dropped: 'annullata' },
    owners: { participant: 'partecipante', counselor: 'operatore·operatrice', other: 'altro' },
  },
  en: {
    title: 'Individual plan',
    intro:
      'This plan sets out the goals that the participant and their counselor have chosen ' +
      'together, and the practical steps to reach them: who does what, and by when. It is ' +
      'not fixed: it can be reviewed and updated together at any time, as things change. ' +
      'By signing, both confirm that they have read it and agree with it.',
    personSection: 'The person',
    pathwaySection: 'The pathway',
    goalsSection: 'Goals and actions',
    agreementSection: 'Agreement',
    name: 'Name',
    birthDate: 'Date of birth',
    codiceFiscale: 'Tax code',
    track: 'Type of pathway',
    openedOn: 'Started on',
    counselor: 'Counselor',
    project: 'Project',
    goal: (number) => `Goal ${number}`,
    continued: '(continued)',
    dueDate: 'By',
    noDueDate: 'no deadline',
    status: 'Status',
    action: 'Action',
    who: 'Who',
    by: 'By',
    noGoals: 'No goals agreed yet',
    noActions: 'No actions agreed yet',
    agreedOn: 'Plan agreed on',
    agreement: 'We have read this plan together and agree on its goals and actions.',
    participantSignature: "Participant's signature",
    counselorSignature: "Counselor's signature",
    placeAndDate: 'Place and date',
    printedOn: 'Printed on',
    page: (current, total) => `Page ${current} of ${total}`,
    tracks: {
      association: 'Building an association',
      self_employment: 'Self-employment',
      job_placement: 'Job guidance and placement',
    },
    goalStatus: { open: 'in progress', achieved: 'achieved', dropped: 'no longer pursued' },
    actionStatus: { open: 'to do', done: 'done', dropped: 'cancelled' },
    owners: { participant: 'participant', counselor: 'counselor', other: 'other' },
  },
};

export function planTextsFor(locale: DocumentLocale): PlanTexts {
  return TEXTS[locale];
}
