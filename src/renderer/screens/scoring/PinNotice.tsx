/**
 * Why a PIN was refused, in words an assessor can act on: how many tries are left, or until
 * what time the PIN is locked; any other refusal as its own translated message.
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import { describeError } from '../../components/describe-error';
import { useFormat } from '../../format/use-format';

/** Shows `error` (if any) as an alert. */
export function PinNotice(props: { error: unknown; id?: string }): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { error } = props;
  if (error === null || error === undefined) return null;
  let text = describeError(error, i18n.language, t);
  if (error instanceof ApiError && error.code === 'assessor.wrongPin') {
    text = t('scoring.pin.wrong', { remaining: Number(error.params.remaining ?? 0) });
  } else if (error instanceof ApiError && error.code === 'assessor.lockedOut') {
    text = t('scoring.pin.lockedOut', { until: format.dateTime(String(error.params.until)) });
  }
  return (
    <div className="notice notice-error" role="alert" id={props.id}>
      <p>{text}</p>
    </div>
  );
}
