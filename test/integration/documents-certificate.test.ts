import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { count, fonts, info, pagesOf, tool } from './helpers/pdf';
import {
  findVerificationCode,
  foldToWinAnsi,
  renderCertificate,
  renderCertificates,
} from '../../electron/documents/certificate';
import { renderPlanSheet } from '../../electron/documents/planSheet';
import {
  type CertificateSnapshot,
  type PrintedCompetence,
  qrPayload,
} from '../../electron/features/certificates/snapshot';
import { snapshotSha256 } from '../../electron/features/certificates/hash';

const dir = mkdtempSync(path.join(tmpdir(), 'percorsi-certificate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.useRealTimers();
});

const ESCO = 'http://data.europa.eu/esco/skill/5f1b6f5a-7e1b-4f0e-9f6e-2a0a4e1b9c3d';

const COMPETENCES: PrintedCompetence[] = [
  {
    code: 'ASS-01',
    title: 'Redigere lo statuto di un’associazione di promozione sociale',
    description:
      'Individua gli elementi obbligatori dello statuto di un ente del Terzo settore e li ' +
      'adatta agli scopi dell’associazione.',
    eqfLevel: 4,
    escoUri: ESCO,
    adaCode: 'ADA.24.01.05',
    acquisition: {
      kind: 'course',
      title: 'Fare associazione',
      hours: 36,
      from: '2026-01-12',
      to: '2026-02-20',
      attendancePct: 90,
      description: null,
    },
    assessment: { method: 'test', assessedOn: '2026-02-20', assessor: 'Giulia Bianchi' },
    evidence: 'Bozza di statuto redatta in aula',
  },
  {
    code: 'ASS-04',
    title: 'Tenere il registro dei volontari',
    description: 'Aggiorna il registro dei volontari e verifica la copertura assicurativa.',
    eqfLevel: 3,
    escoUri: null,
    adaCode: null,
    acquisition: {
      kind: 'volunteering',
      title: 'Associazione Mani Aperte',
      hours: 60.5,
      from: '2025-10-01',
      to: '2026-01-31',
      attendancePct: null,
      description: null,
    },
    assessment: { method: 'observation', assessedOn: '2026-02-05', assessor: 'Chiara Russo' },
    evidence: null,
  },
];

function snapshot(overrides: Partial<CertificateSnapshot> = {}): CertificateSnapshot {
  return {
    version: 1,
    locale: 'it',
    number: '2026/0042',
    verificationCode: 'K7Q2-M9XD-4F3A',
    issuedOn: '2026-03-10',
    person: {
      firstName: 'Ngozi',
      lastName: 'Adéwálé',
      birthDate: '1991-07-23',
      birthPlace: 'Lagos (Nigeria)',
      codiceFiscale: 'dwlngz91l63z335x',
    },
    organisation: {
      name: 'Cooperativa Sociale Città Aperta',
      taxCode: '01234567890',
      address: 'Via Nizza 12, 10125 Torino',
    },
    project: {
      title: 'FAMI Percorsi di autonomia',
      funder: 'Fondo Asilo, Migrazione e Integrazione',
      fundingLine: 'OS2 ON3',
    },
    signatory: { name: 'Élodie N’Diaye', role: 'Coordinatrice di progetto' },
    competences: COMPETENCES,
    ...overrides,
  };
}

async function renderToFile(name: string, input: CertificateSnapshot): Promise<string> {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await renderCertificate(input, snapshotSha256(input)));
  return file;
}

const flat = (text: string): string => text.replace(/\s+/g, ' ');
/** The text in reading order: a wrapped paragraph stays in one piece once spaces collapse. */
const reading = (file: string): string => flat(tool('pdftotext', [file, '-']).normalize('NFC'));

