/** The header: app name, the active selection (name, year, type) and the language switch. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useActiveSelection } from '../state/use-active-selection';
import { LanguageSwitch } from './LanguageSwitch';
import { PATHS, selectionPath } from './paths';

/** Renders the header. */
export function Header(): React.JSX.Element {
  const { t } = useTranslation();
  const active = useActiveSelection();
  return (
    <header className="app-header">
      <div className="app-title">{t('app.name')}</div>
      <div className="active-selection" data-testid="active-selection">
        <span className="active-selection-label">{t('header.activeSelection')}</span>{' '}
        {active ? (
          <Link to={selectionPath(active.id)} className="active-selection-name">
            {t('header.selectionSummary', {
              name: active.name,
              year: active.year,
              type: active.type,
            })}
          </Link>
        ) : (
          <Link to={PATHS.selections}>{t('header.noActiveSelection')}</Link>
        )}
      </div>
      <LanguageSwitch />
    </header>
  );
}
