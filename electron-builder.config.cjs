// Installers for Pregonero: `npm run dist` (builds first). AppImage and deb on
// Linux, an NSIS installer on Windows, a dmg on macOS; each built on its own OS.
// electron-builder downloads the Electron binary for the target, so it needs
// internet the first time. test/integration/dist-config.test.ts checks this file.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'es.pregonero.desktop',
  productName: 'Pregonero',
  copyright: 'Pregonero contributors, MIT licence',
  directories: { output: 'release', buildResources: 'build' },
  // Everything the app runs is bundled into out/ (renderer by vite, main and
  // preload by esbuild); only better-sqlite3 stays a real module, for its addon.
  files: ['out/**', 'package.json'],
  asar: true,
  // A native addon cannot be loaded from inside an asar archive.
  asarUnpack: ['node_modules/better-sqlite3/**/*.node'],
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
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
  dmg: {
    title: 'Pregonero ${version}',
  },
};
