import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../electron/features/reports/contract';
import { validParticipant } from '../fixtures/participants';
import { createTestApp, type TestApp } from './helpers/db';
import { pagesOf } from './helpers/pdf';

/**
 * A hand-checked fixture. Project "Donne al centro", 2025:
 *  - course A (association, Feb–Mar): two 2-hour sessions; course B (job placement, Apr–May): one.
 *  - Aïcha (F, 1990, Senegal, Torino): A and B, present everywhere → 6 hours, counted once.
 *  - Ioana (F, 2008, Romania — EU, Asti): A, present once → 2 of 4 hours (50 %).
 *  - Karim (M, 1960, Morocco, protection, Torino): a job-placement pathway from March,
 *    an internship in May and a job in June.
 *  - Li (sex not stated, 1995, China, Milano): B, absent → 0 %.
 *  - Grace (F, 1985, Nigeria, Torino): only in another project's course → never counted.
 */
let app: TestApp;
let projectId: number;
const ids: Record<string, number> = {};
const FULL = { from: '2025-01-01', to: '2025-12-31' };

async function person(key: string, data: Parameters<typeof validParticipant>[0]): Promise<number> {
  const created = await app.ok(
    'participants.create',
    { data: validParticipant({ codiceFiscale: '', ...data }) },
    { as: 'counselor' },
  );
  ids[key] = created.id;
  return created.id;
}

async function course(project: number, track: string, title: string, start: string, end: string) {
  return (
    await app.ok(
      'courses.create',
      {
        data: {
          projectId: project,
          track: track as 'association',
          title,
          mode: 'in_person',
          plannedHours: 4,
          startDate: start,
          endDate: end,
          trainerIds: [app.userIds.trainer],
        },
      },
      { as: 'coordinator' },
    )
  ).id;
}

async function held(
  courseId: number,
  date: string,
  rows: { participantId: number; status: 'present' | 'absent' }[],
) {
  const session = await app.ok(
    'sessions.create',
    { courseId, data: { date, startTime: '09:00', endTime: '11:00' } },
    { as: 'coordinator' },
  );
  await app.ok('attendance.save', { sessionId: session.id, rows }, { as: 'coordinator' });
}

const project = (code: string) => ({
  code,
  title: code === 'P-A' ? 'Donne al centro' : 'Altro progetto',
  funder: 'FAMI 2021-2027',
  startDate: '2025-01-01',
  endDate: '2025-12-31',
  leadOrganisation: 'CSV di prova',
  partners: [],
  territories: ['Torino'],
  targets:
    code === 'P-A'
      ? [
          { indicator: 'participants_total' as const, value: 8, unit: 'people' as const },
          { indicator: 'women_share' as const, value: 60, unit: 'percent' as const },
          { indicator: 'jobs' as const, value: 1, unit: 'count' as const },
          { indicator: 'training_hours' as const, value: 6, unit: 'hours' as const },
        ]
      : [],
});

beforeAll(async () => {
  app = await createTestApp();
  projectId = (await app.ok('projects.create', { data: project('P-A') }, { as: 'coordinator' })).id;
  const other = (await app.ok('projects.create', { data: project('P-B') }, { as: 'coordinator' }))
    .id;
  const aicha = await person('aicha', {
    firstName: 'Aïcha',
    lastName: 'Diallo',
    sex: 'F',
    birthDate: '1990-04-03',
    birthCountry: 'SN',
    citizenships: ['SN'],
    residenceComune: 'Torino',
  });
  const ioana = await person('ioana', {
    firstName: 'Ioana',
    lastName: 'Popescu',
    sex: 'F',
    birthDate: '2008-02-10',
    birthCountry: 'RO',
    citizenships: ['RO'],
    residenceComune: 'Asti',
  });
  const karim = await person('karim', {
    firstName: 'Karim',
    lastName: 'Benali',
    sex: 'M',
    birthDate: '1960-09-09',
    birthCountry: 'MA',
    citizenships: ['MA'],
    internationalProtection: true,
    residenceComune: 'Torino',
  });
  const li = await person('li', {
    firstName: 'Li',
    lastName: 'Wei',
    sex: 'not_stated',
    birthDate: '1995-07-07',
    birthCountry: 'CN',
    citizenships: ['CN'],
    residenceComune: 'Milano',
  });
  const grace = await person('grace', {
    firstName: 'Grace',
    lastName: 'Okafor',
    sex: 'F',
    birthDate: '1985-01-01',
    birthCountry: 'NG',
    citizenships: ['NG'],
    residenceComune: 'Torino',
  });
  const a = await course(projectId, 'association', 'Fare associazione', '2025-02-01', '2025-03-31');
  const b = await course(projectId, 'job_placement', 'Cercare lavoro', '2025-04-01', '2025-05-31');
  const elsewhere = await course(other, 'association', 'Altrove', '2025-02-01', '2025-03-31');
  for (const [courseId, people] of [
    [a, [aicha, ioana]],
    [b, [aicha, li]],
    [elsewhere, [grace]],
  ] as const) {
    for (const participantId of people) {
      await app.ok('enrolments.add', { courseId, participantId }, { as: 'coordinator' });
    }
  }
  await held(a, '2025-02-10', [
    { participantId: aicha, status: 'present' },
    { participantId: ioana, status: 'present' },
  ]);
  await held(a, '2025-02-20', [
    { participantId: aicha, status: 'present' },
    { participantId: ioana, status: 'absent' },
  ]);
  await held(b, '2025-04-10', [
    { participantId: aicha, status: 'present' },
    { participantId: li, status: 'absent' },
  ]);
  await held(elsewhere, '2025-02-10', [{ participantId: grace, status: 'present' }]);
  const pathway = await app.ok(
    'pathways.create',
    { participantId: karim, track: 'job_placement', openedOn: '2025-03-01', projectId },
    { as: 'counselor' },
  );
  await app.ok('milestones.create', {
    pathwayId: pathway.id,
    date: '2025-05-01',
    details: {
      type: 'internship',
      hostOrganisation: 'Cooperativa Esempio',
      startDate: '2025-05-01',
      monthlyAllowanceCents: 50_000,
    },
  });
  await app.ok('milestones.create', {
    pathwayId: pathway.id,
    date: '2025-06-01',
    details: {
      type: 'job',
      employer: 'Ditta Esempio',
      contractType: 'fixed_term',
      startDate: '2025-06-01',
    },
  });
});
afterAll(() => app.close());

