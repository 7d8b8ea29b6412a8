/** Today's date, yyyy-mm-dd, in Morocco (where the committee sits). */
export function todayIsoInMorocco(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}
