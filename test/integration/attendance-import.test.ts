import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validParticipant } from '../fixtures/participants';
import { createTestApp, type TestApp } from './helpers/db';

let app: TestApp;
let courseId: number;

const BOM = '\uFEFF';
const csv = (lines: string[]) => Buffer.from(BOM + lines.join('\r\n'), 'utf8').toString('base64');

beforeAll(async () => {
  app = await createTestApp();
  const project = await app.ok('projects.create', {
    data: {
      code: 'REG-PIE-01',
      title: 'Volontariato e competenze',
      funder: 'Regione Piemonte',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      leadOrganisation: 'CSV di prova',
    },
  });
  courseId = (
    await app.ok('courses.create', {
      data: {
        projectId: project.id,
        track: 'association',
        title: 'Fare associazione',
        mode: 'in_person',
        plannedHours: 12,
        startDate: '2026-03-01',
        endDate: '2026-04-30',
      },
    })
  ).id;
  const people = [
    { firstName: 'Aïcha', lastName: 'Diallo', codiceFiscale: 'DLLCHA90D43Z343T' },
    { firstName: 'Oumou', lastName: 'Sangaré', codiceFiscale: '', birthDate: '1985-11-30' },
  ];
  for (const person of people) {
    const p = await app.ok('participants.create', { data: validParticipant(person) });
    await app.ok('enrolments.add', { courseId, participantId: p.id });
  }
});
afterAll(() => app.close());

const importFile = (fileName: string, contentBase64: string) =>
  app.call('attendance.import', { courseId, fileName, contentBase64 });

describe('attendance import', () => {
  it('reports every bad row and saves nothing', async () => {
    const result = await importFile(
      'presenze.csv',
      csv([
        'Data;Ora inizio;Ora fine;Codice fiscale;Cognome;Nome;Stato;Ore',
        '03/03/2026;14:00;17:00;DLLCHA90D43Z343T;;;P;',
        '31/02/2026;14:00;17:00;DLLCHA90D43Z343T;;;P;',
        '10/03/2026;17:00;14:00;;Sangaré;Oumou;A;',
        '17/03/2026;14:00;17:00;;Rossi;Mario;P;',
        '24/03/2026;14:00;17:00;;Sangare;OUMOU;X;',
        '31/03/2026;14:00;17:00;DLLCHA90D43Z343T;;;P;4',
        '01/06/2026;14:00;17:00;DLLCHA90D43Z343T;;;R;',
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ committed: false, totalRows: 7, marksSaved: 0 });
    expect(result.data.problems).toEqual([
      { line: 3, messages: ['Data non valida (usa il formato gg/mm/aaaa).'] },
      { line: 4, messages: ['La fine deve venire dopo l’inizio.'] },
      { line: 5, messages: ['Persona non trovata tra gli iscritti al corso.'] },
      { line: 6, messages: [expect.stringContaining('Stato non riconosciuto') as string] },
      { line: 7, messages: ['Le ore superano la durata dell’incontro.'] },
      {
        line: 8,
        messages: [
          'La data è fuori dal periodo del corso.',
          'Per un ritardo indica le ore di presenza.',
        ],
      },
    ]);
    expect(await app.ok('sessions.list', { courseId })).toEqual([]);
  });

  it('imports a clean CSV in one go: sessions created, marks saved, names matched without accents', async () => {
    const result = await importFile(
      'presenze.csv',
      csv([
        'data;ora_inizio;ora_fine;codice_fiscale;cognome;nome;stato;ore',
        '03/03/2026;14:00;17:00;DLLCHA90D43Z343T;;;presente;',
        '03/03/2026;14:00;17:00;;SANGARE;Oumou;ritardo;2,5',
        '10/03/2026;14.00;17.00;;Sangaré;Oumou;G;',
        '17/03/2026;14:00;17:00;;;;;',
      ]),
    );
    expect(result).toMatchObject({
      ok: true,
      data: { committed: true, sessionsCreated: 3, marksSaved: 3, problems: [] },
    });
    const sessions = await app.ok('sessions.list', { courseId });
    expect(sessions.map((s) => [s.date, s.status])).toEqual([
      ['2026-03-03', 'held'],
      ['2026-03-10', 'held'],
      ['2026-03-17', 'planned'],
    ]);
    const summary = await app.ok('attendance.summary', { courseId });
    expect(summary.rows.map((r) => [r.lastName, r.attendedMinutes])).toEqual([
      ['Diallo', 180],
      ['Sangaré', 150],
    ]);
  });

  it('reads XLSX with real date and time cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Presenze');
    sheet.addRow(['Data', 'Ora inizio', 'Ora fine', 'Codice fiscale', 'Stato']);
    sheet.addRow([
      new Date(Date.UTC(2026, 2, 24)),
      new Date(Date.UTC(1899, 11, 30, 9, 30)),
      new Date(Date.UTC(1899, 11, 30, 12, 30)),
      'DLLCHA90D43Z343T',
      'A',
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await importFile('presenze.xlsx', bytes.toString('base64'));
    expect(result).toMatchObject({
      ok: true,
      data: { committed: true, sessionsCreated: 1, marksSaved: 1 },
    });
    const sessions = await app.ok('sessions.list', { courseId });
    expect(sessions.find((s) => s.date === '2026-03-24')).toMatchObject({
      startTime: '09:30',
      endTime: '12:30',
    });
  });

  it('refuses missing columns, unreadable files, other types and oversized files clearly', async () => {
    const missing = await importFile('x.csv', csv(['data;cognome', '03/03/2026;Diallo']));
    expect(missing).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message: expect.stringContaining('Mancano colonne obbligatorie') as string,
      },
    });
    const garbage = await importFile('x.xlsx', Buffer.from('not a zip').toString('base64'));
    expect(garbage).toMatchObject({
      ok: false,
      error: { message: 'Il file non si legge come CSV o XLSX.' },
    });
    const pdf = await importFile('x.pdf', 'YQ==');
    expect(pdf).toMatchObject({
      ok: false,
      error: { fields: { fileName: 'Carica un file CSV o XLSX.' } },
    });
    const huge = await importFile('x.csv', 'A'.repeat(50 * 1024 * 1024));
    expect(huge).toMatchObject({
      ok: false,
      error: { fields: { contentBase64: 'Il file è troppo grande (massimo 10 MB).' } },
    });
    const empty = await importFile('x.csv', csv(['data;ora_inizio;ora_fine']));
    expect(empty).toMatchObject({
      ok: false,
      error: { message: 'Il file non contiene righe da importare.' },
    });
  });
});
