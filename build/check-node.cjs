// Run before `npm start`, `npm run web` and `npm run dist`: on an older Node
// the app's SQLite driver crashes with a long native stack trace, so say the
// one thing that helps instead. Plain old JavaScript on purpose: it must parse
// on any Node a newcomer may have.
var wanted = 24;
var major = Number(process.versions.node.split('.')[0]);
if (major !== wanted) {
  console.error('Pregonero needs Node ' + wanted + ' (this is Node ' + process.versions.node + '): install Node ' + wanted + ' LTS from https://nodejs.org and run npm ci again.');
  process.exit(1);
}
