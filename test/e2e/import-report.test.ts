import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../electron/api/contract';
import { EU_COUNTRIES } from '../../electron/features/reports/indicators';
import { validParticipant } from '../fixtures/participants';
import { expectCount, expectText, expectTextContaining } from './expectations';
import { startE2eApp, type Account, type E2eApp } from './harness';
import { ImportPage } from './pages/ImportPage';
import { ReportsPage } from './pages/ReportsPage';
import { ShellPage } from './pages/ShellPage';

/**
 * What a coordinator does at the start of a course: looks at the project's figures,
 * imports the people of a register from a spreadsheet straight into the course, sees
 * the figures grow by exactly those people, and sends the funder an XLSX whose numbers,
 * as a spreadsheet program reads them, are the ones on the screen.
 *
 * "Insieme al lavoro", 2025 (over, so a target not reached is at risk), synthetic people:
 *  - course A (association): two 2-hour sessions; course B (job placement): one.
 *  - Aïcha (F, Senegal) and Grace (F, Nigeria): A, always present; Grace also B, present.
 *  - Ioana (F, Romania — EU): A, present once.
 *  - Karim (M, Morocco, protection): B, present. Li (not stated, China): B, absent.
 * The register: 12 people enrolled in course A, with no attendance yet.
 */
let app: E2eApp;
let page: Page;
let coordinator: Account;
let projectId = 0;
let workDir = '';

const COURSE_A = 'Fare rete in quartiere';
const PROJECT_CODE = 'INS-25';
const PERIOD_END_YEAR = 2025;

async function must<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const result = await app.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.data;
}

async function course(track: 'association' | 'job_placement', title: string) {
  const created = await must('courses.create', {
    data: {
      projectId,
      track,
      title,
      mode: 'in_person',
      plannedHours: 4,
      startDate: '2025-03-01',
      endDate: '2025-06-30',
    },
  });
  return created.id;
}

async function held(
  courseId: number,
  date: string,
  rows: { participantId: number; status: 'present' | 'absent' }[],
) {
  const session = await must('sessions.create', {
    courseId,
    data: { date, startTime: '09:00', endTime: '11:00' },
  });
  await must('attendance.save', { sessionId: session.id, rows });
}

// ---------------------------------------------------------------------------
// The register, as an office keeps it: Italian headers, dates written the Italian
// way (and two as real date cells), sex and citizenship in words.

const HEADERS = [
  'Cognome',
  'Nome',
  'Sesso',
  'Data di nascita',
  'Paese di nascita',
  'Cittadinanza',
  'Comune di residenza',
  'Protezione internazionale',
  'Data consenso',
  'Base giuridica',
  'Finalità',
] as const;

