/**
 * A power cut or a crash while assessors type and submit must lose nothing the app acknowledged:
 * a child process types drafts keystroke by keystroke and submits sheets, and is killed with
 * SIGKILL at random moments, again and again on the same store. After every kill, every
 * acknowledged sheet is there with a valid signature, every draft is exactly the last
 * acknowledged keystroke (or the one in flight, whose commit may have landed just before the
 * kill), the journal chain verifies and `integrity_check` is ok; at the end a rebuild from the
 * journal gives the same state.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../src/main/core/demo/random';
import { rebuildState } from '../../../../src/main/core/journal/rebuild';
import { verifyJournal } from '../../../../src/main/core/journal/verify';
import { findSheet } from '../../../../src/main/core/scoring/sheet-rows';
import { openStore, type Store } from '../../../../src/main/core/store/open-store';
import { stateSnapshot } from '../../../helpers/state-snapshot';
import { killFloor } from './kill-floor';
import { keystrokes, plannedSheets, type KillPlan, type PlannedSheet } from './kill-plan';

const KILLS = 50;
/**
 * About 1,030 candidates in the largest formasi × 3 assessors: more sheets than 50 runs type (1,200
 * rows ran out at kill 41 once the sheet rules read the cached plan and rubric; a quiet machine
 * types about 1,500 sheets in 50 runs).
 */
const ROWS = 4000;
const ROOT = join(__dirname, '../../../..');
const CHILD = join(__dirname, 'submit-child.ts');

/** A child started ahead of time: it loads the core and waits for "go". */
interface Child {
  process: ChildProcess;
  lines: string[];
  ready: Promise<void>;
  closed: Promise<NodeJS.Signals | null>;
}

function startChild(planFile: string): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, planFile], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let rest = '';
  let stderr = '';
  let onReady: () => void = () => undefined;
  let onFail: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    onReady = resolve;
    onFail = reject;
  });
  // A warm child killed at the end never gets ready; only an awaited `ready` may fail the test.
  ready.catch(() => undefined);
  child.stdout?.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString()).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      // The kill timer starts once the child is writing, past its start-up and first statements.
      if (line.startsWith('draft') || line.startsWith('acknowledged')) onReady();
      if (line.startsWith('error')) onFail(new Error(line));
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const closed = new Promise<NodeJS.Signals | null>((resolve) => {
    child.on('close', (_code, signal) => {
      onFail(new Error(`child ended before it wrote: ${stderr}`));
      resolve(signal);
    });
  });
  return { process: child, lines, ready, closed };
}

/**
 * Which keystroke of every sheet is stored: 0 none, 1…K a draft, K + 1 submitted, -1 a draft
 * that is none of the keystrokes. Plain SQL: the signatures are checked where they are new.
 */
function observed(store: Store, plan: KillPlan, sheets: PlannedSheet[]): Map<number, number> {
  const submitted = new Set(
    store.db
      .prepare(
        `SELECT candidate_id || ' ' || assessor_id FROM score_sheets
         WHERE session_id = ? AND is_current = 1`,
      )
      .pluck()
      .all(plan.sessionId) as string[],
  );
  const drafts = new Map(
    (
      store.db
        .prepare(
          `SELECT candidate_id || ' ' || assessor_id AS key, entry_json AS entry
           FROM sheet_drafts WHERE session_id = ?`,
        )
        .all(plan.sessionId) as Array<{ key: string; entry: string }>
    ).map((row) => [row.key, row.entry]),
  );
  return new Map(
    sheets.map((sheet) => {
      const key = `${sheet.candidateId} ${sheet.assessorId}`;
      const typed = keystrokes(sheet.index).map((d) => JSON.stringify(d));
      if (submitted.has(key)) return [sheet.index, typed.length + 1];
      const draft = drafts.get(key);
      if (draft === undefined) return [sheet.index, 0];
      const k = typed.indexOf(JSON.stringify(JSON.parse(draft)));
      return [sheet.index, k === -1 ? -1 : k + 1];
    }),
  );
}

