import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRandom, generateParticipants, type Random, weightedTable } from '../../db/synthetic';
import {
  certificateContent,
  renderCertificateSync,
  renderCertificatesSync,
  type CertificateItem,
} from '../../electron/documents/certificate';
import type { CertificateModel } from '../../electron/documents/certificateLayout';
import { snapshotSha256 } from '../../electron/features/certificates/hash';
import type {
  CertificateSnapshot,
  PrintedCompetence,
} from '../../electron/features/certificates/snapshot';
import { timedRow, type BenchRow } from './results';
import { measureInterleaved, summarize, type Samples } from './timing';

export interface CertificateBenchOptions {
  count: number;
  /** Timed runs over the whole batch, for each way of rendering. */
  runs: number;
  seed: number;
}

const DEFAULTS: CertificateBenchOptions = { count: 500, runs: 5, seed: 7 };
/** DESIGN §5: ≥ 200 certificates per second, i.e. ≤ 5 ms each. */
const BAR_MS = 5;
/** DESIGN §5: at least ten times as fast as LibreOffice on the same certificates. */
const BAR_LIBREOFFICE_RATIO = 0.1;

const FRAMEWORK: Omit<PrintedCompetence, 'acquisition' | 'assessment' | 'evidence'>[] = [
  {
    code: 'ASS-01',
    title: 'Redigere lo statuto e l’atto costitutivo di un’associazione',
    description:
      'Individua gli elementi obbligatori dello statuto di un ente del Terzo settore (scopo, ' +
      'organi, patrimonio, ammissione dei soci) e li adatta agli scopi dell’associazione.',
    eqfLevel: 4,
    escoUri: 'http://data.europa.eu/esco/skill/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    adaCode: 'ADA.24.01.05',
  },
  {
    code: 'ASS-03',
    title: 'Iscrivere un’associazione al RUNTS',
    description:
      'Prepara la documentazione per l’iscrizione al Registro unico nazionale del Terzo settore.',
    eqfLevel: 4,
    escoUri: null,
    adaCode: 'ADA.24.01.07',
  },
  {
    code: 'ASS-04',
    title: 'Tenere il registro dei volontari e gestire l’assicurazione obbligatoria',
    description: 'Aggiorna il registro dei volontari e verifica la copertura assicurativa.',
    eqfLevel: 3,
    escoUri: null,
    adaCode: null,
  },
  {
    code: 'IMP-02',
    title: 'Elaborare un business plan per una microimpresa',
    description:
      'Stima costi, ricavi e fabbisogno finanziario di un’idea d’impresa e li presenta in un ' +
      'piano leggibile da un istituto di microcredito.',
    eqfLevel: 4,
    escoUri: 'http://data.europa.eu/esco/skill/5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c',
    adaCode: 'ADA.25.231.754',
  },
  {
    code: 'IMP-05',
    title: 'Aprire una partita IVA e scegliere il regime fiscale',
    description:
      'Confronta il regime forfettario e quello ordinario e compila la dichiarazione di inizio attività.',
    eqfLevel: 3,
    escoUri: null,
    adaCode: 'ADA.25.231.756',
  },
  {
    code: 'LAV-01',
    title: 'Presentare la propria candidatura a un datore di lavoro',
    description: 'Prepara un curriculum in formato europeo e sostiene un colloquio di selezione.',
    eqfLevel: 2,
    escoUri: 'http://data.europa.eu/esco/skill/9c8b7a6f-5e4d-4c3b-8a2f-1e0d9c8b7a6f',
    adaCode: null,
  },
  {
    code: 'LAV-04',
    title: 'Lavorare in sicurezza in cucina secondo il sistema HACCP',
    description: 'Applica le procedure di igiene e sicurezza alimentare previste dal piano HACCP.',
    eqfLevel: 3,
    escoUri: 'http://data.europa.eu/esco/skill/3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b',
    adaCode: 'ADA.23.07.19',
  },
];

const COURSES = [
  'Fare associazione',
  'Mettersi in proprio',
  'Orientamento al lavoro',
  'Cucina e HACCP',
];
const HOSTS = ['Associazione Città Aperta', 'Banco alimentare di quartiere', 'Trattoria Da Nennè'];
const ASSESSORS = ['Giulia Bianchi', 'Chiara Russo', 'Andrea Colombo', 'Aïssata Diallo'];
const METHODS = ['interview', 'observation', 'portfolio', 'test'] as const;
const KINDS = weightedTable([
  ['course', 70],
  ['volunteering', 12],
  ['internship', 12],
  ['experience', 6],
] as const);

