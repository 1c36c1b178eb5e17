/** Seleksi: every selection on this laptop, the active one marked, and the "Buat seleksi" form. */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { selectionPath } from '../../app/paths';
import { useSelections } from '../../state/services';
import { SelectionForm } from './SelectionForm';
import { SelectionTable } from './SelectionTable';
import { emptySelectionDraft } from './validation';

/** Renders the Seleksi screen. */
export function SelectionsScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const selections = useSelections((state) => state.selections);
  const status = useSelections((state) => state.status);
  const create = useSelections((state) => state.create);
  const [creating, setCreating] = useState(false);

  return (
    <section className="screen" aria-labelledby="selections-title">
      <div className="screen-header">
        <h1 id="selections-title" tabIndex={-1}>
          {t('selections.title')}
        </h1>
        {creating ? null : (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            {t('selections.create')}
          </button>
        )}
      </div>
      <p className="screen-intro">{t('selections.intro')}</p>

      {creating ? (
        <div className="panel">
          <h2>{t('selections.createTitle')}</h2>
          <SelectionForm
            initial={emptySelectionDraft()}
            title={t('selections.createTitle')}
            submitLabel={t('selections.createSubmit')}
            onCancel={() => setCreating(false)}
            onSubmit={async (fields) => {
              const selection = await create(fields);
              setCreating(false);
              void navigate(selectionPath(selection.id), { state: { created: true } });
            }}
          />
        </div>
      ) : null}

      {status === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
      {status === 'ready' && selections.length === 0 && !creating ? (
        <div className="empty-state">
          <h2>{t('selections.emptyTitle')}</h2>
          <p>{t('selections.emptyBody')}</p>
        </div>
      ) : null}
      {selections.length > 0 ? <SelectionTable selections={selections} /> : null}
    </section>
  );
}
