import ExcelJS from 'exceljs';
import type { OpenedDatabase } from '../../db/open';
import { generateParticipants } from '../../db/synthetic';
import type { Router } from '../../electron/api/router';
import type { ParticipantImportReport } from '../../electron/features/imports/contract';
import { countryName } from '../../electron/features/reference/countries';
import { timedRow, type BenchRow } from './results';
import { summarize } from './timing';

const ROWS = 10_000;
const BAR_MS = 5_000;

const SEX = { F: 'Femmina', M: 'Maschio', other: 'Altro', not_stated: 'Non indicato' } as const;
const PERMIT: Record<string, string> = {
  eu_citizen: 'Cittadino UE',
  long_term: 'Soggiornante di lungo periodo',
  work: 'Lavoro',
  family: 'Motivi familiari',
  study: 'Studio',
  asylum_seeker: 'Richiesta asilo',
  refugee: 'Rifugiato',
  subsidiary_protection: 'Protezione sussidiaria',
  special_protection: 'Protezione speciale',
  other: 'Altro',
  none: 'Nessuno',
};
const BASIS: Record<string, string> = {
  consent: 'Consenso',
  contract: 'Contratto',
  legal_obligation: 'Obbligo di legge',
  public_interest: 'Interesse pubblico',
  legitimate_interest: 'Legittimo interesse',
};
const SCOPE: Record<string, string> = {
  service: 'servizio',
  funder_reporting: 'rendicontazione',
  contact: 'contatti',
  photos: 'foto',
};

const HEADERS = [
  'Cognome',
  'Nome',
  'Sesso',
  'Data di nascita',
  'Paese di nascita',
  'Luogo di nascita',
  'Cittadinanza',
  'Codice fiscale',
  'Comune di residenza',
  'E-mail',
  'Telefono',
  'Lingue',
  'Livello italiano',
  'Titolo di studio',
  'Permesso di soggiorno',
  'Scadenza permesso',
  'Protezione internazionale',
  'Anno di arrivo',
  'Inviato da',
  'Data consenso',
  'Base giuridica',
  'Finalità',
];

const asDate = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** A register as an office keeps it: Italian headers and words, real date cells, one row a person. */
export async function syntheticRegister(rows: number, seed: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Anagrafica');
  sheet.addRow(HEADERS);
  for (const { input: p } of generateParticipants(rows, { seed })) {
    sheet.addRow([
      p.lastName,
      p.firstName,
      SEX[p.sex],
      asDate(p.birthDate),
      countryName(p.birthCountry, 'it'),
      p.birthPlace ?? '',
      p.citizenships.map((c) => countryName(c, 'it')).join(', '),
      p.codiceFiscale ?? '',
      p.residenceComune ?? '',
      p.email ?? '',
      p.phone ?? '',
      p.languages.join(', '),
      p.italianLevel?.replace('pre_A1', 'pre-A1') ?? '',
      p.educationIsced ?? '',
      p.residencePermitType ? PERMIT[p.residencePermitType] : '',
      asDate(p.residencePermitExpiry),
      p.internationalProtection ? 'sì' : 'no',
      p.arrivalYear ?? '',
      p.referredBy ?? '',
      asDate(p.consentDate),
      BASIS[p.consentLegalBasis],
      p.consentScopes.map((s) => SCOPE[s]).join(', '),
    ]);
  }
  for (const column of [4, 16, 20]) sheet.getColumn(column).numFmt = 'dd/mm/yyyy';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Imports 10,000 people from an XLSX through the router, validation and
 * duplicate checks against the whole scale-L registry included, committed in
 * one transaction; the people are removed again after each run. The reference
 * is ExcelJS only opening the same file.
 */
export async function benchImport(
  database: OpenedDatabase,
  router: Router,
  options: { runs: number; seed: number },
  log: (message: string) => void = () => undefined,
): Promise<BenchRow[]> {
  const { sqlite } = database;
  const file = await syntheticRegister(ROWS, options.seed);
  const contentBase64 = file.toString('base64');
  const mappingResult = await router.call({
    channel: 'imports.preview',
    input: { fileName: 'anagrafica.xlsx', contentBase64 },
    locale: 'it',
  });
  if (!mappingResult.ok) throw new Error(`imports.preview failed: ${mappingResult.error.code}`);
  const columns = (mappingResult.data as { suggested: Record<string, string> }).suggested;
  const unmapped = HEADERS.filter((h) => !Object.values(columns).includes(h));
  if (unmapped.length > 0) throw new Error(`headers not recognised: ${unmapped.join(', ')}`);

  const lastId = sqlite.prepare('SELECT coalesce(max(id), 0) FROM participants').pluck();
  const remove = sqlite.prepare('DELETE FROM participants WHERE id > ?');
  const times: number[] = [];
  const references: number[] = [];
  let created = 0;
  for (let run = 0; run <= options.runs; run++) {
    const before = lastId.get() as number;
    const cpu = process.cpuUsage();
    const started = performance.now();
    const result = await router.call({
      channel: 'imports.participants',
      input: {
        fileName: 'anagrafica.xlsx',
        contentBase64,
        mapping: { columns },
        onDuplicate: 'skip',
      },
      locale: 'it',
    });
    const elapsed = performance.now() - started;
    const cpuUsed = process.cpuUsage(cpu);
    if (!result.ok) throw new Error(`imports.participants failed: ${result.error.message}`);
    const report = result.data as ParticipantImportReport;
    if (!report.committed) {
      throw new Error(`import refused: ${JSON.stringify(report.problems.slice(0, 3))}`);
    }
    created = report.created;
    // Leave the registry as it was: the people removed, the search index merged again.
    sqlite.transaction(() => remove.run(before))();
    sqlite.exec("INSERT INTO participants_fts(participants_fts) VALUES ('optimize')");
    const referenceStarted = performance.now();
    await new ExcelJS.Workbook().xlsx.load(file as unknown as ArrayBuffer);
    const reference = performance.now() - referenceStarted;
    // The first run warms up (statements, JIT) and is not counted.
    if (run > 0) {
      times.push(elapsed);
      references.push(reference);
    }
    log(
      `  run ${run}: ${elapsed.toFixed(0)} ms, ${((cpuUsed.user + cpuUsed.system) / 1000).toFixed(0)} ms CPU (${report.created} created; ExcelJS opening the file: ${reference.toFixed(0)} ms)`,
    );
  }
  return [
    timedRow(
      `import ${ROWS.toLocaleString('en')} participants from XLSX (validation, duplicates, one transaction; ${created} created) vs ExcelJS only opening the file`,
      summarize(times),
      { reference: summarize(references), bar: BAR_MS, barOn: 'median' },
    ),
  ];
}
