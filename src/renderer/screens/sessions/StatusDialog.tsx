/**
 * Changing a candidate's selection-wide status: APS (withdrew; reason optional), DIS
 * (disqualified; reason required) or reinstatement to aktif (reason required).
 */
import type React from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateStatus } from '../../../shared/domain/attendance';
import type { SessionCandidateView } from '../../../shared/domain/session-views';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextAreaField } from '../../components/Field';

/** Renders the dialog for `candidate`; `onSave` resolves once the main process accepted. */
export function StatusDialog(props: {
  candidate: SessionCandidateView;
  onSave: (status: CandidateStatus, reason: string | null) => Promise<void>;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const current = props.candidate.candidateStatus.status;
  const choices = (['APS', 'DIS', 'aktif'] as const).filter((s) => s !== current);
  const [status, setStatus] = useState<CandidateStatus>(choices[0] ?? 'aktif');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const reasonRequired = status !== 'APS';

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.onSave(status, reason.trim() || null);
    } catch (refusal) {
      setError(refusal);
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      title={t('sessions.status.title', { nama: props.candidate.nama })}
      message={t('sessions.status.message', {
        status: t(`sessions.candidateStatuses.${current}`),
      })}
      confirmLabel={t('sessions.status.confirm')}
      cancelLabel={t('common.cancel')}
      danger={status === 'DIS'}
      confirmDisabled={busy || (reasonRequired && reason.trim() === '')}
      onCancel={props.onCancel}
      onConfirm={() => void save()}
    >
      <SelectField
        id={`${id}-status`}
        label={t('sessions.status.choose')}
        value={status}
        onChange={(value) => setStatus(value as CandidateStatus)}
        options={choices.map((value) => ({ value, label: t(`sessions.status.options.${value}`) }))}
      />
      <TextAreaField
        id={`${id}-reason`}
        label={t('sessions.status.reason')}
        hint={
          reasonRequired ? t('sessions.status.reasonRequired') : t('sessions.status.reasonOptional')
        }
        value={reason}
        onChange={setReason}
        required={reasonRequired}
        maxLength={1000}
        rows={3}
      />
      <ErrorNotice error={error} />
    </ConfirmDialog>
  );
}