describe('SIGKILL while assessors type and submit', () => {
  it(`loses no acknowledged sheet or keystroke over ${KILLS} kills`, async () => {
    const { planFile, plan } = await killFloor(ROWS);
    const sheets = plannedSheets(plan);
    const complete = (index: number) => keystrokes(index).length + 1;
    const seed = Date.now() >>> 0;
    const random = seededRandom(seed);
    const where = (kill: number) => `seed ${seed}, kill ${kill}`;
    // Where each sheet stands as far as the children acknowledged, counted as `observed` does.
    const acked = new Map<number, number>(sheets.map((s) => [s.index, 0]));
    const ackedSheets = new Map<string, number>();
    let keystrokesAcked = 0;
    let inFlightLanded = 0;
    // Two children warm up while one works, so the tsx start-ups overlap the runs.
    const warm = [startChild(planFile), startChild(planFile)];
    try {
      for (let kill = 1; kill <= KILLS; kill += 1) {
        const child = warm.shift() as Child;
        warm.push(startChild(planFile));
        child.process.stdin?.write('go\n');
        await child.ready;
        await sleep(random.int(20, 300));
        child.process.kill('SIGKILL');
        expect(await child.closed, where(kill)).toBe('SIGKILL');
        expect(child.lines, `${where(kill)}: plan too small`).not.toContain('finished');

        const fresh: string[] = [];
        for (const line of child.lines) {
          const [word, a, b] = line.split(' ');
          if (word === 'draft') {
            acked.set(Number(a), Number(b));
            keystrokesAcked += 1;
          }
          if (word === 'acknowledged') {
            acked.set(Number(b), complete(Number(b)));
            ackedSheets.set(a as string, Number(b));
            fresh.push(a as string);
          }
        }

        const store = await openStore(plan.db);
        try {
          expect(store.db.pragma('integrity_check', { simple: true }), where(kill)).toBe('ok');
          expect(verifyJournal(store.db).ok, where(kill)).toBe(true);
          for (const id of fresh) {
            const sheet = findSheet(store.db, id);
            const planned = sheets[ackedSheets.get(id) as number] as PlannedSheet;
            expect(sheet?.signatureValid, `${where(kill)}: sheet ${id}`).toBe(true);
            expect(sheet?.content.candidateId).toBe(planned.candidateId);
            expect(sheet?.content.assessorId).toBe(planned.assessorId);
          }
          const stored = observed(store, plan, sheets);
          for (const sheet of sheets) {
            const before = acked.get(sheet.index) as number;
            const now = stored.get(sheet.index) as number;
            // The last acknowledged keystroke, or the one in flight when the kill came.
            expect([before, before + 1], `${where(kill)}: sheet ${sheet.index}`).toContain(now);
            if (now === before + 1) inFlightLanded += 1;
            acked.set(sheet.index, now);
          }
        } finally {
          store.close();
        }
      }
    } finally {
      for (const child of warm) child.process.kill('SIGKILL');
      await Promise.all(warm.map((child) => child.closed));
    }

    const store = await openStore(plan.db);
    try {
      for (const id of ackedSheets.keys()) {
        expect(findSheet(store.db, id)?.signatureValid, `sheet ${id}`).toBe(true);
      }
      const submitted = sheets.filter((s) => acked.get(s.index) === complete(s.index)).length;
      expect(store.db.prepare('SELECT count(*) FROM score_sheets').pluck().get()).toBe(submitted);
      // The kills must have landed among the writes, not in idle children: on average every run
      // acknowledged keystrokes, and sheets were submitted across the runs.
      expect(keystrokesAcked).toBeGreaterThanOrEqual(KILLS);
      expect(ackedSheets.size).toBeGreaterThanOrEqual(10);
      const before = stateSnapshot(store.db);
      rebuildState(store.db);
      expect(stateSnapshot(store.db)).toEqual(before);
      expect(verifyJournal(store.db).ok).toBe(true);
      console.info(
        `submit-kill: ${KILLS} kills, ${keystrokesAcked} keystrokes and ` +
          `${ackedSheets.size} sheets acknowledged, ${submitted} sheets stored, ` +
          `${inFlightLanded} unacknowledged writes had landed (seed ${seed})`,
      );
    } finally {
      store.close();
    }
  }, 300_000);
});
