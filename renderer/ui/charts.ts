import { BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

// Register only the Chart.js parts the app draws, so the chart chunk stays small.
Chart.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export { Bar } from 'react-chartjs-2';
