/**
 * The first and last day a date can mean: "2017-08" spans 2017-08-01 to 2017-08-31, "2017" the whole year.
 *
 * @example
 * dateRange("2016-02"); // ["2016-02-01", "2016-02-29"]
 */
export function dateRange(date: string): [string, string] {
  if (!date) return ["", ""];
  if (date.length === 10) return [date, date];
  if (date.length === 7) {
    const [y, m] = date.split("-").map(Number);
    // Day 0 of the next month is the last day of this one.
    return [`${date}-01`, `${date}-${String(new Date(y, m, 0).getDate()).padStart(2, "0")}`];
  }
  return [`${date}-01-01`, `${date}-12-31`];
}

/**
 * The precision a date's form implies: "2017-09" is a month, "2017" a year, "" no date.
 *
 * @example
 * precisionOfDate("2017-09"); // "month"
 */
export function precisionOfDate(date: string): "day" | "month" | "year" | "" {
  return date.length === 10 ? "day" : date.length === 7 ? "month" : date.length === 4 ? "year" : "";
}
