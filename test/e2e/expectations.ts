import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/** Waits (briefly) until the locator's visible text equals the expected text. */
export async function expectText(locator: Locator, text: string): Promise<void> {
  await expect
    .poll(() => locator.innerText({ timeout: 1_000 }).catch(() => null), { timeout: 5_000 })
    .toBe(text);
}

/** Waits until the locator matches this many elements. */
export async function expectCount(locator: Locator, count: number): Promise<void> {
  await expect.poll(() => locator.count(), { timeout: 5_000 }).toBe(count);
}

/** Waits (briefly) until the locator's visible text contains the expected text. */
export async function expectTextContaining(locator: Locator, text: string): Promise<void> {
  await expect
    .poll(() => locator.innerText({ timeout: 1_000 }).catch(() => ''), { timeout: 5_000 })
    .toContain(text);
}
