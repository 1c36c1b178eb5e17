/** The rubrics of this store, each with its versions: status, kind, aspects, hash and use. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RubricSummary } from '../../../shared/rubric/rubric';
import { rubricPath } from '../../app/paths';
import { useFormat } from '../../format/use-format';
import { RubricStatusBadge } from './RubricStatusBadge';
import { shortRubricHash } from './rubric-hash';

/** The versions grouped by rubric, in the order of the list (by title, newest version first). */
export function groupByRubric(rubrics: readonly RubricSummary[]): RubricSummary[][] {
  const groups = new Map<string, RubricSummary[]>();
  for (const rubric of rubrics) {
    const group = groups.get(rubric.rubricId);
    if (group) group.push(rubric);
    else groups.set(rubric.rubricId, [rubric]);
  }
  return [...groups.values()];
}

/** Renders the table. */
export function RubricTable(props: { rubrics: readonly RubricSummary[] }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="table rubric-table">
        <caption className="visually-hidden">{t('rubrics.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rubrics.columns.title')}</th>
            <th scope="col" className="numeric">
              {t('rubrics.columns.version')}
            </th>
            <th scope="col">{t('rubrics.columns.status')}</th>
            <th scope="col">{t('rubrics.columns.kind')}</th>
            <th scope="col" className="numeric">
              {t('rubrics.columns.aspects')}
            </th>
            <th scope="col">{t('rubrics.columns.hash')}</th>
            <th scope="col">{t('rubrics.columns.usedBy')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        {groupByRubric(props.rubrics).map((versions) => (
          <tbody key={versions[0]?.rubricId} className="rubric-group">
            {versions.map((rubric, index) => (
              <tr key={rubric.id}>
                {index === 0 ? (
                  <th scope="rowgroup" rowSpan={versions.length}>
                    {rubric.title || t('rubric.untitled')}
                  </th>
                ) : null}
                <td className="numeric">{format.number(rubric.version)}</td>
                <td>
                  <RubricStatusBadge status={rubric.status} />
                </td>
                <td>{t(`rubric.kinds.${rubric.kind}`)}</td>
                <td className="numeric">{format.number(rubric.aspectCount)}</td>
                <td className="mono" title={rubric.contentHash}>
                  {shortRubricHash(rubric.contentHash)}
                </td>
                <td>
                  {rubric.usedBy === 0
                    ? t('rubrics.notUsed')
                    : t('rubrics.usedBy', { count: rubric.usedBy })}
                </td>
                <td className="actions">
                  <Link
                    className="button button-small"
                    to={rubricPath(rubric.id)}
                    aria-label={t('rubrics.openNamed', {
                      title: rubric.title || t('rubric.untitled'),
                      version: rubric.version,
                    })}
                  >
                    {t('rubrics.open')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
