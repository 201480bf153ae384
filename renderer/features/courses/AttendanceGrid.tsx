import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  ATTENDANCE_STATUSES,
  type AttendanceRow,
  type AttendanceStatus,
} from '../../../electron/features/attendance/contract';
import { useErrorText } from '../../ui/Field';
import { STATUS_KEYS } from './attendanceGrid';
import type { AttendanceGridState } from './useAttendanceGrid';

type Column = 'status' | 'hours';
interface Cell {
  row: number;
  col: Column;
}

export const statusInputId = (participantId: number, status: AttendanceStatus) =>
  `att-${participantId}-${status}`;
export const hoursInputId = (participantId: number) => `att-${participantId}-hours`;

function hoursEnabled(status: AttendanceStatus | null): boolean {
  return status === 'present' || status === 'late';
}

/**
 * The register of one session as a grid: one row per person, a radio group
 * for the status and a field for the hours. One cell is in the tab order;
 * arrows move, letters set the status, Ctrl+S (handled by the page) saves.
 */
export function AttendanceGrid({
  people,
  grid,
  describedBy,
}: {
  people: readonly AttendanceRow[];
  grid: AttendanceGridState;
  describedBy: string;
}) {
  const intl = useIntl();
  const errorText = useErrorText();
  const [active, setActive] = useState<Cell>({ row: 0, col: 'status' });
  const pendingFocus = useRef<Cell | null>(null);
  const { rows } = grid;

  const targetId = (cell: Cell): string | null => {
    const row = rows[cell.row];
    if (!row) return null;
    if (cell.col === 'hours' && hoursEnabled(row.status)) return hoursInputId(row.participantId);
    return statusInputId(row.participantId, row.status ?? 'present');
  };

  const focusCell = (cell: Cell) => {
    setActive(cell);
    pendingFocus.current = cell;
    const id = targetId(cell);
    const element = id ? document.getElementById(id) : null;
    element?.focus();
    if (element instanceof HTMLInputElement && element.type === 'text') element.select();
  };

  // After a status change re-renders the row (L enables the hours), focus what was asked for.
  useEffect(() => {
    const cell = pendingFocus.current;
    if (!cell) return;
    pendingFocus.current = null;
    const id = targetId(cell);
    const element = id ? document.getElementById(id) : null;
    if (element && document.activeElement !== element) {
      element.focus();
      if (element instanceof HTMLInputElement && element.type === 'text') element.select();
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const cellElement = target.closest<HTMLElement>('[data-row]');
    if (!cellElement || event.altKey || event.metaKey || event.ctrlKey) return;
    const row = Number(cellElement.dataset.row);
    const col = cellElement.dataset.col === 'hours' ? 'hours' : 'status';
    const person = rows[row];
    if (!person) return;
    const isText = target instanceof HTMLInputElement && target.type === 'text';
    const caretAtStart = isText && target.selectionStart === 0;
    const move = (cell: Cell) => {
      event.preventDefault();
      if (cell.row >= 0 && cell.row < rows.length) focusCell(cell);
    };
    switch (event.key) {
      case 'ArrowDown':
        return move({ row: row + 1, col });
      case 'ArrowUp':
        return move({ row: row - 1, col });
      case 'Home':
        if (!isText) move({ row: 0, col });
        return;
      case 'End':
        if (!isText) move({ row: rows.length - 1, col });
        return;
      case 'ArrowRight':
        if (col === 'status') move({ row, col: 'hours' });
        return;
      case 'ArrowLeft':
        if (col === 'status') event.preventDefault();
        else if (caretAtStart || !isText) move({ row, col: 'status' });
        return;
      case 'Enter':
        if (isText) move({ row: row + 1, col: 'status' });
        return;
    }
    if (col !== 'status' || event.shiftKey) return;
    const key = event.key.toLowerCase();
    if (key === 't') {
      event.preventDefault();
      grid.allPresent();
      return;
    }
    const status = STATUS_KEYS[key];
    if (!status) return;
    event.preventDefault();
    grid.setStatus(person.participantId, status);
    setActive({ row, col: status === 'late' ? 'hours' : 'status' });
    pendingFocus.current = { row, col: status === 'late' ? 'hours' : 'status' };
  };

  return (
    <table
      className="data-table attendance-grid"
      role="grid"
      aria-labelledby="attendance-grid-caption"
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
    >
      <caption id="attendance-grid-caption" className="visually-hidden">
        <FormattedMessage id="attendance.grid.caption" />
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <FormattedMessage id="attendance.col.person" />
          </th>
          <th scope="col">
            <FormattedMessage id="attendance.col.status" />
          </th>
          <th scope="col" id="attendance-col-hours">
            <FormattedMessage id="attendance.col.hours" />
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => {
          const person = people.find((p) => p.participantId === row.participantId);
          const nameId = `att-${row.participantId}-name`;
          const error = errorText(grid.errors[row.participantId]);
          const errorId = error ? `att-${row.participantId}-error` : undefined;
          const isActive = (col: Column) =>
            active.row === index && (active.col === col || !hoursEnabled(row.status));
          return (
            <tr key={row.participantId} className={error ? 'row-invalid' : undefined}>
              <th scope="row">
                <span id={nameId}>
                  {person ? `${person.lastName} ${person.firstName}` : row.participantId}
                </span>
                {error ? (
                  <span className="field-error" id={errorId}>
                    {error}
                  </span>
                ) : null}
              </th>
              <td data-row={index} data-col="status">
                <div
                  role="radiogroup"
                  className="status-options"
                  aria-labelledby={nameId}
                  aria-describedby={errorId}
                >
                  {ATTENDANCE_STATUSES.map((status) => {
                    const focusable = isActive('status') && (row.status ?? 'present') === status;
                    return (
                      <label key={status} className={`status-option status-${status}`}>
                        <input
                          type="radio"
                          id={statusInputId(row.participantId, status)}
                          name={`att-${row.participantId}`}
                          value={status}
                          checked={row.status === status}
                          tabIndex={focusable ? 0 : -1}
                          onChange={() => grid.setStatus(row.participantId, status)}
                          onFocus={() => setActive({ row: index, col: 'status' })}
                        />
                        <span>
                          <FormattedMessage id={`attendance.status.${status}`} />
                        </span>
                      </label>
                    );
                  })}
                </div>
              </td>
              <td data-row={index} data-col="hours">
                <input
                  type="text"
                  inputMode="decimal"
                  className="hours-input"
                  id={hoursInputId(row.participantId)}
                  aria-labelledby={`attendance-col-hours ${nameId}`}
                  aria-describedby={errorId}
                  aria-invalid={Boolean(error)}
                  autoComplete="off"
                  maxLength={5}
                  disabled={!hoursEnabled(row.status)}
                  tabIndex={active.row === index && active.col === 'hours' ? 0 : -1}
                  placeholder={
                    row.status === 'late'
                      ? intl.formatMessage({ id: 'attendance.hoursPlaceholder' })
                      : undefined
                  }
                  value={row.hours}
                  onChange={(event) => grid.setHours(row.participantId, event.target.value)}
                  onFocus={() => setActive({ row: index, col: 'hours' })}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