/** `count` different competences of the framework, in a random order. */
function distinct(random: Random, count: number): (typeof FRAMEWORK)[number][] {
  const left = [...FRAMEWORK];
  return Array.from({ length: Math.min(count, left.length) }, () => {
    const [entry] = left.splice(random.int(0, left.length - 1), 1);
    return entry as (typeof FRAMEWORK)[number];
  });
}

function competence(random: Random, entry: (typeof FRAMEWORK)[number]): PrintedCompetence {
  const kind = random.weighted(KINDS);
  const course = kind === 'course';
  return {
    ...entry,
    acquisition: {
      kind,
      title: course ? random.pick(COURSES) : random.pick(HOSTS),
      hours: kind === 'experience' ? null : random.int(12, 320),
      from: '2026-01-12',
      to: '2026-02-27',
      attendancePct: course ? random.int(700, 1000) / 10 : null,
      description: kind === 'experience' ? 'Esperienza di lavoro stagionale documentata' : null,
    },
    assessment: {
      method: random.pick(METHODS),
      assessedOn: '2026-03-02',
      assessor: random.pick(ASSESSORS),
    },
    evidence: random.chance(0.4) ? 'Prova pratica svolta in aula e scheda di osservazione' : null,
  };
}

/** A batch of certificates for synthetic people (names from every tradition the generator knows). */
export function syntheticCertificates(count: number, seed: number): CertificateItem[] {
  const random = createRandom(seed);
  return generateParticipants(count, { seed }).map(({ input }, index) => {
    const snapshot: CertificateSnapshot = {
      version: 1,
      locale: random.chance(0.85) ? 'it' : 'en',
      number: `2026/${String(index + 1).padStart(4, '0')}`,
      verificationCode: Array.from({ length: 3 }, () =>
        Array.from({ length: 4 }, () => random.pick([...'23456789ABCDEFGHJKMNPQRSTVWXYZ'])).join(
          '',
        ),
      ).join('-'),
      issuedOn: '2026-03-10',
      person: {
        firstName: input.firstName,
        lastName: input.lastName,
        birthDate: input.birthDate,
        birthPlace: input.birthPlace ?? null,
        codiceFiscale: input.codiceFiscale ?? null,
      },
      organisation: {
        name: 'Cooperativa Sociale Ponti Aperti',
        taxCode: '01234567890',
        address: 'Via Nizza 12, 10125 Torino',
      },
      project: {
        title: 'FAMI Percorsi di autonomia',
        funder: 'Fondo Asilo, Migrazione e Integrazione 2021-2027',
        fundingLine: 'OS2 ON3',
      },
      signatory: { name: 'Elena Conti', role: 'Coordinatrice di progetto' },
      competences: distinct(random, random.int(2, 5)).map((entry) => competence(random, entry)),
    };
    return { snapshot, sha256: snapshotSha256(snapshot) };
  });
}

const perCertificate = (samples: Samples, count: number): Samples =>
  summarize(samples.values.map((value) => value / count));

/**
 * DESIGN §5 certificates bar: our renderer with DejaVu embedded and the QR code, as one
 * file per certificate (what the registry keeps) and as one merged file for printing;
 * pdfkit's built-in fonts doing the same layout; LibreOffice headless converting the
 * same certificates, written as HTML.
 */
