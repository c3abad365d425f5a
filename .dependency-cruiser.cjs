/**
 * The floors of the house, enforced in CI (`npm run lint:deps`). See ARCHITECTURE.md.
 *
 * Each folder of src/ stands on a floor and may import only folders on lower floors, and only
 * through their `index.ts`. Nothing on the parse path imports a Node built-in or undici.
 */
'use strict';

/** Folders of src/, from the ground up. A folder may import the folders on the floors below it. */
const FLOORS = [
  ['kit'],
  ['entities'],
  // Platforms stand below the record schema: the schema's platform enum is the registry's names,
  // and a platform needs no record type to say how its posts are read.
  ['platforms'],
  ['schema'],
  // Dates write a record's date fields (and date a record by its post id through the registry).
  ['dates'],
  ['links', 'encoding'],
  ['text'],
  ['markdown'],
  ['html'],
  ['extract'],
  ['convert', 'expand'],
  ['cli'],
];

/** Folders that may use Node built-ins and undici: everything else is the pure parse path. */
const NODE_FOLDERS = ['cli', 'expand'];

const floorOf = new Map(FLOORS.flatMap((folders, floor) => folders.map((folder) => [folder, floor])));
const known = [...floorOf.keys()];

/** One rule per folder: it must not import a folder on its own floor or above. */
const floorRules = known.map((folder) => {
  const notBelow = known.filter((other) => other !== folder && floorOf.get(other) >= floorOf.get(folder));
  return {
    name: `floor-${folder}`,
    comment: `src/${folder}/ stands on floor ${floorOf.get(folder)}: it may import only folders on lower floors.`,
    severity: 'error',
    from: { path: `^src/${folder}/` },
    to: { path: `^src/(${notBelow.join('|')})/` },
  };
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Files never import each other in a loop.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'folder-has-a-floor',
      comment: 'Every folder of src/ is placed on a floor in .dependency-cruiser.cjs (and in ARCHITECTURE.md).',
      severity: 'error',
      from: { path: '^src/[^/]+/', pathNot: `^src/(${known.join('|')})/` },
      to: {},
    },
    ...floorRules,
    {
      name: 'no-upward-from-root-files',
      comment: 'Only the package entries (src/*.ts) may import the top floors freely; nothing imports them.',
      severity: 'error',
      from: { path: '^src/[^/]+/' },
      to: { path: '^src/[^/]+\\.ts$' },
    },
    {
      name: 'through-index',
      comment: 'A folder is entered through its index.ts: other folders import only that file.',
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/[^/]+/', pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'pure-parse-path',
      comment: 'The parse path runs in browsers and workers: no Node built-ins, no undici.',
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/(${NODE_FOLDERS.join('|')})/` },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'pure-parse-path-no-undici',
      comment: 'The parse path never loads the HTTP client.',
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/(${NODE_FOLDERS.join('|')})/` },
      to: { path: 'node_modules/undici' },
    },
    {
      name: 'no-dev-dependencies-in-src',
      comment: 'What ships imports only dependencies and optional peers (loaded with import()), never a devDependency.',
      severity: 'error',
      from: { path: '^src/' },
      // htmlparser2, encoding-sniffer and whatwg-encoding's label table are bundled into dist by tsup (see
      // tsup.config.ts), so they are build inputs, not runtime dependencies.
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['npm-peer', 'type-only'], pathNot: 'node_modules/(encoding-sniffer|whatwg-encoding|htmlparser2)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
