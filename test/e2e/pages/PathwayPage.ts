import type { Locator, Page } from 'playwright-core';

/** Percorsi individuali: the caseload home, the new-pathway form and one pathway's page. */
export class PathwayPage {
  constructor(readonly page: Page) {}

  card(title: string): Locator {
    return this.page
      .locator('.caseload-card')
      .filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  section(title: string): Locator {
    return this.page.locator('.pathway-section').filter({
      has: this.page.getByRole('heading', { level: 2, name: title, exact: true }),
    });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async choosePerson(search: string, name: string): Promise<void> {
    await this.page.locator('#pathway-participantId').fill(search);
    await this.page.locator('.person-results').getByRole('button', { name }).click();
  }

  /** Levels by dimension id, e.g. { housing: 2 }. */
  async fillScreening(date: string, levels: Record<string, number>): Promise<void> {
    await this.page.locator('#screening-date').fill(date);
    for (const [dimension, level] of Object.entries(levels)) {
      await this.page
        .locator(`#screening-levels-${dimension}`)
        .getByRole('radio', { name: String(level), exact: true })
        .check();
    }
  }

  screeningRow(dimension: string): Locator {
    return this.page.locator('.screening-table tbody tr').filter({
      has: this.page.getByRole('rowheader', { name: dimension, exact: true }),
    });
  }

  async addGoal(index: number, title: string): Promise<void> {
    await this.button('Aggiungi un obiettivo').click();
    await this.page.locator(`#plan-goals-${index}-title`).fill(title);
  }

  async addAction(goal: number, action: number, description: string): Promise<void> {
    await this.page
      .locator('.goal-row')
      .nth(goal)
      .getByRole('button', { name: 'Aggiungi un’azione' })
      .click();
    await this.page.locator(`#plan-goals-${goal}-actions-${action}-description`).fill(description);
  }

  async logMeeting(values: { date: string; minutes: string; notes: string; nextSteps?: string }) {
    await this.page.locator('#meeting-date').fill(values.date);
    await this.page.locator('#meeting-durationMinutes').fill(values.minutes);
    await this.page.locator('#meeting-notes').fill(values.notes);
    if (values.nextSteps) await this.page.locator('#meeting-nextSteps').fill(values.nextSteps);
    await this.button('Salva il colloquio').click();
  }

  meetings(): Locator {
    return this.page.locator('.meeting-list > li');
  }

  milestones(): Locator {
    return this.page.locator('.milestone-list > li');
  }

  details(): Locator {
    return this.page.locator('.pathway-details');
  }
}
