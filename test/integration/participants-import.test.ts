import ExcelJS from 'exceljs';
import http from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserServer } from '../../electron/browser/server';
import type { ImportMappingValues } from '../../electron/features/imports/contract';
import { validParticipant } from '../fixtures/participants';
import { createTestApp, type AccountName, type TestApp } from './helpers/db';

let app: TestApp;
let courseId: number;

const HEADERS = [
  'Cognome',
  'Nome',
  'Sesso',
  'Data di nascita',
  'Paese di nascita',
  'Cittadinanza',
  'Codice fiscale',
  'Telefono',
  'Livello italiano',
];

/** What the mapping screen would send for HEADERS, with consent given once for everybody. */
const MAPPING: ImportMappingValues = {
  columns: {
    lastName: 'Cognome',
    firstName: 'Nome',
    sex: 'Sesso',
    birthDate: 'Data di nascita',
    birthCountry: 'Paese di nascita',
    citizenships: 'Cittadinanza',
    codiceFiscale: 'Codice fiscale',
    phone: 'Telefono',
    italianLevel: 'Livello italiano',
  },
  defaults: {
    consentDate: '2026-01-15',
    consentLegalBasis: 'consent',
    consentScopes: ['service', 'funder_reporting'],
  },
};

type Cell = ExcelJS.CellValue;

