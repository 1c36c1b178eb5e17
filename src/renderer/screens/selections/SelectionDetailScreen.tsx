/** One selection: edit its fields, manage its formasi and see the state of their scoring plans. */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { PATHS } from '../../app/paths';
import { useSelections } from '../../state/services';
import { PlanSection } from '../plans/PlanSection';
import { FormasiSection } from './FormasiSection';
import { SelectionForm } from './SelectionForm';

/** Renders the detail of the selection named in the address. */
export function SelectionDetailScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const { selectionId = '' } = useParams();
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  const selection = useSelections(
    (state) => state.selections.find((s) => s.id === selectionId) ?? null,
  );
  const status = useSelections((state) => state.status);
  const activeId = useSelections((state) => state.activeId);
  const setActive = useSelections((state) => state.setActive);
  const update = useSelections((state) => state.update);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  if (!selection) {
    return (
      <section className="screen">
        <h1 tabIndex={-1}>{t('selections.detailTitle')}</h1>
        {status === 'ready' ? (
          <div className="empty-state">
            <p>{t('selections.notFound')}</p>
            <Link to={PATHS.selections}>{t('selections.backToList')}</Link>
          </div>
        ) : (
          <p role="status">{t('common.loading')}</p>
        )}
      </section>
    );
  }

  return (
    <section className="screen" aria-labelledby="selection-title">
      <p className="breadcrumb">
        <Link to={PATHS.selections}>{t('selections.backToList')}</Link>
      </p>
      <div className="screen-header">
        <h1 id="selection-title" tabIndex={-1}>
          {selection.name}
        </h1>
        {selection.id === activeId ? (
          <span className="badge">{t('selections.active')}</span>
        ) : (
          <button type="button" className="button" onClick={() => setActive(selection.id)}>
            {t('selections.makeActive')}
          </button>
        )}
      </div>
      <p role="status" className="status-line">
        {saved
          ? t('selections.savedNotice')
          : created
            ? t('selections.createdNotice', { name: selection.name })
            : ''}
      </p>

      <div className="panel">
        <div className="panel-header">
          <h2>{t('selections.fieldsTitle')}</h2>
          {editing ? null : (
            <button
              type="button"
              className="button"
              onClick={() => {
                setEditing(true);
                setSaved(false);
              }}
            >
              {t('selections.edit')}
            </button>
          )}
        </div>
        {editing ? (
          <SelectionForm
            initial={{ ...selection, year: String(selection.year) }}
            title={t('selections.editTitle')}
            submitLabel={t('common.saveChanges')}
            onCancel={() => setEditing(false)}
            onSubmit={async (fields) => {
              await update(selection.id, fields);
              setEditing(false);
              setSaved(true);
            }}
          />
        ) : (
          <dl className="facts">
            <dt>{t('selection.fields.year')}</dt>
            <dd>{selection.year}</dd>
            <dt>{t('selection.fields.type')}</dt>
            <dd>{t(`selection.types.${selection.type}`)}</dd>
            <dt>{t('selection.fields.instansi')}</dt>
            <dd>{selection.instansi}</dd>
            <dt>{t('selection.fields.location')}</dt>
            <dd>{selection.location}</dd>
          </dl>
        )}
      </div>

      <FormasiSection selectionId={selection.id} />
      <PlanSection selectionId={selection.id} />
    </section>
  );
}
