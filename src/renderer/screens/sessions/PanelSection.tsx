/** The session's panel: who sits on it, whether it is complete, and setting it by hand or lot. */
import type React from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelAssessor, SessionDetailView } from '../../../shared/domain/session-views';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSessions } from '../../state/services';
import { AssessorName } from './AssessorName';
import { DrawFacts } from './DrawFacts';
import { PanelChooser } from './PanelChooser';
import { PanelDrawForm } from './PanelDrawForm';

const NONE: PanelAssessor[] = [];

/** Renders the panel section of `detail`. */
export function PanelSection(props: { detail: SessionDetailView }): React.JSX.Element {
  const { t } = useTranslation();
  const { session, panel, panelIncomplete, draw } = props.detail;
  const sessionId = session.id;
  const eligible = useSessions((state) => state.eligible[sessionId] ?? NONE);
  const loadEligible = useSessions((state) => state.loadEligible);
  const assignPanel = useSessions((state) => state.assignPanel);
  const drawPanel = useSessions((state) => state.drawPanel);
  const [mode, setMode] = useState<'choose' | 'draw' | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    loadEligible(sessionId).catch(setLoadError);
  }, [loadEligible, sessionId]);

  const min = session.minAssessors;
  return (
    <div className="panel" role="region" aria-labelledby="panel-title">
      <div className="panel-header">
        <h2 id="panel-title">{t('sessions.panel.title')}</h2>
        {mode === null ? (
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={eligible.length === 0}
              onClick={() => {
                setMode('choose');
                setNotice('');
              }}
            >
              {t('sessions.panel.choose')}
            </button>
            <button
              type="button"
              className="button"
              disabled={eligible.length === 0}
              onClick={() => {
                setMode('draw');
                setNotice('');
              }}
            >
              {t('sessions.panel.draw')}
            </button>
          </div>
        ) : null}
      </div>
      <p role="status" className="status-line">
        {notice}
      </p>
      <ErrorNotice error={loadError} />
      <p>
        {min === null
          ? t('sessions.panel.sizeNoMin', { size: session.panelSize })
          : t('sessions.panel.sizeOf', { size: session.panelSize, min })}
        {session.panelMethod ? (
          <span className="title-context">{t(`sessions.panel.method.${session.panelMethod}`)}</span>
        ) : null}
      </p>
      {panelIncomplete && min !== null ? (
        <p className="notice notice-warn">{t('sessions.panel.incomplete', { min })}</p>
      ) : null}
      {panel.length === 0 ? (
        <p className="empty-inline">{t('sessions.panel.none')}</p>
      ) : (
        <ol aria-label={t('sessions.panel.members')}>
          {panel.map((assessor) => (
            <li key={assessor.id}>
              <AssessorName assessor={assessor} />
            </li>
          ))}
        </ol>
      )}
      {draw ? <DrawFacts draw={draw} assessors={eligible} /> : null}
      {eligible.length === 0 && !loadError ? (
        <p className="muted">{t('sessions.panel.noEligible')}</p>
      ) : null}
      {mode === 'choose' ? (
        <PanelChooser
          eligible={eligible}
          current={panel.map((a) => a.id)}
          onCancel={() => setMode(null)}
          onSave={async (ids) => {
            await assignPanel(sessionId, ids);
            setMode(null);
            setNotice(t('sessions.panel.saved'));
          }}
        />
      ) : null}
      {mode === 'draw' ? (
        <PanelDrawForm
          eligible={eligible}
          minAssessors={min}
          onCancel={() => setMode(null)}
          onDraw={async (pool, size, seed) => {
            await drawPanel(sessionId, pool, size, seed);
            setMode(null);
            setNotice(t('sessions.panel.drawn'));
          }}
        />
      ) : null}
    </div>
  );
}