interface RegisterRow {
  /** Cognome, Nome, Sesso, Data di nascita, Paese di nascita, Cittadinanza, Comune, Protezione. */
  cells: (string | Date)[];
  /** What the row means, for the expected figures. */
  means: {
    sex: 'F' | 'M' | 'not_stated';
    born: number;
    citizenships: string[];
    protected: boolean;
  };
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

const REGISTER: RegisterRow[] = [
  {
    cells: ['Okonkwo', 'Ngozi', 'F', '12/03/1995', 'Nigeria', 'nigeriana', 'Torino', 'no'],
    means: { sex: 'F', born: 1995, citizenships: ['NG'], protected: false },
  },
  {
    cells: ['El Amrani', 'Youssef', 'M', '02/11/1988', 'Marocco', 'marocchino', 'Torino', 'sì'],
    means: { sex: 'M', born: 1988, citizenships: ['MA'], protected: true },
  },
  {
    cells: ['Ionescu', 'Maria', 'Femmina', day(1979, 6, 21), 'Romania', 'rumena', 'Asti', ''],
    means: { sex: 'F', born: 1979, citizenships: ['RO'], protected: false },
  },
  {
    cells: ['Hoxha', 'Elira', 'F', '7.9.1999', 'Albania', 'albanese', 'Torino', 'no'],
    means: { sex: 'F', born: 1999, citizenships: ['AL'], protected: false },
  },
  {
    cells: ['Kovalenko', 'Olena', 'donna', '30/01/1972', 'Ucraina', 'Ucraina', 'Torino', 'no'],
    means: { sex: 'F', born: 1972, citizenships: ['UA'], protected: false },
  },
  {
    cells: ['Quispe', 'Rosa', 'F', '15/08/2004', 'Perù', 'peruviana', 'Asti', 'no'],
    means: { sex: 'F', born: 2004, citizenships: ['PE'], protected: false },
  },
  {
    cells: ['Ndiaye', 'Moussa', 'M', day(1991, 4, 4), 'Senegal', 'senegalese', 'Torino', 'sì'],
    means: { sex: 'M', born: 1991, citizenships: ['SN'], protected: true },
  },
  {
    cells: ['Rahman', 'Nusrat', 'F', '03-11-1987', 'Bangladesh', 'bengalese', 'Torino', 'no'],
    means: { sex: 'F', born: 1987, citizenships: ['BD'], protected: false },
  },
  {
    cells: ['Hossain', 'Arif', 'Maschio', '19/12/1993', 'Bangladesh', 'Bangladesh', 'Torino', 'no'],
    means: { sex: 'M', born: 1993, citizenships: ['BD'], protected: false },
  },
  {
    cells: ['Adeyemi', 'Tunde', 'uomo', '22/05/1969', 'Nigeria', 'nigeriano', 'Torino', 'no'],
    means: { sex: 'M', born: 1969, citizenships: ['NG'], protected: false },
  },
  {
    // Two citizenships, one of the Union: not a third-country national.
    cells: ['Berisha', 'Arta', 'F', '11/10/2000', 'Albania', 'albanese; italiana', 'Asti', 'no'],
    means: { sex: 'F', born: 2000, citizenships: ['AL', 'IT'], protected: false },
  },
  {
    cells: ['Mendoza', 'Alex', 'n.d.', '05/05/1998', 'Perù', 'peruviana', 'Torino', 'no'],
    means: { sex: 'not_stated', born: 1998, citizenships: ['PE'], protected: false },
  },
];

/** The same consent for everybody, written in the register's own columns. */
const CONSENT = ['10/01/2025', 'consenso', 'erogazione del servizio e rendicontazione'];

async function registerFile(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Iscritti');
  sheet.addRow([...HEADERS]);
  for (const row of REGISTER) sheet.addRow([...row.cells, ...CONSENT]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------
// The figures as the screen shows them, and what the register adds to them.

/** Chart titles on the screen and the export's sheet for the same breakdown. */
const BREAKDOWNS = {
  sex: { chart: 'Sesso', sheet: 'Per sesso' },
  ageBand: { chart: 'Fascia d’età', sheet: 'Per età' },
  citizenship: { chart: 'Cittadinanza', sheet: 'Per cittadinanza' },
  thirdCountry: { chart: 'Cittadini di paesi terzi', sheet: 'Paesi terzi' },
  protection: { chart: 'Protezione internazionale', sheet: 'Protezione internazionale' },
  track: { chart: 'Ambito', sheet: 'Per percorso' },
  attendanceRate: { chart: 'Frequenza ai corsi', sheet: 'Frequenza' },
} as const;
type BreakdownKey = keyof typeof BREAKDOWNS;

const TILES = ['people', 'women', 'delivered', 'attended', 'volunteering'] as const;
type TileKey = (typeof TILES)[number];

/** A number as the Italian screen writes it ("58,8", "1.204", "59%"). */
function shownNumber(text: string): number {
  const n = Number(text.replace(/[%\s]/g, '').replace(/\./g, '').replace(',', '.'));
  if (Number.isNaN(n)) throw new Error(`not a number on screen: «${text}»`);
  return n;
}

interface Shown {
  tiles: Record<TileKey, number>;
  /** The women's share under the tile, as a whole percentage. */
  womenShare: number;
  /** Bucket key → people (enrolments for the attendance rate). */
  charts: Record<BreakdownKey, Record<string, number>>;
  /** Bucket key → whole percentage written on the bar. */
  shares: Record<BreakdownKey, Record<string, number | null>>;
  labels: Record<BreakdownKey, Record<string, string>>;
  targets: { title: string; actual: number; status: string }[];
}

const reports = () => new ReportsPage(page);

/** Waits for the dashboard to count `people`, then reads every figure on it. */
async function shownFigures(people: number): Promise<Shown> {
  const r = reports();
  await expectText(r.tileValue('people'), String(people));
  const tiles = {} as Record<TileKey, number>;
  for (const id of TILES) tiles[id] = shownNumber(await r.tileValue(id).innerText());
  const note = await r.tile('women').locator('.tile-note').innerText();
  const charts = {} as Shown['charts'];
  const shares = {} as Shown['shares'];
  const labels = {} as Shown['labels'];
  for (const [key, { chart }] of Object.entries(BREAKDOWNS) as [
    BreakdownKey,
    { chart: string },
  ][]) {
    const bars = await r.bars(chart);
    charts[key] = Object.fromEntries(bars.map((b) => [b.key, shownNumber(b.count)]));
    // "–" when there is nobody to take a share of.
    shares[key] = Object.fromEntries(
      bars.map((b) => [b.key, b.share === '–' ? null : shownNumber(b.share)]),
    );
    labels[key] = Object.fromEntries(bars.map((b) => [b.key, b.label]));
  }
  const targets = (await r.targets()).map((t) => ({ ...t, actual: shownNumber(t.actual) }));
  return {
    tiles,
    womenShare: shownNumber(note.split(' ')[0] ?? ''),
    charts,
    shares,
    labels,
    targets,
  };
}

function ageBand(birthYear: number): string {
  const age = PERIOD_END_YEAR - birthYear;
  if (age < 18) return 'under_18';
  if (age < 25) return '18_24';
  if (age < 35) return '25_34';
  if (age < 45) return '35_44';
  if (age < 55) return '45_54';
  return '55_plus';
}

/** What the register adds to each breakdown: everyone is new, in course A, not yet present. */
function registerAdds(): Record<BreakdownKey, Record<string, number>> {
  const adds = Object.fromEntries(Object.keys(BREAKDOWNS).map((k) => [k, {}])) as Record<
    BreakdownKey,
    Record<string, number>
  >;
  const add = (b: BreakdownKey, key: string) => {
    adds[b][key] = (adds[b][key] ?? 0) + 1;
  };
  for (const { means } of REGISTER) {
    add('sex', means.sex);
    add('ageBand', ageBand(means.born));
    add('citizenship', means.citizenships[0] ?? 'none');
    add('thirdCountry', means.citizenships.some((c) => EU_COUNTRIES.has(c)) ? 'no' : 'yes');
    add('protection', means.protected ? 'yes' : 'no');
    add('track', 'association');
    // Two sessions held, none attended yet.
    add('attendanceRate', 'below_25');
  }
  return adds;
}

function plus(
  before: Record<string, number>,
  adds: Record<string, number>,
): Record<string, number> {
  const sum = { ...before };
  for (const [key, n] of Object.entries(adds)) sum[key] = (sum[key] ?? 0) + n;
  return sum;
}

// ---------------------------------------------------------------------------
// The export, read back by LibreOffice.

const run = promisify(execFile);

/** Minimal CSV reading: commas, double quotes, quotes doubled inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** A number as the spreadsheet program wrote it in the CSV ("58.8", or "58,8" in a comma locale). */
function csvNumber(text: string | undefined): number {
  const n = Number((text ?? '').trim().replace(',', '.'));
  if ((text ?? '').trim() === '' || Number.isNaN(n)) throw new Error(`not a number: «${text}»`);
  return n;
}

/**
 * Every sheet of the workbook as LibreOffice headless reads it, each to its own CSV
 * (UTF-8, comma, values as shown): sheet name → rows of cells.
 */
async function sheetsThroughLibreOffice(xlsxPath: string): Promise<Map<string, string[][]>> {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  if (!soffice) {
    throw new Error(
      'LibreOffice is needed to read the export back (apt install libreoffice-calc-nogui)',
    );
  }
  const out = path.join(workDir, 'csv');
  // Its own profile: a LibreOffice already running elsewhere must not take the conversion over.
  await run(
    soffice,
    [
      `-env:UserInstallation=file://${path.join(workDir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      out,
      xlsxPath,
    ],
    { timeout: 150_000 },
  );
  const base = path.basename(xlsxPath, '.xlsx');
  const sheets = new Map<string, string[][]>();
  for (const file of readdirSync(out)) {
    if (!file.startsWith(`${base}-`) || !file.endsWith('.csv')) continue;
    const name = file.slice(base.length + 1, -'.csv'.length).normalize('NFC');
    sheets.set(name, parseCsv(readFileSync(path.join(out, file), 'utf8')));
  }
  return sheets;
}

// ---------------------------------------------------------------------------

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'percorsi-import-report-'));
  app = await startE2eApp();
  coordinator = await app.createUser('coordinator', 'chiara.coordinatrice', 'Chiara Neri');
  await app.signInAs(coordinator);
  projectId = (
    await must('projects.create', {
      data: {
        code: PROJECT_CODE,
        title: 'Insieme al lavoro',
        funder: 'FAMI 2021-2027',
        startDate: '2025-01-01',
        endDate: '2025-12-31',
        leadOrganisation: 'Cooperativa Il Ponte',
        territories: ['Torino', 'Asti'],
        targets: [
          { indicator: 'participants_total', value: 15, unit: 'people' },
          { indicator: 'women_share', value: 60, unit: 'percent' },
          {
            indicator: 'participants_by_track',
            track: 'association',
            value: 12,
            unit: 'people',
          },
          { indicator: 'training_hours', value: 10, unit: 'hours' },
        ],
      },
    })
  ).id;
  const person = async (data: Parameters<typeof validParticipant>[0]) =>
    (await app.seed(validParticipant({ codiceFiscale: undefined, ...data }))).id;
  const aicha = await person({
    firstName: 'Aïcha',
    lastName: 'Diallo',
    sex: 'F',
    birthDate: '1990-04-03',
    birthCountry: 'SN',
    citizenships: ['SN'],
    residenceComune: 'Torino',
  });
  const ioana = await person({
    firstName: 'Ioana',
    lastName: 'Popescu',
    sex: 'F',
    birthDate: '2001-02-10',
    birthCountry: 'RO',
    citizenships: ['RO'],
    residenceComune: 'Asti',
  });
  const grace = await person({
    firstName: 'Grace',
    lastName: 'Eze',
    sex: 'F',
    birthDate: '1988-08-08',
    birthCountry: 'NG',
    citizenships: ['NG'],
    residenceComune: 'Torino',
  });
  const karim = await person({
    firstName: 'Karim',
    lastName: 'Benali',
    sex: 'M',
    birthDate: '1985-09-09',
    birthCountry: 'MA',
    citizenships: ['MA'],
    internationalProtection: true,
    residenceComune: 'Torino',
  });
  const li = await person({
    firstName: 'Li',
    lastName: 'Wei',
    sex: 'not_stated',
    birthDate: '1995-07-07',
    birthCountry: 'CN',
    citizenships: ['CN'],
    residenceComune: 'Torino',
  });
  const courseA = await course('association', COURSE_A);
  const courseB = await course('job_placement', 'Cercare lavoro');
  for (const [courseId, people] of [
    [courseA, [aicha, ioana, grace]],
    [courseB, [karim, li, grace]],
  ] as const) {
    for (const participantId of people) await must('enrolments.add', { courseId, participantId });
  }
  await held(courseA, '2025-03-10', [
    { participantId: aicha, status: 'present' },
    { participantId: ioana, status: 'present' },
    { participantId: grace, status: 'present' },
  ]);
  await held(courseA, '2025-03-17', [
    { participantId: aicha, status: 'present' },
    { participantId: ioana, status: 'absent' },
    { participantId: grace, status: 'present' },
  ]);
  await held(courseB, '2025-04-10', [
    { participantId: karim, status: 'present' },
    { participantId: li, status: 'absent' },
    { participantId: grace, status: 'present' },
  ]);
  ({ page } = await app.open());
});
afterAll(async () => {
  await app.close();
  rmSync(workDir, { recursive: true, force: true });
});

let before: Shown;
let after: Shown;

describe('a register imported into a course, seen on the dashboard and in the funder’s XLSX', () => {
  it('shows the project’s figures before the import', async () => {
    const shell = new ShellPage(page);
    await shell.navLink('Report').click();
    await expectText(shell.heading(), 'Indicatori e report');
    before = await shownFigures(5);
    expect(await reports().projectSelect().inputValue()).toBe(String(projectId));
    // The fixture, counted by hand.
    expect(before.tiles).toEqual({
      people: 5,
      women: 3,
      delivered: 6,
      attended: 14,
      volunteering: 0,
    });
    expect(before.womenShare).toBe(60);
    expect(before.charts.sex).toEqual({ F: 3, M: 1, other: 0, not_stated: 1 });
    expect(before.charts.track).toEqual({
      association: 3,
      self_employment: 0,
      job_placement: 3,
      other: 0,
    });
    expect(before.charts.thirdCountry).toEqual({ yes: 4, no: 1 });
    expect(before.charts.citizenship).toEqual({ CN: 1, MA: 1, NG: 1, RO: 1, SN: 1 });
    expect(before.charts.attendanceRate).toEqual({
      '75_plus': 4,
      '50_75': 1,
      '25_50': 0,
      below_25: 1,
      none: 0,
    });
    expect(before.targets).toEqual([
      { title: 'Partecipanti in totale', actual: 5, status: 'A rischio' },
      { title: 'Quota di donne', actual: 60, status: 'Raggiunto' },
      { title: 'Partecipanti per ambito – Fare associazione', actual: 3, status: 'A rischio' },
      { title: 'Ore di formazione', actual: 6, status: 'A rischio' },
    ]);
  });

  it('imports the register through the import screen, enrolling everyone in the course', async () => {
    const shell = new ShellPage(page);
    await shell.navLink('Partecipanti').click();
    await page.getByRole('link', { name: 'Importa da foglio di calcolo' }).click();
    await expectText(shell.heading(), 'Importa partecipanti da foglio di calcolo');
    const screen = new ImportPage(page);
    await screen.chooseFile('iscritti-corso-A.xlsx', await registerFile());
    // The first ten rows, dates shown the Italian way whichever way the cell held them.
    await expectCount(screen.previewRows(), 10);
    expect(await screen.previewRows().nth(0).innerText()).toContain('12/03/1995');
    expect(await screen.previewRows().nth(2).innerText()).toContain('21/06/1979');
    // Every header is one the screen knows: nothing to match by hand.
    const suggested: Record<string, string> = {
      lastName: 'Cognome',
      firstName: 'Nome',
      sex: 'Sesso',
      birthDate: 'Data di nascita',
      birthCountry: 'Paese di nascita',
      citizenships: 'Cittadinanza',
      residenceComune: 'Comune di residenza',
      internationalProtection: 'Protezione internazionale',
      consentDate: 'Data consenso',
      consentLegalBasis: 'Base giuridica',
      consentScopes: 'Finalità',
    };
    for (const [field, header] of Object.entries(suggested)) {
      expect(await screen.column(field).inputValue(), field).toBe(header);
    }
    await screen.enrolIn(`${COURSE_A} (${PROJECT_CODE})`);
    await screen.check();
    await expectTextContaining(screen.report(), 'Il file è corretto: puoi importarlo.');
    await expectTextContaining(screen.report(), '12 righe nel file: 12 persone nuove');
    await expectTextContaining(screen.report(), '12 iscrizioni al corso.');
    await expectText(screen.commitButton(), 'Importa 12 persone');
    await screen.commitButton().click();
    await expectText(screen.doneTitle(), 'Importazione completata');
    await expectText(screen.doneStatus(), 'Registrate 12 persone. 12 iscrizioni al corso.');
  });

  it('shows the figures grown by exactly the people imported', async () => {
    const shell = new ShellPage(page);
    await shell.navLink('Report').click();
    after = await shownFigures(before.tiles.people + REGISTER.length);
    const women = REGISTER.filter((r) => r.means.sex === 'F').length;
    expect(women).toBe(7);
    expect(after.tiles).toEqual({
      ...before.tiles,
      people: before.tiles.people + 12,
      women: before.tiles.women + women,
    });
    expect(after.womenShare).toBe(
      Math.round(((before.tiles.women + women) * 100) / (before.tiles.people + 12)),
    );
    const adds = registerAdds();
    for (const key of Object.keys(BREAKDOWNS) as BreakdownKey[]) {
      expect(after.charts[key], key).toEqual(plus(before.charts[key], adds[key]));
    }
    // Spelled out for the ones a funder asks first.
    expect(after.charts.sex).toEqual({ F: 10, M: 5, other: 0, not_stated: 2 });
    expect(after.charts.track.association).toBe(15);
    expect(after.charts.thirdCountry).toEqual({ yes: 14, no: 3 });
    expect(after.charts.attendanceRate.below_25).toBe(13);
    expect(after.targets).toEqual([
      { title: 'Partecipanti in totale', actual: 17, status: 'Raggiunto' },
      // 10 women of 17: 58.8 %, within five points of the target.
      { title: 'Quota di donne', actual: 58.8, status: 'In linea' },
      { title: 'Partecipanti per ambito – Fare associazione', actual: 15, status: 'Raggiunto' },
      { title: 'Ore di formazione', actual: 6, status: 'A rischio' },
    ]);

    // The same numbers in the charts' tables, one click away.
    const r = reports();
    expect(await r.tableRows('Sesso')).toEqual([
      ['Donne', '10', '59%'],
      ['Uomini', '5', '29%'],
      ['Altro', '0', '0%'],
      ['Non dichiarato', '2', '12%'],
      ['Totale', '17', ''],
    ]);
    const track = await r.tableRows('Ambito');
    expect(track[0]).toEqual(['Fare associazione', '15', '88%']);
    expect(track.at(-1)).toEqual(['Totale', '17', '']);
  });

  it(
    'exports an XLSX whose indicators, as LibreOffice reads them, are those on the screen',
    { timeout: 240_000 },
    async () => {
      const r = reports();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        r.exportButton('Excel (XLSX)').click(),
      ]);
      expect(download.suggestedFilename()).toBe(
        `indicatori-progetto-${projectId}-2025-01-01-2025-12-31.xlsx`,
      );
      const xlsxPath = path.join(workDir, 'indicatori.xlsx');
      await download.saveAs(xlsxPath);
      await expectTextContaining(page.locator('.export-bar [role="status"]'), 'File pronto');

      const sheets = await sheetsThroughLibreOffice(xlsxPath);
      const indicators = sheets.get('Indicatori') ?? [];
      expect(indicators.length).toBeGreaterThan(0);
      const value = (label: string) => {
        const row = indicators.find((cells) => cells[0] === label);
        if (!row) throw new Error(`no «${label}» row in the converted sheet`);
        return csvNumber(row[1]);
      };
      expect(indicators.find((cells) => cells[0] === 'Progetto')?.[1]).toBe('Insieme al lavoro');
      expect(value('Persone raggiunte (ciascuna contata una volta)')).toBe(after.tiles.people);
      expect(value('Donne')).toBe(after.tiles.women);
      expect(Math.round(value('Quota di donne %'))).toBe(after.womenShare);
      expect(value('Ore di formazione erogate')).toBe(after.tiles.delivered);
      expect(value('Ore di formazione frequentate')).toBe(after.tiles.attended);
      expect(value('Ore di volontariato')).toBe(after.tiles.volunteering);
      expect(value('Persone raggiunte (ciascuna contata una volta)')).toBe(17);

      // Targets: a title row, a header row, then indicator, track, target, actual, progress %, status.
      const targetsAt = indicators.findIndex((cells) => cells[0] === 'Obiettivi');
      expect(indicators[targetsAt + 1]?.slice(0, 6)).toEqual([
        'Indicatore',
        'Percorso',
        'Obiettivo',
        'Valore attuale',
        'Avanzamento %',
        'Stato',
      ]);
      const targetRows = indicators
        .slice(targetsAt + 2)
        .slice(0, after.targets.length + 1)
        .filter((cells) => (cells[0] ?? '') !== '');
      expect(
        targetRows.map((cells) => ({
          title: cells[1] ? `${cells[0]} – ${cells[1]}` : cells[0],
          actual: csvNumber(cells[3]),
          status: (cells[5] ?? '').toLowerCase(),
        })),
      ).toEqual(after.targets.map((t) => ({ ...t, status: t.status.toLowerCase() })));

      // Each breakdown on its own sheet: the same items, in the same order, with the same numbers.
      for (const [key, { sheet }] of Object.entries(BREAKDOWNS) as [
        BreakdownKey,
        { sheet: string },
      ][]) {
        const rows = (sheets.get(sheet) ?? []).slice(1).filter((cells) => cells[0] !== '');
        const shown = Object.entries(after.charts[key]);
        expect(
          rows.map((cells) => csvNumber(cells[1])),
          sheet,
        ).toEqual(shown.map(([, n]) => n));
        expect(
          rows.map((cells) => (cells[2] === '' ? null : Math.round(csvNumber(cells[2])))),
          `${sheet} %`,
        ).toEqual(shown.map(([bucket]) => after.shares[key][bucket]));
        if (key === 'sex' || key === 'citizenship' || key === 'track' || key === 'thirdCountry') {
          expect(
            rows.map((cells) => (cells[0] ?? '').toLowerCase()),
            `${sheet} items`,
          ).toEqual(shown.map(([bucket]) => (after.labels[key][bucket] ?? '').toLowerCase()));
        }
      }

      // One anonymised line per person counted, under its header.
      const people = (sheets.get('Partecipanti (anonimo)') ?? []).filter((cells) =>
        cells.some((c) => c !== ''),
      );
      expect(people).toHaveLength(after.tiles.people + 1);
      const csvText = [...sheets.values()].flat(2).join('\n');
      for (const { cells } of REGISTER) expect(csvText).not.toContain(String(cells[0]));
    },
  );
});
