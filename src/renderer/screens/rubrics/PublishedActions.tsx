/**
 * What can be done with a published or retired version: start its next version, duplicate it as
 * a new rubric, retire it (published only, after confirming) and export it as a file.
 */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RubricVersion } from '../../../shared/rubric/rubric';
import { rubricPath } from '../../app/paths';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { downloadText } from '../../components/download-text';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useRubrics } from '../../state/services';

/** Renders the action buttons of `rubric`. */
export function PublishedActions(props: { rubric: RubricVersion }): React.JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const newVersion = useRubrics((state) => state.newVersion);
  const duplicate = useRubrics((state) => state.duplicate);
  const retire = useRubrics((state) => state.retire);
  const exportFile = useRubrics((state) => state.exportFile);
  const [busy, setBusy] = useState(false);
  const [confirmRetire, setConfirmRetire] = useState(false);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);
  const { rubric } = props;

  const run = async (action: () => Promise<void>) => {
    setConfirmRetire(false);
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      await action();
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(false);
    }
  };
  const openDraft = async (make: Promise<RubricVersion>, notice: 'newVersion' | 'duplicated') => {
    const draft = await make;
    void navigate(rubricPath(draft.id), { state: { notice } });
  };

  return (
    <div className="published-actions">
      <div className="button-column">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void run(() => openDraft(newVersion(rubric.id), 'newVersion'))}
        >
          {t('rubric.actions.newVersion')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void run(() => openDraft(duplicate(rubric.id), 'duplicated'))}
        >
          {t('rubric.actions.duplicate')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const file = await exportFile(rubric.id);
              downloadText(file.fileName, file.text);
              setNotice(t('rubric.actions.exported', { file: file.fileName }));
            })
          }
        >
          {t('rubric.actions.export')}
        </button>
        {rubric.status === 'published' ? (
          <button
            type="button"
            className="button button-danger-outline"
            disabled={busy}
            onClick={() => setConfirmRetire(true)}
          >
            {t('rubric.actions.retire')}
          </button>
        ) : null}
      </div>
      <p role="status" className="status-line">
        {notice}
      </p>
      <ErrorNotice error={error} />
      {confirmRetire ? (
        <ConfirmDialog
          title={t('rubric.retire.title')}
          message={t('rubric.retire.message')}
          confirmLabel={t('rubric.retire.confirm')}
          cancelLabel={t('common.cancel')}
          danger
          onCancel={() => setConfirmRetire(false)}
          onConfirm={() =>
            void run(async () => {
              await retire(rubric.id);
            })
          }
        />
      ) : null}
    </div>
  );
}
