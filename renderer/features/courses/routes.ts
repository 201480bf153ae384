/** The screens of the Corsi area, below #/courses. */
export const COURSE_TABS = ['calendar', 'enrolments', 'attendance'] as const;
export type CourseTab = (typeof COURSE_TABS)[number];

export type CoursesRoute =
  | { name: 'courseList' }
  | { name: 'courseNew' }
  | { name: 'course'; id: number; tab: CourseTab | null }
  | { name: 'courseEdit'; id: number }
  | { name: 'sessionAttendance'; courseId: number; sessionId: number }
  | { name: 'projectList' }
  | { name: 'projectNew' }
  | { name: 'projectEdit'; id: number }
  | { name: 'notFound' };

function toId(value: string | undefined): number | null {
  if (!/^[1-9][0-9]{0,15}$/.test(value ?? '')) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}

function isTab(value: string): value is CourseTab {
  return (COURSE_TABS as readonly string[]).includes(value);
}

/** `parts` are the path segments after `courses`. */
export function parseCoursesRoute(parts: readonly string[]): CoursesRoute {
  const [first, second, third, fourth] = parts;
  if (first === undefined) return { name: 'courseList' };
  if (first === 'new' && second === undefined) return { name: 'courseNew' };
  if (first === 'projects') {
    if (second === undefined) return { name: 'projectList' };
    if (second === 'new' && third === undefined) return { name: 'projectNew' };
    const id = toId(second);
    if (id !== null && third === undefined) return { name: 'projectEdit', id };
    return { name: 'notFound' };
  }
  const id = toId(first);
  if (id === null) return { name: 'notFound' };
  if (second === undefined) return { name: 'course', id, tab: null };
  if (third === undefined && second === 'edit') return { name: 'courseEdit', id };
  if (third === undefined && isTab(second)) return { name: 'course', id, tab: second };
  const sessionId = toId(third);
  if (second === 'sessions' && sessionId !== null && fourth === undefined) {
    return { name: 'sessionAttendance', courseId: id, sessionId };
  }
  return { name: 'notFound' };
}

export const coursePaths = {
  list: () => '#/courses',
  new: () => '#/courses/new',
  course: (id: number, tab?: CourseTab) => (tab ? `#/courses/${id}/${tab}` : `#/courses/${id}`),
  edit: (id: number) => `#/courses/${id}/edit`,
  attendance: (courseId: number, sessionId: number) =>
    `#/courses/${courseId}/sessions/${sessionId}`,
  projects: () => '#/courses/projects',
  projectNew: () => '#/courses/projects/new',
  project: (id: number) => `#/courses/projects/${id}`,
};
