/**
 * "Templat bawaan": the built-in rubrics. "Gunakan apa adanya" installs the template's published
 * version unchanged (same identity and hash in every office); "Salin untuk diubah" starts a draft.
 */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { rubricPath } from '../../app/paths';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useRubrics } from '../../state/services';

/** Renders the templates with their two actions. */
export function TemplatesPanel(): React.JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const templates = useRubrics((state) => state.templates);
  const fromTemplate = useRubrics((state) => state.fromTemplate);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const start = async (templateId: string, mode: 'use' | 'copy') => {
    setBusy(true);
    setError(null);
    try {
      const rubric = await fromTemplate(templateId, mode);
      void navigate(rubricPath(rubric.id), {
        state: { notice: mode === 'use' ? 'used' : 'copied' },
      });
    } catch (refusal) {
      setError(refusal);
      setBusy(false);
    }
  };

  return (
    <div className="panel" role="region" aria-labelledby="templates-title">
      <h2 id="templates-title">{t('rubrics.templates.title')}</h2>
      <p className="muted">{t('rubrics.templates.intro')}</p>
      <ErrorNotice error={error} />
      <ul className="template-grid">
        {templates.map((template) => (
          <li key={template.templateId} className="template-card">
            <h3>{template.title}</h3>
            <p className="muted">
              {t(`rubric.kinds.${template.kind}`)} ·{' '}
              {t('rubrics.aspectCount', { count: template.aspectCount })}
            </p>
            {template.installed ? (
              <p>
                <span className="badge">{t('rubrics.templates.installed')}</span>
              </p>
            ) : null}
            <div className="button-row">
              {template.installed ? (
                <Link
                  className="button button-small"
                  to={rubricPath(template.versionId)}
                  aria-label={t('rubrics.templates.openNamed', { title: template.title })}
                >
                  {t('rubrics.open')}
                </Link>
              ) : (
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  aria-label={t('rubrics.templates.useNamed', { title: template.title })}
                  onClick={() => void start(template.templateId, 'use')}
                >
                  {t('rubrics.templates.use')}
                </button>
              )}
              <button
                type="button"
                className="button button-small button-primary"
                disabled={busy}
                aria-label={t('rubrics.templates.copyNamed', { title: template.title })}
                onClick={() => void start(template.templateId, 'copy')}
              >
                {t('rubrics.templates.copy')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
