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

  /** Every bar of a chart as shown, in order, read in one go (one render). */
  async bars(chartTitle: string): Promise<ShownBar[]> {
    return this.chart(chartTitle)
      .locator('.bar-row')
      .evaluateAll((rows) =>
        rows.map((row) => ({
          key: row.getAttribute('data-key') ?? '',
          label: row.querySelector('.bar-label')?.textContent?.trim() ?? '',
          count: row.querySelector('.bar-count')?.textContent?.trim() ?? '',
          share: row.querySelector('.bar-share')?.textContent?.trim() ?? '',
        })),
      );
  }

  /** The rows of a chart's table of numbers ("Mostra i numeri"), cell texts, total last. */
  async tableRows(chartTitle: string): Promise<string[][]> {
    const table = this.chart(chartTitle).locator('table');
    if (!(await table.isVisible())) await this.chart(chartTitle).locator('.chart-toggle').click();
    await table.waitFor();
    return table
      .locator('tbody tr, tfoot tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
        ),
      );
  }

  /** Every target card: its title, the actual value and the status as shown. */
  async targets(): Promise<ShownTarget[]> {
    return this.page.locator('.target-card').evaluateAll((cards) =>
      cards.map((card) => {
        const actual = card.querySelector('.target-actual');
        // The button around the value also carries words for screen readers only.
        const hidden = [...(actual?.querySelectorAll('.visually-hidden') ?? [])].map(
          (h) => h.textContent ?? '',
        );
        let value = actual?.textContent ?? '';
        for (const text of hidden) value = value.replace(text, '');
        return {
          title: card.querySelector('h3')?.textContent?.trim() ?? '',
          actual: value.trim(),
          status: card.querySelector('.status-badge')?.textContent?.trim() ?? '',
        };
      }),
    );
  }
}

export interface ShownBar {
  key: string;
  label: string;
  /** As written on the bar, e.g. "12". */
  count: string;
  /** As written on the bar, e.g. "71%". */
  share: string;
}

export interface ShownTarget {
  title: string;
  actual: string;
  status: string;
}
