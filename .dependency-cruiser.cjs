// The layers of the code, checked on every `npm run lint`: a new import that crosses one fails the build.
//
//   shared/            pure rules, schemas and formats: imports nothing of ours
//   electron/          the main process: shared/ only
//   renderer/platform/ the one seam to the desktop: shared/ only
//   renderer/db/       Dexie, repositories, commands and named queries: shared/ only
//   renderer/ui/       building blocks of screens: neither the shell (app/) nor any feature
//   renderer/features/ one folder an area: never another feature; of the shell, only its services
//   renderer/app/      the shell: a feature's page only, never what is inside a feature
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle of imports: one of the modules depends on itself through the others.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-imports-nothing-of-ours',
      severity: 'error',
      comment: 'shared/ is used by both processes and by tests: it may import only itself and libraries.',
      from: { path: '^shared/' },
      to: { path: '^(electron|renderer|test|build)/' },
    },
    {
      name: 'electron-imports-shared-only',
      severity: 'error',
      comment: 'The main process shares only shared/ with the renderer (e.g. the schema version is there).',
      from: { path: '^electron/' },
      to: { path: '^(renderer|test)/' },
    },
    {
      name: 'platform-imports-shared-only',
      severity: 'error',
      comment: 'The platform seam is below every screen: it knows the IPC contract, nothing of the UI.',
      from: { path: '^renderer/platform/' },
      to: { path: '^renderer/(?!platform/)' },
    },
    {
      name: 'db-imports-shared-only',
      severity: 'error',
      comment: 'The data layer knows rules and schemas, never a screen, the shell or the translations.',
      from: { path: '^renderer/db/' },
      to: { path: '^renderer/(?!db/)' },
    },
    {
      name: 'ui-imports-no-app-or-feature',
      severity: 'error',
      comment: 'ui/ serves every screen; what it needs of the shell or an area comes in as props.',
      from: { path: '^renderer/ui/' },
      to: { path: '^renderer/(app|features)/' },
    },
    {
      name: 'feature-imports-no-other-feature',
      severity: 'error',
      comment: 'What two areas share moves to ui/, db/ or shared/.',
      from: { path: '^renderer/features/([^/]+)/' },
      to: { path: '^renderer/features/', pathNot: '^renderer/features/$1/' },
    },
    {
      name: 'feature-uses-only-shell-services',
      severity: 'error',
      comment:
        'Of the shell, an area uses its services (the session, currency, language, catalogue search, ' +
        'navigation), never the shell itself, which loads the areas.',
      from: { path: '^renderer/features/' },
      to: {
        path: '^renderer/app/',
        pathNot:
          '^renderer/app/(session-context|use-office-currency|use-catalog-search|language|route|area-ids)\\.tsx?$',
      },
    },
    {
      name: 'shell-opens-pages-only',
      severity: 'error',
      comment: 'The shell reaches an area through its page, never into what is inside it.',
      from: { path: '^renderer/app/' },
      to: { path: '^renderer/features/[^/]+/(?![A-Z][A-Za-z]*Page\\.tsx$)' },
    },
    {
      name: 'dexie-in-db-only',
      severity: 'error',
      comment: 'Screens read through named queries in renderer/db/ and write through its commands.',
      from: { path: '^renderer/(app|features|ui)/' },
      to: { path: '^node_modules/dexie/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.(css|json|svg)$' },
    parser: 'swc',
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
