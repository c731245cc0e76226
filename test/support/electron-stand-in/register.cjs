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

const standIn = path.join(__dirname, 'electron.cjs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'electron') return standIn;
  if (request === 'better-sqlite3' && process.env.STANDIN_SQLITE) return resolve.call(this, process.env.STANDIN_SQLITE, ...rest);
  return resolve.call(this, request, ...rest);
};

function refuse(kind, target) {
  fs.appendFileSync(process.env.STANDIN_RECORD, `${JSON.stringify({ call: 'network', kind, target: String(target) })}\n`);
  throw new Error(`network refused in the boot test: ${kind} ${target}`);
}
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : { port: args[0], host: args[1] };
  // An IPC pipe to the parent test process is not the network.
  if (options.path) return connect.apply(this, args);
  return refuse('socket', `${options.host ?? 'localhost'}:${options.port}`);
};
dns.lookup = (host) => refuse('dns', host);
dns.promises.lookup = async (host) => refuse('dns', host);
