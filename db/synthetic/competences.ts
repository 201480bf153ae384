import type { OpenedDatabase } from '../open';
import { createRandom } from './prng';

export interface CompetenceScale {
  /** Competences each course aims at (from the starter framework of its track). */
  perCourse: number;
  /** Records written per enrolment: DESIGN §5 scale L has 100,000 enrolments → 300,000. */
  perEnrolment: number;
  seed: number;
}

/** DESIGN §5 scale L: 300,000 competence records. */
export const COMPETENCES_L: CompetenceScale = { perCourse: 3, perEnrolment: 3, seed: 13 };

const METHODS = ['interview', 'observation', 'portfolio', 'test'] as const;
const LEVELS = ['basic', 'intermediate', 'advanced'] as const;

/**
 * Links every course to competences of its track and records them for its
 * enrolled people, as accepted suggestions would: mostly validated, some drafts,
 * a few revoked. Needs the starter framework (migration 0008) and the courses.
 */
export function insertSyntheticCompetenceRecords(database: OpenedDatabase, scale: CompetenceScale) {
  const { sqlite } = database;
  const random = createRandom(scale.seed);
  const framework = sqlite
    .prepare('SELECT id, track FROM competences WHERE active = 1 ORDER BY id')
    .all() as { id: number; track: string }[];
  const byTrack = new Map<string, number[]>();
  for (const c of framework) byTrack.set(c.track, [...(byTrack.get(c.track) ?? []), c.id]);
  const everything = framework.map((c) => c.id);
  const courses = sqlite
    .prepare('SELECT id, track, title, start_date AS startDate, end_date AS endDate FROM courses')
    .all() as { id: number; track: string; title: string; startDate: string; endDate: string }[];
  const enrolled = sqlite
    .prepare('SELECT participant_id FROM enrolments WHERE course_id = ?')
    .pluck();
  const link = sqlite.prepare(
    'INSERT INTO course_competences (course_id, competence_id) VALUES (?, ?)',
  );
  const record = sqlite.prepare(
    `INSERT INTO competence_records (participant_id, competence_id, level_reached, source, course_id,
       source_title, minutes, period_from, period_to, attendance_permille, assessment_method,
       assessor_name, assessed_on, status, revoked_reason)
     VALUES (?, ?, ?, 'course', ?, ?, ?, ?, ?, ?, ?, 'Valutatrice di prova', ?, ?, ?)`,
  );
  let records = 0;
  sqlite.transaction(() => {
    for (const course of courses) {
      const pool = byTrack.get(course.track) ?? everything;
      const shuffled = [...pool];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = random.int(0, i);
        [shuffled[i], shuffled[j]] = [shuffled[j] as number, shuffled[i] as number];
      }
      const chosen = shuffled.slice(0, scale.perCourse);
      for (const competenceId of chosen) link.run(course.id, competenceId);
      for (const participantId of enrolled.all(course.id) as number[]) {
        for (const competenceId of chosen.slice(0, scale.perEnrolment)) {
          const roll = random.next();
          const status = roll < 0.8 ? 'validated' : roll < 0.97 ? 'draft' : 'revoked';
          record.run(
            participantId,
            competenceId,
            random.pick(LEVELS),
            course.id,
            course.title,
            random.int(20, 40) * 60,
            course.startDate,
            course.endDate,
            random.int(700, 1000),
            random.pick(METHODS),
            course.endDate,
            status,
            status === 'revoked' ? 'Valutazione ripetuta' : null,
          );
          records += 1;
        }
      }
    }
  })();
  return { records };
}
