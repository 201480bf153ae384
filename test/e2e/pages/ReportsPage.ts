import type { Locator, Page } from 'playwright-core';

/** The Report area: filters, targets, key figures, bar charts, drill-down and exports. */
export class ReportsPage {
  constructor(readonly page: Page) {}

  projectSelect(): Locator {
    return this.page.locator('#report-projectId');
  }

  territorySelect(): Locator {
    return this.page.locator('#report-territory');
  }

  /** The value of a key figure or outcome tile, e.g. `people`, `women`, `outcome-jobs`. */
  tileValue(id: string): Locator {
    return this.page.locator(`[data-figure="${id}"] .tile-value`);
  }

  tile(id: string): Locator {
    return this.page.locator(`[data-figure="${id}"]`);
  }

  /** The target card whose title is exactly this. */
  target(title: string): Locator {
    return this.page.locator('.target-card').filter({
      has: this.page.getByRole('heading', { name: title, exact: true }),
    });
  }

  /** One breakdown's chart, by its title. */
  chart(title: string): Locator {
    return this.page.locator('.chart-card').filter({
      has: this.page.getByRole('heading', { name: title, exact: true }),
    });
  }

  /** A bar of a chart, by its bucket key (e.g. `F`, `50_75`). */
  bar(chartTitle: string, key: string): Locator {
    return this.chart(chartTitle).locator(`.bar-row[data-key="${key}"]`);
  }

  dialog(): Locator {
    return this.page.locator('dialog[open]');
  }

  /** The names listed in the open drill-down, in order. */
  async drillNames(): Promise<string[]> {
    await this.dialog().locator('tbody').waitFor();
    return this.dialog().locator('tbody th a').allInnerTexts();
  }

  exportButton(name: string): Locator {
    return this.page.locator('.export-bar').getByRole('button', { name, exact: true });
  }
}
