import type { Compiler } from 'webpack';

const NAME = 'BudgetManifestPlugin';
const PAGE_MODULE = /\/src\/((?:pages|packages)\/.+\/index)\.tsx$/;

interface ModuleLike {
  resource?: string;
  /** Set on webpack's ConcatenatedModule, which has no resource of its own. */
  modules?: Iterable<ModuleLike>;
}

/** The source files behind a module, looking inside concatenated (scope-hoisted) modules. */
function resourcesOf(mod: ModuleLike): string[] {
  const own = mod.resource ? [mod.resource] : [];
  return mod.modules ? [...own, ...[...mod.modules].flatMap(resourcesOf)] : own;
}

/**
 * Writes budget-manifest.json next to the H5 build: the files the entry loads and, per page, the files
 * of the chunk group that loads it. scripts/client-budget.mjs adds them up to get the first screen's JS.
 */
export class BudgetManifestPlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const entry: string[] = [];
        for (const ep of compilation.entrypoints.values()) entry.push(...ep.getFiles());
        const pages: Record<string, string[]> = {};
        for (const group of compilation.chunkGroups) {
          for (const chunk of group.chunks) {
            for (const mod of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
              for (const resource of resourcesOf(mod as ModuleLike)) {
                const page = PAGE_MODULE.exec(resource.replace(/\\/g, '/'))?.[1];
                if (page) pages[page] = [...new Set([...(pages[page] ?? []), ...group.getFiles()])];
              }
            }
          }
        }
        // WUXIE_BUNDLE_REPORT=1 adds the biggest modules of each chunk, for finding what to trim.
        const report: Record<string, string[]> = {};
        if (process.env.WUXIE_BUNDLE_REPORT === '1') {
          for (const chunk of compilation.chunks) {
            const mods = [...compilation.chunkGraph.getChunkModulesIterable(chunk)]
              .map(
                (m) =>
                  [
                    m.size(),
                    m
                      .identifier()
                      .replace(/^.*node_modules\//, '')
                      .slice(-90),
                  ] as const,
              )
              .sort((a, b) => b[0] - a[0])
              .slice(0, 25);
            report[[...chunk.files].join(',')] = mods.map(([size, id]) => `${Math.round(size / 1024)}K ${id}`);
          }
        }
        const json = JSON.stringify(
          { entry: [...new Set(entry)], pages, ...(process.env.WUXIE_BUNDLE_REPORT === '1' ? { report } : {}) },
          null,
          2,
        );
        compilation.emitAsset('budget-manifest.json', new compiler.webpack.sources.RawSource(json));
      });
    });
  }
}
