import type { Handler } from '../../api/router';
import { type DrillResult, DRILL_LIMIT } from './contract';
import { computeDashboard, dashboardFor, scopeOf } from './dashboard';
import { exportReport } from './export';
import { personBuckets, readReportData } from './queries';

const dashboard: Handler<'reports.dashboard'> = (ctx, filter) =>
  dashboardFor(ctx, filter).dashboard;

const personName = (p: { firstName: string; lastName: string }) => `${p.lastName} ${p.firstName}`;

const drill: Handler<'reports.drill'> = (ctx, { filter, figure }) => {
  const scope = scopeOf(ctx, filter);
  const data = readReportData(ctx.database.sqlite, scope);
  let rows: DrillResult['rows'];
  const people = [...data.people.values()];
  if (figure.kind === 'people' || figure.kind === 'women') {
    rows = people
      .filter((p) => figure.kind === 'people' || p.sex === 'F')
      .map((p) => ({ participantId: p.id, name: personName(p), detail: null }));
  } else if (figure.kind === 'outcome') {
    rows = data.outcomes
      .filter((o) => o.outcome === figure.outcome)
      .map((o) => {
        const person = data.people.get(o.participantId);
        return {
          participantId: o.participantId,
          name: person ? personName(person) : '',
          detail: `${o.date} ${o.detail}`.trim(),
        };
      });
  } else if (figure.breakdown === 'attendanceRate') {
    rows = data.enrolments
      .filter((e) => e.rate === figure.key)
      .map((e) => {
        const person = data.people.get(e.participantId);
        return {
          participantId: e.participantId,
          name: person ? personName(person) : '',
          detail: e.courseTitle,
        };
      });
  } else if (figure.breakdown === 'track') {
    rows = people
      .filter((p) => p.tracks.has(figure.key))
      .map((p) => ({ participantId: p.id, name: personName(p), detail: null }));
  } else {
    const breakdown = figure.breakdown;
    const top = new Set(
      computeDashboard(data, scope)
        .breakdowns.citizenship.map((b) => b.key)
        .filter((k) => k !== 'other'),
    );
    rows = people
      .filter((p) => {
        const key = personBuckets(p, scope.to)[breakdown];
        if (breakdown === 'citizenship' && figure.key === 'other') return !top.has(key);
        return key === figure.key;
      })
      .map((p) => ({ participantId: p.id, name: personName(p), detail: null }));
  }
  rows.sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.participantId - b.participantId,
  );
  return {
    total: rows.length,
    rows: rows.slice(0, DRILL_LIMIT),
    truncated: rows.length > DRILL_LIMIT,
  };
};

const exportHandler: Handler<'reports.export'> = (ctx, input) => exportReport(ctx, input);

export const reportHandlers = {
  'reports.dashboard': dashboard,
  'reports.drill': drill,
  'reports.export': exportHandler,
};
