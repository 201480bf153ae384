import { auditHandlers } from '../features/audit/handlers';
import { authHandlers } from '../features/auth/handlers';
import { backupHandlers } from '../features/backups/handlers';
import { batchHandlers } from '../features/certificates/batch';
import { certificateHandlers } from '../features/certificates/handlers';
import { competenceHandlers } from '../features/competences/handlers';
import { recordHandlers } from '../features/competences/records';
import { reportHandlers } from '../features/reports/handlers';
import { documentHandlers } from '../features/attendance/documents';
import { attendanceHandlers } from '../features/attendance/handlers';
import { importHandlers } from '../features/attendance/import';
import { courseHandlers } from '../features/courses/handlers';
import { enrolmentHandlers } from '../features/courses/enrolments';
import { sessionHandlers } from '../features/courses/sessions';
import { importsHandlers } from '../features/imports/handlers';
import { participantHandlers } from '../features/participants/handlers';
import { pathwayHandlers } from '../features/pathways/handlers';
import { privacyHandlers } from '../features/privacy/handlers';
import { projectHandlers } from '../features/projects/handlers';
import { serviceHandlers } from '../features/services/handlers';
import { settingsHandlers } from '../features/settings/handlers';
import { systemHandlers } from '../features/system/handlers';
import { userHandlers } from '../features/users/handlers';
import type { HandlerMap } from './router';

/** Every channel's handler; the type makes a missing or extra handler a compile error. */
export const handlers = {
  ...systemHandlers,
  ...authHandlers,
  ...userHandlers,
  ...auditHandlers,
  ...settingsHandlers,
  ...backupHandlers,
  ...participantHandlers,
  ...projectHandlers,
  ...courseHandlers,
  ...sessionHandlers,
  ...enrolmentHandlers,
  ...attendanceHandlers,
  ...documentHandlers,
  ...importHandlers,
  ...pathwayHandlers,
  ...serviceHandlers,
  ...competenceHandlers,
  ...recordHandlers,
  ...certificateHandlers,
  ...batchHandlers,
  ...importsHandlers,
  ...reportHandlers,
  ...privacyHandlers,
} satisfies HandlerMap;
