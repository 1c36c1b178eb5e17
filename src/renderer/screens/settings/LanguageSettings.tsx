/** The language choice as radio buttons (the same setting as the header switch). */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/language';

/** Renders the language fieldset. */
export function LanguageSettings(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  return (
    <div className="panel">
      <fieldset className="radio-group">
        <legend>{t('language.label')}</legend>
        <p className="field-hint">{t('settings.languageHint')}</p>
        {LANGUAGES.map((language) => (
          <label key={language} className="radio">
            <input
              type="radio"
              name="language"
              value={language}
              checked={i18n.language === language}
              onChange={() => void i18n.changeLanguage(language)}
            />
            <span lang={language}>{t(`language.names.${language}`)}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
