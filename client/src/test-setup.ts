import { configure } from '@testing-library/react';

// `findBy…` waits up to 1 s by default; the first render of a page imports its whole module graph, which
// on a loaded 2-core CI machine has taken longer. A real failure still fails, only later.
configure({ asyncUtilTimeout: 5000 });