function expectArchivalPdf(file: string): void {
  const listed = fonts(file);
  expect(listed.length).toBeGreaterThan(0);
  for (const font of listed) {
    expect(font.embedded).toBe('yes');
    expect(font.name).toMatch(/\+DejaVuSans/);
  }
  expect(tool('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  const metadata = info(file);
  expect(metadata['Page size']).toMatch(/^595\.2\d x 841\.8\d pts \(A4\)/);
  expect(metadata['PDF version']).toBe('1.7');
  const xmp = tool('pdfinfo', ['-meta', file]);
  expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
  expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
  const raw = readFileSync(file, 'latin1');
  expect(raw).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
  expect(raw).toContain('/S /GTS_PDFA1');
  // No transparency: pdfkit writes opacity as an ExtGState with /ca and /CA.
  expect(raw).not.toMatch(/\/(ca|CA|SMask) /);
}

function hasZbar(): boolean {
  try {
    execFileSync('zbarimg', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('competence certificate PDF', () => {
  it('prints every art. 6 element in Italian on one archival A4 page', async () => {
    const input = snapshot();
    const file = await renderToFile('it', input);
    const pages = pagesOf(file);
    const text = reading(file);

    expect(pages).toHaveLength(1);
    expect(text).toContain('Attestazione di trasparenza delle competenze');
    expect(text).toContain('Attestazione n. 2026/0042');
    expect(text).toContain('Rilasciata il 10/03/2026');
    expect(text).toContain('Ngozi Adéwálé');
    expect(text).toContain('Data di nascita: 23/07/1991');
    expect(text).toContain('Luogo di nascita: Lagos (Nigeria)');
    expect(text).toContain('Codice fiscale: DWLNGZ91L63Z335X');
    expect(text).toContain('Cooperativa Sociale Città Aperta');
    expect(text).toContain('C.F. 01234567890 · Via Nizza 12, 10125 Torino');
    expect(text).toContain('FAMI Percorsi di autonomia');
    expect(text).toContain('Fondo Asilo, Migrazione e Integrazione – OS2 ON3');
    expect(text).toContain('D.Lgs. 16 gennaio 2013, n. 13');
    expect(text).toContain('Competenze attestate (2)'.toUpperCase());
    for (const competence of COMPETENCES) {
      expect(text).toContain(competence.title);
      expect(text).toContain(competence.description);
    }
    expect(text).toContain('Livello EQF 4');
    expect(text).toContain('Livello EQF 3');
    expect(text).toContain(
      `Codice: ASS-01 · ESCO: ${ESCO} · Atlante del lavoro (ADA): ADA.24.01.05`,
    );
    // The second competence has neither reference code: only its own code is printed.
    expect(count(text, 'ESCO:')).toBe(1);
    expect(count(text, 'Atlante del lavoro')).toBe(1);
    expect(text).toMatch(/Codice: ASS-04 Aggiorna/);
    expect(text).toContain(
      'Corso di formazione «Fare associazione» · 36 ore frequentate · frequenza 90% · dal 12/01/2026 al 20/02/2026',
    );
    expect(text).toContain('Prova pratica o scritta · 20/02/2026 · a cura di Giulia Bianchi');
    expect(text).toContain('EVIDENZE Bozza di statuto redatta in aula');
    expect(text).toContain(
      'Attività di volontariato presso Associazione Mani Aperte · 60,5 ore · dal 01/10/2025 al 31/01/2026',
    );
    expect(text).toContain('Osservazione in situazione · 05/02/2026 · a cura di Chiara Russo');
    expect(text).toContain(
      'Non è un certificato di qualificazione regionale né un titolo di studio',
    );
    expect(text).toContain('CODICE DI VERIFICA');
    // Large beside the QR code, and small in the footer.
    expect(count(text, 'K7Q2-M9XD-4F3A')).toBe(2);
    expect(text).toContain('Luogo e data');
    expect(text).toContain("FIRMA PER L'ENTE");
    expect(text).toContain('Élodie N’Diaye Coordinatrice di progetto');
    expect(text).toContain('N. 2026/0042 · codice K7Q2-M9XD-4F3A');
    expect(text).toContain('Pagina 1 di 1');

    expectArchivalPdf(file);
    const metadata = info(file);
    expect(metadata.Title).toBe('Attestazione di trasparenza delle competenze n. 2026/0042');
    expect(metadata.Keywords).toContain('K7Q2-M9XD-4F3A');
    expect(metadata.Author).toBe('Cooperativa Sociale Città Aperta');
    expect(metadata.CreationDate).toMatch(/Mar 10 12:00:00 2026 UTC/);
    for (const personal of ['Ngozi', 'Adéwálé', 'DWLNGZ', '1991', 'Lagos']) {
      for (const value of Object.values(metadata)) expect(value).not.toContain(personal);
    }
  });

  it('writes the English certificate in English', async () => {
    const file = await renderToFile('en', snapshot({ locale: 'en' }));
    const text = reading(file);

    expect(text).toContain('Transparency attestation of competences');
    expect(text).toContain('Attestation no. 2026/0042');
    expect(text).toContain('Issued on 10 March 2026');
    expect(text).toContain('This document attests that Ngozi Adéwálé');
    expect(text).toContain('Date of birth: 23 July 1991');
    expect(text).toContain('Italian Legislative Decree no. 13 of 16 January 2013');
    expect(text).toContain('EQF level 4');
    expect(text).toContain(
      'Training course “Fare associazione” · 36 hours attended · attendance 90% · from 12 January 2026 to 20 February 2026',
    );
    expect(text).toContain('Volunteering at Associazione Mani Aperte · 60.5 hours');
    expect(text).toContain('Practical or written test · 20 February 2026 · by Giulia Bianchi');
    expect(text).toContain(
      'It is not a regional qualification certificate nor an educational qualification',
    );
    expect(text).toContain('VERIFICATION CODE');
    expect(count(text, 'K7Q2-M9XD-4F3A')).toBe(2);
    expect(text).toContain('Place and date');
    expect(text).toContain('Page 1 of 1');
    for (const italian of [
      'Pagina',
      'Si attesta',
      'Livello',
      'Acquisizione',
      'ACQUISIZIONE',
      'Valutazione',
      'Rilasciata',
      'Firma',
      ' ore ',
    ]) {
      expect(text).not.toContain(italian);
    }
    expect(info(file).Title).toBe('Transparency attestation of competences no. 2026/0042');
    expectArchivalPdf(file);
  });

  it('prints names with accents and apostrophes exactly, in embedded fonts', async () => {
    const people = [
      { firstName: 'Giuseppe', lastName: "D'Alessandro" },
      { firstName: 'Ngozi', lastName: 'Adéwálé' },
      { firstName: 'Zoë', lastName: 'Müller-Łukasiewicz' },
      { firstName: 'Thị Ánh', lastName: 'Nguyễn' },
      { firstName: 'Şükran', lastName: 'Çelik' },
      { firstName: 'Đorđe', lastName: 'Petrović' },
      // Typed with combining marks: printed as the precomposed letters.
      { firstName: 'Aïcha', lastName: 'Ben Sa\u0301lah' },
    ];
    for (const [index, names] of people.entries()) {
      const input = snapshot({ person: { ...snapshot().person, ...names } });
      const file = await renderToFile(`name-${index}`, input);
      const expected = `${names.firstName} ${names.lastName}`.normalize('NFC');
      // Title line, and the footer of the page.
      expect(count(reading(file), expected)).toBe(2);
      expectArchivalPdf(file);
    }
  });

  it('draws a QR code that carries the number, the code and the snapshot hash', async () => {
    const input = snapshot();
    const file = await renderToFile('qr', input);
    const raw = readFileSync(file, 'latin1');
    // Vector only: no image anywhere in the file.
    expect(raw).not.toContain('/Subtype /Image');
    if (!hasZbar()) return;
    const prefix = path.join(dir, 'qr-page');
    tool('pdftoppm', ['-png', '-r', '150', file, prefix]);
    const decoded = execFileSync('zbarimg', ['-q', '--raw', `${prefix}-1.png`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(decoded.trim()).toBe(qrPayload(input, snapshotSha256(input)));
  });

  it('gives the same bytes for the same snapshot, whatever the clock says', async () => {
    const input = snapshot();
    const sha = snapshotSha256(input);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T08:00:00Z'));
    const first = await renderCertificate(input, sha);
    vi.setSystemTime(new Date('2031-06-15T17:45:00Z'));
    const second = await renderCertificate(input, sha);
    vi.useRealTimers();
    const third = await renderCertificate(input, sha);
    const digest = (pdf: Buffer) => createHash('sha256').update(pdf).digest('hex');
    expect(digest(second)).toBe(digest(first));
    expect(digest(third)).toBe(digest(first));
    expect(first.toString('latin1')).not.toMatch(/D:20(30|31)/);

    const other = snapshot({ verificationCode: 'ZZ99-M9XD-4F3A' });
    const changed = await renderCertificate(other, snapshotSha256(other));
    expect(digest(changed)).not.toBe(digest(first));
    const trailerId = (pdf: Buffer) => /\/ID \[<([0-9a-f]+)>/.exec(pdf.toString('latin1'))?.[1];
    expect(trailerId(changed)).not.toBe(trailerId(first));
  });

  it('finds the verification code in its own file and nowhere else', async () => {
    const input = snapshot();
    const pdf = await renderCertificate(input, snapshotSha256(input));
    expect(findVerificationCode(pdf)).toBe('K7Q2-M9XD-4F3A');

    // Still found after a tool rewrites the file without compressing its objects.
    const original = path.join(dir, 'code.pdf');
    const rewritten = path.join(dir, 'code-rewritten.pdf');
    writeFileSync(original, pdf);
    tool('qpdf', [original, rewritten]);
    expect(findVerificationCode(readFileSync(rewritten))).toBe('K7Q2-M9XD-4F3A');

    const batch = await renderCertificates([{ snapshot: input, sha256: snapshotSha256(input) }]);
    expect(findVerificationCode(batch)).toBeNull();
    const plan = await renderPlanSheet(
      {
        locale: 'it',
        organisation: { name: 'Cooperativa Sociale Città Aperta' },
        participant: { firstName: 'Ngozi', lastName: 'Adéwálé', birthDate: '1991-07-23' },
        pathway: {
          track: 'job_placement',
          openedOn: '2026-01-12',
          counselorName: 'Giulia Bianchi',
        },
        goals: [],
      },
      { creationDate: new Date('2026-03-10T10:00:00Z') },
    );
    expect(findVerificationCode(plan)).toBeNull();
    expect(findVerificationCode(randomBytes(4096))).toBeNull();
    expect(findVerificationCode(Buffer.alloc(0))).toBeNull();
    expect(
      findVerificationCode(Buffer.from('%PDF-1.7\n<< /PercorsiVerificationCode (not a code!) >>')),
    ).toBeNull();
    expect(
      findVerificationCode(Buffer.from('%PDF-1.7\n<< /PercorsiVerificationCode 9 0 R >>\n')),
    ).toBeNull();
  });

  it('spreads many competences over pages numbered "Pagina X di Y", each competence once', async () => {
    const competences = Array.from({ length: 12 }, (_, index) => ({
      ...(COMPETENCES[index % 2] as PrintedCompetence),
      title: `Competenza di prova numero ${String(index + 1).padStart(2, '0')}`,
    }));
    const file = await renderToFile('many', snapshot({ competences }));
    const pages = pagesOf(file);
    const text = reading(file);

    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(info(file).Pages).toBe(String(pages.length));
    pages.forEach((page, index) => {
      expect(page).toContain('Cooperativa Sociale Città Aperta');
      expect(page).toContain('Attestazione n. 2026/0042');
      expect(page).toContain('N. 2026/0042 · codice K7Q2-M9XD-4F3A');
      expect(page).toContain('Ngozi Adéwálé');
      expect(page).toContain(`Pagina ${index + 1} di ${pages.length}`);
      // A page that goes on with the competences says so under its header.
      if (index > 0 && page.includes('Livello EQF')) {
        expect(page).toContain('Ngozi Adéwálé – Competenze attestate (12), segue');
      }
      // What the document is, the QR code and the signature: once, at the end.
      const last = index === pages.length - 1;
      expect(page.includes('Non è un certificato di qualificazione regionale')).toBe(last);
      expect(page.includes('CODICE DI VERIFICA')).toBe(last);
    });
    for (const competence of competences) expect(count(text, competence.title)).toBe(1);
    expect(count(text, 'Livello EQF')).toBe(12);
    expectArchivalPdf(file);
  });

  it('merges many certificates into one file for printing, each numbering its own pages', async () => {
    const many = Array.from({ length: 9 }, (_, index) => ({
      ...(COMPETENCES[0] as PrintedCompetence),
      title: `Competenza lunga ${index + 1}`,
    }));
    const inputs = [
      snapshot({ number: '2026/0001', person: { ...snapshot().person, lastName: "D'Alessandro" } }),
      snapshot({
        number: '2026/0002',
        verificationCode: 'AB12-CD34-EF56',
        person: { ...snapshot().person, firstName: 'Zoë', lastName: 'Müller-Łukasiewicz' },
        competences: many,
      }),
      snapshot({ number: '2026/0003', locale: 'en', issuedOn: '2026-04-02' }),
    ];
    const pdf = await renderCertificates(
      inputs.map((input) => ({ snapshot: input, sha256: snapshotSha256(input) })),
    );
    const file = path.join(dir, 'batch.pdf');
    writeFileSync(file, pdf);
    const pages = pagesOf(file);

    const second = await renderCertificate(
      inputs[1] as CertificateSnapshot,
      snapshotSha256(inputs[1] as CertificateSnapshot),
    );
    writeFileSync(path.join(dir, 'second.pdf'), second);
    const secondPages = Number(info(path.join(dir, 'second.pdf')).Pages);
    expect(secondPages).toBeGreaterThanOrEqual(2);
    expect(pages).toHaveLength(1 + secondPages + 1);
    expect(info(file).Pages).toBe(String(pages.length));
    expect(pages[0]).toContain("Ngozi D'Alessandro");
    expect(pages[0]).toContain('Pagina 1 di 1');
    pages.slice(1, 1 + secondPages).forEach((page, index) => {
      expect(page).toContain('Zoë Müller-Łukasiewicz');
      expect(page).toContain('Attestazione n. 2026/0002');
      expect(page).toContain(`Pagina ${index + 1} di ${secondPages}`);
    });
    const last = pages.at(-1) ?? '';
    expect(last).toContain('Attestation no. 2026/0003');
    expect(last).toContain('Page 1 of 1');
    expect(last).toContain('Ngozi Adéwálé');

    expectArchivalPdf(file);
    expect(info(file).Title).toBe('Attestazioni di trasparenza delle competenze (3)');
    expect(info(file).CreationDate).toMatch(/Apr {1,2}2 12:00:00 2026 UTC/);
    const again = await renderCertificates(
      inputs.map((input) => ({ snapshot: input, sha256: snapshotSha256(input) })),
    );
    expect(again.equals(pdf)).toBe(true);
  });

  it('refuses incomplete snapshots with messages that carry no personal data', async () => {
    const base = snapshot();
    const sha = snapshotSha256(base);
    const refusals: [CertificateSnapshot, string][] = [
      [{ ...base, competences: [] }, 'Certificate: no competences'],
      [
        { ...base, signatory: { name: ' ', role: 'Coordinatrice' } },
        'Certificate: signatory missing',
      ],
      [
        { ...base, signatory: { name: 'Élodie N’Diaye', role: '' } },
        'Certificate: signatory missing',
      ],
      [{ ...base, person: { ...base.person, lastName: '' } }, 'Certificate: person name missing'],
      [{ ...base, issuedOn: '10/03/2026' }, 'Certificate: issue date must be YYYY-MM-DD'],
      [{ ...base, verificationCode: 'k7q2 (x)' }, 'Certificate: malformed verification code'],
      [
        {
          ...base,
          competences: [
            COMPETENCES[0] as PrintedCompetence,
            { ...(COMPETENCES[1] as PrintedCompetence), eqfLevel: 9 },
          ],
        },
        'Certificate: competence 2 has an EQF level outside 1–8',
      ],
    ];
    for (const [input, message] of refusals) {
      const attempt = renderCertificate(input, sha);
      await expect(attempt).rejects.toThrow(message);
      await attempt.catch((error: unknown) => {
        for (const personal of ['Ngozi', 'Adéwálé', 'Élodie', 'DWLNGZ']) {
          expect((error as Error).message).not.toContain(personal);
        }
      });
    }
    await expect(renderCertificate(base, 'not-a-hash')).rejects.toThrow('malformed SHA-256');
    await expect(renderCertificates([])).rejects.toThrow('Certificates: nothing to render');
    await expect(
      renderCertificates([
        { snapshot: base, sha256: sha },
        { snapshot: { ...base, competences: [] }, sha256: sha },
      ]),
    ).rejects.toThrow('Item 2: Certificate: no competences');
  });

  it('draws the same layout in built-in fonts for the benchmark, names folded to WinAnsi', async () => {
    const input = snapshot({
      person: { ...snapshot().person, firstName: 'Zoë', lastName: 'Müller-Łukasiewicz' },
    });
    const file = path.join(dir, 'builtin.pdf');
    writeFileSync(
      file,
      await renderCertificate(input, snapshotSha256(input), { builtinFonts: true }),
    );
    const text = reading(file);
    expect(text).toContain('Zoë Müller-Lukasiewicz');
    expect(text).toContain('Attestazione di trasparenza delle competenze');
    expect(fonts(file).every((font) => font.embedded === 'no')).toBe(true);
    expect(foldToWinAnsi('Nguyễn Thị Ánh Đorđe Şükran D’Alessandro')).toBe(
      'Nguyên Thi Ánh Dorde Sükran D’Alessandro',
    );
  });
});
