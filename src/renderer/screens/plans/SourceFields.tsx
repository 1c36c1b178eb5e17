/**
 * Where a component's score comes from, and that source's settings: the published rubric version
 * (stored with its hash) and the minimum number of assessors, or the maximum of an imported score.
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { ComponentSource } from '../../../shared/plan/plan';
import type { RubricSummary } from '../../../shared/rubric/rubric';
import { SelectField, TextField } from '../../components/Field';
import { shortRubricHash } from '../rubrics/rubric-hash';
import type { SourceForm } from './plan-form';

/** The source types in the order they are offered. */
const SOURCE_TYPES = ComponentSource.options.map((option) => option.shape.type.value);

/** Props of {@link SourceFields}. */
export interface SourceFieldsProps {
  /** Ids are `${idPrefix}-type`, `-rubricVersionId`, … matching the plan's paths. */
  idPrefix: string;
  source: SourceForm;
  rubrics: readonly RubricSummary[];
  onType: (type: SourceForm['type']) => void;
  onChange: (source: SourceForm) => void;
  errorFor: (fieldId: string) => string | null;
}

/** Renders the source select and the fields of the chosen source. */
export function SourceFields(props: SourceFieldsProps): React.JSX.Element {
  const { t } = useTranslation();
  const { source, idPrefix, onChange } = props;
  const rubricLabel = (rubric: RubricSummary) =>
    t('plan.source.rubricOption', {
      title: rubric.title,
      version: rubric.version,
      hash: shortRubricHash(rubric.contentHash),
    });
  const published = props.rubrics.filter((rubric) => rubric.status === 'published');
  // A version chosen earlier and retired since stays visible, marked, so nothing changes silently.
  const current = props.rubrics.find((rubric) => rubric.id === source.rubricVersionId);
  const options = [
    { value: '', label: t('plan.source.chooseRubric') },
    ...published.map((rubric) => ({ value: rubric.id, label: rubricLabel(rubric) })),
    ...(current && current.status !== 'published'
      ? [
          {
            value: current.id,
            label: `${rubricLabel(current)} — ${t(`rubric.statuses.${current.status}`)}`,
          },
        ]
      : []),
  ];

  return (
    <>
      <SelectField
        id={`${idPrefix}-type`}
        label={t('plan.fields.source')}
        value={source.type}
        options={SOURCE_TYPES.map((type) => ({ value: type, label: t(`plan.sources.${type}`) }))}
        onChange={(type) => {
          const parsed = ComponentSource.options.find((o) => o.shape.type.value === type);
          if (parsed) props.onType(parsed.shape.type.value);
        }}
      />
      {source.type === 'rubric' ? (
        <>
          <SelectField
            id={`${idPrefix}-rubricVersionId`}
            className="field-span-2"
            label={t('plan.fields.rubric')}
            value={source.rubricVersionId ?? ''}
            options={options}
            error={props.errorFor(`${idPrefix}-rubricVersionId`)}
            onChange={(id) => {
              const rubric = props.rubrics.find((r) => r.id === id);
              onChange({
                ...source,
                rubricVersionId: rubric?.id ?? null,
                rubricHash: rubric?.contentHash ?? null,
              });
            }}
          />
          <TextField
            id={`${idPrefix}-minAssessors`}
            label={t('plan.fields.minAssessors')}
            value={source.minAssessors}
            inputMode="numeric"
            maxLength={2}
            error={props.errorFor(`${idPrefix}-minAssessors`)}
            onChange={(minAssessors) => onChange({ ...source, minAssessors })}
          />
        </>
      ) : null}
      {source.type === 'external_score' ? (
        <TextField
          id={`${idPrefix}-maxScore`}
          label={t('plan.fields.maxScore')}
          value={source.maxScore}
          inputMode="decimal"
          maxLength={8}
          error={props.errorFor(`${idPrefix}-maxScore`)}
          onChange={(maxScore) => onChange({ ...source, maxScore })}
        />
      ) : null}
    </>
  );
}
