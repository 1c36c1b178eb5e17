/** Two buttons, "ID" and "EN", switching the UI language at once. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/language';

/** The header's language switch. */
export function LanguageSwitch(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-button"
          aria-pressed={i18n.language === language}
          aria-label={t(`language.names.${language}`)}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {t(`language.short.${language}`)}
        </button>
      ))}
    </div>
  );
}
