import type { Locator, Page } from 'playwright-core';

/** The attendance grid of one session. */
export class AttendancePage {
  constructor(readonly page: Page) {}

  grid(): Locator {
    return this.page.getByRole('grid');
  }

  statusGroup(name: string): Locator {
    return this.page.getByRole('radiogroup', { name, exact: true });
  }

  async checkedStatus(name: string): Promise<string | null> {
    const checked = this.statusGroup(name).locator('input:checked');
    return (await checked.count()) === 0 ? null : checked.getAttribute('value');
  }

  hours(name: string): Locator {
    return this.page.locator('tr', { has: this.statusGroup(name) }).locator('input.hours-input');
  }

  /** Puts keyboard focus in the grid, on the first person's attendance. */
  async focusGrid(): Promise<void> {
    await this.grid().locator('input[type="radio"][tabindex="0"]').first().focus();
  }

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  focusedId(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.id ?? '');
  }

  saveState(): Locator {
    return this.page.locator('.save-state');
  }

  draftBanner(): Locator {
    return this.page.locator('.draft-banner');
  }
}
