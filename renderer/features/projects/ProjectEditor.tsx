import { FormattedMessage } from 'react-intl';
import type { Project } from '../../../electron/features/projects/contract';
import { navigate } from '../../app/router';
import { coursePaths } from '../courses/routes';
import { TextField } from '../../ui/TextField';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { useProjectForm } from './forms';
import { useProject } from './hooks';
import { PartnerRows, TargetRows, TerritoryRows } from './ProjectRows';
import { whileBusy } from '../../ui/busy';

const ID = 'project';

function ProjectForm({ project }: { project?: Project }) {
  const { form, onSubmit, saving, formError } = useProjectForm(project, () =>
    navigate(coursePaths.projects()),
  );
  const input = (
    name: `data.${'code' | 'title' | 'funder' | 'fundingLine' | 'leadOrganisation' | 'startDate' | 'endDate'}`,
    label: string,
    type: 'text' | 'date' = 'text',
    required = true,
  ) => (
    <TextField
      form={form}
      name={name}
      idPrefix={ID}
      label={label}
      type={type}
      required={required}
    />
  );
  return (
    <form noValidate onSubmit={onSubmit}>
      <p className="required-note">
        <FormattedMessage id="courses.form.requiredNote" />
      </p>
      <section className="form-section" aria-labelledby="project-general">
        <h2 id="project-general">
          <FormattedMessage id="projects.section.general" />
        </h2>
        <div className="form-grid">
          {input('data.code', 'projects.field.code')}
          {input('data.title', 'projects.field.title')}
          {input('data.funder', 'projects.field.funder')}
          {input('data.fundingLine', 'projects.field.fundingLine', 'text', false)}
          {input('data.leadOrganisation', 'projects.field.leadOrganisation')}
          <span />
          {input('data.startDate', 'projects.field.startDate', 'date')}
          {input('data.endDate', 'projects.field.endDate', 'date')}
          <TextField
            form={form}
            name="data.retentionYears"
            idPrefix={ID}
            label="projects.field.retentionYears"
            hint="projects.field.retentionYearsHint"
          />
        </div>
      </section>
      <PartnerRows form={form} />
      <TerritoryRows form={form} />
      <TargetRows form={form} />
      <div className="form-footer">
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className="form-actions">
          <a className="button-secondary" href={coursePaths.projects()}>
            <FormattedMessage id="common.cancel" />
          </a>
          <button type="submit" className="button" {...whileBusy(saving)}>
            <FormattedMessage id="projects.form.save" />
          </button>
        </div>
      </div>
    </form>
  );
}

export function ProjectNewPage() {
  return (
    <section className="page">
      <p className="breadcrumb">
        <a href={coursePaths.projects()}>
          <FormattedMessage id="projects.list.title" />
        </a>
      </p>
      <PageHeading id="projects.new.title" />
      <ProjectForm />
    </section>
  );
}

export function ProjectEditPage({ id }: { id: number }) {
  const project = useProject(id);
  return (
    <section className="page">
      <p className="breadcrumb">
        <a href={coursePaths.projects()}>
          <FormattedMessage id="projects.list.title" />
        </a>
      </p>
      {project.data ? (
        <>
          <PageHeading id="projects.edit.title" values={{ code: project.data.code }} />
          <ProjectForm project={project.data} />
        </>
      ) : (
        <LoadState loading={project.loading} error={project.error} onRetry={project.reload} />
      )}
    </section>
  );
}
