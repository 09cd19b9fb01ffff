import {
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';

// Register only the Chart.js parts the app draws, so the chart chunk stays small. The matrix controller
// (chartjs-chart-matrix) draws the Team page's coverage heat map; importing it also types `type: 'matrix'`.
// Lines (with points and fills) draw trends: a goal's actual against its target line, a forecast's band.
Chart.register(
  BarElement,
  CategoryScale,
  LinearScale,
  LineElement,
  PointElement,
  Filler,
  Tooltip,
  Legend,
  MatrixController,
  MatrixElement,
);

export { Bar, Chart as TypedChart, Line } from 'react-chartjs-2';
