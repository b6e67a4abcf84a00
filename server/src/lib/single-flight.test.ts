import { describe, expect, it } from 'vitest';
import { SingleFlight } from './single-flight';

describe('SingleFlight', () => {
  it('shares a run among callers with the same key and scope, and forgets it once settled', async () => {
    const flights = new SingleFlight<number>();
    const scope = {};
    let runs = 0;
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++runs), 10));
    const [a, b] = await Promise.all([flights.run(scope, 'k', load), flights.run(scope, 'k', load)]);
    expect([a, b, runs]).toEqual([1, 1, 1]);
    expect(await flights.run(scope, 'k', load)).toBe(2);
    const [c, d, e] = await Promise.all([flights.run(scope, 'k', load), flights.run(scope, 'other', load), flights.run({}, 'k', load)]);
    expect(new Set([c, d, e]).size).toBe(3);
  });

  it('passes a failure to every waiting caller and tries again on the next call', async () => {
    const flights = new SingleFlight<string>();
    const scope = {};
    let calls = 0;
    const failing = () => new Promise<string>((_, reject) => setTimeout(() => reject(new Error(`boom ${++calls}`)), 5));
    const settled = await Promise.allSettled([flights.run(scope, 'k', failing), flights.run(scope, 'k', failing)]);
    expect(settled.map((s) => (s.status === 'rejected' ? (s.reason as Error).message : 'ok'))).toEqual(['boom 1', 'boom 1']);
    expect(await flights.run(scope, 'k', () => Promise.resolve('fine'))).toBe('fine');
  });
});
