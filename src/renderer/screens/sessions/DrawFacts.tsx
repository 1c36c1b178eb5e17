/** The draw behind the panel, written out so the room can repeat it (docs/scoring-day.md). */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelAssessor, PanelDraw } from '../../../shared/domain/session-views';
import { AssessorName } from './AssessorName';

/** Renders seed, algorithm, pool and size; pool members not listed as eligible show by id. */
export function DrawFacts(props: {
  draw: PanelDraw;
  assessors: readonly PanelAssessor[];
}): React.JSX.Element {
  const { t } = useTranslation();
  const { draw } = props;
  const byId = new Map(props.assessors.map((a) => [a.id, a]));
  return (
    <div className="notice notice-info" role="region" aria-label={t('sessions.panel.drawFacts')}>
      <h3>{t('sessions.panel.drawFacts')}</h3>
      <dl className="facts">
        <dt>{t('sessions.panel.seedLabel')}</dt>
        <dd className="mono break" data-testid="draw-seed">
          {draw.seed}
        </dd>
        <dt>{t('sessions.panel.algorithm')}</dt>
        <dd className="mono" data-testid="draw-algorithm">
          {draw.algorithm}
        </dd>
        <dt>{t('sessions.panel.pool')}</dt>
        <dd>
          <ul className="plain-list">
            {draw.pool.map((id) => {
              const assessor = byId.get(id);
              return <li key={id}>{assessor ? <AssessorName assessor={assessor} /> : id}</li>;
            })}
          </ul>
        </dd>
        <dt>{t('sessions.panel.size')}</dt>
        <dd>{draw.size}</dd>
      </dl>
      <p>{t('sessions.panel.repeat')}</p>
    </div>
  );
}
