/**
 * A list of one-line texts (an aspect's indicators, a rubric's sources): edit, add, remove.
 * Enter in a line adds the next one, so a list can be typed without the mouse.
 */
import type React from 'react';
import { useEffect, useRef } from 'react';

/** Props of {@link LineListEditor}; every label comes translated from the caller. */
export interface LineListEditorProps {
  /** Ids are `${idPrefix}-${index}`, matching the paths of rubric problems. */
  idPrefix: string;
  legend: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
  itemLabel: (index: number) => string;
  removeLabel: (index: number) => string;
  removeText: string;
  addLabel: string;
  emptyText: string;
  max: number;
  maxLength: number;
}

/** Renders the list. */
export function LineListEditor(props: LineListEditorProps): React.JSX.Element {
  const focusIndex = useRef<number | null>(null);
  const { items, onChange, idPrefix } = props;

  useEffect(() => {
    if (focusIndex.current === null) return;
    document.getElementById(`${idPrefix}-${focusIndex.current}`)?.focus();
    focusIndex.current = null;
  }, [items.length, idPrefix]);

  const insert = (at: number) => {
    if (items.length >= props.max) return;
    focusIndex.current = at;
    onChange([...items.slice(0, at), '', ...items.slice(at)]);
  };
  const remove = (at: number) => {
    focusIndex.current = Math.min(at, items.length - 2);
    onChange(items.filter((_, i) => i !== at));
  };

  return (
    <fieldset className="line-list" id={idPrefix} tabIndex={-1}>
      <legend>{props.legend}</legend>
      {items.length === 0 ? <p className="muted">{props.emptyText}</p> : null}
      <ol className="line-list-items">
        {items.map((item, index) => (
          <li key={index} className="line-list-item">
            {/* A one-line text that wraps: indicators and sources can be long sentences. */}
            <textarea
              id={`${idPrefix}-${index}`}
              className="line-input"
              rows={1}
              value={item}
              maxLength={props.maxLength}
              aria-label={props.itemLabel(index)}
              onChange={(event) =>
                onChange(items.map((old, i) => (i === index ? event.target.value : old)))
              }
              onKeyDown={(event) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                insert(index + 1);
              }}
            />
            <button
              type="button"
              className="button button-small"
              aria-label={props.removeLabel(index)}
              onClick={() => remove(index)}
            >
              {props.removeText}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button-small"
        disabled={items.length >= props.max}
        onClick={() => insert(items.length)}
      >
        {props.addLabel}
      </button>
    </fieldset>
  );
}