const bucket = (d: Dashboard, breakdown: keyof Dashboard['breakdowns'], key: string) =>
  d.breakdowns[breakdown].find((b) => b.key === key)?.count ?? 0;

describe('project dashboard', () => {
  it('counts each person once, with every breakdown as checked by hand', async () => {
    const d = await app.ok('reports.dashboard', { projectId, ...FULL }, { as: 'coordinator' });
    expect(d.people).toEqual({ total: 4, women: 2, womenShare: 50 });
    expect(d.breakdowns.sex).toEqual([
      { key: 'F', count: 2 },
      { key: 'M', count: 1 },
      { key: 'other', count: 0 },
      { key: 'not_stated', count: 1 },
    ]);
    expect(bucket(d, 'ageBand', 'under_18')).toBe(1);
    expect(bucket(d, 'ageBand', '25_34')).toBe(1);
    expect(bucket(d, 'ageBand', '35_44')).toBe(1);
    expect(bucket(d, 'ageBand', '55_plus')).toBe(1);
    expect(bucket(d, 'thirdCountry', 'yes')).toBe(3);
    expect(bucket(d, 'thirdCountry', 'no')).toBe(1);
    expect(bucket(d, 'protection', 'yes')).toBe(1);
    expect(bucket(d, 'track', 'association')).toBe(2);
    expect(bucket(d, 'track', 'job_placement')).toBe(3);
    expect(d.breakdowns.citizenship.map((b) => b.key).sort()).toEqual(['CN', 'MA', 'RO', 'SN']);
    expect(d.hours).toEqual({ delivered: 6, attended: 8, sessionsHeld: 3 });
    expect(bucket(d, 'attendanceRate', '75_plus')).toBe(2);
    expect(bucket(d, 'attendanceRate', '50_75')).toBe(1);
    expect(bucket(d, 'attendanceRate', 'below_25')).toBe(1);
    expect(d.outcomes).toMatchObject({ internships: 1, jobs: 1, businesses: 0, certificates: 0 });
  });

  it('compares every target with its live value', async () => {
    const d = await app.ok('reports.dashboard', { projectId, ...FULL });
    const byIndicator = Object.fromEntries(d.targets.map((t) => [t.indicator, t]));
    expect(byIndicator.participants_total).toMatchObject({ target: 8, actual: 4, progress: 0.5 });
    expect(byIndicator.participants_total?.status).toBe('at_risk');
    expect(byIndicator.women_share).toMatchObject({ actual: 50, status: 'at_risk' });
    expect(byIndicator.jobs).toMatchObject({ actual: 1, status: 'met' });
    expect(byIndicator.training_hours).toMatchObject({ actual: 6, status: 'met' });
  });

  it('narrows to a period and to a territory', async () => {
    const spring = await app.ok('reports.dashboard', {
      projectId,
      from: '2025-04-01',
      to: '2025-12-31',
    });
    // Course A ended in March: Ioana drops out; Aïcha stays through course B.
    expect(spring.people.total).toBe(3);
    expect(spring.hours).toEqual({ delivered: 2, attended: 2, sessionsHeld: 1 });
    const torino = await app.ok('reports.dashboard', { projectId, ...FULL, territory: 'Torino' });
    expect(torino.people).toMatchObject({ total: 2, women: 1 });
    // The territory list still offers every comune, so the filter can be changed back.
    const unfiltered = await app.ok('reports.dashboard', { projectId, ...FULL });
    expect(torino.territories).toEqual(unfiltered.territories);
    expect(torino.territories.length).toBeGreaterThan(1);
    const all = await app.ok('reports.dashboard', FULL);
    expect(all.people.total).toBe(5);
    expect(all.targets).toEqual([]);
  });

  it('drills down to the people behind a figure', async () => {
    const thirdCountry = await app.ok('reports.drill', {
      filter: { projectId, ...FULL },
      figure: { kind: 'breakdown', breakdown: 'thirdCountry', key: 'yes' },
    });
    expect(thirdCountry.rows.map((r) => r.participantId).sort()).toEqual(
      [ids.aicha, ids.karim, ids.li].sort(),
    );
    const jobs = await app.ok('reports.drill', {
      filter: { projectId, ...FULL },
      figure: { kind: 'outcome', outcome: 'jobs' },
    });
    expect(jobs.rows).toEqual([
      { participantId: ids.karim, name: 'Benali Karim', detail: '2025-06-01 Ditta Esempio' },
    ]);
    const half = await app.ok('reports.drill', {
      filter: { projectId, ...FULL },
      figure: { kind: 'breakdown', breakdown: 'attendanceRate', key: '50_75' },
    });
    expect(half.rows).toEqual([
      { participantId: ids.ioana, name: 'Popescu Ioana', detail: 'Fare associazione' },
    ]);
  });

  it('refuses a project the coordinator does not coordinate, and every other role', async () => {
    const other = await app.call(
      'reports.dashboard',
      { projectId: 999_999, ...FULL },
      { as: 'coordinator' },
    );
    expect(other).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const counselor = await app.call('reports.dashboard', FULL, { as: 'counselor' });
    expect(counselor).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('funder exports', () => {
  it('writes an anonymised participant sheet: codes, no names', async () => {
    const file = await app.ok(
      'reports.export',
      { filter: { projectId, ...FULL }, format: 'csv_participants' },
      { as: 'coordinator' },
    );
    const csv = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toContain('Codice pseudonimo;Sesso;Fascia d’età');
    for (const name of ['Diallo', 'Aïcha', 'Popescu', 'Benali', 'Wei'])
      expect(csv).not.toContain(name);
    const codes = lines.slice(1).map((l) => l.split(';')[0]);
    expect(codes.every((c) => /^P-[0-9A-F]{10}$/.test(c ?? ''))).toBe(true);
    const again = await app.ok('reports.export', {
      filter: { projectId, ...FULL },
      format: 'csv_participants',
    });
    expect(Buffer.from(again.contentBase64, 'base64').toString('utf8')).toBe(csv);
  });

  it('writes an XLSX a spreadsheet program reads back with the same values', async () => {
    const file = await app.ok('reports.export', { filter: { projectId, ...FULL }, format: 'xlsx' });
    const xlsxPath = path.join(app.dir, 'report.xlsx');
    writeFileSync(xlsxPath, Buffer.from(file.contentBase64, 'base64'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsxPath);
    expect(book.worksheets.map((s) => s.name)).toContain('Partecipanti (anonimo)');
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
    if (!soffice)
      throw new Error(
        'LibreOffice is needed to read the export back (apt install libreoffice-calc-nogui)',
      );
    const out = path.join(app.dir, 'csv');
    // Every sheet to its own CSV (UTF-8, comma): what a spreadsheet program makes of the file.
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${path.join(app.dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        out,
        xlsxPath,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const files = readdirSync(out);
    const indicators = files.find((f) => f.includes('Indicatori'));
    const people = files.find((f) => f.includes('Partecipanti'));
    expect(indicators && people).toBeTruthy();
    const indicatorText = readFileSync(path.join(out, indicators ?? ''), 'utf8');
    expect(indicatorText).toContain('Persone raggiunte (ciascuna contata una volta),4');
    expect(indicatorText).toContain('Ore di formazione frequentate,8');
    expect(indicatorText).toContain('Donne al centro');
    const peopleRows = readFileSync(path.join(out, people ?? ''), 'utf8')
      .trim()
      .split('\n');
    expect(peopleRows).toHaveLength(5);
  });

  it('writes a PDF summary with the targets and figures', async () => {
    const file = await app.ok('reports.export', { filter: { projectId, ...FULL }, format: 'pdf' });
    const pdfPath = path.join(app.dir, 'report.pdf');
    writeFileSync(pdfPath, Buffer.from(file.contentBase64, 'base64'));
    const text = pagesOf(pdfPath).join('\n');
    expect(text).toContain('Donne al centro');
    expect(text).toContain('Persone raggiunte');
    expect(text).toContain('a rischio');
  });
});
