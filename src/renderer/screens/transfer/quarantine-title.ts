/** What a person recognises a quarantine item by: the office, or the candidate and component. */
import type { TFunction } from 'i18next';
import type { Output } from '../../../shared/contract/contract';

/** One item of the quarantine list. */
export type QuarantineItem = Output<'quarantine:list'>[number];

/** The item's title line. */
export function quarantineTitle(t: TFunction, item: QuarantineItem): string {
  const office = item.office ?? t('quarantine.unknownOffice');
  if (item.kind === 'sheetConflict') {
    return t('quarantine.titles.sheetConflict', {
      nomor: item.candidate?.nomorPeserta ?? String(item.params.candidate),
      nama: item.candidate?.nama ?? '',
      component: item.component ?? '',
    });
  }
  return t(`quarantine.titles.${item.kind}`, { office });
}
