/** Pengaturan: language, facts about this installation, and the journal check. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { AppInfoPanel } from './AppInfoPanel';
import { JournalPanel } from './JournalPanel';
import { LanguageSettings } from './LanguageSettings';

/** Renders the Pengaturan screen. */
export function SettingsScreen(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <section className="screen" aria-labelledby="settings-title">
      <h1 id="settings-title" tabIndex={-1}>
        {t('settings.title')}
      </h1>
      <LanguageSettings />
      <AppInfoPanel />
      <JournalPanel />
    </section>
  );
}