export async function benchCertificates(
  log: (message: string) => void,
  options: Partial<CertificateBenchOptions> = {},
): Promise<BenchRow[]> {
  const { count, runs, seed } = { ...DEFAULTS, ...options };
  const items = syntheticCertificates(count, seed);
  const each = (builtinFonts: boolean) => () => {
    for (const item of items) renderCertificateSync(item.snapshot, item.sha256, { builtinFonts });
  };
  const merged = (builtinFonts: boolean) => () => renderCertificatesSync(items, { builtinFonts });
  const timing = { warmup: 1, iterations: runs };
  log(`Rendering ${count} certificates, one file each, ${runs} runs…`);
  const files = await measureInterleaved({ embedded: each(false), builtin: each(true) }, timing);
  log(`Rendering ${count} certificates into one file, ${runs} runs…`);
  const batch = await measureInterleaved(
    { embedded: merged(false), builtin: merged(true) },
    timing,
  );

  const oneEach = perCertificate(files.embedded, count);
  const rows = [
    timedRow(
      `certificates to PDF/A, one file each (${count}, DejaVu embedded, QR; ms each, bar ≥ 200/s; reference: built-in Helvetica)`,
      oneEach,
      { reference: perCertificate(files.builtin, count), bar: BAR_MS, barOn: 'median' },
    ),
    timedRow(
      `certificates to PDF/A, one merged file (${count}, DejaVu embedded, QR; ms each, bar ≥ 200/s; reference: built-in Helvetica)`,
      perCertificate(batch.embedded, count),
      { reference: perCertificate(batch.builtin, count), bar: BAR_MS, barOn: 'median' },
    ),
  ];
  for (const row of rows) {
    log(
      `  ${(1000 / row.median).toFixed(0)} certificates/s (built-in fonts: ${(1000 / (row.reference ?? NaN)).toFixed(0)}/s)`,
    );
  }
  rows.push(benchLibreOffice(items, oneEach, log));
  return rows;
}

