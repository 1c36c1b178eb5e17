/** Rubrik: the built-in templates, every rubric on this laptop, a new rubric, and file import. */
import type React from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { rubricPath } from '../../app/paths';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useRubrics } from '../../state/services';
import { blankContent } from './editor/rubric-form';
import { RubricImport } from './RubricImport';
import { RubricTable } from './RubricTable';
import { TemplatesPanel } from './TemplatesPanel';

/** Renders the Rubrik screen. */
export function RubricsScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const deleted = (useLocation().state as { deleted?: boolean } | null)?.deleted === true;
  const load = useRubrics((state) => state.load);
  const status = useRubrics((state) => state.status);
  const error = useRubrics((state) => state.error);
  const rubrics = useRubrics((state) => state.rubrics);
  const create = useRubrics((state) => state.create);
  const [createError, setCreateError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  const createRubric = async () => {
    setCreating(true);
    setCreateError(null);
    try {
      const rubric = await create(blankContent());
      void navigate(rubricPath(rubric.id), { state: { notice: 'created' } });
    } catch (refusal) {
      setCreateError(refusal);
      setCreating(false);
    }
  };

  return (
    <section className="screen" aria-labelledby="rubrics-title">
      <div className="screen-header">
        <h1 id="rubrics-title" tabIndex={-1}>
          {t('rubrics.title')}
        </h1>
        <button
          type="button"
          className="button button-primary"
          disabled={creating}
          onClick={() => void createRubric()}
        >
          {t('rubrics.create')}
        </button>
      </div>
      <p className="screen-intro">{t('rubrics.intro')}</p>
      <p role="status" className="status-line">
        {deleted ? t('rubrics.deleted') : ''}
      </p>
      <ErrorNotice error={createError} />
      <ErrorNotice error={error} onRetry={() => void load()} />
      {status === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
      {status === 'ready' ? <TemplatesPanel /> : null}

      <div className="panel" role="region" aria-labelledby="own-rubrics-title">
        <h2 id="own-rubrics-title">{t('rubrics.ownTitle')}</h2>
        <RubricImport />
        {status === 'ready' && rubrics.length === 0 ? (
          <p className="empty-inline">{t('rubrics.empty')}</p>
        ) : null}
        {rubrics.length > 0 ? <RubricTable rubrics={rubrics} /> : null}
      </div>
    </section>
  );
}
