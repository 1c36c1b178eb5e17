/** The form to create or edit a selection, with inline, translated validation. */
import type React from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectionFields } from '../../../shared/domain/selection';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextField } from '../../components/Field';
import { type FieldError, type SelectionDraft, validateSelection } from './validation';

/** Props of {@link SelectionForm}. */
export interface SelectionFormProps {
  initial: SelectionDraft;
  /** Accessible name of the form ("Buat seleksi", "Ubah seleksi"). */
  title: string;
  submitLabel: string;
  onSubmit: (fields: SelectionFields) => Promise<void>;
  onCancel?: () => void;
}

/** Renders the form; server errors are shown under it, the draft is kept. */
export function SelectionForm(props: SelectionFormProps): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(props.initial);
  const [errors, setErrors] = useState<Partial<Record<keyof SelectionDraft, FieldError>>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const change = (field: keyof SelectionDraft) => (value: string) => {
    setDraft((previous) => ({ ...previous, [field]: value }));
    // The error of a field disappears as soon as the user starts correcting it.
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };
  const message = (field: keyof SelectionDraft) => {
    const error = errors[field];
    return error ? t(error.key, error.params ?? {}) : null;
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = validateSelection(draft);
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

  const invalidCount = Object.values(errors).filter(Boolean).length;
  return (
    <form
      className="form"
      aria-label={props.title}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <div className="form-grid">
        <TextField
          id={`${id}-name`}
          label={t('selection.fields.name')}
          value={draft.name}
          onChange={change('name')}
          error={message('name')}
          maxLength={200}
        />
        <TextField
          id={`${id}-year`}
          label={t('selection.fields.year')}
          value={draft.year}
          onChange={change('year')}
          error={message('year')}
          inputMode="numeric"
          maxLength={4}
        />
        <SelectField
          id={`${id}-type`}
          label={t('selection.fields.type')}
          value={draft.type}
          onChange={change('type')}
          error={message('type')}
          options={[
            { value: 'CPNS', label: t('selection.types.CPNS') },
            { value: 'PPPK', label: t('selection.types.PPPK') },
          ]}
        />
        <TextField
          id={`${id}-instansi`}
          label={t('selection.fields.instansi')}
          hint={t('selection.hints.instansi')}
          value={draft.instansi}
          onChange={change('instansi')}
          error={message('instansi')}
          maxLength={200}
        />
        <TextField
          id={`${id}-location`}
          label={t('selection.fields.location')}
          hint={t('selection.hints.location')}
          value={draft.location}
          onChange={change('location')}
          error={message('location')}
          maxLength={200}
        />
      </div>
      <p className="form-summary" aria-live="polite">
        {invalidCount > 0 ? t('validation.summary', { count: invalidCount }) : ''}
      </p>
      <ErrorNotice error={serverError} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : props.submitLabel}
        </button>
        {props.onCancel ? (
          <button type="button" className="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
