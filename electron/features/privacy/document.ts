import { type DocumentLocale, formatDate, formatPrintDate } from '../../documents/i18n';
import {
  CONTENT_WIDTH,
  type Field,
  MM,
  PAGE,
  drawFieldBox,
  drawPageFooter,
} from '../../documents/layout';
import { type DocumentOptions, createDocument } from '../../documents/pdf';
import { Flow, drawParagraph, drawSectionHeading } from '../../documents/planLayout';
import { MUTED, clean, drawText, setFont } from '../../documents/text';
import type { FontFace } from '../../documents/fonts';
import { countryName } from '../reference/countries';
import type { PersonalData } from './collect';
import { type PrivacyTexts, label, privacyTexts } from './texts';

type Doc = PDFKit.PDFDocument;

interface LineStyle {
  face: FontFace;
  size: number;
  indent?: number;
  color?: string;
}

const BODY: LineStyle = { face: 'regular', size: 9 };
const SMALL: LineStyle = { face: 'condensed', size: 8.5, color: MUTED };
const ITEM_TITLE: LineStyle = { face: 'bold', size: 9.5 };
const INDENT = 4 * MM;

/** Splits a text into lines that fit `width`; a word longer than a line is cut. */
function wrap(doc: Doc, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (doc.widthOfString(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (doc.widthOfString(line) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && doc.widthOfString(line.slice(0, cut)) > width) cut -= 1;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Text of any length, line by line, breaking pages where needed: a subject-access copy
 * leaves nothing out, so notes are never cut with an ellipsis.
 */
function writeLines(flow: Flow, text: string, style: LineStyle = BODY): void {
  const value = text.normalize('NFC').trim();
  if (!value) return;
  const { doc } = flow;
  const indent = style.indent ?? 0;
  const width = CONTENT_WIDTH - indent;
  setFont(doc, style.face, style.size);
  const lineHeight = doc.currentLineHeight(true);
  for (const line of wrap(doc, value, width)) {
    flow.ensure(lineHeight);
    drawText(doc, line, {
      face: style.face,
      size: style.size,
      x: PAGE.marginX + indent,
      y: flow.y,
      width: width + 1,
      color: style.color,
    });
    flow.y += lineHeight;
  }
}

function gap(flow: Flow, millimetres = 2): void {
  flow.y += millimetres * MM;
}

const join = (...parts: (string | null | undefined | false)[]) =>
  parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(' · ');

class Writer {
  readonly t: PrivacyTexts;

  constructor(
    readonly flow: Flow,
    readonly locale: DocumentLocale,
  ) {
    this.t = privacyTexts(locale);
  }

  day(date: string | null | undefined): string {
    if (!date) return '';
    return formatDate(date.slice(0, 10), this.locale);
  }

  hours(minutes: number): string {
    const value = Math.round((minutes / 60) * 100) / 100;
    return `${String(value).replace('.', this.locale === 'it' ? ',' : '.')} h`;
  }

  section(title: string, empty: boolean): boolean {
    drawSectionHeading(this.flow, title);
    if (empty) writeLines(this.flow, this.t.none, SMALL);
    return !empty;
  }

  fields(rows: Field[][]): void {
    const present = rows
      .map((row) => row.filter((f) => f.value !== ''))
      .filter((row) => row.length > 0);
    if (present.length === 0) return;
    // A box of short fields stays on one page.
    this.flow.ensure(present.length * 7 * MM + 10);
    this.flow.y = drawFieldBox(this.flow.doc, present, this.flow.y, true);
    gap(this.flow);
  }

  item(title: string, details: string): void {
    gap(this.flow, 1.5);
    writeLines(this.flow, title, ITEM_TITLE);
    writeLines(this.flow, details, SMALL);
  }

  text(labelText: string, value: string | null | undefined, indent = 0): void {
    if (!value || !value.trim()) return;
    writeLines(this.flow, `${labelText}: ${value}`, { ...BODY, indent });
  }
}

function person(w: Writer, data: PersonalData): void {
  const { t, locale } = w;
  const p = data.person;
  const str = (key: string) => {
    const value = p[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  w.section(t.personSection, false);
  w.fields([
    [
      { label: t.field.lastName, value: clean(p.lastName) },
      { label: t.field.firstName, value: clean(p.firstName) },
    ],
    [
      { label: t.field.sex, value: label(t.sex, p.sex) },
      { label: t.field.birthDate, value: w.day(p.birthDate) },
    ],
    [
      { label: t.field.birthCountry, value: countryName(p.birthCountry, locale) },
      { label: t.field.birthPlace, value: clean(str('birthPlace')) },
    ],
    [
      {
        label: t.field.citizenships,
        value: p.citizenships.map((c) => countryName(c, locale)).join(', '),
      },
      { label: t.field.codiceFiscale, value: str('codiceFiscale') },
    ],
    [
      { label: t.field.residenceComune, value: clean(str('residenceComune')) },
      { label: t.field.arrivalYear, value: str('arrivalYear') },
    ],
    [
      { label: t.field.email, value: str('email') },
      { label: t.field.phone, value: str('phone') },
    ],
    [
      { label: t.field.languages, value: clean(p.languages.join(', ')) },
      { label: t.field.italianLevel, value: str('italianLevel').replace('_', '-') },
    ],
    [
      { label: t.field.educationIsced, value: str('educationIsced') },
      {
        label: t.field.internationalProtection,
        value: p.internationalProtection === true ? t.yes : t.no,
      },
    ],
    [
      { label: t.field.residencePermitType, value: str('residencePermitType') },
      { label: t.field.residencePermitExpiry, value: w.day(str('residencePermitExpiry')) },
    ],
    [{ label: t.field.referredBy, value: clean(str('referredBy')) }],
    [
      { label: t.field.createdAt, value: w.day(str('createdAt')) },
      { label: t.field.updatedAt, value: w.day(str('updatedAt')) },
    ],
  ]);
  w.section(t.consentSection, false);
  w.fields([
    [
      { label: t.field.consentDate, value: w.day(str('consentDate')) },
      { label: t.field.consentLegalBasis, value: label(t.legalBasis, str('consentLegalBasis')) },
    ],
    [
      {
        label: t.field.consentScopes,
        value: p.consentScopes.map((s) => label(t.scopes, s)).join(', '),
      },
    ],
  ]);
}

function courses(w: Writer, data: PersonalData): void {
  const { t } = w;
  if (!w.section(t.coursesSection, data.enrolments.length === 0)) return;
  for (const e of data.enrolments) {
    w.item(
      clean(e.courseTitle),
      join(
        clean(e.projectTitle),
        label(t.tracks, e.track),
        `${t.period} ${w.day(e.courseStart)} – ${w.day(e.courseEnd)}`,
        `${t.status}: ${label(t.enrolmentStatus, e.status)} (${w.day(e.statusDate)})`,
        `${t.enrolledOn} ${w.day(e.enrolledOn)}`,
        `${t.hoursAttended}: ${w.hours(e.attendedMinutes)}`,
      ),
    );
    w.text(t.reason, e.reason, 0);
    const sessions = data.attendance.filter((a) => a.courseId === e.courseId);
    if (sessions.length === 0) continue;
    writeLines(w.flow, `${t.sessions}:`, SMALL);
    for (const a of sessions) {
      writeLines(
        w.flow,
        join(
          `${w.day(a.date)} ${a.startTime}–${a.endTime}`,
          label(t.attendanceStatus, a.status),
          w.hours(a.minutes),
        ),
        { ...SMALL, indent: INDENT },
      );
    }
  }
}

function milestoneDetails(w: Writer, details: Record<string, unknown>): string {
  const { t } = w;
  return Object.entries(details)
    .filter(([key, value]) => key !== 'type' && value !== null && value !== undefined)
    .map(([key, value]) => {
      const name = label(t.milestoneField, key);
      if (typeof value === 'boolean') return `${name}: ${value ? t.yes : t.no}`;
      if (key === 'monthlyAllowanceCents' && typeof value === 'number') {
        return `${name}: € ${(value / 100).toFixed(2)}`;
      }
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
        return `${name}: ${w.day(value)}`;
      }
      if (typeof value === 'object') {
        const inner = Object.entries(value as Record<string, unknown>)
          .map(
            ([k, v]) =>
              `${label(t.milestoneField, k)} ${typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? w.day(v) : String(v)}`,
          )
          .join(', ');
        return `${name}: ${inner}`;
      }
      return `${name}: ${typeof value === 'string' || typeof value === 'number' ? value : ''}`;
    })
    .join(' · ');
}

function pathways(w: Writer, data: PersonalData): void {
  const { t, flow } = w;
  if (!w.section(t.pathwaysSection, data.pathways.length === 0)) return;
  for (const p of data.pathways) {
    w.item(
      label(t.tracks, p.track),
      join(
        `${t.status}: ${label(t.pathwayStatus, p.status)}`,
        `${t.openedOn} ${w.day(p.openedOn)}`,
        p.closedOn && `${t.closedOn} ${w.day(p.closedOn)}`,
        p.counselor && `${t.counselor}: ${clean(p.counselor)}`,
        p.projectTitle && `${t.project}: ${clean(p.projectTitle)}`,
      ),
    );
    w.text(t.outcome, p.outcome);
    for (const s of p.screenings) {
      writeLines(flow, `${t.screening} ${label(t.screeningKind, s.kind)} – ${w.day(s.date)}`, {
        ...BODY,
        face: 'bold',
      });
      for (const score of s.scores) {
        writeLines(
          flow,
          join(`${label(t.dimensions, score.dimension)}: ${t.level} ${score.level}`, score.note),
          { ...BODY, indent: INDENT },
        );
      }
    }
    if (p.goals.length > 0) {
      writeLines(
        flow,
        join(t.plan, p.planAgreedOn && `${t.planAgreedOn} ${w.day(p.planAgreedOn)}`),
        { ...BODY, face: 'bold' },
      );
      p.goals.forEach((goal, index) => {
        writeLines(
          flow,
          join(
            `${t.goal} ${index + 1}: ${goal.title}`,
            label(t.goalStatus, goal.status),
            goal.dueDate && `${t.dueDate} ${w.day(goal.dueDate)}`,
          ),
          { ...BODY, indent: INDENT },
        );
        for (const action of goal.actions) {
          writeLines(
            flow,
            join(
              `– ${action.description}`,
              label(t.actionStatus, action.status),
              action.dueDate && `${t.dueDate} ${w.day(action.dueDate)}`,
            ),
            { ...BODY, indent: INDENT * 2 },
          );
        }
      });
    }
    if (p.meetings.length > 0) {
      writeLines(flow, t.meetings, { ...BODY, face: 'bold' });
      for (const m of [...p.meetings].reverse()) {
        writeLines(
          flow,
          join(w.day(m.date), label(t.meetingKind, m.kind), `${m.durationMinutes} ${t.minutes}`),
          { ...BODY, indent: INDENT, face: 'condensedBold' },
        );
        w.text(t.notes, m.notes, INDENT);
        w.text(t.nextSteps, m.nextSteps, INDENT);
        w.text(t.nextAppointment, m.nextAppointment && w.day(m.nextAppointment), INDENT);
      }
    }
    if (p.milestones.length > 0) {
      writeLines(flow, t.milestones, { ...BODY, face: 'bold' });
      for (const m of p.milestones) {
        const details = m.details as unknown as Record<string, unknown>;
        writeLines(
          flow,
          join(
            `${label(t.milestoneType, String(details.type))} – ${w.day(m.date)}`,
            milestoneDetails(w, details),
          ),
          { ...BODY, indent: INDENT },
        );
      }
    }
    if (p.referrals.length > 0) {
      writeLines(flow, t.referrals, { ...BODY, face: 'bold' });
      for (const r of p.referrals) {
        writeLines(flow, join(w.day(r.date), `${t.service}: ${clean(r.serviceName)}`), {
          ...BODY,
          indent: INDENT,
        });
        w.text(t.reason, r.reason, INDENT * 2);
        w.text(t.outcome, r.outcome, INDENT * 2);
      }
    }
  }
}

function volunteering(w: Writer, data: PersonalData): void {
  const { t } = w;
  if (!w.section(t.volunteeringSection, data.volunteering.length === 0)) return;
  for (const v of data.volunteering) {
    w.item(
      clean(v.hostAssociation),
      join(
        `${t.period} ${w.day(v.startDate)} – ${w.day(v.endDate)}`,
        `${t.hours}: ${v.hours}`,
        v.role && `${t.role}: ${clean(v.role)}`,
        `${t.insurance}: ${v.insuranceCovered ? t.yes : t.no}`,
      ),
    );
  }
}

function records(w: Writer, data: PersonalData): void {
  const { t } = w;
  if (!w.section(t.recordsSection, data.competenceRecords.length === 0)) return;
  for (const r of data.competenceRecords) {
    w.item(
      `${r.competenceCode} – ${clean(r.competenceTitle)}`,
      join(
        label(t.recordLevel, r.levelReached),
        `${t.source}: ${label(t.recordSource, r.source)} (${clean(r.sourceTitle)})`,
        r.minutes !== null && `${t.hours}: ${w.hours(r.minutes)}`,
        `${t.assessment}: ${label(t.assessmentMethod, r.assessmentMethod)} ${w.day(r.assessedOn)}`,
        `${t.assessor}: ${clean(r.assessorName)}`,
        `${t.status}: ${label(t.recordStatus, r.status)}`,
      ),
    );
    w.text(t.evidence, r.evidence);
    w.text(t.reason, r.revokedReason);
  }
}

function certificates(w: Writer, data: PersonalData): void {
  const { t } = w;
  if (!w.section(t.certificatesSection, data.certificates.length === 0)) return;
  for (const c of data.certificates) {
    w.item(
      `${t.number} ${c.number}`,
      join(
        `${t.issuedOn} ${w.day(c.issuedOn)}`,
        `${t.status}: ${label(t.certificateStatus, c.status)}`,
        `${t.verificationCode}: ${c.verificationCode}`,
        c.redactedAt && t.redacted,
        c.snapshot.competences.map((comp) => comp.code).join(', '),
      ),
    );
  }
}

function processing(w: Writer, data: PersonalData): void {
  const { t } = w;
  if (!w.section(t.processingSection, data.processing.length === 0)) return;
  writeLines(w.flow, t.processingIntro, SMALL);
  for (const event of data.processing) {
    writeLines(w.flow, join(w.day(event.at), event.action, event.role), {
      ...SMALL,
      color: undefined,
    });
  }
}

/** The subject-access copy as an A4 document the person can read; every note whole. */
export async function renderPersonalData(
  data: PersonalData,
  locale: DocumentLocale,
  options: DocumentOptions = {},
): Promise<Buffer> {
  const t = privacyTexts(locale);
  const creationDate = options.creationDate ?? new Date();
  const organisation = clean(data.controller.name);
  const { doc, finished } = createDocument({
    locale,
    // Never personal data: the title shows in viewers' title bars and file lists.
    title: t.documentTitle,
    author: organisation,
    creationDate,
    fontDir: options.fontDir,
    bufferPages: true,
  });
  const flow = new Flow(doc, {
    organisationName: organisation,
    organisationDetails: [clean(data.controller.taxCode), clean(data.controller.address)]
      .filter(Boolean)
      .join(' · '),
    title: t.title,
    subtitle: `${clean(data.person.lastName)} ${clean(data.person.firstName)}`,
  });
  flow.newPage();
  const w = new Writer(flow, locale);
  const printDate = formatPrintDate(creationDate, locale);
  drawParagraph(flow, t.intro(organisation, printDate));
  if (data.person.anonymisedAt) {
    gap(flow);
    drawParagraph(flow, t.anonymised(w.day(data.person.anonymisedAt)));
  }
  person(w, data);
  courses(w, data);
  pathways(w, data);
  volunteering(w, data);
  records(w, data);
  certificates(w, data);
  processing(w, data);

  const printed = `${t.printedOn} ${printDate}`;
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page += 1) {
    doc.switchToPage(page);
    drawPageFooter(doc, { left: printed, center: t.title, right: t.page(page - start + 1, count) });
  }
  doc.end();
  return finished;
}
