import type { HandlerContext } from '../../api/context';
import { todayIso } from '../../api/fields';
import type { RetentionCandidate, RetentionReview } from './contract';
import { blockersOf } from './erasure';

/**
 * The projects a person is linked to (a course of the project, a pathway in it, a
 * certificate issued for it), each with the day its retention period ends, or NULL when
 * the project sets no rule. A person is due for review when they are linked to at least
 * one project, every one of their projects sets a rule, and the last of those periods
 * has passed: one project without a rule keeps the person out of the list, since nobody
 * has decided how long that project's data must be kept.
 * The project shown is the one that keeps the person longest.
 */
const DUE_SQL = `
  WITH links AS (
    SELECT e.participant_id AS pid, c.project_id AS project
      FROM enrolments e JOIN courses c ON c.id = e.course_id
    UNION
    SELECT participant_id, project_id FROM pathways WHERE project_id IS NOT NULL
    UNION
    SELECT participant_id, project_id FROM certificates
      WHERE participant_id IS NOT NULL AND project_id IS NOT NULL
  ),
  terms AS (
    SELECT l.pid, p.id AS projectId, p.code AS projectCode, p.title AS projectTitle,
      p.end_date AS projectEndDate, p.retention_years AS retentionYears,
      CASE WHEN p.retention_years IS NULL THEN NULL
        ELSE date(p.end_date, '+' || p.retention_years || ' years') END AS until
    FROM links l JOIN projects p ON p.id = l.project
  ),
  ranked AS (
    SELECT t.*,
      row_number() OVER (PARTITION BY pid ORDER BY until DESC, projectId) AS pick,
      count(*) OVER (PARTITION BY pid) AS projects,
      count(until) OVER (PARTITION BY pid) AS ruled
    FROM terms t
  )
  SELECT r.pid AS participantId, pa.first_name AS firstName, pa.last_name AS lastName,
    r.projectId, r.projectCode, r.projectTitle, r.projectEndDate, r.retentionYears,
    r.until AS retainUntil, r.projects
  FROM ranked r JOIN participants pa ON pa.id = r.pid
  WHERE r.pick = 1 AND r.ruled = r.projects AND r.until < :today AND pa.anonymised_at IS NULL
  ORDER BY r.until, pa.last_name, pa.first_name, pa.id`;

export function retentionReview(ctx: HandlerContext): RetentionReview {
  const today = todayIso(ctx.now());
  const rows = ctx.database.sqlite.prepare(DUE_SQL).all({ today }) as Omit<
    RetentionCandidate,
    'blockers'
  >[];
  return {
    today,
    people: rows.map((row) => ({ ...row, blockers: blockersOf(ctx, row.participantId) })),
  };
}
