'use strict';
/**
 * Loaded with `node --require` before out/electron/main.cjs: `electron`
 * resolves to the stand-in beside this file, `better-sqlite3` to
 * STANDIN_SQLITE when set (a copy whose addon cannot load), and any attempt
 * to reach the network (DNS or a socket to anything) is recorded and refused.
 */
const dns = require('node:dns');
const fs = require('node:fs');
const Module = require('node:module');
const net = require('node:net');
const path = require('node:path');

// For require and import alike (the harness runs as ESM under tsx).
Module.registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return nextResolve(path.join(__dirname, 'electron.cjs'), context);
    if (specifier === 'better-sqlite3' && process.env.STANDIN_SQLITE) return nextResolve(path.join(process.env.STANDIN_SQLITE, 'lib', 'index.js'), context);
    return nextResolve(specifier, context);
  },
});

function refuse(kind, target) {
  fs.appendFileSync(process.env.STANDIN_RECORD, `${JSON.stringify({ call: 'network', kind, target: String(target) })}\n`);
  throw new Error(`network refused in the boot test: ${kind} ${target}`);
}
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  // connect(path) takes a local socket's path as its only string argument.
  const localPath = typeof args[0] === 'string' && !/^\d+$/.test(args[0]) ? args[0] : undefined;
  const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : localPath ? { path: localPath } : { port: args[0], host: args[1] };
  // An IPC pipe to the parent test process, or a local server's socket file, is not the network.
  if (options.path) return connect.apply(this, args);
  return refuse('socket', `${options.host ?? 'localhost'}:${options.port}`);
};
// An IP literal resolves without asking anyone (the harness's listen('127.0.0.1') does this).
const lookup = dns.lookup;
const lookupPromise = dns.promises.lookup;
dns.lookup = (host, ...rest) => (net.isIP(host) ? lookup(host, ...rest) : refuse('dns', host));
dns.promises.lookup = async (host, ...rest) => (net.isIP(host) ? lookupPromise(host, ...rest) : refuse('dns', host));
