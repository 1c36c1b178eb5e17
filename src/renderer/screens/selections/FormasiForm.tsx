/** The form to add or edit one formasi (code, jabatan, unit, pendidikan, quota). */
import type React from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormasiFields } from '../../../shared/domain/selection';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Field';
import { type FieldError, type FormasiDraft, validateFormasi } from './validation';

/** An empty formasi draft. */
export const EMPTY_FORMASI: FormasiDraft = {
  code: '',
  jabatan: '',
  unit: '',
  pendidikan: '',
  quota: '1',
};

/** Props of {@link FormasiForm}. */
export interface FormasiFormProps {
  initial: FormasiDraft;
  title: string;
  submitLabel: string;
  onSubmit: (fields: FormasiFields) => Promise<void>;
  onCancel: () => void;
}

/** Renders the form; a refusal from the server (duplicate code) is shown under it. */
export function FormasiForm(props: FormasiFormProps): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(props.initial);
  const [errors, setErrors] = useState<Partial<Record<keyof FormasiDraft, FieldError>>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const change = (field: keyof FormasiDraft) => (value: string) => {
    setDraft((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };
  const message = (field: keyof FormasiDraft) => {
    const error = errors[field];
    return error ? t(error.key, error.params ?? {}) : null;
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = validateFormasi(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setBusy(true);
    setServerError(null);
    try {
      await props.onSubmit(result.value);
    } catch (error) {
      setServerError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="form panel-inset"
      aria-label={props.title}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3>{props.title}</h3>
      <div className="form-grid">
        <TextField
          id={`${id}-code`}
          label={t('formasi.fields.code')}
          hint={t('formasi.hints.code')}
          value={draft.code}
          onChange={change('code')}
          error={message('code')}
          maxLength={50}
          autoFocus
        />
        <TextField
          id={`${id}-jabatan`}
          label={t('formasi.fields.jabatan')}
          value={draft.jabatan}
          onChange={change('jabatan')}
          error={message('jabatan')}
          maxLength={200}
        />
        <TextField
          id={`${id}-unit`}
          label={t('formasi.fields.unit')}
          value={draft.unit}
          onChange={change('unit')}
          error={message('unit')}
          maxLength={200}
        />
        <TextField
          id={`${id}-pendidikan`}
          label={t('formasi.fields.pendidikan')}
          value={draft.pendidikan}
          onChange={change('pendidikan')}
          error={message('pendidikan')}
          maxLength={200}
        />
        <TextField
          id={`${id}-quota`}
          label={t('formasi.fields.quota')}
          value={draft.quota}
          onChange={change('quota')}
          error={message('quota')}
          inputMode="numeric"
          maxLength={6}
        />
      </div>
      <ErrorNotice error={serverError} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : props.submitLabel}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
