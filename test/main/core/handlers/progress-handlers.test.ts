import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src/main/core/contract/dispatch';
import { submitSheet } from '../../../../src/main/core/scoring/commands';
import type { Output } from '../../../../src/shared/contract/contract';
import { asyncAppErrorOf } from '../../../helpers/app-error';
import { handlersOver } from '../../../helpers/handlers';
import { PIN } from '../assessors/fixtures';
import { entry, scoringSession } from '../scoring/fixtures';

describe('scoring:missing through dispatch', () => {
  it('names the owed sheets without any score, and validates its input', async () => {
    const day = await scoringSession();
    const { store, sittings, s1, target, session, penguji } = day;
    const handlers = handlersOver(store);
    submitSheet(store, sittings, target(s1), PIN.penguji, entry(5, 4, 'catatan rahasia'));
    const owed = (await dispatch(handlers, 'scoring:missing', {
      sessionId: session.id,
    })) as Output<'scoring:missing'>;
    expect(owed).toHaveLength(8);
    expect(
      owed.some(
        (sheet) => sheet.assessorId === penguji.id && sheet.candidateId === target(s1).candidateId,
      ),
    ).toBe(false);
    expect(JSON.stringify(owed)).not.toContain('catatan rahasia');
    const error = await asyncAppErrorOf(() =>
      dispatch(handlers, 'scoring:missing', { sessionId: session.id, pin: PIN.penguji }),
    );
    expect(error.code).toBe('request.invalid');
  });
});
