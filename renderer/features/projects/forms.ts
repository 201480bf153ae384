import { contract } from '../../../electron/api/contract';
import { todayIso } from '../../../electron/api/fields';
import { type Project, type ProjectFormValues } from '../../../electron/features/projects/contract';
import { useApiForm } from '../../ui/apiForm';
import { useProjectsApi } from './hooks';

const projectSchema = contract['projects.create'].input;

export const PROJECT_FIELDS = [
  'data.code',
  'data.title',
  'data.funder',
  'data.fundingLine',
  'data.leadOrganisation',
  'data.startDate',
  'data.endDate',
  'data.retentionYears',
] as const;

function defaults(project: Project | undefined) {
  const values: ProjectFormValues = project
    ? {
        code: project.code,
        title: project.title,
        funder: project.funder,
        fundingLine: project.fundingLine ?? '',
        startDate: project.startDate,
        endDate: project.endDate,
        leadOrganisation: project.leadOrganisation,
        retentionYears: project.retentionYears === undefined ? '' : String(project.retentionYears),
        partners: project.partners.map((p) => ({
          name: p.name,
          role: p.role ?? '',
          territory: p.territory ?? '',
        })),
        territories: project.territories,
        targets: project.targets.map((t) => ({ ...t, note: t.note ?? '' })),
      }
    : {
        code: '',
        title: '',
        funder: '',
        fundingLine: '',
        startDate: todayIso(),
        endDate: '',
        leadOrganisation: '',
        retentionYears: '',
        partners: [],
        territories: [],
        targets: [],
      };
  return { data: values };
}

export function useProjectForm(project: Project | undefined, onSaved: (project: Project) => void) {
  const { createProject, updateProject } = useProjectsApi();
  return useApiForm({
    schema: projectSchema,
    defaultValues: defaults(project),
    fields: PROJECT_FIELDS,
    call: (input) => (project ? updateProject({ id: project.id, ...input }) : createProject(input)),
    onSuccess: onSaved,
  });
}
