import { FormattedMessage, useIntl } from 'react-intl';
import { Forbidden, NotFound } from '../../app/Placeholder';
import { useCan } from '../auth/session';
import { ProjectEditPage, ProjectNewPage } from '../projects/ProjectEditor';
import { ProjectList } from '../projects/ProjectList';
import { AttendancePage } from './AttendancePage';
import { CourseEditPage, CourseNewPage } from './CourseEditor';
import { CourseList } from './CourseList';
import { CoursePage } from './CoursePage';
import { coursePaths, parseCoursesRoute } from './routes';
import './courses.css';

/** Corsi | Progetti: the two lists of the area, for those who manage projects. */
export function AreaTabs({ current }: { current: 'courses' | 'projects' }) {
  const intl = useIntl();
  const can = useCan();
  if (!can('projects.create')) return null;
  return (
    <nav className="area-tabs" aria-label={intl.formatMessage({ id: 'courses.area.tabs' })}>
      <a href={coursePaths.list()} aria-current={current === 'courses' ? 'page' : undefined}>
        <FormattedMessage id="courses.area.courses" />
      </a>
      <a href={coursePaths.projects()} aria-current={current === 'projects' ? 'page' : undefined}>
        <FormattedMessage id="courses.area.projects" />
      </a>
    </nav>
  );
}

/** Everything below #/courses. `parts` are the path segments after it. */
export function CoursesArea({ parts }: { parts: readonly string[] }) {
  const can = useCan();
  const route = parseCoursesRoute(parts);
  switch (route.name) {
    case 'courseList':
      return <CourseList />;
    case 'courseNew':
      return can('courses.create') ? <CourseNewPage /> : <Forbidden />;
    case 'course':
      return <CoursePage key={route.id} id={route.id} tab={route.tab} />;
    case 'courseEdit':
      return can('courses.update') ? (
        <CourseEditPage key={route.id} id={route.id} />
      ) : (
        <Forbidden />
      );
    case 'sessionAttendance':
      return can('attendance.save') ? (
        <AttendancePage
          key={route.sessionId}
          courseId={route.courseId}
          sessionId={route.sessionId}
        />
      ) : (
        <Forbidden />
      );
    case 'projectList':
      return <ProjectList />;
    case 'projectNew':
      return can('projects.create') ? <ProjectNewPage /> : <Forbidden />;
    case 'projectEdit':
      return can('projects.update') ? (
        <ProjectEditPage key={route.id} id={route.id} />
      ) : (
        <Forbidden />
      );
    case 'notFound':
      return <NotFound />;
  }
}
