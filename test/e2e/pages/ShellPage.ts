import type { Locator, Page } from 'playwright-core';

/** The frame around every screen: navigation, language switch, notices. */
export class ShellPage {
  constructor(readonly page: Page) {}

  nav(): Locator {
    return this.page.getByRole('navigation');
  }

  navLink(name: string): Locator {
    return this.nav().getByRole('link', { name, exact: true });
  }

  heading(): Locator {
    return this.page.locator('h1');
  }

  notice(): Locator {
    return this.page.locator('.notice');
  }

  async switchLanguage(language: 'Italiano' | 'English'): Promise<void> {
    await this.page.getByRole('button', { name: language, exact: true }).click();
  }
}