async function xlsx(rows: Cell[][], shape?: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Partecipanti');
  for (const row of rows) sheet.addRow(row);
  shape?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const utf8Csv = (lines: string[]) =>
  Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8').toString('base64');

const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function countPeople(): number {
  return app.database.sqlite.prepare('SELECT count(*) FROM participants').pluck().get() as number;
}

async function names(query: string, as: AccountName = 'admin'): Promise<string[]> {
  const found = await app.ok('participants.search', { query, limit: 200 }, { as });
  return found.items.map((p) => `${p.lastName} ${p.firstName}`);
}

function run(
  fileName: string,
  contentBase64: string,
  extra: Partial<{
    mapping: ImportMappingValues;
    dryRun: boolean;
    courseId: number;
    onDuplicate: 'stop' | 'skip';
  }> = {},
  as: AccountName = 'admin',
) {
  return app.call(
    'imports.participants',
    { fileName, contentBase64, mapping: MAPPING, ...extra },
    { as },
  );
}

async function report(...args: Parameters<typeof run>) {
  const result = await run(...args);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

beforeAll(async () => {
  app = await createTestApp();
  const project = await app.ok('projects.create', {
    data: {
      code: 'FAMI-IMP-01',
      title: 'Accoglienza e lavoro',
      funder: 'FAMI',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      leadOrganisation: 'CSV di prova',
    },
  });
  courseId = (
    await app.ok('courses.create', {
      data: {
        projectId: project.id,
        track: 'job_placement',
        title: 'Cercare lavoro in Italia',
        mode: 'in_person',
        plannedHours: 20,
        startDate: '2026-03-01',
        endDate: '2026-06-30',
      },
    })
  ).id;
});
afterAll(() => app.close());
// Each test starts as the administrator (signing in again opens a new connection).
beforeEach(() => app.signInAs('admin'));

describe('preview', () => {
  it('finds the headers under a merged title, suggests the mapping and shows the first rows', async () => {
    const file = await xlsx(
      [
        ['Elenco partecipanti 2026'],
        [],
        [...HEADERS, 'E-mail', 'Anno di arrivo'],
        ['Kouyaté', 'Mamadou', 'M', date(1994, 2, 11), 'Mali', 'Mali', '', 3331234567, 'A1'],
      ],
      (sheet) => sheet.mergeCells('A1:K1'),
    );
    const preview = await app.ok('imports.preview', {
      fileName: 'elenco.xlsx',
      contentBase64: file,
    });
    expect(preview.headerLine).toBe(3);
    expect(preview.headers).toEqual([...HEADERS, 'E-mail', 'Anno di arrivo']);
    expect(preview.totalRows).toBe(1);
    expect(preview.sample).toEqual([
      {
        line: 4,
        cells: [
          'Kouyaté',
          'Mamadou',
          'M',
          '11/02/1994',
          'Mali',
          'Mali',
          '',
          '3331234567',
          'A1',
          '',
          '',
        ],
      },
    ]);
    expect(preview.suggested).toEqual({
      ...MAPPING.columns,
      email: 'E-mail',
      arrivalYear: 'Anno di arrivo',
    });
    expect(preview.warnings).toEqual([expect.stringContaining('riga 3') as string]);
  });

  it('suggests a mapping from English headers too', async () => {
    const preview = await app.ok('imports.preview', {
      fileName: 'people.csv',
      contentBase64: utf8Csv([
        'Surname,First name,Gender,Date of birth,Country of birth,Nationality,Email',
        'Haile,Selam,F,1999-05-02,Eritrea,Eritrea,selam@example.org',
      ]),
    });
    expect(preview.suggested).toEqual({
      lastName: 'Surname',
      firstName: 'First name',
      sex: 'Gender',
      birthDate: 'Date of birth',
      birthCountry: 'Country of birth',
      citizenships: 'Nationality',
      email: 'Email',
    });
  });
});

describe('participants import', () => {
  it('checks an XLSX without writing, then imports it in one go and enrols everybody', async () => {
    const file = await xlsx([
      HEADERS,
      [
        'Diallo',
        'Aïcha',
        'F',
        date(1990, 4, 3),
        'Senegal',
        'senegalese',
        'DLLCHA90D43Z343T',
        '',
        'A2',
      ],
      ['Nguyen', 'Thi Lan', 'femmina', '07/09/1988', 'Vietnam', 'VN', '', '+39 333 765 4321', 'B1'],
      // A formula: its cached result is what is imported.
      [
        { formula: 'UPPER("rahimi")', result: 'RAHIMI' },
        'Farid',
        'uomo',
        date(2001, 12, 24),
        'Afghanistan',
        'Afghanistan; Iran',
        '',
        3471112233,
        'pre-A1',
      ],
    ]);
    const before = countPeople();
    const checked = await report('iscritti.xlsx', file, { dryRun: true, courseId });
    expect(checked).toMatchObject({
      committed: false,
      dryRun: true,
      totalRows: 3,
      created: 3,
      enrolled: 3,
      duplicates: [],
      problems: [],
      problemLines: 0,
    });
    expect(countPeople()).toBe(before);

    const done = await report('iscritti.xlsx', file, { courseId });
    expect(done).toMatchObject({ committed: true, created: 3, enrolled: 3, problems: [] });
    expect(countPeople()).toBe(before + 3);
    // Found by the search as you type (FTS kept by triggers), accents or not.
    expect(await names('aicha diallo')).toEqual(['Diallo Aïcha']);
    expect(await names('rahimi')).toEqual(['RAHIMI Farid']);
    const nguyen = (await app.ok('participants.search', { query: 'nguyen' })).items[0];
    const person = await app.ok('participants.get', { id: nguyen?.id ?? 0 });
    expect(person).toMatchObject({
      sex: 'F',
      birthDate: '1988-09-07',
      birthCountry: 'VN',
      citizenships: ['VN'],
      phone: '+39 333 765 4321',
      italianLevel: 'B1',
      consentDate: '2026-01-15',
      consentScopes: ['service', 'funder_reporting'],
    });
    const farid = (await app.ok('participants.search', { query: 'farid' })).items[0];
    expect(await app.ok('participants.get', { id: farid?.id ?? 0 })).toMatchObject({
      citizenships: ['AF', 'IR'],
      phone: '3471112233',
      italianLevel: 'pre_A1',
    });
    const enrolled = await app.ok('enrolments.list', { courseId });
    expect(enrolled.map((e) => e.lastName).sort()).toEqual(['Diallo', 'Nguyen', 'RAHIMI']);
  });

  it('reads a CSV saved by Italian Excel in Windows-1252, with `;` and dd/mm/yyyy', async () => {
    const text = [
      'Cognome;Nome;Sesso;Data di nascita;Paese di nascita;Cittadinanza;Codice fiscale;Telefono;Livello italiano',
      'N\u2019Diaye;Awa;F;05/06/1997;Costa d\u2019Avorio;ivoriana;;;A2',
      'Sangaré;Oumou;F;30/11/1985;Mali;Mali;;;',
      '',
    ].join('\r\n');
    // Windows-1252: é is 0xE9, the typographic apostrophe 0x92 (not valid UTF-8).
    const bytes = Buffer.from([...text].map((ch) => (ch === '\u2019' ? 0x92 : ch.charCodeAt(0))));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = await report('anagrafica.csv', bytes.toString('base64'));
    expect(result).toMatchObject({ committed: true, created: 2, problems: [] });
    expect(result.warnings).toEqual([expect.stringContaining('Windows-1252') as string]);
    expect(await names('awa')).toEqual(['N’Diaye Awa']);
    expect(await names('sangare')).toEqual(['Sangaré Oumou']);
    const awa = (await app.ok('participants.search', { query: 'awa' })).items[0];
    expect(awa?.birthCountry).toBe('CI');
  });

  it('reports wrong types cell by cell, in the file’s lines, and writes nothing', async () => {
    const file = await xlsx([
      HEADERS,
      [12345, 'Amina', 'F', date(1992, 1, 1), 'Marocco', 'Marocco', '', '', 'A2'],
      ['Benali', 'Youssef', true, 32874, 'Marocco', 'Marocco', '', '', 'A2'],
      ['Okafor', 'Chidi', 'M', 'ieri', 'Nigeria', 'Atlantide', '', '', 'Z9'],
      ['Hassan', 'Ali', 'M', date(1993, 3, 3), 'Egitto', 'Egitto', 'HSSLAI93C03Z336Y', '', ''],
      ['Ok', 'Valida', 'F', date(1990, 1, 1), 'Perù', 'Perù', '', '', ''],
    ]);
    const before = countPeople();
    const result = await report('tipi.xlsx', file);
    expect(result.committed).toBe(false);
    expect(result.created).toBe(1);
    expect(result.problemLines).toBe(4);
    expect(result.problems).toEqual([
      { line: 2, messages: ['«Cognome»: Deve contenere almeno una lettera.'] },
      {
        line: 3,
        messages: [
          expect.stringMatching(/^«Sesso»: Sesso non riconosciuto/) as string,
          expect.stringMatching(/^«Data di nascita»: È un numero, non una data/) as string,
        ],
      },
      {
        line: 4,
        messages: [
          '«Data di nascita»: Data non valida (usa il formato gg/mm/aaaa).',
          expect.stringMatching(/^«Cittadinanza»: Paese non riconosciuto/) as string,
          expect.stringMatching(/^«Livello italiano»: Livello non riconosciuto/) as string,
        ],
      },
      {
        line: 5,
        messages: [expect.stringMatching(/^«Codice fiscale»: Codice fiscale non valido/) as string],
      },
    ]);
    expect(countPeople()).toBe(before);
    expect(await names('valida')).toEqual([]);
  });

  it('gives the same report in English', async () => {
    const file = await xlsx([
      HEADERS,
      ['Benali', 'Youssef', 'M', 'ieri', 'Marocco', 'MA', '', '', ''],
    ]);
    const result = await app.call(
      'imports.participants',
      { fileName: 'types.xlsx', contentBase64: file, mapping: MAPPING },
      { locale: 'en' },
    );
    expect(result).toMatchObject({
      ok: true,
      data: {
        committed: false,
        problems: [{ line: 2, messages: ['“Data di nascita”: Invalid date (use dd/mm/yyyy).'] }],
      },
    });
  });

  it('uses the cached value of formulas and refuses formulas in error or never calculated', async () => {
    const file = await xlsx([
      HEADERS,
      [
        'Touré',
        'Fatou',
        'F',
        { formula: 'DATE(1991,5,20)', result: date(1991, 5, 20) },
        'Guinea',
        'Guinea',
        '',
        '',
        '',
      ],
      [
        'Camara',
        'Ibrahima',
        'M',
        date(1989, 8, 8),
        { formula: 'VLOOKUP(A3,X:Y,2,0)', result: { error: '#N/A' } },
        'Guinea',
        '',
        '',
        '',
      ],
      ['Barry', 'Mariama', 'F', date(1995, 2, 14), 'Guinea', { formula: 'E4' }, '', '', ''],
    ]);
    const result = await report('formule.xlsx', file);
    expect(result.committed).toBe(false);
    expect(result.problems).toEqual([
      {
        line: 3,
        messages: [
          '«Paese di nascita»: La formula della cella dà un errore (#N/A): correggila nel foglio.',
        ],
      },
      {
        line: 4,
        messages: [
          expect.stringMatching(
            /^«Cittadinanza»: La cella ha una formula senza valore calcolato/,
          ) as string,
        ],
      },
    ]);
    expect(result.created).toBe(1);
  });

  it('repeats values merged down a column and refuses cells merged across columns', async () => {
    const rows: Cell[][] = [
      ['Corso di italiano — gruppo B'],
      HEADERS,
      ['Ahmed', 'Samir', 'M', date(1990, 6, 1), 'Sudan', 'Sudan', '', '', 'A1'],
      ['Ibrahim', 'Hawa', 'F', date(1991, 7, 2), null, 'Sudan', '', '', 'A1'],
      ['Osman', 'Amal', 'F', date(1992, 8, 3), null, 'Sudan', '', '', 'A1'],
    ];
    const merged = await xlsx(rows, (sheet) => {
      sheet.mergeCells('A1:I1');
      sheet.mergeCells('E3:E5');
    });
    const ok = await report('gruppo.xlsx', merged, { dryRun: true });
    expect(ok).toMatchObject({ committed: false, created: 3, problems: [] });
    expect(ok.warnings).toEqual([
      expect.stringContaining('riga 2') as string,
      expect.stringContaining('E3:E5') as string,
    ]);
    const committed = await report('gruppo.xlsx', merged);
    expect(committed.committed).toBe(true);
    const hawa = (await app.ok('participants.search', { query: 'hawa' })).items[0];
    expect(hawa?.birthCountry).toBe('SD');

    const across = await xlsx(
      [HEADERS, ['Yusuf Idris', null, 'M', date(1990, 1, 1), 'Sudan', 'Sudan', '', '', '']],
      (sheet) => sheet.mergeCells('A2:B2'),
    );
    const before = countPeople();
    const refused = await report('unite.xlsx', across);
    expect(refused.committed).toBe(false);
    expect(refused.problems).toEqual([
      {
        line: 2,
        messages: [
          '«Cognome»: Celle unite su più colonne (A2:B2): separa le celle e scrivi ogni dato nella sua colonna.',
        ],
      },
    ]);
    expect(countPeople()).toBe(before);
  });

  it('passes over 100,000 formatted empty rows quickly (XLSX and CSV)', async () => {
    const file = await xlsx(
      [HEADERS, ['Tesfaye', 'Abebe', 'M', date(1987, 9, 9), 'Etiopia', 'Etiopia', '', '', '']],
      (sheet) => {
        for (let r = 3; r <= 100_002; r++) {
          const row = sheet.getRow(r);
          for (let c = 1; c <= 3; c++)
            row.getCell(c).style = { border: { top: { style: 'thin' } } };
        }
      },
    );
    const started = performance.now();
    const result = await report('vuote.xlsx', file, { dryRun: true });
    const xlsxMs = performance.now() - started;
    expect(result).toMatchObject({ totalRows: 1, created: 1, problems: [] });
    expect(xlsxMs).toBeLessThan(3_000);

    const csv = utf8Csv([
      HEADERS.join(';'),
      'Tesfaye;Abebe;M;09/09/1987;Etiopia;Etiopia;;;',
      ...Array.from({ length: 100_000 }, () => ';;;;;;;;'),
    ]);
    const fromCsv = await report('vuote.csv', csv, { dryRun: true });
    expect(fromCsv).toMatchObject({ totalRows: 1, created: 1, problems: [] });
  }, 30_000);

  it('refuses a 50 MB file as too large before reading it, through the router and over HTTP', async () => {
    const huge = Buffer.alloc(50 * 1024 * 1024, 0x41).toString('base64');
    const result = await run('enorme.xlsx', huge);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: { contentBase64: 'Il file è troppo grande (massimo 10 MB).' },
      },
    });
    const preview = await app.call('imports.preview', {
      fileName: 'enorme.csv',
      contentBase64: huge,
    });
    expect(preview).toMatchObject({
      ok: false,
      error: { fields: { contentBase64: 'Il file è troppo grande (massimo 10 MB).' } },
    });

    const server = await startBrowserServer({ router: app.router });
    try {
      const body = JSON.stringify({ fileName: 'enorme.xlsx', contentBase64: huge });
      const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: server.port,
            method: 'POST',
            path: '/api/imports.preview',
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
              'x-percorsi-secret': server.secret,
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
            );
          },
        );
        req.on('error', reject);
        req.end(body);
      });
      expect(reply.status).toBe(413);
      expect(JSON.parse(reply.body)).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('massimo di 10 MB') as string },
      });
    } finally {
      await server.close();
    }
  }, 30_000);

  it('names the required fields a mapping leaves out, and columns not in the file', async () => {
    const file = await xlsx([
      HEADERS,
      ['Diop', 'Moussa', 'M', date(1990, 1, 1), 'Senegal', 'Senegal', '', '', ''],
    ]);
    const columns = Object.fromEntries(
      Object.entries(MAPPING.columns ?? {}).filter(([f]) => f !== 'sex' && f !== 'birthDate'),
    );
    const missing = await run('manca.xlsx', file, {
      mapping: { columns, defaults: { consentDate: '2026-01-15' } },
    });
    expect(missing).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message:
          'Mancano dati obbligatori: Sesso, Data di nascita, Base giuridica, Finalità del consenso. Associa ciascuno a una colonna del file (o, per il consenso, indica un valore per tutti).',
      },
    });
    const elsewhere = await run('manca.xlsx', file, {
      mapping: { ...MAPPING, columns: { ...MAPPING.columns, email: 'Posta' } },
    });
    expect(elsewhere).toMatchObject({
      ok: false,
      error: {
        message:
          'La colonna «Posta» non c’è in questo file: controlla le associazioni delle colonne.',
      },
    });
  });

  it('refuses unreadable, empty and wrongly named files with a clear message', async () => {
    const notZip = await run('finto.xlsx', Buffer.from('non è un foglio').toString('base64'));
    expect(notZip).toMatchObject({
      ok: false,
      error: { message: 'Il file non si legge come CSV o XLSX.' },
    });
    const empty = await run('vuoto.csv', utf8Csv([';;;', '']));
    expect(empty).toMatchObject({
      ok: false,
      error: { message: 'Il file non contiene righe da importare.' },
    });
    const onlyHeaders = await run('intestazioni.xlsx', await xlsx([HEADERS]));
    expect(onlyHeaders).toMatchObject({
      ok: false,
      error: { message: 'Il file non contiene righe da importare.' },
    });
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const protectedFile = await run('protetto.xlsx', ole.toString('base64'));
    expect(protectedFile).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('protetto da password') as string },
    });
    const xls = await run('vecchio.xls', 'AAAA');
    expect(xls).toMatchObject({
      ok: false,
      error: { fields: { fileName: 'Carica un file CSV o XLSX.' } },
    });
  });
});

