/** Opening a session: which formasi's component, on which date, from what time, in which room. */
import type React from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionFields } from '../../../shared/domain/session';
import type { SessionComponent } from '../../../shared/domain/session-views';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextField } from '../../components/Field';
import {
  checkSessionDraft,
  EMPTY_SESSION,
  type SessionDraft,
  type SessionDraftErrors,
  targetValue,
} from './session-form';

/** Props of {@link SessionCreateForm}. */
export interface SessionCreateFormProps {
  components: readonly SessionComponent[];
  onCreate: (formasiId: string, componentKey: string, fields: SessionFields) => Promise<void>;
}

/** Renders the form; the main process's refusal is shown under it. */
export function SessionCreateForm(props: SessionCreateFormProps): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<SessionDraft>(EMPTY_SESSION);
  const [errors, setErrors] = useState<SessionDraftErrors>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const change = (field: keyof SessionDraft) => (value: string) => {
    setDraft((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };
  const message = (field: keyof SessionDraft) =>
    errors[field] ? t(`sessions.validation.${field}`) : null;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const checked = checkSessionDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setBusy(true);
    setServerError(null);
    try {
      await props.onCreate(checked.formasiId, checked.componentKey, checked.fields);
    } catch (error) {
      setServerError(error);
    } finally {
      setBusy(false);
    }
  };

  if (props.components.length === 0) {
    return <p className="empty-inline">{t('sessions.create.noComponents')}</p>;
  }

  return (
    <form
      className="form panel-inset"
      aria-label={t('sessions.create.title')}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3>{t('sessions.create.title')}</h3>
      <div className="form-grid">
        <SelectField
          id={`${id}-target`}
          label={t('sessions.create.component')}
          hint={t('sessions.create.componentHint')}
          value={draft.target}
          onChange={change('target')}
          error={message('target')}
          options={[
            { value: '', label: t('sessions.create.choose') },
            ...props.components.map((c) => ({
              value: targetValue(c.formasiId, c.componentKey),
              label: t('sessions.create.option', {
                code: c.code,
                jabatan: c.jabatan,
                label: c.label,
              }),
            })),
          ]}
        />
        <NativeField
          id={`${id}-date`}
          type="date"
          label={t('sessions.create.date')}
          value={draft.date}
          onChange={change('date')}
          error={message('date')}
        />
        <NativeField
          id={`${id}-time`}
          type="time"
          label={t('sessions.create.startTime')}
          value={draft.startTime}
          onChange={change('startTime')}
          error={message('startTime')}
        />
        <TextField
          id={`${id}-room`}
          label={t('sessions.create.room')}
          value={draft.room}
          onChange={change('room')}
          error={message('room')}
          maxLength={200}
        />
      </div>
      <ErrorNotice error={serverError} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('sessions.create.submit')}
        </button>
      </div>
    </form>
  );
}

/** A date or time input with its label and error, laid out like the other fields. */
function NativeField(props: {
  id: string;
  type: 'date' | 'time';
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}) {
  const errorId = `${props.id}-error`;
  return (
    <div className={props.error ? 'field field-invalid' : 'field'}>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type={props.type}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.error ? (
        <span className="field-error" id={errorId}>
          {props.error}
        </span>
      ) : null}
    </div>
  );
}
