/** Finds the editor field a rubric problem points at: the deepest element whose id matches. */
import type { RubricPath } from '../../../../shared/rubric/check-rubric';

/** The id of the editor element for `path` (`rf-aspects-1-levels-2-anchor`). */
export function rubricFieldId(path: RubricPath): string {
  return ['rf', ...path].join('-');
}

/** Focuses (and scrolls to) the field `path` names, or the nearest enclosing part of the form. */
export function focusRubricField(path: RubricPath): void {
  for (let length = path.length; length >= 0; length -= 1) {
    const element = document.getElementById(rubricFieldId(path.slice(0, length)));
    if (element) {
      element.focus();
      element.scrollIntoView?.({ block: 'center' });
      return;
    }
  }
}
