/** A key fingerprint in monospace, in its groups of four, for comparing by eye. */
import type React from 'react';

/** Shows `value` ("a1b2 c3d4 …") as it is stored, so it can be read out or copied as is. */
export function Fingerprint(props: { value: string }): React.JSX.Element {
  return <code className="fingerprint">{props.value}</code>;
}
