/** "Pakta integritas": the statement in force, read by the assessor and accepted with their PIN. */
import type React from 'react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrityStatementView } from '../../../shared/contract/assessor-contract';
import type { Assessor } from '../../../shared/domain/assessor';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAssessors } from '../../state/services';
import { AssessorDialog } from './AssessorDialog';
import { PinField } from './PinField';
import { pinTyped } from './pin-check';

/** Props of {@link IntegrityDialog}. */
export interface IntegrityDialogProps {
  assessor: Assessor;
  onDone: (assessor: Assessor) => void;
  onCancel: () => void;
}

/** Renders the dialog; the statement is fetched from the main process, the one that is hashed. */
export function IntegrityDialog(props: IntegrityDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const loadStatement = useAssessors((state) => state.loadStatement);
  const accept = useAssessors((state) => state.acceptIntegrity);
  const [statement, setStatement] = useState<IntegrityStatementView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    loadStatement().then(setStatement, setLoadError);
  }, [loadStatement]);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      props.onDone(await accept(props.assessor.selectionId, props.assessor.id, pin));
    } catch (failure) {
      setError(failure);
      setPin('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <AssessorDialog
      title={t('assessors.integrity.title')}
      subject={t('assessors.integrity.subject', { nama: props.assessor.nama })}
      submitLabel={t('assessors.integrity.submit')}
      busy={busy}
      submitDisabled={statement === null || !pinTyped(pin)}
      error={error}
      onSubmit={() => void submit()}
      onCancel={props.onCancel}
    >
      <ErrorNotice error={loadError} />
      {statement ? (
        <>
          {/* Focusable so the keyboard can scroll a long statement. */}
          <div
            className="statement-text pre-line"
            tabIndex={0}
            role="region"
            aria-label={t('assessors.integrity.textLabel')}
          >
            {statement.text}
          </div>
          <p className="muted">
            {t('assessors.integrity.version', {
              version: statement.version,
              hash: statement.hash.slice(0, 16),
            })}
          </p>
        </>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
      <PinField
        id={`${id}-pin`}
        label={t('assessors.integrity.pin', { nama: props.assessor.nama })}
        hint={t('assessors.integrity.pinHint')}
        value={pin}
        onChange={setPin}
      />
    </AssessorDialog>
  );
}
