/**
 * The Impor and Ekspor channels (merge-contract.ts): files received into the data folder, merges
 * run as jobs in this process with progress and cancel, first use of a setup package, and signed
 * exports. Every signature comes from the device key unlocked in this run (current-signer.ts).
 */
import type { Handlers } from '../../../shared/contract/contract';
import type { MergeJobView } from '../../../shared/contract/merge-contract';
import { exportBundleBytes } from '../bundle/export-to-bytes';
import { toWireError } from '../contract/wire-error';
import { currentSigner } from '../device/current-signer';
import type { HandlerContext } from '../handlers';
import { MergeJobs, type MergeJob } from '../merge/jobs';
import { mergeBundles } from '../merge/merge';
import { receiveBundle, receivedPath } from '../merge/receive';
import { resultsContents } from '../merge/results-contents';
import { inspectSetup, startOffice } from '../merge/start-office';

type MergeChannel =
  | 'bundle:receive'
  | 'merge:start'
  | 'merge:status'
  | 'merge:cancel'
  | 'setup:inspect'
  | 'setup:start'
  | 'bundle:export'
  | 'bundle:exportContents';

/** Builds the Impor and Ekspor handlers over one store and its data folder. */
export function mergeHandlers(context: HandlerContext): Pick<Handlers, MergeChannel> {
  const { store, dataDir } = context;
  const { db } = store;
  const jobs = new MergeJobs();
  // The names files were dropped under, for the merge report (they are saved under their hash).
  const names = new Map<string, string>();
  const isEmpty = () => db.prepare('SELECT 1 FROM selections LIMIT 1').get() === undefined;
  return {
    'bundle:receive': async ({ name, contentBase64 }) => {
      const received = await receiveBundle(
        { db, deviceId: store.deviceId, dataDir },
        name,
        Buffer.from(contentBase64, 'base64'),
      );
      names.set(received.fileId, name);
      return received;
    },
    'merge:start': ({ fileIds }) => {
      // Refused up front: a merge that would fail only at its end, after reading every file.
      const signer = currentSigner(context);
      const files = fileIds.map((id) => receivedPath(dataDir, id));
      const fileNames = fileIds.map((id) => names.get(id) ?? `${id}.panitia`);
      const jobId = jobs.start((signal, onProgress) =>
        mergeBundles(store, files, { signer, signal, onProgress, fileNames }),
      );
      return { jobId };
    },
    'merge:status': ({ jobId }) => jobView(jobs.get(jobId)),
    'merge:cancel': ({ jobId }) => jobView(jobs.cancel(jobId)),
    'setup:inspect': async ({ fileId }) => {
      const signer = await inspectSetup(store, receivedPath(dataDir, fileId));
      const text = (value: unknown) => (typeof value === 'string' ? value : null);
      return {
        fingerprint: signer.fingerprint,
        trust: signer.trust,
        createdBy: { office: text(signer.createdBy.office), device: text(signer.createdBy.device) },
        storeEmpty: isEmpty(),
      };
    },
    'setup:start': async ({ fileId, ...input }) => {
      const signer = currentSigner(context);
      const outcome = await startOffice(store, receivedPath(dataDir, fileId), { ...input, signer });
      return {
        reportId: outcome.reportId,
        selections: db
          .prepare('SELECT name FROM selections ORDER BY name')
          .pluck()
          .all() as string[],
        candidates: db.prepare('SELECT count(*) FROM candidates').pluck().get() as number,
      };
    },
    'bundle:export': ({ kind, office }) =>
      exportBundleBytes(store, currentSigner(context), kind, office),
    'bundle:exportContents': () => resultsContents(db),
  };
}

/** A job as the status channel sends it; its error translated as any wire error is. */
function jobView(job: MergeJob): MergeJobView {
  return {
    state: job.state,
    progress: job.progress,
    outcome: job.outcome && { reportId: job.outcome.reportId, report: job.outcome.report },
    // The renderer translates the code into its own language; 'id' is only the default wording.
    error:
      job.state === 'failed' || job.state === 'cancelled' ? toWireError(job.error, 'id') : null,
  };
}
