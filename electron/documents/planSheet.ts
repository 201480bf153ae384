import { ISO_DATE, type DocumentLocale, formatDate, formatPrintDate } from './i18n';
import { type Field, type TopBand, drawFieldBox, drawPageFooter } from './layout';
import { type DocumentOptions, createDocument } from './pdf';
import {
  type Agreement,
  Flow,
  type GoalBlock,
  drawAgreement,
  drawGoal,
  drawNoGoals,
  drawParagraph,
  drawSectionHeading,
} from './planLayout';
import {
  type ActionOwner,
  type ActionStatus,
  type GoalStatus,
  type PlanTexts,
  type Track,
  planTextsFor,
} from './planTexts';
import { clean } from './text';

export interface PlanSheetInput {
  locale: DocumentLocale;
  organisation: { name: string; taxCode?: string | null; address?: string | null };
  participant: {
    firstName: string;
    lastName: string;
    codiceFiscale?: string | null;
    /** YYYY-MM-DD, like every date below. */
    birthDate: string;
  };
  pathway: { track: Track; openedOn: string; counselorName: string; projectTitle?: string | null };
  /** Empty: the date is left as a line to write by hand when signing. */
  agreedOn?: string | null;
  /** Printed in the order given, numbered from 1. */
  goals: {
    title: string;
    dueDate?: string | null;
    status: GoalStatus;
    actions: {
      description: string;
      who: ActionOwner;
      dueDate?: string | null;
      status: ActionStatus;
    }[];
  }[];
}

/**
 * The individual plan the participant and the counselor sign: A4, the organisation,
 * title and person's name at the top of every page, "Pagina X di Y" at the foot.
 */
export async function renderPlanSheet(
  input: PlanSheetInput,
  options: DocumentOptions = {},
): Promise<Buffer> {
  validatePlan(input);
  const texts = planTextsFor(input.locale);
  const creationDate = options.creationDate ?? new Date();
  const { doc, finished } = createDocument({
    locale: input.locale,
    title: documentTitle(input, texts),
    author: clean(input.organisation.name),
    creationDate,
    fontDir: options.fontDir,
    bufferPages: true,
  });

  const flow = new Flow(doc, topBand(input, texts));
  flow.newPage();
  drawParagraph(flow, texts.intro);
  drawSectionHeading(flow, texts.personSection);
  flow.y = drawFieldBox(doc, personFields(input, texts), flow.y, true);
  drawSectionHeading(flow, texts.pathwaySection);
  flow.y = drawFieldBox(doc, pathwayFields(input, texts), flow.y, true);
  drawSectionHeading(flow, texts.goalsSection);
  const goals = goalBlocks(input, texts);
  if (goals.length === 0) drawNoGoals(flow, texts);
  for (const goal of goals) drawGoal(flow, goal, texts);
  drawAgreement(flow, agreement(input), texts);

  const printed = `${texts.printedOn} ${formatPrintDate(creationDate, input.locale)}`;
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page += 1) {
    doc.switchToPage(page);
    drawPageFooter(doc, {
      left: printed,
      center: texts.title,
      right: texts.page(page - start + 1, count),
    });
  }
  doc.end();
  return finished;
}

/** Only non-personal fields: the title shows in viewers' title bars and file lists. */
function documentTitle(input: PlanSheetInput, texts: PlanTexts): string {
  return [texts.title, clean(input.pathway.projectTitle)].filter(Boolean).join(' – ');
}

function fullName(input: PlanSheetInput): string {
  return `${clean(input.participant.firstName)} ${clean(input.participant.lastName)}`.trim();
}

function topBand(input: PlanSheetInput, texts: PlanTexts): TopBand {
  const taxCode = clean(input.organisation.taxCode);
  return {
    organisationName: clean(input.organisation.name),
    organisationDetails: [
      taxCode && `${texts.codiceFiscale} ${taxCode}`,
      clean(input.organisation.address),
    ]
      .filter(Boolean)
      .join(' · '),
    title: texts.title,
    subtitle: fullName(input),
  };
}

function personFields(input: PlanSheetInput, texts: PlanTexts): Field[][] {
  const { participant, locale } = input;
  const codiceFiscale = clean(participant.codiceFiscale).toUpperCase();
  const rows: Field[][] = [
    [
      { label: texts.name, value: fullName(input) },
      { label: texts.birthDate, value: formatDate(participant.birthDate, locale) },
    ],
  ];
  if (codiceFiscale) rows.push([{ label: texts.codiceFiscale, value: codiceFiscale }]);
  return rows;
}

function pathwayFields(input: PlanSheetInput, texts: PlanTexts): Field[][] {
  const { pathway, locale } = input;
  const rows: Field[][] = [
    [{ label: texts.track, value: texts.tracks[pathway.track] }],
    [
      { label: texts.openedOn, value: formatDate(pathway.openedOn, locale) },
      { label: texts.counselor, value: clean(pathway.counselorName) },
    ],
  ];
  const project = clean(pathway.projectTitle);
  if (project) rows.push([{ label: texts.project, value: project }]);
  return rows;
}

function goalBlocks(input: PlanSheetInput, texts: PlanTexts): GoalBlock[] {
  const { locale } = input;
  const day = (date: string | null | undefined): string => (date ? formatDate(date, locale) : '');
  return input.goals.map((goal, index) => ({
    number: index + 1,
    title: clean(goal.title),
    meta: [
      `${texts.dueDate}: ${day(goal.dueDate) || texts.noDueDate}`,
      `${texts.status}: ${texts.goalStatus[goal.status]}`,
    ].join('  ·  '),
    actions: goal.actions.map((action) => ({
      description: clean(action.description),
      who: texts.owners[action.who],
      by: day(action.dueDate) || '—',
      status: texts.actionStatus[action.status],
    })),
  }));
}

function agreement(input: PlanSheetInput): Agreement {
  return {
    agreedOn: input.agreedOn ? formatDate(input.agreedOn, input.locale) : '',
    participantName: fullName(input),
    counselorName: clean(input.pathway.counselorName),
  };
}

/** Messages name the field and the goal's position, never personal data. */
function validatePlan(input: PlanSheetInput): void {
  const texts = input.locale === 'it' || input.locale === 'en' ? planTextsFor(input.locale) : null;
  if (!texts) throw new RangeError('Plan: unsupported locale');
  const checkDate = (value: string | null | undefined, what: string, optional: boolean) => {
    if (optional && !value) return;
    if (!value || !ISO_DATE.test(value)) throw new RangeError(`Plan: ${what} must be YYYY-MM-DD`);
  };
  checkDate(input.participant.birthDate, 'birth date', false);
  checkDate(input.pathway.openedOn, 'opening date', false);
  checkDate(input.agreedOn, 'agreement date', true);
  if (!Object.hasOwn(texts.tracks, input.pathway.track))
    throw new RangeError('Plan: unknown track');
  input.goals.forEach((goal, index) => {
    const where = `goal ${index + 1}`;
    checkDate(goal.dueDate, `${where} due date`, true);
    if (!Object.hasOwn(texts.goalStatus, goal.status))
      throw new RangeError(`Plan: ${where} unknown status`);
    goal.actions.forEach((action, actionIndex) => {
      const at = `${where} action ${actionIndex + 1}`;
      checkDate(action.dueDate, `${at} due date`, true);
      if (
        !Object.hasOwn(texts.actionStatus, action.status) ||
        !Object.hasOwn(texts.owners, action.who)
      ) {
        throw new RangeError(`Plan: ${at} unknown status or owner`);
      }
    });
  });
}