describe('duplicates', () => {
  it('finds people already registered and people twice in the file', async () => {
    const existing = await app.ok('participants.create', {
      data: validParticipant({
        firstName: 'Mariam',
        lastName: 'Traoré',
        codiceFiscale: '',
        birthDate: '1993-10-10',
        birthCountry: 'ML',
        citizenships: ['ML'],
      }),
    });
    const file = await xlsx([
      HEADERS,
      ['TRAORE', 'Mariam', 'F', date(1993, 10, 10), 'Mali', 'Mali', '', '', ''],
      ['Keita', 'Sekou', 'M', date(1980, 1, 1), 'Mali', 'Mali', '', '', ''],
      ['Keïta', 'Sékou', 'M', '01/01/1980', 'Mali', 'Mali', '', '', ''],
    ]);
    const inFile = await report('doppi.xlsx', file);
    expect(inFile.committed).toBe(false);
    expect(inFile.problems).toEqual([
      { line: 4, messages: ['La stessa persona compare già alla riga 3 del file.'] },
    ]);
    expect(inFile.duplicates).toEqual([
      {
        line: 2,
        existing: {
          id: existing.id,
          firstName: 'Mariam',
          lastName: 'Traoré',
          birthDate: '1993-10-10',
        },
        reason: 'name_and_birth_date',
        enrolled: false,
      },
    ]);

    const file2 = await xlsx([
      HEADERS,
      ['TRAORE', 'Mariam', 'F', date(1993, 10, 10), 'Mali', 'Mali', '', '', ''],
      ['Keita', 'Sekou', 'M', date(1980, 1, 1), 'Mali', 'Mali', '', '', ''],
    ]);
    const before = countPeople();
    const stopped = await report('doppi.xlsx', file2, { courseId });
    expect(stopped).toMatchObject({ committed: false, created: 1, problems: [] });
    expect(countPeople()).toBe(before);

    const skipped = await report('doppi.xlsx', file2, { courseId, onDuplicate: 'skip' });
    expect(skipped).toMatchObject({ committed: true, created: 1, enrolled: 2 });
    expect(skipped.duplicates[0]).toMatchObject({ line: 2, enrolled: true });
    expect(countPeople()).toBe(before + 1);
    expect(await names('traore')).toEqual(['Traoré Mariam']);
    const enrolled = await app.ok('enrolments.list', { courseId });
    expect(enrolled.map((e) => e.participantId)).toContain(existing.id);
  });

  it('does not name a registered person the counselor may not see', async () => {
    await app.ok(
      'participants.create',
      {
        data: validParticipant({
          firstName: 'Grace',
          lastName: 'Mensah',
          codiceFiscale: '',
          birthDate: '1996-03-03',
          birthCountry: 'GH',
          citizenships: ['GH'],
        }),
      },
      { as: 'counselor2' },
    );
    const file = await xlsx([
      HEADERS,
      ['Mensah', 'Grace', 'F', date(1996, 3, 3), 'Ghana', 'Ghana', '', '', ''],
    ]);
    const result = await report('mensah.xlsx', file, {}, 'counselor');
    expect(result.duplicates).toEqual([
      { line: 2, existing: null, reason: 'name_and_birth_date', enrolled: false },
    ]);
    expect(JSON.stringify(result)).not.toContain('Grace');
  });
});

