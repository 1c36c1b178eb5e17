/**
 * `panitia rubric show --db FILE --id ID`: one rubric version as an assessor would read it:
 * aspects with weight and scale, indicators, the anchor of every level, and the content hash.
 */
import { checkRubricContent } from '../../../shared/rubric/check-rubric';
import type { RubricVersion } from '../../../shared/rubric/rubric';
import { lowestPossibleScore } from '../../../shared/rubric/score';
import { getRubric } from '../../core/rubrics/queries';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { say, type Output } from '../output';

/** Prints version `id` of `dbFile`. */
export async function rubricShow(output: Output, dbFile: string, id: string): Promise<number> {
  const store = await openStore(dbFile);
  try {
    for (const line of showLines(output, getRubric(store.db, id))) output.out(line);
    return EXIT.ok;
  } finally {
    store.close();
  }
}

function showLines(output: Output, rubric: RubricVersion): string[] {
  const { content } = rubric;
  const number = new Intl.NumberFormat(output.language === 'en' ? 'en' : 'id-ID', {
    maximumFractionDigits: 2,
  });
  const lines = [
    content.title,
    say(output, 'showMeta', {
      version: rubric.version,
      status: say(output, `status.${rubric.status}`),
      kind: say(output, `kind.${content.kind}`),
      aspects: content.aspects.length,
    }),
    say(output, 'showVersionId', { id: rubric.id }),
    say(output, 'showRubricId', { id: rubric.rubricId }),
    say(output, 'showHash', { hash: rubric.contentHash }),
  ];
  if (content.durationMinutes !== null) {
    lines.push(say(output, 'showDuration', { minutes: content.durationMinutes }));
  }
  if (content.instructions !== '') {
    lines.push('', say(output, 'showInstructions'), ...indent(content.instructions));
  }
  content.aspects.forEach((aspect, index) => {
    lines.push(
      '',
      say(output, 'showAspect', {
        n: index + 1,
        code: aspect.code,
        title: aspect.title,
        weight: number.format(aspect.weight),
        min: aspect.scale.min,
        max: aspect.scale.max,
      }),
    );
    if (aspect.description !== '') lines.push(...indent(aspect.description));
    for (const text of aspect.indicators) lines.push(say(output, 'showIndicator', { text }));
    for (const level of aspect.levels) lines.push(say(output, 'showLevel', level));
    if (aspect.noteRequiredAtExtremes) lines.push(say(output, 'showNoteRequired'));
  });
  if (content.sources.length > 0) {
    lines.push('', say(output, 'showSources'));
    for (const text of content.sources) lines.push(say(output, 'showIndicator', { text }));
  }
  const check = checkRubricContent(content);
  lines.push(
    '',
    check.ok
      ? say(output, 'showRange', {
          lowest: number.format(lowestPossibleScore(check.content).value),
        })
      : say(output, 'showIncomplete', { count: check.problems.length }),
  );
  return lines;
}

function indent(text: string): string[] {
  return text.split('\n').map((line) => `  ${line}`);
}
