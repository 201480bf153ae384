import type { OpenedDatabase } from '../open';
import { calendarDates } from '../../electron/features/courses/calendar';
import { createRandom } from './prng';

export interface CourseScale {
  projects: number;
  courses: number;
  sessionsPerCourse: number;
  enrolledPerCourse: number;
  trainers: number;
  seed: number;
}

/** DESIGN §5 scale L: 2,000 courses, 40,000 sessions, 2,000,000 attendance rows. */
export const SCALE_L: CourseScale = {
  projects: 40,
  courses: 2_000,
  sessionsPerCourse: 20,
  enrolledPerCourse: 50,
  trainers: 60,
  seed: 7,
};

const TITLES = [
  'Fare associazione: statuto e atto costitutivo',
  'Il registro dei volontari e l’assicurazione',
  'Dall’idea al business plan',
  'Aprire la partita IVA',
  'Scrivere il curriculum',
  'Prepararsi al colloquio di lavoro',
  'Sicurezza sul lavoro: formazione generale',
  'Italiano per il lavoro',
];
const TRACKS = [
  'association',
  'association',
  'self_employment',
  'self_employment',
  'job_placement',
  'job_placement',
  'job_placement',
  'other',
] as const;

/**
 * Projects, courses, weekly sessions (all held), enrolments and attendance over
 * the participants already in the database — for benchmarks at scale. Uses
 * plain prepared statements in large transactions; returns the row counts.
 */
export function insertSyntheticCourses(database: OpenedDatabase, scale: CourseScale) {
  const { sqlite } = database;
  const random = createRandom(scale.seed);
  const people = sqlite
    .prepare('SELECT id FROM participants ORDER BY id')
    .pluck()
    .all() as number[];
  if (people.length < scale.enrolledPerCourse) throw new Error('not enough participants');
  const counts = { projects: 0, courses: 0, sessions: 0, enrolments: 0, attendance: 0 };

  sqlite.transaction(() => {
    const user = sqlite.prepare(
      "INSERT INTO users (username, display_name, role, password_hash) VALUES (?, ?, 'trainer', 'x')",
    );
    const trainerIds: number[] = [];
    for (let i = 0; i < scale.trainers; i++) {
      trainerIds.push(Number(user.run(`formatore${i}`, `Formatore ${i}`).lastInsertRowid));
    }
    const project = sqlite.prepare(
      `INSERT INTO projects (code, title, funder, start_date, end_date, lead_organisation)
       VALUES (?, ?, 'FAMI 2021-2027', '2025-01-01', '2027-12-31', 'CSV sintetico')`,
    );
    const projectIds: number[] = [];
    for (let i = 0; i < scale.projects; i++) {
      projectIds.push(
        Number(project.run(`PROG-${1000 + i}`, `Progetto sintetico ${i + 1}`).lastInsertRowid),
      );
    }
    counts.projects = projectIds.length;

    const course = sqlite.prepare(
      `INSERT INTO courses (project_id, track, title, mode, planned_hours, start_date, end_date, location)
       VALUES (?, ?, ?, 'in_person', ?, ?, ?, 'Sala corsi')`,
    );
    const courseTrainer = sqlite.prepare(
      'INSERT INTO course_trainers (course_id, user_id) VALUES (?, ?)',
    );
    const session = sqlite.prepare(
      `INSERT INTO sessions (course_id, date, start_time, end_time, trainer_id, status)
       VALUES (?, ?, '14:00', '17:00', ?, 'held')`,
    );
    const enrol = sqlite.prepare(
      `INSERT INTO enrolments (course_id, participant_id, status, enrolled_on, status_date)
       VALUES (?, ?, 'active', ?, ?)`,
    );
    const mark = sqlite.prepare(
      `INSERT INTO attendance (session_id, participant_id, status, minutes, recorded_at)
       VALUES (?, ?, ?, ?, '2026-01-01T00:00:00.000Z')`,
    );

    for (let c = 0; c < scale.courses; c++) {
      const titleIndex = random.int(0, TITLES.length - 1);
      const from = `2025-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      const dates = calendarDates({
        from,
        weeks: scale.sessionsPerCourse,
        weekdays: [random.int(1, 5)],
        skipDates: [],
      });
      const first = dates[0] ?? from;
      const last = dates.at(-1) ?? from;
      const courseId = Number(
        course.run(
          random.pick(projectIds),
          TRACKS[titleIndex] ?? 'other',
          TITLES[titleIndex] ?? 'Corso',
          scale.sessionsPerCourse * 3,
          first,
          last,
        ).lastInsertRowid,
      );
      const trainer = random.pick(trainerIds);
      courseTrainer.run(courseId, trainer);
      counts.courses += 1;

      const start = random.int(0, people.length - scale.enrolledPerCourse);
      const enrolled = people.slice(start, start + scale.enrolledPerCourse);
      for (const person of enrolled) enrol.run(courseId, person, first, first);
      counts.enrolments += enrolled.length;

      for (const date of dates) {
        const sessionId = Number(session.run(courseId, date, trainer).lastInsertRowid);
        counts.sessions += 1;
        for (const person of enrolled) {
          const roll = random.next();
          const status =
            roll < 0.78 ? 'present' : roll < 0.88 ? 'absent' : roll < 0.95 ? 'excused' : 'late';
          const minutes = status === 'present' ? 180 : status === 'late' ? 120 : 0;
          mark.run(sessionId, person, status, minutes);
          counts.attendance += 1;
        }
      }
    }
  })();
  return counts;
}
