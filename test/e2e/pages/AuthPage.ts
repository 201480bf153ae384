import type { Locator, Page } from 'playwright-core';

/** The screens before sign-in (set-up, recovery key, login, recovery) and the lock screen. */
export class AuthPage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.locator('h1');
  }

  field(id: string): Locator {
    return this.page.locator(`#${id}`);
  }

  fieldError(id: string): Locator {
    return this.page.locator(`#${id}-error`);
  }

  formError(): Locator {
    return this.page.locator('.form-error[role=alert]');
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  recoveryKey(): Locator {
    return this.page.getByTestId('recovery-key');
  }

  async login(username: string, password: string): Promise<void> {
    await this.field('login-username').fill(username);
    await this.field('login-password').fill(password);
    await this.button('Accedi').click();
  }

  lockScreen(): Locator {
    return this.page.locator('dialog.lock-screen[open]');
  }

  async unlock(password: string): Promise<void> {
    await this.lockScreen().locator('#unlock-password').fill(password);
    await this.lockScreen().getByRole('button', { name: 'Sblocca' }).click();
  }
}
