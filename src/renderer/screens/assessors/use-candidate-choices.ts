/** Type-to-search over the selection's candidates, keeping only the answer to the latest query. */
import { useEffect, useRef, useState } from 'react';
import type { CandidateRow } from '../../../shared/contract/contract';
import { useAssessors } from '../../state/services';

interface Answer {
  query: string;
  rows: CandidateRow[];
  error: unknown;
}

/** The candidates matching `query` (the first few), the last error, and whether it is loading. */
export function useCandidateChoices(selectionId: string, query: string) {
  const search = useAssessors((state) => state.searchCandidates);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    // A slow answer to an earlier keystroke must not replace the answer to the latest one.
    search(selectionId, query.trim()).then(
      (rows) => {
        if (request === latest.current) setAnswer({ query, rows, error: null });
      },
      (error: unknown) => {
        if (request === latest.current) setAnswer({ query, rows: [], error });
      },
    );
  }, [search, selectionId, query]);

  return {
    rows: answer?.rows ?? [],
    error: answer?.error ?? null,
    loading: answer?.query !== query,
  };
}
