import { useCan } from '../auth/session';
import { FieldGroup } from '../../ui/Field';
import type { useCourseForm } from './forms';
import { useTrainerChoices } from './hooks';

type CourseForm = ReturnType<typeof useCourseForm>['form'];

/** The course's trainers, as checkboxes (active trainer accounts). */
export function TrainersField({ form }: { form: CourseForm }) {
  const can = useCan();
  const allowed = can('users.trainers');
  const trainers = useTrainerChoices(allowed);
  const chosen = form.watch('data.trainerIds') ?? [];
  if (!allowed || trainers.length === 0) return null;
  const toggle = (id: number, on: boolean) =>
    form.setValue(
      'data.trainerIds',
      on ? [...chosen, id] : chosen.filter((other) => other !== id),
      { shouldDirty: true },
    );
  return (
    <FieldGroup id="course-data-trainerIds" label="courses.field.trainers">
      {() => (
        <div className="choice-row">
          {trainers.map((trainer) => (
            <label key={trainer.id} className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(trainer.id)}
                onChange={(event) => toggle(trainer.id, event.target.checked)}
              />
              {trainer.displayName}
            </label>
          ))}
        </div>
      )}
    </FieldGroup>
  );
}
