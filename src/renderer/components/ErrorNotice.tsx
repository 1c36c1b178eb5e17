/** A translated error message, announced to screen readers as soon as it appears. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error';

/** Shows `error` (if any) as an alert, with an optional retry button. */
export function ErrorNotice(props: {
  error: unknown;
  onRetry?: () => void;
}): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  if (props.error === null || props.error === undefined) return null;
  return (
    <div className="notice notice-error" role="alert">
      <p>{describeError(props.error, i18n.language, t)}</p>
      {props.onRetry ? (
        <button type="button" className="button" onClick={props.onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
