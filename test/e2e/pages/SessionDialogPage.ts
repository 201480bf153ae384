import type { Locator, Page } from 'playwright-core';

/** The dialog that edits one session of the course calendar (Calendario → Modifica). */
export class SessionDialogPage {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.locator('dialog[open]');
  }

  title(): Locator {
    return this.dialog().locator('#dialog-title');
  }

  field(
    name: 'date' | 'startTime' | 'endTime' | 'topic' | 'location' | 'status' | 'note',
  ): Locator {
    return this.page.locator(`#session-edit-data-${name}`);
  }

  trainer(): Locator {
    return this.page.locator('#session-edit-data-trainerId');
  }

  error(name: 'date' | 'endTime'): Locator {
    return this.page.locator(`#session-edit-data-${name}-error`);
  }

  async save(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Salva l’incontro' }).click();
  }

  async cancel(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Annulla' }).click();
  }
}
