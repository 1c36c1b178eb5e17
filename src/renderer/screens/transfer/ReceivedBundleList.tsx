/** The received files, one row each: what it is, who signed it, and the verdict in plain words. */
import type { TFunction } from 'i18next';
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceivedBundleView } from '../../../shared/contract/merge-contract';
import { errorMessage, type ErrorCode } from '../../../shared/i18n/errors';
import { FingerprintText } from '../../components/FingerprintText';
import { formatNumber } from '../../format/format';
import { isLanguage } from '../../i18n/language';

/** The verdict sentence of one received file; `firstUse` when it awaits first use. */
export function verdictText(
  file: ReceivedBundleView,
  language: string,
  t: TFunction,
  firstUse = false,
): string {
  if (file.problem) {
    const lang = isLanguage(language) ? language : 'id';
    const message = errorMessage(file.problem.code as ErrorCode, file.problem.params, lang);
    return t('transfer.bundleImport.invalid', { line: file.problem.line, message });
  }
  if (file.alreadyMerged) return t('transfer.bundleImport.alreadyMerged');
  // On an empty store the package waits for a person to compare its signer, not for quarantine.
  if (firstUse) return t('transfer.bundleImport.firstUse');
  if (file.trust === 'untrusted' || file.trust === 'revoked') {
    return t(`transfer.bundleImport.${file.trust}`);
  }
  return t('transfer.bundleImport.valid');
}

/** Renders the table of received files; `firstUse` names the setup package awaiting first use. */
export function ReceivedBundleList(props: {
  files: ReceivedBundleView[];
  firstUse?: string;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const kb = (size: number) => formatNumber(Math.max(1, Math.round(size / 1024)), i18n.language);
  return (
    <table className="table bundle-list">
      <caption className="visually-hidden">{t('transfer.bundleImport.listLabel')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('transfer.bundleImport.columns.file')}</th>
          <th scope="col">{t('transfer.bundleImport.columns.verdict')}</th>
          <th scope="col">{t('transfer.bundleImport.columns.kind')}</th>
          <th scope="col">{t('transfer.bundleImport.columns.office')}</th>
          <th scope="col">{t('transfer.bundleImport.columns.signer')}</th>
        </tr>
      </thead>
      <tbody>
        {props.files.map((file) => (
          <tr key={file.fileId}>
            <td>
              {file.name}
              <br />
              <small>{t('transfer.bundleImport.size', { kb: kb(file.size) })}</small>
            </td>
            <td className={file.valid ? undefined : 'verdict-invalid'}>
              {verdictText(file, i18n.language, t, file.fileId === props.firstUse)}
            </td>
            <td>{file.kind ? t(`transfer.bundleImport.kinds.${file.kind}`) : '—'}</td>
            <td>{file.createdBy.office ?? '—'}</td>
            <td>{file.fingerprint ? <FingerprintText fingerprint={file.fingerprint} /> : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