describe('all or nothing', () => {
  it('leaves nothing behind when writing fails half-way', async () => {
    const before = countPeople();
    // Enrolments are written after the people: make them fail to prove the people roll back too.
    app.database.sqlite.exec(
      "CREATE TEMP TRIGGER refuse_enrolment BEFORE INSERT ON enrolments BEGIN SELECT RAISE(ABORT, 'refused'); END",
    );
    try {
      const file = await xlsx([
        HEADERS,
        ['Bah', 'Alpha', 'M', date(1990, 1, 1), 'Guinea', 'Guinea', '', '', ''],
        ['Sow', 'Aminata', 'F', date(1991, 1, 1), 'Guinea', 'Guinea', '', '', ''],
      ]);
      const result = await run('guasto.xlsx', file, { courseId });
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    } finally {
      app.database.sqlite.exec('DROP TRIGGER refuse_enrolment');
    }
    expect(countPeople()).toBe(before);
    expect(await names('aminata')).toEqual([]);
  });
});

describe('roles', () => {
  it('gives counselors the people they import, refuses trainers', async () => {
    const file = await xlsx([
      HEADERS,
      ['Rahman', 'Nusrat', 'F', date(1994, 4, 4), 'Bangladesh', 'bengalese', '', '', ''],
    ]);
    const result = await report('mie.xlsx', file, {}, 'counselor');
    expect(result.committed).toBe(true);
    expect(await names('nusrat', 'counselor')).toEqual(['Rahman Nusrat']);
    expect(await names('nusrat', 'counselor2')).toEqual([]);
    const trainer = await run('mie.xlsx', file, { dryRun: true }, 'trainer');
    expect(trainer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('background import with progress', () => {
  const many = (count: number, offset: number) =>
    utf8Csv([
      HEADERS.join(';'),
      ...Array.from(
        { length: count },
        (_, i) =>
          `Cognome${String.fromCharCode(65 + (i % 26))};Persona${i + offset};F;01/01/1990;Senegal;Senegal;;;`,
      ),
    ]);

  async function finished(jobId: string) {
    for (;;) {
      const status = await app.ok('imports.status', { jobId });
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('reports progress and the result; a cancel writes nothing', async () => {
    const started = await app.ok('imports.start', {
      fileName: 'molti.csv',
      contentBase64: many(1200, 0),
      mapping: MAPPING,
    });
    expect(started).toMatchObject({ state: 'running', report: null });
    const done = await finished(started.jobId);
    expect(done).toMatchObject({
      state: 'done',
      phase: 'saving',
      report: { committed: true, created: 1200 },
    });

    const before = countPeople();
    const next = await app.ok('imports.start', {
      fileName: 'molti.csv',
      contentBase64: many(3000, 5000),
      mapping: MAPPING,
    });
    await app.ok('imports.cancel', { jobId: next.jobId });
    expect(await finished(next.jobId)).toMatchObject({ state: 'cancelled', report: null });
    expect(countPeople()).toBe(before);

    const failed = await app.ok('imports.start', {
      fileName: 'molti.csv',
      contentBase64: many(2, 9000),
      mapping: { columns: { lastName: 'Cognome' } },
    });
    expect(await finished(failed.jobId)).toMatchObject({
      state: 'failed',
      error: expect.stringMatching(/^Mancano dati obbligatori: Nome, Sesso/) as string,
    });
    // Another user's job is not theirs to see.
    expect(
      await app.call('imports.status', { jobId: failed.jobId }, { as: 'coordinator' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('saved mappings', () => {
  it('saves, lists, replaces by name and deletes; counselors change only their own', async () => {
    const saved = await app.ok('imports.saveMapping', {
      name: 'Foglio accoglienza',
      mapping: MAPPING,
    });
    expect(saved.mapping).toEqual({ columns: MAPPING.columns, defaults: MAPPING.defaults });
    const replaced = await app.ok('imports.saveMapping', {
      name: 'Foglio accoglienza',
      mapping: { columns: { lastName: 'Cognome', firstName: 'Nome' } },
    });
    expect(replaced.id).toBe(saved.id);
    const list = await app.ok('imports.mappings', {});
    expect(list.filter((m) => m.name === 'Foglio accoglienza')).toEqual([
      expect.objectContaining({
        mapping: { columns: { lastName: 'Cognome', firstName: 'Nome' }, defaults: {} },
      }),
    ]);
    expect(
      await app.call('imports.deleteMapping', { id: saved.id }, { as: 'counselor' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const own = await app.ok(
      'imports.saveMapping',
      { name: 'Mio', mapping: MAPPING },
      { as: 'counselor' },
    );
    await app.ok('imports.deleteMapping', { id: own.id }, { as: 'counselor' });
    await app.ok('imports.deleteMapping', { id: saved.id }, { as: 'coordinator' });
    expect((await app.ok('imports.mappings', {})).map((m) => m.name)).not.toContain(
      'Foglio accoglienza',
    );
  });
});
