import { z } from 'zod';
import { contract } from '../../../electron/api/contract';
import {
  calendarInput,
  sessionInput,
  type Course,
  type CourseInput,
  type Enrolment,
  type Session,
} from '../../../electron/features/courses/contract';
import { useApiForm } from '../../ui/apiForm';
import { useCoursesApi } from './hooks';

const courseSchema = contract['courses.create'].input;

export const COURSE_FIELDS = [
  'data.projectId',
  'data.title',
  'data.track',
  'data.mode',
  'data.location',
  'data.description',
  'data.plannedHours',
  'data.minAttendancePct',
  'data.startDate',
  'data.endDate',
] as const;

function courseDefaults(course: Course | undefined) {
  if (!course) {
    return {
      data: {
        title: '',
        description: '',
        location: '',
        mode: 'in_person' as const,
        minAttendancePct: 70,
        startDate: '',
        endDate: '',
        trainerIds: [],
      },
    };
  }
  const data: CourseInput = {
    projectId: course.projectId,
    track: course.track,
    title: course.title,
    description: course.description,
    location: course.location,
    mode: course.mode,
    plannedHours: course.plannedHours,
    startDate: course.startDate,
    endDate: course.endDate,
    minAttendancePct: course.minAttendancePct,
    trainerIds: course.trainerIds,
  };
  return { data: { ...data, description: data.description ?? '', location: data.location ?? '' } };
}

export function useCourseForm(course: Course | undefined, onSaved: (course: Course) => void) {
  const { createCourse, updateCourse } = useCoursesApi();
  return useApiForm({
    schema: courseSchema,
    defaultValues: courseDefaults(course),
    fields: COURSE_FIELDS,
    call: (input) => (course ? updateCourse({ id: course.id, ...input }) : createCourse(input)),
    onSuccess: onSaved,
  });
}

export const SESSION_FIELDS = [
  'data.date',
  'data.startTime',
  'data.endTime',
  'data.topic',
  'data.location',
  'data.trainerId',
  'data.status',
  'data.note',
] as const;

type SessionDefaults = { date: string; startTime: string; endTime: string; location: string };

function sessionDefaults(session: Session) {
  return {
    date: session.date,
    startTime: session.startTime,
    endTime: session.endTime,
    location: session.location ?? '',
    topic: session.topic ?? '',
    trainerId: session.trainerId ?? undefined,
    status: session.status,
    note: session.note ?? '',
  };
}

/** A new session of the course (`defaults`), or changes to an existing one (`session`). */
export function useSessionForm(
  target: { courseId: number; defaults: SessionDefaults } | { session: Session },
  onSaved: (session: Session) => void,
) {
  const { createSession, updateSession } = useCoursesApi();
  return useApiForm({
    schema: z.object({ data: sessionInput }),
    defaultValues: {
      data:
        'session' in target
          ? sessionDefaults(target.session)
          : { ...target.defaults, topic: '', status: 'planned' as const },
    },
    fields: SESSION_FIELDS,
    call: (input) =>
      'session' in target
        ? updateSession({ id: target.session.id, ...input })
        : createSession({ courseId: target.courseId, ...input }),
    onSuccess: onSaved,
  });
}

export const CALENDAR_FIELDS = [
  'weekdays',
  'from',
  'weeks',
  'startTime',
  'endTime',
  'topic',
  'location',
] as const;

export function useCalendarForm(
  courseId: number,
  defaults: { from: string; location: string },
  onSaved: (sessions: Session[]) => void,
) {
  const { createCalendar } = useCoursesApi();
  return useApiForm({
    schema: calendarInput,
    defaultValues: {
      courseId,
      weekdays: [],
      from: defaults.from,
      weeks: 10,
      startTime: '14:00',
      endTime: '17:00',
      skipDates: [],
      topic: '',
      location: defaults.location,
    },
    fields: CALENDAR_FIELDS,
    call: createCalendar,
    onSuccess: onSaved,
  });
}

const statusSchema = contract['enrolments.setStatus'].input;

export function useEnrolmentStatusForm(
  enrolment: Enrolment,
  today: string,
  onSaved: (enrolment: Enrolment) => void,
) {
  const { setEnrolmentStatus } = useCoursesApi();
  return useApiForm({
    schema: statusSchema,
    defaultValues: {
      id: enrolment.id,
      status: enrolment.status,
      date: today,
      reason: enrolment.reason ?? '',
    },
    fields: ['status', 'date', 'reason'],
    call: setEnrolmentStatus,
    onSuccess: onSaved,
  });
}
