import { createHmac, randomBytes } from 'node:crypto';
import type * as ExcelJS from 'exceljs';
import { eq, inArray } from 'drizzle-orm';
import { projects, settings } from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import type { ParsedInput } from '../../api/contract';
import { todayIso } from '../../api/fields';
import { loadExcel, writeCsv } from '../../documents/tabular';
import type { GeneratedFile } from '../competences/contract';
import { BREAKDOWNS, type Dashboard, OUTCOMES } from './contract';
import { dashboardFor } from './dashboard';
import { reportPdf } from './pdf';
import { personBuckets, type ReportData } from './queries';
import {
  breakdownLabel,
  bucketLabel,
  indicatorLabel,
  outcomeLabel,
  reportTexts,
  statusLabel,
  trackLabel,
} from './texts';

type Row = (string | number | null)[];

/** The key behind pseudonymous codes: random, kept in the archive, never exported. */
function pseudonymKey(ctx: HandlerContext): string {
  const { db } = ctx.database;
  const row = db.select().from(settings).where(eq(settings.key, 'pseudonymKey')).get();
  if (typeof row?.value === 'string') return row.value;
  const key = randomBytes(32).toString('hex');
  db.insert(settings).values({ key: 'pseudonymKey', value: key }).onConflictDoNothing().run();
  return key;
}

