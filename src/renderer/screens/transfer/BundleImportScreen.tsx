/**
 * Impor: bundle files dropped or chosen, each sent to the main process one after another to be
 * kept and verified, listed with its verdict; then merged as a job with progress and cancel. A
 * setup package on an empty installation offers first use instead (FirstUsePanel).
 */
import type React from 'react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceivedBundleView } from '../../../shared/contract/merge-contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fileToBase64 } from '../../state/file-to-base64';
import { useServices } from '../../state/services';
import { useDevice } from '../device/use-device';
import { BundleDropZone } from './BundleDropZone';
import { FirstUsePanel } from './FirstUsePanel';
import { LockedKeyNotice } from './LockedKeyNotice';
import { MergeJobPanel } from './MergeJobPanel';
import { ReceivedBundleList } from './ReceivedBundleList';
import { useMergeJob } from './use-merge-job';

/** Renders the bundle import screen. */
export function BundleImportScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const { api } = useServices();
  const device = useDevice();
  const merge = useMergeJob();
  const [files, setFiles] = useState<ReceivedBundleView[]>([]);
  const [uploading, setUploading] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  // While the store is empty a setup package is for first use: merged plainly, its signer not yet
  // pinned, it would go to quarantine and count as merged, and first use could not take it again.
  const [empty, setEmpty] = useState(false);
  const onEmpty = useCallback((value: boolean) => setEmpty(value), []);
  // The package an office started from: its panel stays, to say what was received.
  const [startedFrom, setStartedFrom] = useState<string | null>(null);
  const started = (fileId: string) => {
    setEmpty(false);
    setStartedFrom(fileId);
    setFiles((list) =>
      list.map((f) =>
        f.fileId === fileId ? { ...f, alreadyMerged: true, trust: 'trusted' as const } : f,
      ),
    );
  };

  const receive = async (chosen: File[]) => {
    setError(null);
    // One after another: each file is whole in memory only while it is sent.
    for (const file of chosen) {
      setUploading(file.name);
      try {
        const contentBase64 = await fileToBase64(file);
        const received = await api['bundle:receive']({ name: file.name, contentBase64 });
        setFiles((list) => [...list.filter((f) => f.fileId !== received.fileId), received]);
      } catch (failure) {
        setError(failure);
      }
    }
    setUploading(null);
  };

  // Files the last merge took in are merged now: the list says so without asking again.
  const taken = new Set(
    (merge.job?.outcome?.report.bundles ?? [])
      .filter((b) => b.outcome === 'merged' || b.outcome === 'held')
      .map((b) => b.hash),
  );
  const shown = files.map((f) => (taken.has(f.fileId) ? { ...f, alreadyMerged: true } : f));
  const mergeable = shown.filter(
    (f) => f.valid && !f.alreadyMerged && !(empty && f.kind === 'setup'),
  );
  const running = merge.job?.state === 'running';
  const locked = device.status !== null && !device.status.unlocked;
  const setupFile =
    shown.find((f) => f.fileId === startedFrom) ??
    shown.find((f) => f.valid && f.kind === 'setup' && !f.alreadyMerged);

  return (
    <section className="screen" aria-labelledby="bundle-import-title">
      <h1 id="bundle-import-title" tabIndex={-1}>
        {t('transfer.bundleImport.title')}
      </h1>
      <p>{t('transfer.bundleImport.intro')}</p>
      {locked ? <LockedKeyNotice /> : null}
      <BundleDropZone disabled={uploading !== null || running} onFiles={receive} />
      <div className="progress" role="status" aria-live="polite">
        {uploading ? t('transfer.bundleImport.uploading', { name: uploading }) : null}
      </div>
      <ErrorNotice error={error} />
      {files.length > 0 ? (
        <ReceivedBundleList files={shown} firstUse={empty ? setupFile?.fileId : undefined} />
      ) : null}
      {setupFile && !locked ? (
        <FirstUsePanel
          key={setupFile.fileId}
          file={setupFile}
          onEmpty={onEmpty}
          onStarted={() => started(setupFile.fileId)}
        />
      ) : null}
      {files.length > 0 ? (
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            disabled={mergeable.length === 0 || running || uploading !== null}
            onClick={() => void merge.start(mergeable.map((f) => f.fileId))}
          >
            {t('transfer.bundleImport.merge', { count: mergeable.length })}
          </button>
        </div>
      ) : null}
      <ErrorNotice error={merge.error} />
      {merge.job ? <MergeJobPanel job={merge.job} onCancel={merge.cancel} /> : null}
    </section>
  );
}
