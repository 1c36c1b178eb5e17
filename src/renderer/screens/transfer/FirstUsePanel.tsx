/**
 * First use of a setup package on an empty installation: the person compares the package
 * signer's fingerprint with the one the central office gave by phone or letter, types it, and this
 * installation starts as the office named here (the central key is pinned once, in the merge).
 */
import type React from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Output } from '../../../shared/contract/contract';
import type { ReceivedBundleView } from '../../../shared/contract/merge-contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Field';
import { FingerprintText } from '../../components/FingerprintText';
import { formatNumber } from '../../format/format';
import { useServices } from '../../state/services';
import { mergeReportPath } from './MergeJobPanel';

type Inspection = Output<'setup:inspect'>;
type Started = Output<'setup:start'>;

/**
 * Renders the start form for `file` when this store is empty; nothing otherwise. `onEmpty` learns
 * whether the store is empty, so the screen keeps the package out of a plain merge meanwhile.
 */
export function FirstUsePanel(props: {
  file: ReceivedBundleView;
  onEmpty: (empty: boolean) => void;
  /** Called once the office has started from the package (it is merged and its signer pinned). */
  onStarted: () => void;
}): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const { fileId } = props.file;
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [office, setOffice] = useState('');
  const [typed, setTyped] = useState('');
  const [label, setLabel] = useState(() => t('transfer.firstUse.centralDefault'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [started, setStarted] = useState<Started | null>(null);

  const { onEmpty } = props;
  useEffect(() => {
    api['setup:inspect']({ fileId }).then((value) => {
      setInspection(value);
      onEmpty(value.storeEmpty);
    }, setError);
  }, [api, fileId, onEmpty]);

  if (started) {
    return (
      <div className="panel notice-ok" role="status">
        <h2>{t('transfer.firstUse.startedTitle', { office: office.trim() })}</h2>
        <p>
          {t('transfer.firstUse.started', {
            selections: started.selections.join(', '),
            candidates: formatNumber(started.candidates, i18n.language),
          })}
        </p>
        {started.reportId ? (
          <Link className="button" to={mergeReportPath(started.reportId)}>
            {t('transfer.bundleImport.openReport')}
          </Link>
        ) : null}
      </div>
    );
  }
  if (!inspection) return error ? <ErrorNotice error={error} /> : null;
  if (!inspection.storeEmpty) return null;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const input = { fileId, office, confirmedFingerprint: typed, centralLabel: label };
      setStarted(await api['setup:start'](input));
      setError(null);
      props.onStarted();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel" aria-labelledby="first-use-title" onSubmit={submit}>
      <h2 id="first-use-title">{t('transfer.firstUse.title')}</h2>
      <p>{t('transfer.firstUse.intro', { name: props.file.name })}</p>
      <p>{t('transfer.firstUse.signer')}</p>
      <p data-testid="setup-fingerprint">
        <FingerprintText fingerprint={inspection.fingerprint} large />
      </p>
      <p>{t('transfer.firstUse.compare')}</p>
      <TextField
        id="first-use-office"
        label={t('transfer.firstUse.office')}
        value={office}
        onChange={setOffice}
      />
      <TextField
        id="first-use-fingerprint"
        label={t('transfer.firstUse.typed')}
        hint={t('transfer.firstUse.typedHint')}
        value={typed}
        onChange={setTyped}
      />
      <TextField
        id="first-use-label"
        label={t('transfer.firstUse.label')}
        value={label}
        onChange={setLabel}
      />
      <ErrorNotice error={error} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t('transfer.firstUse.starting') : t('transfer.firstUse.start')}
      </button>
    </form>
  );
}
