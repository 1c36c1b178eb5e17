/** A published or retired rubric, read-only: every aspect with its weight, scale and anchors. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricDraftContent } from '../../../shared/rubric/rubric';
import { IndicatorList } from '../../components/rubric-sheet/IndicatorList';
import { useFormat } from '../../format/use-format';

/** Renders the content as a document. */
export function RubricDocument(props: { content: RubricDraftContent }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const { content } = props;
  return (
    <article className="panel rubric-document" aria-labelledby="rubric-document-title">
      <h2 id="rubric-document-title">{t('rubric.document.title')}</h2>
      <dl className="facts">
        <dt>{t('rubric.fields.kind')}</dt>
        <dd>{t(`rubric.kinds.${content.kind}`)}</dd>
        <dt>{t('rubric.fields.duration')}</dt>
        <dd>
          {content.durationMinutes === null
            ? t('common.none')
            : t('sheet.duration', { minutes: content.durationMinutes })}
        </dd>
        <dt>{t('rubric.fields.instructions')}</dt>
        <dd className="pre-line">{content.instructions || t('common.none')}</dd>
      </dl>
      {content.aspects.map((aspect, index) => (
        <section key={index} className="doc-aspect" aria-labelledby={`doc-aspect-${index}`}>
          <h3 id={`doc-aspect-${index}`}>
            {index + 1}. <span className="mono">{aspect.code}</span> {aspect.title}
          </h3>
          <p className="muted">
            {t('rubric.document.aspectFacts', {
              weight: format.number(aspect.weight),
              min: aspect.scale.min,
              max: aspect.scale.max,
            })}
            {aspect.noteRequiredAtExtremes ? ` · ${t('rubric.document.noteRule')}` : null}
          </p>
          {aspect.description ? <p>{aspect.description}</p> : null}
          <IndicatorList indicators={aspect.indicators} />
          <table className="table table-compact levels-table">
            <caption className="visually-hidden">
              {t('rubric.document.levelsCaption', { code: aspect.code })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t('rubric.editor.levelValue')}
                </th>
                <th scope="col">{t('rubric.editor.levelLabel')}</th>
                <th scope="col">{t('rubric.editor.levelAnchor')}</th>
              </tr>
            </thead>
            <tbody>
              {aspect.levels.map((level) => (
                <tr key={level.value}>
                  <th scope="row" className="numeric">
                    {level.value}
                  </th>
                  <td>{level.label}</td>
                  <td>{level.anchor}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {content.sources.length > 0 ? (
        <>
          <h3>{t('rubric.fields.sources')}</h3>
          <ul className="plain-list">
            {content.sources.map((source, i) => (
              <li key={i}>{source}</li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
