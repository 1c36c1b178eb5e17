/**
 * Scoring sittings: an assessor opens one with their PIN (scrypt, under the lock-out) and their
 * private key stays unsealed in main-process memory until they close it or it idles out. The
 * renderer holds only the sitting's random id. Submitting still asks for the PIN, compared here
 * against a salted hash kept in memory, so a confirmation costs microseconds instead of two scrypt
 * runs, and a walk-up to an unattended laptop still cannot submit (docs/score-entry.md).
 */
import { createHash, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Assessor } from '../../../shared/domain/assessor';
import { AppError } from '../../../shared/errors';
import {
  MAX_FAILURES,
  readAttempts,
  recordFailure,
  resetAttempts,
} from '../assessors/pin-attempts';
import { assertMayWrite } from '../assessors/guards';
import { getAssessor } from '../assessors/queries';
import { unlockPrivateKey } from '../assessors/unlock';

/** How long an untouched sitting keeps the key: a short break, not a lunch hour. */
export const SITTING_IDLE_MS = 15 * 60_000;

/** An open sitting: who, with which key, until when. */
export interface Sitting {
  readonly id: string;
  readonly assessorId: string;
  readonly keyVersion: number;
  readonly privateKey: KeyObject;
  lastUsed: number;
}

interface HeldSitting extends Sitting {
  readonly pinSalt: Buffer;
  readonly pinDigest: Buffer;
}

/** What the renderer learns when a sitting opens. */
export interface OpenedSitting {
  sittingId: string;
  assessor: Assessor;
  idleMs: number;
}

function digest(salt: Buffer, pin: string): Buffer {
  return createHash('sha256').update(salt).update(pin, 'utf8').digest();
}

/** The open sittings of one main process. */
export class Sittings {
  private readonly held = new Map<string, HeldSitting>();

  constructor(private readonly idleMs: number = SITTING_IDLE_MS) {}

  /** Checks the PIN, unseals the key and opens a sitting; observers are refused first. */
  open(db: Database, assessorId: string, pin: string, now: Date): OpenedSitting {
    assertMayWrite(db, assessorId);
    const privateKey = unlockPrivateKey(db, assessorId, pin, now);
    const assessor = getAssessor(db, assessorId);
    // One sitting per assessor: opening again (another tab, a reload) replaces the old one.
    for (const [id, sitting] of this.held)
      if (sitting.assessorId === assessorId) this.held.delete(id);
    const pinSalt = randomBytes(16);
    const sitting: HeldSitting = {
      id: randomBytes(32).toString('hex'),
      assessorId,
      keyVersion: assessor.keyVersion,
      privateKey,
      lastUsed: now.getTime(),
      pinSalt,
      pinDigest: digest(pinSalt, pin),
    };
    this.held.set(sitting.id, sitting);
    return { sittingId: sitting.id, assessor, idleMs: this.idleMs };
  }

  /**
   * The sitting, refreshed; `sitting.expired` when it is unknown, idle too long, or the
   * assessor's key changed since (a chair reset the PIN).
   */
  use(db: Database, sittingId: string, now: Date): Sitting {
    const sitting = this.held.get(sittingId);
    if (!sitting) throw new AppError('sitting.expired');
    const assessor = getAssessor(db, sitting.assessorId);
    if (
      now.getTime() - sitting.lastUsed > this.idleMs ||
      assessor.keyVersion !== sitting.keyVersion
    ) {
      this.held.delete(sittingId);
      throw new AppError('sitting.expired');
    }
    sitting.lastUsed = now.getTime();
    return sitting;
  }

  /**
   * Confirms the PIN typed on submit. A wrong one counts against the lock-out exactly as at the
   * door; a lock-out closes the sitting.
   */
  confirmPin(db: Database, sittingId: string, pin: string, now: Date): Sitting {
    const sitting = this.use(db, sittingId, now) as HeldSitting;
    const { lockedUntil } = readAttempts(db, sitting.assessorId);
    if (lockedUntil && now.getTime() < Date.parse(lockedUntil)) {
      this.held.delete(sittingId);
      throw new AppError('assessor.lockedOut', { until: lockedUntil });
    }
    if (timingSafeEqual(digest(sitting.pinSalt, pin), sitting.pinDigest)) {
      resetAttempts(db, sitting.assessorId);
      return sitting;
    }
    const run = recordFailure(db, sitting.assessorId, now);
    if (run.lockedUntil) {
      this.held.delete(sittingId);
      throw new AppError('assessor.lockedOut', { until: run.lockedUntil });
    }
    throw new AppError('assessor.wrongPin', { remaining: MAX_FAILURES - run.failures });
  }

  /** Closes a sitting (the assessor is done, or steps away); closing twice is harmless. */
  close(sittingId: string): void {
    this.held.delete(sittingId);
  }
}