/** Stable per archive, meaningless outside it: the same person has the same code in every export. */
export function pseudonym(key: string, participantId: number): string {
  const digest = createHmac('sha256', key).update(String(participantId)).digest('hex');
  return `P-${digest.slice(0, 10).toUpperCase()}`;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export interface ReportTables {
  heading: Row[];
  targets: Row[];
  figures: Row[];
  breakdowns: { title: string; rows: Row[] }[];
  participants: Row[];
}

/** Every table of the report as rows of cells, in the caller's language. */
export function reportTables(
  ctx: HandlerContext,
  dashboard: Dashboard,
  data: ReportData,
  key: string,
): ReportTables {
  const t = reportTexts(ctx.locale);
  const { locale } = ctx;
  const titles = ctx.database.db
    .select({ title: projects.title, funder: projects.funder })
    .from(projects)
    .where(inArray(projects.id, dashboard.projectIds))
    .all();
  const single = dashboard.projectIds.length === 1 ? titles[0] : undefined;
  const heading: Row[] = [
    [t.project, single ? single.title : t.allProjects],
    ...(single ? [[t.funder, single.funder] as Row] : []),
    [t.period, `${dashboard.from} – ${dashboard.to}`],
    [t.territory, dashboard.territory ?? t.everywhere],
    [t.generated, todayIso(ctx.now())],
  ];
  const targets: Row[] = [
    [t.indicator, t.track, t.target, t.actual, t.progress, t.status],
    ...dashboard.targets.map((g) => [
      indicatorLabel(g.indicator, locale),
      g.track ? trackLabel(g.track, locale) : '',
      g.target,
      round1(g.actual),
      Math.round(g.progress * 100),
      statusLabel(g.status, locale),
    ]),
  ];
  const figures: Row[] = [
    [t.indicator, t.value],
    [t.people, dashboard.people.total],
    [t.women, dashboard.people.women],
    [
      t.womenShare,
      dashboard.people.womenShare === null ? null : round1(dashboard.people.womenShare),
    ],
    [t.deliveredHours, round1(dashboard.hours.delivered)],
    [t.attendedHours, round1(dashboard.hours.attended)],
    [t.sessionsHeld, dashboard.hours.sessionsHeld],
    ...OUTCOMES.map((o) => [outcomeLabel(o, locale), dashboard.outcomes[o]] as Row),
    [t.volunteeringHours, dashboard.volunteering.hours],
    [t.volunteers, dashboard.volunteering.volunteers],
  ];
  const breakdowns = BREAKDOWNS.map((b) => {
    const rows = dashboard.breakdowns[b];
    // As on the screen: shares of the people reached (someone in two tracks counts in
    // each, so those shares may add up to more than 100), or of every enrolment.
    const total =
      b === 'attendanceRate' ? rows.reduce((sum, r) => sum + r.count, 0) : dashboard.people.total;
    return {
      title: breakdownLabel(b, locale),
      rows: [
        [breakdownLabel(b, locale), t.count, t.share],
        ...rows.map((r) => [
          bucketLabel(b, r.key, locale),
          r.count,
          total > 0 ? round1((r.count * 100) / total) : null,
        ]),
      ] as Row[],
    };
  });
  const hoursBy = new Map<number, number>();
  for (const e of data.enrolments) {
    hoursBy.set(e.participantId, (hoursBy.get(e.participantId) ?? 0) + e.attendedMinutes);
  }
  const outcomesBy = new Map<number, Map<string, number>>();
  for (const o of data.outcomes) {
    const map = outcomesBy.get(o.participantId) ?? new Map<string, number>();
    map.set(o.outcome, (map.get(o.outcome) ?? 0) + 1);
    outcomesBy.set(o.participantId, map);
  }
  const participants: Row[] = [
    [
      t.code,
      t.sex,
      t.ageBand,
      t.citizenship,
      t.thirdCountry,
      t.protection,
      t.tracks,
      t.hours,
      ...OUTCOMES.map((o) => outcomeLabel(o, locale)),
    ],
  ];
  const people = [...data.people.values()]
    .map((p) => ({ p, code: pseudonym(key, p.id) }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  for (const { p, code } of people) {
    const b = personBuckets(p, dashboard.to);
    const outcomes = outcomesBy.get(p.id);
    participants.push([
      code,
      bucketLabel('sex', b.sex, locale),
      bucketLabel('ageBand', b.ageBand, locale),
      p.citizenships[0] ?? '',
      bucketLabel('thirdCountry', b.thirdCountry, locale),
      bucketLabel('protection', b.protection, locale),
      [...p.tracks]
        .sort()
        .map((k) => trackLabel(k, locale))
        .join(', '),
      round1((hoursBy.get(p.id) ?? 0) / 60),
      ...OUTCOMES.map((o) => outcomes?.get(o) ?? 0),
    ]);
  }
  return { heading, targets, figures, breakdowns, participants };
}

function addRows(sheet: ExcelJS.Worksheet, rows: Row[], headerRow = true): void {
  const start = sheet.rowCount + 1;
  sheet.addRows(rows);
  if (headerRow) sheet.getRow(start).font = { bold: true };
}

async function xlsx(tables: ReportTables, ctx: HandlerContext): Promise<Buffer> {
  const t = reportTexts(ctx.locale);
  const { Workbook } = await loadExcel();
  const book = new Workbook();
  book.creator = 'Percorsi';
  const indicators = book.addWorksheet(t.sheetIndicators);
  addRows(indicators, tables.heading, false);
  indicators.addRow([]);
  if (tables.targets.length > 1) {
    indicators.addRow([t.targets]).font = { bold: true, size: 12 };
    addRows(indicators, tables.targets);
    indicators.addRow([]);
  }
  indicators.addRow([t.figures]).font = { bold: true, size: 12 };
  addRows(indicators, tables.figures);
  indicators.getColumn(1).width = 48;
  for (const column of [2, 3, 4, 5, 6]) indicators.getColumn(column).width = 16;
  for (const breakdown of tables.breakdowns) {
    const sheet = book.addWorksheet(breakdown.title.slice(0, 31));
    addRows(sheet, breakdown.rows);
    sheet.getColumn(1).width = 36;
  }
  const people = book.addWorksheet(t.sheetParticipants.slice(0, 31));
  addRows(people, tables.participants);
  people.getColumn(1).width = 16;
  people.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

function indicatorsCsv(tables: ReportTables): string {
  const rows: Row[] = [
    ...tables.heading,
    [],
    ...(tables.targets.length > 1 ? [...tables.targets, []] : []),
    ...tables.figures,
  ];
  for (const b of tables.breakdowns) rows.push([], ...b.rows);
  const width = Math.max(...rows.map((r) => r.length));
  const [header = [], ...rest] = rows;
  return writeCsv(
    header.map((c) => (c === null ? '' : String(c))).concat(Array(width - header.length).fill('')),
    rest,
  );
}

export async function exportReport(
  ctx: HandlerContext,
  input: ParsedInput<'reports.export'>,
): Promise<GeneratedFile> {
  const key = pseudonymKey(ctx);
  const { dashboard, data } = dashboardFor(ctx, input.filter);
  const tables = reportTables(ctx, dashboard, data, key);
  const base = `indicatori-${input.filter.projectId ? `progetto-${input.filter.projectId}` : 'tutti'}-${input.filter.from}-${input.filter.to}`;
  switch (input.format) {
    case 'xlsx':
      return {
        fileName: `${base}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        contentBase64: (await xlsx(tables, ctx)).toString('base64'),
      };
    case 'csv_indicators':
      return {
        fileName: `${base}.csv`,
        mimeType: 'text/csv',
        contentBase64: Buffer.from(indicatorsCsv(tables), 'utf8').toString('base64'),
      };
    case 'csv_participants': {
      const [header = [], ...rest] = tables.participants;
      return {
        fileName: `${base}-partecipanti-anonimi.csv`,
        mimeType: 'text/csv',
        contentBase64: Buffer.from(writeCsv(header.map(String), rest), 'utf8').toString('base64'),
      };
    }
    case 'pdf':
      return {
        fileName: `${base}.pdf`,
        mimeType: 'application/pdf',
        contentBase64: (await reportPdf(tables, ctx.locale, ctx.now())).toString('base64'),
      };
  }
}
