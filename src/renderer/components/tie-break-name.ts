/** The name of a tie-break link as the plan editor and the results screen show it. */
import type { TFunction } from 'i18next';
import { TIE_BREAK_INPUTS, tieBreakComponentKey, type TieBreak } from '../../shared/plan/plan';

/** "Nilai TKP", or "Nilai komponen Wawancara" for `component:<key>` (label from `labelOf`). */
export function tieBreakName(
  t: TFunction,
  link: TieBreak,
  labelOf: (componentKey: string) => string | undefined,
): string {
  const key = tieBreakComponentKey(link);
  if (key === null) {
    const input = TIE_BREAK_INPUTS.find((i) => i === link);
    return input ? t(`plan.tieBreaks.${input}`) : link;
  }
  return t('plan.tieBreaks.component', { label: labelOf(key) || key });
}
