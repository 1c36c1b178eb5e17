/** The handlers of the paper fallback: double-entry check and import of transcribed sheets. */
import type { Handlers, ParsedInput } from '../../../shared/contract/contract';
import { checkPaper, importPaper, type PaperRequest } from '../paper/import-paper';
import type { Store } from '../store/open-store';

type PaperChannel = 'paper:check' | 'paper:import';

function requestOf(input: ParsedInput<'paper:check'>): PaperRequest {
  const file = (f: { fileName: string; contentBase64: string }) => ({
    fileName: f.fileName,
    bytes: Buffer.from(f.contentBase64, 'base64'),
  });
  return {
    fileA: file(input.fileA),
    fileB: file(input.fileB),
    operatorAId: input.operatorAId,
    operatorBId: input.operatorBId,
  };
}

/** Builds the paper handlers over one store (imports back it up first). */
export function paperHandlers(store: Store): Pick<Handlers, PaperChannel> {
  return {
    'paper:check': (input) => checkPaper(store, requestOf(input)),
    'paper:import': ({ pin, ...input }) => importPaper(store, { ...requestOf(input), pin }),
  };
}
