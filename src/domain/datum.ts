/**
 * Dates as a resident reads them in their language ("24 november 2026", "24 Kasım 2026"), always
 * with Western digits so a date matches the letter from the municipality.
 */
export function schrijfDatum(iso: string, taal: string): string {
  return new Intl.DateTimeFormat(taal, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', numberingSystem: 'latn' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}
