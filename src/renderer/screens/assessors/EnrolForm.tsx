/** "Daftarkan penguji": name, NIP, role and a PIN typed twice by the assessor themselves. */
import type React from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessorRole, type Assessor, type AssessorFields } from '../../../shared/domain/assessor';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextField } from '../../components/Field';
import { PinField } from './PinField';
import { newPinProblem, PIN_LENGTH } from './pin-check';

/** Props of {@link EnrolForm}. */
export interface EnrolFormProps {
  onEnrol: (fields: AssessorFields, pin: string) => Promise<Assessor>;
  onDone: (assessor: Assessor) => void;
  onCancel: () => void;
}

interface Draft {
  nama: string;
  nip: string;
  role: AssessorRole;
  pin: string;
  repeat: string;
}

type Problems = Partial<Record<'nama' | 'nip' | 'pin' | 'repeat', string>>;

const EMPTY: Draft = { nama: '', nip: '', role: 'penguji', pin: '', repeat: '' };

/** Renders the form; refusals of the main process (an easy PIN, a NIP taken) show under it. */
export function EnrolForm(props: EnrolFormProps): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(EMPTY);
  const [problems, setProblems] = useState<Problems>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const change = (field: keyof Draft) => (value: string) => {
    setDraft((previous) => ({ ...previous, [field]: value }));
    setProblems((previous) => ({ ...previous, [field]: undefined }));
  };

  const check = (): Problems => {
    const found: Problems = {};
    if (draft.nama.trim() === '') found.nama = t('validation.required');
    const nip = draft.nip.replace(/\s+/g, '');
    if (nip !== '' && !/^\d{18}$/.test(nip)) found.nip = t('assessors.enrol.nipFormat');
    const pinProblem = newPinProblem(draft.pin, draft.repeat);
    if (pinProblem === 'format') found.pin = t('assessors.pin.format', PIN_LENGTH);
    if (pinProblem === 'mismatch') found.repeat = t('assessors.pin.mismatch');
    return found;
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = check();
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setServerError(null);
    try {
      const nip = draft.nip.replace(/\s+/g, '');
      const assessor = await props.onEnrol(
        { nama: draft.nama.trim(), nip: nip === '' ? null : nip, role: draft.role },
        draft.pin,
      );
      props.onDone(assessor);
    } catch (error) {
      setServerError(error);
      // Whatever went wrong, the PIN is typed again rather than left in the form.
      setDraft((previous) => ({ ...previous, pin: '', repeat: '' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="form panel-inset"
      aria-label={t('assessors.enrol.title')}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3>{t('assessors.enrol.title')}</h3>
      <div className="form-grid">
        <TextField
          id={`${id}-nama`}
          label={t('assessors.fields.nama')}
          value={draft.nama}
          onChange={change('nama')}
          error={problems.nama}
          maxLength={200}
          autoFocus
        />
        <TextField
          id={`${id}-nip`}
          label={t('assessors.fields.nip')}
          hint={t('assessors.enrol.nipHint')}
          value={draft.nip}
          onChange={change('nip')}
          error={problems.nip}
          inputMode="numeric"
          maxLength={24}
        />
        <SelectField
          id={`${id}-role`}
          label={t('assessors.fields.role')}
          hint={t(`assessors.roleHints.${draft.role}`)}
          value={draft.role}
          onChange={change('role')}
          options={AssessorRole.options.map((role) => ({
            value: role,
            label: t(`assessors.roles.${role}`),
          }))}
        />
        <PinField
          id={`${id}-pin`}
          label={t('assessors.fields.pin')}
          hint={t('assessors.pin.rules', PIN_LENGTH)}
          value={draft.pin}
          onChange={change('pin')}
          error={problems.pin}
        />
        <PinField
          id={`${id}-repeat`}
          label={t('assessors.fields.pinRepeat')}
          value={draft.repeat}
          onChange={change('repeat')}
          error={problems.repeat}
        />
      </div>
      <p className="muted">{t('assessors.enrol.keyNote')}</p>
      <ErrorNotice error={serverError} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('assessors.enrol.submit')}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
