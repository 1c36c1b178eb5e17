/**
 * "Nyatakan konflik kepentingan": the assessor finds the candidate by number or name, says how
 * they are related, and confirms with their PIN. The main process removes them from that
 * candidate's panel and refuses their scores for them.
 */
import type React from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictKind, type Assessor } from '../../../shared/domain/assessor';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { useAssessors } from '../../state/services';
import { AssessorDialog } from './AssessorDialog';
import { PinField } from './PinField';
import { pinTyped } from './pin-check';
import { useCandidateChoices } from './use-candidate-choices';

/** Props of {@link ConflictDialog}. */
export interface ConflictDialogProps {
  assessor: Assessor;
  onDone: () => void;
  onCancel: () => void;
}

/** Renders the dialog. */
export function ConflictDialog(props: ConflictDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const declare = useAssessors((state) => state.declareConflict);
  const [query, setQuery] = useState('');
  const [candidateId, setCandidateId] = useState<string | null>(null);
  const [kind, setKind] = useState<ConflictKind>('keluarga');
  const [note, setNote] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const choices = useCandidateChoices(props.assessor.selectionId, query);

  const submit = async () => {
    if (!candidateId) return;
    setBusy(true);
    setError(null);
    try {
      await declare(props.assessor.selectionId, props.assessor.id, pin, {
        candidateId,
        kind,
        note,
      });
      props.onDone();
    } catch (failure) {
      setError(failure);
      setPin('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <AssessorDialog
      title={t('assessors.conflict.title')}
      subject={t('assessors.conflict.subject', { nama: props.assessor.nama })}
      submitLabel={t('assessors.conflict.submit')}
      busy={busy}
      submitDisabled={candidateId === null || !pinTyped(pin)}
      error={error}
      onSubmit={() => void submit()}
      onCancel={props.onCancel}
    >
      <TextField
        id={`${id}-search`}
        label={t('assessors.conflict.search')}
        hint={t('assessors.conflict.searchHint')}
        value={query}
        onChange={setQuery}
        maxLength={100}
      />
      <ErrorNotice error={choices.error} />
      <fieldset className="radio-group candidate-choices">
        <legend>{t('assessors.conflict.candidate')}</legend>
        {choices.rows.length === 0 && !choices.loading ? (
          <p className="muted">{t('assessors.conflict.noMatch')}</p>
        ) : null}
        {choices.rows.map((row) => (
          <label key={row.id} className="radio">
            <input
              type="radio"
              name={`${id}-candidate`}
              value={row.id}
              checked={candidateId === row.id}
              onChange={() => setCandidateId(row.id)}
            />
            <span>
              <span className="mono">{row.nomorPeserta}</span> {row.nama}
            </span>
          </label>
        ))}
      </fieldset>
      <SelectField
        id={`${id}-kind`}
        label={t('assessors.conflict.kind')}
        value={kind}
        onChange={(value) => setKind(ConflictKind.parse(value))}
        options={ConflictKind.options.map((option) => ({
          value: option,
          label: t(`assessors.conflictKinds.${option}`),
        }))}
      />
      <TextAreaField
        id={`${id}-note`}
        label={t('assessors.conflict.note')}
        hint={t('assessors.conflict.noteHint')}
        value={note}
        onChange={setNote}
        maxLength={1000}
      />
      <PinField
        id={`${id}-pin`}
        label={t('assessors.conflict.pin', { nama: props.assessor.nama })}
        value={pin}
        onChange={setPin}
      />
    </AssessorDialog>
  );
}
