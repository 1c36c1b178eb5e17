// electron-builder `beforeBuild` hook: runs just before it rebuilds native modules (better-sqlite3)
// for Electron. The development machines set npm_config_nodedir=/usr so node-gyp finds Node's
// headers; left in place, node-gyp would compile against those headers while labelling the
// result as built for Electron (the wrong-ABI trap in the toolchain notes). Returning true lets
// electron-builder go on with its own rebuild.
module.exports = async function beforeBuild() {
  for (const name of Object.keys(process.env)) {
    if (name.toLowerCase() === 'npm_config_nodedir') delete process.env[name];
  }
  return true;
};
