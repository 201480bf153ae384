import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { count, fonts, info, pagesOf, tool } from './helpers/pdf';
import { renderSignInSheets, type SignInSheetInput } from '../../electron/documents/signInSheet';
import { DIACRITIC_PEOPLE, signInSheet, syntheticPeople } from '../fixtures/signInSheet';

const dir = mkdtempSync(path.join(tmpdir(), 'percorsi-sign-in-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const creationDate = new Date('2026-03-10T10:00:00Z');

async function renderToFile(name: string, sheets: SignInSheetInput[]): Promise<string> {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await renderSignInSheets(sheets, { creationDate }));
  return file;
}

describe('sign-in sheet PDF', () => {
  it('prints every name of a session with embedded fonts, on a valid A4 page', async () => {
    const sheet = signInSheet();
    const file = await renderToFile('session', [sheet]);
    const pages = pagesOf(file);
    const text = pages.join('\n');

    expect(pages).toHaveLength(1);
    for (const name of ['Aïcha', 'Nguyễn', 'Thị Ánh', 'Đorđe', 'Petrović', 'Şükran', 'Yıldız']) {
      expect(text).toContain(name);
    }
    for (const name of ['Zoë', 'Ñusta', 'Łucja', 'Wróbel', 'Conceição', 'Sène']) {
      expect(text).toContain(name);
    }
    // Long names wrap inside their cell: every word is still printed.
    for (const person of sheet.participants) {
      for (const word of `${person.lastName} ${person.firstName}`.split(' ')) {
        expect(text).toContain(word);
      }
    }
    expect(text).toContain('DLLCHA90D43Z343T');
    expect(text).toContain('Italiano L2 livello A2 – Gruppo serale');
    expect(text).toContain('lunedì 16/03/2026');
    expect(text).toContain('09:00–13:00 (4 ore)');
    expect(text).toContain('Foglio firme presenze');
    expect(text).toMatch(/Firma entrata\s+Firma uscita/);
    expect(text).toContain('Firma del/della formatore/formatrice');
    expect(text).toContain('Partecipanti iscritti/e: 12');
    expect(text).toContain('Stampato il 10/03/2026');
    expect(text).toContain('Pagina 1 di 1');

    const listed = fonts(file);
    expect(listed.length).toBeGreaterThan(0);
    for (const font of listed) {
      expect(font.embedded).toBe('yes');
      expect(font.type).not.toMatch(/Type 1/);
      expect(font.name).toMatch(/\+DejaVuSans/);
    }

    expect(tool('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');

    const metadata = info(file);
    expect(metadata['Page size']).toMatch(/^595\.2\d x 841\.8\d pts \(A4\)/);
    expect(metadata.Pages).toBe('1');
    expect(metadata.Creator).toBe('Percorsi');
    expect(metadata.Title).toContain('Foglio firme presenze – FAMI-PROG-2931');
    for (const person of DIACRITIC_PEOPLE) {
      expect(metadata.Title).not.toContain(person.lastName);
    }
    expect(metadata.Title).not.toContain('Giulia Bianchi');
  });

  it('continues a long list on following pages with the header and page numbers on each', async () => {
    const sheet = signInSheet({ participants: syntheticPeople(70) });
    const file = await renderToFile('seventy', [sheet]);
    const pages = pagesOf(file);

    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(info(file).Pages).toBe(String(pages.length));
    pages.forEach((page, index) => {
      expect(page).toContain('Cooperativa Sociale Ponti Aperti');
      expect(page).toContain('Italiano L2 livello A2 – Gruppo serale');
      expect(page).toContain('lunedì 16/03/2026');
      expect(page).toMatch(/N\.\s+Cognome\s+Nome\s+Codice fiscale\s+Firma entrata\s+Firma uscita/);
      expect(page).toContain(`Pagina ${index + 1} di ${pages.length}`);
      // The trainer signs once, under the last row.
      expect(page.includes('Firma del/della formatore/formatrice')).toBe(
        index === pages.length - 1,
      );
    });
    const text = pages.join('\n');
    // Every generated row is printed exactly once, numbered 1 to 70.
    for (const person of sheet.participants.slice(DIACRITIC_PEOPLE.length)) {
      expect(count(text, person.lastName)).toBe(1);
    }
    expect(text).toMatch(/^\s*70\s+Traoré 069/m);
    expect(text).toContain('Partecipanti iscritti/e: 70');
    expect(tool('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  });

  it('renders a whole course in one PDF, each session on its own pages numbered from 1', async () => {
    const dates = ['2026-03-16', '2026-03-18', '2026-03-20'];
    const sheets = dates.map((date, index) =>
      signInSheet({
        session: { ...signInSheet().session, date, topic: `Unità ${index + 1}` },
        participants: syntheticPeople(index === 2 ? 30 : 12),
      }),
    );
    const file = await renderToFile('course', sheets);
    const pages = pagesOf(file);

    expect(pages).toHaveLength(4);
    const expected = [
      ['lunedì 16/03/2026', 'Pagina 1 di 1'],
      ['mercoledì 18/03/2026', 'Pagina 1 di 1'],
      ['venerdì 20/03/2026', 'Pagina 1 di 2'],
      ['venerdì 20/03/2026', 'Pagina 2 di 2'],
    ];
    pages.forEach((page, index) => {
      const [date, numbering] = expected[index] ?? [];
      expect(page).toContain(date);
      expect(page).toContain(numbering);
    });
    expect(count(pages.join('\n'), 'Pagina 1 di 1')).toBe(2);
    expect(info(file).Title).toBe(
      'Foglio firme presenze – FAMI-PROG-2931 – Italiano L2 livello A2 – Gruppo serale',
    );
  });

  it('writes the English sheet entirely in English, leaving blank fields to fill in by hand', async () => {
    const sheet = signInSheet({
      locale: 'en',
      session: { date: '2026-03-17', startTime: '14:30', endTime: '16:00', trainerName: null },
    });
    const file = await renderToFile('english', [sheet]);
    const text = pagesOf(file).join('\n');

    expect(text).toContain('Attendance sign-in sheet');
    expect(text).toMatch(/No\.\s+Last name\s+First name\s+Tax code\s+Signature in\s+Signature out/);
    expect(text).toContain('Tuesday 17 March 2026');
    expect(text).toContain('14:30–16:00 (1.5 hours)');
    expect(text).toContain('Sede di Torino');
    expect(text).toContain("Trainer's signature");
    expect(text).toContain('Participants enrolled: 12');
    expect(text).toContain('Printed on 10 March 2026');
    expect(text).toContain('Page 1 of 1');
    for (const italian of ['Foglio firme', 'Pagina', 'Cognome', 'Firma', 'Stampato']) {
      expect(text).not.toContain(italian);
    }
    expect(info(file).Title).toContain('Attendance sign-in sheet');
  });

  it('composes names typed with combining marks and prints an empty session', async () => {
    const decomposed = 'Nguye\u0302\u0303n';
    const file = await renderToFile('edge', [
      signInSheet({ participants: [{ lastName: decomposed, firstName: 'Thi\u0323 A\u0301nh' }] }),
      signInSheet({ participants: [] }),
    ]);
    const raw = tool('pdftotext', ['-layout', file, '-']);
    expect(raw).toContain('Nguyễn');
    expect(raw).toContain('Thị Ánh');
    expect(raw).toContain('Nessun/a partecipante iscritto/a alla sessione');
    expect(count(raw, 'Pagina 1 di 1')).toBe(2);
  });

  it('is byte-for-byte repeatable when the creation date is fixed', async () => {
    const sheets = [signInSheet()];
    const first = await renderSignInSheets(sheets, { creationDate });
    const second = await renderSignInSheets(sheets, { creationDate });
    expect(first.equals(second)).toBe(true);
  });

  it('rejects malformed sessions with messages that carry no personal data', async () => {
    const base = signInSheet();
    await expect(renderSignInSheets([])).rejects.toThrow('No sign-in sheets');
    await expect(
      renderSignInSheets([base, { ...base, session: { ...base.session, endTime: '08:00' } }]),
    ).rejects.toThrow('Sign-in sheet 2: session must end after it starts');
    await expect(
      renderSignInSheets([{ ...base, session: { ...base.session, date: '16/03/2026' } }]),
    ).rejects.toThrow('YYYY-MM-DD');
    await expect(
      renderSignInSheets([base], { fontDir: path.join(dir, 'missing') }),
    ).rejects.toThrow('Font file not found: DejaVuSans.ttf');
  });
});
