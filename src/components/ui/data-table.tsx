import { useId } from 'react';

export type Column<Row> = { header: string; cell: (row: Row) => string; numeric?: boolean };

/** A plain accessible table: the text alternative of every chart and the data view. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  wide = false,
}: {
  /**
   * A many-column table keeps a minimum width and scrolls sideways on a phone; its scroll box is
   * then a labelled, focusable region so a keyboard can scroll it too.
   */
  wide?: boolean;
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
}) {
  const captionId = useId();
  return (
    <div
      className="table-scroll"
      {...(wide ? { tabIndex: 0, role: 'region', 'aria-labelledby': captionId } : {})}
    >
      <table className={wide ? 'data-table data-table--wide' : 'data-table'}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={column.numeric ? 'numeric' : undefined}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.header} className={column.numeric ? 'numeric' : undefined}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
