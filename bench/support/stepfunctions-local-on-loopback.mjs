// Starts the npm `stepfunctions-local` server (the peer the emulator bench compares with) on
// 127.0.0.1 and a free port: it listens on every interface and prints no address, so `listen` is
// wrapped to bind loopback and say where. Run: node stepfunctions-local-on-loopback.mjs
import { createRequire } from 'node:module';
import net from 'node:net';

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  const callback = args.find((arg) => typeof arg === 'function');
  return listen.call(this, 0, '127.0.0.1', () => {
    console.log(`stepfunctions-local listening on http://127.0.0.1:${this.address().port}`);
    if (callback) callback();
  });
};
// A CommonJS package of 2019 that exports start() from its server module.
const load = createRequire(import.meta.url);
load('stepfunctions-local/src/server').start({ port: 0, region: 'us-east-1' });
