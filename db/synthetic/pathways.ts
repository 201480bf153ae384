import type { OpenedDatabase } from '../open';
import { createRandom } from './prng';

export interface PathwayScale {
  counselors: number;
  pathways: number;
  meetingsPerPathway: number;
  seed: number;
}

/** DESIGN §5 scale L: 150,000 pathways and 600,000 meetings (1,500 counselors × 100). */
export const PATHWAYS_L: PathwayScale = {
  counselors: 1_500,
  pathways: 150_000,
  meetingsPerPathway: 4,
  seed: 11,
};

const TRACKS = ['association', 'self_employment', 'job_placement'] as const;
const DIMENSIONS = [
  'documents_legal_status',
  'housing',
  'italian_language',
  'work_history',
  'family_care',
];
const KINDS = ['in_person', 'phone', 'home_visit', 'group'] as const;

function isoDay(base: number, offset: number): string {
  return new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Pathways over the existing participants with their screenings, plans,
 * meetings and some milestones, for benchmarks. Most pathways are open and
 * recent, so every counselor has a realistic caseload of about 100.
 */
export function insertSyntheticPathways(database: OpenedDatabase, scale: PathwayScale) {
  const { sqlite } = database;
  const random = createRandom(scale.seed);
  const people = sqlite
    .prepare('SELECT id FROM participants ORDER BY id')
    .pluck()
    .all() as number[];
  const base = Date.UTC(2026, 0, 1);
  const counts = { counselors: 0, pathways: 0, meetings: 0, goals: 0, actions: 0, screenings: 0 };
  sqlite.transaction(() => {
    const user = sqlite.prepare(
      "INSERT INTO users (username, display_name, role, password_hash) VALUES (?, ?, 'counselor', 'x')",
    );
    const counselorIds: number[] = [];
    for (let i = 0; i < scale.counselors; i++) {
      counselorIds.push(Number(user.run(`operatore${i}`, `Operatore ${i}`).lastInsertRowid));
    }
    counts.counselors = counselorIds.length;
    const pathway = sqlite.prepare(
      `INSERT INTO pathways (participant_id, track, counselor_id, status, opened_on) VALUES (?, ?, ?, ?, ?)`,
    );
    const screening = sqlite.prepare(
      `INSERT INTO screenings (pathway_id, kind, date) VALUES (?, ?, ?)`,
    );
    const score = sqlite.prepare(
      `INSERT INTO screening_scores (screening_id, dimension, level) VALUES (?, ?, ?)`,
    );
    const goal = sqlite.prepare(
      `INSERT INTO plan_goals (pathway_id, title, due_date, status, position) VALUES (?, ?, ?, 'open', ?)`,
    );
    const action = sqlite.prepare(
      `INSERT INTO plan_actions (goal_id, description, who, due_date, status) VALUES (?, ?, ?, ?, ?)`,
    );
    const meeting = sqlite.prepare(
      `INSERT INTO meetings (pathway_id, date, duration_minutes, kind, notes, next_appointment)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const milestone = sqlite.prepare(
      `INSERT INTO milestones (pathway_id, type, date, details) VALUES (?, 'internship', ?, ?)`,
    );
    for (let i = 0; i < scale.pathways; i++) {
      const counselor = counselorIds[i % counselorIds.length] ?? 1;
      const opened = random.int(-300, -10);
      const status = random.chance(0.7)
        ? 'active'
        : random.pick(['intake', 'completed', 'closed', 'dropped']);
      const id = Number(
        pathway.run(
          random.pick(people),
          random.pick(TRACKS),
          counselor,
          status,
          isoDay(base, opened),
        ).lastInsertRowid,
      );
      counts.pathways += 1;
      const baseline = Number(screening.run(id, 'baseline', isoDay(base, opened)).lastInsertRowid);
      for (const d of DIMENSIONS) score.run(baseline, d, random.int(1, 4));
      counts.screenings += 1;
      for (let g = 0; g < 2; g++) {
        const goalId = Number(
          goal.run(
            id,
            g === 0 ? 'Curriculum e colloqui' : 'Tirocinio',
            isoDay(base, opened + 60 + g * 30),
            g,
          ).lastInsertRowid,
        );
        counts.goals += 1;
        for (let a = 0; a < 2; a++) {
          action.run(
            goalId,
            'Azione concordata',
            a === 0 ? 'participant' : 'counselor',
            isoDay(base, opened + 20 + a * 20),
            random.chance(0.6) ? 'done' : 'open',
          );
          counts.actions += 1;
        }
      }
      for (let m = 0; m < scale.meetingsPerPathway; m++) {
        const when = opened + 5 + m * random.int(10, 40);
        meeting.run(
          id,
          isoDay(base, Math.min(when, -1)),
          random.pick([30, 45, 60]),
          random.pick(KINDS),
          'Nota sintetica del colloquio',
          isoDay(base, Math.min(when, -1) + 14),
        );
        counts.meetings += 1;
      }
      if (random.chance(0.3)) {
        milestone.run(
          id,
          isoDay(base, opened + 90),
          JSON.stringify({
            type: 'internship',
            hostOrganisation: 'Ente ospitante',
            startDate: isoDay(base, opened + 90),
          }),
        );
      }
    }
  })();
  return counts;
}
