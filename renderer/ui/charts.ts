import { BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';

// Register only the Chart.js parts the app draws, so the chart chunk stays small. The matrix controller
// (chartjs-chart-matrix) draws the Team page's coverage heat map; importing it also types `type: 'matrix'`.
Chart.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend, MatrixController, MatrixElement);

export { Bar, Chart as TypedChart } from 'react-chartjs-2';
