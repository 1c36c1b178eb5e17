/** Penilaian › Sesi: the sessions of the active selection, and opening a new one. */
import type React from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionComponent, SessionView } from '../../../shared/domain/session-views';
import { sessionPath } from '../../app/paths';
import { ErrorNotice } from '../../components/ErrorNotice';
import { NoActiveSelection } from '../../components/NoActiveSelection';
import { useSelections, useSessions } from '../../state/services';
import { useActiveSelection } from '../../state/use-active-selection';
import { SessionCreateForm } from './SessionCreateForm';
import { SessionTable } from './SessionTable';

// Stable empty lists, so the selectors below do not return a new array on every render.
const NO_SESSIONS: SessionView[] = [];
const NO_COMPONENTS: SessionComponent[] = [];

/** Renders the session list screen. */
export function SessionsScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const selection = useActiveSelection();
  const selectionsStatus = useSelections((state) => state.status);
  const selectionId = selection?.id ?? '';
  const sessions = useSessions((state) => state.sessions[selectionId] ?? NO_SESSIONS);
  const status = useSessions((state) => state.status[selectionId] ?? 'idle');
  const error = useSessions((state) => state.error[selectionId] ?? null);
  const components = useSessions((state) => state.components[selectionId] ?? NO_COMPONENTS);
  const componentsLoaded = useSessions((state) => selectionId in state.components);
  const componentsError = useSessions((state) => state.componentsError[selectionId] ?? null);
  const load = useSessions((state) => state.load);
  const loadComponents = useSessions((state) => state.loadComponents);
  const create = useSessions((state) => state.create);

  useEffect(() => {
    if (!selectionId) return;
    void load(selectionId);
    void loadComponents(selectionId);
  }, [selectionId, load, loadComponents]);

  if (!selection) {
    return (
      <section className="screen">
        <h1 tabIndex={-1}>{t('sessions.title')}</h1>
        {selectionsStatus === 'ready' ? (
          <NoActiveSelection />
        ) : (
          <p role="status">{t('common.loading')}</p>
        )}
      </section>
    );
  }

  return (
    <section className="screen screen-wide" aria-labelledby="sessions-title">
      <h1 id="sessions-title" tabIndex={-1}>
        {t('sessions.title')}
        <span className="title-context">{selection.name}</span>
      </h1>
      <p className="screen-intro">{t('sessions.intro')}</p>
      <ErrorNotice error={error} onRetry={() => void load(selectionId)} />
      {status === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
      {status === 'ready' && sessions.length === 0 ? (
        <p className="empty-inline">{t('sessions.empty')}</p>
      ) : null}
      {sessions.length > 0 ? <SessionTable sessions={sessions} /> : null}
      <ErrorNotice error={componentsError} onRetry={() => void loadComponents(selectionId)} />
      {componentsLoaded ? (
        <SessionCreateForm
          components={components}
          onCreate={async (formasiId, componentKey, fields) => {
            const session = await create(selectionId, formasiId, componentKey, fields);
            void navigate(sessionPath(session.id));
          }}
        />
      ) : null}
    </section>
  );
}
