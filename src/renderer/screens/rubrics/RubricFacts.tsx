/** The identity of a rubric version: status, version, full hash, dates and where it came from. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricOrigin, RubricVersion } from '../../../shared/rubric/rubric';
import { useFormat } from '../../format/use-format';
import { RubricStatusBadge } from './RubricStatusBadge';
import { shortRubricHash } from './rubric-hash';

/** Renders the facts of `rubric`. */
export function RubricFacts(props: { rubric: RubricVersion }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const { rubric } = props;
  return (
    <dl className="facts facts-stacked" data-testid="rubric-facts">
      <dt>{t('rubrics.columns.status')}</dt>
      <dd>
        <RubricStatusBadge status={rubric.status} />
      </dd>
      <dt>{t('rubrics.columns.version')}</dt>
      <dd>{rubric.version}</dd>
      <dt>{t('rubric.facts.hash')}</dt>
      <dd className="mono break" title={rubric.contentHash}>
        {rubric.status === 'draft' ? shortRubricHash(rubric.contentHash) : rubric.contentHash}
      </dd>
      <dt>{t('rubric.facts.origin')}</dt>
      <dd>
        <OriginText origin={rubric.origin} />
      </dd>
      {rubric.publishedAt ? (
        <>
          <dt>{t('rubric.facts.publishedAt')}</dt>
          <dd>{format.dateTime(rubric.publishedAt)}</dd>
        </>
      ) : null}
      {rubric.retiredAt ? (
        <>
          <dt>{t('rubric.facts.retiredAt')}</dt>
          <dd>{format.dateTime(rubric.retiredAt)}</dd>
        </>
      ) : null}
    </dl>
  );
}

function OriginText({ origin }: { origin: RubricOrigin }): React.JSX.Element {
  const { t } = useTranslation();
  switch (origin.type) {
    case 'new':
      return <>{t('rubric.origins.new')}</>;
    case 'template':
      return <>{t('rubric.origins.template', { template: origin.templateId })}</>;
    case 'copy':
      return <>{t('rubric.origins.copy', { hash: shortRubricHash(origin.contentHash) })}</>;
    case 'new-version':
      return <>{t('rubric.origins.newVersion', { hash: shortRubricHash(origin.contentHash) })}</>;
    case 'file':
      return <>{t('rubric.origins.file', { file: origin.fileName })}</>;
  }
}
