import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { count, fonts, info, pagesOf, tool } from './helpers/pdf';
import { renderPlanSheet, type PlanSheetInput } from '../../electron/documents/planSheet';

const dir = mkdtempSync(path.join(tmpdir(), 'percorsi-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const creationDate = new Date('2026-03-10T10:00:00Z');

type Goal = PlanSheetInput['goals'][number];

const GOALS: Goal[] = [
  {
    title: 'Ottenere la certificazione di italiano A2',
    dueDate: '2026-06-30',
    status: 'open',
    actions: [
      {
        description: 'Iscriversi al corso serale presso il CPIA',
        who: 'participant',
        dueDate: '2026-02-01',
        status: 'done',
      },
      {
        description: 'Prenotare l’esame CILS e controllare i documenti richiesti per l’iscrizione',
        who: 'counselor',
        dueDate: '2026-04-15',
        status: 'open',
      },
    ],
  },
  {
    title: 'Cercare lavoro nella ristorazione',
    dueDate: null,
    status: 'achieved',
    actions: [
      { description: 'Scrivere il curriculum', who: 'counselor', status: 'done' },
      { description: 'Colloquio con l’agenzia', who: 'other', dueDate: null, status: 'dropped' },
    ],
  },
  { title: 'Aprire un conto corrente', status: 'dropped', actions: [] },
];

function plan(overrides: Partial<PlanSheetInput> = {}): PlanSheetInput {
  return {
    locale: 'it',
    organisation: {
      name: 'Cooperativa Sociale Ponti Aperti',
      taxCode: '01234567890',
      address: 'Via Nizza 12, 10125 Torino',
    },
    participant: {
      firstName: 'Thị Ánh',
      lastName: 'Nguyễn',
      codiceFiscale: 'ngythn88a41z251k',
      birthDate: '1988-01-01',
    },
    pathway: {
      track: 'job_placement',
      openedOn: '2026-01-12',
      counselorName: 'Giulia Bianchi',
      projectTitle: 'FAMI Percorsi di autonomia',
    },
    agreedOn: '2026-01-19',
    goals: GOALS,
    ...overrides,
  };
}

async function renderToFile(name: string, input: PlanSheetInput): Promise<string> {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await renderPlanSheet(input, { creationDate }));
  return file;
}

/** pdftotext may wrap a long description: compare word by word, spaces collapsed. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');
/** The text in reading order (no -layout): a wrapped table cell stays in one piece. */
const reading = (file: string): string => flat(tool('pdftotext', [file, '-']).normalize('NFC'));

describe('individual plan PDF', () => {
  it('prints the whole plan on one A4 page with embedded fonts', async () => {
    const file = await renderToFile('plan', plan());
    const pages = pagesOf(file);
    const text = pages.join('\n');

    expect(pages).toHaveLength(1);
    expect(text).toContain('Patto individuale');
    expect(text).toContain('Thị Ánh Nguyễn');
    expect(text).toContain('NGYTHN88A41Z251K');
    expect(text).toMatch(/Data di nascita\s+01\/01\/1988/i);
    expect(text).toContain('Orientamento e accompagnamento al lavoro');
    expect(text).toContain('12/01/2026');
    expect(text).toContain('Giulia Bianchi');
    expect(text).toContain('FAMI Percorsi di autonomia');
    expect(flat(text)).toContain('si può rivedere e aggiornare insieme');
    for (const goal of GOALS) {
      expect(text).toContain(goal.title);
      for (const action of goal.actions) expect(reading(file)).toContain(action.description);
    }
    expect(text).toMatch(/Obiettivo 1\s+Entro: 30\/06\/2026\s+·\s+Stato: in corso/i);
    expect(text).toContain('Entro: nessuna scadenza');
    expect(text).toContain('Stato: non più perseguito');
    expect(text).toMatch(/Azione\s+Chi\s+Entro\s+Stato/);
    expect(text).toMatch(
      /Iscriversi al corso serale presso il CPIA\s+partecipante\s+01\/02\/2026\s+fatta/,
    );
    expect(text).toMatch(/Scrivere il curriculum\s+operatore·operatrice\s+—\s+fatta/);
    expect(text).toMatch(/Colloquio con l’agenzia\s+altro\s+—\s+annullata/);
    expect(text).toContain('Nessuna azione ancora definita');
    expect(text).toContain('Patto concordato il: 19/01/2026');
    expect(text).toMatch(/Firma del\/della partecipante\s+Firma dell'operatore\/operatrice/);
    expect(count(text, 'Luogo e data')).toBe(2);
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
    expect(metadata.Title).toBe('Patto individuale – FAMI Percorsi di autonomia');
    for (const personal of ['Nguy', 'Thị', 'NGYTHN', '1988', 'Bianchi']) {
      expect(metadata.Title).not.toContain(personal);
    }
  });

  it('translates every track and leaves out a missing codice fiscale and project', async () => {
    const tracks = {
      association: 'Fare associazione',
      self_employment: 'Autoimprenditoria',
      job_placement: 'Orientamento e accompagnamento al lavoro',
    } as const;
    for (const [track, label] of Object.entries(tracks)) {
      const input = plan({
        participant: { ...plan().participant, codiceFiscale: null },
        pathway: { ...plan().pathway, track: track as keyof typeof tracks, projectTitle: null },
      });
      const file = await renderToFile(track, input);
      const text = pagesOf(file).join('\n');
      expect(text).toContain(label);
      // Only the organisation's own tax code remains, in the header.
      expect(count(text.toLowerCase(), 'codice fiscale')).toBe(1);
      expect(text).not.toContain('Progetto');
      expect(info(file).Title).toBe('Patto individuale');
    }
  });

  it('spreads twelve goals over several pages with the header and page number on each', async () => {
    const goals = Array.from({ length: 12 }, (_, index) => ({
      ...(GOALS[index % 2] as Goal),
      title: `Obiettivo di prova numero ${index + 1}`,
    }));
    const file = await renderToFile('twelve', plan({ goals }));
    const pages = pagesOf(file);
    const text = pages.join('\n');

    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(info(file).Pages).toBe(String(pages.length));
    pages.forEach((page, index) => {
      expect(page).toContain('Cooperativa Sociale Ponti Aperti');
      expect(page).toContain('Patto individuale');
      expect(page).toContain('Thị Ánh Nguyễn');
      expect(page).toContain(`Pagina ${index + 1} di ${pages.length}`);
      // Signatures once, at the end.
      expect(page.includes('Firma del/della partecipante')).toBe(index === pages.length - 1);
    });
    for (const goal of goals) expect(count(text, `${goal.title}\n`)).toBe(1);
    // Short goals are never split: each goal's actions share its page.
    for (const page of pages) {
      expect(count(page, 'Azione')).toBe(count(page, 'Obiettivo di prova numero'));
    }
    expect(tool('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  });

  it('breaks a long actions table between rows and repeats its heading', async () => {
    const actions = Array.from({ length: 45 }, (_, index) => ({
      description: `Passo numero ${String(index + 1).padStart(2, '0')}`,
      who: 'participant' as const,
      status: 'open' as const,
    }));
    const file = await renderToFile('long', plan({ goals: [{ ...GOALS[0], actions } as Goal] }));
    const pages = pagesOf(file);
    const text = pages.join('\n');

    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[1]).toMatch(/Obiettivo 1 \(continua\)/i);
    expect(pages[1]).toMatch(/Azione\s+Chi\s+Entro\s+Stato/);
    for (const action of actions) expect(count(text, action.description)).toBe(1);
  });

  it('writes the English plan in English, with a line for an unset agreement date', async () => {
    const file = await renderToFile(
      'english',
      plan({ locale: 'en', agreedOn: null, pathway: { ...plan().pathway, track: 'association' } }),
    );
    const text = pagesOf(file).join('\n');

    expect(text).toContain('Individual plan');
    expect(flat(text)).toContain('it can be reviewed and updated together');
    expect(text).toMatch(/Date of birth\s+1 January 1988/i);
    expect(text).toContain('Building an association');
    expect(text).toMatch(/Goal 1\s+By: 30 June 2026\s+·\s+Status: in progress/i);
    expect(text).toMatch(/Action\s+Who\s+By\s+Status/);
    expect(text).toMatch(
      /Iscriversi al corso serale presso il CPIA\s+participant\s+1 February 2026\s+done/,
    );
    expect(text).toContain('No actions agreed yet');
    expect(text).toMatch(/Plan agreed on:\s*\n/);
    expect(text).toMatch(/Participant's signature\s+Counselor's signature/);
    expect(text).toContain('Place and date');
    expect(text).toContain('Printed on 10 March 2026');
    expect(text).toContain('Page 1 of 1');
    for (const italian of ['Patto', 'Pagina', 'Obiettivo ', 'Firma', 'Stampato', 'Entro', 'Chi']) {
      expect(text).not.toContain(italian);
    }
    expect(info(file).Title).toBe('Individual plan – FAMI Percorsi di autonomia');
  });

  it('is byte-for-byte repeatable and prints a plan with no goals yet', async () => {
    const first = await renderPlanSheet(plan(), { creationDate });
    const second = await renderPlanSheet(plan(), { creationDate });
    expect(first.equals(second)).toBe(true);

    const text = pagesOf(await renderToFile('empty', plan({ goals: [] }))).join('\n');
    expect(text).toContain('Nessun obiettivo ancora definito');
    expect(text).toContain('Pagina 1 di 1');
  });

  it('rejects malformed dates with messages that carry no personal data', async () => {
    const base = plan();
    await expect(
      renderPlanSheet({ ...base, participant: { ...base.participant, birthDate: '01/01/1988' } }),
    ).rejects.toThrow('Plan: birth date must be YYYY-MM-DD');
    const goals = [GOALS[0] as Goal, { ...(GOALS[1] as Goal), dueDate: '2026-13-01' }];
    await expect(renderPlanSheet({ ...base, goals })).rejects.toThrow(
      /^Plan: goal 2 due date must be YYYY-MM-DD$/,
    );
    await expect(renderPlanSheet(base, { fontDir: path.join(dir, 'missing') })).rejects.toThrow(
      'Font file not found: DejaVuSans.ttf',
    );
  });
});
