import { type Forecast, forecastMonthly } from '../../shared/insights/forecast';
import { loadAnalysisRates, toOfficeCurrency, withoutRate } from './analysis-rates';
import { convertedFigures, type Figures, figuresByCurrency, monthOf, monthsFrom } from './analysis-rollups';
import type { SalesDeskDb } from './database';
import { loadOfficeSettings } from './office-settings';

// The history the analysis screen forecasts from, one series per currency: the monthly revenue rollups
// of up to three years, ending with the last COMPLETE month (the month still running would read as a
// collapse), starting with the first month that sold (months before the office sold anything in that
// currency are no history). Months in between without a sale are zero: nothing was sold then.

export const FORECAST_HORIZON = 3;
export const HISTORY_MONTHS = 36;

export interface ForecastSeries {
  currency: string;
  /** Every currency in the office currency, at the rates set. */
  converted: boolean;
  /** Oldest first; empty when nothing sold in the window. */
  months: string[];
  /** Minor units, one per month. */
  history: number[];
  /** The months forecast, after the last of `months`. */
  next: string[];
  forecast: Forecast;
}

export interface Forecasts {
  series: ForecastSeries[];
  converted: ForecastSeries | null;
}

function seriesOf(figures: Figures, currency: string, converted: boolean, last: string): ForecastSeries {
  const first = [...figures.months.keys()].sort()[0];
  const months: string[] = [];
  for (let month = first ?? monthsFrom(last, 1); month <= last; month = monthsFrom(month, 1))
    months.push(month);
  const history = months.map((month) => figures.months.get(month)?.amount ?? 0);
  return {
    currency,
    converted,
    months,
    history,
    next: Array.from({ length: FORECAST_HORIZON }, (_, i) => monthsFrom(last, i + 1)),
    forecast: forecastMonthly(history, FORECAST_HORIZON),
  };
}

/** A forecast of the next three months per currency (and converted, with a rate for each currency). */
export async function loadForecasts(db: SalesDeskDb, asOf = new Date()): Promise<Forecasts> {
  const last = monthsFrom(monthOf(asOf), -1);
  const first = monthsFrom(last, 1 - HISTORY_MONTHS);
  const [settings, rates, rows] = await Promise.all([
    loadOfficeSettings(db),
    loadAnalysisRates(db),
    db.stats.where('key').between(`rv:${first}`, `rv:${last}\uffff`).toArray(),
  ]);
  const office = settings.currency;
  const byCurrency = figuresByCurrency(rows, [], []);
  const currencies = [...byCurrency.keys()].sort();
  const convertible =
    currencies.some((c) => c !== office) && withoutRate(currencies, office, rates).length === 0;
  const converted = convertible ? convertedFigures(byCurrency, toOfficeCurrency(office, rates)) : null;
  return {
    series: currencies.map((c) => seriesOf(byCurrency.get(c) as Figures, c, false, last)),
    converted: converted && seriesOf(converted, office, true, last),
  };
}
