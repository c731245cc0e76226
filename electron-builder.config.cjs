// Installers for Pregonero: `npm run dist` (builds first). AppImage and deb on
// Linux, an NSIS installer on Windows, a dmg on macOS; each built on its own OS.
// electron-builder downloads the Electron binary for the target, so it needs
// internet the first time, unless given an unpacked Electron with
// -c.electronDist=<folder>. test/integration/dist-config.test.ts checks this
// file and test/e2e/pack.test.ts packs with it.

/**
 * Everything the app runs is bundled into out/ (renderer by vite, main and
 * preload by esbuild); better-sqlite3 and sharp (with its small dependencies
 * and its platform's @img/sharp-* prebuilt libvips) stay real modules, for
 * their addons.
 * electron-builder adds every production dependency unless told otherwise:
 * leave out those the bundles already hold, and of better-sqlite3 its SQLite
 * sources and the other platforms' prebuilds (its JavaScript and the target's
 * addon are all that load). Per target, since the addon is named as Node names
 * platforms (linux, win32, darwin), whatever system builds the installer.
 */
const filesFor = (nodePlatform) => [
  'out/**',
  'package.json',
  '!node_modules/!(better-sqlite3|sharp|@img|detect-libc|semver){,/**}',
  '!node_modules/better-sqlite3/{deps,src}{,/**}',
  '!node_modules/better-sqlite3/binding.gyp',
  `!node_modules/better-sqlite3/prebuilds/!(${nodePlatform}-\${arch}.node)`,
];

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'es.pregonero.desktop',
  productName: 'Pregonero',
  copyright: 'Pregonero contributors, MIT licence',
  directories: { output: 'release', buildResources: 'build' },
  asar: true,
  // A native addon cannot be loaded from inside an asar archive.
  asarUnpack: ['node_modules/better-sqlite3/prebuilds/*.node', 'node_modules/@img/**'],
  // Switches burnt into the Electron binary that an offline app never needs
  // (test/e2e/pack.test.ts reads them back from a packed executable): no
  // ELECTRON_RUN_AS_NODE, NODE_OPTIONS or --inspect to turn the app into a
  // general Node, the app loads only from its app.asar, whose contents are
  // checked where Electron can (macOS and Windows; on Linux the switch has
  // no effect), and cookies on disk are encrypted.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    enableCookieEncryption: true,
  },
  // better-sqlite3 13 ships Node-API prebuilds (prebuilds/<platform>-<arch>.node)
  // that load in Node and Electron alike: nothing to rebuild.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'build/icons',
    category: 'Office',
    executableName: 'pregonero',
    files: filesFor('linux'),
    // pregonero.desktop, named as package.json's desktopName, which Electron
    // uses as the window's app id: the desktop links the running window to it.
    syncDesktopName: true,
    synopsis: 'Plan the town hall social media, offline',
    description: 'Accounts inventory and audits, editorial calendar, crisis playbooks and approval exports for a town hall social media office.',
    maintainer: 'Pregonero maintainers',
    vendor: 'Pregonero',
  },
  deb: {
    packageCategory: 'office',
  },
  win: {
    target: ['nsis'],
    icon: 'build/icon.png',
    files: filesFor('win32'),
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Pregonero',
    // Uninstalling never deletes the data folder (%APPDATA%\Pregonero).
    deleteAppDataOnUninstall: false,
  },
  mac: {
    target: ['dmg'],
    icon: 'build/icon.png',
    files: filesFor('darwin'),
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
  dmg: {
    title: 'Pregonero ${version}',
  },
};
