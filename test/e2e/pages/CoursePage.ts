import type { Locator, Page } from 'playwright-core';

/** A course: the new-course form, and the course page with its Calendario / Iscritti / Presenze tabs. */
export class CoursePage {
  constructor(readonly page: Page) {}

  async fillCourse(values: {
    project: string;
    title: string;
    track: string;
    plannedHours: string;
    startDate: string;
    endDate: string;
  }): Promise<void> {
    await this.page.locator('#course-data-projectId').selectOption({ label: values.project });
    await this.page.locator('#course-data-title').fill(values.title);
    await this.page.locator('#course-data-track').selectOption({ label: values.track });
    await this.page.locator('#course-data-plannedHours').fill(values.plannedHours);
    await this.page.locator('#course-data-startDate').fill(values.startDate);
    await this.page.locator('#course-data-endDate').fill(values.endDate);
  }

  tab(name: 'Calendario' | 'Iscritti' | 'Presenze' | 'Calendar' | 'Enrolled' | 'Attendance') {
    return this.page
      .getByRole('navigation', { name: /Sezioni del corso|Course sections/ })
      .getByRole('link', { name, exact: true });
  }

  sessionRows(): Locator {
    return this.page.locator('.sessions-table tbody tr');
  }

  /** The "Modifica" button of the n-th session in the calendar (0-based). */
  editSession(index: number): Locator {
    return this.sessionRows().nth(index).getByRole('button', { name: 'Modifica', exact: true });
  }

  previewDates(): Locator {
    return this.page.locator('.preview-dates li');
  }

  async openCalendarForm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Crea calendario' }).click();
  }

  async fillCalendar(values: { weekday: string; from: string; weeks: string }): Promise<void> {
    await this.page.getByRole('checkbox', { name: values.weekday, exact: true }).check();
    await this.page.locator('#calendar-from').fill(values.from);
    await this.page.locator('#calendar-weeks').fill(values.weeks);
  }

  async skipDate(label: string): Promise<void> {
    await this.page.locator('.preview-dates').getByRole('checkbox', { name: label }).uncheck();
  }

  async searchPerson(text: string): Promise<void> {
    await this.page.locator('#enrol-search').fill(text);
  }

  enrolButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Iscrivi ${name}`, exact: true });
  }

  enrolledRows(): Locator {
    return this.page.locator('.enrolments-table tbody tr');
  }

  summaryRow(name: string): Locator {
    return this.page.locator('.summary-table tbody tr', {
      has: this.page.getByRole('rowheader', { name, exact: false }),
    });
  }
}
