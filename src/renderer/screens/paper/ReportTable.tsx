/**
 * One list of the paper-import report: a titled panel with a captioned table that shows the
 * first rows and more on request, so a bad pair of files with thousands of rows stays usable.
 */
import type React from 'react';
import { useState } from 'react';
import { MoreRows } from '../../components/MoreRows';

/** Rows rendered at first and per "show more". */
const ROWS_PER_STEP = 500;

/** What a list shows; `row` renders one `<tr>` of `items`. */
export interface ReportTableProps<T> {
  id: string;
  title: string;
  help: React.ReactNode;
  caption: string;
  testId: string;
  head: React.ReactNode;
  items: readonly T[];
  row: (item: T, index: number) => React.ReactNode;
}

/** Renders the list (nothing when it is empty). */
export function ReportTable<T>(props: ReportTableProps<T>): React.JSX.Element | null {
  const [shown, setShown] = useState(ROWS_PER_STEP);
  const total = props.items.length;
  if (total === 0) return null;
  return (
    <div className="panel" role="region" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.help}
      <div className="table-wrap">
        <table className="table table-compact" data-testid={props.testId}>
          <caption className="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>{props.head}</tr>
          </thead>
          <tbody>{props.items.slice(0, shown).map(props.row)}</tbody>
        </table>
      </div>
      <MoreRows
        shown={Math.min(shown, total)}
        total={total}
        onMore={() => setShown((count) => count + ROWS_PER_STEP)}
      />
    </div>
  );
}
