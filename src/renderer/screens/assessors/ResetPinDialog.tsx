/**
 * "Atur ulang PIN": a chair of the selection, with their own PIN, sets a new PIN for an assessor
 * who forgot theirs. The assessor gets a new key; what they signed with the old one stays valid.
 */
import type React from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessor } from '../../../shared/domain/assessor';
import { SelectField } from '../../components/Field';
import { useAssessors } from '../../state/services';
import { AssessorDialog } from './AssessorDialog';
import { PinField } from './PinField';
import { newPinProblem, PIN_LENGTH, pinTyped } from './pin-check';

/** Props of {@link ResetPinDialog}. */
export interface ResetPinDialogProps {
  assessor: Assessor;
  /** The chairs (ketua) of the selection; at least one. */
  chairs: Assessor[];
  onDone: (assessor: Assessor) => void;
  onCancel: () => void;
}

/** Renders the dialog. */
export function ResetPinDialog(props: ResetPinDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const resetPin = useAssessors((state) => state.resetPin);
  const [chairId, setChairId] = useState(props.chairs[0]?.id ?? '');
  const [chairPin, setChairPin] = useState('');
  const [newPin, setNewPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<'format' | 'mismatch' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const found = newPinProblem(newPin, repeat);
    setProblem(found);
    if (found) return;
    setBusy(true);
    setError(null);
    try {
      props.onDone(
        await resetPin(props.assessor.selectionId, {
          chairId,
          chairPin,
          assessorId: props.assessor.id,
          newPin,
        }),
      );
    } catch (failure) {
      setError(failure);
      setChairPin('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <AssessorDialog
      title={t('assessors.reset.title')}
      subject={t('assessors.reset.subject', { nama: props.assessor.nama })}
      submitLabel={t('assessors.reset.submit')}
      busy={busy}
      submitDisabled={chairId === '' || !pinTyped(chairPin)}
      error={error}
      onSubmit={() => void submit()}
      onCancel={props.onCancel}
    >
      <p className="notice notice-info">{t('assessors.reset.explain')}</p>
      <SelectField
        id={`${id}-chair`}
        label={t('assessors.reset.chair')}
        value={chairId}
        onChange={setChairId}
        options={props.chairs.map((chair) => ({ value: chair.id, label: chair.nama }))}
      />
      <PinField
        id={`${id}-chair-pin`}
        label={t('assessors.reset.chairPin')}
        value={chairPin}
        onChange={setChairPin}
      />
      <PinField
        id={`${id}-new-pin`}
        label={t('assessors.reset.newPin', { nama: props.assessor.nama })}
        hint={t('assessors.pin.rules', PIN_LENGTH)}
        value={newPin}
        onChange={(value) => {
          setNewPin(value);
          setProblem(null);
        }}
        error={problem === 'format' ? t('assessors.pin.format', PIN_LENGTH) : null}
      />
      <PinField
        id={`${id}-repeat`}
        label={t('assessors.fields.pinRepeat')}
        value={repeat}
        onChange={(value) => {
          setRepeat(value);
          setProblem(null);
        }}
        error={problem === 'mismatch' ? t('assessors.pin.mismatch') : null}
      />
    </AssessorDialog>
  );
}
