import { VisuallyHidden } from '@mantine/core';

/**
 * The figures a chart draws, as a table that only screen readers see: a canvas is a picture, and this is
 * its text alternative (the chart itself carries the caption as its name).
 */
export function ChartFigures(props: {
  caption: string;
  columns: readonly string[];
  /** Each row: a stable key (an id) and its cells, the first naming the row. */
  rows: readonly { key: string; cells: readonly string[] }[];
}) {
  return (
    <VisuallyHidden data-chart-figures>
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={props.columns[i]} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={props.columns[i]}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </VisuallyHidden>
  );
}
