interface FiguresTableProps {
  readonly caption: string;
  /** The column headings; the first is the rows' heading. */
  readonly columns: readonly string[];
  /** Each row: its heading, then its cells. */
  readonly rows: ReadonlyArray<readonly [string, ...(string | number)[]]>;
}

/** The numbers of a chart as a table with row and column headings. */
export function FiguresTable({ caption, columns, rows }: FiguresTableProps) {
  return (
    <table class="table chart__table">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([heading, ...cells]) => (
          <tr key={heading}>
            <th scope="row">{heading}</th>
            {cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
