/** The handlers of the document channels (src/shared/contract/document-contract.ts). */
import type { Handlers } from '../../../shared/contract/contract';
import { blankSheetsFileName, blankSheetsPdf } from '../documents/blank-sheets';
import { printReport } from '../documents/report';
import type { HandlerContext } from '../handlers';

/** The document part of the handlers. */
export function documentHandlers({
  store,
  resourcesDir,
}: HandlerContext): Pick<Handlers, 'documents:blankSheets' | 'documents:report'> {
  return {
    'documents:blankSheets': async ({ sessionId, candidateIds, language }) => {
      const pdf = await blankSheetsPdf(
        store.db,
        { sessionId, candidateIds },
        resourcesDir,
        language,
      );
      return {
        fileName: blankSheetsFileName(store.db, sessionId, language),
        contentBase64: pdf.toString('base64'),
      };
    },
    'documents:report': async ({ kind, sessionId, candidateId, formasiId, language }) => {
      // The results hash is read from the store, so every page matches the data it came from.
      const { pdf, fileName } = await printReport(
        store.db,
        kind,
        { sessionId, candidateId, formasiId },
        resourcesDir,
        language,
      );
      return { fileName, contentBase64: pdf.toString('base64') };
    },
  };
}
