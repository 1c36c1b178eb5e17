/** The formasi of one selection: table, add, edit and delete (refused while it has candidates). */
import type React from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Formasi } from '../../../shared/domain/selection';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFormat } from '../../format/use-format';
import { useSelections } from '../../state/services';
import { EMPTY_FORMASI, FormasiForm } from './FormasiForm';

type Editing = { mode: 'add' } | { mode: 'edit'; formasi: Formasi } | null;

// A stable empty list, so the selector below does not return a new array on every render.
const NONE: Formasi[] = [];

/** Renders the formasi section of a selection. */
export function FormasiSection(props: { selectionId: string }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const { selectionId } = props;
  const list = useSelections((state) => state.formasi[selectionId] ?? NONE);
  const status = useSelections((state) => state.formasiStatus[selectionId] ?? 'idle');
  const loadError = useSelections((state) => state.formasiError[selectionId] ?? null);
  const loadFormasi = useSelections((state) => state.loadFormasi);
  const createFormasi = useSelections((state) => state.createFormasi);
  const updateFormasi = useSelections((state) => state.updateFormasi);
  const deleteFormasi = useSelections((state) => state.deleteFormasi);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Formasi | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    void loadFormasi(selectionId);
  }, [loadFormasi, selectionId]);

  const confirmDelete = async (formasi: Formasi) => {
    setDeleting(null);
    setError(null);
    try {
      await deleteFormasi(formasi);
      setNotice(t('formasi.deletedNotice', { code: formasi.code }));
    } catch (refusal) {
      // Typically formasi.hasCandidates: the server refuses, the message says what to do.
      setError(refusal);
    }
  };

  return (
    <div className="panel" role="region" aria-labelledby="formasi-title">
      <div className="panel-header">
        <h2 id="formasi-title">{t('formasi.title')}</h2>
        {editing ? null : (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setEditing({ mode: 'add' });
              setNotice('');
              setError(null);
            }}
          >
            {t('formasi.add')}
          </button>
        )}
      </div>
      <p role="status" className="status-line">
        {notice}
      </p>
      <ErrorNotice error={error} />
      <ErrorNotice error={loadError} onRetry={() => void loadFormasi(selectionId)} />

      {editing?.mode === 'add' ? (
        <FormasiForm
          initial={EMPTY_FORMASI}
          title={t('formasi.addTitle')}
          submitLabel={t('formasi.addSubmit')}
          onCancel={() => setEditing(null)}
          onSubmit={async (fields) => {
            await createFormasi(selectionId, fields);
            setEditing(null);
            setNotice(t('formasi.addedNotice', { code: fields.code }));
          }}
        />
      ) : null}
      {editing?.mode === 'edit' ? (
        <FormasiForm
          key={editing.formasi.id}
          initial={{ ...editing.formasi, quota: String(editing.formasi.quota) }}
          title={t('formasi.editTitle', { code: editing.formasi.code })}
          submitLabel={t('common.saveChanges')}
          onCancel={() => setEditing(null)}
          onSubmit={async (fields) => {
            await updateFormasi(editing.formasi, fields);
            setEditing(null);
            setNotice(t('formasi.savedNotice', { code: fields.code }));
          }}
        />
      ) : null}

      {status === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
      {status === 'ready' && list.length === 0 ? (
        <p className="empty-inline">{t('formasi.empty')}</p>
      ) : null}
      {list.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('formasi.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('formasi.fields.code')}</th>
                <th scope="col">{t('formasi.fields.jabatan')}</th>
                <th scope="col">{t('formasi.fields.unit')}</th>
                <th scope="col">{t('formasi.fields.pendidikan')}</th>
                <th scope="col" className="numeric">
                  {t('formasi.fields.quota')}
                </th>
                <th scope="col" className="numeric">
                  {t('formasi.candidateCount')}
                </th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((formasi) => (
                <tr key={formasi.id}>
                  <th scope="row">{formasi.code}</th>
                  <td>{formasi.jabatan}</td>
                  <td>{formasi.unit}</td>
                  <td>{formasi.pendidikan}</td>
                  <td className="numeric">{format.number(formasi.quota)}</td>
                  <td className="numeric">{format.number(formasi.candidateCount)}</td>
                  <td className="actions">
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('formasi.editNamed', { code: formasi.code })}
                      onClick={() => {
                        setEditing({ mode: 'edit', formasi });
                        setNotice('');
                        setError(null);
                      }}
                    >
                      {t('common.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button-small button-danger-outline"
                      aria-label={t('formasi.deleteNamed', { code: formasi.code })}
                      onClick={() => {
                        setDeleting(formasi);
                        setNotice('');
                        setError(null);
                      }}
                    >
                      {t('common.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {deleting ? (
        <ConfirmDialog
          title={t('formasi.deleteTitle', { code: deleting.code })}
          message={t('formasi.deleteMessage', { code: deleting.code, jabatan: deleting.jabatan })}
          confirmLabel={t('formasi.deleteConfirm')}
          cancelLabel={t('common.cancel')}
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => void confirmDelete(deleting)}
        />
      ) : null}
    </div>
  );
}
