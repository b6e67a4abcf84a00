/**
 * Shares one run of a slow read among the callers who ask for the same thing while it runs: staff
 * opening the same yearly figures together wait for one computation instead of each starting their
 * own. Nothing is kept once the run settles, so an answer is older than its request by at most one
 * run's length. Runs are kept apart per scope (the database client), so two apps in one process
 * (tests) never share.
 */
export class SingleFlight<V> {
  private readonly running = new WeakMap<object, Map<string, Promise<V>>>();

  run(scope: object, key: string, load: () => Promise<V>): Promise<V> {
    let flights = this.running.get(scope);
    if (!flights) {
      flights = new Map();
      this.running.set(scope, flights);
    }
    const inFlight = flights.get(key);
    if (inFlight) return inFlight;
    const started = load().finally(() => flights.delete(key));
    flights.set(key, started);
    return started;
  }
}
