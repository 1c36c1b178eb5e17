/**
 * The child the submit-kill test kills: run with tsx, it loads the core, waits for "go" on stdin
 * (so the parent can start it ahead of time), opens the prepared store and a sitting per
 * assessor, then types and submits the planned sheets, resuming each from its stored draft. Every
 * line goes out with writeSync AFTER the call it reports has returned, so a line the parent reads
 * is a write the core acknowledged.
 */
import { readFileSync, writeSync } from 'node:fs';
import { saveDraft, submitSheet } from '../../../../src/main/core/scoring/commands';
import { readDraft } from '../../../../src/main/core/scoring/drafts';
import { Sittings } from '../../../../src/main/core/scoring/sittings';
import { openStore } from '../../../../src/main/core/store/open-store';
import { keystrokes, plannedSheets, type KillPlan } from './kill-plan';

function say(line: string): void {
  writeSync(1, `${line}\n`);
}

async function run(plan: KillPlan): Promise<void> {
  const store = await openStore(plan.db);
  const sittings = new Sittings();
  const sittingOf = new Map(
    plan.assessors.map(({ id, pin }) => [
      id,
      sittings.open(store.db, id, pin, store.now()).sittingId,
    ]),
  );
  // One query rather than a signature check per sheet already done, to start typing at once.
  const done = new Set(
    store.db
      .prepare(
        `SELECT candidate_id || ' ' || assessor_id FROM score_sheets
         WHERE session_id = ? AND is_current = 1`,
      )
      .pluck()
      .all(plan.sessionId) as string[],
  );
  const todo = plannedSheets(plan).filter((s) => !done.has(`${s.candidateId} ${s.assessorId}`));
  for (const sheet of todo) {
    const key = {
      sessionId: plan.sessionId,
      candidateId: sheet.candidateId,
      assessorId: sheet.assessorId,
    };
    const drafts = keystrokes(sheet.index);
    const stored = readDraft(store.db, key);
    // Resume after the stored keystroke, as an assessor coming back to the screen would.
    const typed = stored
      ? drafts.findIndex(
          (d) =>
            JSON.stringify(d) ===
            JSON.stringify({ levels: stored.levels, notes: stored.notes, note: stored.note }),
        ) + 1
      : 0;
    const target = {
      sittingId: sittingOf.get(sheet.assessorId) as string,
      sessionId: plan.sessionId,
      candidateId: sheet.candidateId,
    };
    for (let k = typed; k < drafts.length; k += 1) {
      saveDraft(store, sittings, target, drafts[k]!);
      say(`draft ${sheet.index} ${k + 1}`);
    }
    const view = submitSheet(store, sittings, target, sheet.pin, drafts[drafts.length - 1]!);
    say(`acknowledged ${view.content.id} ${sheet.index}`);
  }
  say('finished');
  // Stay alive: the parent decides when this process ends.
  setInterval(() => undefined, 60_000);
}

process.stdin.once('data', () => {
  const plan = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as KillPlan;
  run(plan).catch((error: unknown) => {
    say(`error ${String(error)}`);
    process.exit(1);
  });
});
