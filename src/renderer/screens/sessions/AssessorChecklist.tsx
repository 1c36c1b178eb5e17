/** A list of assessors to tick, used to choose a panel and a draw's pool. */
import type React from 'react';
import type { PanelAssessor } from '../../../shared/domain/session-views';
import { AssessorName } from './AssessorName';

/** Renders one checkbox per assessor under the legend `legend`. */
export function AssessorChecklist(props: {
  legend: string;
  assessors: readonly PanelAssessor[];
  chosen: ReadonlySet<string>;
  onToggle: (id: string) => void;
}): React.JSX.Element {
  return (
    <fieldset className="checkbox-list">
      <legend>{props.legend}</legend>
      {props.assessors.map((assessor) => (
        <label key={assessor.id} className="checkbox">
          <input
            type="checkbox"
            checked={props.chosen.has(assessor.id)}
            onChange={() => props.onToggle(assessor.id)}
          />
          <AssessorName assessor={assessor} />
        </label>
      ))}
    </fieldset>
  );
}

/** A set with `id` added or removed. */
export function toggled(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
