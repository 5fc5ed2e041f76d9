// esbuild plugins the Python front end needs in every bundle (imported by scripts/build.mjs
// and by test/python/browser.test.ts). Pyright's localization module statically requires the
// messages of 15 languages (1.8 MB); we speak English only, so the others bundle as `{}`.

/** Replaces pyright's non-English message tables with empty objects. */
export const englishOnlyMessages = {
  name: 'english-only-messages',
  setup(build) {
    build.onResolve({ filter: /package\.nls\.[a-z-]+\.json$/ }, (args) => {
      if (/package\.nls\.en-us\.json$/.test(args.path)) return undefined;
      return { path: args.path, namespace: 'empty-messages' };
    });
    build.onLoad({ filter: /.*/, namespace: 'empty-messages' }, () => ({ contents: '{}', loader: 'json' }));
  },
};
