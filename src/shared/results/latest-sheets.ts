/**
 * Which sheet versions count: per assessor, the latest version of their chain. An amendment
 * replaces the version it supersedes, so a version that another one supersedes never counts.
 * The store and the merge keep one head per chain (a fork is quarantined); should input carry
 * two heads anyway, the higher version and then the greater id wins, so the choice never depends
 * on the order the sheets arrive in.
 */
import type { ResultSheet } from './input';

/**
 * The counted version of each assessor among the sheets of `componentKey` in `sheets` (one
 * candidate's), sorted by assessor id. Chains are short, so plain loops beat building sets;
 * `amended` says whether any of `sheets` supersedes another, which most candidates never do.
 */
export function latestSheets(
  sheets: readonly ResultSheet[],
  componentKey: string,
  amended: boolean,
): ResultSheet[] {
  let count = 0;
  for (let i = 0; i < sheets.length; i++) {
    const sheet = sheets[i] as ResultSheet;
    if (sheet.componentKey !== componentKey) continue;
    if (amended && isSuperseded(sheet, sheets)) continue;
    count = placeHead(scratch, count, sheet);
  }
  // The heads are kept in a reused scratch list and copied out at their exact size: 600,000
  // results hold these lists, and growing each from empty would allocate far more. The scratch
  // entries past `count` are stale and never read.
  return scratch.slice(0, count);
}

const scratch: ResultSheet[] = [];

/** Whether any sheet of `sheets` supersedes another. */
export function anyAmendment(sheets: readonly ResultSheet[]): boolean {
  for (let i = 0; i < sheets.length; i++) {
    if ((sheets[i] as ResultSheet).supersedes !== null) return true;
  }
  return false;
}

/**
 * Places `sheet` among the first `count` entries of `heads`, kept sorted by assessor id with one
 * sheet per assessor (the later one); returns the new count.
 */
function placeHead(heads: ResultSheet[], count: number, sheet: ResultSheet): number {
  let at = count;
  for (let h = 0; h < count; h++) {
    const head = heads[h] as ResultSheet;
    if (head.assessorId === sheet.assessorId) {
      if (laterThan(sheet, head)) heads[h] = sheet;
      return count;
    }
    if (sheet.assessorId < head.assessorId) {
      at = h;
      break;
    }
  }
  for (let h = count; h > at; h--) heads[h] = heads[h - 1] as ResultSheet;
  heads[at] = sheet;
  return count + 1;
}

function isSuperseded(sheet: ResultSheet, sheets: readonly ResultSheet[]): boolean {
  for (let i = 0; i < sheets.length; i++) {
    if ((sheets[i] as ResultSheet).supersedes === sheet.id) return true;
  }
  return false;
}

function laterThan(a: ResultSheet, b: ResultSheet): boolean {
  return a.version !== b.version ? a.version > b.version : a.id > b.id;
}

/** Code-unit order: the same in every locale, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
