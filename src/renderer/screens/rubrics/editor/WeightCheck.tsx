/**
 * The live weight check: "Total bobot: 95 / 100" in the warning colour until the aspects add up
 * to exactly 100, summed in hundredths as the publish check does; "Bagi rata" splits 100 evenly.
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { totalWeightHundredths } from '../../../../shared/rubric/check-rubric';
import { WEIGHT_TOTAL_HUNDREDTHS } from '../../../../shared/rubric/weights';
import { useFormat } from '../../../format/use-format';

/** Renders the check for `weights` (NaN for a weight that is not a number). */
export function WeightCheck(props: {
  weights: readonly number[];
  onEven: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const total = totalWeightHundredths(props.weights.map((weight) => ({ weight })));
  const ok = total === WEIGHT_TOTAL_HUNDREDTHS;
  const share = total === null ? 0 : Math.min(100, total / 100);
  const gap = total === null ? 0 : Math.abs(WEIGHT_TOTAL_HUNDREDTHS - total) / 100;

  return (
    <div className={ok ? 'weight-check weight-ok' : 'weight-check weight-warn'}>
      <p className="weight-total" data-testid="weight-total">
        {total === null
          ? t('rubric.weights.unreadable')
          : t('rubric.weights.total', { total: format.number(total / 100) })}
      </p>
      <div className="weight-bar" aria-hidden="true">
        <span style={{ width: `${share}%` }} />
      </div>
      <p className="weight-verdict">
        {total === null
          ? t('rubric.weights.unreadableHint')
          : ok
            ? t('rubric.weights.ok')
            : total < WEIGHT_TOTAL_HUNDREDTHS
              ? t('rubric.weights.short', { gap: format.number(gap) })
              : t('rubric.weights.over', { gap: format.number(gap) })}
      </p>
      <button
        type="button"
        className="button button-small"
        disabled={props.weights.length === 0}
        onClick={props.onEven}
      >
        {t('rubric.weights.even')}
      </button>
    </div>
  );
}
