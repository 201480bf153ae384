import { FormattedMessage, useIntl } from 'react-intl';
import type { ImportPreview } from '../../../electron/features/imports/contract';

/** The first rows of the file under its headers, with the file's own line numbers. */
export function PreviewTable({ preview, fileName }: { preview: ImportPreview; fileName: string }) {
  const intl = useIntl();
  return (
    <div className="import-preview">
      <p>
        <FormattedMessage
          id="imports.preview.total"
          values={{ count: preview.totalRows, line: preview.headerLine }}
        />
      </p>
      {/* A wide sheet scrolls inside its own box, reachable by keyboard. */}
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={intl.formatMessage({ id: 'imports.preview.caption' }, { file: fileName })}
      >
        <table className="data-table">
          <caption className="visually-hidden">
            <FormattedMessage id="imports.preview.caption" values={{ file: fileName }} />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="imports.preview.line" />
              </th>
              {preview.headers.map((header) => (
                <th scope="col" key={header}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((row) => (
              <tr key={row.line}>
                <th scope="row" className="numeric">
                  {row.line}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={preview.headers[i] ?? i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.warnings.length > 0 ? (
        <div className="import-warnings">
          <h3>
            <FormattedMessage id="imports.warnings" />
          </h3>
          <ul>
            {preview.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
