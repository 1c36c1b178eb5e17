/** "Menyimpan…", "Tersimpan hh:mm:ss", or a clear error with a retry: the draft's autosave. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useScoring } from '../../state/services';
import { formatTime } from './format-time';

/** Renders the autosave state of the open sheet. */
export function SaveStatus(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const save = useScoring((state) => state.save);
  const retry = useScoring((state) => state.retrySave);
  return (
    <div className="save-status">
      <p role="status" data-testid="save-status">
        {save.status === 'saving' ? t('scoring.save.saving') : null}
        {save.status === 'saved' && save.savedAt
          ? t('scoring.save.saved', { time: formatTime(save.savedAt, i18n.language) })
          : null}
        {save.status === 'idle' ? t('scoring.save.idle') : null}
        {save.status === 'error' ? t('scoring.save.failed') : null}
      </p>
      {save.status === 'error' ? <ErrorNotice error={save.error} onRetry={retry} /> : null}
    </div>
  );
}
