import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { record } from '../../../../src/main/core/journal/record';
import { createRubric, publishRubric } from '../../../../src/main/core/rubrics/commands';
import { rubricContentHash } from '../../../../src/main/core/rubrics/content-hash';
import { getRubric } from '../../../../src/main/core/rubrics/queries';
import { appErrorOf } from '../../../helpers/app-error';
import { makeAspect, makeRubric } from '../../../helpers/rubric-fixtures';
import { tempStore } from '../../../helpers/temp-store';

// Entries written straight to the journal, as a merged or hand-made journal could hold them: the
// appliers must refuse what the commands would never write.
const complete = makeRubric([makeAspect('A', 60), makeAspect('B', 40)]);
const origin = { type: 'new' } as const;

describe('rubric appliers', () => {
  it('refuse to publish under a hash that is not the content’s', async () => {
    const store = await tempStore();
    const draft = createRubric(store, complete);
    expect(
      appErrorOf(() =>
        record(store, 'rubric.published', { id: draft.id, contentHash: 'c'.repeat(64) }),
      ),
    ).toMatchObject({ code: 'journal.invalidPayload', params: { kind: 'rubric.published' } });
    expect(getRubric(store.db, draft.id).status).toBe('draft');
  });

  it('refuse to publish incomplete content even with its right hash', async () => {
    const store = await tempStore();
    const content = makeRubric([makeAspect('A', 50)]);
    const draft = createRubric(store, content);
    const error = appErrorOf(() =>
      record(store, 'rubric.published', { id: draft.id, contentHash: rubricContentHash(content) }),
    );
    expect(error).toMatchObject({ code: 'rubric.invalid', params: { count: 1 } });
  });

  it('refuse an edit of a published version and a version number out of sequence', async () => {
    const store = await tempStore();
    const published = publishRubric(store, createRubric(store, complete).id);
    expect(
      appErrorOf(() => record(store, 'rubric.draftSaved', { id: published.id, content: complete }))
        .code,
    ).toBe('rubric.notDraft');
    const gap = {
      id: randomUUID(),
      rubricId: published.rubricId,
      version: 3,
      content: complete,
      origin,
    };
    expect(appErrorOf(() => record(store, 'rubric.created', gap)).code).toBe(
      'journal.invalidPayload',
    );
    const next = { ...gap, version: 2 };
    record(store, 'rubric.created', next);
    expect(
      appErrorOf(() => record(store, 'rubric.created', { ...next, id: randomUUID(), version: 3 })),
    ).toMatchObject({ code: 'rubric.draftExists', params: { version: 2 } });
  });

  it('refuse an imported version whose hash or content is wrong', async () => {
    const store = await tempStore();
    const imported = {
      id: randomUUID(),
      rubricId: randomUUID(),
      version: 1,
      status: 'published' as const,
      content: complete,
      contentHash: 'd'.repeat(64),
      origin,
    };
    expect(appErrorOf(() => record(store, 'rubric.imported', imported)).code).toBe(
      'journal.invalidPayload',
    );
    const incomplete = makeRubric([makeAspect('A', 10)]);
    expect(
      appErrorOf(() =>
        record(store, 'rubric.imported', {
          ...imported,
          content: incomplete,
          contentHash: rubricContentHash(incomplete),
        }),
      ).code,
    ).toBe('rubric.invalid');
    expect(store.db.prepare('SELECT count(*) FROM journal').pluck().get()).toBe(0);
  });
});
