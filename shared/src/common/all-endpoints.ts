import * as shared from '../index';
import type { EndpointConfig } from './endpoint';

/** Every endpoint of every feature contract (the `<feature>Api` objects), named `newsApi.listFeed` and so on. For tests and tools. */
export function allEndpoints(): [string, EndpointConfig][] {
  return Object.entries(shared)
    .filter(([name, value]) => name.endsWith('Api') && typeof value === 'object')
    .flatMap(([api, group]) =>
      Object.entries(group as Record<string, EndpointConfig>).map(([key, e]): [string, EndpointConfig] => [`${api}.${key}`, e]),
    );
}
