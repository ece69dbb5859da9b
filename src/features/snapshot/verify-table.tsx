import type { ReactNode } from 'react';

/**
 * A verification table's frame: a labelled, focusable scroll box holding a captioned table
 * with one header row ("what · which · in the snapshot · in the published data").
 */
export function VerifyTable({
  captionId,
  caption,
  headers,
  children,
}: {
  captionId: string;
  caption: string;
  headers: readonly string[];
  children: ReactNode;
}) {
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-labelledby={captionId}>
      <table className="data-table snapshot-verify__table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
