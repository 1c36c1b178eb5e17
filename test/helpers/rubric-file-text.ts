/** The text of a rubric file around any content, as a person or another tool could write one. */

/**
 * A published rubric file holding `content` (checked or not) under fixed ids and a placeholder
 * hash; `rubric` overrides any field of the file's `rubric` object.
 */
export function rubricFileText(content: unknown, rubric: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'panitia-rubric',
    formatVersion: 1,
    rubric: {
      id: '0f8b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d',
      rubricId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      version: 1,
      status: 'published',
      contentHash: 'a'.repeat(64),
      content,
      ...rubric,
    },
  });
}
