import type { Results, Row, Target } from './report';

const ms = (n: number) => `${n.toFixed(2)} ms`;

/** The performance promises of issues 4, 5 and 6, checked against this run's rows. */
export function evaluateTargets(r: Omit<Results, 'targets'>): Target[] {
  const onTargetConditions = r.options.scale === 'full' && r.options.db === 'postgres';
  const verdict = (ok: boolean): Target['verdict'] =>
    onTargetConditions ? (ok ? 'met' : 'not met') : ok ? 'met (other conditions)' : 'not met (other conditions)';
  const row = (key: string, concurrency: number): Row | undefined => r.rows.find((x) => x.key === key && x.concurrency === concurrency);
  const targets: Target[] = [];
  const median = (issue: string, key: string, what: string, limit: number) => {
    const x = row(key, 1);
    targets.push(
      x
        ? { issue, target: `${what}: median under ${limit} ms`, measured: `p50 ${ms(x.p50)}`, verdict: verdict(x.p50 < limit) }
        : { issue, target: `${what}: median under ${limit} ms`, measured: '—', verdict: 'not measured' },
    );
  };

  median('#6', 'news-feed', 'feed page, 100,000 articles, PostgreSQL', 10);
  median('#6', 'article', 'article page, 100,000 articles, PostgreSQL', 10);
  const feed100 = row('news-feed', 100);
  targets.push(
    feed100
      ? {
          issue: '#6',
          target: 'feed at 100 connections ≥ half the bare Hono req/s',
          measured: `${feed100.rps} vs ${feed100.baselineRps} req/s (×${feed100.ratio.toFixed(2)})`,
          verdict: verdict(feed100.ratio >= 0.5),
        }
      : { issue: '#6', target: 'feed at 100 connections ≥ half the bare Hono req/s', measured: '—', verdict: 'not measured' },
  );

  const signup = row('signup', 100);
  if (signup && r.seats) {
    const ok2xx = Object.entries(signup.statusCounts)
      .filter(([c]) => c.startsWith('2'))
      .reduce((s, [, n]) => s + n, 0);
    const perSecond = Math.round(ok2xx / Math.max(0.001, signup.seconds));
    const zero = r.seats.overbooked === 0 && r.seats.counterMismatch === 0;
    targets.push({
      issue: '#5',
      target: 'sign-up ≥ 1,000/s at 100 connections, PostgreSQL, zero overbooking',
      measured: `${perSecond} successful sign-ups/s; ${r.seats.overbooked} overbooked`,
      verdict: verdict(perSecond >= 1000 && zero),
    });
  } else
    targets.push({
      issue: '#5',
      target: 'sign-up ≥ 1,000/s at 100 connections, PostgreSQL, zero overbooking',
      measured: '—',
      verdict: 'not measured',
    });
  median('#5', 'activity-list', 'activity list, 100,000 activities', 20);

  median('#4', 'ledger-first', 'ledger first page, 1,000,000 complaints, PostgreSQL', 50);
  median('#4', 'ledger-deep', 'ledger deep keyset page, 1,000,000 complaints, PostgreSQL', 50);
  median('#4', 'complaint-figures', "a year's complaint figures", 500);
  return targets;
}
