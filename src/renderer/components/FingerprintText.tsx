/** A key fingerprint in monospace groups of four, as people read it aloud to compare. */
import type React from 'react';

/** Renders `fingerprint` ("abcd ef01 …") grouped; `large` for the one a person must compare. */
export function FingerprintText(props: {
  fingerprint: string;
  large?: boolean;
}): React.JSX.Element {
  return (
    <span className={props.large ? 'fingerprint fingerprint-large mono' : 'fingerprint mono'}>
      {props.fingerprint.split(' ').map((group, i) => (
        <span key={i}>{group}</span>
      ))}
    </span>
  );
}
