import { VisuallyHidden } from '@mantine/core';

/**
 * The figures a chart draws, as a table that only screen readers see: a canvas is a picture, and this is
 * its text alternative (the chart itself carries the caption as its name).
 */
export function ChartFigures(props: {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}) {
  return (
    <VisuallyHidden>
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
            <tr key={row[0]}>
              {row.map((cell, i) =>
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
