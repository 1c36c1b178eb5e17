/**
 * The tie-break chain (docs/results-computation.md): candidates with the same final score are
 * ordered by the first link that separates them. Higher wins on every link but `oldest`, where
 * the earlier date of birth wins. A candidate without the value a link reads loses that link to
 * one who has it; two without it are equal there and the next link decides.
 *
 * `ipk_ijazah` reads the IPK when there is one, else the nilai ijazah; to compare the two scales
 * the IPK (0–4) is taken × 25 onto the ijazah's 0–100, exactly (IPK 3.40 ≡ ijazah 85).
 */
import { tieBreakComponentKey, type PlanComponent, type TieBreak } from '../plan/plan';
import type { ResultCandidate } from './input';
import { compare, fromDecimal, multiply, type Rational } from './rational';
import { roundForDisplay } from './round';

/** A link resolved against the plan once per formasi. */
export interface ResolvedLink {
  link: TieBreak;
  /** For `component:<key>`, the component's index in plan order. */
  componentIndex: number;
}

/** What the chain reads of a ranked candidate: their data and component scores in plan order. */
export interface ChainSubject {
  candidate: ResultCandidate;
  components: readonly { readonly score: Rational | null }[];
}

/** The chain with each `component:<key>` link pointed at its index. */
export function resolveChain(
  chain: readonly TieBreak[],
  components: readonly PlanComponent[],
): ResolvedLink[] {
  return chain.map((link) => {
    const key = tieBreakComponentKey(link);
    const componentIndex = key === null ? -1 : components.findIndex((c) => c.key === key);
    if (key !== null && componentIndex < 0) throw new RangeError(`tie-break: no component ${key}`);
    return { link, componentIndex };
  });
}

/**
 * Compares a and b along the chain: negative when a ranks before b, positive when after, with
 * the index of the deciding link; `{order: 0, level: chain.length}` when tied on every link.
 */
export function compareChain(
  a: ChainSubject,
  b: ChainSubject,
  chain: readonly ResolvedLink[],
): { order: number; level: number } {
  for (let level = 0; level < chain.length; level++) {
    const order = compareLink(a, b, chain[level] as ResolvedLink);
    if (order !== 0) return { order, level };
  }
  return { order: 0, level: chain.length };
}

/** Negative when a wins the link, positive when b does, 0 when equal there. */
function compareLink(a: ChainSubject, b: ChainSubject, resolved: ResolvedLink): number {
  const { link, componentIndex } = resolved;
  if (link === 'oldest') return earlierWins(a.candidate.tanggalLahir, b.candidate.tanggalLahir);
  if (link === 'ipk_ijazah') return higherWinsExact(ipkIjazah(a.candidate), ipkIjazah(b.candidate));
  if (componentIndex >= 0) {
    return higherWinsExact(
      a.components[componentIndex]?.score ?? null,
      b.components[componentIndex]?.score ?? null,
    );
  }
  return higherWins(wholeInput(a.candidate, link), wholeInput(b.candidate, link));
}

function wholeInput(candidate: ResultCandidate, link: TieBreak): number | null {
  const { skd } = candidate;
  const cat = candidate.catPppk ?? null;
  switch (link) {
    case 'skd_total':
      return skd && skd.twk + skd.tiu + skd.tkp;
    case 'skd_tkp':
      return skd && skd.tkp;
    case 'skd_tiu':
      return skd && skd.tiu;
    case 'skd_twk':
      return skd && skd.twk;
    case 'cat_teknis':
      return cat && cat.teknis;
    case 'cat_manajerial_sk':
      return cat && cat.manajerialSosialKultural;
    case 'cat_wawancara':
      return cat && cat.wawancara;
    default:
      throw new RangeError(`tie-break link ${link}`);
  }
}

/**
 * What link `resolved` reads of `subject`, as the results screen shows it beside a tie: the
 * value as entered (SKD points, IPK or ijazah, date of birth) or a component's display score.
 */
export function linkValueText(subject: ChainSubject, resolved: ResolvedLink): string | null {
  const { link, componentIndex } = resolved;
  const { candidate } = subject;
  if (link === 'oldest') return candidate.tanggalLahir;
  if (link === 'ipk_ijazah') {
    if (candidate.ipk !== null) return `IPK ${candidate.ipk}`;
    return candidate.nilaiIjazah === null ? null : `${candidate.nilaiIjazah}`;
  }
  if (componentIndex >= 0) {
    const score = subject.components[componentIndex]?.score ?? null;
    return score === null ? null : roundForDisplay(score);
  }
  const value = wholeInput(candidate, link);
  return value === null ? null : String(value);
}

const IPK_TO_HUNDRED: Rational = { n: 25, d: 1 };

/** IPK × 25, else nilai ijazah, on 0–100; null when the candidate has neither. */
export function ipkIjazah(candidate: ResultCandidate): Rational | null {
  if (candidate.ipk !== null) return multiply(fromDecimal(candidate.ipk), IPK_TO_HUNDRED);
  if (candidate.nilaiIjazah !== null) return fromDecimal(candidate.nilaiIjazah);
  return null;
}

function higherWins(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

function higherWinsExact(a: Rational | null, b: Rational | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(b, a);
}

function earlierWins(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
