/** The busy state of the import: what is happening now, announced politely. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { useImport } from '../../state/services';

/** Renders the progress line while a file is read, checked or imported. */
export function ImportProgress(): React.JSX.Element {
  const { t } = useTranslation();
  const stage = useImport((state) => state.stage);
  const readProgress = useImport((state) => state.readProgress);
  const file = useImport((state) => state.file);
  const report = useImport((state) => state.report);

  let text = '';
  if (stage === 'reading')
    text = t('import.progress.reading', {
      name: file?.name ?? '',
      percent: Math.round(readProgress * 100),
    });
  if (stage === 'checking') text = t('import.progress.checking', { name: file?.name ?? '' });
  if (stage === 'importing')
    text = t('import.progress.importing', { count: report?.validRows ?? 0 });
  const busy = text !== '';

  return (
    <div
      className={busy ? 'progress' : 'progress progress-idle'}
      role="status"
      aria-live="polite"
      aria-busy={busy}
    >
      {busy ? <span className="spinner" aria-hidden="true" /> : null}
      {text}
    </div>
  );
}
