/** The friendly stop sign of screens that need an active selection. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATHS } from '../app/paths';

/** Explains that a selection must be chosen first, with a link to Seleksi. */
export function NoActiveSelection(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="empty-state">
      <h2>{t('noSelection.title')}</h2>
      <p>{t('noSelection.body')}</p>
      <Link className="button button-primary" to={PATHS.selections}>
        {t('noSelection.action')}
      </Link>
    </div>
  );
}
