/**
 * Ranking within one formasi: by final score, highest first, then the tie-break chain.
 * Candidates still equal after the whole chain share a rank (competition ranking: 1, 2, 2, 4)
 * and are marked tied; among them the listing follows nomor peserta, which decides nothing.
 */
import type { TieBreak } from '../plan/plan';
import { compareText } from './latest-sheets';
import { compare, equals, type Rational } from './rational';
import { compareChain, type ChainSubject, type ResolvedLink } from './tie-break';

/** A candidate that takes part in the ranking; only candidates with a final score do. */
export interface RankSubject extends ChainSubject {
  final: Rational | null;
}

/** Where a subject landed. */
export interface Placement<T extends RankSubject> {
  subject: T;
  rank: number;
  /** Tied with at least one other subject after the whole chain. */
  tied: boolean;
  /** The deepest link needed to separate it from the subjects with the same final score. */
  decidedBy: TieBreak | null;
  /** The number of subjects sharing this rank (1 unless tied). */
  sharedBy: number;
}

/** The subjects in rank order with their ranks. */
export function rankSubjects<T extends RankSubject>(
  subjects: readonly T[],
  chain: readonly ResolvedLink[],
): Placement<T>[] {
  const sorted = [...subjects].sort((a, b) => {
    const byFinal = compare(finalOf(b), finalOf(a));
    if (byFinal !== 0) return byFinal;
    const { order } = compareChain(a, b, chain);
    if (order !== 0) return order;
    const byNumber = compareText(a.candidate.nomorPeserta, b.candidate.nomorPeserta);
    return byNumber !== 0 ? byNumber : compareText(a.candidate.id, b.candidate.id);
  });
  // levels[i]: how subject i relates to subject i − 1: -1 = a different final score, chain.length
  // = tied on every link, otherwise the index of the link that separated them.
  const levels = sorted.map((subject, i) => {
    const previous = sorted[i - 1];
    if (!previous || !equals(finalOf(previous), finalOf(subject))) return -1;
    return compareChain(previous, subject, chain).level;
  });
  const tiedLevel = chain.length;
  const placements: Placement<T>[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const level = levels[i] as number;
    const rank = level === tiedLevel ? (placements[i - 1] as Placement<T>).rank : i + 1;
    const next = levels[i + 1] ?? -1;
    const tied = level === tiedLevel || next === tiedLevel;
    const deepest = Math.max(level, next);
    placements.push({
      subject: sorted[i] as T,
      rank,
      tied,
      decidedBy: tied || deepest < 0 ? null : (chain[deepest] as ResolvedLink).link,
      sharedBy: 1,
    });
  }
  const perRank = new Map<number, number>();
  for (const { rank } of placements) perRank.set(rank, (perRank.get(rank) ?? 0) + 1);
  for (const placement of placements) placement.sharedBy = perRank.get(placement.rank) ?? 1;
  return placements;
}

function finalOf(subject: RankSubject): Rational {
  if (subject.final === null) throw new RangeError(`${subject.candidate.id} has no final score`);
  return subject.final;
}
