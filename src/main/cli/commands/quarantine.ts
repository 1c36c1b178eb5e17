/**
 * `panitia quarantine list|resolve --db FILE`: what a merge held back, and a person's decision
 * on one item, always with a reason (docs/merge.md).
 */
import { choicesOf, resolveQuarantine } from '../../core/merge/resolve';
import { listQuarantine } from '../../core/merge/quarantine';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { printQuarantine } from '../merge-print';
import { say, type Output } from '../output';

/** Prints every quarantine item with its reason and, when undecided, what --accept may choose. */
export async function quarantineList(
  output: Output,
  options: { db: string; json?: boolean },
): Promise<number> {
  const store = await openStore(options.db);
  try {
    const items = listQuarantine(store.db);
    if (options.json) {
      output.out(
        JSON.stringify(
          items.map((item) => ({ ...item, choices: choicesOf(store, item) })),
          null,
          2,
        ),
      );
      return EXIT.ok;
    }
    printQuarantine(output, items, (item) => {
      const choices = item.resolved === null ? choicesOf(store, item) : [];
      return choices.length > 0
        ? [say(output, 'quarantineChoices', { choices: choices.join(', ') })]
        : [];
    });
    return EXIT.ok;
  } finally {
    store.close();
  }
}

/** Options of `panitia quarantine resolve`. */
export interface ResolveOptions {
  db: string;
  item?: string;
  accept?: string | true;
  reject?: boolean;
  reason?: string;
}

/** Records an accept (of one choice) or a reject of one item, and replays the state. */
export async function quarantineResolve(output: Output, options: ResolveOptions): Promise<number> {
  const accept = options.accept !== undefined;
  if (!options.item || accept === Boolean(options.reject) || options.reason === undefined) {
    output.err(say(output, 'quarantineNeedDecision'));
    return EXIT.usage;
  }
  const store = await openStore(options.db);
  try {
    const item = resolveQuarantine(store, {
      itemId: options.item,
      decision: accept ? 'accept' : 'reject',
      choice: typeof options.accept === 'string' ? options.accept : null,
      reason: options.reason,
    });
    output.out(
      say(output, 'quarantineResolved', {
        id: item.id,
        decision: say(output, `decision.${accept ? 'accept' : 'reject'}`),
      }),
    );
    return EXIT.ok;
  } finally {
    store.close();
  }
}
