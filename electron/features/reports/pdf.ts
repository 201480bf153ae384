import type { Locale } from '../../api/locale';
import { createDocument, addA4Page } from '../../documents/pdf';
import { MM } from '../../documents/layout';
import type { ReportTables } from './export';
import { reportTexts } from './texts';

const MARGIN = 18 * MM;
const WIDTH = 595.28 - 2 * MARGIN;
const BOTTOM = 841.89 - 20 * MM;

/** The summary for a project's progress report: heading, targets, key figures, breakdowns. */
export async function reportPdf(tables: ReportTables, locale: Locale, now: Date): Promise<Buffer> {
  const t = reportTexts(locale);
  const { doc, finished } = createDocument({
    locale,
    title: t.title,
    author: 'Percorsi',
    creationDate: now,
  });
  addA4Page(doc);
  let y = MARGIN;
  const ensure = (height: number) => {
    if (y + height > BOTTOM) {
      addA4Page(doc);
      y = MARGIN;
    }
  };
  doc.font('bold').fontSize(16).fillColor('#000').text(t.title, MARGIN, y, { width: WIDTH });
  y = doc.y + 4 * MM;
  doc.font('regular').fontSize(10);
  for (const [label, value] of tables.heading) {
    doc.font('bold').text(`${String(label)}: `, MARGIN, y, { continued: true });
    doc.font('regular').text(String(value ?? ''));
    y = doc.y + 1;
  }
  y += 4 * MM;
  const table = (title: string, rows: (string | number | null)[][], widths: number[]) => {
    ensure(14 * MM);
    doc.font('bold').fontSize(12).text(title, MARGIN, y, { width: WIDTH });
    y = doc.y + 2 * MM;
    rows.forEach((row, index) => {
      ensure(6 * MM);
      doc.font(index === 0 ? 'bold' : 'regular').fontSize(9);
      let x = MARGIN;
      let height = 0;
      row.forEach((cell, column) => {
        const width = (widths[column] ?? 0.15) * WIDTH;
        const text = cell === null ? '—' : String(cell);
        const numeric = typeof cell === 'number';
        doc.text(text, x + 2, y + 2, { width: width - 4, align: numeric ? 'right' : 'left' });
        height = Math.max(height, doc.y - y);
        x += width;
      });
      y += Math.max(height, 5 * MM) + 1;
      doc
        .moveTo(MARGIN, y)
        .lineTo(MARGIN + WIDTH, y)
        .lineWidth(0.3)
        .strokeColor(index === 0 ? '#000' : '#bbb')
        .stroke();
      y += 1;
    });
    y += 5 * MM;
  };
  if (tables.targets.length > 1)
    table(t.targets, tables.targets, [0.34, 0.18, 0.12, 0.12, 0.12, 0.12]);
  table(t.figures, tables.figures, [0.75, 0.25]);
  for (const b of tables.breakdowns) table(b.title, b.rows, [0.6, 0.2, 0.2]);
  doc.end();
  return finished;
}