function benchLibreOffice(
  items: CertificateItem[],
  ours: Samples,
  log: (m: string) => void,
): BenchRow {
  const name = `LibreOffice headless converting the same ${items.length} certificates (HTML → PDF/A, runs of 100 files; ratio bar ≤ 0.1)`;
  const soffice = findSoffice();
  if (!soffice) {
    log('  soffice not found: LibreOffice comparison skipped');
    return { name: `${name} — skipped: soffice not found`, unit: 'ms', median: 0, p95: 0 };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'percorsi-bench-lo-'));
  try {
    const input = path.join(dir, 'in');
    const output = path.join(dir, 'out');
    mkdirSync(input);
    mkdirSync(output);
    const files = items.map((item, index) => {
      const base = `certificate-${String(index + 1).padStart(4, '0')}`;
      const model = certificateContent(item.snapshot, item.sha256);
      writeFileSync(path.join(input, `${base}.svg`), qrSvg(model.qr));
      writeFileSync(
        path.join(input, `${base}.html`),
        certificateHtml(model, item.snapshot.locale, `${base}.svg`),
      );
      return path.join(input, `${base}.html`);
    });
    // A profile of its own: first start-up is slow and must not be timed, and another
    // LibreOffice running on the machine must not take the conversion over.
    const profile = `file://${path.join(dir, 'profile')}`;
    const convert = (paths: string[], outdir: string) => {
      try {
        execFileSync(
          soffice,
          [
            `-env:UserInstallation=${profile}`,
            '--headless',
            '--norestore',
            '--convert-to',
            'pdf:writer_web_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}',
            '--outdir',
            outdir,
            ...paths,
          ],
          { stdio: 'ignore', timeout: 30 * 60_000 },
        );
      } catch {
        // A crash part-way leaves some files unconverted: they are counted below.
      }
    };
    const converted = () => new Set(readdirSync(output).filter((file) => file.endsWith('.pdf')));
    log('  LibreOffice: first start-up (not timed)…');
    const warm = path.join(dir, 'warm');
    mkdirSync(warm);
    convert(files.slice(0, 1), warm);
    log(`  LibreOffice: converting ${files.length} certificates…`);
    // In runs of 100 files: one LibreOffice process converting 500 documents has been seen
    // to stop half-way. A file a run left out is tried once more on its own run.
    const started = performance.now();
    for (let from = 0; from < files.length; from += 100) {
      const chunk = files.slice(from, from + 100);
      convert(chunk, output);
      const done = converted();
      const missing = chunk.filter((file) => !done.has(path.basename(file, '.html') + '.pdf'));
      if (missing.length > 0) convert(missing, output);
    }
    const elapsed = performance.now() - started;
    const produced = converted().size;
    if (produced === 0) throw new Error('LibreOffice produced no PDF file');
    if (produced < files.length) {
      log(`  LibreOffice converted ${produced} of ${files.length} files; timed per file converted`);
    }
    const reference = summarize([elapsed / produced]);
    log(`  LibreOffice: ${(1000 / reference.median).toFixed(1)} certificates/s`);
    return timedRow(name, ours, { reference, bar: BAR_LIBREOFFICE_RATIO, barOn: 'ratio' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function findSoffice(): string | null {
  for (const candidate of ['soffice', 'libreoffice']) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore', timeout: 60_000 });
      return candidate;
    } catch {
      // Not installed under this name.
    }
  }
  return null;
}

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The QR symbol as one SVG path: the same vector drawing the PDF has. */
export function qrSvg(qr: CertificateModel['qr']): string {
  const runs: string[] = [];
  for (let row = 0; row < qr.size; row += 1) {
    for (let column = 0; column < qr.size; column += 1) {
      if (!qr.data[row * qr.size + column]) continue;
      const start = column;
      while (column + 1 < qr.size && qr.data[row * qr.size + column + 1]) column += 1;
      runs.push(`M${start} ${row}h${column - start + 1}v1h-${column - start + 1}z`);
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${qr.size} ${qr.size}" width="28mm" height="28mm" shape-rendering="crispEdges"><path d="${runs.join('')}"/></svg>`;
}

/** The same certificate as an HTML page: every string the PDF prints, in the same order. */
export function certificateHtml(model: CertificateModel, locale: string, qrFile: string): string {
  const { texts } = model;
  const e = escape;
  const rows = (fields: { label: string; value: string }[]) =>
    fields
      .map((f) => `<tr><td class="l">${e(f.label.toUpperCase())}</td><td>${e(f.value)}</td></tr>`)
      .join('');
  const competences = model.competences
    .map(
      (
        c,
        i,
      ) => `<div class="box"><p><b>${i + 1}. ${e(c.title)}</b> <span class="eqf">${e(c.eqf)}</span></p>
<p class="muted">${e(c.references)}</p><p>${e(c.description)}</p><table>${rows(c.rows)}</table></div>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${e(model.band.title)}</title>
<style>
body { font-family: 'DejaVu Sans'; font-size: 9pt; }
h1 { font-size: 18pt; text-align: center; margin: 4pt 0; }
.c { text-align: center; } .muted { color: #4d4d4d; font-size: 7.5pt; }
.name { font-size: 20pt; font-weight: bold; text-align: center; margin: 2pt 0; }
.box { border: 1px solid #8c8c8c; padding: 6pt; margin: 6pt 0; }
.eqf { background: #e6e6e6; font-weight: bold; padding: 1pt 4pt; }
td.l { font-size: 6.5pt; font-weight: bold; color: #4d4d4d; width: 30mm; vertical-align: top; }
.nature { background: #f0f0f0; border-left: 4pt solid #000; padding: 6pt; }
.code { font-family: 'DejaVu Sans Mono'; font-size: 15pt; font-weight: bold; }
</style></head><body>
<table width="100%"><tr><td><b>${e(model.band.organisationName)}</b><br><span class="muted">${e(model.band.organisationDetails)}</span></td>
<td align="right"><b>${e(model.band.title)}</b><br><b>${e(model.band.subtitle ?? '')}</b></td></tr></table><hr>
<h1>${e(texts.title)}</h1><p class="c muted">${e(texts.kind)}</p>
<p class="c">${e(texts.attests)}</p><p class="name">${e(model.fullName)}</p>
<p class="c">${e(model.personDetails)}</p><p class="c">${e(texts.hasAcquired)}</p>
<table class="box" width="100%">${rows(model.issuerRows.flat())}</table>
<p><b>${e(texts.competences(model.competences.length).toUpperCase())}</b></p>
${competences}
<div class="nature"><b>${e(texts.natureSection.toUpperCase())}</b><br>${e(texts.nature)}</div>
<table width="100%"><tr><td width="110"><img src="${qrFile}" width="106" height="106" alt=""></td>
<td><span class="muted">${e(texts.verificationCode.toUpperCase())}</span><br><span class="code">${e(model.code)}</span><br>
<b>${e(texts.attestationNumber(model.number))}</b><br><span class="muted">${e(texts.verificationHelp)}</span></td>
<td>${e(texts.placeAndDate)} ____________________<br><span class="muted">${e(texts.signature.toUpperCase())}</span><br><br><br>
______________________________<br><b>${e(model.signatory.name)}</b><br>${e(model.signatory.role)}</td></tr></table>
<p class="muted">${e(model.footerLeft)} · ${e(model.fullName)}</p>
</body></html>
`;
}
